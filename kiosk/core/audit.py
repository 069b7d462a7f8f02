# SPDX-License-Identifier: Apache-2.0
"""The audit log of staff actions: who did what to which record, when, at which kiosk.

Tamper-evident: every entry carries ``prev_hash``, the ``row_hash`` of the entry before it (the
first one: GENESIS), and its own ``row_hash``, the SHA-256 of its canonical form, which includes
``prev_hash``. Editing an entry changes its hash and breaks the link from the next one; removing
entries leaves a gap in ``seq`` or a head (the last seq and hash, kept beside the log) that no entry
matches. The database refuses UPDATE and DELETE on the log by triggers (db/versions/0010); the
chain is what shows it when someone with the rights to drop a trigger edits a row anyway.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Where the chain starts: a fixed value, so an empty log and a log whose first rows were cut
# differ. (SHA-256 of "Town Hall Kiosk audit log, genesis".)
GENESIS = hashlib.sha256(b"Town Hall Kiosk audit log, genesis").hexdigest()
CANONICAL_VERSION = "kiosk-audit-1"    # a later change to the canonical form gets a new tag


class AuditAction(enum.StrEnum):
    """What was done. Stored as the string, so later work adds actions without a migration."""

    STAFF_ADDED = "staff.added"
    STAFF_DISABLED = "staff.disabled"
    STAFF_PASSWORD_RESET = "staff.password_reset"        # a temporary password issued
    STAFF_PASSWORD_CHANGED = "staff.password_changed"
    STAFF_TOTP_REQUIRED = "staff.totp_required"
    STAFF_TOTP_ENROLLED = "staff.totp_enrolled"          # a secret made, the QR code shown
    STAFF_TOTP_CONFIRMED = "staff.totp_confirmed"        # the first code matched: asked at every sign-in now
    SIGNED_IN = "staff.signed_in"
    SIGN_IN_FAILED = "staff.sign_in_failed"
    POLICY_PUBLISHED = "policy.published"                # a new version of the terms or the privacy policy
    POLICY_ACCEPTANCES_VIEWED = "policy.acceptances_viewed"   # who accepted a version: residents' names read
    ACCOUNT_ACCEPTANCES_VIEWED = "account.acceptances_viewed"  # which versions one resident accepted
    ACCOUNT_SEARCHED = "account.searched"            # which accounts a search showed (never what was typed)
    ACCOUNT_UNLOCKED = "account.unlocked"
    ACCOUNT_TEMPORARY_PASSWORD = "account.temporary_password"   # issued, to be changed at the next sign-in
    ACCOUNT_CONTACT_CORRECTED = "account.contact_corrected"     # detail: the fields changed, not their values
    ACCOUNT_CLOSED = "account.closed"
    ACCOUNT_EXPORTED = "account.exported"            # a records request answered
    RETENTION_RUN = "retention.run"                  # detail: what was (or, on a dry run, would be) deleted
    # the staff queue (kiosk.core.queue_service); record_kind "submission", record_id its reference
    SUBMISSION_STATE = "submission.state"
    SUBMISSION_ASSIGNED = "submission.assigned"
    SUBMISSION_REDIRECTED = "submission.redirected"
    SUBMISSION_NOTE = "submission.note"                  # an internal note added (its text is not logged)
    SUBMISSION_RESPONSE = "submission.response"          # a response to the resident kept (and e-mailed)
    SUBMISSION_RETRY = "submission.delivery_retry"
    SUBMISSION_PRINTED = "submission.printed"
    STATISTICS_EXPORTED = "statistics.exported"          # record_id: the date range; detail: csv or pdf
    SIGNED_OUT = "staff.signed_out"                      # Sign out, Back to the kiosk, or the idle lock
    # Running the kiosk (kiosk.core.kiosk_control): record "kiosk", id the kiosk's own
    KIOSK_VISIT_ENDED = "kiosk.visit_ended"              # "End the visit now" (also when the console opened)
    KIOSK_OUT_OF_SERVICE = "kiosk.out_of_service"        # detail: the message residents read
    KIOSK_IN_SERVICE = "kiosk.in_service"
    KIOSK_TEST_PAGE = "kiosk.test_page"
    KIOSK_CHECKED = "kiosk.checked"                      # database, printer, e-mail: detail says which answered
    KIOSK_EXITED = "kiosk.exited_to_desktop"             # a supervisor left kiosk mode
    KIOSK_RESTARTED = "kiosk.restarted"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One staff action as a service reports it; the log gives it its place in the chain."""

    at: dt.datetime                # aware UTC
    actor: str                     # a staff user name, or kiosk-admin:<OS user>
    action: str                    # an AuditAction value
    record_kind: str               # e.g. "staff", "submission", "account"
    record_id: str                 # "" when the action names no record (an unknown user name)
    kiosk_id: str
    detail: str = ""               # a few words; never a password, a code or what a resident typed


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int                       # 1, 2, 3, ... without gaps
    event: AuditEvent
    prev_hash: str
    row_hash: str


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The last entry's seq and row_hash, kept in a row of their own beside the log."""

    seq: int
    row_hash: str


def canonical(seq: int, event: AuditEvent, prev_hash: str) -> bytes:
    """The bytes an entry's hash is taken of: a JSON array in a fixed order, UTC to the microsecond."""
    at = event.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fields = [CANONICAL_VERSION, seq, at, event.kiosk_id, event.actor, str(event.action), event.record_kind,
              event.record_id, event.detail, prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def row_hash(seq: int, event: AuditEvent, prev_hash: str) -> str:
    return hashlib.sha256(canonical(seq, event, prev_hash)).hexdigest()


def chained(head: ChainHead | None, event: AuditEvent) -> AuditEntry:
    """The entry that follows ``head`` (None: the first)."""
    seq, prev = (1, GENESIS) if head is None else (head.seq + 1, head.row_hash)
    return AuditEntry(seq, event, prev, row_hash(seq, event, prev))


class Break(enum.Enum):
    """Why the chain does not hold at an entry."""

    ALTERED = "altered"            # the entry is not what its hash was taken of: it was edited
    LINK = "link"                  # it does not follow the entry before (that one re-hashed, or entries between removed)
    GAP = "gap"                    # seq jumps: entries before this one were removed
    TAIL = "tail"                  # the head names an entry that is not there: the last entries were removed
    HEAD = "head"                  # the log has entries, but no head (the head row was removed)


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int                   # how many entries were read
    first_bad_seq: int | None      # None: intact
    reason: Break | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


def verify_chain(entries: Iterable[AuditEntry], head: ChainHead | None) -> ChainCheck:
    """Check every entry, oldest first, and the head; stops at the first that does not hold."""
    expected_seq, expected_prev, count = 1, GENESIS, 0
    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            return ChainCheck(count, entry.seq, Break.GAP)
        if row_hash(entry.seq, entry.event, entry.prev_hash) != entry.row_hash:
            return ChainCheck(count, entry.seq, Break.ALTERED)
        if entry.prev_hash != expected_prev:
            return ChainCheck(count, entry.seq, Break.LINK)
        expected_seq, expected_prev = entry.seq + 1, entry.row_hash
    if head is None:
        return ChainCheck(count, None) if count == 0 else ChainCheck(count, 1, Break.HEAD)
    if head.seq != expected_seq - 1 or head.row_hash != expected_prev:
        return ChainCheck(count, expected_seq, Break.TAIL)
    return ChainCheck(count, None)


class AuditLog(Protocol):
    def append(self, event: AuditEvent) -> AuditEntry:
        """Add one entry at the end of the chain, in a transaction of its own, serialised with every
        other writer of the same database (two kiosks never give two entries the same seq)."""

    def entries(self) -> Iterable[AuditEntry]:
        """Every entry, oldest first (read in batches: the log grows for years)."""

    def head(self) -> ChainHead | None: ...
