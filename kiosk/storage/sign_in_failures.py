# SPDX-License-Identifier: Apache-2.0
"""Failed sign-ins (kiosk.core.lockout.FailureStore) and the kiosks' shared random keys, on
SQLAlchemy: one table for residents and staff alike, each counting under keyed digests of its own."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.lockout import FailedAttempt
from kiosk.storage.models import KioskSecret, SignInFailure


class SqlSignInFailures:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_failure(self, key_digest: str, at: dt.datetime) -> int:
        with self._sessions.begin() as s:
            row = SignInFailure(key_digest=key_digest, at=at)
            s.add(row)
            s.flush()
            return row.id

    def hold_lock(self, failure_id: int, until: dt.datetime) -> None:
        with self._sessions.begin() as s:
            s.execute(update(SignInFailure).where(SignInFailure.id == failure_id).values(locked_until=until))

    def drop_failure(self, failure_id: int) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(SignInFailure).where(SignInFailure.id == failure_id))

    def failures_in_force(self, key_digest: str, counting_after: dt.datetime,
                          now: dt.datetime) -> list[FailedAttempt]:
        with self._sessions() as s:
            rows = s.execute(select(SignInFailure.at, SignInFailure.locked_until).where(
                SignInFailure.key_digest == key_digest, _in_force(counting_after, now)).order_by(SignInFailure.at))
            return [FailedAttempt(at, locked_until) for at, locked_until in rows]

    def forget_failures(self, counting_after: dt.datetime, now: dt.datetime) -> int:
        with self._sessions.begin() as s:
            result = s.execute(delete(SignInFailure).where(_expired(counting_after, now)),
                               execution_options={"synchronize_session": False})
            return cast("CursorResult[Any]", result).rowcount

    def clear_failures(self, key_digest: str) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(SignInFailure).where(SignInFailure.key_digest == key_digest))

    def secret(self, name: str) -> bytes:
        with self._sessions() as s:
            value = s.scalar(select(KioskSecret.value).where(KioskSecret.name == name))
        if value is None:
            try:
                with self._sessions.begin() as s:
                    s.add(KioskSecret(name=name, value=secrets.token_hex(32)))
            except IntegrityError:
                pass                       # another kiosk made it a moment ago: use theirs
            with self._sessions() as s:
                value = s.scalar(select(KioskSecret.value).where(KioskSecret.name == name))
        assert value is not None            # made just now, here or by another kiosk
        return bytes.fromhex(value)


def _in_force(counting_after: dt.datetime, now: dt.datetime) -> ColumnElement[bool]:
    """A failure that still counts, or holds a lock still running (``locked_until`` is NULL but
    on the failure that completed a streak, and NULL > x is not true)."""
    return or_(SignInFailure.at > counting_after, SignInFailure.locked_until > now)


def _expired(counting_after: dt.datetime, now: dt.datetime) -> ColumnElement[bool]:
    """What is not _in_force, spelt out: NOT (false OR NULL) is NULL, which would keep the row."""
    return and_(SignInFailure.at <= counting_after,
                or_(SignInFailure.locked_until.is_(None), SignInFailure.locked_until <= now))
