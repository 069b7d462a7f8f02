# SPDX-License-Identifier: Apache-2.0
"""What staff do to residents' accounts, on SQLAlchemy (kiosk.core.assist_service.AssistRepository):
the accounts repository plus search, unlock, temporary passwords, corrections, closing and the
records export. Each change is written with its audit entry (kiosk.storage.audit_log.append_in)
in one transaction.

The search runs in the database on the search keys (kiosk.core.assist.name_key, email_key), each
indexed: equality for a user name or an e-mail address, LIKE for the start of a name or of a part
of it (the text is escaped, so a typed % or _ is a letter like any other). A town's accounts are
thousands, not millions: the name search scans the key column's index at most.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, delete, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kiosk.core.accounts import Acceptance, Contact
from kiosk.core.assist import AccountMatch, AccountQuery, AccountSubmission, QueryKind
from kiosk.core.audit import AuditEvent
from kiosk.storage.accounts_repo import SqlAccountRepository, account_row, write_contact
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import Account, OutboxEntry, SignInFailure, Submission, TermsAcceptance
from kiosk.storage.submissions import delivery_status, record_of


class SqlAssistRepository(SqlAccountRepository):
    def search(self, query: AccountQuery, limit: int) -> list[AccountMatch]:
        with self._sessions() as s:
            rows = s.scalars(select(Account).where(_matching(query))
                             .order_by(Account.username_key, Account.id).limit(limit)).all()
            return [AccountMatch(account_id=r.id, username=r.username, first_name=r.first_name,
                                 last_name=r.last_name, email=r.email, city=r.city, created_at=r.created_at,
                                 closed=r.closed_at is not None) for r in rows]

    def clear_lock(self, key_digest: str, audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(SignInFailure).where(SignInFailure.key_digest == key_digest))
            append_in(s, audit)

    def set_temporary_password(self, account_id: int, password_hash: str, key_digest: str, at: dt.datetime,
                               audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            row = account_row(s, account_id)
            row.password_hash, row.must_change_password, row.updated_at = password_hash, True, at
            s.execute(delete(SignInFailure).where(SignInFailure.key_digest == key_digest))
            append_in(s, audit)

    def correct_contact(self, account_id: int, contact: Contact, at: dt.datetime, audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            write_contact(account_row(s, account_id), contact, at)
            append_in(s, audit)

    def close(self, account_id: int, at: dt.datetime, audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            row = account_row(s, account_id)
            row.closed_at, row.updated_at = at, at
            append_in(s, audit)

    def records_of(self, account_id: int) -> tuple[tuple[AccountSubmission, ...], tuple[Acceptance, ...], dt.datetime]:
        with self._sessions() as s:
            row = account_row(s, account_id)
            acceptances = tuple(
                Acceptance(doc_id=a.doc_id, version=a.version, sha256=a.sha256, accepted_at=a.accepted_at,
                           kiosk_id=a.kiosk_id)
                for a in s.scalars(select(TermsAcceptance).where(TermsAcceptance.account_id == account_id)
                                   .order_by(TermsAcceptance.accepted_at, TermsAcceptance.id)))
            submissions = tuple(_submission(s, sub) for sub in s.scalars(
                select(Submission).where(Submission.account_id == account_id)
                .order_by(Submission.created_at, Submission.id)))
            return submissions, acceptances, row.updated_at

    def record(self, event: AuditEvent) -> None:
        with self._sessions.begin() as s:
            append_in(s, event)


def _submission(s: Session, row: Submission) -> AccountSubmission:
    deliveries = s.scalars(select(OutboxEntry).where(OutboxEntry.submission_id == row.id).order_by(OutboxEntry.id))
    return AccountSubmission(record_of(s, row), tuple(delivery_status(d) for d in deliveries))


def _matching(query: AccountQuery) -> ColumnElement[bool]:
    """Any of the query's kinds."""
    clauses: list[ColumnElement[bool]] = []
    if QueryKind.USERNAME in query.kinds:
        clauses.append(Account.username_key == query.username_key)
        if query.username_skeleton:
            clauses.append(Account.username_skeleton == query.username_skeleton)
    if QueryKind.EMAIL in query.kinds and query.email_key:
        clauses.append(Account.email_key == query.email_key)
    if QueryKind.NAME in query.kinds and query.name_words:
        clauses.append(and_(*(or_(_starts(Account.first_name_key, w), _starts(Account.last_name_key, w))
                              for w in query.name_words)))
    return or_(*clauses) if clauses else false()


def _starts(column: InstrumentedAttribute[str | None], prefix: str) -> ColumnElement[bool]:
    """The name, or a part of it after a space or hyphen ("Ortiz" in "Smith-Ortiz", "Ann" in
    "Mary Ann"), starts with ``prefix``."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(*(column.like(pattern, escape="\\") for pattern in (escaped + "%", f"% {escaped}%", f"%-{escaped}%")))
