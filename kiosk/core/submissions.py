# SPDX-License-Identifier: Apache-2.0
"""What a resident sends the town through a contact form, and what the kiosk keeps of it.

Qt-free and storage-free: the SubmissionService (kiosk.core.submission_service) builds a
NewSubmission from a form's checked answers (kiosk.core.forms); a SubmissionRepository
(kiosk.storage.submissions) stores it, with its outbox entries, in one transaction and hands
back the reference number the resident is shown.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


class SubmissionStatus(enum.StrEnum):
    """The kiosk's default states of a submission (kiosk.core.queue_settings gives each its kind and
    label; a town pack may replace them, keeping ``new`` and ``redirected``). A status is stored, and
    handed around, as its code (a str): a pack's own states have no member here.

    Before migration 0011 there were four: new, in_progress, redirected and closed; ``closed`` became
    ``resolved`` (db/versions/0011_staff_queue.py says why)."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"              # for the resident (more information)
    REDIRECTED = "redirected"        # sent on to another department or agency
    RESOLVED = "resolved"
    CLOSED_NO_ACTION = "closed_no_action"
    DUPLICATE = "duplicate"


class Channel(enum.Enum):
    """Where a submission is delivered: each is one outbox entry."""

    STAFF = "staff"                  # the staff queue inside the application
    EMAIL = "email"                  # e-mail to the department's address
    OPEN311 = "open311"              # an Open311 GeoReport v2 endpoint (problem reports, where the pack has one)
    REPLY = "reply"                  # staff's response to the resident, by e-mail (kiosk.core.queue)


class DeliveryState(enum.Enum):
    QUEUED = "queued"                # waiting, or waiting to be retried (see attempts and last_error)
    DELIVERED = "delivered"
    FAILED = "failed"                # given up after the retries; last_error says why


@dataclass(frozen=True, slots=True)
class Answer:
    """One answered field, as the resident reviewed it."""

    field_id: str
    label: str                       # the field's label in the form (the pack's language, English)
    value: str                       # validated and normalised text ("" when an optional field was left empty)


@dataclass(frozen=True, slots=True)
class Sender:
    """Who sent it, so the town can reply. Absent when the resident stays anonymous."""

    name: str = ""
    email: str = ""                  # normalised
    phone: str = ""                  # E.164


@dataclass(frozen=True, slots=True)
class NewSubmission:
    form_id: str
    form_version: str
    form_title: str
    department_id: str
    department_name: str
    department_email: str
    answers: tuple[Answer, ...]
    sender: Sender | None            # None: anonymous (the town cannot reply)
    account_id: int | None           # the signed-in resident, if any
    policy_versions: dict[str, str]  # policy document id -> version in force when sent
    language: str                    # the visit's language ("en", "es")
    open311_service_code: str | None = None
    channels: tuple[Channel, ...] = (Channel.STAFF, Channel.EMAIL)
    due_at: dt.datetime | None = None  # UTC; from the pack's service level (kiosk.core.queue_settings)


@dataclass(frozen=True, slots=True)
class StoredSubmission:
    """What the screen and the receipt show once the submission is safely stored."""

    submission_id: int
    reference: str                   # e.g. "WPT-2026-0000042-K": see kiosk.core.references
    created_at: dt.datetime          # UTC
    form_title: str
    department_name: str


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A change the resident sees. Staff's internal notes are never one of these (kiosk.core.queue)."""

    status: str                      # a state code (SubmissionStatus, or the pack's own)
    at: dt.datetime                  # UTC
    note: str = ""                   # for the resident's eyes


@dataclass(frozen=True, slots=True)
class SubmissionSummary:
    """One line of a resident's "My requests"."""

    reference: str
    form_title: str
    department_name: str
    created_at: dt.datetime
    status: str                      # a state code; department_name is the current one (after a redirect)
    history: Sequence[StatusChange] = field(default_factory=tuple)


class SubmissionRepository(Protocol):
    def store(self, new: NewSubmission, kiosk_id: str, now: dt.datetime) -> StoredSubmission:
        """Store the submission, its first status and one outbox entry per channel in one
        transaction; raise (nothing stored) if that is not possible."""
        ...

    def for_account(self, account_id: int) -> list[SubmissionSummary]:
        """The resident's submissions, newest first."""
        ...


# -- for staff and the outbox (added with kiosk.storage.submissions) ----------------------------------

class SubmissionNotFound(LookupError):
    """No submission has that reference."""


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """A stored submission in full, for the staff queue and the delivery worker."""

    submission_id: int
    reference: str
    created_at: dt.datetime          # UTC
    kiosk_id: str
    status: str                      # a state code
    submission: NewSubmission        # what the resident sent, as stored (channels: its outbox entries)
    history: Sequence[StatusChange] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """One outbox entry as staff and IT see it."""

    channel: Channel
    state: DeliveryState
    attempts: int
    next_attempt_at: dt.datetime     # UTC; when it is tried again (if queued)
    last_error: str | None           # why the last attempt failed (or why it waits)
    delivered_at: dt.datetime | None
    message_id: str | None           # the e-mail's Message-ID, or the Open311 request id
