# SPDX-License-Identifier: Apache-2.0
"""How the kiosk is used, for staff and the town clerk: the figures of a date range, every one published
through kiosk.core.suppression, whatever shows it (the console's dashboard, the CSV export, the monthly PDF).

The database counts (a UsageSource, kiosk.storage.stats: GROUP BY over indexes, in the town's days and
hours); this module only folds those few hundred buckets into the figures and publishes them. Nothing here
ever holds a visit or a message, only counts: no user name, no text a resident typed.

Figures over the same visits are linked, and kiosk.core.suppression protects one table at a time. So:
* the number of visits is published once and is public to every other visit figure (end reasons,
  languages, days, hours of the week): a complement hidden in one would be given away by another;
* visits per day are published as a calendar (weekday x week), whose weekday totals are exactly the
  weekday totals of the weekday x hour table: a weekday total shown in one is public to the other, and
  the two are published again until the same weekday totals are hidden in both (_linked_day_tables).
  What is left: where both hide a weekday total, each table alone keeps its small counts uncertain, but
  a reader who combines the two could in rare cases narrow them further; the tests check each table.
The same for messages: their number is public to the department x state table and to the forms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.session import EndReason
from kiosk.core.staff import Actor
from kiosk.core.submissions import SubmissionStatus
from kiosk.core.suppression import (
    Figure,
    PublishedSeries,
    PublishedTable,
    Reason,
    Suppressed,
    publish_computed,
    publish_series,
    publish_table,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOURS = tuple(f"{h:02d}" for h in range(24))
# How visits end, in English (the CSV and the paper report; the console translates from the EndReason).
END_REASON_WORDS = {
    EndReason.FINISH.value: "Finished", EndReason.START_OVER.value: "Started over", EndReason.IDLE.value: "Timed out",
    EndReason.STAFF_RESET.value: "Ended by staff", EndReason.SHUTDOWN.value: "Kiosk stopped",
    EndReason.ERROR.value: "Ended by an error",
}
# A year and a day at most: the calendar table then has 53 weeks, still quick to protect.
LONGEST_RANGE_DAYS = 366


class RangeError(ValueError):
    """A date range that cannot be reported on; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """Days of the town's calendar, first and last included."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise RangeError(f"the range ends ({self.last}) before it starts ({self.first})")
        if (self.last - self.first).days >= LONGEST_RANGE_DAYS:
            raise RangeError(f"a range is at most {LONGEST_RANGE_DAYS} days; report on a year at a time")

    @classmethod
    def parse(cls, first: str, last: str) -> DateRange:
        return cls(_date(first), _date(last))

    @classmethod
    def month(cls, text: str) -> DateRange:
        """'2026-11' -> 1 to 30 November 2026."""
        if not re.fullmatch(r"\d{4}-\d{2}", text.strip()):
            raise RangeError(f"{text!r} is not a month like 2026-11")
        year, month = map(int, text.strip().split("-"))
        if not 1 <= month <= 12 or year < 1:
            raise RangeError(f"{text!r} is not a month like 2026-11")
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def utc_bounds(self, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """From the first day's local midnight (included) to the midnight after the last day (excluded)."""
        def midnight(day: dt.date) -> dt.datetime:
            return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
        return midnight(self.first), midnight(self.last + dt.timedelta(days=1))

    def __str__(self) -> str:
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise RangeError(f"{text!r} is not a date like 2026-11-30") from None


# -- what the database counts ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VisitCounts:
    """Visits of a range, counted by the database. Each tuple is one bucket, never one visit."""

    # (town's day, hour 0-23, end reason, language, visits, seconds of those visits, pages they printed)
    buckets: tuple[tuple[dt.date, int, str, str, int, float, int], ...]
    by_screen: tuple[tuple[str, int], ...]                        # (screen id, visits that used it)


@dataclass(frozen=True, slots=True)
class MessageCounts:
    """Residents' messages sent in a range, counted by the database."""

    by_department_form_state: tuple[tuple[str, str, str, int], ...]   # (department, form, state, messages)
    resolve_medians: tuple[tuple[str, float, int], ...]               # (department, median seconds, resolved)


class UsageSource(Protocol):
    def visit_counts(self, period: DateRange, zone: dt.tzinfo) -> VisitCounts: ...

    def message_counts(self, period: DateRange, zone: dt.tzinfo) -> MessageCounts: ...


class AuditSink(Protocol):
    def record(self, event: AuditEvent) -> None:
        """Append one audit entry (an export changes nothing else)."""


# -- what is published -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class UsageReport:
    """Every figure of a range as it may be shown: counts of 1..k-1 and their complements are Suppressed."""

    period: DateRange
    k: int
    visits: Figure
    visits_per_day: PublishedSeries          # one value per day of the range (the calendar's cells)
    calendar: PublishedTable                 # weekday x week (labels: the weeks' Mondays), for its totals
    week_hours: PublishedTable               # weekday x hour (rows WEEKDAYS, columns HOURS)
    end_reasons: PublishedSeries             # labels: EndReason values
    languages: PublishedSeries
    screens: PublishedSeries                 # visits that used each screen (a visit uses several)
    average_visit_s: float | Suppressed | None
    pages_per_day: PublishedSeries
    messages: Figure
    messages_by_form: PublishedSeries
    messages_by_state: PublishedTable        # department x state
    hours_to_resolve: tuple[tuple[str, float | Suppressed | None], ...]   # median per department


class ExportKind(enum.StrEnum):
    CSV = "csv"
    PDF = "pdf"


class UsageService:
    """The figures of a date range, for any staff member (they are aggregates: nobody's data), and the
    exports, each of which is audited."""

    def __init__(self, source: UsageSource, audit: AuditSink, zone: dt.tzinfo, min_count: int, kiosk_id: str,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        self._source, self._audit, self._zone, self._k, self._kiosk_id = source, audit, zone, min_count, kiosk_id
        self._now = now

    @property
    def min_count(self) -> int:
        return self._k

    def report(self, period: DateRange) -> UsageReport:
        return publish_report(period, self._source.visit_counts(period, self._zone),
                              self._source.message_counts(period, self._zone), self._k)

    def export(self, by: Actor, period: DateRange, kind: ExportKind) -> UsageReport:
        """The report to write to a file, after the audit entry saying who took which range out."""
        self._audit.record(AuditEvent(at=self._now(), actor=by.name, action=AuditAction.STATISTICS_EXPORTED,
                                      record_kind="statistics", record_id=str(period), kiosk_id=self._kiosk_id,
                                      detail=kind.value))
        return self.report(period)


def publish_report(period: DateRange, visits: VisitCounts, messages: MessageCounts, k: int) -> UsageReport:
    days = period.days()
    day_index = {day: i for i, day in enumerate(days)}
    per_day, pages, grid = [0] * len(days), [0] * len(days), [[0] * 24 for _ in WEEKDAYS]
    reasons = [r.value for r in EndReason]
    ends, langs, seconds = dict.fromkeys(reasons, 0), dict[str, int](), 0.0
    for day, hour, reason, language, n, spent, printed in visits.buckets:      # buckets, never visits
        if day not in day_index:
            continue
        per_day[day_index[day]] += n
        pages[day_index[day]] += printed
        grid[day.weekday()][hour] += n
        ends[reason] = ends.get(reason, 0) + n
        langs[language] = langs.get(language, 0) + n
        seconds += spent
    total = sum(per_day)
    public = total >= k

    calendar_table, week_hours = _linked_day_tables(days, per_day, grid, k, public)
    by_day = PublishedSeries(labels=tuple(d.isoformat() for d in days),
                             values=tuple(calendar_table.cells[d.weekday()][_week_of(d, days[0])] for d in days),
                             total=calendar_table.total, k=k)

    screens = sorted(visits.by_screen, key=lambda s: (-s[1], s[0]))

    forms: dict[str, int] = {}
    states = [s.value for s in SubmissionStatus]
    cells: dict[tuple[str, str], int] = {}
    for department, form, state, n in messages.by_department_form_state:
        forms[form] = forms.get(form, 0) + n
        if state not in states:            # a state the pack added: shown after the built-in ones
            states.append(state)
        cells[(department, state)] = cells.get((department, state), 0) + n
    departments = sorted({d for d, _ in cells})
    message_total = sum(forms.values())
    message_public = message_total >= k
    by_state = _safe_table(departments, states, [[cells.get((d, s), 0) for s in states] for d in departments], k,
                           public_total=message_public)
    return UsageReport(
        period=period, k=k, visits=by_day.total, visits_per_day=by_day, calendar=calendar_table,
        week_hours=week_hours,
        end_reasons=_safe_series(reasons + sorted(set(ends) - set(reasons)),
                                 [ends[r] for r in reasons + sorted(set(ends) - set(reasons))], k, public),
        languages=_safe_series(sorted(langs), [langs[lang] for lang in sorted(langs)], k, public),
        screens=publish_series([s for s, _ in screens], [n for _, n in screens], k),
        average_visit_s=publish_computed(seconds / total if total else None, total, k),
        pages_per_day=publish_series([d.isoformat() for d in days], pages, k),
        messages=by_state.total,
        messages_by_form=_safe_series(sorted(forms), [forms[f] for f in sorted(forms)], k, message_public),
        messages_by_state=by_state,
        hours_to_resolve=tuple((d, publish_computed(median / 3600, n, k)) for d, median, n in messages.resolve_medians),
    )


def _week_of(day: dt.date, first: dt.date) -> int:
    return (day - (first - dt.timedelta(days=first.weekday()))).days // 7


def _linked_day_tables(days: Sequence[dt.date], per_day: Sequence[int], grid: Sequence[Sequence[int]], k: int,
                       public_total: bool) -> tuple[PublishedTable, PublishedTable]:
    """The calendar (weekday x week) and the weekday x hour table, protected together (module docstring)."""
    weeks = _week_of(days[-1], days[0]) + 1
    monday = days[0] - dt.timedelta(days=days[0].weekday())
    week_labels = [(monday + dt.timedelta(weeks=w)).isoformat() for w in range(weeks)]
    cal = [[0] * weeks for _ in WEEKDAYS]
    for day, n in zip(days, per_day, strict=True):
        cal[day.weekday()][_week_of(day, days[0])] = n
    # The calendar first; the weekday x hour table may not hide a weekday total the calendar shows (it is
    # public), and a total it shows that the calendar hid becomes public to the calendar, which is then
    # published again. Public totals only grow, so this ends, with the same weekday totals hidden in both.
    pinned: set[int] = set()
    while True:
        c = _safe_table(WEEKDAYS, week_labels, cal, k, public_total=public_total, public_row_totals=pinned)
        shown_c = {w for w in range(len(WEEKDAYS)) if not _hidden(c.row_totals[w])}
        h = _safe_table(WEEKDAYS, HOURS, grid, k, public_total=public_total, public_row_totals=shown_c)
        given_away = {w for w in range(len(WEEKDAYS)) if _hidden(c.row_totals[w]) and not _hidden(h.row_totals[w])}
        if not given_away - pinned:
            return c, h
        pinned |= given_away


def _hidden(figure: Figure) -> bool:
    return isinstance(figure, Suppressed)


def _safe_series(labels: Sequence[str], counts: Sequence[int], k: int, public_total: bool) -> PublishedSeries:
    """publish_series with its total public; where that leaves a small count no cover (a total of 6 that
    is 5 + 1: the small one can only be 1), every non-zero figure of the series is withheld."""
    try:
        return publish_series(labels, counts, k, public_total=public_total)
    except AssertionError:
        return PublishedSeries(labels=tuple(labels), values=tuple(_withheld(n, k) for n in counts),
                               total=_withheld(sum(counts), k) if not public_total else sum(counts), k=k)


def _withheld(n: int, k: int) -> Figure:
    return Suppressed(k, Reason.WITHHELD) if n else 0


def _safe_table(rows: Sequence[str], columns: Sequence[str], counts: Sequence[Sequence[int]], k: int, *,
                public_total: bool = False, public_row_totals: set[int] | None = None) -> PublishedTable:
    """publish_table; where public totals leave no complement that helps (its "cannot happen" without
    them), every non-zero figure of the table but the public total is withheld rather than anything given
    away: each is then known only to be at least 1."""
    try:
        return publish_table(rows, columns, counts, k, public_total=public_total,
                             public_row_totals=public_row_totals or ())
    except AssertionError:
        def hide(n: int) -> Figure:
            return _withheld(n, k)
        return PublishedTable(
            row_labels=tuple(rows), column_labels=tuple(columns),
            cells=tuple(tuple(hide(n) for n in line) for line in counts),
            row_totals=tuple(hide(sum(line)) for line in counts),
            column_totals=tuple(hide(sum(line[j] for line in counts)) for j in range(len(columns))),
            total=sum(map(sum, counts)) if public_total else hide(sum(map(sum, counts))), k=k)
