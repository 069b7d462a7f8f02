# SPDX-License-Identifier: Apache-2.0
"""Shared by the staff tests: the real service on the real repository, a clock the test turns, a
cheaper Argon2id hasher (same algorithm, less memory) and the audit log as rows."""

from __future__ import annotations

import datetime as dt

import pyotp
import sqlalchemy as sa

from kiosk.core.accounts import LockoutPolicy
from kiosk.core.audit import AuditEntry
from kiosk.core.passwords import Argon2idHasher
from kiosk.core.staff import Actor, StaffRole
from kiosk.core.staff_service import StaffService
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.storage.staff_repo import SqlStaffRepository
from tests.core.accounts_helpers import Clock

FAST_HASHER = Argon2idHasher(time_cost=1, memory_cost_kib=1024, parallelism=1)
IT = Actor.command_line("it-admin")
PASSWORD = "canoe maple 42"
NEW_PASSWORD = "harbour lamp 77"
LOCKOUT = LockoutPolicy(attempts=3, window=dt.timedelta(minutes=15), lock_for=dt.timedelta(minutes=15))


def make_service(engine: sa.Engine, clock: Clock, kiosk_id: str = "desk-1") -> StaffService:
    return StaffService(SqlStaffRepository(session_factory(engine)), LOCKOUT, kiosk_id, clock,
                        hasher=FAST_HASHER, totp_issuer="Town of Westport")


def add_staff(service: StaffService, username: str = "mgarcia", role: StaffRole = StaffRole.ASSISTANT,
              changed: bool = True) -> None:
    """An account as IT adds it; ``changed``: its first password already replaced by NEW_PASSWORD."""
    service.add(IT, username, "Maria Garcia", role, PASSWORD, PASSWORD)
    if changed:
        service.change_password(username, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)


def entries(engine: sa.Engine) -> list[AuditEntry]:
    return list(SqlAuditLog(session_factory(engine)).entries())


def code(secret: str, at: dt.datetime) -> str:
    """What the authenticator app shows at ``at``."""
    return pyotp.TOTP(secret).at(at)
