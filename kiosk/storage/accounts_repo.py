# SPDX-License-Identifier: Apache-2.0
"""The accounts repository on SQLAlchemy: what kiosk.core.account_service stores, on SQLite or
PostgreSQL. It hands back core dataclasses, never ORM objects, so nothing outside this module can
lazy-load a row (or a hash) by accident."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.account_service import AccountNotFound, NewAccount, StoredAccount
from kiosk.core.accounts import CONTACT_FIELDS as _CONTACT
from kiosk.core.accounts import Acceptance, Contact, FieldError, FieldErrors
from kiosk.core.accounts import Licence as LicenceData
from kiosk.core.assist import email_key, name_key
from kiosk.core.policies import PolicyDocument
from kiosk.storage.models import Account, Licence, PolicyText, TermsAcceptance
from kiosk.storage.sign_in_failures import SqlSignInFailures

# What the database names when a unique name column refuses a row: the column on SQLite ("UNIQUE
# constraint failed: accounts.username_skeleton"), the constraint or index on PostgreSQL
# (uq_accounts_username_key, ix_accounts_username_skeleton): both hold the column's name.
_NAME_COLUMNS = ("username_key", "username_skeleton")


class SqlAccountRepository(SqlSignInFailures):
    """Accounts; failed sign-ins and the shared keys come from SqlSignInFailures."""

    # -- accounts -----------------------------------------------------------------------------------

    def username_taken(self, key: str, skeleton: str) -> bool:
        with self._sessions() as s:
            return bool(s.scalar(select(exists().where(
                or_(Account.username_key == key, Account.username_skeleton == skeleton)))))

    def create(self, new: NewAccount, acceptance: Acceptance) -> int:
        """One transaction. The unique username_key and username_skeleton settle two kiosks
        registering one name, or two look-alike names, at once."""
        try:
            with self._sessions.begin() as s:
                row = Account(
                    username=new.username, username_key=new.username_key,
                    username_skeleton=new.username_skeleton, password_hash=new.password_hash,
                    security_question=new.security_question, security_answer_hash=new.security_answer_hash,
                    created_at=new.created_at, updated_at=new.created_at, must_change_password=False,
                    **_contact_values(new.contact),
                )
                s.add(row)
                s.flush()
                s.add_all(_licence_rows(row.id, new.licences))
                s.add(_acceptance_row(row.id, acceptance))
                return row.id
        except IntegrityError as exc:
            if any(column in str(exc.orig) for column in _NAME_COLUMNS):
                raise FieldErrors({"username": FieldError.USERNAME_TAKEN}) from None
            raise

    def by_key(self, key: str) -> StoredAccount | None:
        with self._sessions() as s:
            row = s.scalar(select(Account).where(Account.username_key == key))
            return None if row is None else stored_account(s, row)

    def get(self, account_id: int) -> StoredAccount:
        with self._sessions() as s:
            return stored_account(s, account_row(s, account_id))

    def set_password_hash(self, account_id: int, password_hash: str, at: dt.datetime,
                          temporary: bool = False) -> None:
        with self._sessions.begin() as s:
            row = account_row(s, account_id)
            row.password_hash, row.must_change_password, row.updated_at = password_hash, temporary, at

    def set_contact(self, account_id: int, contact: Contact, at: dt.datetime) -> None:
        with self._sessions.begin() as s:
            write_contact(account_row(s, account_id), contact, at)

    def set_licences(self, account_id: int, licences: tuple[LicenceData, ...], at: dt.datetime) -> None:
        with self._sessions.begin() as s:
            row = account_row(s, account_id)
            s.execute(delete(Licence).where(Licence.account_id == account_id))
            s.add_all(_licence_rows(account_id, licences))
            row.updated_at = at

    # -- terms --------------------------------------------------------------------------------------

    def add_acceptance(self, account_id: int, acceptance: Acceptance) -> None:
        with self._sessions.begin() as s:
            account_row(s, account_id)
            s.add(_acceptance_row(account_id, acceptance))

    def latest_acceptance(self, account_id: int, doc_id: str | None = None) -> Acceptance | None:
        with self._sessions() as s:
            q = select(TermsAcceptance).where(TermsAcceptance.account_id == account_id)
            if doc_id is not None:
                q = q.where(TermsAcceptance.doc_id == doc_id)
            row = s.scalar(q.order_by(TermsAcceptance.accepted_at.desc(), TermsAcceptance.id.desc()).limit(1))
            if row is None:
                return None
            return Acceptance(doc_id=row.doc_id, version=row.version, sha256=row.sha256,
                              accepted_at=row.accepted_at, kiosk_id=row.kiosk_id)

    def record_policy(self, doc: PolicyDocument) -> None:
        digest = doc.sha256
        if self.policy_text(doc.doc_id, doc.version, digest) is not None:
            return
        try:
            with self._sessions.begin() as s:
                s.add(PolicyText(doc_id=doc.doc_id, version=doc.version, title=doc.title, effective=doc.effective,
                                 sha256=digest, body=doc.body_markdown))
        except IntegrityError:
            if self.policy_text(doc.doc_id, doc.version, digest) is None:     # not another kiosk's copy
                raise

    def policy_text(self, doc_id: str, version: str, sha256: str) -> str | None:
        with self._sessions() as s:
            return s.scalar(select(PolicyText.body).where(
                PolicyText.doc_id == doc_id, PolicyText.version == version, PolicyText.sha256 == sha256))


def account_row(s: Session, account_id: int) -> Account:
    row = s.get(Account, account_id)
    if row is None:
        raise AccountNotFound(f"no account {account_id}")
    return row


def stored_account(s: Session, row: Account) -> StoredAccount:
    licences = s.scalars(select(Licence).where(Licence.account_id == row.id).order_by(Licence.id)).all()
    return StoredAccount(
        account_id=row.id, username=row.username, username_key=row.username_key,
        username_skeleton=row.username_skeleton or "", password_hash=row.password_hash,
        security_question=row.security_question, security_answer_hash=row.security_answer_hash,
        contact=Contact(**{name: getattr(row, name) for name in _CONTACT}),
        licences=tuple(LicenceData(kind=r.kind, number=r.number, state=r.state) for r in licences),
        created_at=row.created_at, must_change_password=row.must_change_password, closed_at=row.closed_at,
    )


def _contact_values(contact: Contact) -> dict[str, str]:
    """The contact fields and the search keys made of them (kiosk.core.assist): written together."""
    values = {name: getattr(contact, name) for name in _CONTACT}
    values.update(first_name_key=name_key(contact.first_name), last_name_key=name_key(contact.last_name),
                  email_key=email_key(contact.email))
    return values


def write_contact(row: Account, contact: Contact, at: dt.datetime) -> None:
    for name, value in _contact_values(contact).items():
        setattr(row, name, value)
    row.updated_at = at


def _licence_rows(account_id: int, licences: tuple[LicenceData, ...]) -> list[Licence]:
    return [Licence(account_id=account_id, kind=lic.kind, number=lic.number, state=lic.state) for lic in licences]


def _acceptance_row(account_id: int, a: Acceptance) -> TermsAcceptance:
    return TermsAcceptance(account_id=account_id, doc_id=a.doc_id, version=a.version, sha256=a.sha256,
                           accepted_at=a.accepted_at, kiosk_id=a.kiosk_id)
