# SPDX-License-Identifier: Apache-2.0
"""Running the kiosk from the staff console: out of service and back, a test page, whether the
database, the printer and the e-mail server answer, ending a visit, leaving kiosk mode.

Qt-free and storage-free. The out-of-service state is kept in the database per kiosk id (a
:class:`ServiceStateStore`), so it survives a restart and a front-desk PC could later set it for
a kiosk of the fleet; today the console acts on its own kiosk only. Every action writes its audit
entry (kiosk.core.audit), the state change in the same transaction as its entry. Who may do what
is decided here, by the Actor's role: leaving kiosk mode and restarting are for supervisors.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.printing import Printer, PrintJob
from kiosk.core.staff import Actor, StaffRefusal, StaffRefused, StaffRole

RECORD = "kiosk"
MESSAGE_MAX = 300            # what fits on the attract screen in Large text, and in the audit detail


@dataclass(frozen=True, slots=True)
class ServiceState:
    out_of_service: bool = False
    message: str = ""                       # what residents read instead of "Touch the screen to begin"
    changed_at: dt.datetime | None = None
    changed_by: str = ""


class Check(enum.Enum):
    DATABASE = "database"
    PRINTER = "printer"
    EMAIL = "email"


class Reason(enum.Enum):
    """Why a check answered as it did; the console says it in words, ``detail`` adds the where."""

    OK = "ok"
    NOT_SET_UP = "not_set_up"       # e-mail off (no smtp_host): nothing to reach
    NO_ANSWER = "no_answer"         # timed out
    REFUSED = "refused"             # nothing listens there
    LOGIN_REFUSED = "login_refused"  # the server answered, and refused the kiosk's user name or password
    NOT_FOUND = "not_found"         # no such printer, or a spool folder that cannot be written
    FAILED = "failed"               # anything else (in the log)


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: Check
    reason: Reason
    detail: str = ""                # e.g. "127.0.0.1:2525", for IT; never a password

    @property
    def reachable(self) -> bool:
        return self.reason is Reason.OK


class ServiceStateStore(Protocol):
    def load(self, kiosk_id: str) -> ServiceState:
        """The kiosk's state; a kiosk never set is in service."""

    def save(self, kiosk_id: str, state: ServiceState, audit: AuditEvent) -> None:
        """Store the state and its audit entry in one transaction."""

    def record(self, event: AuditEvent) -> None:
        """An audit entry that goes with no stored change."""


Probe = Callable[[], CheckResult]        # blocking, with a short timeout: call off the GUI thread


class KioskControl:
    def __init__(self, store: ServiceStateStore, kiosk_id: str, now: Callable[[], dt.datetime],
                 printer: Printer, test_page: Callable[[], bytes], probes: Mapping[Check, Probe]) -> None:
        self._store = store
        self.kiosk_id = kiosk_id
        self._clock = now
        self._printer = printer
        self._test_page = test_page
        self._probes = dict(probes)

    def state(self) -> ServiceState:
        return self._store.load(self.kiosk_id)

    def put_out_of_service(self, by: Actor, message: str) -> ServiceState:
        """Residents read ``message`` instead of being invited to begin, until put_in_service.
        ValueError for an empty or over-long message (the console keeps the field to MESSAGE_MAX)."""
        text = " ".join(message.split())
        if not text or len(text) > MESSAGE_MAX or not text.isprintable():
            raise ValueError("an out-of-service message is 1 to 300 printable characters")
        now = self._now()
        state = ServiceState(True, text, now, by.name)
        self._store.save(self.kiosk_id, state, self._event(by, AuditAction.KIOSK_OUT_OF_SERVICE, now, text))
        return state

    def put_in_service(self, by: Actor) -> ServiceState:
        now = self._now()
        state = ServiceState(False, "", now, by.name)
        self._store.save(self.kiosk_id, state, self._event(by, AuditAction.KIOSK_IN_SERVICE, now))
        return state

    def visit_ended(self, by: Actor, why: str = "") -> None:
        """The audit entry of a visit ended by staff (the visit itself is the window's to end)."""
        self._store.record(self._event(by, AuditAction.KIOSK_VISIT_ENDED, self._now(), why))

    def signed_out(self, by: Actor, staff_id: int, why: str) -> None:
        """The console's sign-out, its Back to the kiosk, or its lock after inactivity."""
        self._store.record(AuditEvent(self._now(), by.name, AuditAction.SIGNED_OUT, "staff", str(staff_id),
                                      self.kiosk_id, why))

    def print_test_page(self, by: Actor) -> PrintJob:
        """Raises PrinterError when the printer takes no job; the entry is written either way."""
        now = self._now()
        try:
            job = self._printer.submit(self._test_page(), "Test page")
        except Exception as exc:
            self._store.record(self._event(by, AuditAction.KIOSK_TEST_PAGE, now, f"failed: {type(exc).__name__}"))
            raise
        self._store.record(self._event(by, AuditAction.KIOSK_TEST_PAGE, now, f"printed as {job.job_id}"[:300]))
        return job

    def check(self, by: Actor) -> list[CheckResult]:
        """Ask each part in turn (each with its own short timeout); a probe that raises is FAILED."""
        results = []
        for which, probe in self._probes.items():
            try:
                results.append(probe())
            except Exception as exc:  # noqa: BLE001 - a broken probe is an answer: "not reachable"
                results.append(CheckResult(which, Reason.FAILED, type(exc).__name__))
        summary = ", ".join(f"{r.check.value} {r.reason.value}" for r in results)
        self._store.record(self._event(by, AuditAction.KIOSK_CHECKED, self._now(), summary))
        return results

    def leave_kiosk_mode(self, by: Actor, restart: bool) -> None:
        """Exit to the desktop, or restart: supervisors only (StaffRefused NOT_ALLOWED). The entry
        is written before the window goes; stopping the process is the composition root's."""
        if not may_leave_kiosk_mode(by):
            raise StaffRefused(StaffRefusal.NOT_ALLOWED)
        self._store.record(self._event(by, AuditAction.KIOSK_RESTARTED if restart else AuditAction.KIOSK_EXITED,
                                       self._now()))

    def _event(self, by: Actor, action: AuditAction, at: dt.datetime, detail: str = "") -> AuditEvent:
        return AuditEvent(at, by.name, action, RECORD, self.kiosk_id, self.kiosk_id, detail)

    def _now(self) -> dt.datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)


def may_leave_kiosk_mode(by: Actor) -> bool:
    return by.role is None or by.role is StaffRole.SUPERVISOR
