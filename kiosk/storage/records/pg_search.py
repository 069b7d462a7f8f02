# SPDX-License-Identifier: Apache-2.0
"""Public record search on PostgreSQL: the same matches, order and counts as SQLite's FTS5 search
(kiosk.storage.records.search), in two plain statements sent together.

Each query word is matched against the stored words of a column (``<column>_words``, migration
0016: the column's letters and digits, accents folded, under a GIN index) as
``kiosk_word_query(word, is_last)``: its letter-and-digit runs one after another, the last run a
prefix while the word is still being typed, accents folded by the same kiosk_unaccent as the
column. So the database, not Python, splits and folds the query exactly as it did the data, and
"jose" finds "JOSÉ" as FTS5's unicode61 does. Every word reaches the database as a bound value.

As on SQLite, the words' matches are taken among the newest CANDIDATES of them (the exact
numbers always), so a short prefix that matches a third of the town is ordered among 2,000
rows, not 170,000; totals are counted up to COUNT_CAP.

Why not SQLAlchemy here: building the expressions and the ORM objects took more time than the
index look-ups, and each statement was a round trip of its own. The statements are built as
text (a few string joins), sent in one psycopg pipeline (SET LOCAL, parcels, records, COMMIT:
one round trip), not prepared (a generic plan cannot see how common a word is), and read as
tuples straight into the hits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy.orm import Session

from kiosk.core.records.search import COUNT_CAP, ParcelHit, RecordHit, SearchQuery

CANDIDATES = 2000           # as kiosk.storage.records.search.CANDIDATES (SQLite)

_PARCEL_COLUMNS = "p.id, p.parcel_id, p.map_block_lot, p.address, p.owner, count(*) OVER ()"
_PARCEL_ORDER = ('p.street_sort COLLATE "C" ASC NULLS LAST, p.house_number ASC NULLS FIRST, '
                 'p.unit_sort COLLATE "C" ASC NULLS FIRST, p.address_key COLLATE "C" ASC NULLS LAST, '
                 "p.parcel_id, p.id")
_RECORD_COLUMNS = ("r.id, r.source, r.record_number, r.record_type, r.status, r.applied_on, r.issued_on, "
                   "r.address, r.parcel_id, count(*) OVER ()")
_RECORD_DAY = "coalesce(r.applied_on, r.issued_on)"
# Starting parallel workers costs more (about 5 ms) than these index look-ups take.
_NO_PARALLEL = "SET LOCAL max_parallel_workers_per_gather = 0"


@dataclass
class _Statement:
    """SQL text with %(name)s placeholders and their values, built up piece by piece."""
    params: dict[str, Any] = field(default_factory=dict)

    def bind(self, value: Any) -> str:
        name = f"v{len(self.params)}"
        self.params[name] = value
        return f"%({name})s"

    def words(self, column: str, words: list[str]) -> str:
        """Every word a word of the column (the last one as the prefix of one)."""
        last = len(words) - 1
        queries = " && ".join(f"kiosk_word_query({self.bind(w)}, {'true' if i == last else 'false'})"
                              for i, w in enumerate(words))
        return f"{column}_words @@ ({queries})"


@dataclass(frozen=True)
class PgQuery:
    """What SqlRecordSearch worked out of the typed text, as kiosk.storage.records.search uses it."""
    text: str
    raw: list[str]              # the words as typed (upper-case)
    address: list[str]          # the words of the text's address_key
    number: str | None          # number_key of the text
    exact: list[str]            # the text as typed and upper-cased: exact ids and numbers
    mbls: list[str]             # the text as a stored map-block-lot
    limit: int
    offset: int


def search_postgresql(s: Session, q: PgQuery, query: SearchQuery, owners_public: bool) -> tuple[
        list[ParcelHit], int, bool, list[RecordHit], int, bool] | None:
    """(parcels, their total, more; records, their total, more), or None when there is nothing to
    look for (no words and no record filters)."""
    filters = _Statement()
    record_filter = _record_filter(filters, query)
    if not q.raw and record_filter is None:
        return None
    parcels_sql = _parcels(q, owners_public) if q.raw else None
    records_sql = _records(q, filters, record_filter)
    conn = s.connection()
    driver: psycopg.Connection[Any] = conn.connection.driver_connection    # type: ignore[assignment]
    try:
        with driver.pipeline():
            driver.execute(_NO_PARALLEL, prepare=False)
            parcel_cursor = driver.execute(*parcels_sql, prepare=False) if parcels_sql else None
            record_cursor = driver.execute(*records_sql, prepare=False)
            driver.commit()
        parcel_rows = parcel_cursor.fetchall() if parcel_cursor is not None else []
        record_rows = record_cursor.fetchall()
        parcels = [ParcelHit(pk, pid, mbl, address, owner if owners_public else None)
                   for pk, pid, mbl, address, owner, _n in parcel_rows]
        records = [RecordHit(*row[:9]) for row in record_rows]
        total_parcels, more_parcels = (_total(driver, parcels_sql, parcel_rows, q.offset) if parcels_sql
                                       else (0, False))
        total_records, more_records = _total(driver, records_sql, record_rows, q.offset)
    except psycopg.Error:
        if driver.closed or driver.broken:
            conn.invalidate()           # the pool must not hand this connection out again
        raise
    return parcels, total_parcels, more_parcels, records, total_records, more_records


def _parcels(q: PgQuery, owners_public: bool) -> tuple[str, dict[str, Any]]:
    st = _Statement()
    exact = [f"parcel_id = ANY({st.bind(q.exact)})"]
    if q.mbls:
        exact.append(f"map_block_lot = ANY({st.bind(q.mbls)})")
    if q.number is not None:
        exact.append(f"number_key = {st.bind(q.number)}")
    # As FTS5's {parcel_id map_block_lot}: each word in either column.
    words = [" AND ".join(f"({_word(st, 'parcel_id', w, last)} OR {_word(st, 'map_block_lot', w, last)})"
                          for w, last in _each(q.raw))]
    if q.address:
        words.append(st.words("address_key", q.address))
    if owners_public:
        words.append(st.words("owner", q.raw))
    first = (f"CASE WHEN p.parcel_id = ANY({st.bind(q.exact)}) OR p.map_block_lot = ANY({st.bind(q.mbls or [''])}) "
             f"OR p.address_key = {st.bind(' '.join(q.address))} THEN 0"
             + (f" WHEN p.number_key = {st.bind(q.number)} THEN 1" if q.number is not None else "") + " ELSE 2 END")
    sql = (f"SELECT {_PARCEL_COLUMNS} FROM parcels p WHERE p.id IN ("
           f"SELECT id FROM parcels WHERE {' OR '.join(exact)} UNION ALL "
           f"{_newest('parcels', ' OR '.join(words))}) "
           f"ORDER BY {first}, {_PARCEL_ORDER} LIMIT {q.limit} OFFSET {q.offset}")
    return sql, st.params


def _each(words: list[str]) -> list[tuple[str, bool]]:
    """Only the last word is still being typed: it is matched as a prefix, the others whole."""
    return [(w, i == len(words) - 1) for i, w in enumerate(words)]


def _word(st: _Statement, column: str, word: str, last: bool) -> str:
    return f"{column}_words @@ kiosk_word_query({st.bind(word)}, {'true' if last else 'false'})"


def _newest(table: str, words: str) -> str:
    """The ids the words match, only the newest CANDIDATES (as FTS5 reads them on SQLite). The
    matches are gathered from the index first (MATERIALIZED): walking the primary key backwards
    through the whole table to find a rare word's few rows would take a second."""
    return (f"(WITH m AS MATERIALIZED (SELECT id FROM {table} WHERE {words}) "
            f"SELECT id FROM m ORDER BY id DESC LIMIT {CANDIDATES})")


def _records(q: PgQuery, st: _Statement, record_filter: str | None) -> tuple[str, dict[str, Any]]:
    words = None
    if q.raw:
        conditions = [st.words("record_number", q.raw)]
        if q.address:
            conditions.append(st.words("address_key", q.address))
        words = " OR ".join(conditions)
    exact = f"number_key = {st.bind(q.number)}" if q.number is not None else None
    if words is None:
        where = record_filter
    elif record_filter is None:       # the newest CANDIDATES of the matches, and the exact number
        found = _newest("records", words)
        if exact is not None:
            found = f"SELECT id FROM records WHERE {exact} UNION ALL {found}"
        where = f"r.id IN ({found})"
    else:                             # filtered: among all that match the words, so that none is missed
        where = f"({words}{f' OR {exact}' if exact is not None else ''}) AND {record_filter}"
    assert where is not None
    first = (f"CASE WHEN r.record_number = ANY({st.bind(q.exact)}) THEN 0"
             + (f" WHEN r.number_key = {st.bind(q.number)} THEN 1" if q.number is not None else "") + " ELSE 2 END")
    sql = (f"SELECT {_RECORD_COLUMNS} FROM records r WHERE {where} "
           f"ORDER BY {first}, {_RECORD_DAY} DESC NULLS LAST, r.id DESC LIMIT {q.limit} OFFSET {q.offset}")
    return sql, st.params


def _record_filter(st: _Statement, query: SearchQuery) -> str | None:
    conditions = []
    if query.record_type is not None:
        conditions.append(f"r.record_type = {st.bind(query.record_type)}")
    if query.status is not None:
        conditions.append(f"r.status = {st.bind(query.status)}")
    if query.date_from is not None:
        conditions.append(f"{_RECORD_DAY} >= {st.bind(query.date_from)}")
    if query.date_to is not None:
        conditions.append(f"{_RECORD_DAY} <= {st.bind(query.date_to)}")
    return " AND ".join(conditions) if conditions else None


def _total(driver: psycopg.Connection[Any], statement: tuple[str, dict[str, Any]], rows: list[Any],
           offset: int) -> tuple[int, bool]:
    """(how many match, up to COUNT_CAP; whether there are more), from the count each row of the
    page carries; only a page past the end has to count again."""
    if rows:
        n = rows[0][-1]
    elif offset == 0:
        n = 0
    else:
        sql, params = statement
        matching = sql[:sql.rindex(" ORDER BY ")].replace(_PARCEL_COLUMNS, "1").replace(_RECORD_COLUMNS, "1")
        n = driver.execute(f"SELECT count(*) FROM ({matching} LIMIT {COUNT_CAP + 1}) AS matching", params,
                           prepare=False).fetchone()[0]    # type: ignore[index]
        driver.rollback()
    return min(n, COUNT_CAP), n > COUNT_CAP
