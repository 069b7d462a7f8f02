# SPDX-License-Identifier: Apache-2.0
"""Staff accounts: add, disable, reset a password, require and enrol TOTP, sign in.

Qt-free and storage-free: it hashes through an injected hasher (Argon2id, kiosk.core.passwords),
counts failures with the residents' lockout (kiosk.core.lockout, under digests of its own), and
stores through a :class:`StaffRepository`, which writes each change and its audit entry
(kiosk.core.audit) in one transaction: no staff change without its entry, no entry for a change
that did not happen. Sign-in failures are audited too, as are TOTP enrolments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from typing import Protocol

import pyotp

from kiosk.core import validation as v
from kiosk.core.accounts import FieldErrors, LockoutPolicy
from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.lockout import FailureStore, Lockout
from kiosk.core.passwords import DEFAULT, SecretHasher
from kiosk.core.staff import (
    Actor,
    NewStaff,
    StaffMember,
    StaffNotFound,
    StaffRefusal,
    StaffRefused,
    StaffRole,
    StaffSignInOutcome,
    StaffSignInResult,
    StoredStaff,
    TotpEnrolment,
)

# Staff user names are typed at a front desk and read in the audit log: plain ASCII, no look-alikes.
USERNAME_PATTERN = re.compile(r"[a-z][a-z0-9._-]{2,39}")
NAME_MAX = 120
# A temporary password is read off a slip of paper: no 0/O, 1/l/I, in groups of four.
_TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TOTP_VALID_WINDOW = 1          # the step before and after too: a clock 30 s off still signs in
RECORD = "staff"


class StaffRepository(FailureStore, Protocol):
    """Staff accounts, and failed staff sign-ins (FailureStore). Every method that changes an account
    also appends its audit event to the audit log, in the same transaction."""

    def by_key(self, key: str) -> StoredStaff | None: ...

    def all(self) -> list[StoredStaff]:
        """Every staff account, by user name."""

    def create(self, new: NewStaff, audit: Callable[[int], AuditEvent]) -> int:
        """Store the account and ``audit(new id)``; StaffRefused USERNAME_TAKEN if the key is taken
        (two kiosks adding one name at once: the database settles it)."""

    def set_password(self, staff_id: int, password_hash: str, must_change: bool, at: dt.datetime,
                     audit: AuditEvent | None) -> None:
        """``audit`` None: a rehash after sign-in, not a staff action."""

    def disable(self, staff_id: int, at: dt.datetime, audit: AuditEvent) -> None: ...

    def set_totp_pending(self, staff_id: int, secret: str, at: dt.datetime, audit: AuditEvent) -> None:
        """A new secret, not asked for yet (a secret already in use stays in use until it is confirmed)."""

    def confirm_totp(self, staff_id: int, secret: str, at: dt.datetime, audit: AuditEvent) -> None:
        """The pending secret becomes the one asked for at sign-in."""

    def set_totp_required(self, staff_id: int, required: bool, at: dt.datetime, audit: AuditEvent) -> None: ...

    def claim_totp_step(self, staff_id: int, step: int) -> bool:
        """Mark this TOTP time step used; False if it (or a later one) was used already, so one
        code signs in once, even at two kiosks at once."""

    def signed_in(self, staff_id: int, at: dt.datetime, audit: AuditEvent) -> None: ...

    def record(self, event: AuditEvent) -> None:
        """An audit entry that goes with no change (a failed sign-in)."""

    def secret(self, name: str) -> bytes:
        """A random key shared by every kiosk of this database, made on first use."""


class StaffService:
    def __init__(self, repository: StaffRepository, lockout: LockoutPolicy, kiosk_id: str,
                 now: Callable[[], dt.datetime], hasher: SecretHasher = DEFAULT,
                 totp_issuer: str = "Town Hall Kiosk") -> None:
        self._repo = repository
        self._lockout = Lockout(repository, lockout)
        self._kiosk_id = kiosk_id
        self._clock = now
        self._hasher = hasher
        self._issuer = totp_issuer
        self._key: bytes | None = None

    # -- managing staff (supervisors, and the command line) ------------------------------------------

    def list(self) -> list[StaffMember]:
        return [s.member() for s in self._repo.all()]

    def get(self, username: str) -> StaffMember:
        return self._stored(username).member()

    def add(self, by: Actor, username: str, display_name: str, role: StaffRole, password: str,
            password_again: str) -> StaffMember:
        """A new account whose first password was chosen by someone else: it must be changed at the
        first sign-in. Raises StaffRefused or FieldErrors (the password), and stores nothing then."""
        self._allowed(by)
        key = _key(username)
        if not USERNAME_PATTERN.fullmatch(key):
            raise StaffRefused(StaffRefusal.USERNAME_INVALID)
        name = " ".join(display_name.split())
        if not name or len(name) > NAME_MAX or not name.isprintable():
            raise StaffRefused(StaffRefusal.NAME_INVALID)
        errors = v.validate_password(password, password_again, key)
        if errors:
            raise FieldErrors(errors)
        now = self._now()
        new = NewStaff(username=key, username_key=key, display_name=name, role=role,
                       password_hash=self._hasher.hash(v.clean_password(password)), must_change_password=True,
                       created_at=now)
        self._repo.create(new, lambda staff_id: self._event(by, AuditAction.STAFF_ADDED, staff_id, now,
                                                            f"role {role.value}"))
        return self.get(key)

    def disable(self, by: Actor, username: str) -> StaffMember:
        """The account can no longer sign in; it stays, as the audit log names it. Not one's own:
        a supervisor who did it by mistake could not undo it, and might be the last one."""
        self._allowed(by)
        stored = self._stored(username)
        if by.role is not None and by.name == stored.username:
            raise StaffRefused(StaffRefusal.NOT_YOURSELF)
        if stored.disabled_at is not None:
            raise StaffRefused(StaffRefusal.ALREADY_DISABLED)
        now = self._now()
        self._repo.disable(stored.staff_id, now, self._event(by, AuditAction.STAFF_DISABLED, stored.staff_id, now))
        return self.get(username)

    def reset_password(self, by: Actor, username: str) -> str:
        """A one-time temporary password (returned once, to be handed over on paper), which must be
        changed at the next sign-in. Also lifts a lock: the person is at the desk."""
        self._allowed(by)
        stored = self._stored(username)
        temporary = "-".join("".join(secrets.choice(_TEMP_ALPHABET) for _ in range(4)) for _ in range(4))
        now = self._now()
        self._repo.set_password(stored.staff_id, self._hasher.hash(temporary), True, now,
                                self._event(by, AuditAction.STAFF_PASSWORD_RESET, stored.staff_id, now))
        self._lockout.succeeded(self._throttle_key(stored.username_key))
        return temporary

    def require_totp(self, by: Actor, username: str, required: bool = True) -> StaffMember:
        """A supervisor asks for (or stops asking for) a one-time code at this person's sign-in."""
        self._allowed(by)
        stored = self._stored(username)
        now = self._now()
        self._repo.set_totp_required(stored.staff_id, required, now, self._event(
            by, AuditAction.STAFF_TOTP_REQUIRED, stored.staff_id, now, "required" if required else "not required"))
        return self.get(username)

    # -- two-factor sign-in --------------------------------------------------------------------------

    def enrol_totp(self, by: Actor, username: str) -> TotpEnrolment:
        """A new secret for an authenticator app (shown as a QR code of ``provisioning_uri``). It is
        asked for at sign-in only once confirm_totp has seen a right code from it."""
        if by.name != _key(username):
            self._allowed(by)
        stored = self._stored(username)
        secret = pyotp.random_base32()
        now = self._now()
        self._repo.set_totp_pending(stored.staff_id, secret, now,
                                    self._event(by, AuditAction.STAFF_TOTP_ENROLLED, stored.staff_id, now))
        uri = pyotp.TOTP(secret).provisioning_uri(name=stored.username, issuer_name=self._issuer)
        return TotpEnrolment(secret, uri)

    def confirm_totp(self, by: Actor, username: str, code: str) -> StaffMember:
        """The first code from the app: right, and it is asked for at every sign-in from now on."""
        if by.name != _key(username):
            self._allowed(by)
        stored = self._stored(username)
        if stored.totp_pending is None:
            raise StaffRefused(StaffRefusal.TOTP_NOT_STARTED)
        if not self._totp_ok(stored.staff_id, stored.totp_pending, code):
            raise StaffRefused(StaffRefusal.TOTP_WRONG)
        now = self._now()
        self._repo.confirm_totp(stored.staff_id, stored.totp_pending, now,
                                self._event(by, AuditAction.STAFF_TOTP_CONFIRMED, stored.staff_id, now))
        return self.get(username)

    # -- signing in ----------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, totp: str | None = None) -> StaffSignInResult:
        """Name and password, then the one-time code where one is set up. A temporary password
        answers PASSWORD_CHANGE_NEEDED (sign in with change_password); a required but missing
        TOTP set-up answers TOTP_ENROLMENT_NEEDED (enrol_totp, confirm_totp, then sign in)."""
        result, stored = self._check(username, password, totp, changing=False)
        if stored is None or result is not None:
            return result or StaffSignInResult(StaffSignInOutcome.FAILED)
        return self._signed_in(stored, "")

    def change_password(self, username: str, current: str, new: str, again: str,
                        totp: str | None = None) -> StaffSignInResult:
        """Sign in with the current (e.g. temporary) password and set a new one. Raises FieldErrors
        for an unusable new password, StaffRefused SAME_PASSWORD for the current one again; either
        way before the current password is tried, so nothing is counted."""
        errors = v.validate_password(new, again, username)
        if errors:
            raise FieldErrors(errors)
        if v.clean_password(new) == v.clean_password(current):
            raise StaffRefused(StaffRefusal.SAME_PASSWORD)
        result, stored = self._check(username, current, totp, changing=True)
        if stored is None or result is not None:
            return result or StaffSignInResult(StaffSignInOutcome.FAILED)
        now = self._now()
        self._repo.set_password(stored.staff_id, self._hasher.hash(v.clean_password(new)), False, now,
                                self._event(Actor(stored.username, stored.role), AuditAction.STAFF_PASSWORD_CHANGED,
                                            stored.staff_id, now))
        return self._signed_in(stored, "with a new password")

    def forget_expired_failures(self) -> int:
        return self._lockout.forget_expired(self._now())

    def _check(self, username: str, password: str, totp: str | None,
               changing: bool) -> tuple[StaffSignInResult | None, StoredStaff | None]:
        """(a result that ends the sign-in here, or None; the account, when name, password and
        code were right). Every failure is counted toward the lock and audited. A temporary
        password ends a sign-in before the code is asked (``changing``: it is being changed), so
        the code is typed once, with the new password."""
        key = _key(username)
        now = self._now()
        digest = self._throttle_key(key)
        state = self._lockout.state(digest, now)
        stored = self._repo.by_key(key) if USERNAME_PATTERN.fullmatch(key) else None
        if state.locked:
            self._audit_failure(stored, now, "locked")
            return StaffSignInResult(StaffSignInOutcome.LOCKED, locked_until=state.locked_until, attempts_left=0), None
        if stored is None:
            self._hasher.dummy_verify(password)
            return self._failed(None, digest, now, "unknown user name"), None
        secret = v.clean_password(password)
        if not self._hasher.verify(stored.password_hash, secret):
            return self._failed(stored, digest, now, "wrong password"), None
        if stored.disabled_at is not None:
            self._audit_failure(stored, now, "disabled")
            return StaffSignInResult(StaffSignInOutcome.DISABLED), None
        if stored.must_change_password and not changing:
            return StaffSignInResult(StaffSignInOutcome.PASSWORD_CHANGE_NEEDED, staff=stored.member()), None
        if stored.totp_secret is not None:
            if not totp:
                return StaffSignInResult(StaffSignInOutcome.TOTP_NEEDED), None
            if not self._totp_ok(stored.staff_id, stored.totp_secret, totp):
                return self._failed(stored, digest, now, "wrong one-time code"), None
        elif stored.totp_required:
            return StaffSignInResult(StaffSignInOutcome.TOTP_ENROLMENT_NEEDED, staff=stored.member()), None
        self._lockout.succeeded(digest)
        if self._hasher.needs_rehash(stored.password_hash):
            self._repo.set_password(stored.staff_id, self._hasher.hash(secret), stored.must_change_password, now, None)
        return None, stored

    def _signed_in(self, stored: StoredStaff, detail: str) -> StaffSignInResult:
        now = self._now()
        self._repo.signed_in(stored.staff_id, now, self._event(Actor(stored.username, stored.role),
                                                               AuditAction.SIGNED_IN, stored.staff_id, now, detail))
        return StaffSignInResult(StaffSignInOutcome.SIGNED_IN, staff=self.get(stored.username))

    def _failed(self, stored: StoredStaff | None, digest: str, now: dt.datetime, why: str) -> StaffSignInResult:
        state = self._lockout.failed(digest, now)
        self._audit_failure(stored, now, why + ("; now locked" if state.locked else ""))
        if state.locked:
            return StaffSignInResult(StaffSignInOutcome.LOCKED, locked_until=state.locked_until, attempts_left=0)
        return StaffSignInResult(StaffSignInOutcome.FAILED, attempts_left=state.attempts_left)

    def _audit_failure(self, stored: StoredStaff | None, now: dt.datetime, why: str) -> None:
        """A failure names the account when the name is one; an unknown name is not written down,
        as what was typed may be a password typed in the wrong field (the log is kept for good)."""
        actor = stored.username if stored is not None else "(unknown name)"
        self._repo.record(AuditEvent(now, actor, AuditAction.SIGN_IN_FAILED, RECORD,
                                     str(stored.staff_id) if stored is not None else "", self._kiosk_id, why))

    def _totp_ok(self, staff_id: int, secret: str, code: str) -> bool:
        """The code of this step or a neighbouring one (TOTP_VALID_WINDOW), never a step used before."""
        code = "".join(code.split())
        totp = pyotp.TOTP(secret)
        step = totp.timecode(self._now())
        for candidate in range(step - TOTP_VALID_WINDOW, step + TOTP_VALID_WINDOW + 1):
            if hmac.compare_digest(totp.generate_otp(candidate), code):
                return self._repo.claim_totp_step(staff_id, candidate)
        return False

    # -- helpers -------------------------------------------------------------------------------------

    def _allowed(self, by: Actor) -> None:
        if not by.may_manage_staff:
            raise StaffRefused(StaffRefusal.NOT_ALLOWED)

    def _stored(self, username: str) -> StoredStaff:
        stored = self._repo.by_key(_key(username))
        if stored is None:
            raise StaffNotFound(username)
        return stored

    def _event(self, by: Actor, action: AuditAction, staff_id: int, at: dt.datetime, detail: str = "") -> AuditEvent:
        return AuditEvent(at, by.name, action, RECORD, str(staff_id), self._kiosk_id, detail)

    def _now(self) -> dt.datetime:
        """Aware UTC; a naive clock is read as the machine's local time."""
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)

    def _secret(self) -> bytes:
        if self._key is None:
            self._key = self._repo.secret("staff")
        return self._key

    def _throttle_key(self, key: str) -> str:
        """Failures are counted under a keyed digest of the name (see AccountService._throttle_key),
        in a domain of its own: a resident and a staff member of one name never share a lock."""
        return hmac.new(self._secret(), b"staff-sign-in\0" + key.encode("utf-8", "surrogatepass"),
                        hashlib.sha256).hexdigest()


def _key(username: str) -> str:
    return username.strip().casefold()
