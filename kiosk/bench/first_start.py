# SPDX-License-Identifier: Apache-2.0
"""The first start for `kiosk-admin bench`: residents served while the demo records load, and a
SIGTERM that does not wait for the load.

* first_start_submit_ms_p95: on a fresh SQLite data folder the first-start demo load
  (kiosk.storage.demo.load.load_demo, as the kiosk runs it: 1,000-row transactions with short
  pauses) runs on a thread; meanwhile contact messages are stored one after another through the
  repository the contact form stores with (kiosk.storage.submissions.make_repository). The p95 of
  their store times, counting only those sent while the load was under way.
* sigterm_exit_s: `python -m kiosk` on a fresh data folder (so its demo load is running), SIGTERM
  a moment after its ``KIOSK_MARK ready`` line, to the process gone; the slowest of a few such
  starts (the SIGTERM comes at a different moment of the load each time). Each exit must be 0,
  with nothing on stderr that looks like a crash, and the database must open cleanly afterwards
  (integrity check "ok"); otherwise the row fails and the details say why.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.bench.context import BenchError, start_until_marks

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext

SUBMIT_KEY, SIGTERM_KEY = "first_start_submit_ms_p95", "sigterm_exit_s"
QUICK_LOAD = {"parcels": 2_000, "records": 10_000}
EXIT_TIMEOUT_S = 30.0
CRASH_SIGNS = ("Traceback", "Signal source has been deleted", "Fatal Python error", "Segmentation fault")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (as kiosk.bench.inprocess)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def _config(folder: Path, demo_records: bool) -> Path:
    folder.mkdir(parents=True)
    config = folder / "kiosk.toml"
    config.write_text(f"data_dir = {json.dumps(str(folder / 'data'))}\ndemo_records = {str(demo_records).lower()}\n"
                      "printer_backend = \"file\"\n", encoding="utf-8")
    return config


def measure_submit_during_load(ctx: BenchContext) -> dict[str, object]:
    from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender
    from kiosk.startup import prepare
    from kiosk.storage.database import DatabaseLimits, open_engine
    from kiosk.storage.demo.load import demo_streets, load_demo
    from kiosk.storage.migrations import upgrade
    from kiosk.storage.submissions import make_repository

    prepared = prepare(str(_config(ctx.workdir / "first-start", demo_records=True)), log_to_file=False)
    settings, pack = prepared.settings, prepared.pack
    url = prepared.database_url
    limits = DatabaseLimits(settings.database_connect_seconds, settings.database_statement_seconds,
                            settings.database_keepalive_seconds)
    migrating = open_engine(url, limits.maintenance())
    try:
        upgrade(migrating)
    finally:
        migrating.dispose()
    engine = open_engine(url, limits)
    submissions = make_repository(settings, engine, pack)
    # The kiosk's own first-start load (its default size), or a small one for a quick run.
    loader_of = partial(load_demo, parcels=QUICK_LOAD["parcels"], records=QUICK_LOAD["records"]) if ctx.quick \
        else load_demo
    written: list[int] = []
    failed: list[BaseException] = []
    done = threading.Event()

    def load() -> None:
        try:
            loader_of(engine, streets=demo_streets(pack.folder), town_name=pack.short_name, today=dt.date.today(),
                      progress=lambda _kind, rows: written.append(rows))
        except BaseException as exc:  # noqa: BLE001 - handed to the measuring thread, which reports it
            failed.append(exc)
        finally:
            done.set()

    message = NewSubmission(
        form_id="problem", form_version="1", form_title="Report a problem", department_id="dpw",
        department_name="Public Works", department_email="dpw@westport.example",
        answers=(Answer("description", "What is wrong", "Deep pothole in the right lane, a foot across."),),
        sender=Sender("Ada Rivers", "ada@example.com", "+12035550123"), account_id=None,
        policy_versions={"privacy": "1.1", "terms": "2.0"}, language="en", channels=(Channel.STAFF, Channel.EMAIL))
    wanted = 8 if ctx.quick else 30
    samples: list[float] = []
    loader = threading.Thread(target=load, name="bench-demo-load")
    started = time.perf_counter()
    loader.start()
    try:
        while not written and not done.wait(0.01):      # the load's first batch is in
            pass
        while not done.is_set() and len(samples) < wanted:
            begin = time.perf_counter()
            submissions.store(message, "bench", dt.datetime.now(dt.UTC))
            if not done.is_set():                           # sent while the load was under way
                samples.append((time.perf_counter() - begin) * 1000)
            done.wait(0.05 if ctx.quick else 0.5)           # residents a moment apart, over the whole load
        loader.join()
    finally:
        engine.dispose()
    if failed:
        raise BenchError(f"the demo load failed: {failed[0]!r}")
    load_s = time.perf_counter() - started
    ctx.details["first_start"] = {"messages_during_load": len(samples), "load_s": load_s,
                                  "rows_written": written[-1] if written else 0,
                                  "store_ms_max": max(samples) if samples else None}
    if not samples:
        ctx.not_measured[SUBMIT_KEY] = "the demo load ended before a message was stored"
        return {SUBMIT_KEY: None}
    return {SUBMIT_KEY: percentile(samples, 95), "first_start_submit_ms_median": percentile(samples, 50)}


def measure_sigterm_exit(ctx: BenchContext) -> dict[str, object]:
    delays = (0.5,) if ctx.quick else (0.2, 1.0, 3.0)      # after ready: at different moments of the load
    runs = [_sigterm_run(ctx, f"sigterm-{i}", delay) for i, delay in enumerate(delays)]
    problems = [problem for run in runs for problem in run.problems]
    ctx.details["sigterm"] = [asdict(run) for run in runs]
    if problems:
        ctx.failures[SIGTERM_KEY] = "; ".join(dict.fromkeys(problems))
    return {SIGTERM_KEY: max(run.exit_s for run in runs)}


@dataclass
class SigtermRun:
    delay_after_ready_s: float
    load_running: bool          # the demo load's marker was there when SIGTERM was sent
    exit_s: float
    exit_code: int
    database: str               # "ok", or what is wrong with it afterwards
    problems: list[str]


def _sigterm_run(ctx: BenchContext, name: str, delay_s: float) -> SigtermRun:
    import shutil

    folder = ctx.workdir / name
    config = _config(folder, demo_records=True)
    try:
        proc, seen, tail = start_until_marks([sys.executable, "-m", "kiosk", "--config", str(config)], ctx.env,
                                             ("ready",), folder)
        if "ready" not in seen:
            proc.kill()
            proc.communicate()
            raise BenchError(f"the kiosk exited ({proc.returncode}) before it was ready:\n" + "\n".join(tail))
        time.sleep(delay_s)
        problems = []
        loading = any((folder / "data").glob("*.demo-loading"))    # the marker of a load under way
        begin = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        try:
            _out, err = proc.communicate(timeout=EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
            problems.append(f"still running {EXIT_TIMEOUT_S:.0f} s after SIGTERM (killed)")
        exit_s = time.perf_counter() - begin
        text = err.decode("utf-8", "replace")
        if proc.returncode != 0:
            problems.append(f"exit code {proc.returncode}")
        problems += [f"{sign!r} on stderr" for sign in CRASH_SIGNS if sign in text]
        integrity = _integrity(folder / "data")
        if integrity != "ok":
            problems.append(f"the database afterwards: {integrity}")
        return SigtermRun(delay_s, loading, exit_s, proc.returncode, integrity, problems)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _integrity(data_dir: Path) -> str:
    """"ok" when the kiosk's SQLite database (and its local outbox, where there is one) opens and
    passes SQLite's integrity check, else what is wrong."""
    from kiosk.storage.database import open_engine

    database = data_dir / "kiosk.sqlite3"
    if not database.exists():
        return f"no database file, found {sorted(f.name for f in data_dir.glob('*.sqlite3'))}"
    outbox = data_dir / "local-outbox.sqlite3"
    if outbox.exists():
        engine = open_engine(f"sqlite:///{outbox}")
        try:
            with engine.connect() as conn:
                if (checked := conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()) != "ok":
                    return f"local outbox: {checked}"
        except Exception as exc:  # noqa: BLE001 - whatever it is, the report says it
            return f"local outbox does not open: {exc.__class__.__name__}: {exc}"
        finally:
            engine.dispose()
    engine = open_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
            conn.exec_driver_sql("SELECT count(*) FROM parcels").scalar_one()
        return str(result)
    except Exception as exc:  # noqa: BLE001 - whatever it is, the report says it
        return f"does not open: {exc.__class__.__name__}: {exc}"
    finally:
        engine.dispose()
