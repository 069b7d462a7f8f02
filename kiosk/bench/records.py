# SPDX-License-Identifier: Apache-2.0
"""Record search and import figures for `kiosk-admin bench` (issue 4).

* search_ms_p50/p95: SqlRecordSearch.search (owners public, as in Westport) on the demo data set
  (100,000 parcels, 500,000 records; cached in the user cache folder between runs), per kind of
  query: address, parcel (ids and map-block-lots), record (numbers), owner ("last first") and
  prefix (an address cut after a random number of keystrokes, at least two). Terms are drawn from
  the data. search_floor_ms_*: the raw FTS5 MATCH on parcels_fts and records_fts (LIMIT 20 each)
  for the same words, timed the same way in the same run: what the index alone costs.
* import_rows_per_s, import_peak_rss_mb: `kiosk-admin records import records` of a generated
  200,000-row CSV in a child process (wall time; the peak RSS of that process plus the one reading
  the file beside it), after its parcels;
  import_rss_growth_mb: that peak less the peak of the same import of a quarter of the rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import AS_YOU_TYPE_MIN, SearchQuery, tokens
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.demo.generator import GENERATOR_VERSION, DemoTown
from kiosk.storage.demo.load import demo_streets, load_demo
from kiosk.storage.migrations import upgrade
from kiosk.storage.records.search import SqlRecordSearch

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext

KINDS = ("address", "parcel", "record", "owner", "prefix")
SEED = 2024
TODAY = dt.date(2026, 1, 15)         # fixed, so a cached data set stays the same data
FULL = {"parcels": 100_000, "records": 500_000, "terms": 200, "import_rows": 200_000, "import_parcels": 20_000}
QUICK = {"parcels": 1_000, "records": 5_000, "terms": 20, "import_rows": 2_000, "import_parcels": 500}
RSS_MARK = "BENCH_PEAK_RSS_KB "
IMPORT_TIMEOUT_S = 900.0
# The import's peak is its own plus that of the process that reads and converts the file beside
# it (kiosk.importing.pipeline, for large files): both are there at once, so the sum.
CHILD = ("import resource, sys\nfrom kiosk.admin import main\ncode = main(sys.argv[1:])\n"
         f"print({RSS_MARK!r} + str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss"
         " + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), file=sys.stderr)\n"
         "sys.exit(code)\n")


class RecordsBenchError(Exception):
    """A child import failed; the message has its last lines."""


def records_database(ctx: BenchContext) -> Path:
    """The data set searched (quick: a small one under the workdir; else the cached large one)."""
    sizes = QUICK if ctx.quick else FULL
    folder = ctx.workdir / "records-data" if ctx.quick else _cache_dir()
    database = dataset(folder, sizes["parcels"], sizes["records"])
    ctx.details["records_dataset"] = {"parcels": sizes["parcels"], "records": sizes["records"], "file": str(database)}
    return database


def measure_records(ctx: BenchContext) -> dict[str, object]:
    """Every figure of this module (see the module docstring), with flat per-kind keys for the table."""
    sizes = QUICK if ctx.quick else FULL
    database = records_database(ctx)
    results: dict[str, object] = {}
    results.update(measure_search(database, sizes["terms"], ctx.details))
    results.update(measure_import(ctx.workdir / "records-import", ctx.env, sizes["import_rows"],
                                  sizes["import_parcels"], ctx.details))
    for stat in ("search_ms_p95", "search_floor_ms_p95"):
        figures = results[stat]
        assert isinstance(figures, dict)
        results.update({f"{stat}_{kind}": figures[kind] for kind in KINDS})
    return results


# -- the data set -------------------------------------------------------------------------------

def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("town-hall-kiosk", appauthor=False)) / "bench"


def dataset(folder: Path, parcels: int, records: int) -> Path:
    """The demo data set in a SQLite file under folder, generated once per generator version and size."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"records-v{GENERATOR_VERSION}-{parcels}-{records}-seed{SEED}.sqlite3"
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        for stale in folder.glob(partial.name + "*"):
            stale.unlink()
        engine = open_engine(f"sqlite:///{partial}")
        try:
            upgrade(engine)
            load_demo(engine, parcels=parcels, records=records, seed=SEED, today=TODAY, streets=demo_streets())
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(path)
    return path


def terms(engine: sa.Engine, count: int, rng: random.Random) -> dict[str, list[str]]:
    """``count`` search terms per kind, drawn from the data, as a resident would type them."""
    with engine.connect() as conn:
        parcels = conn.execute(sa.text("SELECT parcel_id, map_block_lot, address, owner FROM parcels "
                                       "ORDER BY random() LIMIT :n"), {"n": count * 3}).all()
        numbers = conn.execute(sa.text("SELECT record_number FROM records ORDER BY random() LIMIT :n"),
                               {"n": count}).scalars().all()
    people = [p.owner for p in parcels if p.owner and ", " in p.owner]
    addresses = [p.address for p in parcels if p.address]
    prefixes = []
    for address in addresses[:count]:
        typed = address.lower()
        # What the screen searches as it is typed: from AS_YOU_TYPE_MIN characters on.
        prefixes.append(typed[:rng.randint(min(AS_YOU_TYPE_MIN, len(typed)), len(typed))])
    return {
        "address": [a.lower() for a in addresses[:count]],
        "parcel": [p.parcel_id if i % 2 else p.map_block_lot for i, p in enumerate(parcels[:count])],
        "record": list(numbers),
        "owner": [" ".join(o.split(", ")[0].split()[:1] + o.split(", ")[1].split()[:1]).lower() for o in people[:count]],
        "prefix": prefixes,
    }


# -- search -------------------------------------------------------------------------------------

def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _floor_match(kind: str, term: str) -> str:
    words = tokens(address_key(term)) if kind in ("address", "prefix") else tokens(term)
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words) or '""'


def measure_search(database: Path, count: int, details: dict[str, object]) -> dict[str, object]:
    engine = open_engine(f"sqlite:///{database}")
    try:
        upgrade(engine)
        search = SqlRecordSearch(session_factory(engine), owners_public=True)
        drawn = terms(engine, count, random.Random(SEED))
        out: dict[str, dict[str, float]] = {f"search{floor}_ms_p{p}": {} for floor in ("", "_floor") for p in (50, 95)}
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None

            def floor(match: str) -> None:
                for fts in ("parcels_fts", "records_fts"):
                    raw.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT 20", (match,)).fetchall()

            def find(term: str) -> None:
                search.search(SearchQuery(term))

            for kind in KINDS:
                for term in drawn[kind][:10]:            # warm the caches, not counted
                    search.search(SearchQuery(term))
                service, index = [], []
                for term in drawn[kind]:
                    service.append(timed(partial(find, term)))
                    index.append(timed(partial(floor, _floor_match(kind, term))))
                for p in (50, 95):
                    out[f"search_ms_p{p}"][kind] = percentile(service, p / 100)
                    out[f"search_floor_ms_p{p}"][kind] = percentile(index, p / 100)
                details[f"search_ms_max_{kind}"] = max(service)
        details["search_terms_per_kind"] = {k: len(v) for k, v in drawn.items()}
        details["search_term_examples"] = {k: v[:3] for k, v in drawn.items()}
        return dict(out)
    finally:
        engine.dispose()


# -- import -------------------------------------------------------------------------------------

def _money(value: int | None) -> str:
    return "" if value is None else f"${value:,}"


def _day(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%m/%d/%Y")


def write_csvs(folder: Path, parcels: int, records: int) -> tuple[Path, Path]:
    """A parcels CSV and a records CSV in the shape of the shipped demo_parcels and demo_records mappings."""
    town = DemoTown(demo_streets(), parcels=parcels, records=records, seed=SEED + 1, today=TODAY)
    parcel_file, record_file = folder / "parcels.csv", folder / "records.csv"
    _write(parcel_file, ["PID", "MBLU", "Location", "Owner", "Use Description", "Lot Size (acres)", "Zone",
                         "Total Assessment", "Year Built"],
           ([p["parcel_id"], p["map_block_lot"], p["address"], p["owner"], p["land_use"], p["lot_size_acres"],
             p["zoning"], _money(p["assessed_value"]), p["year_built"] or ""] for p in town.parcels()))
    _write(record_file, ["Permit Number", "Permit Type", "Status", "Applied", "Issued", "Closed", "Description",
                         "Applicant", "Valuation", "Address", "PID"],
           ([r["record_number"], r["record_type"], r["status"], _day(r["applied_on"]), _day(r["issued_on"]),
             _day(r["closed_on"]), r["description"], r["applicant"], _money(r["valuation"]), r["address"] or "",
             r["parcel_id"] or ""] for r in town.records()))
    return parcel_file, record_file


def _write(path: Path, header: list[str], rows: Iterable[list[object]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def _head(path: Path, rows: int) -> Path:
    """The header and the first ``rows`` rows of a CSV written by _write (one line per row)."""
    part = path.with_name(f"{path.stem}-{rows}.csv")
    with open(path, encoding="utf-8") as src, open(part, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i > rows:
                break
            dst.write(line)
    return part


def run_import(folder: Path, env: dict[str, str], kind: str, file: Path, mapping: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of `kiosk-admin records import` in a fresh child process."""
    config = folder / f"{file.stem}.toml"
    config.write_text(f"data_dir = {json.dumps(str(folder / 'data'))}\n", encoding="utf-8")
    argv = [sys.executable, "-c", CHILD, "--config", str(config), "records", "import", kind, str(file),
            "--mapping", mapping, "--rejects", str(folder / f"{file.stem}.rejects.csv")]
    started = time.perf_counter()
    proc = subprocess.run(argv, check=False, stdin=subprocess.DEVNULL, capture_output=True, env=env, cwd=folder,
                          timeout=IMPORT_TIMEOUT_S)
    wall = time.perf_counter() - started
    err = proc.stderr.decode("utf-8", "replace")
    peak = [line for line in err.splitlines() if line.startswith(RSS_MARK)]
    if proc.returncode != 0 or not peak:
        tail = "\n".join(err.splitlines()[-15:])
        raise RecordsBenchError(f"records import of {file.name} failed (exit code {proc.returncode}):\n{tail}")
    kb = int(peak[-1][len(RSS_MARK):])
    return wall, (kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024)


def measure_import(folder: Path, env: dict[str, str], rows: int, parcels: int,
                   details: dict[str, object]) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    parcel_file, record_file = write_csvs(folder, parcels, rows)
    quarter = _head(record_file, rows // 4)
    figures = {}
    for name, file in (("quarter", quarter), ("full", record_file)):
        run_dir = folder / name
        run_dir.mkdir()
        parcel_s, _rss = run_import(run_dir, env, "parcels", parcel_file, "demo_parcels")
        figures[name] = run_import(run_dir, env, "records", file, "demo_records")
        details[f"import_parcels_rows_per_s_{name}"] = parcels / parcel_s
    (wall, peak), (_wall_q, peak_q) = figures["full"], figures["quarter"]
    details["import_rows"] = rows
    details["import_peak_rss_mb_quarter"] = peak_q
    return {"import_rows_per_s": rows / wall, "import_peak_rss_mb": peak,
            "import_rss_growth_mb": peak - peak_q, "import_s_per_100k_rows": wall * 100_000 / rows}
