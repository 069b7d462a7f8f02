# SPDX-License-Identifier: Apache-2.0
"""Front-desk staff assisting a resident: find the account, unlock it, issue a temporary password,
correct contact details, close it, and export everything held about it (a records request).

Qt-free and storage-free, like kiosk.core.staff_service. Authorisation is here, by the Actor's role:
any staff member may assist; only a supervisor (or kiosk-admin) closes or exports an account. Every
action writes an audit row (kiosk.core.audit) through the repository, in the same transaction as
the change it records; a search is audited too (which accounts were shown, not what was typed).
Staff never see a password or a security answer: views and exports carry neither, nor their hashes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Protocol

from kiosk.core import validation as v
from kiosk.core.account_service import AccountRepository, StoredAccount, throttle_key
from kiosk.core.accounts import CONTACT_FIELDS, Acceptance, Contact, FieldErrors, LockoutPolicy, RegistrationRules
from kiosk.core.assist import (
    SEARCH_LIMIT,
    AccountExport,
    AccountMatch,
    AccountQuery,
    AccountRecords,
    AccountSearch,
    AccountSubmission,
    AssistRefusal,
    AssistRefused,
    QueryKind,
    StaffAccountView,
    TemporaryPassword,
    email_key,
    name_key,
    temporary_password,
)
from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.lockout import Lockout
from kiosk.core.passwords import DEFAULT, SecretHasher
from kiosk.core.staff import Actor, StaffRole

RECORD = "account"


class AssistRepository(AccountRepository, Protocol):
    """The accounts repository, plus what staff do; each change is written with its audit event."""

    def search(self, query: AccountQuery, limit: int) -> list[AccountMatch]:
        """Accounts matching any of the query's kinds, by user name, in the database."""

    def clear_lock(self, key_digest: str, audit: AuditEvent) -> None: ...

    def set_temporary_password(self, account_id: int, password_hash: str, key_digest: str, at: dt.datetime,
                               audit: AuditEvent) -> None:
        """The hash, marked must-change, and the name's failures cleared: one transaction."""

    def correct_contact(self, account_id: int, contact: Contact, at: dt.datetime, audit: AuditEvent) -> None: ...

    def close(self, account_id: int, at: dt.datetime, audit: AuditEvent) -> None: ...

    def records_of(self, account_id: int) -> tuple[tuple[AccountSubmission, ...], tuple[Acceptance, ...], dt.datetime]:
        """(its submissions with history and deliveries, every terms acceptance, updated_at)."""

    def record(self, event: AuditEvent) -> None:
        """An audit row that goes with no change (a search, an export)."""


class AssistService:
    def __init__(self, repository: AssistRepository, rules: RegistrationRules, lockout: LockoutPolicy,
                 kiosk_id: str, now: Callable[[], dt.datetime], hasher: SecretHasher = DEFAULT,
                 town_name: str = "") -> None:
        self._repo = repository
        self._rules = rules
        self._lockout = Lockout(repository, lockout)
        self._kiosk_id = kiosk_id
        self._clock = now
        self._hasher = hasher
        self._town = town_name
        self._key: bytes | None = None

    # -- finding and looking ------------------------------------------------------------------------

    def find(self, by: Actor, text: str) -> list[AccountMatch]:
        """Accounts whose user name is ``text`` (or looks like it), whose first and last names start
        with its words, or whose e-mail address it is. At most SEARCH_LIMIT, by user name."""
        return list(self.search(by, text).matches)

    def search(self, by: Actor, text: str) -> AccountSearch:
        """As :meth:`find`, saying too whether more accounts match than are shown and which of
        those shown are locked (the console marks them)."""
        query = read_query(text)
        if not query.kinds:
            raise AssistRefused(AssistRefusal.EMPTY_QUERY)
        found = self._repo.search(query, SEARCH_LIMIT + 1)     # one more than shown: are there more?
        now = self._now()
        matches = tuple(dataclasses.replace(m, locked=self._lockout.state(self._digest_of(m.username), now).locked)
                        for m in found[:SEARCH_LIMIT])
        shown = ",".join(str(m.account_id) for m in matches)
        self._repo.record(self._event(by, AuditAction.ACCOUNT_SEARCHED, "", now,
                                      f"by {'/'.join(query.kinds)}: {len(matches)} found {shown}".strip()))
        return AccountSearch(matches, more=len(found) > SEARCH_LIMIT)

    def view(self, by: Actor, account_id: int) -> StaffAccountView:
        """One account as staff see it (raises AccountNotFound). Looking is not audited: find was."""
        return self._view(self._repo.get(account_id))

    def view_by_username(self, by: Actor, username: str) -> StaffAccountView:
        """For kiosk-admin, which names accounts by user name (raises AccountNotFound)."""
        from kiosk.core.account_service import AccountNotFound

        stored = self._repo.by_key(v.username_key(username))
        if stored is None:
            raise AccountNotFound(username)
        return self._view(stored)

    # -- helping ------------------------------------------------------------------------------------

    def unlock(self, by: Actor, account_id: int) -> StaffAccountView:
        """Lift a lock after too many failed sign-ins (the resident is at the desk)."""
        stored = self._repo.get(account_id)
        now = self._now()
        self._repo.clear_lock(self._digest(stored), self._event(by, AuditAction.ACCOUNT_UNLOCKED,
                                                                 str(account_id), now))
        return self._view(stored)

    def issue_temporary_password(self, by: Actor, account_id: int) -> TemporaryPassword:
        """A one-time password (returned once, for the printed slip), which the kiosk makes the
        resident replace at the next sign-in. Also lifts a lock."""
        stored = self._repo.get(account_id)
        password = temporary_password()
        now = self._now()
        self._repo.set_temporary_password(stored.account_id, self._hasher.hash(password), self._digest(stored), now,
                                          self._event(by, AuditAction.ACCOUNT_TEMPORARY_PASSWORD, str(account_id), now))
        return TemporaryPassword(stored.username, password)

    def correct_contact(self, by: Actor, account_id: int, contact: Contact) -> StaffAccountView:
        """Checked exactly as at registration (kiosk.core.validation.check_contact, the town's
        required fields); FieldErrors and nothing stored if a field is refused. The audit row names
        the fields changed, never their values."""
        stored = self._repo.get(account_id)
        cleaned, errors = v.check_contact(contact, self._rules.required)
        if errors:
            raise FieldErrors(errors)
        changed = [name for name in CONTACT_FIELDS if getattr(cleaned, name) != getattr(stored.contact, name)]
        now = self._now()
        self._repo.correct_contact(account_id, cleaned, now, self._event(
            by, AuditAction.ACCOUNT_CONTACT_CORRECTED, str(account_id), now, ", ".join(changed) or "no change"))
        return self.view(by, account_id)

    def close(self, by: Actor, account_id: int) -> StaffAccountView:
        """Close the account (the resident asked to): it cannot sign in, its name stays taken, and
        retention deletes it after ``retention_closed_accounts_days``. Supervisor only."""
        self._supervisor(by)
        stored = self._repo.get(account_id)
        if stored.closed_at is not None:
            raise AssistRefused(AssistRefusal.ALREADY_CLOSED)
        now = self._now()
        self._repo.close(account_id, now, self._event(by, AuditAction.ACCOUNT_CLOSED, str(account_id), now))
        return self.view(by, account_id)

    def export(self, by: Actor, account_id: int) -> AccountExport:
        """Everything held about the account, for a public-records request. Supervisor only."""
        self._supervisor(by)
        stored = self._repo.get(account_id)
        submissions, acceptances, updated_at = self._repo.records_of(account_id)
        now = self._now()
        failures = self._lockout.policy.attempts - self._lockout.state(self._digest(stored), now).attempts_left
        records = AccountRecords(view=self._view(stored), security_question=stored.security_question,
                                 updated_at=updated_at, acceptances=acceptances, submissions=submissions,
                                 failed_sign_ins=failures)
        self._repo.record(self._event(by, AuditAction.ACCOUNT_EXPORTED, str(account_id), now,
                                      f"{len(submissions)} submission(s)"))
        return AccountExport(records, now, by.name, self._town, self._kiosk_id)

    # -- helpers ------------------------------------------------------------------------------------

    def _view(self, stored: StoredAccount) -> StaffAccountView:
        state = self._lockout.state(self._digest(stored), self._now())
        return StaffAccountView(
            account_id=stored.account_id, username=stored.username, contact=stored.contact,
            licences=stored.licences, created_at=stored.created_at,
            terms=self._repo.latest_acceptance(stored.account_id), locked_until=state.locked_until,
            must_change_password=stored.must_change_password, closed_at=stored.closed_at)

    def _supervisor(self, by: Actor) -> None:
        if by.role not in (None, StaffRole.SUPERVISOR):
            raise AssistRefused(AssistRefusal.NOT_ALLOWED)

    def _digest(self, stored: StoredAccount) -> str:
        return self._key_digest(stored.username_key)

    def _digest_of(self, username: str) -> str:
        return self._key_digest(v.username_key(username))

    def _key_digest(self, username_key: str) -> str:
        if self._key is None:
            self._key = self._repo.secret("accounts")
        return throttle_key(self._key, username_key)

    def _event(self, by: Actor, action: AuditAction, record_id: str, at: dt.datetime, detail: str = "") -> AuditEvent:
        return AuditEvent(at, by.name, action, RECORD, record_id, self._kiosk_id, detail)

    def _now(self) -> dt.datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)


def read_query(text: str) -> AccountQuery:
    """What a typed search asks for (see AccountQuery)."""
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > 320:
        return AccountQuery(kinds=())
    if "@" in cleaned:
        return AccountQuery(kinds=(QueryKind.EMAIL,), email_key=email_key(cleaned))
    words = tuple(w for w in (name_key(word) for word in cleaned.split(" ")[:4]) if w)
    kinds = [QueryKind.NAME] if words else []
    key = v.username_key(cleaned)
    if v.validate_username(cleaned) is None or " " not in cleaned:
        kinds.insert(0, QueryKind.USERNAME)
    return AccountQuery(kinds=tuple(kinds), username_key=key, username_skeleton=v.username_skeleton(cleaned),
                        name_words=words)
