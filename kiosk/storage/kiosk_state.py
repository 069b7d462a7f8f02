# SPDX-License-Identifier: Apache-2.0
"""A kiosk's out-of-service state on SQLAlchemy (kiosk.core.kiosk_control.ServiceStateStore), each
change written with its audit entry in one transaction; and the database's own health check."""

from __future__ import annotations

import time

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import AuditEvent
from kiosk.core.kiosk_control import Check, CheckResult, Reason, ServiceState
from kiosk.storage.audit_log import append_in
from kiosk.storage.database import describe
from kiosk.storage.models import KioskServiceState


class SqlServiceStateStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def load(self, kiosk_id: str) -> ServiceState:
        with self._sessions() as s:
            row = s.scalar(select(KioskServiceState).where(KioskServiceState.kiosk_id == kiosk_id))
            if row is None:
                return ServiceState()
            return ServiceState(row.out_of_service, row.message, row.changed_at, row.changed_by)

    def save(self, kiosk_id: str, state: ServiceState, audit: AuditEvent) -> None:
        assert state.changed_at is not None
        with self._sessions.begin() as s:
            row = s.get(KioskServiceState, kiosk_id)
            if row is None:
                row = KioskServiceState(kiosk_id=kiosk_id)
                s.add(row)
            row.out_of_service, row.message = state.out_of_service, state.message
            row.changed_at, row.changed_by = state.changed_at, state.changed_by[:80]
            append_in(s, audit)

    def record(self, event: AuditEvent) -> None:
        with self._sessions.begin() as s:
            append_in(s, event)


def probe_database(engine: Engine) -> CheckResult:
    """One ``SELECT 1`` on a new connection, within the engine's own timeouts (database_connect_seconds,
    database_statement_seconds): the database answers, or why not."""
    where = describe(engine)
    started = time.monotonic()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        message = str(exc.orig).lower()
        if "timeout" in message or "timed out" in message:
            return CheckResult(Check.DATABASE, Reason.NO_ANSWER, where)
        if "refused" in message:
            return CheckResult(Check.DATABASE, Reason.REFUSED, where)
        if "password" in message or "authentication" in message:
            return CheckResult(Check.DATABASE, Reason.LOGIN_REFUSED, where)
        return CheckResult(Check.DATABASE, Reason.FAILED, f"{where}: {type(exc.orig).__name__}")
    except SQLAlchemyError as exc:
        return CheckResult(Check.DATABASE, Reason.FAILED, f"{where}: {type(exc).__name__}")
    return CheckResult(Check.DATABASE, Reason.OK, f"{engine.dialect.name}, {1000 * (time.monotonic() - started):.0f} ms")
