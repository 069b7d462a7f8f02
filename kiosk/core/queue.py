# SPDX-License-Identifier: Apache-2.0
"""The staff queue: what staff see of residents' messages and what they do with them.

Qt-free and storage-free. The QueueService (kiosk.core.queue_service) checks who may do what and
hands a :class:`QueueRepository` (kiosk.storage.queue implements it) each change together with its
audit events, which it writes in the same transaction.

Two histories, kept apart on purpose: a message's *status history* (kiosk.core.submissions.StatusChange)
is what the resident sees under "My requests"; its *events* (:class:`QueueEvent`) are staff's
record of every change, internal notes included, and no resident-facing query reads them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.core.audit import AuditEvent
from kiosk.core.submissions import DeliveryStatus, SubmissionRecord

NOTE_MAX = 2000
RESPONSE_MAX = 10_000
PAGE_SIZE_MAX = 200


class Unassigned(enum.Enum):
    """QueueFilter.assignee: the messages nobody has taken."""

    UNASSIGNED = "unassigned"


UNASSIGNED = Unassigned.UNASSIGNED


class QueueSort(enum.StrEnum):
    CREATED = "created"            # when the resident sent it
    DUE = "due"                    # the service level's due date
    UPDATED = "updated"            # the last change staff made
    STATUS = "status"
    DEPARTMENT = "department"


class EventKind(enum.StrEnum):
    STATE = "state"                # the status changed (detail: "old -> new")
    ASSIGNED = "assigned"          # detail: the staff member's user name, or "" for nobody
    REDIRECTED = "redirected"      # detail: "old department id -> new department id"
    NOTE = "note"                  # an internal note: text holds it
    RESPONSE = "response"          # a response to the resident: text holds it, detail how it went out
    RETRY = "retry"                # a failed delivery queued again (detail: its channel)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Each field narrows the queue; empty (or None) means any. Dates are UTC instants, ``created_to`` excluded."""

    departments: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None
    assignee: int | Unassigned | None = None     # a staff id, UNASSIGNED, or None for anyone
    overdue: bool | None = None                  # True: only overdue; False: only not overdue
    sort: QueueSort = QueueSort.CREATED
    descending: bool = False
    page: int = 0                                # 0-based
    page_size: int = 50


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One line of the queue."""

    submission_id: int
    reference: str
    created_at: dt.datetime
    form_id: str
    form_title: str
    department_id: str
    department_name: str
    status: str
    assignee_id: int | None
    assignee_name: str | None       # the staff member's display name
    due_at: dt.datetime | None
    overdue: bool                   # computed by the query: open and past due
    updated_at: dt.datetime
    anonymous: bool


@dataclass(frozen=True, slots=True)
class QueuePage:
    items: list[QueueItem]
    total: int                      # how many match the filter, on every page
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


@dataclass(frozen=True, slots=True)
class QueueEvent:
    at: dt.datetime
    actor: str                      # a staff user name, or kiosk-admin:<OS user>
    kind: EventKind
    detail: str = ""
    text: str = ""                  # a note's or a response's text (staff's own words)


@dataclass(frozen=True, slots=True)
class Delivery:
    delivery_id: int                # the outbox entry, for retry_delivery
    status: DeliveryStatus
    response_id: int | None         # set on a response to the resident (Channel.REPLY)


@dataclass(frozen=True, slots=True)
class QueueDetail:
    """One message in full, for the console's detail view and the staff printout."""

    record: SubmissionRecord        # what the resident sent; its history is the resident-facing one
    assignee_id: int | None
    assignee_name: str | None
    due_at: dt.datetime | None
    overdue: bool
    updated_at: dt.datetime
    events: Sequence[QueueEvent] = field(default_factory=tuple)      # oldest first, internal notes included
    deliveries: Sequence[Delivery] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ResponseDraft:
    """A template filled in for one message: the console shows ``text`` to edit, then calls respond()."""

    state: str
    language: str                   # the resident's (the visit's language when they sent it)
    text: str
    to_email: str | None            # None: the resident left no e-mail (phone, or print and post it)


@dataclass(frozen=True, slots=True)
class ResidentReply:
    """A response as the outbox worker sends it."""

    response_id: int
    submission_id: int
    to_email: str
    to_name: str
    language: str
    text: str
    at: dt.datetime


class QueueRefusal(enum.Enum):
    NOT_ALLOWED = "not_allowed"              # e.g. an assistant reopening a closed message
    UNKNOWN_STATE = "unknown_state"          # not one of the pack's states
    UNKNOWN_DEPARTMENT = "unknown_department"
    UNKNOWN_STAFF = "unknown_staff"          # no such staff member, or disabled
    EMPTY = "empty"                          # a note or response with no text
    TOO_LONG = "too_long"
    NO_SUBMISSIONS = "no_submissions"        # a bulk action with nothing selected
    SAME_DEPARTMENT = "same_department"
    NOT_RETRYABLE = "not_retryable"          # the delivery is not failed (or is being sent)


class QueueRefused(Exception):
    def __init__(self, reason: QueueRefusal, detail: str = "") -> None:
        super().__init__(reason.value + (f": {detail}" if detail else ""))
        self.reason = reason


# The audit event of one change to one submission: (submission id, reference) -> event.
AuditFor = Callable[[int, str], AuditEvent]


@dataclass(frozen=True, slots=True)
class StaffRef:
    staff_id: int
    username: str
    display_name: str
    active: bool


class QueueRepository(Protocol):
    """Every method that changes something writes its events and its audit rows (``audit`` for
    each submission changed) in the same transaction, and raises SubmissionNotFound, changing
    nothing, if one of the ids is not there."""

    def find(self, query: QueueFilter, open_states: Sequence[str], now: dt.datetime) -> QueuePage:
        """Filtered, sorted and paged in the database; ``open_states`` and ``now`` make the overdue flag."""

    def detail(self, submission_id: int, open_states: Sequence[str], now: dt.datetime) -> QueueDetail: ...

    def id_for(self, reference: str) -> int:
        """The id of the submission with this (canonical) reference; SubmissionNotFound if none."""

    def current_states(self, submission_ids: Sequence[int]) -> dict[int, str]: ...

    def staff(self, staff_id: int) -> StaffRef | None: ...

    def set_state(self, submission_ids: Sequence[int], state: str, public_note: str, actor: str, at: dt.datetime,
                  audit: AuditFor) -> int:
        """Move each to ``state`` (those already in it are left alone): a resident-facing status change
        and a staff event each. Returns how many changed."""

    def assign(self, submission_ids: Sequence[int], staff: StaffRef | None, actor: str, at: dt.datetime,
               audit: AuditFor) -> int:
        """Returns how many changed hands."""

    def redirect(self, submission_id: int, department_id: str, department_name: str, department_email: str,
                 state: str, due_at: dt.datetime, note: str, actor: str, at: dt.datetime, audit: AuditFor) -> None:
        """The message now belongs to the new department (the resident's My requests shows it), in ``state``."""

    def add_note(self, submission_id: int, text: str, actor: str, at: dt.datetime, audit: AuditFor) -> None:
        """An internal note: a staff event only."""

    def record_response(self, submission_id: int, state: str, language: str, text: str, to_email: str | None,
                        to_name: str, actor: str, at: dt.datetime, audit: AuditFor) -> int:
        """Keep the response (and queue its e-mail when ``to_email``); returns its id."""

    def retry_delivery(self, submission_id: int, delivery_id: int, actor: str, at: dt.datetime,
                       audit: AuditFor) -> bool:
        """Queue a failed (or waiting) delivery of this submission again; False if it is not one."""

    def record_audit(self, event: AuditEvent) -> None:
        """An audit row that goes with no change (a printout)."""
