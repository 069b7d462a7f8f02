# SPDX-License-Identifier: Apache-2.0
"""Usage statistics on both engines: each figure right on a known data set, in the town's days and hours,
every figure suppressed as kiosk.core.suppression says (on screen, in the CSV, in the PDF), exports audited,
and never a person's data in any of them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from kiosk.core.audit import AuditAction, AuditEvent
from kiosk.core.session import EndReason, UsageRecord
from kiosk.core.staff import Actor
from kiosk.core.submissions import StoredSubmission, SubmissionStatus
from kiosk.core.suppression import PublishedSeries, Reason, Suppressed
from kiosk.core.usage import HOURS, WEEKDAYS, DateRange, ExportKind, RangeError, UsageService
from kiosk.core.usage_csv import usage_csv
from kiosk.printing.usage_report import render_usage_report
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.models import AuditLogEntry, UsageScreen
from kiosk.storage.queue import SqlQueueRepository
from kiosk.storage.stats import AuditRecorder, DatabaseUsageSource, UsageStats
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.suppression_check import assert_protected, assert_series_protected
from tests.storage.outbox_support import new_submission

NEW_YORK = ZoneInfo("America/New_York")
NOVEMBER = DateRange.month("2026-11")     # daylight saving time ends on 1 November 2026 at 2 a.m.
T0 = dt.datetime(2026, 11, 10, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def sessions(database_url):
    engine = open_engine(database_url)
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


def visit(n: int, at: dt.datetime, *, reason: EndReason = EndReason.FINISH, language: str = "en",
          screens: tuple[str, ...] = ("home",), duration: float = 60.0, pages: int = 0) -> UsageRecord:
    return UsageRecord(token=f"{n:032x}", kiosk_id="lobby-1", started_at=at, duration_s=duration, screens=screens,
                       language=language, large_text=False, high_contrast=False, end_reason=reason, pages_printed=pages)


def local(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=NEW_YORK).astimezone(dt.UTC)


def service(sessions, k: int = 5) -> UsageService:
    return UsageService(DatabaseUsageSource(sessions), AuditRecorder(sessions), NEW_YORK, k, "lobby-1",
                        now=lambda: T0)


def known_visits(stats: UsageStats) -> list[UsageRecord]:
    """November in New York: 12 visits on Monday the 2nd at 10, 8 on Tuesday the 3rd at 14, 6 on Sunday the
    1st at 1:30 *after* the clocks went back (06:30 UTC), 2 on Friday the 6th at 9, and 3 outside the month."""
    visits = [visit(i, local(2, 10, i), screens=("home", "forms"), duration=100.0, pages=1) for i in range(12)]
    visits += [visit(20 + i, local(3, 14, i), reason=EndReason.IDLE, language="es", screens=("home", "records"),
                     duration=40.0) for i in range(8)]
    visits += [visit(40 + i, dt.datetime(2026, 11, 1, 6, 30 + i, tzinfo=dt.UTC), reason=EndReason.START_OVER,
                     duration=10.0, pages=2) for i in range(6)]
    visits += [visit(50 + i, local(6, 9, i), reason=EndReason.STAFF_RESET, screens=("home", "forms", "records"),
                     duration=200.0) for i in range(2)]
    visits += [visit(60, local(31, 23, 30, month=10)), visit(61, local(1, 0, 0, month=12)),
               visit(62, dt.datetime(2026, 11, 1, 3, 59, tzinfo=dt.UTC))]     # 23:59 on 31 October (EDT)
    for v in visits:
        stats.add(v)
    return visits


def published_as(value, truth, k=5):
    """A published figure is the true count, or hidden; a count of 1..k-1 is always hidden."""
    if 0 < truth < k:
        return isinstance(value, Suppressed) and value.reason is not Reason.COMPLEMENT
    return value == truth or (isinstance(value, Suppressed) and truth >= k)


def test_each_visit_figure_is_counted_in_the_towns_days_and_hours(sessions):
    known_visits(UsageStats(sessions))

    counts = DatabaseUsageSource(sessions).visit_counts(NOVEMBER, NEW_YORK)
    report = service(sessions).report(NOVEMBER)

    # 1:30 on 1 November is the second 1:30 (EST, UTC-5), the hour after the clocks went back.
    assert sorted((d.isoformat(), h, r, lang, n) for d, h, r, lang, n, _s, _p in counts.buckets) == [
        ("2026-11-01", 1, "start_over", "en", 6), ("2026-11-02", 10, "finish", "en", 12),
        ("2026-11-03", 14, "idle", "es", 8), ("2026-11-06", 9, "staff_reset", "en", 2)]
    assert sorted(counts.by_screen) == [("forms", 14), ("home", 28), ("records", 10)]
    assert report.visits == 28                                # public: every other visit figure is protected with it
    truth = {"2026-11-01": 6, "2026-11-02": 12, "2026-11-03": 8, "2026-11-06": 2}
    for label, value in zip(report.visits_per_day.labels, report.visits_per_day.values, strict=True):
        assert published_as(value, truth.get(label, 0)), label
    cells = {(6, 1): 6, (0, 10): 12, (1, 14): 8, (4, 9): 2}
    assert report.week_hours.row_labels == WEEKDAYS and report.week_hours.column_labels == HOURS
    for w in range(7):
        for h in range(24):
            assert published_as(report.week_hours.cells[w][h], cells.get((w, h), 0)), (w, h)
    ends = dict(zip(report.end_reasons.labels, report.end_reasons.values, strict=True))
    for reason, n in {"finish": 12, "start_over": 6, "idle": 8, "staff_reset": 2, "shutdown": 0, "error": 0}.items():
        assert published_as(ends[reason], n), reason
    assert dict(zip(report.languages.labels, report.languages.values, strict=True)) == {"en": 20, "es": 8}
    assert dict(zip(report.screens.labels, report.screens.values, strict=True)) == {
        "home": 28, "forms": 14, "records": 10}
    assert report.average_visit_s == pytest.approx((12 * 100 + 8 * 40 + 6 * 10 + 2 * 200) / 28)
    assert report.pages_per_day.total == 24
    assert dict(zip(report.pages_per_day.labels, report.pages_per_day.values, strict=True))["2026-11-02"] == 12


def test_a_range_of_a_few_visits_shows_none_of_them(sessions):
    stats = UsageStats(sessions)
    for i in range(3):
        stats.add(visit(i, local(20, 12, i), duration=30.0))

    report = service(sessions).report(DateRange.parse("2026-11-20", "2026-11-20"))

    assert report.visits == Suppressed(5, Reason.SMALL)
    assert report.average_visit_s == Suppressed(5)
    assert all(v == 0 or isinstance(v, Suppressed) for v in report.end_reasons.values)


def test_every_visit_figure_is_protected(sessions):
    known_visits(UsageStats(sessions))
    raw = DatabaseUsageSource(sessions).visit_counts(NOVEMBER, NEW_YORK)

    report = service(sessions).report(NOVEMBER)

    grid = [[0] * 24 for _ in WEEKDAYS]
    for day, hour, _reason, _language, n, _s, _p in raw.buckets:
        if NOVEMBER.first <= day <= NOVEMBER.last:
            grid[day.weekday()][hour] += n
    assert_protected(grid, report.week_hours)
    calendar = [[0] * len(report.calendar.column_labels) for _ in WEEKDAYS]
    truth = {"2026-11-01": 6, "2026-11-02": 12, "2026-11-03": 8, "2026-11-06": 2}
    for label, n in truth.items():
        d = dt.date.fromisoformat(label)
        calendar[d.weekday()][report.calendar.column_labels.index((d - dt.timedelta(days=d.weekday())).isoformat())] = n
    assert_protected(calendar, report.calendar)
    assert_series_protected([12, 6, 8, 2, 0, 0], report.end_reasons)
    # The weekday totals are the same figures in both tables: shown in both, or hidden in both.
    for a, b in zip(report.calendar.row_totals, report.week_hours.row_totals, strict=True):
        assert a == b or (isinstance(a, Suppressed) and isinstance(b, Suppressed))


def test_message_figures_and_the_median_time_to_resolve(sessions):
    repo = SqlSubmissionRepository(sessions, "WES")
    works = [repo.store(new_submission(i), "lobby-1", T0 + dt.timedelta(minutes=i)) for i in range(7)]
    clerk = [repo.store(new_submission(10 + i, form_title="Request public records", department_name="Town Clerk",
                                       department_id="clerk"), "lobby-1", T0) for i in range(3)]
    queue = SqlQueueRepository(sessions)

    def set_state(stored: StoredSubmission, state: SubmissionStatus, at: dt.datetime) -> None:
        queue.set_state([stored.submission_id], state, "", "clerk", at,
                        lambda pk, ref: AuditEvent(at, "clerk", AuditAction.SUBMISSION_STATE, "submission", ref, "desk"))

    for hours, stored in zip((2, 4, 6, 8, 50), works, strict=False):       # five resolved: the median is 6 h
        set_state(stored, SubmissionStatus.RESOLVED, stored.created_at + dt.timedelta(hours=hours))
    set_state(works[5], SubmissionStatus.IN_PROGRESS, T0 + dt.timedelta(hours=1))
    set_state(clerk[0], SubmissionStatus.RESOLVED, T0 + dt.timedelta(hours=3))

    report = service(sessions).report(NOVEMBER)

    assert report.messages == 10
    table = report.messages_by_state
    assert table.row_labels == ("Public Works", "Town Clerk")
    assert table.column_labels == tuple(s.value for s in SubmissionStatus)
    assert published_as(table.row_totals[0], 7) and published_as(table.row_totals[1], 3)
    #                 new ack in_progress waiting redirected resolved no_action duplicate
    assert_protected([[1, 0, 1, 0, 0, 5, 0, 0],
                      [2, 0, 0, 0, 0, 1, 0, 0]], table)
    assert_series_protected([7, 3], PublishedSeries(("Report a problem", "Request public records"),
                                                    report.messages_by_form.values, report.messages_by_form.total, 5))
    medians = dict(report.hours_to_resolve)
    assert medians["Public Works"] == pytest.approx(6.0, abs=0.01)
    assert medians["Town Clerk"] == Suppressed(5)                  # one message: its own case, not a median


def test_the_csv_has_every_figure_and_writes_suppressed_ones_in_words(sessions):
    known_visits(UsageStats(sessions))
    repo = SqlSubmissionRepository(sessions, "WES")
    for i in range(6):
        repo.store(new_submission(i), "lobby-1", T0)
    report = service(sessions).export(Actor.command_line("clerk"), NOVEMBER, ExportKind.CSV)

    text = usage_csv(report)

    rows = list(csv.DictReader(io.StringIO(text)))
    value = {(r["figure"], r["row"], r["column"]): r["value"] for r in rows}
    assert value[("visits", "", "")] == "28"
    assert value[("visits per day", "2026-11-02", "")] == "12"
    assert value[("visits per day", "2026-11-03", "")] == "not shown"       # 8, hidden so that the 2 is not given away
    assert value[("visits per day", "2026-11-06", "")] == "fewer than 5"
    assert value[("visits by weekday and hour", "Friday", "09")] == "fewer than 5"
    assert value[("how visits ended", "Ended by staff", "")] == "fewer than 5"
    assert value[("messages by form", "Report a problem", "")] == "6"
    assert value[("rule", "smallest count shown", "")] == "5"
    shown = [r["value"] for r in rows if r["figure"] not in ("period", "rule")]
    assert all(v in ("fewer than 5", "not shown", "none") or v.replace(".", "").isdigit() for v in shown)
    for private in ("Ada", "Lovelace", "Myrtle", "Pothole", "Deep hole", "example.org", "+1203", "0" * 31):
        assert private not in text


def test_the_pdf_reads_back_with_the_same_figures_and_nobodys_data(sessions):
    known_visits(UsageStats(sessions))
    repo = SqlSubmissionRepository(sessions, "WES")
    for i in range(6):
        repo.store(new_submission(i), "lobby-1", T0)
    report = service(sessions).report(NOVEMBER)

    pdf = render_usage_report(report, "Town of Westport", "America/New_York", T0, "lobby-1")

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Kiosk usage, 2026-11-01 to 2026-11-30" in text
    assert "Visits\n28\n" in text and "Messages sent\n6\n" in text
    assert "fewer than 5" in text and "Visits by weekday and hour" in text
    for private in ("Ada", "Lovelace", "Myrtle", "Pothole", "example.org", "0" * 31):
        assert private not in text


def test_an_export_is_audited_with_who_and_which_range(sessions):
    service(sessions).export(Actor.command_line("clerk"), NOVEMBER, ExportKind.PDF)

    with sessions() as s:
        entry = s.scalars(sa.select(AuditLogEntry)).one()
    assert (entry.actor, entry.action, entry.record_kind, entry.record_id, entry.detail) == (
        "kiosk-admin:clerk", "statistics.exported", "statistics", "2026-11-01 to 2026-11-30", "pdf")


def test_each_screen_a_visit_used_is_one_row_however_long_the_list(sessions):
    stats = UsageStats(sessions)
    screens = tuple(f"screen_{i:03d}" for i in range(60))           # 659 characters joined: more than the column
    stats.add(visit(1, T0, screens=(*screens, "screen_000")))

    with sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(UsageScreen)) == 60
    assert len(DatabaseUsageSource(sessions).visit_counts(NOVEMBER, NEW_YORK).by_screen) == 60


def test_a_zone_half_an_hour_from_utc_is_counted_in_its_own_hours(sessions):
    kolkata = ZoneInfo("Asia/Kolkata")
    stats = UsageStats(sessions)
    for i in range(5):
        stats.add(visit(i, dt.datetime(2026, 11, 20, 18, 45, i, tzinfo=dt.UTC)))     # 00:15 on the 21st

    counts = DatabaseUsageSource(sessions).visit_counts(NOVEMBER, kolkata)

    assert [(d, h, n) for d, h, _r, _l, n, _s, _p in counts.buckets] == [(dt.date(2026, 11, 21), 0, 5)]


@pytest.mark.parametrize(("first", "last", "message"), [
    ("2026-11-31", "2026-12-01", "not a date"), ("2026-12-01", "2026-11-01", "ends"),
    ("2025-01-01", "2026-12-31", "at most 366 days")])
def test_a_range_that_is_not_one_says_why(first, last, message):
    with pytest.raises(RangeError, match=message):
        DateRange.parse(first, last)
