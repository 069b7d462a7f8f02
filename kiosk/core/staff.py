# SPDX-License-Identifier: Apache-2.0
"""Front-desk staff: who they are, what their role lets them do, and what a sign-in answers.

Qt-free and storage-free, like kiosk.core.accounts: the service (kiosk.core.staff_service) hands
these dataclasses and enums to the console and the command line, which turn codes into words. No
dataclass here holds a password hash or a TOTP secret except StoredStaff, which only the service sees.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class StaffRole(enum.StrEnum):
    ASSISTANT = "assistant"      # helps residents and works the queue
    SUPERVISOR = "supervisor"    # also manages staff, publishes policies, exports an account


class StaffNotFound(LookupError):
    """No staff account has this user name (or id)."""


class StaffRefusal(enum.Enum):
    """Why the service refused a staff action; the console and kiosk-admin say it in words."""

    NOT_ALLOWED = "not_allowed"                # the acting person's role may not do this
    USERNAME_TAKEN = "username_taken"
    USERNAME_INVALID = "username_invalid"      # 3-40 of a-z 0-9 . _ -, starting with a letter
    NAME_INVALID = "name_invalid"              # the display name: 1-120 printable characters
    ALREADY_DISABLED = "already_disabled"
    NOT_YOURSELF = "not_yourself"              # a supervisor cannot disable their own account
    SAME_PASSWORD = "same_password"            # a temporary password must be replaced by another
    TOTP_NOT_STARTED = "totp_not_started"      # confirm_totp before enrol_totp
    TOTP_WRONG = "totp_wrong"                  # the code shown by the app does not match


class StaffRefused(Exception):
    def __init__(self, reason: StaffRefusal, detail: str = "") -> None:
        super().__init__(reason.value + (f": {detail}" if detail else ""))
        self.reason = reason


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A staff account as screens and kiosk-admin may see it."""

    staff_id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool
    must_change_password: bool      # a temporary password: replace it at the next sign-in
    totp_required: bool             # a supervisor asked for two-factor sign-in
    totp_enrolled: bool             # an authenticator app is set up (and then always asked for)
    created_at: dt.datetime
    last_sign_in_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does a staff action, for the role check and the audit log: a signed-in staff member,
    or the town's IT at the command line (who holds the database anyway, so may do anything)."""

    name: str
    role: StaffRole | None          # None: the command line

    @classmethod
    def staff(cls, member: StaffMember) -> Actor:
        return cls(member.username, member.role)

    @classmethod
    def command_line(cls, os_user: str) -> Actor:
        return cls(f"kiosk-admin:{os_user}", None)

    @property
    def may_manage_staff(self) -> bool:
        return self.role is None or self.role is StaffRole.SUPERVISOR


class StaffSignInOutcome(enum.Enum):
    SIGNED_IN = "signed_in"
    FAILED = "failed"                            # never says whether the name, password or code was wrong
    LOCKED = "locked"
    DISABLED = "disabled"                        # the password was right, but the account is disabled
    TOTP_NEEDED = "totp_needed"                  # the password was right: now the authenticator's code
    TOTP_ENROLMENT_NEEDED = "totp_enrolment_needed"   # required by a supervisor, not yet set up: enrol first
    PASSWORD_CHANGE_NEEDED = "password_change_needed"  # a temporary password: change_password first


@dataclass(frozen=True, slots=True)
class StaffSignInResult:
    outcome: StaffSignInOutcome
    staff: StaffMember | None = None             # set on SIGNED_IN, TOTP_ENROLMENT_NEEDED, PASSWORD_CHANGE_NEEDED
    locked_until: dt.datetime | None = None
    attempts_left: int | None = None


@dataclass(frozen=True, slots=True)
class TotpEnrolment:
    """What the console shows as a QR code (``provisioning_uri``) and, for typing in by hand, the secret."""

    secret: str
    provisioning_uri: str


@dataclass(frozen=True, slots=True)
class NewStaff:
    username: str
    username_key: str
    display_name: str
    role: StaffRole
    password_hash: str
    must_change_password: bool
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class StoredStaff(NewStaff):
    """A staff account as the repository hands it to the service (hash and TOTP secret included)."""

    staff_id: int
    disabled_at: dt.datetime | None
    totp_secret: str | None          # base32; the one asked for at sign-in (None: no two-factor sign-in)
    totp_pending: str | None         # enrolled, not yet confirmed by a right code
    totp_enrolled_at: dt.datetime | None
    totp_required: bool
    last_sign_in_at: dt.datetime | None

    def member(self) -> StaffMember:
        return StaffMember(
            staff_id=self.staff_id, username=self.username, display_name=self.display_name, role=self.role,
            active=self.disabled_at is None, must_change_password=self.must_change_password,
            totp_required=self.totp_required, totp_enrolled=self.totp_secret is not None,
            created_at=self.created_at, last_sign_in_at=self.last_sign_in_at)
