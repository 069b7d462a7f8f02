# SPDX-License-Identifier: Apache-2.0
"""Published policy versions and the acceptances of every version, on SQLAlchemy
(kiosk.core.policy_service.PolicyRepository). A publication is written with its text and its
audit entry in one transaction; counts are the database's (GROUP BY over an index)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.accounts import Acceptance
from kiosk.core.audit import AuditEvent
from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_library import PublishedPolicy
from kiosk.core.policy_service import AcceptedBy, PolicyRefusal, PolicyRefused
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import Account, PolicyPublication, PolicyText, TermsAcceptance


class SqlPolicyRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def published(self) -> list[PublishedPolicy]:
        with self._sessions() as s:
            rows = s.execute(select(PolicyPublication, PolicyText)
                             .join(PolicyText, PolicyText.id == PolicyPublication.text_id)
                             .order_by(PolicyPublication.doc_id, PolicyPublication.effective)).all()
            return [PublishedPolicy(
                PolicyDocument(doc_id=pub.doc_id, title=text.title, version=pub.version, effective=pub.effective,
                               body_markdown=text.body, changes=pub.changes),
                published_at=pub.published_at, published_by=pub.published_by, kiosk_id=pub.kiosk_id)
                for pub, text in rows]

    def known_versions(self, doc_id: str) -> set[str]:
        with self._sessions() as s:
            return set(s.scalars(select(PolicyText.version).where(PolicyText.doc_id == doc_id).distinct()))

    def publish(self, published: PublishedPolicy, audit: AuditEvent) -> None:
        doc = published.document
        try:
            with self._sessions.begin() as s:
                text = PolicyText(doc_id=doc.doc_id, version=doc.version, title=doc.title, effective=doc.effective,
                                  sha256=doc.sha256, body=doc.body_markdown)
                s.add(text)
                s.flush()
                s.add(PolicyPublication(doc_id=doc.doc_id, version=doc.version, effective=doc.effective,
                                        changes=doc.changes, text_id=text.id, published_at=published.published_at,
                                        published_by=published.published_by[:80], kiosk_id=published.kiosk_id))
                s.flush()
                append_in(s, audit)
        except IntegrityError:
            # Another kiosk published at the same moment: which of the two it took decides the answer.
            if doc.version in self.known_versions(doc.doc_id):
                raise PolicyRefused(PolicyRefusal.VERSION_TAKEN, doc.version) from None
            raise PolicyRefused(PolicyRefusal.NOT_AFTER_LATEST, f"a version takes effect on {doc.effective}") from None

    def acceptance_counts(self, doc_id: str) -> dict[str, int]:
        with self._sessions() as s:
            rows = s.execute(select(TermsAcceptance.version, func.count(TermsAcceptance.account_id.distinct()))
                             .where(TermsAcceptance.doc_id == doc_id).group_by(TermsAcceptance.version)).all()
            return {version: int(count) for version, count in rows}

    def accepted_by(self, doc_id: str, version: str, audit: AuditEvent, limit: int | None) -> list[AcceptedBy]:
        with self._sessions.begin() as s:
            query = (select(Account.username, TermsAcceptance.accepted_at, TermsAcceptance.kiosk_id)
                     .join(Account, Account.id == TermsAcceptance.account_id)
                     .where(TermsAcceptance.doc_id == doc_id, TermsAcceptance.version == version)
                     .order_by(TermsAcceptance.accepted_at, TermsAcceptance.id))
            if limit is not None:
                query = query.limit(limit)
            rows = [AcceptedBy(username, at, kiosk) for username, at, kiosk in s.execute(query)]
            append_in(s, audit)
            return rows

    def account_acceptances(self, username_key: str, audit: Callable[[int], AuditEvent]) -> list[Acceptance] | None:
        with self._sessions.begin() as s:
            account_id = s.scalar(select(Account.id).where(Account.username_key == username_key))
            if account_id is None:
                return None
            rows = s.scalars(select(TermsAcceptance).where(TermsAcceptance.account_id == account_id)
                             .order_by(TermsAcceptance.accepted_at, TermsAcceptance.id)).all()
            found = [Acceptance(doc_id=r.doc_id, version=r.version, sha256=r.sha256, accepted_at=r.accepted_at,
                                kiosk_id=r.kiosk_id) for r in rows]
            append_in(s, audit(account_id))
            return found
