# SPDX-License-Identifier: Apache-2.0
"""Residents' accounts: register, sign in, recover, terms acceptance, my account.

Qt-free and storage-free: it validates (kiosk.core.validation), hashes (a SecretHasher of
kiosk.core.passwords: Argon2id, unless a test hands in a cheaper one) and stores through an
:class:`AccountRepository` (kiosk.storage.accounts_repo implements it).
Sign-in never says whether the user name or the password was wrong: failures are counted per
user-name key whether or not an account exists, an unknown name costs the same Argon2 time, and
an unknown name gets a decoy security question picked by a keyed hash, always the same one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.core import validation as v
from kiosk.core.accounts import (
    Acceptance,
    AccountView,
    Contact,
    FieldError,
    FieldErrors,
    Licence,
    LockoutPolicy,
    Registration,
    RegistrationRules,
    SignInOutcome,
    SignInResult,
    TermsStatus,
)
from kiosk.core.lockout import FailureStore, Lockout
from kiosk.core.passwords import DEFAULT, SecretHasher
from kiosk.core.policies import PolicyDocument

STEPS = ("username", "password", "security", "contact", "licences")
KEY_MAX = 120      # longest user name key stored; anything longer cannot name an account


def throttle_key(secret: bytes, key: str) -> str:
    """The digest a user name key's failed sign-ins are counted under (AccountService._throttle_key
    says why); staff unlocking an account (kiosk.core.assist_service) clear the same digest."""
    return hmac.new(secret, b"sign-in\0" + key.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


class AccountNotFound(LookupError):
    """No account has this id (e.g. it was removed while a resident was signed in)."""


@dataclass(frozen=True, slots=True)
class NewAccount:
    username: str
    username_key: str
    username_skeleton: str    # validation.username_skeleton: no two accounts look alike
    password_hash: str
    security_question: str
    security_answer_hash: str
    contact: Contact
    licences: tuple[Licence, ...]
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RecoveryStart:
    """The first step of a forgotten password: the question to answer, or that the name is locked
    and until when. A name without an account gets the same shape (a steady decoy question), so
    this step says nothing about which names exist."""

    question: str                               # "" while locked: there is nothing to answer yet
    locked_until: dt.datetime | None = None     # aware UTC; None when not locked

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


@dataclass(frozen=True, slots=True)
class StoredAccount(NewAccount):
    """An account as the repository hands it to the service (hashes included); never to screens."""

    account_id: int
    must_change_password: bool = False          # staff issued a temporary password (kiosk.core.assist_service)
    closed_at: dt.datetime | None = None        # closed: cannot sign in; deleted after the retention period


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A visit's sign-in: the account, its name for the header, and whether new terms come first."""

    account_id: int
    username: str
    needs_terms: bool


class AccountRepository(FailureStore, Protocol):
    """Storage of accounts, and of failed sign-ins for the lockout (FailureStore)."""

    def username_taken(self, key: str, skeleton: str) -> bool:
        """An account has this key, or a name that looks the same (this skeleton)."""

    def create(self, new: NewAccount, acceptance: Acceptance) -> int:
        """Account, licences and acceptance in one transaction; FieldErrors USERNAME_TAKEN when
        another account has the key or the skeleton (two kiosks racing: the database settles it)."""

    def by_key(self, key: str) -> StoredAccount | None: ...

    def get(self, account_id: int) -> StoredAccount:
        """Raises AccountNotFound."""

    def set_password_hash(self, account_id: int, password_hash: str, at: dt.datetime,
                          temporary: bool = False) -> None:
        """``temporary``: must be changed at the next sign-in (staff issued it); a password the
        resident chose clears that."""

    def set_contact(self, account_id: int, contact: Contact, at: dt.datetime) -> None: ...

    def set_licences(self, account_id: int, licences: tuple[Licence, ...], at: dt.datetime) -> None: ...

    def add_acceptance(self, account_id: int, acceptance: Acceptance) -> None: ...

    def latest_acceptance(self, account_id: int, doc_id: str | None = None) -> Acceptance | None: ...

    def record_policy(self, doc: PolicyDocument) -> None:
        """Store this exact text if not stored yet; safe when two kiosks do it at once."""

    def policy_text(self, doc_id: str, version: str, sha256: str) -> str | None: ...

    def secret(self, name: str) -> bytes:
        """A random key shared by every kiosk of this database, made on first use."""


class AccountService:
    def __init__(self, repository: AccountRepository, rules: RegistrationRules, lockout: LockoutPolicy,
                 kiosk_id: str, now: Callable[[], dt.datetime], hasher: SecretHasher | None = None) -> None:
        self._repo = repository
        self._hasher: SecretHasher = hasher or DEFAULT
        self._rules = rules
        self._lockout = Lockout(repository, lockout)
        self._kiosk_id = kiosk_id
        self._clock = now
        self._key: bytes | None = None

    @property
    def rules(self) -> RegistrationRules:
        """What the town asks for; screens mark fields optional and fill choices from it."""
        return self._rules

    # -- registration -------------------------------------------------------------------------------

    def validate_step(self, step: str, draft: Registration) -> dict[str, FieldError]:
        """The errors of one wizard step (empty: go on). The user name step also checks it is free."""
        if step == "username":
            error = v.validate_username(draft.username)
            if error is None and self._taken(draft.username):
                error = FieldError.USERNAME_TAKEN
            return {"username": error} if error else {}
        if step == "password":
            return v.validate_password(draft.password, draft.password_again, draft.username)
        if step == "security":
            return v.validate_security(draft.security_question, draft.security_answer, self._rules.security_questions)
        if step == "contact":
            return v.validate_contact(draft.contact, self._rules.required)
        if step == "licences":
            return v.validate_licences(draft.licences, self._rules.licence_types)
        raise ValueError(f"unknown registration step {step!r}; the steps are {', '.join(STEPS)}")

    def password_strength(self, password: str, username: str = "") -> int:
        """0..4 for the strength meter."""
        return v.password_strength(password, username)

    def register(self, reg: Registration, terms: PolicyDocument) -> AccountView:
        """Validate everything, hash, and store account, licences and the terms acceptance at once.
        Raises FieldErrors (every refused field) and stores nothing then."""
        errors: dict[str, FieldError] = {}
        name_error = v.validate_username(reg.username)
        if name_error is None and self._taken(reg.username):
            name_error = FieldError.USERNAME_TAKEN
        if name_error is not None:
            errors["username"] = name_error
        errors.update(v.validate_password(reg.password, reg.password_again, reg.username))
        errors.update(v.validate_security(reg.security_question, reg.security_answer, self._rules.security_questions))
        contact, contact_errors = v.check_contact(reg.contact, self._rules.required)
        licences, licence_errors = v.check_licences(reg.licences, self._rules.licence_types)
        errors.update(contact_errors)
        errors.update(licence_errors)
        if errors:
            raise FieldErrors(errors)
        now = self._now()
        new = NewAccount(
            username=v.clean_username(reg.username), username_key=v.username_key(reg.username),
            username_skeleton=v.username_skeleton(reg.username),
            password_hash=self._hasher.hash(v.clean_password(reg.password)),
            security_question=reg.security_question,
            security_answer_hash=self._hasher.hash(v.normalise_answer(reg.security_answer)),
            contact=contact, licences=licences, created_at=now,
        )
        self._repo.record_policy(terms)
        account_id = self._repo.create(new, self._acceptance(terms, now))
        return self.account(account_id)

    # -- signing in ---------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> SignInResult:
        return self._sign_in(username, password)[0]

    def _sign_in(self, username: str, password: str) -> tuple[SignInResult, StoredAccount | None]:
        secret = v.clean_password(password)
        result, account = self._check_secret(username, secret, lambda a: a.password_hash)
        if account is not None and self._hasher.needs_rehash(account.password_hash):
            self._repo.set_password_hash(account.account_id, self._hasher.hash(secret), self._now(),
                                         temporary=account.must_change_password)
        if account is not None and account.must_change_password:
            # Right, but chosen by staff: nothing is signed in until the resident picks their own.
            return SignInResult(SignInOutcome.PASSWORD_CHANGE_NEEDED, account_id=account.account_id), None
        return result, account

    def replace_temporary_password_to_visit(self, username: str, temporary: str, new_password: str,
                                            new_password_again: str, terms: PolicyDocument
                                            ) -> tuple[SignInResult, SignedIn | None]:
        """The step after PASSWORD_CHANGE_NEEDED: the temporary password is checked again (throttled,
        as at sign-in), the new one must pass the registration rules and differ from it; then the
        new one is stored and the resident is signed in, as sign_in_to_visit. Raises FieldErrors
        (the new password) before the temporary one is looked at."""
        errors = v.validate_password(new_password, new_password_again, username)
        if not errors and v.clean_password(new_password) == v.clean_password(temporary):
            errors["password"] = FieldError.PASSWORD_REUSED
        if errors:
            raise FieldErrors(errors)
        result, account = self._check_secret(username, v.clean_password(temporary), lambda a: a.password_hash)
        if account is not None:
            self._repo.set_password_hash(account.account_id, self._hasher.hash(v.clean_password(new_password)),
                                         self._now())
        return result, self._signed_in(account, terms)

    def security_question_for(self, username: str) -> str:
        """The account's question; for an unknown user name the same decoy question every time."""
        key = v.username_key(username)
        account = self._find(key)
        if account is not None:
            return account.security_question
        questions = self._rules.security_questions
        if not questions:
            return ""
        pick = hmac.new(self._secret(), b"decoy-question\0" + key.encode("utf-8", "surrogatepass"), hashlib.sha256)
        return questions[int.from_bytes(pick.digest()[:8], "big") % len(questions)]

    def start_recovery(self, username: str) -> RecoveryStart:
        """Step one of a forgotten password, before anything is typed but the name: the security
        question, or, while the name is locked, until when (so the resident is told at once, not
        after answering). Only looks: nothing is counted toward the lock."""
        locked_until, _ = self._lock_state(self._throttle_key(v.username_key(username)), self._now())
        if locked_until is not None:
            return RecoveryStart(question="", locked_until=locked_until)
        return RecoveryStart(question=self.security_question_for(username))

    def recover(self, username: str, answer: str, new_password: str, new_password_again: str) -> SignInResult:
        """A right answer sets the new password and signs in. A wrong one counts toward the lockout.
        An unusable new password raises FieldErrors before the answer is looked at."""
        return self._recover(username, answer, new_password, new_password_again)[0]

    def _recover(self, username: str, answer: str, new_password: str,
                 new_password_again: str) -> tuple[SignInResult, StoredAccount | None]:
        errors = v.validate_password(new_password, new_password_again, username)
        if errors:
            raise FieldErrors(errors)
        result, account = self._check_secret(username, v.normalise_answer(answer), lambda a: a.security_answer_hash)
        if account is not None:
            self._repo.set_password_hash(account.account_id, self._hasher.hash(v.clean_password(new_password)), self._now())
        return result, account

    def _check_secret(self, username: str, secret: str,
                      stored: Callable[[StoredAccount], str]) -> tuple[SignInResult, StoredAccount | None]:
        """One throttled check of a password or security answer: a locked name is refused first; an
        unknown name costs the same as a known one; a failure counts toward the lock, a success clears it."""
        key = v.username_key(username)
        now = self._now()
        digest = self._throttle_key(key)
        locked_until, _ = self._lock_state(digest, now)
        if locked_until is not None:
            return SignInResult(SignInOutcome.LOCKED, locked_until=locked_until, attempts_left=0), None
        account = self._find(key)
        if account is None:
            self._hasher.dummy_verify(secret)
            return self._failed(digest, now), None
        if not self._hasher.verify(stored(account), secret):
            return self._failed(digest, now), None
        self._lockout.succeeded(digest)
        return SignInResult(SignInOutcome.SIGNED_IN, account_id=account.account_id), account

    # -- terms --------------------------------------------------------------------------------------

    def record_policy(self, doc: PolicyDocument) -> None:
        """Keep this version's exact text forever (call at start for every version in the pack)."""
        self._repo.record_policy(doc)

    def terms_status(self, account_id: int, current: PolicyDocument) -> TermsStatus:
        accepted = self._repo.latest_acceptance(account_id, current.doc_id)
        if accepted is None:
            return TermsStatus(needs_acceptance=True, accepted=None, accepted_text=None)
        same = (accepted.version, accepted.sha256) == (current.version, current.sha256)
        return TermsStatus(needs_acceptance=not same, accepted=accepted,
                           accepted_text=self._repo.policy_text(accepted.doc_id, accepted.version, accepted.sha256))

    def accept_terms(self, account_id: int, doc: PolicyDocument) -> Acceptance:
        self._repo.record_policy(doc)
        acceptance = self._acceptance(doc, self._now())
        self._repo.add_acceptance(account_id, acceptance)
        return acceptance

    def sign_in_to_visit(self, username: str, password: str, terms: PolicyDocument) -> tuple[SignInResult, SignedIn | None]:
        """Sign-in, and on success what the visit needs to go on (one trip off the GUI thread)."""
        result, account = self._sign_in(username, password)
        return result, self._signed_in(account, terms)

    def recover_to_visit(self, username: str, answer: str, new_password: str, new_password_again: str,
                         terms: PolicyDocument) -> tuple[SignInResult, SignedIn | None]:
        """A new password set with the security answer signs the resident in, as sign_in_to_visit."""
        result, account = self._recover(username, answer, new_password, new_password_again)
        return result, self._signed_in(account, terms)

    def _signed_in(self, account: StoredAccount | None, terms: PolicyDocument) -> SignedIn | None:
        """Who signed in (the account the secret matched, None: nobody), and whether the town's
        current terms await their acceptance first."""
        if account is None:
            return None
        status = self.terms_status(account.account_id, terms)
        return SignedIn(account.account_id, account.username, status.needs_acceptance)

    # -- my account ---------------------------------------------------------------------------------

    def account(self, account_id: int) -> AccountView:
        stored = self._repo.get(account_id)
        return AccountView(
            account_id=stored.account_id, username=stored.username, contact=stored.contact,
            licences=stored.licences, security_question=stored.security_question, created_at=stored.created_at,
            terms=self._repo.latest_acceptance(account_id),
        )

    def update_contact(self, account_id: int, contact: Contact) -> AccountView:
        cleaned, errors = v.check_contact(contact, self._rules.required)
        if errors:
            raise FieldErrors(errors)
        self._repo.set_contact(account_id, cleaned, self._now())
        return self.account(account_id)

    def set_licences(self, account_id: int, licences: tuple[Licence, ...] | list[Licence]) -> AccountView:
        cleaned, errors = v.check_licences(licences, self._rules.licence_types)
        if errors:
            raise FieldErrors(errors)
        self._repo.set_licences(account_id, cleaned, self._now())
        return self.account(account_id)

    def change_password(self, account_id: int, current: str, new: str, again: str) -> None:
        """A wrong current password counts toward the lockout (a walk-up at an unattended,
        signed-in kiosk must not get unlimited guesses); while locked, ACCOUNT_LOCKED."""
        stored = self._repo.get(account_id)
        now = self._now()
        digest = self._throttle_key(stored.username_key)
        if self._lock_state(digest, now)[0] is not None:
            raise FieldErrors({"current_password": FieldError.ACCOUNT_LOCKED})
        errors = v.validate_password(new, again, stored.username)
        if not self._hasher.verify(stored.password_hash, v.clean_password(current)):
            errors["current_password"] = FieldError.PASSWORD_WRONG
            self._failed(digest, now)
        if errors:
            raise FieldErrors(errors)
        self._repo.set_password_hash(account_id, self._hasher.hash(v.clean_password(new)), now)

    # -- failed attempts ----------------------------------------------------------------------------

    def forget_expired_failures(self) -> int:
        """Delete the failures that neither count toward a lock nor hold one any more (see
        _throttle_key for why, and for how long); returns how many. The kiosk calls it every minute."""
        return self._lockout.forget_expired(self._now())

    # -- helpers ------------------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        """Aware UTC; a naive clock (dt.datetime.now) is read as the machine's local time."""
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)

    def _acceptance(self, doc: PolicyDocument, at: dt.datetime) -> Acceptance:
        return Acceptance(doc_id=doc.doc_id, version=doc.version, sha256=doc.sha256, accepted_at=at,
                          kiosk_id=self._kiosk_id)

    def _taken(self, username: str) -> bool:
        """The name, or one that looks the same, has an account. A look-alike gets the same answer
        as the name itself: which account it resembles is no business of the resident's."""
        return self._repo.username_taken(v.username_key(username), v.username_skeleton(username))

    def _find(self, key: str) -> StoredAccount | None:
        """The open account of this key. A closed one is as good as absent (it keeps its name
        taken, so nobody else takes it, until retention deletes it)."""
        if not key or len(key) > KEY_MAX or v.validate_username(key) is FieldError.BAD_CHARACTERS:
            return None
        account = self._repo.by_key(key)
        return None if account is None or account.closed_at is not None else account

    def _secret(self) -> bytes:
        if self._key is None:
            self._key = self._repo.secret("accounts")
        return self._key

    def _throttle_key(self, key: str) -> str:
        """What failures are counted under: a keyed hash, so the table never holds a typed name.

        The key is in the same database (kiosk_secrets), so whoever reads the database can test a
        guessed name against a stored hash: the hash hides names from a glance, not from a guess.
        So it is kept only while the lockout needs it. A failure counts toward a lock for
        ``window`` after it; the failure that completes a streak also holds the lock, so it stays
        until the lock ends (and its window has passed). Then it is deleted, by the next failure
        of any name or by the kiosk's sweep (forget_expired_failures, every minute), whichever
        comes first; a successful sign-in deletes its name's failures at once."""
        return throttle_key(self._secret(), key)

    def _lock_state(self, digest: str, now: dt.datetime) -> tuple[dt.datetime | None, int]:
        """(locked until, tries left): see kiosk.core.lockout."""
        state = self._lockout.state(digest, now)
        return state.locked_until, state.attempts_left

    def _failed(self, digest: str, now: dt.datetime) -> SignInResult:
        state = self._lockout.failed(digest, now)
        if state.locked:
            return SignInResult(SignInOutcome.LOCKED, locked_until=state.locked_until, attempts_left=0)
        return SignInResult(SignInOutcome.FAILED, attempts_left=state.attempts_left)
