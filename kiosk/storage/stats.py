# SPDX-License-Identifier: Apache-2.0
"""Anonymous usage statistics: written off the GUI thread, read back only in aggregate (counted by the
database: kiosk.core.usage publishes the figures)."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import queue
import threading
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, Select, case, cast, func, literal, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from kiosk.core.audit import AuditEvent
from kiosk.core.session import UsageRecord
from kiosk.core.submissions import SubmissionStatus
from kiosk.core.usage import DateRange, MessageCounts, VisitCounts
from kiosk.storage.audit_log import append_in
from kiosk.storage.models import Submission, SubmissionStatusChange, UsageScreen, UsageSession

log = logging.getLogger(__name__)

SCREEN_ID_WIDTH = 40        # usage_screens.screen

# The states in which a message counts as resolved, and where its closing time is: the latest change into
# one of them in its history. As FixMyStreet's "time to fix", only the state that says the request
# was met (kind "fixed"); closed without action and duplicates would make the town look quicker.
RESOLVED_STATES = frozenset({SubmissionStatus.RESOLVED.value})


class UsageStats:
    """Writes one anonymous record per visit (off the GUI thread, see BackgroundUsageRecorder)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, usage: UsageRecord) -> None:
        with self._sessions.begin() as s:
            row = UsageSession(
                token=usage.token, kiosk_id=usage.kiosk_id, started_at=usage.started_at,
                duration_s=usage.duration_s, screens=_screen_list(usage.screens), language=usage.language,
                large_text=usage.large_text, high_contrast=usage.high_contrast, end_reason=usage.end_reason.value,
                pages_printed=usage.pages_printed,
            )
            s.add(row)
            s.flush()
            s.add_all(UsageScreen(session_id=row.id, screen=name, started_at=usage.started_at)
                      for name in dict.fromkeys(usage.screens) if len(name) <= SCREEN_ID_WIDTH)

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(UsageSession)) or 0


class DatabaseUsageSource:
    """kiosk.core.usage.UsageSource: each figure one GROUP BY over an index, in the town's days and hours.
    Python only turns the buckets (at most 24 a day) into dataclasses; it never sees a visit or a message."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def visit_counts(self, period: DateRange, zone: dt.tzinfo) -> VisitCounts:
        start, end = period.utc_bounds(zone)
        with self._sessions() as s:
            dialect = s.get_bind().dialect.name
            return VisitCounts(buckets=_visit_buckets(s, zone, start, end, dialect),
                               by_screen=_screen_counts(s, start, end))

    def message_counts(self, period: DateRange, zone: dt.tzinfo) -> MessageCounts:
        start, end = period.utc_bounds(zone)
        in_range = (Submission.created_at >= start, Submission.created_at < end)
        with self._sessions() as s:
            dialect = s.get_bind().dialect.name
            groups = s.execute(select(Submission.department_name, Submission.form_title, Submission.status, func.count())
                               .where(*in_range)
                               .group_by(Submission.department_name, Submission.form_title, Submission.status)).all()
            medians = s.execute(_resolve_medians(in_range, dialect)).all()
        return MessageCounts(
            by_department_form_state=tuple((d, f, st, int(n)) for d, f, st, n in groups),
            resolve_medians=tuple((d, float(m), int(n)) for d, m, n in medians),
        )


def _visit_buckets(s: Session, zone: dt.tzinfo, start: dt.datetime, end: dt.datetime,
                   dialect: str) -> tuple[tuple[dt.date, int, str, str, int, float, int], ...]:
    """One pass over the range's visits (a covering index), grouped by the town's hour, how the visit
    ended and its language: at most 24 x 6 x languages buckets a day."""
    v = UsageSession
    in_range = (v.started_at >= start, v.started_at < end)
    figures = (v.end_reason, v.language, func.count(), func.coalesce(func.sum(v.duration_s), 0.0),
               func.coalesce(func.sum(v.pages_printed), 0))
    pieces = _offsets(zone, start, end)
    if dialect == "sqlite" and all(offset % 3600 == 0 for _, offset in pieces):
        # The zone is a whole number of hours from UTC all through the range (every US town): group by
        # the UTC hour as stored ("2026-11-05 14"), cheap to cut from the text, and turn each hour
        # bucket into the town's day and hour here. A zone such as India's (+5:30) goes the CASE way.
        hour = func.substr(v.started_at, 1, 13)
        rows = s.execute(select(hour, *figures).where(*in_range).group_by(hour, v.end_reason, v.language)).all()
        buckets = []
        for utc_hour, reason, language, n, seconds, pages in rows:
            local = dt.datetime.strptime(utc_hour, "%Y-%m-%d %H").replace(tzinfo=dt.UTC).astimezone(zone)
            buckets.append((local.date(), local.hour, reason, language, int(n), float(seconds), int(pages)))
        return tuple(buckets)
    day, hour_of_day = _local_day_hour(v.started_at, zone, pieces, dialect)
    rows = s.execute(select(day, hour_of_day, *figures).where(*in_range)
                     .group_by(day, hour_of_day, v.end_reason, v.language)).all()
    return tuple((_as_date(d), int(h), reason, language, int(n), float(seconds), int(pages))
                 for d, h, reason, language, n, seconds, pages in rows)


def _screen_counts(s: Session, start: dt.datetime, end: dt.datetime) -> tuple[tuple[str, int], ...]:
    """Visits per screen: the screens found by a loose index scan (a recursive "next screen after this
    one", a handful of index seeks on both engines), then each screen's range counted on the index
    (screen, started_at). Ten times quicker than grouping the range's rows."""
    u = UsageScreen
    screens = select(func.min(u.screen).label("screen")).cte("screens", recursive=True)
    following = select(select(func.min(u.screen)).where(u.screen > screens.c.screen).scalar_subquery())
    screens = screens.union_all(following.where(screens.c.screen.is_not(None)))
    count = (select(func.count()).where(u.screen == screens.c.screen, u.started_at >= start, u.started_at < end)
             .scalar_subquery())
    rows = s.execute(select(screens.c.screen, count).where(screens.c.screen.is_not(None))).all()
    return tuple((name, int(n)) for name, n in rows if n)


def _resolve_medians(in_range: tuple[ColumnElement[bool], ...], dialect: str) -> Select[Any]:
    """Median seconds from sent to resolved, per department, over the messages sent in the range that are
    resolved now. The median in SQL on both engines: each department's times numbered in order, and the
    middle one (or the middle two, averaged) kept."""
    # Each message's closing time looked up by its id (the history's index): only the range's messages
    # are read, never the whole history.
    closed_at = (select(func.max(SubmissionStatusChange.at))
                 .where(SubmissionStatusChange.submission_id == Submission.id,
                        SubmissionStatusChange.status.in_(RESOLVED_STATES)).scalar_subquery())
    seconds = _seconds_between(Submission.created_at, closed_at, dialect).label("seconds")
    timed = (select(Submission.department_name.label("department"), seconds)
             .where(Submission.status.in_(RESOLVED_STATES), *in_range).subquery())
    resolved = select(timed).where(timed.c.seconds.is_not(None)).subquery()
    ranked = select(
        resolved.c.department, resolved.c.seconds,
        func.row_number().over(partition_by=resolved.c.department, order_by=resolved.c.seconds).label("place"),
        func.count().over(partition_by=resolved.c.department).label("n"),
    ).subquery()
    middle = or_(ranked.c.place == (ranked.c.n + 1) // 2, ranked.c.place == (ranked.c.n + 2) // 2)
    return (select(ranked.c.department, func.avg(ranked.c.seconds), func.max(ranked.c.n))
            .where(middle).group_by(ranked.c.department).order_by(ranked.c.department))


def _seconds_between(earlier: ColumnElement[dt.datetime] | InstrumentedAttribute[dt.datetime],
                     later: ColumnElement[dt.datetime], dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _local_day_hour(column: InstrumentedAttribute[dt.datetime], zone: dt.tzinfo, pieces: list[tuple[dt.datetime, int]],
                    dialect: str) -> tuple[ColumnElement[Any], ColumnElement[int]]:
    """The town's day and hour of a UTC timestamp, in SQL. PostgreSQL knows time zones; SQLite is given
    the zone's UTC offsets over the range (a CASE on the few daylight-saving changes in it)."""
    name = getattr(zone, "key", None) or ("UTC" if zone.utcoffset(None) == dt.timedelta(0) else None)
    if dialect == "postgresql" and name is not None:
        local = func.timezone(name, column)
        return cast(local, Date), cast(func.extract("hour", local), Integer)
    modifier: ColumnElement[str] = literal(f"{pieces[-1][1]:+d} seconds")
    if len(pieces) > 1:
        modifier = case(*[(column < until, literal(f"{offset:+d} seconds"))
                          for (_, offset), (until, _) in itertools.pairwise(pieces)],
                        else_=modifier)
    return func.date(column, modifier), cast(func.strftime("%H", column, modifier), Integer)


def _offsets(zone: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, int]]:
    """(from when, UTC offset in seconds) over [start, end): the zone's changes found day by day, then to
    the minute (time zones change on whole minutes)."""
    def offset(minute: int) -> int:
        at = dt.datetime.fromtimestamp(minute * 60, dt.UTC).astimezone(zone)
        return int((at.utcoffset() or dt.timedelta(0)).total_seconds())
    first, last = int(start.timestamp()) // 60, int(end.timestamp()) // 60
    pieces = [(start, offset(first))]
    at = first
    while at < last:
        nxt = min(at + 24 * 60, last)
        if offset(nxt) == pieces[-1][1]:
            at = nxt
            continue
        lo, hi = at, nxt                       # offset(lo) is the old one, offset(hi) the new one
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if offset(mid) == pieces[-1][1] else (lo, mid)
        pieces.append((dt.datetime.fromtimestamp(hi * 60, dt.UTC), offset(hi)))
        at = hi
    return pieces


def _as_date(value: object) -> dt.date:
    # PostgreSQL hands back a date, SQLite the text of one.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _screen_list(screens: tuple[str, ...], limit: int = 400) -> str:
    """Screen ids joined by commas, whole names only, within the column's width."""
    kept: list[str] = []
    for name in screens:
        if len(",".join([*kept, name])) > limit:
            break
        kept.append(name)
    return ",".join(kept)


class AuditRecorder:
    """kiosk.core.usage.AuditSink: an audit entry on its own (an export changes nothing in the database)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def record(self, event: AuditEvent) -> None:
        with self._sessions.begin() as s:
            append_in(s, event)


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
