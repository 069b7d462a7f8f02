# SPDX-License-Identifier: Apache-2.0
"""KioskControl on the real store, on both engines: the out-of-service state is kept per kiosk id
with its audit entry in the same transaction, and only supervisors may leave kiosk mode."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.audit import verify_chain
from kiosk.core.kiosk_control import Check, CheckResult, KioskControl, Reason
from kiosk.core.printing import PrintJob
from kiosk.core.staff import Actor, StaffRefused, StaffRole
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.kiosk_state import SqlServiceStateStore, probe_database
from kiosk.storage.migrations import upgrade

NOW = dt.datetime(2026, 11, 22, 15, 30, tzinfo=dt.UTC)
ASSISTANT, SUPERVISOR = Actor("mgarcia", StaffRole.ASSISTANT), Actor("jboss", StaffRole.SUPERVISOR)


class Paper:
    name = "paper"

    def __init__(self) -> None:
        self.printed: list[bytes] = []

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        self.printed.append(pdf)
        return PrintJob("paper", str(len(self.printed)), title)

    def cancel_unprinted(self, jobs) -> None:
        pass


@pytest.fixture
def engine(database_url):
    engine = open_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def control(engine, kiosk_id="kiosk-1", printer=None):
    probes = {Check.DATABASE: lambda: probe_database(engine),
              Check.EMAIL: lambda: CheckResult(Check.EMAIL, Reason.NOT_SET_UP)}
    return KioskControl(SqlServiceStateStore(session_factory(engine)), kiosk_id, lambda: NOW, printer or Paper(),
                        lambda: b"%PDF-test", probes)


def test_out_of_service_is_kept_per_kiosk_with_its_audit_entry(engine):
    one, two = control(engine, "kiosk-1"), control(engine, "kiosk-2")
    one.put_out_of_service(ASSISTANT, "  Being   serviced. ")
    assert one.state().out_of_service and one.state().message == "Being serviced."
    assert control(engine, "kiosk-1").state().changed_by == "mgarcia"     # a new kiosk process reads it back
    assert not two.state().out_of_service
    one.put_in_service(ASSISTANT)
    assert not one.state().out_of_service
    log = SqlAuditLog(session_factory(engine))
    entries = list(log.entries())
    assert [(e.event.action, e.event.record_id, e.event.detail) for e in entries] == [
        ("kiosk.out_of_service", "kiosk-1", "Being serviced."), ("kiosk.in_service", "kiosk-1", "")]
    assert verify_chain(log.entries(), log.head()).intact


def test_an_empty_or_over_long_message_is_refused_and_nothing_is_stored(engine):
    kiosk = control(engine)
    for message in ("   ", "x" * 301):
        with pytest.raises(ValueError):
            kiosk.put_out_of_service(ASSISTANT, message)
    assert not kiosk.state().out_of_service and list(SqlAuditLog(session_factory(engine)).entries()) == []


def test_only_a_supervisor_leaves_kiosk_mode(engine):
    kiosk = control(engine)
    with pytest.raises(StaffRefused):
        kiosk.leave_kiosk_mode(ASSISTANT, restart=False)
    kiosk.leave_kiosk_mode(SUPERVISOR, restart=True)
    kiosk.leave_kiosk_mode(SUPERVISOR, restart=False)
    actions = [e.event.action for e in SqlAuditLog(session_factory(engine)).entries()]
    assert actions == ["kiosk.restarted", "kiosk.exited_to_desktop"]


def test_checks_and_a_test_page_are_audited(engine):
    paper = Paper()
    kiosk = control(engine, printer=paper)
    results = kiosk.check(ASSISTANT)
    assert [(r.check, r.reachable) for r in results] == [(Check.DATABASE, True), (Check.EMAIL, False)]
    kiosk.print_test_page(ASSISTANT)
    assert paper.printed == [b"%PDF-test"]
    details = [(e.event.action, e.event.detail) for e in SqlAuditLog(session_factory(engine)).entries()]
    assert details == [("kiosk.checked", "database ok, email not_set_up"), ("kiosk.test_page", "printed as 1")]
