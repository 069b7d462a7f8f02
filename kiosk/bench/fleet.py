# SPDX-License-Identifier: Apache-2.0
"""A fleet under load: N kiosk processes against one PostgreSQL, each searching and sending as
residents would, for a set time; then every acknowledged message is looked for in the database.

Each kiosk is a process of its own, built from the kiosk's own parts as `kiosk` builds them
(settings, the keyring-aware database URL, the resilient submission path with its local outbox,
the local copy of the records), without a window: twenty Qt kiosks would measure the 2-core
machine's painting, not the fleet's database. A kiosk searches, then sends a question to a
department (every other round), keeping each reference the service acknowledged.

    python -m kiosk.bench.fleet worker CONFIG SECONDS OUT.json     (one kiosk; the runner starts them)

`run_fleet(url, folder, kiosks, seconds)` starts them together and returns the figures: messages
per second, p95 of a send and of a search, and the check that every acknowledged reference is
stored exactly once (tests/test_fleet_load.py; `kiosk-admin bench --only fleet` on a throwaway
PostgreSQL of its own).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from keyring.backend import KeyringBackend

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.bench.context import BenchContext

QUERIES = ("main", "12 main", "church", "compo", "permit", "b-20", "road", "lane", "1 ch", "smith")
ANSWERS = {"question": "When is the transfer station open on Saturdays?", "name": "Ada Rivers",
           "email": "ada.rivers@example.com", "phone": ""}


@dataclass(frozen=True)
class FleetResult:
    kiosks: int
    seconds: float
    acknowledged: int
    stored_once: int                   # acknowledged references found exactly once in the database
    duplicates: int                    # references stored more than once
    missing: int                       # acknowledged, not stored
    submits_per_s: float
    submit_ms_p95: float
    search_ms_p95: float
    searches: int
    failures: list[str]

    refused: int = 0                  # sends the kiosks said were not kept (no number left offline)
    kept_locally: int = 0             # acknowledged while the database was away, forwarded later

    def figures(self) -> dict[str, object]:
        return {"fleet_submits_per_s": round(self.submits_per_s, 2), "fleet_submit_ms_p95": round(self.submit_ms_p95, 1),
                "fleet_search_ms_p95": round(self.search_ms_p95, 1), "fleet_lost": self.missing,
                "fleet_duplicates": self.duplicates}


def p95(samples: list[float]) -> float:
    from kiosk.bench.records import percentile

    return percentile(samples, 0.95) if samples else float("nan")


class ProcessKeyring(KeyringBackend):
    """Each benchmark kiosk's keyring: in its process's memory (the local outbox's key lives as long
    as the kiosk does, as in an OS keyring; no real keyring is touched)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


def write_config(folder: Path, index: int, url: str) -> Path:
    data = folder / f"kiosk-{index}"
    data.mkdir(parents=True, exist_ok=True)
    config = data / "kiosk.toml"
    config.write_text(f'kiosk_id = "lobby-{index}"\ndata_dir = "{data / "data"}"\ndatabase_url = "{url}"\n'
                      'keyring_backend = "kiosk.bench.fleet.ProcessKeyring"\ndemo_records = false\n', encoding="utf-8")
    return config


def run_fleet(url: str, folder: Path, kiosks: int = 20, seconds: float = 60.0,
              outage: Callable[[], None] | None = None) -> FleetResult:
    """The kiosks, started together on a migrated database holding records; the figures after.
    ``outage``: called a quarter of the way in, while they send (it stops the server, say, and
    starts it again); each kiosk then forwards what it kept before it stops."""
    import sqlalchemy as sa

    configs = [write_config(folder, i, url) for i in range(kiosks)]
    outs = [c.parent / "result.json" for c in configs]
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "kiosk.bench.fleet", "worker", str(c), str(seconds), str(o)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for c, o in zip(configs, outs, strict=True)]
    if outage is not None:
        time.sleep(seconds / 4)
        outage()
    failures = []
    for i, proc in enumerate(procs):
        _out, err = proc.communicate(timeout=seconds + 300)
        if proc.returncode != 0:
            failures.append(f"kiosk {i}: exit {proc.returncode}: {err.strip().splitlines()[-1:] }")
    wall = time.perf_counter() - started
    results = [json.loads(o.read_text(encoding="utf-8")) for o in outs if o.exists()]
    acknowledged = [ref for r in results for ref in r["references"]]
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT reference, count(*) FROM submissions GROUP BY reference")).all()
            counts: dict[str, int] = {str(ref): int(n) for ref, n in rows}
    finally:
        engine.dispose()
    once = sum(1 for ref in acknowledged if counts.get(ref) == 1)
    busy = max((r["seconds"] for r in results), default=seconds)
    return FleetResult(
        kiosks=kiosks, seconds=wall, acknowledged=len(acknowledged), stored_once=once,
        duplicates=sum(1 for n in counts.values() if n > 1) + (len(acknowledged) - len(set(acknowledged))),
        missing=sum(1 for ref in acknowledged if ref not in counts),
        submits_per_s=len(acknowledged) / busy if busy else 0.0,
        submit_ms_p95=p95([s for r in results for s in r["submit_ms"]]),
        search_ms_p95=p95([s for r in results for s in r["search_ms"]]),
        searches=sum(len(r["search_ms"]) for r in results), failures=failures,
        refused=sum(r.get("refused", 0) for r in results), kept_locally=sum(r.get("kept_locally", 0) for r in results))


# -- one kiosk -------------------------------------------------------------------------------------

def worker(config: str, seconds: float, out: str) -> int:
    import datetime as dt

    from kiosk.core.offline import NOT_FORWARDED, SharedStoreUnavailable
    from kiosk.core.records.search import SearchQuery
    from kiosk.core.session import DisplayPrefs, VisitorSession
    from kiosk.core.submission_service import SubmissionService
    from kiosk.delivery.forwarder import Forwarder, local_outbox_path, make_resilient
    from kiosk.startup import prepare
    from kiosk.storage.database import DatabaseLimits, open_engine
    from kiosk.storage.local_outbox import outbox_depth
    from kiosk.storage.records.local_copy import LocalRecordsCopy

    prepared = prepare(config, log_to_file=False)
    settings, pack = prepared.settings, prepared.pack
    engine = open_engine(prepared.database_url, DatabaseLimits(settings.database_connect_seconds,
                                                               settings.database_statement_seconds,
                                                               settings.database_keepalive_seconds))
    records = LocalRecordsCopy(engine, prepared.data_dir, pack.records.owners_public)
    records.refresh()                                        # as a kiosk does at its start
    resilient = make_resilient(settings, engine, pack, prepared.data_dir)
    forwarder = Forwarder(resilient, settings.kiosk_id)
    forwarder.start()                                        # as the kiosk runs it
    service = SubmissionService(resilient, pack, settings.kiosk_id, lambda: dt.datetime.now(dt.UTC))
    form = next(f for f in pack.forms if f.form_id == "question")
    departments = list(pack.departments)
    chooser = random.Random(settings.kiosk_id)
    search_ms: list[float] = []
    submit_ms: list[float] = []
    references: list[str] = []
    refused = kept_locally = 0
    begun = time.perf_counter()
    rounds = 0
    while time.perf_counter() - begun < seconds:
        t0 = time.perf_counter()
        records.search(SearchQuery(chooser.choice(QUERIES)))
        search_ms.append((time.perf_counter() - t0) * 1000)
        if rounds % 2 == 0:
            visit = VisitorSession(settings.kiosk_id, DisplayPrefs("en"), prepared.data_dir / "visit")
            t0 = time.perf_counter()
            try:
                sent = service.send(form, chooser.choice(departments), ANSWERS, visit)
            except SharedStoreUnavailable:                   # the screen says "not sent, nothing kept"
                refused += 1
            else:
                submit_ms.append((time.perf_counter() - t0) * 1000)
                references.append(sent.stored.reference)    # acknowledged: the screen would say received
                kept_locally += sent.stored.submission_id == NOT_FORWARDED
        rounds += 1
    busy = time.perf_counter() - begun
    waiting = local_outbox_path(prepared.data_dir)
    until = time.monotonic() + 120
    while outbox_depth(waiting, dt.datetime.now(dt.UTC)).depth and time.monotonic() < until:
        forwarder.wake()                                     # what was kept while the database was away
        time.sleep(0.5)
    forwarder.stop()
    records.close()
    engine.dispose()
    Path(out).write_text(json.dumps({"references": references, "search_ms": search_ms, "submit_ms": submit_ms,
                                     "seconds": busy, "refused": refused, "kept_locally": kept_locally}), encoding="utf-8")
    return 0


def measure_fleet(ctx: BenchContext) -> dict[str, object]:
    """`kiosk-admin bench --only fleet`: 20 kiosks for 60 s (5 kiosks for 15 s with --quick) on a
    throwaway PostgreSQL holding the demo records."""
    from kiosk.bench.postgres import NoPostgres, ThrowawayPostgres
    from kiosk.storage.database import open_engine
    from kiosk.storage.demo.load import load_demo
    from kiosk.storage.migrations import upgrade

    try:
        server = ThrowawayPostgres()
        server.start()
    except NoPostgres as exc:
        ctx.not_measured.update(dict.fromkeys(("fleet_submits_per_s", "fleet_submit_ms_p95", "fleet_search_ms_p95"),
                                              str(exc)))
        return {}
    try:
        engine = open_engine(server.url)
        upgrade(engine)
        load_demo(engine, parcels=5000, records=20000)
        searched = compare_searches(engine, ctx.workdir / "copy")
        engine.dispose()
        result = run_fleet(server.url, ctx.workdir / "fleet", kiosks=5 if ctx.quick else 20,
                           seconds=15 if ctx.quick else 60)
        server.crash()
        server.start_durable()

        def outage() -> None:
            server.crash()
            time.sleep(8)
            server.start_durable()

        outaged = run_fleet(server.url, ctx.workdir / "outage", kiosks=5, seconds=30, outage=outage)
    finally:
        server.stop()
    ctx.details["outage"] = {"acknowledged": outaged.acknowledged, "kept_locally": outaged.kept_locally,
                             "refused": outaged.refused, "duplicates": outaged.duplicates, "failures": outaged.failures}
    ctx.details["fleet"] = {"kiosks": result.kiosks, "acknowledged": result.acknowledged, "searches": result.searches,
                            "missing": result.missing, "duplicates": result.duplicates, "failures": result.failures}
    return {**result.figures(), **searched, "outage_lost": outaged.missing + outaged.duplicates}


def compare_searches(engine: Engine, folder: Path, rounds: int = 20) -> dict[str, object]:
    """The same queries on a kiosk's local copy and on PostgreSQL directly, one kiosk, no load: p95 each."""
    from kiosk.core.records.search import SearchQuery
    from kiosk.storage.database import session_factory
    from kiosk.storage.records.local_copy import LocalRecordsCopy
    from kiosk.storage.records.search import SqlRecordSearch

    folder.mkdir(parents=True, exist_ok=True)
    copy = LocalRecordsCopy(engine, folder)
    copy.refresh()
    direct = SqlRecordSearch(session_factory(engine))
    timings: dict[str, list[float]] = {"local_copy_search_ms_p95": [], "fleet_pg_search_ms_p95": []}
    try:
        for _ in range(rounds):
            for text in QUERIES:
                for key, search in (("local_copy_search_ms_p95", copy), ("fleet_pg_search_ms_p95", direct)):
                    t0 = time.perf_counter()
                    search.search(SearchQuery(text))
                    timings[key].append((time.perf_counter() - t0) * 1000)
    finally:
        copy.close()
    return {key: round(p95(samples), 2) for key, samples in timings.items()}


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "worker":
        sys.exit(worker(sys.argv[2], float(sys.argv[3]), sys.argv[4]))
    print("usage: python -m kiosk.bench.fleet worker CONFIG SECONDS OUT.json", file=sys.stderr)
    sys.exit(2)
