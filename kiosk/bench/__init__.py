# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin bench`: how fast the kiosk starts and answers, how much memory it keeps, and how
it holds up when its database or its first start get in the way.

Measured on this machine, offscreen (QT_QPA_PLATFORM=offscreen), with a throwaway data folder:

* start_s / bare_qt_start_s / start_ratio: fresh `python -m kiosk` processes, from just before the
  process is started to its ``KIOSK_MARK painted`` line (the attract screen's first paint), median
  of `runs`; the same for a bare PySide6 window, and the ratio of the two.
* ready_s: in the same processes, to ``KIOSK_MARK ready`` (database open, taps answered).
* session_end_ms_p95, tap_to_screen_ms_p95, rss_mb, rss_growth_mb_per_1000_sessions: one kiosk
  driven by real clicks in a child process (kiosk.bench.inprocess).
* refs_lost_per_visit: references to None/True/False the kiosk loses per visit (a PySide6 6.12.0
  bug on Python 3.11 that aborts the kiosk once they run out), with visits_until_abort_estimate.
* search, import, typing a search: kiosk.bench.records and kiosk.bench.inprocess; the outbox:
  kiosk.bench.outbox.
* tour_s: the whole `kiosk-admin tour` (kiosk.tour), every screen at every size and
  combination pictured and audited, wall time, for information; its findings are in the details.
* pg_freeze_message_s: a frozen PostgreSQL to the resident's message on screen
  (kiosk.bench.pg_freeze); first_start_submit_ms_p95 and sigterm_exit_s: a first start, its demo
  records loading, with messages sent meanwhile and a SIGTERM (kiosk.bench.first_start).
* staff_queue_filter_ms_p95: the staff console's queue filters over 100,000 messages (kiosk.bench.queue).
* dashboard_ms, rss_after_dashboard_mb: the usage dashboard over a million visits (kiosk.bench.dashboard).
* pg_search_ms_p95_<kind>, pg_search_floor_ms_p95_<kind>, pg_search_ms_max_typed: record search on a
  throwaway PostgreSQL with the records data set, against its raw index queries (kiosk.bench.pg_search).

Each measurement is a Measurement in MEASUREMENTS: a name (for ``--only``), a function taking
the BenchContext and returning figures, and the keys of the rows it fills; each row of the
table is a Row in ROWS. A later issue adds its measurement and its rows.
Speed targets live here, never in timed tests.

This package is for the town's IT and the developers: `kiosk-admin bench` reaches it through a
thin entry point, and it may import anything (Qt, the UI, the test-only aiosmtpd).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.bench.context import RESULT_PREFIX, BenchContext, BenchError, child_env, time_marks

__all__ = ["MEASUREMENTS", "ROWS", "SMOKE", "BenchContext", "BenchError", "Measurement", "Row", "add_arguments", "main",
           "run", "run_command"]

IN_PROCESS_TIMEOUT_S = 900.0

BARE_QT_SCRIPT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: print("KIOSK_MARK painted", file=sys.stderr, flush=True))

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, how it is shown, and its upper bound if it has one."""
    key: str
    label: str
    unit: str
    digits: int
    max: float | None = None

    def verdict(self, value: object) -> str:
        if self.max is None:
            return "info"
        if not isinstance(value, (int, float)):
            return "n/a"
        return "PASS" if value <= self.max else "FAIL"


ROWS: list[Row] = [
    Row("start_s", "Cold start to attract screen painted (median)", "s", 3),
    Row("bare_qt_start_s", "Bare PySide6 window painted (median)", "s", 3),
    Row("start_ratio", "Start-up / bare Qt", "x", 2, max=1.5),
    Row("ready_s", "Cold start to ready for taps (median)", "s", 3, max=0.9),
    Row("session_end_ms_p95", "Visit end to attract screen painted (p95)", "ms", 1, max=50),
    Row("tap_to_screen_ms_p95", "Tap on a tile or Back to screen painted (p95)", "ms", 1, max=16),
    Row("rss_mb", "Memory after start-up and one visit (RSS)", "MB", 1, max=150),
    Row("rss_growth_mb_per_1000_sessions", "Memory growth per 1,000 visits", "MB", 2, max=1),
    # PySide6 6.12.0 on Python 3.11 loses references to None and True: the kiosk aborts
    # ("deallocating None") once they are all gone. See kiosk.bench.inprocess.SingletonGuard.
    Row("refs_lost_per_visit", "References to None/True/False lost per visit", "", 1, max=1),
    Row("register_ms_p95", "Accept to account stored and receipt built (p95)", "ms", 1, max=300),
    Row("sign_in_ms_p95", "Sign-in (p95)", "ms", 1),
    # Records (issue 4), on 100,000 generated parcels and 500,000 records: see kiosk.bench.records.
    Row("search_ms_p95_address", "Search by address, end to end (p95)", "ms", 1, max=20),
    Row("search_floor_ms_p95_address", "  the same terms, raw FTS5 index query (p95)", "ms", 2),
    Row("search_ms_p95_parcel", "Search by parcel id or map-block-lot, end to end (p95)", "ms", 1, max=20),
    Row("search_floor_ms_p95_parcel", "  the same terms, raw FTS5 index query (p95)", "ms", 2),
    Row("search_ms_p95_record", "Search by record number, end to end (p95)", "ms", 1, max=20),
    Row("search_floor_ms_p95_record", "  the same terms, raw FTS5 index query (p95)", "ms", 2),
    Row("search_ms_p95_owner", "Search by owner name, end to end (p95)", "ms", 1, max=20),
    Row("search_floor_ms_p95_owner", "  the same terms, raw FTS5 index query (p95)", "ms", 2),
    Row("search_ms_p95_prefix", "Search by address as typed, key by key, end to end (p95)", "ms", 1, max=20),
    Row("search_floor_ms_p95_prefix", "  the same terms, raw FTS5 index query (p95)", "ms", 2),
    Row("submit_ms_p95", "Send to reference number on screen and receipt built (p95)", "ms", 1, max=100),
    Row("typeahead_paint_ms_p95", "Key press in the search box to its results painted (p95)", "ms", 1, max=50),
    Row("import_rows_per_s", "Records import, 200,000-row CSV (target: at least 20,000)", "rows/s", 0),
    Row("import_s_per_100k_rows", "Records import time per 100,000 rows", "s", 2, max=5),
    Row("import_peak_rss_mb", "Records import peak memory (RSS, with its reading process)", "MB", 1),
    Row("import_rss_growth_mb", "Import peak memory, 200,000 rows less 50,000", "MB", 1, max=10),
    # Messages from residents (issue 5): see kiosk.bench.outbox.
    Row("outbox_messages_per_s", "Outbox to a local SMTP server, staff queue and e-mail", "msg/s", 0),
    # The screen tour (issue 10): see kiosk.tour. For information: it grows with every screen.
    Row("tour_s", "Screen tour, every screen, size and combination (kiosk-admin tour)", "s", 1),
    # A database that misbehaves, the first start, shutdown (issue 11): see kiosk.bench.pg_freeze
    # and kiosk.bench.first_start.
    Row("pg_freeze_message_s", "PostgreSQL frozen: action to the resident's message on screen (slowest)", "s", 2,
        max=5),
    Row("first_start_submit_ms_p95", "Message stored while the first-start demo records load (p95)", "ms", 1,
        max=1000),
    Row("sigterm_exit_s", "SIGTERM during the first-start load to the process gone (exit 0)", "s", 2, max=3),
    # The staff console (issue 12): see kiosk.bench.queue.
    Row("staff_queue_filter_ms_p95", "Staff queue: filter 100,000 messages, page and count (p95)", "ms", 1, max=50),
    # The usage dashboard (issue 12): see kiosk.bench.dashboard.
    Row("dashboard_ms", "Usage page, a month of 1,000,000 visits and 100,000 messages: range tapped to charts painted "
        "(median)",
        "ms", 1, max=250),
    Row("rss_after_dashboard_mb", "Memory after the dashboard, Qt loaded (RSS)", "MB", 1),
    # Record search on PostgreSQL (issue 13), the same data set and terms: see kiosk.bench.pg_search.
    *(row for kind, label in (("address", "address"), ("parcel", "parcel id or map-block-lot"),
                              ("record", "record number"), ("owner", "owner name"), ("prefix", "address as typed"))
      for row in (Row(f"pg_search_ms_p95_{kind}", f"PostgreSQL search by {label}, end to end (p95)", "ms", 1, max=20),
                  Row(f"pg_search_floor_ms_p95_{kind}", "  the same terms, raw index query (p95)", "ms", 2),
                  Row(f"pg_search_overhead_ratio_{kind}", "  end to end / raw index query", "x", 2, max=2))),
    Row("pg_search_ms_max_typed", "PostgreSQL search, every address key by key: slowest", "ms", 1, max=50),
    # A fleet under load (issue 13): see kiosk.bench.fleet.
    Row("fleet_submits_per_s", "Fleet: messages stored per second, 20 kiosks", "/s", 1),
    Row("fleet_submit_ms_p95", "  a send, end to end (p95)", "ms", 1),
    Row("fleet_search_ms_p95", "  a search, on each kiosk's copy (p95)", "ms", 1, max=20),
    Row("fleet_lost", "  acknowledged messages not stored once", "", 0, max=0),
    Row("outage_lost", "Fleet: PostgreSQL stopped hard under 5 sending kiosks: lost", "", 0, max=0),
    Row("local_copy_search_ms_p95", "Fleet: a search on the kiosk's copy of the records (p95)", "ms", 2, max=20),
    Row("fleet_pg_search_ms_p95", "  the same searches on PostgreSQL directly (p95)", "ms", 2),
    Row("bundle_mb", "Release build: the bundle, unpacked", "MiB", 1, max=150),
    Row("deb_mb", "  the Debian package", "MiB", 1, max=70),
]


# -- measurements ------------------------------------------------------------------------------

def _kiosk_run(ctx: BenchContext, name: str) -> dict[str, float]:
    folder = ctx.workdir / name
    folder.mkdir(parents=True)
    config = folder / "kiosk.toml"
    config.write_text(f"data_dir = {json.dumps(str(folder / 'data'))}\ndemo_records = false\n", encoding="utf-8")
    try:
        return time_marks([sys.executable, "-m", "kiosk", "--config", str(config)], ctx.env,
                          ("painted", "ready"), folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bare_run(ctx: BenchContext) -> dict[str, float]:
    return time_marks([sys.executable, "-c", BARE_QT_SCRIPT], ctx.env, ("painted",), ctx.workdir)


def measure_cold_start(ctx: BenchContext) -> dict[str, object]:
    """Kiosk and bare Qt processes, alternated so that drift on the machine hits both alike."""
    _kiosk_run(ctx, "warm-up")           # disk cache and .pyc files, not counted
    _bare_run(ctx)
    kiosk_runs, bare_runs = [], []
    for i in range(ctx.runs):
        kiosk_runs.append(_kiosk_run(ctx, f"run-{i}"))
        bare_runs.append(_bare_run(ctx))
    start = [r["painted"] for r in kiosk_runs]
    ready = [r["ready"] for r in kiosk_runs]
    bare = [r["painted"] for r in bare_runs]
    ctx.details.update(start_s_samples=start, ready_s_samples=ready, bare_qt_start_s_samples=bare)
    start_s, bare_s = statistics.median(start), statistics.median(bare)
    return {"start_s": start_s, "bare_qt_start_s": bare_s, "ready_s": statistics.median(ready),
            "start_ratio": start_s / bare_s if bare_s > 0 else None}


def measure_in_process(ctx: BenchContext, records_db: Path | None = None) -> dict[str, object]:
    """Visit end, taps and memory, in a child process of their own (see kiosk.bench.inprocess); with
    records_db, typing a search on a copy of that records database instead."""
    folder = ctx.workdir / ("typeahead" if records_db else "in-process")
    folder.mkdir(parents=True)
    argv = [sys.executable, "-m", "kiosk.bench.inprocess", "--data-dir", str(folder),
            "--visits", str(ctx.visits), "--warmup", str(ctx.warmup)]
    if records_db is not None:
        copy = folder / "records.sqlite3"
        shutil.copyfile(records_db, copy)          # the kiosk writes to its database: not to the cached set
        argv += ["--records-db", str(copy)]
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=ctx.env, cwd=folder,
                              timeout=IN_PROCESS_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise BenchError(f"the in-process benchmark took more than {IN_PROCESS_TIMEOUT_S:.0f} s") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-20:])
    raise BenchError(f"the in-process benchmark failed (exit code {proc.returncode}):\n{tail}")


def measure_typeahead(ctx: BenchContext) -> dict[str, object]:
    """Typing a search, key by key, on the records data set of kiosk.bench.records."""
    from kiosk.bench.records import records_database

    return measure_in_process(ctx, records_database(ctx))





def measure_tour(ctx: BenchContext) -> dict[str, object]:
    """The whole `kiosk-admin tour` (quick: one size in one combination), wall time; its findings
    go to the details. The pictures go under the workdir, which the benchmark deletes."""
    from kiosk.tour import COMBINATIONS, SIZES
    from kiosk.tour import run as tour

    started = time.perf_counter()
    sizes, combinations = (SIZES[:1], COMBINATIONS[:1]) if ctx.quick else (SIZES, COMBINATIONS)
    audit = tour(ctx.workdir / "tour", sizes, combinations=combinations)
    wall = time.perf_counter() - started
    if audit["errors"]:
        raise BenchError(f"the tour failed: {audit['errors']}")
    ctx.details["tour"] = {"pictures": audit["pictures"], "findings": len(audit["findings"]),
                           "counts": audit["counts"], "size_cpu_s": audit["size_cpu_s"]}
    return {"tour_s": wall}






def lazy(module: str, function: str) -> Callable[[BenchContext], dict[str, object]]:
    """A measurement whose module (and what it needs: Qt, aiosmtpd, a PostgreSQL) is imported only
    when it runs, so ``--only`` one part loads nothing of the others."""
    def measure(ctx: BenchContext) -> dict[str, object]:
        found: Callable[[BenchContext], dict[str, object]] = getattr(importlib.import_module(module), function)
        return found(ctx)
    return measure


@dataclass(frozen=True)
class Measurement:
    """One part of the benchmark: its name for ``--only``, what measures it, and the rows it fills
    (a key it cannot measure here, such as pg_freeze_message_s with no PostgreSQL, is None and
    its reason is in BenchContext.not_measured)."""
    name: str
    measure: Callable[[BenchContext], dict[str, object]]
    keys: tuple[str, ...]


PG_SEARCH_KEYS = ("pg_search_ms_max_typed",
                  *(f"pg_search{part}_{kind}" for kind in ("address", "parcel", "record", "owner", "prefix")
                    for part in ("_ms_p95", "_floor_ms_p95", "_overhead_ratio")))
SEARCH_KEYS = tuple(f"search{floor}_ms_p95_{kind}" for kind in ("address", "parcel", "record", "owner", "prefix")
                    for floor in ("", "_floor"))
MEASUREMENTS: list[Measurement] = [
    Measurement("start", measure_cold_start, ("start_s", "bare_qt_start_s", "start_ratio", "ready_s")),
    Measurement("in-process", measure_in_process,
                ("session_end_ms_p95", "tap_to_screen_ms_p95", "rss_mb", "rss_growth_mb_per_1000_sessions",
                 "refs_lost_per_visit", "register_ms_p95", "sign_in_ms_p95", "submit_ms_p95")),
    Measurement("records", lazy("kiosk.bench.records", "measure_records"),
                (*SEARCH_KEYS, "import_rows_per_s", "import_s_per_100k_rows", "import_peak_rss_mb",
                 "import_rss_growth_mb")),
    Measurement("outbox", lazy("kiosk.bench.outbox", "measure_outbox"), ("outbox_messages_per_s",)),
    Measurement("typeahead", measure_typeahead, ("typeahead_paint_ms_p95",)),
    Measurement("tour", measure_tour, ("tour_s",)),
    Measurement("pg-freeze", lazy("kiosk.bench.pg_freeze", "measure_pg_freeze"), ("pg_freeze_message_s",)),
    Measurement("first-start", lazy("kiosk.bench.first_start", "measure_submit_during_load"), ("first_start_submit_ms_p95",)),
    Measurement("sigterm", lazy("kiosk.bench.first_start", "measure_sigterm_exit"), ("sigterm_exit_s",)),
    Measurement("staff-queue", lazy("kiosk.bench.queue", "measure_queue"), ("staff_queue_filter_ms_p95",)),
    Measurement("dashboard", lazy("kiosk.bench.dashboard", "measure_dashboard"), ("dashboard_ms", "rss_after_dashboard_mb")),
    Measurement("pg-search", lazy("kiosk.bench.pg_search", "measure_pg_search"), PG_SEARCH_KEYS),
    Measurement("fleet", lazy("kiosk.bench.fleet", "measure_fleet"),
                ("fleet_submits_per_s", "fleet_submit_ms_p95", "fleet_search_ms_p95", "fleet_lost", "outage_lost",
                 "local_copy_search_ms_p95", "fleet_pg_search_ms_p95")),
    Measurement("bundle", lazy("kiosk.bench.bundle", "measure_bundle"), ("bundle_mb", "deb_mb")),
]


# A few fast measurements, one in child processes and two in this one, that take the machinery
# end to end (context, children, table, JSON, clean-up) in seconds: tests/test_bench.py runs them.
SMOKE = ("start", "first-start", "sigterm")
# `kiosk-admin bench --fleet`: twenty kiosks and an outage on one PostgreSQL, its search, and the
# release build the fleet installs.
FLEET = ("fleet", "pg-search", "bundle")


def measurement_names() -> list[str]:
    return [m.name for m in MEASUREMENTS]


# -- report ------------------------------------------------------------------------------------

def _fmt(value: object, row: Row) -> str:
    if isinstance(value, (int, float)) and math.isfinite(value):
        return f"{value:.{row.digits}f} {row.unit}".rstrip()
    return "—"


def _result(row: Row, results: dict[str, object], not_measured: dict[str, str], failures: dict[str, str]) -> str:
    if row.key in failures:
        return f"FAIL: {failures[row.key]}"
    if row.key in not_measured:
        return f"not measured: {not_measured[row.key]}"
    if row.key not in results:
        return "not run"
    return row.verdict(results[row.key])


def format_table(results: dict[str, object]) -> str:
    not_measured: dict[str, str] = results.get("not_measured") or {}  # type: ignore[assignment]
    failures: dict[str, str] = results.get("failures") or {}  # type: ignore[assignment]
    lines = [(row.label, _fmt(results.get(row.key), row),
              f"≤ {row.max:g} {row.unit}".rstrip() if row.max is not None else "",
              _result(row, results, not_measured, failures))
             for row in ROWS]
    header = ("Measurement", "Value", "Target", "Result")
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(4)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines]
    only = results.get("only")
    if isinstance(only, list) and only:
        out.append(f"Only: {', '.join(only)} (the other rows were not run).")
    done = [f"{results.get('runs')} start-up runs"] if "start_s" in results else []
    if "warmup_visits" in results:
        done.append(f"{results.get('visits')} visits after {results.get('warmup_visits')} warm-up visits")
    out.append(f"Python {results.get('python')}, Qt {results.get('qt')}, PySide6 {results.get('pyside')}, "
               f"{results.get('platform')}" + (f"; {', '.join(done)}." if done else "."))
    if results.get("argon2"):
        out.append(f"Password hashing: {results['argon2']} (registration hashes twice, sign-in verifies once).")
    if isinstance(results.get("visits_until_abort_estimate"), int):
        out.append(f"WARNING: at this rate a kiosk aborts (Python 'deallocating None' or 'True or False') after about "
                   f"{results['visits_until_abort_estimate']} visits; the benchmark kept them alive to go on.")
    return "\n".join(out)


def run(json_path: Path | None, runs: int = 5, *, quick: bool = False, only: Sequence[str] | None = None) -> dict:
    """Measure everything (or the measurements named in ``only``), print the table, write the
    JSON (if json_path) and return it.

    quick: fewer visits (30 after 10 warm-up) and smaller data sets, for tests; the figures are
    then rougher, the keys the same. Raises BenchError if a child fails, ValueError for a name
    in ``only`` that is no measurement.
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    unknown = sorted(set(only or ()) - set(measurement_names()))
    if unknown:
        raise ValueError(f"no measurement {', '.join(unknown)}: choose from {', '.join(measurement_names())}")
    chosen = [m for m in MEASUREMENTS if only is None or m.name in only]
    only = [m.name for m in chosen] if only is not None else None
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        ctx = BenchContext(runs=runs, visits=30 if quick else 1000, warmup=10 if quick else 100,
                           workdir=workdir, quick=quick)
        ctx.env = child_env(workdir)
        results: dict[str, Any] = versions(ctx)
        for measurement in chosen:
            results.update(measurement.measure(ctx))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    measured = {row.key for row in ROWS if isinstance(results.get(row.key), (int, float))}
    results.update(runs=runs, visits=ctx.visits, quick=quick, only=list(only) if only is not None else None,
                   platform=f"{platform.system()} {platform.machine()}", not_measured=ctx.not_measured,
                   failures=ctx.failures,
                   targets={row.key: {"max": row.max, "unit": row.unit} for row in ROWS if row.max is not None},
                   passed={row.key: row.verdict(results[row.key]) == "PASS" and row.key not in ctx.failures
                           for row in ROWS if row.max is not None and row.key in measured},
                   details=ctx.details)
    results["all_passed"] = all(results["passed"].values())
    print(format_table(results))
    if json_path is not None:
        Path(json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def versions(ctx: BenchContext) -> dict[str, Any]:
    """Python, Qt and PySide6 of the children (asked of a child: this process imports no Qt)."""
    script = ("import sys, PySide6\nfrom PySide6.QtCore import qVersion\n"
              "print(sys.version.split()[0], qVersion(), PySide6.__version__)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=ctx.env, timeout=60)
    if done.returncode != 0:
        raise BenchError(f"PySide6 could not be imported: {done.stderr.strip()[-300:]}")
    python, qt, pyside = done.stdout.split()
    return {"python": python, "qt": qt, "pyside": pyside}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up figure (default 5)")
    parser.add_argument("--quick", action="store_true", help="fewer visits and smaller data sets: rougher figures, faster")
    parser.add_argument("--only", action="append", choices=measurement_names(), metavar="NAME",
                        help=f"only this measurement (repeatable): {', '.join(measurement_names())}")
    parser.add_argument("--fleet", action="store_true",
                        help=f"the fleet's figures on a throwaway PostgreSQL: {', '.join(FLEET)} (with --only: as well)")


def run_command(args: argparse.Namespace) -> int:
    """Run as the arguments of add_arguments say; the exit status (1: a child failed, 3: a target missed)."""
    try:
        only = [*(args.only or ()), *FLEET] if args.fleet else args.only
        results = run(args.json, max(args.runs, 1), quick=args.quick, only=only)
    except BenchError as exc:
        print(f"kiosk-admin bench: {exc}", file=sys.stderr)
        return 1
    return 0 if results["all_passed"] else 3


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kiosk.bench` (the same as `kiosk-admin bench`)."""
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run_command(parser.parse_args(argv))
