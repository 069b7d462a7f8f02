# SPDX-License-Identifier: Apache-2.0
"""Public record search on PostgreSQL: the same matches, order and counts as SQLite's FTS5 search
(kiosk.storage.records.search), in two plain statements sent together.

Each query word is matched against the stored words of a column (``<column>_words``, migration
0019: the column's letters and digits, accents folded, under a GIN index) as
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

import re
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy.orm import Session

from kiosk.core.records.search import COUNT_CAP, ParcelHit, RecordHit, SearchQuery

CANDIDATES = 2000           # as kiosk.storage.records.search.CANDIDATES (SQLite)
RECENT = 5 * CANDIDATES      # the newest rows looked at first (see _newest)
WIDER = 25 * CANDIDATES      # and then, the rows as far back as this from the newest
SHORT_PREFIX = 3            # a last word's last run shorter than this is checked, not looked up (see _Statement.words)
_ALNUM_RUN = re.compile(r"[^\W_]+")

_PARCEL_COLUMNS = "p.id, p.parcel_id, p.map_block_lot, p.address, p.owner, count(*) OVER ()"
_PARCEL_ORDER = ('p.street_sort COLLATE "C" ASC NULLS LAST, p.house_number ASC NULLS FIRST, '
                 'p.unit_sort COLLATE "C" ASC NULLS FIRST, p.address_key COLLATE "C" ASC NULLS LAST, '
                 "p.parcel_id, p.id")
_RECORD_COLUMNS = ("r.id, r.source, r.record_number, r.record_type, r.status, r.applied_on, r.issued_on, "
                   "r.address, r.parcel_id, count(*) OVER ()")
_RECORD_DAY = "coalesce(r.applied_on, r.issued_on)"
# What the candidates carry out of the heap: the shown columns and those ordered by, so that the
# 2,000 candidates are not looked up again one by one (that took 10 ms on a cold cache).
_CARRIED = {"parcels": "id, parcel_id, map_block_lot, address, owner, address_key, number_key, street_sort, "
                       "house_number, unit_sort",
            "records": "id, source, record_number, record_type, status, applied_on, issued_on, address, parcel_id, "
                       "number_key"}
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
        """Every word a word of the column (the last one as the prefix of one). A short prefix
        ("2", "st") matches a good part of the index, and GIN gathers every row of every word it
        starts before it can intersect them (15 ms for "2" among record numbers); where other
        words narrow the search, it is only checked on the rows those find, in their stored
        words (ts_match_vq is @@ as a function: the planner takes no index for it)."""
        last = len(words) - 1
        wide = _short(words)
        indexed = words[:last] if wide else words
        queries = " && ".join(f"kiosk_word_query({self.bind(w)}, {'true' if i == last else 'false'})"
                              for i, w in enumerate(indexed))
        condition = f"{column}_words @@ ({queries})"
        if wide:
            condition = f"({condition} AND ts_match_vq({column}_words, kiosk_word_query({self.bind(words[last])}, true)))"
        return condition


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
    built = statements(q, query, owners_public)
    if built is None:
        return None
    parcels_sql, records_sql = built
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


def statements(q: PgQuery, query: SearchQuery, owners_public: bool) -> tuple[
        tuple[str, dict[str, Any]] | None, tuple[str, dict[str, Any]]] | None:
    """The parcels statement (None without words) and the records statement, each SQL text and its
    values; None when there is nothing to look for. (The benchmark sends them on their own too.)"""
    filters = _Statement()
    record_filter = _record_filter(filters, query)
    if not q.raw and record_filter is None:
        return None
    return (_parcels(q, owners_public) if q.raw else None), _records(q, filters, record_filter)


def _parcels(q: PgQuery, owners_public: bool) -> tuple[str, dict[str, Any]]:
    st = _Statement()
    exact = [f"parcel_id = ANY({st.bind(q.exact)})"]
    if q.mbls:
        exact.append(f"map_block_lot = ANY({st.bind(q.mbls)})")
    if q.number is not None:
        exact.append(f"number_key = {st.bind(q.number)}")
    # As FTS5's {parcel_id map_block_lot}: each word in either column.
    checked = _short(q.raw)
    words = [" AND ".join(f"({_word(st, 'parcel_id', w, last, checked and last)} OR "
                          f"{_word(st, 'map_block_lot', w, last, checked and last)})" for w, last in _each(q.raw))]
    if q.address:
        words.append(st.words("address_key", q.address))
    if owners_public:
        words.append(st.words("owner", q.raw))
    first = (f"CASE WHEN p.parcel_id = ANY({st.bind(q.exact)}) OR p.map_block_lot = ANY({st.bind(q.mbls or [''])}) "
             f"OR p.address_key = {st.bind(' '.join(q.address))} THEN 0"
             + (f" WHEN p.number_key = {st.bind(q.number)} THEN 1" if q.number is not None else "") + " ELSE 2 END")
    sql = (f"SELECT {_PARCEL_COLUMNS} FROM ("
           f"SELECT {_CARRIED['parcels']} FROM parcels WHERE {' OR '.join(exact)} UNION "
           f"{_newest('parcels', ' OR '.join(words))}) AS p "
           f"ORDER BY {first}, {_PARCEL_ORDER} LIMIT {q.limit} OFFSET {q.offset}")
    return sql, st.params


def _each(words: list[str]) -> list[tuple[str, bool]]:
    """Only the last word is still being typed: it is matched as a prefix, the others whole."""
    return [(w, i == len(words) - 1) for i, w in enumerate(words)]


def _word(st: _Statement, column: str, word: str, last: bool, checked: bool = False) -> str:
    """One word in one column; ``checked``: in its stored words, not through the index (see _Statement.words)."""
    query = f"kiosk_word_query({st.bind(word)}, {'true' if last else 'false'})"
    return f"ts_match_vq({column}_words, {query})" if checked else f"{column}_words @@ {query}"


def _short(words: list[str]) -> bool:
    """Whether the last of several words is a prefix too short to look up (see _Statement.words)."""
    return len(words) > 1 and len((_ALNUM_RUN.findall(words[-1]) or [""])[-1]) < SHORT_PREFIX


def _newest(table: str, words: str) -> str:
    """The rows the words match, only the newest CANDIDATES (as FTS5 reads them on SQLite).

    Neither way PostgreSQL has of finding them is safe alone: walking the primary key backwards
    until CANDIDATES match stops early for a common word ("b-2": 5 ms) but walks the whole table
    for one whose rows are all old ("e-201", the permits of the 2010s: 140 ms), and gathering
    every match from the index first takes as long as there are matches ("e-20": 85,000, 165 ms).
    So the key is walked back in two steps, each bounded: the newest RECENT rows, then, only when
    those held fewer than CANDIDATES matches, the WIDER ones before them (a word in one row of
    25 is found there: "e-20", "co-2"); and all the older matches are gathered from the index (a
    CTE of the words alone: no order or range to walk the key for) only when both held fewer."""
    top = f"(SELECT max(id) FROM {table})"
    found = "(SELECT count(*) FROM recent) + (SELECT count(*) FROM wider)"
    return (f"(WITH recent AS MATERIALIZED (SELECT {_CARRIED[table]} FROM {table} WHERE id > {top} - {RECENT} "
            f"AND ({words}) ORDER BY id DESC LIMIT {CANDIDATES}), "
            f"wider AS MATERIALIZED (SELECT {_CARRIED[table]} FROM {table} "
            f"WHERE (SELECT count(*) FROM recent) < {CANDIDATES} AND id <= {top} - {RECENT} "
            f"AND id > {top} - {WIDER} AND ({words}) ORDER BY id DESC LIMIT {CANDIDATES}), "
            f"matches AS MATERIALIZED (SELECT {_CARRIED[table]} FROM {table} WHERE {words}) "
            f"SELECT * FROM (SELECT * FROM recent UNION ALL SELECT * FROM wider UNION ALL SELECT * FROM matches "
            f"WHERE {found} < {CANDIDATES} AND id <= {top} - {WIDER}) AS found "
            f"ORDER BY id DESC LIMIT {CANDIDATES})")


def _records(q: PgQuery, st: _Statement, record_filter: str | None) -> tuple[str, dict[str, Any]]:
    words = None
    if q.raw:
        conditions = [st.words("record_number", q.raw)]
        if q.address:
            conditions.append(st.words("address_key", q.address))
        words = " OR ".join(conditions)
    exact = f"number_key = {st.bind(q.number)}" if q.number is not None else None
    source = "records r"
    where: str | None
    if words is None:
        where = record_filter
    elif record_filter is None:       # the newest CANDIDATES of the matches, and the exact number
        found = _newest("records", words)
        if exact is not None:
            found = f"SELECT {_CARRIED['records']} FROM records WHERE {exact} UNION {found}"
        source, where = f"({found}) AS r", None
    else:                             # filtered: among all that match the words, so that none is missed
        where = f"({words}{f' OR {exact}' if exact is not None else ''}) AND {record_filter}"
    first = (f"CASE WHEN r.record_number = ANY({st.bind(q.exact)}) THEN 0"
             + (f" WHEN r.number_key = {st.bind(q.number)} THEN 1" if q.number is not None else "") + " ELSE 2 END")
    sql = (f"SELECT {_RECORD_COLUMNS} FROM {source}{f' WHERE {where}' if where else ''} "
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
