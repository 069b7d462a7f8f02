# SPDX-License-Identifier: Apache-2.0
"""pg_search_ms_p95 for `kiosk-admin bench`: record search on PostgreSQL (issue 13).

The benchmark starts a throwaway server (kiosk.bench.postgres), migrates it, and copies into it
the parcels and records of the SQLite data set kiosk.bench.records searches (100,000 parcels and
500,000 records; quick: 1,000 and 5,000), then searches it with the same terms per kind:

* pg_search_ms_p95 (per kind, and flat as pg_search_ms_p95_<kind>): SqlRecordSearch.search,
  end to end (owners public), as kiosk.bench.records times it on SQLite;
* pg_search_floor_ms_p95: the raw index query for the same words, sent straight through psycopg:
  the stored words matched under their GIN indexes (``<column>_words @@`` the words' tsquery), LIMIT 20, on parcels (address and
  owner, or parcel ids) and on records (numbers or addresses): what the indexes alone cost;
  pg_search_overhead_ratio_<kind> is the p95 of the search over the p95 of the floor;
* pg_search_sql_ms_p95 (details): the search's own two statements, sent through psycopg one after
  the other with nothing around them: what is left of the search is Python, the pool and the
  round trips;
* pg_search_ms_max_typed: addresses, record numbers and owners (a tenth of the terms of each)
  typed key by key from AS_YOU_TYPE_MIN characters on
  (what the search screen sends as a resident types), plus the outliers measured before issue 13
  ("2 o", "11 my"): the slowest of them, with the five slowest in the details.

With no PostgreSQL to start here the figures are not measured, and the table says so.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from kiosk.bench.postgres import NoPostgres, ThrowawayPostgres
from kiosk.bench.records import FULL, KINDS, QUICK, SEED, percentile, records_database, terms, timed
from kiosk.core.records.addresses import query_key
from kiosk.core.records.search import AS_YOU_TYPE_MIN, SearchQuery, tokens
from kiosk.storage.database import DatabaseLimits, open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.records.pg_search import statements
from kiosk.storage.records.search import SqlRecordSearch, pg_query

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext

KEY = "pg_search_ms_p95"
OUTLIERS = ("2 o", "11 my")         # the slowest as-you-type queries before issue 13 (125 and 65 ms)
TABLES = ("parcels", "records")
FLOOR_LIMIT = 20


def measure_pg_search(ctx: BenchContext) -> dict[str, object]:
    database = records_database(ctx)
    server = ThrowawayPostgres()
    try:
        try:
            server.start()
        except NoPostgres as exc:
            return _not_measured(ctx, f"no PostgreSQL ({exc})")
        started = time.perf_counter()
        engine = open_engine(server.url, DatabaseLimits().maintenance())
        try:
            upgrade(engine)
            copy_records(database, engine)
        finally:
            engine.dispose()
        ctx.details["pg_search_load_s"] = time.perf_counter() - started
        sizes = QUICK if ctx.quick else FULL
        return measure(server.url, database, sizes["terms"], ctx.details)
    finally:
        server.stop()


def _not_measured(ctx: BenchContext, why: str) -> dict[str, object]:
    keys = [KEY, "pg_search_ms_max_typed", *(f"pg_search{part}_{kind}" for kind in KINDS
                                             for part in ("_ms_p95", "_floor_ms_p95", "_overhead_ratio"))]
    for key in keys:
        ctx.not_measured[key] = why
    return dict.fromkeys(keys)


def copy_records(sqlite_file: Path, engine: sa.Engine) -> None:
    """The parcels and records of a SQLite kiosk database into an empty, migrated PostgreSQL one
    (COPY, the columns both have), then ANALYZE."""
    source = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    try:
        with engine.begin() as conn:
            driver: Any = conn.connection.driver_connection
            for table in TABLES:
                theirs = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
                ours = {c["name"] for c in sa.inspect(conn).get_columns(table)}
                columns = [c for c in theirs if c in ours]
                rows = source.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")
                with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT coalesce(max(id), 1) FROM {table}))")
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE parcels, records")
    finally:
        source.close()


# -- timing -----------------------------------------------------------------------------------

def _floor_words(kind: str, term: str) -> list[str]:
    return tokens(query_key(term)) if kind in ("address", "prefix") else tokens(term)


# The raw index look-ups of each kind: the words (the last a prefix) matched against the indexed
# columns, the first FLOOR_LIMIT rows, nothing ordered or counted.
_MATCH = "{column}_words @@ %(q)s::tsquery"
_FLOOR = {
    "parcels": "SELECT id FROM parcels WHERE " + " OR ".join(_MATCH.format(column=c) for c in
                                                            ("parcel_id", "map_block_lot", "address_key", "owner"))
               + f" LIMIT {FLOOR_LIMIT}",
    "records": "SELECT id FROM records WHERE " + " OR ".join(_MATCH.format(column=c) for c in
                                                            ("record_number", "address_key"))
               + f" LIMIT {FLOOR_LIMIT}",
}


def _floor_query(words: list[str]) -> str:
    """The words' tsquery (every word a phrase of its letter-and-digit runs, the last a prefix)."""
    terms_ = []
    for i, word in enumerate(words):
        runs = ["'" + r.lower() + "'" for r in re.findall(r"[^\W_]+", word)]
        if runs:
            terms_.append("(" + " <-> ".join(runs) + (":*)" if i == len(words) - 1 else ")"))
    return " & ".join(terms_) or "''"


def typed_prefixes(texts: list[str]) -> list[str]:
    """Every text as the search screen sends it while it is typed: from AS_YOU_TYPE_MIN
    characters on, one more at each key press."""
    out: list[str] = list(OUTLIERS)
    for text in texts:
        typed = text.lower()
        out += [typed[:n] for n in range(AS_YOU_TYPE_MIN, len(typed) + 1) if not typed[n - 1:n].isspace()]
    return list(dict.fromkeys(out))


def measure(url: str, database: Path, count: int, details: dict[str, Any]) -> dict[str, object]:
    source = open_engine(f"sqlite:///{database}")
    try:
        drawn = terms(source, count, random.Random(SEED))       # the terms kiosk.bench.records searches
    finally:
        source.dispose()
    engine = open_engine(url)
    try:
        search = SqlRecordSearch(session_factory(engine), owners_public=True)
        out: dict[str, dict[str, float]] = {f"pg_search{f}_ms_p{p}": {} for f in ("", "_floor") for p in (50, 95)}
        sql_p95: dict[str, float] = {}
        with engine.connect() as conn:
            driver: Any = conn.connection.driver_connection

            def floor(query: str) -> None:
                for table in TABLES:
                    driver.execute(_FLOOR[table], {"q": query}).fetchall()
                driver.rollback()

            def find(text: str) -> None:
                search.search(SearchQuery(text))

            def own(sent: list[tuple[str, dict[str, Any]]]) -> None:
                driver.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                for sql, params in sent:
                    driver.execute(sql, params, prepare=False).fetchall()
                driver.rollback()

            for kind in KINDS:
                for term in drawn[kind][:10]:            # warm the caches, not counted
                    search.search(SearchQuery(term))
                service, index, plain = [], [], []
                for term in drawn[kind]:
                    service.append(timed(partial(find, term)))
                    query = _floor_query(_floor_words(kind, term))
                    index.append(timed(partial(floor, query)))
                    built = statements(pg_query(SearchQuery(term)), SearchQuery(term), True)
                    sent = [b for b in built or () if b is not None]
                    plain.append(timed(partial(own, sent)))
                sql_p95[kind] = percentile(plain, 0.95)
                for p in (50, 95):
                    out[f"pg_search_ms_p{p}"][kind] = percentile(service, p / 100)
                    out[f"pg_search_floor_ms_p{p}"][kind] = percentile(index, p / 100)
                details[f"pg_search_ms_max_{kind}"] = max(service)
            few = max(5, count // 10)
            typed = typed_prefixes([*drawn["address"][:few], *drawn["record"][:few], *drawn["owner"][:few]])
            slowest = sorted(((timed(partial(find, t)), t) for t in typed), reverse=True)
        details["pg_search_sql_ms_p95"] = sql_p95
        details["pg_search_typed_queries"] = len(typed)
        details["pg_search_typed_slowest"] = [{"text": t, "ms": round(ms, 2)} for ms, t in slowest[:5]]
        details["pg_search_outliers_ms"] = {t: round(ms, 2) for ms, t in slowest if t in OUTLIERS}
        results: dict[str, object] = dict(out)
        results["pg_search_ms_max_typed"] = slowest[0][0]
        for kind in KINDS:
            results[f"{KEY}_{kind}"] = out[KEY][kind]
            results[f"pg_search_floor_ms_p95_{kind}"] = out["pg_search_floor_ms_p95"][kind]
            floor_p95 = out["pg_search_floor_ms_p95"][kind]
            results[f"pg_search_overhead_ratio_{kind}"] = out[KEY][kind] / floor_p95 if floor_p95 > 0 else None
        return results
    finally:
        engine.dispose()
