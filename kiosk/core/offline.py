# SPDX-License-Identifier: Apache-2.0
"""Messages while the shared database is away: a local outbox, and reference numbers that never collide.

The rules, Qt-free and storage-free. A kiosk gives every message a number from a block of numbers
it reserved in the shared database while it could reach it (kiosk.storage.reference_blocks), kept
in a local file (kiosk.storage.local_outbox). So a message has its reference before it is stored
anywhere, and the same reference whether the shared database takes it at once or the local outbox
keeps it until the database is back; no other kiosk can hand out that number, online or not.

Each message also carries an idempotency key. The shared database stores a key once (INSERT … ON
CONFLICT DO NOTHING), so a message forwarded twice (a forwarder killed between the shared commit and
removing its local copy, or a commit whose answer was lost) is still stored once.

Blocks: a kiosk reserves ``BlockPolicy.size`` numbers at a time and reserves the next block once
no more than ``reserve_below`` numbers are left (the forwarder tries every round, a send when it runs dry).
An outage therefore has at least ``reserve_below`` numbers to give; should a kiosk use them all while
the database is still away, the next message is refused as before ("could not be sent just now,
and nothing was kept"): a reference that might collide is never given.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender, StoredSubmission, SubmissionSummary

NOT_FORWARDED = 0       # StoredSubmission.submission_id of a message the local outbox keeps for now


class SharedStoreUnavailable(Exception):
    """The shared database cannot be reached (refused, timed out, past the statement deadline)."""


class NoReferenceNumbers(SharedStoreUnavailable):
    """The kiosk has no reserved number left and cannot reserve more: the message is not taken."""


@dataclass(frozen=True, slots=True)
class ReferenceBlock:
    """Numbers ``first`` to ``last`` (both included), reserved for one kiosk."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first < 1 or self.last < self.first:
            raise ValueError(f"no block of numbers from {self.first} to {self.last}")


@dataclass(frozen=True, slots=True)
class BlockPolicy:
    size: int = 500             # numbers reserved at a time
    reserve_below: int = 250    # reserve the next block once no more than this many are left

    def __post_init__(self) -> None:
        if not 0 <= self.reserve_below < self.size:
            raise ValueError("reserve_below must be below the block size")

    def wants_more(self, left: int) -> bool:
        return left <= self.reserve_below


@dataclass(frozen=True, slots=True)
class Pending:
    """A message the local outbox keeps until the shared database takes it."""

    key: str
    reference: str
    kiosk_id: str
    created_at: dt.datetime         # UTC
    submission: NewSubmission


@dataclass(frozen=True, slots=True)
class OutboxDepth:
    """What the heartbeat reports: how many messages wait locally, and how long the oldest has."""

    depth: int
    oldest_age_s: float | None      # None: nothing waits


class SharedSubmissions(Protocol):
    """The shared database (kiosk.storage.submissions.SqlSubmissionRepository); every method raises
    SharedStoreUnavailable when the database cannot be reached."""

    def reference_for(self, number: int, now: dt.datetime) -> str: ...

    def store_keyed(self, new: NewSubmission, kiosk_id: str, now: dt.datetime, reference: str,
                    key: str) -> StoredSubmission:
        """Store once per key; a key stored before gives back what was stored then."""
        ...

    def reserve_block(self, kiosk_id: str, size: int, now: dt.datetime) -> ReferenceBlock: ...

    def for_account(self, account_id: int) -> list[SubmissionSummary]: ...


class LocalOutbox(Protocol):
    """The kiosk's own file (kiosk.storage.local_outbox): its reserved numbers and its waiting messages.
    Every write is durable (an fsync'd transaction) when the call returns."""

    def take_number(self) -> int | None: ...

    def numbers_left(self) -> int: ...

    def add_block(self, block: ReferenceBlock) -> None: ...

    def put(self, pending: Pending) -> None: ...

    def waiting(self, limit: int) -> list[Pending]: ...

    def remove(self, key: str) -> None: ...

    def depth(self, now: dt.datetime) -> OutboxDepth: ...


class ResilientSubmissions:
    """A SubmissionRepository that stores in the shared database, or, while it cannot be reached,
    in the local outbox, with the same kind of reference either way."""

    def __init__(self, shared: SharedSubmissions, local: LocalOutbox, policy: BlockPolicy = BlockPolicy(),
                 new_key: Callable[[], str] = lambda: uuid.uuid4().hex) -> None:
        self.shared = shared
        self.local = local
        self.policy = policy
        self._new_key = new_key

    def store(self, new: NewSubmission, kiosk_id: str, now: dt.datetime) -> StoredSubmission:
        number = self.local.take_number()
        if number is None:                      # none left: reserve now, if the database can be reached
            try:
                self.top_up(kiosk_id, now)
            except SharedStoreUnavailable as exc:
                raise NoReferenceNumbers(f"no reference number is left and none can be reserved: {exc}") from exc
            number = self.local.take_number()
            if number is None:
                raise NoReferenceNumbers("no reference number is left and none could be reserved")
        reference = self.shared.reference_for(number, now)
        key = self._new_key()
        try:
            return self.shared.store_keyed(new, kiosk_id, now, reference, key)
        except SharedStoreUnavailable:
            # Kept with the same key: if the shared commit did happen (its answer was lost), the
            # forwarder's insert finds the key and stores nothing twice.
            self.local.put(Pending(key, reference, kiosk_id, now, new))
            return StoredSubmission(submission_id=NOT_FORWARDED, reference=reference, created_at=now,
                                    form_title=new.form_title, department_name=new.department_name)

    def for_account(self, account_id: int) -> list[SubmissionSummary]:
        return self.shared.for_account(account_id)

    def top_up(self, kiosk_id: str, now: dt.datetime) -> bool:
        """Reserve the next block if the kiosk is running low; True if one was reserved.
        Raises SharedStoreUnavailable when the database cannot be reached."""
        if not self.policy.wants_more(self.local.numbers_left()):
            return False
        self.local.add_block(self.shared.reserve_block(kiosk_id, self.policy.size, now))
        return True

    def forward(self, limit: int = 50, between: Callable[[Pending], None] | None = None) -> int:
        """Hand waiting messages to the shared database, oldest first, each exactly once: stored
        under its key, then removed here. ``between`` runs after the shared commit and before the
        local removal (the window a crash test aims at). Returns how many were forwarded; stops at
        the first SharedStoreUnavailable (raised to the caller)."""
        done = 0
        for pending in self.local.waiting(limit):
            self.shared.store_keyed(pending.submission, pending.kiosk_id, pending.created_at, pending.reference,
                                    pending.key)
            if between is not None:
                between(pending)
            self.local.remove(pending.key)
            done += 1
        return done


# -- a message as the local outbox seals it -----------------------------------------------------------

def submission_to_json(new: NewSubmission) -> str:
    data: dict[str, Any] = {
        "form_id": new.form_id, "form_version": new.form_version, "form_title": new.form_title,
        "department_id": new.department_id, "department_name": new.department_name,
        "department_email": new.department_email,
        "answers": [[a.field_id, a.label, a.value] for a in new.answers],
        "sender": None if new.sender is None else [new.sender.name, new.sender.email, new.sender.phone],
        "account_id": new.account_id, "policy_versions": new.policy_versions, "language": new.language,
        "open311_service_code": new.open311_service_code, "channels": [c.value for c in new.channels],
        "due_at": None if new.due_at is None else new.due_at.isoformat(),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def submission_from_json(text: str) -> NewSubmission:
    d = json.loads(text)
    return NewSubmission(
        form_id=d["form_id"], form_version=d["form_version"], form_title=d["form_title"],
        department_id=d["department_id"], department_name=d["department_name"],
        department_email=d["department_email"], answers=tuple(Answer(*a) for a in d["answers"]),
        sender=None if d["sender"] is None else Sender(*d["sender"]), account_id=d["account_id"],
        policy_versions=d["policy_versions"], language=d["language"],
        open311_service_code=d["open311_service_code"], channels=tuple(Channel(c) for c in d["channels"]),
        due_at=None if d["due_at"] is None else dt.datetime.fromisoformat(d["due_at"]))
