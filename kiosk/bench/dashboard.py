# SPDX-License-Identifier: Apache-2.0
"""The usage dashboard for `kiosk-admin bench`: one million visits and 100,000 messages on a SQLite file,
then, in a child process, the staff console's Usage page itself: from tapping "Last month" to its charts
painted (``dashboard_ms``: median of the runs; the first, which also imports the chart code, is in the
details), and the child's RSS afterwards (``rss_after_dashboard_mb``).

The data are made by the database itself (INSERT ... SELECT over a recursive counter): two years of visits
in opening hours, each with its screens, and messages across departments, forms and states, a third of them
resolved with their resolving time in the history. `python -m kiosk.bench.dashboard --db FILE` is the child.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.bench.context import BenchContext

FIRST_DAY = "2025-01-01"
DAYS = 730
MONTH = "2026-11"
ZONE = "America/New_York"

_VISITS = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
INSERT INTO usage_sessions (token, kiosk_id, started_at, duration_s, screens, language, large_text,
                            high_contrast, end_reason, pages_printed)
SELECT printf('%032x', i), CASE i % 3 WHEN 0 THEN 'annex-1' ELSE 'lobby-1' END,
       strftime('%Y-%m-%d %H:%M:%S.000000', :first, '+' || (abs(random()) % :days) || ' days',
                '+' || (12 + abs(random()) % 11) || ' hours', '+' || (abs(random()) % 3600) || ' seconds'),
       10 + abs(random()) % 600, 'home', CASE WHEN abs(random()) % 5 = 0 THEN 'es' ELSE 'en' END, 0, 0,
       CASE abs(random()) % 10 WHEN 0 THEN 'start_over' WHEN 1 THEN 'start_over' WHEN 2 THEN 'idle'
            WHEN 3 THEN 'idle' WHEN 4 THEN 'staff_reset' ELSE 'finish' END,
       CASE WHEN abs(random()) % 4 = 0 THEN 1 + abs(random()) % 3 ELSE 0 END
FROM n
"""
_SCREENS = """
INSERT INTO usage_screens (session_id, screen, started_at)
SELECT id, :screen, started_at FROM usage_sessions WHERE abs(random()) % 100 < :percent
"""
_MESSAGES = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
INSERT INTO submissions (reference, form_id, form_version, form_title, department_id, department_name,
                         department_email, answers, policy_versions, language, kiosk_id, created_at, status)
SELECT 'WES-' || i, 'form-' || (i % 6), '1',
       CASE i % 6 WHEN 0 THEN 'Pothole' WHEN 1 THEN 'Streetlight out' WHEN 2 THEN 'Contact the clerk'
                  WHEN 3 THEN 'Noise complaint' WHEN 4 THEN 'Tree down' ELSE 'Other request' END,
       'dept-' || (i % 5),
       CASE i % 5 WHEN 0 THEN 'Public Works' WHEN 1 THEN 'Town Clerk' WHEN 2 THEN 'Police (non-emergency)'
                  WHEN 3 THEN 'Parks and Recreation' ELSE 'Building' END,
       'dept@westport.example', '[]', '{}', 'en', 'lobby-1',
       strftime('%Y-%m-%d %H:%M:%S.000000', :first, '+' || (abs(random()) % :days) || ' days',
                '+' || (abs(random()) % 86400) || ' seconds'),
       CASE abs(random()) % 3 WHEN 0 THEN 'resolved' WHEN 1 THEN 'in_progress' ELSE 'new' END
FROM n
"""
_CLOSED = """
INSERT INTO submission_status_history (submission_id, status, at, note)
SELECT id, 'resolved', strftime('%Y-%m-%d %H:%M:%S.000000', created_at, '+' || (3600 + abs(random()) % 604800) || ' seconds'), ''
FROM submissions WHERE status = 'resolved'
"""
SCREENS = {"forms": 45, "records": 35, "policies": 20, "account": 25, "help": 10, "display": 8}


def fill(engine: Engine, visits: int, messages: int) -> None:
    """Made by SQLite in a few seconds: no Python loop over the rows."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text(_VISITS), {"count": visits, "first": FIRST_DAY, "days": DAYS})
        conn.execute(text("INSERT INTO usage_screens (session_id, screen, started_at) "
                          "SELECT id, 'home', started_at FROM usage_sessions"))
        for screen, percent in SCREENS.items():
            conn.execute(text(_SCREENS), {"screen": screen, "percent": percent})
        conn.execute(text(_MESSAGES), {"count": messages, "first": FIRST_DAY, "days": DAYS})
        conn.execute(text(_CLOSED))
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def measure_dashboard(ctx: BenchContext) -> dict[str, object]:
    from kiosk.bench.context import RESULT_PREFIX, BenchError
    from kiosk.storage.database import open_engine
    from kiosk.storage.migrations import upgrade

    visits, messages = (50_000, 5_000) if ctx.quick else (1_000_000, 100_000)
    path = ctx.workdir / "dashboard.sqlite3"
    engine = open_engine(f"sqlite:///{path}")
    started = time.perf_counter()
    try:
        upgrade(engine)
        fill(engine, visits, messages)
    finally:
        engine.dispose()
    ctx.details["dashboard_data"] = {"visits": visits, "messages": messages, "month": MONTH,
                                     "fill_s": round(time.perf_counter() - started, 2)}
    proc = subprocess.run([sys.executable, "-m", "kiosk.bench.dashboard", "--db", str(path),
                           "--runs", str(max(ctx.runs, 3))],
                          capture_output=True, env=ctx.env, cwd=ctx.workdir, timeout=600)
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX):])
            ctx.details["dashboard"] = result.pop("details")
            return result
    tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-20:])
    raise BenchError(f"the dashboard benchmark failed (exit code {proc.returncode}):\n{tail}")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(db: Path, runs: int) -> dict[str, object]:
    """In the child: the console's Usage page itself (kiosk.ui.console.usage), built as `kiosk --staff`
    builds it, on the bench's database. Each run taps "Last month" (November 2026: the clock says
    5 December) and is timed to the charts painted: the counting and the SVGs off the GUI thread, then
    the figures' tables filled, the window's repaint, and every chart painted by its QSvgRenderer (a
    chart below the fold is painted with grab(), as a flick would). The first run also imports the chart
    code (kiosk.printing.charts, reportlab's SVG side): its time is in the details."""
    import datetime as dt

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import StaffDesk
    from kiosk.bench.context import RESULT_PREFIX
    from kiosk.core.staff import Actor, StaffRole
    from kiosk.core.usage import DateRange
    from kiosk.startup import prepare
    from kiosk.ui.console.usage import UsagePage
    from kiosk.ui.widgets.screen_scroll import ScreenScroll

    app = QApplication([])
    clock = dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC)
    prepared = prepare(None, {"data_dir": str(db.parent / "dashboard-data"), "database_url": f"sqlite:///{db}",
                              "demo_records": False, "printer_backend": "file"}, log_to_file=False)
    desk = StaffDesk(prepared, app, now=lambda: clock)
    desk.finish_startup()
    member = desk.staff.add(Actor.command_line("bench"), "bench", "Bench Clerk", StaffRole.ASSISTANT,
                            "canoe maple 42", "canoe maple 42")
    page = UsagePage(desk.console.ctx, member)
    area = ScreenScroll("benchUsageScroll")          # as the console shows a page: 1280x800 less its bars
    area.setWidget(page)
    area.resize(1020, 712)
    area.show()
    app.processEvents()
    wanted = DateRange.month(MONTH)

    def counted() -> bool:
        return page.report is not None and page.report.period == wanted and not page.status.isVisible()

    rss_before = _rss_mb()
    times, paint_ms = [], []
    for _ in range(runs):
        page.report = None
        t0 = time.perf_counter()
        QTest.mouseClick(page.range.quick["last_month"], Qt.MouseButton.LeftButton)
        while not counted():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        t1 = time.perf_counter()
        app.processEvents()                          # the window's repaint of what shows
        charts = [s.chart for s in page.sections.values() if s.chart is not None]
        for chart in charts:
            chart.grab()
        t2 = time.perf_counter()
        times.append((t2 - t0) * 1000)
        paint_ms.append((t2 - t1) * 1000)
    rss_after = _rss_mb()
    figures_ms = []
    service = desk.console.ctx.usage
    assert service is not None
    for _ in range(runs):
        t0 = time.perf_counter()
        report = service.report(wanted)
        figures_ms.append((time.perf_counter() - t0) * 1000)
    visits = report.visits
    area.close()
    desk.shutdown()
    del app
    result = {"dashboard_ms": statistics.median(times), "rss_after_dashboard_mb": rss_after,
              "details": {"runs_ms": [round(t, 1) for t in times], "first_ms": round(times[0], 1),
                          "charts": len(charts),
                          "figures_ms_median": round(statistics.median(figures_ms), 1),
                          "page_fill_and_paint_ms_median": round(statistics.median(paint_ms), 1),
                          "rss_before_dashboard_mb": round(rss_before, 1),
                          "rss_growth_mb": round(rss_after - rss_before, 1),
                          "visits_in_month": visits if isinstance(visits, int) else None}}
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.dashboard")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    child(args.db, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
