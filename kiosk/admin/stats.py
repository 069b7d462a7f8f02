# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin stats`: usage statistics of a date range, on the terminal, as CSV, or as the monthly PDF.

Every figure is published as the console shows it (kiosk.core.usage, kiosk.core.suppression): counts of
1 to k-1 read "fewer than k", with k from ``statistics_min_count``. Exports are audited.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.core.staff import Actor
from kiosk.core.suppression import PublishedSeries, english
from kiosk.core.usage import END_REASON_WORDS, DateRange, ExportKind, RangeError, UsageReport, UsageService
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.stats import AuditRecorder, DatabaseUsageSource

DEFAULT_DAYS = 30


def add_arguments(sub: argparse._SubParsersAction) -> None:
    stats = sub.add_parser("stats", help="anonymous usage statistics, in aggregate only (small counts suppressed)")
    actions = stats.add_subparsers(dest="action")
    show = actions.add_parser("show", help=f"print the figures of a date range (default: the last {DEFAULT_DAYS} days)")
    show.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day (the town's calendar)")
    show.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day, included (default: today)")
    export = actions.add_parser("export", help="write the figures of a date range as CSV")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True, help="first day")
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True, help="last day, included")
    export.add_argument("--csv", dest="out", metavar="FILE", type=Path, required=True, help="the CSV file to write")
    report = actions.add_parser("report", help="write the monthly report (charts and figures) as a PDF")
    report.add_argument("--month", metavar="YYYY-MM", required=True, help="the month, e.g. 2026-11")
    report.add_argument("--out", metavar="FILE.pdf", type=Path, required=True, help="the PDF file to write")


def run(prepared: Prepared, args: argparse.Namespace) -> int:
    zone = ZoneInfo(prepared.pack.timezone)
    try:
        period = _period(args, zone)
    except RangeError as exc:
        print(f"kiosk-admin stats: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    out: Path | None = getattr(args, "out", None)
    if out is not None and not out.parent.is_dir():
        print(f"kiosk-admin stats: the folder {out.parent} does not exist", file=sys.stderr)
        return EXIT_CONFIG
    with _service(prepared, zone) as service:
        if args.action in ("export", "report"):
            kind = ExportKind.CSV if args.action == "export" else ExportKind.PDF
            report = service.export(Actor.command_line(_os_user()), period, kind)
        else:
            report = service.report(period)
    if args.action == "export":
        from kiosk.core.usage_csv import usage_csv
        return _write(out, usage_csv(report).encode("utf-8"))
    if args.action == "report":
        from kiosk.printing.usage_report import render_usage_report
        pdf = render_usage_report(report, prepared.pack.name, prepared.pack.timezone, dt.datetime.now(dt.UTC),
                                  prepared.settings.kiosk_id)
        return _write(out, pdf)
    _print(report)
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):       # no login name and no USER variable (some service managers)
        return "unknown"


def _period(args: argparse.Namespace, zone: ZoneInfo) -> DateRange:
    if args.action == "report":
        return DateRange.month(args.month)
    today = dt.datetime.now(zone).date()
    first = getattr(args, "first", None)
    last = getattr(args, "last", None)
    if first is None and last is None:
        return DateRange(today - dt.timedelta(days=DEFAULT_DAYS - 1), today)
    if first is None:
        raise RangeError("give --from as well as --to")
    return DateRange.parse(first, last or today.isoformat())


@contextmanager
def _service(prepared: Prepared, zone: ZoneInfo) -> Iterator[UsageService]:
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        yield UsageService(DatabaseUsageSource(sessions), AuditRecorder(sessions), zone,
                           prepared.settings.statistics_min_count, prepared.settings.kiosk_id)
    finally:
        engine.dispose()


def _write(path: Path | None, data: bytes) -> int:
    assert path is not None
    try:
        path.write_bytes(data)
    except OSError as exc:
        print(f"kiosk-admin stats: cannot write {path}: {exc.strerror}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"Wrote {path} ({len(data):,} bytes).")
    return 0


def _print(report: UsageReport) -> None:
    print(f"Usage, {report.period}")
    print(f"Visits: {english(report.visits)}")
    average = report.average_visit_s
    print(f"Average visit length: {f'{average:.0f} s' if isinstance(average, float) else english(average)}")
    print(f"Pages printed: {english(report.pages_per_day.total)}")
    print(f"Messages: {english(report.messages)}")
    ends = PublishedSeries(tuple(END_REASON_WORDS.get(r, r) for r in report.end_reasons.labels),
                           report.end_reasons.values, report.end_reasons.total, report.k)
    for title, series in (("Visits per day", report.visits_per_day), ("How visits ended", ends),
                          ("Language", report.languages), ("Screens used", report.screens),
                          ("Messages by form", report.messages_by_form),
                          ("Messages by department", PublishedSeries(report.messages_by_state.row_labels,
                                                                     report.messages_by_state.row_totals,
                                                                     report.messages_by_state.total, report.k))):
        print(f"{title}:")
        for label, value in zip(series.labels, series.values, strict=True):
            print(f"  {label:<32} {english(value)}")
    for department, hours in report.hours_to_resolve:
        shown = f"{hours:.1f} h" if isinstance(hours, float) else english(hours)
        print(f"Median time to resolve, {department}: {shown}")
    print(f"(A count of 1 to {report.k - 1} reads 'fewer than {report.k}'; 'not shown' hides a figure a small "
          "count could be worked out from.)")
