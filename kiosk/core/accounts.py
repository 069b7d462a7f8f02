# SPDX-License-Identifier: Apache-2.0
"""Residents' accounts: what a resident registers, and what the rest of the kiosk may know of it.

Qt-free. The service (kiosk.core.account_service) validates, hashes and stores through a
repository Protocol; screens get these dataclasses and enums back and turn codes into words.
Passwords and security answers appear here only in the dataclasses a screen builds to hand over
once; nothing here keeps them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from kiosk.core.refusals import Refusal


class FieldError(enum.Enum):
    """Why a field was refused; the UI says it in plain words next to the field."""

    REQUIRED = "required"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARACTERS = "bad_characters"        # control characters, NUL, characters not allowed here
    USERNAME_TAKEN = "username_taken"
    USERNAME_MIXED_SCRIPTS = "username_mixed_scripts"   # look-alike letters from several alphabets
    PASSWORD_MISMATCH = "password_mismatch"
    PASSWORD_COMMON = "password_common"
    PASSWORD_WEAK = "password_weak"
    PASSWORD_HAS_USERNAME = "password_has_username"
    PASSWORD_WRONG = "password_wrong"        # change password: the current one is not right
    PASSWORD_REUSED = "password_reused"      # a temporary password must be replaced by another
    ACCOUNT_LOCKED = "account_locked"        # change password: too many wrong tries, wait for the lock to end
    QUESTION_UNKNOWN = "question_unknown"    # not one of the town's questions
    PHONE_INVALID = "phone_invalid"
    EMAIL_INVALID = "email_invalid"
    STATE_UNKNOWN = "state_unknown"
    ZIP_INVALID = "zip_invalid"
    ZIP_NOT_IN_STATE = "zip_not_in_state"
    LICENCE_TYPE_UNKNOWN = "licence_type_unknown"
    DUPLICATE_LICENCE = "duplicate_licence"


class FieldErrors(Refusal):
    """Every refused field at once (field name -> reason), so the other fields are kept as typed."""

    def __init__(self, errors: dict[str, FieldError]) -> None:
        super().__init__(", ".join(f"{k}: {v.value}" for k, v in errors.items()))
        self.errors = errors


# Field names, as used in FieldErrors and in the pack's `[registration] required` list.
from kiosk.core.fields import CONTACT_FIELDS as CONTACT_FIELDS  # noqa: E402 - re-exported for screens and validators


@dataclass(frozen=True, slots=True)
class Contact:
    first_name: str = ""
    last_name: str = ""
    street: str = ""
    city: str = ""
    state: str = ""       # two-letter USPS code
    zip_code: str = ""
    phone: str = ""       # stored in E.164 (+12035551234) once validated
    email: str = ""       # stored normalised once validated


@dataclass(frozen=True, slots=True)
class Licence:
    kind: str             # one of the pack's licence types
    number: str
    state: str            # issuing state, two-letter code


@dataclass(frozen=True, slots=True)
class Registration:
    username: str
    password: str
    password_again: str
    security_question: str
    security_answer: str
    contact: Contact
    licences: tuple[Licence, ...] = ()


@dataclass(frozen=True, slots=True)
class Acceptance:
    doc_id: str
    version: str
    sha256: str
    accepted_at: dt.datetime
    kiosk_id: str


@dataclass(frozen=True, slots=True)
class AccountView:
    """What screens may show of an account: never a hash, never the security answer."""

    account_id: int
    username: str
    contact: Contact
    licences: tuple[Licence, ...]
    security_question: str
    created_at: dt.datetime
    terms: Acceptance | None = None       # the latest terms acceptance


class SignInOutcome(enum.Enum):
    SIGNED_IN = "signed_in"
    FAILED = "failed"        # never says whether the user name or the password was wrong
    LOCKED = "locked"
    # The password was right, but staff issued it (a temporary password): the resident chooses a
    # new one (AccountService.replace_temporary_password_to_visit) before anything else.
    PASSWORD_CHANGE_NEEDED = "password_change_needed"


@dataclass(frozen=True, slots=True)
class SignInResult:
    outcome: SignInOutcome
    account_id: int | None = None
    locked_until: dt.datetime | None = None
    attempts_left: int | None = None      # before the lock; None when not counting


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    attempts: int = 5
    window: dt.timedelta = field(default=dt.timedelta(minutes=15))
    lock_for: dt.timedelta = field(default=dt.timedelta(minutes=15))


@dataclass(frozen=True, slots=True)
class RegistrationRules:
    """What the town's pack asks for (data minimisation: everything else is optional)."""

    required: frozenset[str]          # subset of CONTACT_FIELDS
    security_questions: tuple[str, ...]
    licence_types: tuple[str, ...]
    town_state: str


@dataclass(frozen=True, slots=True)
class TermsStatus:
    needs_acceptance: bool
    accepted: Acceptance | None        # the latest acceptance, if any
    accepted_text: str | None          # the exact text of that version, kept forever, for the diff
