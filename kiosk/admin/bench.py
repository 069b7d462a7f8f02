# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin bench`: how fast the kiosk starts and answers, and how much memory it keeps.

Measured on this machine, offscreen (QT_QPA_PLATFORM=offscreen), with a throwaway data folder:

* start_s / bare_qt_start_s / start_ratio: fresh `python -m kiosk` processes, from just before the
  process is started to its ``KIOSK_MARK painted`` line (the attract screen's first paint), median
  of `runs`; the same for a bare PySide6 window, and the ratio of the two.
* ready_s: in the same processes, to ``KIOSK_MARK ready`` (database open, taps answered).
* session_end_ms_p95, tap_to_screen_ms_p95, rss_mb, rss_growth_mb_per_1000_sessions: one kiosk
  driven by real clicks in a child process (kiosk.admin.bench_inprocess).
* refs_lost_per_visit: references to None/True/False the kiosk loses per visit (a PySide6 6.12.0
  bug on Python 3.11 that aborts the kiosk once they run out), with visits_until_abort_estimate.
* tour_s: the whole `kiosk-admin tour` (kiosk.admin.tour), every screen at every size and
  combination pictured and audited, wall time, for information; its findings are in the details.

Each measurement is a function in MEASUREMENTS taking the BenchContext and returning figures;
each row of the table is a Row in ROWS. A later issue adds its function and its rows.
Speed targets live here, never in timed tests.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kiosk

RESULT_PREFIX = "BENCH_RESULT "     # as in kiosk.admin.bench_inprocess (not imported: it imports Qt)
MARK = "KIOSK_MARK "
CHILD_TIMEOUT_S = 60.0
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


class BenchError(Exception):
    """The benchmark could not measure something (a child failed); the message says what."""


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
    # ("deallocating None") once they are all gone. See kiosk.admin.bench_inprocess.SingletonGuard.
    Row("refs_lost_per_visit", "References to None/True/False lost per visit", "", 1, max=1),
    Row("register_ms_p95", "Accept to account stored and receipt built (p95)", "ms", 1, max=300),
    Row("sign_in_ms_p95", "Sign-in (p95)", "ms", 1),
    # Records (issue 4), on 100,000 generated parcels and 500,000 records: see kiosk.admin.bench_records.
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
    # Messages from residents (issue 5): see kiosk.admin.bench_outbox.
    Row("outbox_messages_per_s", "Outbox to a local SMTP server, staff queue and e-mail", "msg/s", 0),
    # The screen tour (issue 10): see kiosk.admin.tour. For information: it grows with every screen.
    Row("tour_s", "Screen tour, every screen, size and combination (kiosk-admin tour)", "s", 1),
]


@dataclass
class BenchContext:
    runs: int
    visits: int            # visits whose memory growth is measured (after `warmup` visits)
    warmup: int
    workdir: Path          # every file a child writes goes under here; deleted at the end
    env: dict[str, str] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)      # JSON, for the report


# -- child processes ---------------------------------------------------------------------------

def child_env(workdir: Path) -> dict[str, str]:
    """The environment for every child: offscreen, marks on, this checkout's kiosk, temp files
    under workdir, and no machine-wide kiosk configuration.

    Bytecode is cached (in a throwaway PYTHONPYCACHEPREFIX under workdir, filled by the warm-up
    run) even where the calling shell sets PYTHONDONTWRITEBYTECODE: an installed kiosk has its
    .pyc files, and compiling every module at each start would add tens of milliseconds."""
    env = dict(os.environ)
    for name in ("KIOSK_CONFIG", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    package_root = str(Path(kiosk.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    tmp = workdir / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_MARKS="1", QT_LOGGING_RULES="qt.qpa.*=false",
               TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), PYTHONPYCACHEPREFIX=str(workdir / "pycache"))
    return env


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM (the kiosk shuts down cleanly on it), then kill if it does not go."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


def time_marks(argv: Sequence[str], env: dict[str, str], marks: Sequence[str], cwd: Path) -> dict[str, float]:
    """Start a process and return the seconds from just before Popen to each ``KIOSK_MARK <mark>``
    line it writes on stderr; the process is stopped once every mark is seen."""
    tail: collections.deque[str] = collections.deque(maxlen=15)
    seen: dict[str, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, cwd=cwd)
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        assert proc.stderr is not None
        for raw in proc.stderr:
            now = time.perf_counter()
            line = raw.decode("utf-8", "replace").rstrip()
            if line.startswith(MARK):
                stage = line[len(MARK):].split()[0]
                if stage in marks and stage not in seen:
                    seen[stage] = now - start
                if all(m in seen for m in marks):
                    break
            else:
                tail.append(line)
    finally:
        watchdog.cancel()
        _stop(proc)
    missing = [m for m in marks if m not in seen]
    if missing:
        raise BenchError(f"{' '.join(argv[1:3])} exited ({proc.returncode}) before {', '.join(missing)}:\n"
                         + "\n".join(tail))
    return seen


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


# -- measurements ------------------------------------------------------------------------------

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
    return {"start_s": statistics.median(start), "bare_qt_start_s": statistics.median(bare),
            "ready_s": statistics.median(ready)}


def measure_in_process(ctx: BenchContext, records_db: Path | None = None) -> dict[str, object]:
    """Visit end, taps and memory, in a child process of their own (see bench_inprocess); with
    records_db, typing a search on a copy of that records database instead."""
    folder = ctx.workdir / ("typeahead" if records_db else "in-process")
    folder.mkdir(parents=True)
    argv = [sys.executable, "-m", "kiosk.admin.bench_inprocess", "--data-dir", str(folder),
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


def measure_tour(ctx: BenchContext, quick: bool) -> dict[str, object]:
    """The whole `kiosk-admin tour` (quick: one size, one combination), its findings in the details."""
    from kiosk.admin.tour import measure

    try:
        figures = measure(ctx.workdir, quick=quick)
    except RuntimeError as exc:
        raise BenchError(str(exc)) from None
    ctx.details["tour"] = figures.pop("tour")
    return figures


def derive_ratio(ctx: BenchContext, results: dict[str, object]) -> dict[str, object]:
    start, bare = results.get("start_s"), results.get("bare_qt_start_s")
    if isinstance(start, (int, float)) and isinstance(bare, (int, float)) and bare > 0:
        return {"start_ratio": start / bare}
    return {"start_ratio": None}


Measurement = Callable[[BenchContext], dict[str, object]]
MEASUREMENTS: list[Measurement] = [measure_cold_start, measure_in_process]
DERIVED: list[Callable[[BenchContext, dict[str, object]], dict[str, object]]] = [derive_ratio]


# -- report ------------------------------------------------------------------------------------

def _fmt(value: object, row: Row) -> str:
    if isinstance(value, (int, float)) and math.isfinite(value):
        return f"{value:.{row.digits}f} {row.unit}".rstrip()
    return "—"


def format_table(results: dict[str, object]) -> str:
    lines = [(row.label, _fmt(results.get(row.key), row),
              f"≤ {row.max:g} {row.unit}".rstrip() if row.max is not None else "", row.verdict(results.get(row.key)))
             for row in ROWS]
    header = ("Measurement", "Value", "Target", "Result")
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(4)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines]
    out.append(f"Python {results.get('python')}, Qt {results.get('qt')}, PySide6 {results.get('pyside')}, "
               f"{results.get('platform')}; {results.get('runs')} start-up runs, "
               f"{results.get('visits')} visits after {results.get('warmup_visits')} warm-up visits.")
    if results.get("argon2"):
        out.append(f"Password hashing: {results['argon2']} (registration hashes twice, sign-in verifies once).")
    if isinstance(results.get("visits_until_abort_estimate"), int):
        out.append(f"WARNING: at this rate a kiosk aborts (Python 'deallocating None' or 'True or False') after about "
                   f"{results['visits_until_abort_estimate']} visits; the benchmark kept them alive to go on.")
    return "\n".join(out)


def run(json_path: Path | None, runs: int = 5, *, quick: bool = False) -> dict:
    """Measure everything, print the table, write the JSON (if json_path) and return it.

    quick: fewer visits (30 after 10 warm-up), for tests; the figures are then rougher, the keys
    the same. Raises BenchError if a child fails.
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        ctx = BenchContext(runs=runs, visits=30 if quick else 1000, warmup=10 if quick else 100,
                           workdir=workdir)
        ctx.env = child_env(workdir)
        results: dict[str, Any] = {}
        for measure in MEASUREMENTS:
            results.update(measure(ctx))
        from kiosk.admin.bench_records import measure_records
        results.update(measure_records(ctx, quick=quick))
        from kiosk.admin.bench_outbox import measure_outbox
        results.update(measure_outbox(ctx, quick=quick))
        results.update(measure_in_process(ctx, Path(ctx.details["records_dataset"]["file"])))
        results.update(measure_tour(ctx, quick))
        for derive in DERIVED:
            results.update(derive(ctx, results))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results.update(runs=runs, visits=ctx.visits, quick=quick,
                   platform=f"{platform.system()} {platform.machine()}",
                   targets={row.key: {"max": row.max, "unit": row.unit} for row in ROWS if row.max is not None},
                   passed={row.key: row.verdict(results.get(row.key)) == "PASS" for row in ROWS if row.max is not None},
                   details=ctx.details)
    results["all_passed"] = all(results["passed"].values())
    print(format_table(results))
    if json_path is not None:
        Path(json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kiosk.admin.bench` (the same as `kiosk-admin bench`)."""
    parser = argparse.ArgumentParser(prog="python -m kiosk.admin.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up figure (default 5)")
    parser.add_argument("--quick", action="store_true", help="fewer visits: rougher figures, faster")
    args = parser.parse_args(argv)
    try:
        results = run(args.json, args.runs, quick=args.quick)
    except BenchError as exc:
        print(f"kiosk-admin bench: {exc}", file=sys.stderr)
        return 1
    return 0 if results["all_passed"] else 3


if __name__ == "__main__":
    sys.exit(main())
