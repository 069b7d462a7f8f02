# SPDX-License-Identifier: Apache-2.0
"""Anonymous usage statistics: written off the GUI thread, read back only in aggregate."""

from __future__ import annotations

import datetime as dt
import logging
import queue
import statistics
import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.session import UsageRecord
from kiosk.storage.models import UsageSession

log = logging.getLogger(__name__)

# Groups smaller than this are not shown on their own: a count of one visit at 07:12 on a
# quiet morning could point at a person (Calabasas: "only in aggregate form").
MIN_GROUP = 5


@dataclass(frozen=True, slots=True)
class UsageSummary:
    visits: int
    by_day: tuple[tuple[str, int], ...]
    by_end_reason: tuple[tuple[str, int], ...]
    by_language: tuple[tuple[str, int], ...]
    by_screen: tuple[tuple[str, int], ...]
    median_duration_s: float | None


class UsageStats:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, usage: UsageRecord) -> None:
        with self._sessions.begin() as s:
            s.add(UsageSession(
                token=usage.token, kiosk_id=usage.kiosk_id, started_at=usage.started_at,
                duration_s=usage.duration_s, screens=_screen_list(usage.screens), language=usage.language,
                large_text=usage.large_text, high_contrast=usage.high_contrast, end_reason=usage.end_reason.value,
            ))

    def summary(self, since: dt.date | None = None, kiosk_id: str | None = None,
                zone: dt.tzinfo = dt.UTC) -> UsageSummary:
        """Counts per group; groups under MIN_GROUP are folded into "other". Days are the town's days."""
        with self._sessions() as s:
            q = select(UsageSession)
            if since is not None:
                q = q.where(UsageSession.started_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
            if kiosk_id is not None:
                q = q.where(UsageSession.kiosk_id == kiosk_id)
            rows = s.scalars(q).all()
        durations = [r.duration_s for r in rows]
        screens: dict[str, int] = {}
        for r in rows:
            for name in filter(None, r.screens.split(",")):
                screens[name] = screens.get(name, 0) + 1
        return UsageSummary(
            visits=len(rows),
            by_day=_fold({}, [_local_day(r.started_at, zone) for r in rows]),
            by_end_reason=_fold({}, [r.end_reason for r in rows]),
            by_language=_fold({}, [r.language for r in rows]),
            by_screen=_fold(screens, []),
            median_duration_s=statistics.median(durations) if durations else None,
        )

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(UsageSession)) or 0


def message_trends(sessions: sessionmaker[Session], since: dt.date | None = None
                   ) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Residents' messages counted by form and by department, folded like the visits: trends only,
    never who sent what."""
    from kiosk.storage.models import Submission

    with sessions() as s:
        q = select(Submission.form_title, Submission.department_name)
        if since is not None:
            q = q.where(Submission.created_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
        rows = s.execute(q).all()
    return _fold({}, [r.form_title for r in rows]), _fold({}, [r.department_name for r in rows])


def _local_day(started_at: dt.datetime, zone: dt.tzinfo) -> str:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    aware = started_at if started_at.tzinfo else started_at.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone).date().isoformat()


def _screen_list(screens: tuple[str, ...], limit: int = 400) -> str:
    """Screen ids joined by commas, whole names only, within the column's width."""
    kept: list[str] = []
    for name in screens:
        if len(",".join([*kept, name])) > limit:
            break
        kept.append(name)
    return ",".join(kept)


def _fold(counts: dict[str, int], values: list[str]) -> tuple[tuple[str, int], ...]:
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    shown = sorted((k, n) for k, n in counts.items() if n >= MIN_GROUP)
    other = sum(n for n in counts.values() if n < MIN_GROUP)
    return tuple(shown + ([("other", other)] if other else []))


_RETRY = object()


class BackgroundUsageRecorder:
    """Queues usage records and writes them on one worker thread, so ending a visit never waits
    on the database; records wait in memory while the database is unreachable."""

    def __init__(self, stats: UsageStats, retry_seconds: float = 30.0) -> None:
        self._stats = stats
        self._queue: queue.Queue[object] = queue.Queue()
        self._retry = retry_seconds
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="usage-stats", daemon=True)
        self._thread.start()

    def record(self, usage: UsageRecord) -> None:
        self._idle.clear()
        self._queue.put(usage)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued record is written (tests, shutdown)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        pending: list[UsageRecord] = []  # in arrival order; retried after a database outage
        while True:
            try:
                item = self._queue.get(timeout=self._retry if pending else None)
            except queue.Empty:
                item = _RETRY
            if item is None:
                self._write(pending)
                return
            if isinstance(item, UsageRecord):
                pending.append(item)
            pending = self._write(pending)
            if not pending and self._queue.empty():
                self._idle.set()

    def _write(self, pending: list[UsageRecord]) -> list[UsageRecord]:
        while pending:
            try:
                self._stats.add(pending[0])
            except SQLAlchemyError as exc:
                log.warning("usage statistics not written yet (%s); will retry", exc.__class__.__name__)
                return pending
            pending = pending[1:]
        return pending
