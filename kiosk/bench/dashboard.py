# SPDX-License-Identifier: Apache-2.0
"""The usage dashboard for `kiosk-admin bench`: one million visits and 100,000 messages on a SQLite file,
then, in a child process that has Qt loaded as the console has, a month chosen to every figure published
and every chart drawn as SVG (``dashboard_ms``: median of the runs; the first, cold, run is in the details),
the SVGs painted by QSvgRenderer (details), and the child's RSS afterwards (``rss_after_dashboard_mb``).

The data are made by the database itself (INSERT ... SELECT over a recursive counter): two years of visits
in opening hours, each with its screens, and messages across departments, forms and states, a third of them
closed with their closing time in the history. `python -m kiosk.bench.dashboard --db FILE` is the child.
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
       CASE abs(random()) % 3 WHEN 0 THEN 'closed' WHEN 1 THEN 'in_progress' ELSE 'new' END
FROM n
"""
_CLOSED = """
INSERT INTO submission_status_history (submission_id, status, at, note)
SELECT id, 'closed', strftime('%Y-%m-%d %H:%M:%S.000000', created_at, '+' || (3600 + abs(random()) % 604800) || ' seconds'), ''
FROM submissions WHERE status = 'closed'
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
    """In the child: Qt loaded first (the console has it), then the dashboard `runs` times."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from kiosk.bench.context import RESULT_PREFIX
    from kiosk.core.usage import DateRange, UsageService
    from kiosk.storage.database import open_engine, session_factory
    from kiosk.storage.stats import AuditRecorder, DatabaseUsageSource

    app = QGuiApplication([])
    engine = open_engine(f"sqlite:///{db}")
    sessions = session_factory(engine)
    service = UsageService(DatabaseUsageSource(sessions), AuditRecorder(sessions), ZoneInfo(ZONE), 5, "bench")
    rss_before = _rss_mb()
    times, figures_ms, paint_ms = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        period = DateRange.month(MONTH)
        report = service.report(period)
        t1 = time.perf_counter()
        from kiosk.printing.charts import to_svg, usage_charts  # loaded with the first dashboard, as the console will
        svgs = [to_svg(drawing) for _name, drawing in usage_charts(report)]
        t2 = time.perf_counter()
        for svg in svgs:
            renderer = QSvgRenderer(QByteArray(svg))
            image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
            image.fill(0xFFFFFFFF)
            with_painter = QPainter(image)
            renderer.render(with_painter)
            with_painter.end()
        t3 = time.perf_counter()
        times.append((t2 - t0) * 1000)
        figures_ms.append((t1 - t0) * 1000)
        paint_ms.append((t3 - t2) * 1000)
    rss_after = _rss_mb()
    engine.dispose()
    del app
    result = {"dashboard_ms": statistics.median(times), "rss_after_dashboard_mb": rss_after,
              "details": {"runs_ms": [round(t, 1) for t in times], "first_ms": round(times[0], 1),
                          "figures_ms_median": round(statistics.median(figures_ms), 1),
                          "svg_paint_ms_median": round(statistics.median(paint_ms), 1),
                          "rss_before_dashboard_mb": round(rss_before, 1),
                          "rss_growth_mb": round(rss_after - rss_before, 1), "visits_in_month": report.visits
                          if isinstance(report.visits, int) else None}}
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
