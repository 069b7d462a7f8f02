# SPDX-License-Identifier: Apache-2.0
"""Front-desk staff helping a resident with their account: what staff may see of it, how a typed
search is read, and what an account's records export holds.

Qt-free and storage-free. Nothing here holds a password, a security answer or a hash of either:
:class:`StaffAccountView` is what the console shows, :class:`AccountExport` what a records request
is answered with (it says that the hashes are held, and that they are not disclosed).

Contact details are stored as typed (validated and normalised, not encrypted or hashed: the town
replies to them, and staff correct them), so a search can match them in the database. It matches
derived keys (:func:`name_key`, :func:`email_key`) stored beside them, casefolded and without
accents, so "jose" finds "José" and an index serves the search; the keys tell nothing the row does
not already say. Password and answer hashes are never searched or returned.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from kiosk.core.accounts import Acceptance, Contact, Licence
from kiosk.core.submissions import DeliveryStatus, SubmissionRecord

# A temporary password is read off a slip and typed on the kiosk's keyboard: lower case (no Shift),
# no 0/o, 1/l/i; ten characters (about 49 bits) in two groups of five, within the 8-20 rule.
TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TEMP_GROUPS, TEMP_GROUP_LENGTH = 2, 5
SEARCH_LIMIT = 50
NAME_KEY_MAX = 60
EMAIL_KEY_MAX = 320
WITHHELD = ("password", "security_answer")


class AssistRefusal(enum.Enum):
    NOT_ALLOWED = "not_allowed"            # the staff member's role may not do this
    EMPTY_QUERY = "empty_query"            # nothing to search for
    ALREADY_CLOSED = "already_closed"


class AssistRefused(Exception):
    def __init__(self, reason: AssistRefusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


class QueryKind(enum.StrEnum):
    USERNAME = "username"      # the user name, exactly (or one that looks the same)
    NAME = "name"              # every word the start of the first or the last name
    EMAIL = "email"            # the e-mail address, exactly (case forgiven)


@dataclass(frozen=True, slots=True)
class AccountQuery:
    """A typed search, read once: a text with an @ is an e-mail address; any other is a user name
    and a name at once (staff need not say which)."""

    kinds: tuple[QueryKind, ...]
    username_key: str = ""
    username_skeleton: str = ""
    name_words: tuple[str, ...] = ()      # name_key of each word
    email_key: str = ""


@dataclass(frozen=True, slots=True)
class AccountMatch:
    """One search result: enough to tell two residents of one name apart, nothing secret."""

    account_id: int
    username: str
    first_name: str
    last_name: str
    email: str
    city: str
    created_at: dt.datetime
    closed: bool
    # Locked after failed sign-ins. Set by the service, not the database: the lockout counts a
    # name under a keyed digest (kiosk.core.account_service.throttle_key) only the service makes.
    locked: bool = False


@dataclass(frozen=True, slots=True)
class AccountSearch:
    """What a search found: at most SEARCH_LIMIT matches, and whether more than those match (the
    console then asks for more of the name rather than paging through a town's Smiths)."""

    matches: tuple[AccountMatch, ...]
    more: bool


@dataclass(frozen=True, slots=True)
class StaffAccountView:
    """What the console shows of one account. No password, security answer or question, no hash."""

    account_id: int
    username: str
    contact: Contact
    licences: tuple[Licence, ...]
    created_at: dt.datetime
    terms: Acceptance | None                 # the latest acceptance
    locked_until: dt.datetime | None         # aware UTC; None: not locked
    must_change_password: bool               # a temporary password is waiting to be replaced
    closed_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class TemporaryPassword:
    """What the slip prints: the user name and the password, shown once and never stored as text."""

    username: str
    password: str


@dataclass(frozen=True, slots=True)
class AccountSubmission:
    record: SubmissionRecord
    deliveries: tuple[DeliveryStatus, ...]


@dataclass(frozen=True, slots=True)
class AccountRecords:
    """Everything held about one account but its secrets, as the repository reads it in one go."""

    view: StaffAccountView
    security_question: str
    updated_at: dt.datetime
    acceptances: tuple[Acceptance, ...]       # every one, oldest first
    submissions: tuple[AccountSubmission, ...]  # linked to the account, oldest first
    failed_sign_ins: int                      # failures still counting toward a lock


@dataclass(frozen=True, slots=True)
class AccountExport:
    """The answer to a records request about one account."""

    records: AccountRecords
    generated_at: dt.datetime
    generated_by: str
    town_name: str
    kiosk_id: str


def name_key(value: str) -> str:
    """A name as searched: NFKC, casefolded, accents removed, spaces collapsed."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", value).casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", plain).split())[:NAME_KEY_MAX]


def email_key(value: str) -> str:
    """An e-mail address as searched: the whole address casefolded (mailboxes that differ only in
    case are one mailbox in practice)."""
    return unicodedata.normalize("NFKC", value).strip().casefold()[:EMAIL_KEY_MAX]


def temporary_password() -> str:
    return "-".join("".join(secrets.choice(TEMP_ALPHABET) for _ in range(TEMP_GROUP_LENGTH))
                    for _ in range(TEMP_GROUPS))


def export_json(export: AccountExport) -> str:
    """The export as JSON (UTF-8 text, keys in a fixed order), for the records request's reply."""
    return json.dumps(export_document(export), ensure_ascii=False, indent=2)


def export_document(export: AccountExport) -> dict[str, Any]:
    r, view = export.records, export.records.view
    return {
        "export": {"kind": "town-hall-kiosk account records", "version": 1,
                   "generated_at": _iso(export.generated_at), "generated_by": export.generated_by,
                   "town": export.town_name, "kiosk_id": export.kiosk_id},
        "account": {"account_id": view.account_id, "username": view.username,
                    "created_at": _iso(view.created_at), "updated_at": _iso(r.updated_at),
                    "closed_at": _iso(view.closed_at), "security_question": r.security_question,
                    "temporary_password_pending": view.must_change_password},
        "contact": _fields(view.contact),
        "licences": [{"kind": lic.kind, "number": lic.number, "state": lic.state} for lic in view.licences],
        "terms_acceptances": [{"doc_id": a.doc_id, "version": a.version, "sha256": a.sha256,
                               "accepted_at": _iso(a.accepted_at), "kiosk_id": a.kiosk_id} for a in r.acceptances],
        "submissions": [_submission(s) for s in r.submissions],
        "sign_in": {"locked_until": _iso(view.locked_until), "failed_attempts_counting": r.failed_sign_ins},
        "withheld": {
            "held_not_disclosed": list(WITHHELD),
            "statement": ("The account's password and security answer are held only as one-way Argon2id hashes. "
                          "They are not disclosed: a hash is not the password or the answer, and disclosing it "
                          "would let anyone holding it guess them offline."),
        },
    }


def _submission(s: AccountSubmission) -> dict[str, Any]:
    rec, sub = s.record, s.record.submission
    sender = sub.sender
    return {
        "reference": rec.reference, "created_at": _iso(rec.created_at), "kiosk_id": rec.kiosk_id,
        "status": rec.status, "form_id": sub.form_id, "form_version": sub.form_version,
        "form_title": sub.form_title, "department": sub.department_name, "language": sub.language,
        "sender": None if sender is None else {"name": sender.name, "email": sender.email, "phone": sender.phone},
        "answers": [{"field_id": a.field_id, "label": a.label, "value": a.value} for a in sub.answers],
        "policy_versions": dict(sub.policy_versions),
        "history": [{"status": h.status, "at": _iso(h.at), "note": h.note} for h in rec.history],
        "deliveries": [{"channel": d.channel.value, "state": d.state.value, "attempts": d.attempts,
                        "delivered_at": _iso(d.delivered_at)} for d in s.deliveries],
    }


def _fields(contact: Contact) -> dict[str, str]:
    from dataclasses import asdict

    return asdict(contact)


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(dt.UTC).isoformat()
