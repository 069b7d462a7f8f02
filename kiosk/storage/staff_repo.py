# SPDX-License-Identifier: Apache-2.0
"""Staff accounts on SQLAlchemy (kiosk.core.staff_service.StaffRepository). Each change is written
with its audit entry (kiosk.storage.audit_log.append_in) in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.audit import AuditEvent
from kiosk.core.staff import NewStaff, StaffNotFound, StaffRefusal, StaffRefused, StaffRole, StoredStaff
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import StaffAccount
from kiosk.storage.sign_in_failures import SqlSignInFailures


class SqlStaffRepository(SqlSignInFailures):
    """Staff accounts; failed sign-ins and the shared keys come from SqlSignInFailures."""

    def by_key(self, key: str) -> StoredStaff | None:
        with self._sessions() as s:
            row = s.scalar(select(StaffAccount).where(StaffAccount.username_key == key))
            return None if row is None else _stored(row)

    def all(self) -> list[StoredStaff]:
        with self._sessions() as s:
            return [_stored(row) for row in s.scalars(select(StaffAccount).order_by(StaffAccount.username_key))]

    def create(self, new: NewStaff, audit: Callable[[int], AuditEvent]) -> int:
        try:
            with self._sessions.begin() as s:
                row = StaffAccount(
                    username=new.username, username_key=new.username_key, display_name=new.display_name,
                    role=new.role.value, password_hash=new.password_hash,
                    must_change_password=new.must_change_password, totp_required=False,
                    created_at=new.created_at, updated_at=new.created_at)
                s.add(row)
                s.flush()
                append_in(s, audit(row.id))
                return row.id
        except IntegrityError as exc:
            if "username_key" in str(exc.orig):
                raise StaffRefused(StaffRefusal.USERNAME_TAKEN) from None
            raise

    def set_password(self, staff_id: int, password_hash: str, must_change: bool, at: dt.datetime,
                     audit: AuditEvent | None) -> None:
        self._change(staff_id, at, audit, password_hash=password_hash, must_change_password=must_change)

    def disable(self, staff_id: int, at: dt.datetime, audit: AuditEvent) -> None:
        self._change(staff_id, at, audit, disabled_at=at)

    def set_totp_pending(self, staff_id: int, secret: str, at: dt.datetime, audit: AuditEvent) -> None:
        self._change(staff_id, at, audit, totp_pending=secret)

    def confirm_totp(self, staff_id: int, secret: str, at: dt.datetime, audit: AuditEvent) -> None:
        self._change(staff_id, at, audit, totp_secret=secret, totp_pending=None, totp_enrolled_at=at)

    def set_totp_required(self, staff_id: int, required: bool, at: dt.datetime, audit: AuditEvent) -> None:
        self._change(staff_id, at, audit, totp_required=required)

    def signed_in(self, staff_id: int, at: dt.datetime, audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            _row(s, staff_id).last_sign_in_at = at
            append_in(s, audit)

    def claim_totp_step(self, staff_id: int, step: int) -> bool:
        """One conditional UPDATE: of two kiosks given the same code at once, one wins."""
        with self._sessions.begin() as s:
            result = s.execute(update(StaffAccount).where(
                StaffAccount.id == staff_id,
                or_(StaffAccount.totp_last_step.is_(None), StaffAccount.totp_last_step < step),
            ).values(totp_last_step=step), execution_options={"synchronize_session": False})
            return cast("CursorResult[Any]", result).rowcount == 1

    def record(self, event: AuditEvent) -> None:
        with self._sessions.begin() as s:
            append_in(s, event)

    def _change(self, staff_id: int, at: dt.datetime, audit: AuditEvent | None, **values: object) -> None:
        with self._sessions.begin() as s:
            row = _row(s, staff_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = at
            if audit is not None:
                append_in(s, audit)


def _row(s: Session, staff_id: int) -> StaffAccount:
    row = s.get(StaffAccount, staff_id)
    if row is None:
        raise StaffNotFound(f"no staff account {staff_id}")
    return row


def _stored(row: StaffAccount) -> StoredStaff:
    return StoredStaff(
        staff_id=row.id, username=row.username, username_key=row.username_key, display_name=row.display_name,
        role=StaffRole(row.role), password_hash=row.password_hash, must_change_password=row.must_change_password,
        created_at=row.created_at, disabled_at=row.disabled_at, totp_secret=row.totp_secret,
        totp_pending=row.totp_pending, totp_enrolled_at=row.totp_enrolled_at, totp_required=row.totp_required,
        last_sign_in_at=row.last_sign_in_at)
