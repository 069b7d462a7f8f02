# SPDX-License-Identifier: Apache-2.0
"""Submissions on SQLAlchemy: kiosk.core.submissions.SubmissionRepository, plus one submission in
full (for staff and the outbox worker), a response to send, and each submission's delivery states.
The staff queue itself, and every change staff make, is kiosk.storage.queue.

What a resident sees (for_account) reads the submission and its status history only: never the
staff's events (internal notes) of kiosk.storage.queue.

``store`` writes the submission, its first status and one outbox entry per channel in one
transaction, with a reference number from the shared counter (kiosk.storage.reference_blocks):
either all of it is in the database or none of it is. ``store_keyed`` does the same with a number
the kiosk took from its reserved block, once per idempotency key (kiosk.core.offline).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SaTimeoutError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.offline import ReferenceBlock, SharedStoreUnavailable
from kiosk.core.queue import ResidentReply
from kiosk.core.references import make_reference, normalise, prefix_for
from kiosk.core.submissions import (
    Answer,
    Channel,
    DeliveryState,
    DeliveryStatus,
    NewSubmission,
    Sender,
    StatusChange,
    StoredSubmission,
    SubmissionNotFound,
    SubmissionRecord,
    SubmissionStatus,
    SubmissionSummary,
)
from kiosk.storage.database import session_factory
from kiosk.storage.models import OutboxEntry, Submission, SubmissionResponse, SubmissionStatusChange
from kiosk.storage.reference_blocks import take_numbers

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import Settings
    from kiosk.core.pack import TownPack


class SqlSubmissionRepository:
    """``prefix``: the town's three letters (kiosk.core.references.prefix_for); ``zone``: whose
    calendar year goes into reference numbers (the town's)."""

    def __init__(self, sessions: sessionmaker[Session], prefix: str, zone: dt.tzinfo = dt.UTC) -> None:
        make_reference(prefix, 2000, 0)          # refuses a prefix that cannot make a reference
        self._sessions = sessions
        self._prefix = prefix
        self._zone = zone

    def store(self, new: NewSubmission, kiosk_id: str, now: dt.datetime) -> StoredSubmission:
        """Store with a number of its own from the shared counter (kiosk.storage.reference_blocks);
        a kiosk takes its numbers from its reserved block instead (store_keyed)."""
        _check(new, now)
        with self._sessions.begin() as s:
            number = take_numbers(s, kiosk_id, 1, now, record=False).first
            stored = self._insert(s, new, kiosk_id, now, self.reference_for(number, now), None)
            assert stored is not None           # no key: nothing to conflict with
            return stored

    def reference_for(self, number: int, now: dt.datetime) -> str:
        """The reference of ``number`` for a message sent at ``now`` (the town's calendar year)."""
        return make_reference(self._prefix, now.astimezone(self._zone).year, number)

    def store_keyed(self, new: NewSubmission, kiosk_id: str, now: dt.datetime, reference: str,
                    key: str) -> StoredSubmission:
        """Store under ``reference`` once per idempotency ``key`` (INSERT … ON CONFLICT DO NOTHING):
        a key stored before gives back what was stored then, and adds nothing. Raises
        SharedStoreUnavailable when the database cannot be reached (kiosk.core.offline)."""
        _check(new, now)
        with reachable(), self._sessions.begin() as s:
            stored = self._insert(s, new, kiosk_id, now, reference, key)
            if stored is not None:
                return stored
            row = s.scalars(select(Submission).where(Submission.idempotency_key == key)).one()
            return StoredSubmission(submission_id=row.id, reference=row.reference, created_at=row.created_at,
                                    form_title=row.form_title, department_name=row.department_name)

    def reserve_block(self, kiosk_id: str, size: int, now: dt.datetime) -> ReferenceBlock:
        with reachable(), self._sessions.begin() as s:
            return take_numbers(s, kiosk_id, size, now)

    def _insert(self, s: Session, new: NewSubmission, kiosk_id: str, now: dt.datetime, reference: str,
                key: str | None) -> StoredSubmission | None:
        """The submission, its first status and one outbox entry per channel, in ``s``'s transaction;
        None (nothing written) if ``key`` is stored already."""
        values = {
            "reference": reference, "form_id": new.form_id, "form_version": new.form_version,
            "form_title": new.form_title, "department_id": new.department_id, "department_name": new.department_name,
            "department_email": new.department_email, "answers": _answers_json(new.answers),
            "sender_name": new.sender.name if new.sender else None,
            "sender_email": new.sender.email if new.sender else None,
            "sender_phone": new.sender.phone if new.sender else None,
            "account_id": new.account_id, "policy_versions": json.dumps(new.policy_versions, sort_keys=True),
            "language": new.language, "open311_service_code": new.open311_service_code, "kiosk_id": kiosk_id,
            "created_at": now, "updated_at": now, "due_at": new.due_at, "status": SubmissionStatus.NEW.value,
            "idempotency_key": key}
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = insert(Submission).values(**values)
        if key is not None:
            stmt = stmt.on_conflict_do_nothing(index_elements=["idempotency_key"])
        submission_id = s.execute(stmt.returning(Submission.id)).scalar_one_or_none()
        if submission_id is None:
            return None
        s.add(SubmissionStatusChange(submission_id=submission_id, status=SubmissionStatus.NEW.value, at=now, note=""))
        s.add_all(OutboxEntry(submission_id=submission_id, channel=c.value, state=DeliveryState.QUEUED.value,
                              attempts=0, queued_at=now, next_attempt_at=now) for c in dict.fromkeys(new.channels))
        s.flush()
        return StoredSubmission(submission_id=submission_id, reference=reference, created_at=now,
                                form_title=new.form_title, department_name=new.department_name)

    def for_account(self, account_id: int) -> list[SubmissionSummary]:
        """The resident's submissions, newest first."""
        with self._sessions() as s:
            rows = s.scalars(select(Submission).where(Submission.account_id == account_id)
                             .order_by(Submission.created_at.desc(), Submission.id.desc())).all()
            return _summaries(s, rows)

    # -- staff and the outbox worker ------------------------------------------------------------

    def get(self, reference: str) -> SubmissionRecord:
        """The submission with this reference, as typed (case, spaces, O/0 forgiven)."""
        canonical = normalise(reference)
        with self._sessions() as s:
            row = None if canonical is None else s.scalar(select(Submission).where(Submission.reference == canonical))
            if row is None:
                raise SubmissionNotFound(reference)
            return record_of(s, row)

    def get_by_id(self, submission_id: int) -> SubmissionRecord:
        with self._sessions() as s:
            row = s.get(Submission, submission_id)
            if row is None:
                raise SubmissionNotFound(str(submission_id))
            return record_of(s, row)

    def reply(self, response_id: int) -> ResidentReply:
        """A response staff sent, as the outbox worker e-mails it."""
        with self._sessions() as s:
            row = s.get(SubmissionResponse, response_id)
            if row is None or row.to_email is None:
                raise SubmissionNotFound(f"response {response_id}")
            return ResidentReply(response_id=row.id, submission_id=row.submission_id, to_email=row.to_email,
                                 to_name=row.to_name, language=row.language, text=row.body, at=row.at)

    def outbox_states(self, submission_id: int) -> list[DeliveryStatus]:
        with self._sessions() as s:
            rows = s.scalars(select(OutboxEntry).where(OutboxEntry.submission_id == submission_id,
                                                       OutboxEntry.response_id.is_(None))
                             .order_by(OutboxEntry.id)).all()
            return [delivery_status(r) for r in rows]


def make_repository(settings: Settings, engine: Engine, pack: TownPack) -> SqlSubmissionRepository:
    """The repository the kiosk stores submissions with: the configured reference prefix (else the
    town's first three letters) and the town's calendar year."""
    from zoneinfo import ZoneInfo

    prefix = settings.reference_prefix or prefix_for(pack.short_name)
    return SqlSubmissionRepository(session_factory(engine), prefix, ZoneInfo(pack.timezone))


def _check(new: NewSubmission, now: dt.datetime) -> None:
    if not new.channels:
        raise ValueError("a submission needs at least one delivery channel")
    if now.tzinfo is None:
        raise ValueError("a naive datetime cannot be stored; give it a time zone")


@contextmanager
def reachable() -> Iterator[None]:
    """The database's "cannot be reached" errors as SharedStoreUnavailable: refused, timed out
    (connecting, the pool, the statement deadline of kiosk.storage.pg_deadline, statement_timeout),
    or a connection that broke. Other errors (a constraint, a bug) stay what they are."""
    try:
        yield
    except (OperationalError, InterfaceError, SaTimeoutError, DisconnectionError) as exc:
        raise SharedStoreUnavailable(f"the database cannot be reached ({exc.__class__.__name__})") from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise SharedStoreUnavailable(f"the database cannot be reached ({exc.__class__.__name__})") from exc
        raise


def delivery_status(row: OutboxEntry) -> DeliveryStatus:
    return DeliveryStatus(channel=Channel(row.channel), state=DeliveryState(row.state), attempts=row.attempts,
                          next_attempt_at=row.next_attempt_at, last_error=row.last_error,
                          delivered_at=row.delivered_at, message_id=row.message_id)


def _answers_json(answers: Iterable[Answer]) -> str:
    return json.dumps([{"field_id": a.field_id, "label": a.label, "value": a.value} for a in answers],
                      ensure_ascii=False)


def _histories(s: Session, ids: list[int]) -> dict[int, list[StatusChange]]:
    found: dict[int, list[StatusChange]] = {i: [] for i in ids}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        rows = s.scalars(select(SubmissionStatusChange).where(SubmissionStatusChange.submission_id.in_(chunk))
                         .order_by(SubmissionStatusChange.at, SubmissionStatusChange.id))
        for r in rows:
            found[r.submission_id].append(StatusChange(r.status, r.at, r.note))
    return found


def _summaries(s: Session, rows: Iterable[Submission]) -> list[SubmissionSummary]:
    rows = list(rows)
    histories = _histories(s, [r.id for r in rows])
    return [SubmissionSummary(reference=r.reference, form_title=r.form_title, department_name=r.department_name,
                              created_at=r.created_at, status=r.status,
                              history=tuple(histories[r.id])) for r in rows]


def record_of(s: Session, row: Submission) -> SubmissionRecord:
    channels = s.scalars(select(OutboxEntry.channel).where(OutboxEntry.submission_id == row.id,
                                                           OutboxEntry.response_id.is_(None))
                         .order_by(OutboxEntry.id)).all()
    anonymous = row.sender_name is None and row.sender_email is None and row.sender_phone is None
    sender = None if anonymous else Sender(row.sender_name or "", row.sender_email or "", row.sender_phone or "")
    new = NewSubmission(
        form_id=row.form_id, form_version=row.form_version, form_title=row.form_title,
        department_id=row.department_id, department_name=row.department_name, department_email=row.department_email,
        answers=tuple(Answer(**a) for a in json.loads(row.answers)), sender=sender, account_id=row.account_id,
        policy_versions=json.loads(row.policy_versions), language=row.language,
        open311_service_code=row.open311_service_code, channels=tuple(Channel(c) for c in channels),
        due_at=row.due_at)
    return SubmissionRecord(submission_id=row.id, reference=row.reference, created_at=row.created_at,
                            kiosk_id=row.kiosk_id, status=row.status, submission=new,
                            history=tuple(_histories(s, [row.id])[row.id]))
