# SPDX-License-Identifier: Apache-2.0
"""Records retention: what the kiosk keeps, for how long, and the run that deletes the rest.

Qt-free and storage-free. Three kinds of record have a period (kiosk.config: retention_*_days):
a submission (with its history, deliveries and notes) once nothing has happened to it for the
period; an anonymous statistics event (a visit) once it is older; a closed account once it has
been closed that long. The audit log is exempt: it is the town's record of what staff did
(including these deletions), append-only by design (kiosk.core.audit), and kept for good.

Deleting happens in the database, in batches (kiosk.storage.retention_repo), so a big table never
holds SQLite's one write lock for long. The run's audit row and its record (what the console shows
as "last run") are written together once the batches are done; a run stopped half-way deleted
only what was past its period, and the next run deletes the rest and says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.staff import Actor, StaffRole

RECORD = "retention"


class RetentionRefused(Exception):
    """Only a supervisor, or kiosk-admin, runs retention."""


@dataclass(frozen=True, slots=True)
class RetentionPeriods:
    submissions_days: int
    statistics_days: int
    closed_accounts_days: int


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Records from before these moments (aware UTC) are past their period."""

    submissions: dt.datetime
    statistics: dt.datetime
    closed_accounts: dt.datetime

    @classmethod
    def at(cls, now: dt.datetime, periods: RetentionPeriods) -> Cutoffs:
        return cls(now - dt.timedelta(days=periods.submissions_days),
                   now - dt.timedelta(days=periods.statistics_days),
                   now - dt.timedelta(days=periods.closed_accounts_days))


@dataclass(frozen=True, slots=True)
class RetentionCounts:
    submissions: int = 0
    statistics_events: int = 0
    closed_accounts: int = 0

    def describe(self) -> str:
        return (f"{self.submissions} submission(s), {self.statistics_events} statistics event(s), "
                f"{self.closed_accounts} closed account(s)")


@dataclass(frozen=True, slots=True)
class RetentionReport:
    ran_at: dt.datetime
    dry_run: bool              # counted, nothing deleted
    periods: RetentionPeriods
    cutoffs: Cutoffs
    counts: RetentionCounts    # deleted (a dry run: would be)
    by: str


@dataclass(frozen=True, slots=True)
class LastRun:
    """What the console shows: when retention last deleted, what, and by whom."""

    ran_at: dt.datetime
    by: str
    counts: RetentionCounts


class RetentionRepository(Protocol):
    def count_due(self, cutoffs: Cutoffs) -> RetentionCounts: ...

    def delete_due(self, cutoffs: Cutoffs, batch: int) -> RetentionCounts:
        """Delete, ``batch`` rows a transaction, what is past its cutoff; how many of each."""

    def finish(self, report: RetentionReport, audit: AuditEvent) -> None:
        """The audit row, and (not on a dry run) the run's record, in one transaction."""

    def last_run(self) -> LastRun | None: ...


class RetentionService:
    def __init__(self, repository: RetentionRepository, periods: RetentionPeriods, kiosk_id: str,
                 now: Callable[[], dt.datetime], batch: int = 500) -> None:
        self._repo = repository
        self.periods = periods
        self._kiosk_id = kiosk_id
        self._clock = now
        self._batch = batch

    def run(self, by: Actor, dry_run: bool = False) -> RetentionReport:
        if by.role not in (None, StaffRole.SUPERVISOR):
            raise RetentionRefused("only a supervisor runs retention")
        now = self._now()
        cutoffs = Cutoffs.at(now, self.periods)
        counts = self._repo.count_due(cutoffs) if dry_run else self._repo.delete_due(cutoffs, self._batch)
        report = RetentionReport(now, dry_run, self.periods, cutoffs, counts, by.name)
        detail = ("dry run, would delete " if dry_run else "deleted ") + counts.describe()
        self._repo.finish(report, AuditEvent(now, by.name, AuditAction.RETENTION_RUN, RECORD, "", self._kiosk_id, detail))
        return report

    def last_run(self) -> LastRun | None:
        return self._repo.last_run()

    def _now(self) -> dt.datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC)
