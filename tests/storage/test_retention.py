# SPDX-License-Identifier: Apache-2.0
"""Retention, on each engine: exactly what is past its period is deleted (in batches), with what
belongs to it, and nothing else; a dry run deletes nothing; the last run is kept for the console;
the audit log is untouched and gains a row; only a supervisor or kiosk-admin runs it."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from kiosk.core.accounts import LockoutPolicy
from kiosk.core.assist_service import AssistService
from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.retention import RetentionCounts, RetentionPeriods, RetentionRefused, RetentionService
from kiosk.core.session import EndReason, UsageRecord
from kiosk.core.staff import Actor, StaffRole
from kiosk.core.submissions import Answer, NewSubmission, SubmissionStatus
from kiosk.storage.assist_repo import SqlAssistRepository
from kiosk.storage.database import session_factory
from kiosk.storage.queue import SqlQueueRepository
from kiosk.storage.retention_repo import SqlRetentionRepository
from kiosk.storage.stats import UsageStats
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.accounts_helpers import RULES, TERMS_1, CheapHasher, Clock, make_service, registration
from tests.storage.staff_support import entries

IT = Actor.command_line("it-admin")
PERIODS = RetentionPeriods(submissions_days=365, statistics_days=90, closed_accounts_days=30)
NOW = dt.datetime(2027, 6, 1, 12, 0, tzinfo=dt.UTC)


def table_counts(engine: sa.Engine) -> dict[str, int]:
    tables = ("submissions", "submission_status_history", "outbox", "usage_sessions", "accounts", "licences",
              "terms_acceptances")
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in tables}


def visit(stats: UsageStats, at: dt.datetime, token: str) -> None:
    stats.add(UsageRecord(token=token, kiosk_id="lobby-1", started_at=at, duration_s=60.0, screens=("home",),
                          language="en", large_text=False, high_contrast=False, end_reason=EndReason.FINISH))


@pytest.fixture
def filled(engine):
    """Records either side of each period, one second apart from the cutoff."""
    sessions = session_factory(engine)
    clock = Clock(NOW - dt.timedelta(days=800))
    accounts = make_service(engine, clock, hasher=CheapHasher())
    assist = AssistService(SqlAssistRepository(sessions), RULES, LockoutPolicy(), "desk-1", clock,
                           hasher=CheapHasher())
    old_closed = accounts.register(registration("old.closed"), TERMS_1)
    recent_closed = accounts.register(registration("recent.closed"), TERMS_1)
    accounts.register(registration("open.account"), TERMS_1)
    clock.now = NOW - dt.timedelta(days=30, seconds=1)
    assist.close(IT, old_closed.account_id)
    clock.now = NOW - dt.timedelta(days=29)
    assist.close(IT, recent_closed.account_id)

    subs = SqlSubmissionRepository(sessions, "WES")
    def send(at: dt.datetime, account_id: int | None = None) -> str:
        return subs.store(NewSubmission("pothole", "1", "Report a pothole", "dpw", "Public Works", "dpw@example.gov",
                                        (Answer("where", "Where?", "Main St"),), None, account_id, {"terms": "1.0"},
                                        "en"), "lobby-1", at).reference
    year = dt.timedelta(days=365)
    old = send(NOW - year - dt.timedelta(seconds=1), old_closed.account_id)    # past its period
    touched = send(NOW - year - dt.timedelta(days=10))                          # old, but changed since
    queue = SqlQueueRepository(sessions)
    at = NOW - dt.timedelta(days=100)
    queue.set_state([queue.id_for(touched)], SubmissionStatus.IN_PROGRESS, "", "it", at,
                    lambda pk, ref: AuditEvent(at, "it", AuditAction.SUBMISSION_STATE, "submission", ref, "desk-1"))
    young = send(NOW - year + dt.timedelta(seconds=1))
    stats = UsageStats(sessions)
    for i in range(5):
        visit(stats, NOW - dt.timedelta(days=90, seconds=1 + i), f"old{i}")
    visit(stats, NOW - dt.timedelta(days=89), "young")
    return sessions, {"old": old, "touched": touched, "young": young}


def service(sessions, batch: int = 2) -> RetentionService:
    return RetentionService(SqlRetentionRepository(sessions), PERIODS, "desk-1", lambda: NOW, batch=batch)


def test_retention_deletes_exactly_what_is_past_its_period(engine, filled):
    sessions, refs = filled
    before = table_counts(engine)
    audit_before = len(entries(engine))
    dry = service(sessions).run(IT, dry_run=True)
    assert dry.counts == RetentionCounts(submissions=1, statistics_events=5, closed_accounts=1)
    assert table_counts(engine) == before                          # a dry run deletes nothing
    assert service(sessions).last_run() is None

    report = service(sessions, batch=2).run(IT)                    # 5 visits in batches of 2
    assert report.counts == RetentionCounts(submissions=1, statistics_events=5, closed_accounts=1)
    after = table_counts(engine)
    assert after["submissions"] == 2 and after["usage_sessions"] == 1 and after["accounts"] == 2
    assert after["outbox"] == before["outbox"] - 2                 # the old one's two deliveries
    assert after["submission_status_history"] == before["submission_status_history"] - 1
    assert after["licences"] == before["licences"] - 1 and after["terms_acceptances"] == before["terms_acceptances"] - 1
    with engine.connect() as conn:
        kept = set(conn.execute(sa.text("SELECT reference FROM submissions")).scalars())
        names = set(conn.execute(sa.text("SELECT username FROM accounts")).scalars())
    assert kept == {refs["touched"], refs["young"]}
    assert names == {"recent.closed", "open.account"}

    last = service(sessions).last_run()
    assert last is not None and last.counts == report.counts and last.by == "kiosk-admin:it-admin"
    runs = [e for e in entries(engine) if e.event.action == AuditAction.RETENTION_RUN]
    assert [e.event.detail for e in runs] == [
        "dry run, would delete 1 submission(s), 5 statistics event(s), 1 closed account(s)",
        "deleted 1 submission(s), 5 statistics event(s), 1 closed account(s)"]
    assert len(entries(engine)) == audit_before + 2                # the audit log is exempt: only added to
    assert service(sessions).run(IT).counts == RetentionCounts()   # nothing left to delete


def test_only_a_supervisor_runs_retention(engine, filled):
    sessions, _ = filled
    from kiosk.core.staff import StaffMember

    assistant = Actor.staff(StaffMember(1, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, True, False, False, False,
                                        NOW, None))
    with pytest.raises(RetentionRefused):
        service(sessions).run(assistant, dry_run=True)
    supervisor = Actor("lchen", StaffRole.SUPERVISOR)
    assert service(sessions).run(supervisor, dry_run=True).counts.statistics_events == 5
