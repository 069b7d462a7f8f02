# SPDX-License-Identifier: Apache-2.0
"""The staff queue on SQLAlchemy (kiosk.core.queue.QueueRepository).

Filtering, the overdue flag, sorting, counting and paging are one query each, in the database,
on the indexes of db/versions/0011. Each change is written with its staff events and its audit
rows (kiosk.storage.audit_log.append_in) in one transaction; the submission rows are locked
first (FOR UPDATE on PostgreSQL; SQLite has one writer anyway), so two staff members changing one
message at once are applied one after the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, func, not_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import AuditEvent
from kiosk.core.queue import (
    AuditFor,
    Delivery,
    EventKind,
    QueueDetail,
    QueueEvent,
    QueueFilter,
    QueueItem,
    QueuePage,
    QueueSort,
    StaffRef,
    Unassigned,
)
from kiosk.core.submissions import Channel, DeliveryState, SubmissionNotFound
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import (
    OutboxEntry,
    StaffAccount,
    Submission,
    SubmissionEvent,
    SubmissionResponse,
    SubmissionStatusChange,
)
from kiosk.storage.submissions import delivery_status, record_of

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.core.pack import TownPack
    from kiosk.core.queue_service import QueueService

QUEUED, FAILED = DeliveryState.QUEUED.value, DeliveryState.FAILED.value


def overdue_clause(open_states: Sequence[str], now: dt.datetime) -> ColumnElement[bool]:
    """Open, with a due date, and past it."""
    return and_(Submission.due_at.is_not(None), Submission.due_at < now, Submission.status.in_(list(open_states)))


def _order(sort: QueueSort, descending: bool) -> list[Any]:
    column: Any = {QueueSort.CREATED: Submission.created_at, QueueSort.DUE: Submission.due_at,
                   QueueSort.UPDATED: Submission.updated_at, QueueSort.STATUS: Submission.status,
                   QueueSort.DEPARTMENT: Submission.department_name}[sort]
    first = column.desc() if descending else column.asc()
    if sort is QueueSort.DUE:
        first = first.nulls_last()
    ids = Submission.id.desc() if descending else Submission.id.asc()
    if sort in (QueueSort.STATUS, QueueSort.DEPARTMENT):
        return [first, Submission.created_at.desc() if descending else Submission.created_at, ids]
    return [first, ids]


def _conditions(query: QueueFilter, open_states: Sequence[str], now: dt.datetime) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if query.departments:
        found.append(Submission.department_id.in_(query.departments))
    if query.statuses:
        found.append(Submission.status.in_(query.statuses))
    if query.forms:
        found.append(Submission.form_id.in_(query.forms))
    if query.created_from is not None:
        found.append(Submission.created_at >= query.created_from)
    if query.created_to is not None:
        found.append(Submission.created_at < query.created_to)
    if isinstance(query.assignee, Unassigned):
        found.append(Submission.assignee_id.is_(None))
    elif query.assignee is not None:
        found.append(Submission.assignee_id == query.assignee)
    if query.overdue is not None:
        late = overdue_clause(open_states, now)
        found.append(late if query.overdue else not_(late))
    return found


class SqlQueueRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # -- reading ---------------------------------------------------------------------------------

    def find(self, query: QueueFilter, open_states: Sequence[str], now: dt.datetime) -> QueuePage:
        where = _conditions(query, open_states, now)
        order = _order(query.sort, query.descending)
        # The page's ids first, from the indexes alone (a top-N sort of index entries), then the 50
        # rows themselves: sorting whole rows would read every matching row from the table.
        page = (select(Submission.id).where(*where).order_by(*order)
                .limit(query.page_size).offset(query.page * query.page_size).subquery())
        late = case((overdue_clause(open_states, now), True), else_=False)
        rows_q = (select(Submission.id, Submission.reference, Submission.created_at, Submission.form_id,
                         Submission.form_title, Submission.department_id, Submission.department_name,
                         Submission.status, Submission.assignee_id, StaffAccount.display_name, Submission.due_at,
                         late.label("overdue"), Submission.updated_at,
                         and_(Submission.sender_name.is_(None), Submission.sender_email.is_(None),
                              Submission.sender_phone.is_(None)).label("anonymous"))
                  .join(page, page.c.id == Submission.id)
                  .outerjoin(StaffAccount, StaffAccount.id == Submission.assignee_id)
                  .order_by(*order))
        with self._sessions() as s:
            total = s.scalar(select(func.count()).select_from(Submission).where(*where)) or 0
            rows = s.execute(rows_q).all()
        items = [QueueItem(submission_id=r.id, reference=r.reference, created_at=r.created_at, form_id=r.form_id,
                           form_title=r.form_title, department_id=r.department_id,
                           department_name=r.department_name, status=r.status, assignee_id=r.assignee_id,
                           assignee_name=r.display_name, due_at=r.due_at, overdue=bool(r.overdue),
                           updated_at=r.updated_at, anonymous=bool(r.anonymous)) for r in rows]
        return QueuePage(items, total, query.page, query.page_size)

    def detail(self, submission_id: int, open_states: Sequence[str], now: dt.datetime) -> QueueDetail:
        with self._sessions() as s:
            row = s.get(Submission, submission_id)
            if row is None:
                raise SubmissionNotFound(str(submission_id))
            late = s.scalar(select(overdue_clause(open_states, now)).where(Submission.id == submission_id))
            assignee = s.get(StaffAccount, row.assignee_id) if row.assignee_id is not None else None
            events = s.scalars(select(SubmissionEvent).where(SubmissionEvent.submission_id == submission_id)
                               .order_by(SubmissionEvent.at, SubmissionEvent.id)).all()
            outbox = s.scalars(select(OutboxEntry).where(OutboxEntry.submission_id == submission_id)
                               .order_by(OutboxEntry.id)).all()
            return QueueDetail(
                record=record_of(s, row), assignee_id=row.assignee_id,
                assignee_name=assignee.display_name if assignee is not None else None, due_at=row.due_at,
                overdue=bool(late), updated_at=row.updated_at,
                events=tuple(QueueEvent(e.at, e.actor, EventKind(e.kind), e.detail, e.text) for e in events),
                deliveries=tuple(Delivery(o.id, delivery_status(o), o.response_id) for o in outbox))

    def id_for(self, reference: str) -> int:
        with self._sessions() as s:
            found = s.scalar(select(Submission.id).where(Submission.reference == reference))
        if found is None:
            raise SubmissionNotFound(reference)
        return found

    def current_states(self, submission_ids: Sequence[int]) -> dict[int, str]:
        with self._sessions() as s:
            rows = s.execute(select(Submission.id, Submission.status).where(Submission.id.in_(list(submission_ids))))
            return {row.id: row.status for row in rows}

    def staff(self, staff_id: int) -> StaffRef | None:
        with self._sessions() as s:
            row = s.get(StaffAccount, staff_id)
            return None if row is None else StaffRef(row.id, row.username, row.display_name, row.disabled_at is None)

    # -- changing --------------------------------------------------------------------------------

    def set_state(self, submission_ids: Sequence[int], state: str, public_note: str, actor: str, at: dt.datetime,
                  audit: AuditFor) -> int:
        with self._sessions.begin() as s:
            changed = 0
            for row in _locked(s, submission_ids):
                if row.status == state:
                    continue
                _change_state(s, row, state, public_note, actor, at)
                append_in(s, audit(row.id, row.reference))
                changed += 1
            return changed

    def assign(self, submission_ids: Sequence[int], staff: StaffRef | None, actor: str, at: dt.datetime,
               audit: AuditFor) -> int:
        new_id = staff.staff_id if staff is not None else None
        with self._sessions.begin() as s:
            changed = 0
            for row in _locked(s, submission_ids):
                if row.assignee_id == new_id:
                    continue
                row.assignee_id, row.updated_at = new_id, at
                s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.ASSIGNED.value,
                                      detail=staff.username if staff is not None else "", text=""))
                append_in(s, audit(row.id, row.reference))
                changed += 1
            return changed

    def redirect(self, submission_id: int, department_id: str, department_name: str, department_email: str,
                 state: str, due_at: dt.datetime, note: str, actor: str, at: dt.datetime, audit: AuditFor) -> None:
        with self._sessions.begin() as s:
            (row,) = _locked(s, [submission_id])
            s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.REDIRECTED.value,
                                  detail=f"{row.department_id} -> {department_id}"[:300], text=note))
            row.department_id, row.department_name, row.department_email = department_id, department_name, \
                department_email
            row.due_at = due_at
            # The resident sees a change of department as a status change even if it was redirected before.
            s.add(SubmissionStatusChange(submission_id=row.id, status=state, at=at, note=""))
            if row.status != state:
                s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.STATE.value,
                                      detail=f"{row.status} -> {state}", text=""))
            row.status, row.updated_at = state, at
            append_in(s, audit(row.id, row.reference))

    def add_note(self, submission_id: int, text: str, actor: str, at: dt.datetime, audit: AuditFor) -> None:
        with self._sessions.begin() as s:
            (row,) = _locked(s, [submission_id])
            row.updated_at = at
            s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.NOTE.value,
                                  detail="", text=text))
            append_in(s, audit(row.id, row.reference))

    def record_response(self, submission_id: int, state: str, language: str, text: str, to_email: str | None,
                        to_name: str, actor: str, at: dt.datetime, audit: AuditFor) -> int:
        with self._sessions.begin() as s:
            (row,) = _locked(s, [submission_id])
            response = SubmissionResponse(submission_id=row.id, at=at, actor=actor[:80], state=state,
                                          language=language, body=text, to_email=to_email, to_name=to_name[:200])
            s.add(response)
            s.flush()
            if to_email:
                s.add(OutboxEntry(submission_id=row.id, response_id=response.id, channel=Channel.REPLY.value,
                                  state=QUEUED, attempts=0, queued_at=at, next_attempt_at=at))
            s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.RESPONSE.value,
                                  detail="e-mail queued" if to_email else "no e-mail address", text=text))
            row.updated_at = at
            append_in(s, audit(row.id, row.reference))
            return response.id

    def retry_delivery(self, submission_id: int, delivery_id: int, actor: str, at: dt.datetime,
                       audit: AuditFor) -> bool:
        with self._sessions.begin() as s:
            (row,) = _locked(s, [submission_id])
            channel = s.scalar(update(OutboxEntry).where(
                OutboxEntry.id == delivery_id, OutboxEntry.submission_id == submission_id,
                or_(OutboxEntry.state == FAILED, and_(OutboxEntry.state == QUEUED, OutboxEntry.last_error.is_not(None))),
                or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < at))
                .values(state=QUEUED, attempts=0, queued_at=at, next_attempt_at=at, claimed_by=None,
                        claimed_until=None).returning(OutboxEntry.channel),
                execution_options={"synchronize_session": False})
            if channel is None:
                return False
            s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.RETRY.value,
                                  detail=channel, text=""))
            append_in(s, audit(row.id, row.reference))
            return True

    def record_audit(self, event: AuditEvent) -> None:
        with self._sessions.begin() as s:
            append_in(s, event)


def _locked(s: Session, submission_ids: Sequence[int]) -> list[Submission]:
    """The submissions, locked for this transaction, in the order given; SubmissionNotFound if one is missing."""
    ids = list(dict.fromkeys(submission_ids))
    rows = {r.id: r for r in s.scalars(select(Submission).where(Submission.id.in_(ids))
                                       .order_by(Submission.id).with_for_update())}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise SubmissionNotFound(", ".join(map(str, missing)))
    return [rows[i] for i in ids]


def _change_state(s: Session, row: Submission, state: str, public_note: str, actor: str, at: dt.datetime) -> None:
    s.add(SubmissionStatusChange(submission_id=row.id, status=state, at=at, note=public_note[:500]))
    s.add(SubmissionEvent(submission_id=row.id, at=at, actor=actor[:80], kind=EventKind.STATE.value,
                          detail=f"{row.status} -> {state}", text=public_note))
    row.status, row.updated_at = state, at



def make_queue_service(engine: Engine, pack: TownPack, kiosk_id: str,
                       now: Callable[[], dt.datetime]) -> QueueService:
    """The queue service the console and kiosk-admin use, on this database and town pack."""
    from kiosk.core.queue_service import QueueService
    from kiosk.storage.database import session_factory

    return QueueService(SqlQueueRepository(session_factory(engine)), pack.queue, pack.departments, pack.name,
                        pack.timezone, kiosk_id, now)
