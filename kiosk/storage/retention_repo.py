# SPDX-License-Identifier: Apache-2.0
"""Records retention on SQLAlchemy (kiosk.core.retention.RetentionRepository): DELETE ... WHERE in
the database, ``batch`` rows a transaction, on SQLite and PostgreSQL alike.

Each batch picks the ids of up to ``batch`` rows past their cutoff, deletes their dependent rows
(a submission's outbox entries and history; an account's licences and terms acceptances) and then
the rows, and commits: SQLite's one write lock is held for one batch, never for the whole table,
so a kiosk keeps serving while retention runs. Dependents are deleted by name rather than left to
ON DELETE CASCADE, which keeps each batch's work visible and does not depend on SQLite's
foreign_keys pragma being on. A submission of a deleted account keeps its own period (the
account link becomes NULL). The audit log is never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from kiosk.core.audit import AuditEvent
from kiosk.core.retention import Cutoffs, LastRun, RetentionCounts, RetentionReport
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import (
    Account,
    Licence,
    OutboxEntry,
    RetentionRun,
    Submission,
    SubmissionEvent,
    SubmissionResponse,
    SubmissionStatusChange,
    TermsAcceptance,
    UsageSession,
)

# The rows that belong to a submission, deleted with it. Work on the queue that adds tables keyed
# by submission_id (internal notes, assignments) adds them here.
SUBMISSION_DEPENDENTS: tuple[InstrumentedAttribute[int], ...] = (
    OutboxEntry.submission_id, SubmissionStatusChange.submission_id,
    SubmissionEvent.submission_id, SubmissionResponse.submission_id,    # the staff queue's history and replies
)
ACCOUNT_DEPENDENTS: tuple[InstrumentedAttribute[int], ...] = (Licence.account_id, TermsAcceptance.account_id)


class SqlRetentionRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def count_due(self, cutoffs: Cutoffs) -> RetentionCounts:
        with self._sessions() as s:
            def count(id_column: InstrumentedAttribute[int], where: ColumnElement[bool]) -> int:
                return s.scalar(select(func.count(id_column)).where(where)) or 0
            return RetentionCounts(
                submissions=count(Submission.id, _submission_due(cutoffs)),
                statistics_events=count(UsageSession.id, _statistics_due(cutoffs)),
                closed_accounts=count(Account.id, _account_due(cutoffs)))

    def delete_due(self, cutoffs: Cutoffs, batch: int) -> RetentionCounts:
        return RetentionCounts(
            submissions=self._in_batches(Submission.id, _submission_due(cutoffs), SUBMISSION_DEPENDENTS, batch),
            statistics_events=self._in_batches(UsageSession.id, _statistics_due(cutoffs), (), batch),
            closed_accounts=self._in_batches(Account.id, _account_due(cutoffs), ACCOUNT_DEPENDENTS, batch))

    def finish(self, report: RetentionReport, audit: AuditEvent) -> None:
        with self._sessions.begin() as s:
            if not report.dry_run:
                c = report.counts
                s.add(RetentionRun(ran_at=report.ran_at, actor=report.by[:80], kiosk_id=audit.kiosk_id,
                                   submissions=c.submissions, statistics_events=c.statistics_events,
                                   closed_accounts=c.closed_accounts))
            append_in(s, audit)

    def last_run(self) -> LastRun | None:
        with self._sessions() as s:
            row = s.scalar(select(RetentionRun).order_by(RetentionRun.ran_at.desc(), RetentionRun.id.desc()).limit(1))
            if row is None:
                return None
            return LastRun(row.ran_at, row.actor, RetentionCounts(row.submissions, row.statistics_events,
                                                                  row.closed_accounts))

    def _in_batches(self, id_column: InstrumentedAttribute[int], due: ColumnElement[bool],
                    dependents: Sequence[InstrumentedAttribute[int]], batch: int) -> int:
        deleted = 0
        while True:
            with self._sessions.begin() as s:
                ids = list(s.scalars(select(id_column).where(due).order_by(id_column).limit(batch)))
                if not ids:
                    return deleted
                for column in dependents:
                    s.execute(delete(column.class_).where(column.in_(ids)), execution_options=_BULK)
                s.execute(delete(id_column.class_).where(id_column.in_(ids)), execution_options=_BULK)
            deleted += len(ids)
            if len(ids) < batch:
                return deleted


_BULK: dict[str, Any] = {"synchronize_session": False}


def _submission_due(cutoffs: Cutoffs) -> ColumnElement[bool]:
    """Sent before the cutoff, and nothing has happened to it since: no status change after it, and
    no staff work (an assignment, a note, a response: the queue moves ``updated_at``)."""
    recent = exists().where(SubmissionStatusChange.submission_id == Submission.id,
                            SubmissionStatusChange.at >= cutoffs.submissions)
    untouched = Submission.updated_at.is_(None) | (Submission.updated_at < cutoffs.submissions)
    return (Submission.created_at < cutoffs.submissions) & untouched & ~recent


def _statistics_due(cutoffs: Cutoffs) -> ColumnElement[bool]:
    return UsageSession.started_at < cutoffs.statistics


def _account_due(cutoffs: Cutoffs) -> ColumnElement[bool]:
    return Account.closed_at.is_not(None) & (Account.closed_at < cutoffs.closed_accounts)
