# SPDX-License-Identifier: Apache-2.0
"""Writing imported parcels and records: batched upserts by natural key on SQLite and PostgreSQL.

The whole file goes in one transaction, so searches see the old data or the new, never half an
import. Records are linked to a parcel by the town's parcel id, else map-block-lot, else the
normalised address; a map-block-lot or address shared by several parcels links nothing.

Speed: each batch is one upsert of plain tuples on the driver (no per-value work in SQLAlchemy;
on SQLite, rows known to be new are plainly inserted),
and a row whose values are all unchanged is not rewritten, so a nightly re-import touches only
what changed. The natural keys already seen in the file are kept in a temporary table, so memory
stays flat however long the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    Date,
    Engine,
    Select,
    String,
    Table,
    bindparam,
    func,
    literal,
    select,
)

from kiosk.core.record_mapping import PARCEL_FIELDS, RecordMapping
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory, UTCDateTime

_AMBIGUOUS = -1
_SEEN = "kiosk_import_seen"
_RECORD_COLUMNS = ("record_number", "record_type", "status", "applied_on", "issued_on", "closed_on", "description",
                   "applicant", "valuation", "address")


@contextmanager
def open_import_sink(engine: Engine, mapping: RecordMapping,
                     now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> Iterator[Any]:
    table = "parcels" if mapping.kind == "parcels" else "records"
    with engine.begin() as conn, _plans_per_statement(conn), _larger_cache(conn), _index_new_rows_at_the_end(conn, table):
        seen = _SeenKeys(conn)
        statistics = _Statistics(conn, [table, _SEEN])
        if mapping.kind == "parcels":
            yield _ParcelSink(conn, mapping, seen, statistics)
        else:
            sink = _RecordSink(conn, mapping, now(), seen, statistics)
            yield sink
            sink.finish()
        seen.drop()


# The columns of the SQLite search tables (db/versions/0004_record_search.py); a test checks them.
FTS_COLUMNS = {"parcels": ("parcel_id", "map_block_lot", "address_key", "owner"),
               "records": ("record_number", "address_key")}


@contextmanager
def _index_new_rows_at_the_end(conn: Connection, table: str) -> Iterator[None]:
    """On SQLite, a trigger adds each new row to the FTS5 search table, one at a time: a third of
    an import's time. During the import (inside its transaction, so nothing of this is ever seen
    half done) that trigger is set aside, and the new rows (ids above the largest before: SQLite
    gives new rows the next ids) are indexed in one statement at the end. Changed rows keep their
    update trigger."""
    if conn.dialect.name != "sqlite":
        yield
        return
    trigger = f"{table}_fts_ai"
    created = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                   (trigger,)).scalar()
    if created is None:
        yield
        return
    before = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()
    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    yield
    columns = ", ".join(FTS_COLUMNS[table])
    conn.exec_driver_sql(f"INSERT INTO {table}_fts(rowid, {columns}) SELECT id, {columns} FROM {table} WHERE id > ?",
                         (before,))
    conn.exec_driver_sql(created)


class _Statistics:
    """PostgreSQL plans by statistics gathered before the import, when the tables may have been
    empty: a look-up of a thousand keys is then planned as a hash of the whole table. So the
    tables are analysed (own uncommitted rows included) whenever the rows written have doubled."""

    def __init__(self, conn: Connection, tables: list[str]) -> None:
        self._conn = conn
        self._tables = tables if conn.dialect.name == "postgresql" else []
        self._written = 0
        self._next = 1

    def wrote(self, rows: int) -> None:
        self._written += rows
        if self._tables and self._written >= self._next:
            self._conn.exec_driver_sql(f"ANALYZE {', '.join(self._tables)}")
            self._next = self._written * 2


@contextmanager
def _larger_cache(conn: Connection) -> Iterator[None]:
    """SQLite's page cache is 2 MB; an import of a large file updates indexes far larger, and
    re-reading their pages dominates. 16 MB for the import: it is full after the first 50,000
    rows or so, and memory stays flat from there (32 MB was no faster)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size = -16384")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")


@contextmanager
def _plans_per_statement(conn: Connection) -> Iterator[None]:
    """psycopg prepares a statement run five times, and PostgreSQL may then keep a plan made when
    the tables were small (a whole-table scan per batch); the tables grow during an import."""
    driver = conn.connection.driver_connection
    if conn.dialect.name != "postgresql" or not hasattr(driver, "prepare_threshold"):
        yield
        return
    threshold = driver.prepare_threshold
    driver.prepare_threshold = None
    try:
        yield
    finally:
        driver.prepare_threshold = threshold


class _SeenKeys:
    """The natural keys of this import so far (key -> first line), in a temporary table."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        suffix = " ON COMMIT DROP" if conn.dialect.name == "postgresql" else ""
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {_SEEN} (key VARCHAR PRIMARY KEY, line INTEGER NOT NULL){suffix}")

    def first_lines(self, keys: dict[str, int]) -> dict[str, int]:
        if self._conn.dialect.name == "postgresql":     # arrays, and a join: a temporary table has no statistics
            earlier = dict(self._conn.exec_driver_sql(
                f"SELECT s.key, s.line FROM {_SEEN} s JOIN unnest(%s::varchar[]) AS k(key) ON s.key = k.key",
                (list(keys),)).all())
            new = [(k, line) for k, line in keys.items() if k not in earlier]
            if new:
                self._conn.exec_driver_sql(f"INSERT INTO {_SEEN} (key, line) SELECT * FROM unnest(%s::varchar[], "
                                           "%s::int[])", tuple(list(column) for column in zip(*new)))
            return earlier
        earlier = {}
        wanted = list(keys)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            earlier.update(self._conn.exec_driver_sql(
                f"SELECT key, line FROM {_SEEN} WHERE key IN ({', '.join('?' * len(chunk))})", tuple(chunk)).all())
        new = [(k, line) for k, line in keys.items() if k not in earlier]
        if new:
            self._conn.exec_driver_sql(f"INSERT INTO {_SEEN} (key, line) VALUES (?, ?)", new)
        return earlier

    def drop(self) -> None:
        if self._conn.dialect.name != "postgresql":
            self._conn.exec_driver_sql(f"DROP TABLE temp.{_SEEN}")


def _insert(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """A plain INSERT of rows known to be new (SQLite only)."""
    if rows:
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(['?'] * len(columns))})",
                             _sqlite_values(table, columns, rows))


def _sqlite_values(table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> list[Any]:
    """Dates as SQLAlchemy's Date type stores them on SQLite: ISO text."""
    dated = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date)]
    if not dated:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i in dated:
            if values[i] is not None:
                values[i] = values[i].isoformat()
        out.append(tuple(values))
    return out


def _upsert(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]], keys: list[str],
            returning: str = "") -> list[Any]:
    """INSERT ... ON CONFLICT DO UPDATE of plain tuples, skipping rows whose values are unchanged.
    SQLite takes the rows one by one (executemany); PostgreSQL takes the batch as one statement,
    one array per column (a statement per row costs it far more than the row), and hands back
    `returning` of each row it wrote."""
    sqlite = conn.dialect.name == "sqlite"
    update = [c for c in columns if c not in keys]
    if sqlite:
        source = f"VALUES ({', '.join(['?'] * len(columns))})"
    else:
        types = [table.c[c].type.compile(dialect=conn.dialect) for c in columns]
        source = f"SELECT * FROM unnest({', '.join(f'%s::{t}[]' for t in types)})"
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) {source} ON CONFLICT ({', '.join(keys)}) DO "
    if update:
        differs = " IS NOT " if sqlite else " IS DISTINCT FROM "
        sql += (f"UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in update)} "
                f"WHERE {' OR '.join(f'{table}.{c}{differs}excluded.{c}' for c in update)}")
    else:
        sql += "NOTHING"
    if not rows:
        return []
    if sqlite:
        conn.exec_driver_sql(sql, _sqlite_values(table, columns, rows))
        return []
    if returning:
        return list(conn.exec_driver_sql(f"{sql} RETURNING {returning}", tuple(list(v) for v in zip(*rows))))
    conn.exec_driver_sql(sql, tuple(list(values) for values in zip(*rows)))
    return []


class _ParcelSink:
    def __init__(self, conn: Connection, mapping: RecordMapping, seen: _SeenKeys, statistics: _Statistics) -> None:
        self._conn = conn
        self._statistics = statistics
        self.first_lines = seen.first_lines
        self._columns = [f for f in PARCEL_FIELDS if f in {s.name for s in mapping.fields}]
        if "address" in self._columns:
            self._columns.append("address_key")

    def write(self, rows: list[dict[str, Any]]) -> int:
        columns = self._columns
        _upsert(self._conn, Parcel.__table__, columns, [tuple([r.get(c) for c in columns]) for r in rows],
                ["parcel_id"])
        self._statistics.wrote(len(rows))
        return 0


class _RecordSink:
    def __init__(self, conn: Connection, mapping: RecordMapping, now: dt.datetime, seen: _SeenKeys,
                 statistics: _Statistics) -> None:
        self._conn = conn
        self._statistics = statistics
        self.first_lines = seen.first_lines
        self._source = mapping.source
        self._now = now
        names = {s.name for s in mapping.fields}
        self._columns = [c for c in _RECORD_COLUMNS if c in names]
        if "address" in self._columns:
            self._columns.append("address_key")
        self._by_pid, self._by_mbl, self._by_address = self._parcel_index()
        # SQLite: new records are inserted as they are (an upsert costs it half as much again
        # even where nothing conflicts), and their first statuses are written at the end.
        self._new_after = (conn.execute(select(func.coalesce(func.max(PublicRecord.id), 0))).scalar_one()
                           if conn.dialect.name == "sqlite" else None)

    def _parcel_index(self) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        by_pid: dict[str, int] = {}
        by_mbl: dict[str, int] = {}
        by_address: dict[str, int] = {}
        rows = self._conn.execute(select(Parcel.id, Parcel.parcel_id, Parcel.map_block_lot, Parcel.address_key))
        for pk, pid, mbl, akey in rows:
            by_pid[pid] = pk
            for index, value in ((by_mbl, mbl), (by_address, akey)):
                if value:
                    index[value] = _AMBIGUOUS if value in index else pk
        return by_pid, by_mbl, by_address

    def _parcel_for(self, row: dict[str, Any]) -> int | None:
        for index, value in ((self._by_pid, row.get("parcel_id")), (self._by_mbl, row.get("map_block_lot")),
                             (self._by_address, row.get("address_key"))):
            pk = index.get(value) if value else None
            if pk is not None and pk != _AMBIGUOUS:
                return pk
        return None

    def write(self, rows: list[dict[str, Any]]) -> int:
        keys = [r["record_number"] for r in rows]
        before = dict(self._conn.execute(self._numbered(
            select(PublicRecord.record_number, PublicRecord.status), keys)).all())
        columns = [*self._columns, "source", "parcel_id"]
        fresh, known = [], []
        linked = 0
        for r in rows:
            parcel = self._parcel_for(r)
            linked += parcel is not None
            (known if r["record_number"] in before else fresh).append(
                (*[r.get(c) for c in self._columns], self._source, parcel))
        table = PublicRecord.__table__
        if self._new_after is None:
            # PostgreSQL: one statement for the batch; the rows it wrote come back with their ids,
            # and those new, or with a new status, start their history.
            written = _upsert(self._conn, table, columns, fresh + known, ["source", "record_number"],
                              returning="id, record_number, status")
            history = [(pk, status) for pk, number, status in written
                       if status is not None and (number not in before or before[number] != status)]
            if history:
                self._conn.exec_driver_sql(
                    "INSERT INTO record_status_history (record_id, status, at) "
                    "SELECT h.id, h.status, %s FROM unnest(%s::integer[], %s::varchar[]) AS h(id, status)",
                    (self._now, *(list(column) for column in zip(*history))))
        else:
            _insert(self._conn, table, columns, fresh)
            _upsert(self._conn, table, columns, known, ["source", "record_number"])
            changed = [r["record_number"] for r in rows if r["record_number"] in before
                       and r.get("status") is not None and before[r["record_number"]] != r["status"]]
            if changed:
                self._conn.execute(RecordStatusHistory.__table__.insert().from_select(
                    ["record_id", "status", "at"],
                    self._numbered(select(PublicRecord.id, PublicRecord.status, literal(self._now, UTCDateTime())),
                                   changed)))
        self._statistics.wrote(len(rows))
        return linked

    def finish(self) -> None:
        """On SQLite, the first status of every new record, in one statement (new rows have the ids
        above the largest before the import, and nothing else writes while the import holds the lock)."""
        if self._new_after is not None:
            self._conn.execute(RecordStatusHistory.__table__.insert().from_select(
                ["record_id", "status", "at"],
                select(PublicRecord.id, PublicRecord.status, literal(self._now, UTCDateTime()))
                .where(PublicRecord.id > self._new_after, PublicRecord.status.is_not(None))))

    def _numbered(self, query: Select[Any], numbers: list[str]) -> Select[Any]:
        """The query on this source's records with these numbers. On PostgreSQL a join to the
        numbers as one array: mid-import the tables have no statistics, and an IN list of a
        thousand values is then planned as a scan of the whole table."""
        query = query.where(PublicRecord.source == self._source)
        if self._conn.dialect.name == "postgresql":
            wanted = func.unnest(bindparam("numbers", numbers, type_=ARRAY(String))).table_valued("n").render_derived()
            return query.join(wanted, PublicRecord.record_number == wanted.c.n)
        return query.where(PublicRecord.record_number.in_(numbers))

