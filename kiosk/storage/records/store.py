# SPDX-License-Identifier: Apache-2.0
"""Writing imported parcels and records: batched upserts by natural key on SQLite and PostgreSQL.

The whole file goes in one transaction, so searches see the old data or the new, never half an
import. Records are linked to a parcel by the town's parcel id, else map-block-lot, else the
normalised address; a map-block-lot or address shared by several parcels links nothing.

Speed: a batch goes to the driver as plain tuples (no per-value work in SQLAlchemy). SQLite
takes them by executemany, rows known to be new as a plain INSERT; PostgreSQL takes them by COPY
into a temporary table and upserts from there in one statement. A row whose values are all
unchanged is not rewritten, so a nightly re-import touches only what changed. The natural keys
already seen in the file are kept in a temporary table, so memory stays flat however long the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Table,
    func,
    literal,
    select,
)

from kiosk.core.records.mapping import PARCEL_FIELDS, RecordMapping
from kiosk.core.records.search import number_key
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory, UTCDateTime
from kiosk.storage.records.parcel_order import ORDER_COLUMNS, order_values

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
        if mapping.kind == "parcels":
            yield _ParcelSink(conn, mapping, seen)
        else:
            sink = _RecordSink(conn, mapping, now(), seen)
            yield sink
            sink.finish()
        seen.drop()
        if conn.dialect.name == "postgresql":       # searches are planned by the new size of the table
            conn.exec_driver_sql(f"ANALYZE {table}")


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


@contextmanager
def _larger_cache(conn: Connection) -> Iterator[None]:
    """SQLite's page cache is 2 MB; an import of a large file updates indexes far larger, and
    re-reading their pages dominates. 16 MB for the import: it is full after the first 50,000
    rows or so, and memory stays flat from there (32 MB was no faster)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
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
    if conn.dialect.name != "postgresql" or driver is None or not hasattr(driver, "prepare_threshold"):
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
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {_SEEN}_batch (key VARCHAR, line INTEGER){suffix}")

    def first_lines(self, keys: dict[str, int]) -> dict[str, int]:
        if self._conn.dialect.name == "postgresql":
            # The batch's keys by COPY; one statement finds those seen before (`earlier` sees the
            # table as it was before the statement) and remembers the new ones. A look-up per key
            # (a subquery), as the temporary tables have no statistics to plan a join by.
            _copy_into(self._conn, f"{_SEEN}_batch", ["key", "line"], list(keys.items()))
            return dict(self._conn.exec_driver_sql(
                f"WITH earlier AS (SELECT b.key, (SELECT s.line FROM {_SEEN} s WHERE s.key = b.key) AS line "
                f"FROM {_SEEN}_batch b), added AS (INSERT INTO {_SEEN} (key, line) SELECT key, line FROM "
                f"{_SEEN}_batch ON CONFLICT (key) DO NOTHING) SELECT key, line FROM earlier WHERE line IS NOT NULL").all())
        earlier: dict[str, int] = {}
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


def _upsert(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]], keys: list[str]) -> None:
    """INSERT ... ON CONFLICT DO UPDATE of plain tuples, skipping rows whose values are unchanged.
    SQLite takes the rows one by one (executemany); PostgreSQL takes them from a COPY (see _staged)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_upsert_sql(conn, table, columns, keys, f"VALUES ({', '.join(['?'] * len(columns))})"),
                             _sqlite_values(table, columns, rows))
    else:
        conn.exec_driver_sql(_upsert_sql(conn, table, columns, keys, f"SELECT * FROM {_staged(conn, table, columns, rows)}"))


def _upsert_sql(conn: Connection, table: Table, columns: list[str], keys: list[str], source: str) -> str:
    update = [c for c in columns if c not in keys]
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) {source} ON CONFLICT ({', '.join(keys)}) DO "
    if not update:
        return sql + "NOTHING"
    differs = " IS NOT " if conn.dialect.name == "sqlite" else " IS DISTINCT FROM "
    return (sql + f"UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in update)} "
            f"WHERE {' OR '.join(f'{table.name}.{c}{differs}excluded.{c}' for c in update)}")


def _staged(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """PostgreSQL: the batch in a temporary table of these columns; its name."""
    name = f"kiosk_import_{table.name}"
    conn.exec_driver_sql(f"CREATE TEMPORARY TABLE IF NOT EXISTS {name} ON COMMIT DROP AS "
                         f"SELECT {', '.join(columns)} FROM {table.name} WITH NO DATA")
    _copy_into(conn, name, columns, rows)
    return name


def _copy_into(conn: Connection, name: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """PostgreSQL: empty the temporary table `name`, then COPY the rows in. COPY takes a row for a
    fraction of what the same row costs as array parameters."""
    conn.exec_driver_sql(f"TRUNCATE {name}")
    driver = conn.connection.driver_connection
    assert driver is not None           # the connection is open: the TRUNCATE ran on it
    with (driver.cursor() as cursor,
          cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy):
        for row in rows:
            copy.write_row(row)


class _ParcelSink:
    def __init__(self, conn: Connection, mapping: RecordMapping, seen: _SeenKeys) -> None:
        self._conn = conn
        self.first_lines = seen.first_lines
        self._fields = [f for f in PARCEL_FIELDS if f in {s.name for s in mapping.fields}]
        self._keyed = "address" in self._fields       # then the key and its sort order go in with it
        if self._keyed:
            self._fields.append("address_key")
        # The parcel id's number_key after the fields (the natural key is always one of them).
        self._columns = [*self._fields, "number_key", *(ORDER_COLUMNS if self._keyed else ())]

    def write(self, rows: list[dict[str, Any]]) -> int:
        fields = self._fields
        if self._keyed:
            values = [(*[r.get(c) for c in fields], number_key(r["parcel_id"]), *order_values(r.get("address_key")))
                      for r in rows]
        else:
            values = [(*[r.get(c) for c in fields], number_key(r["parcel_id"])) for r in rows]
        _upsert(self._conn, Parcel.__table__, self._columns, values, ["parcel_id"])
        return 0


class _RecordSink:
    def __init__(self, conn: Connection, mapping: RecordMapping, now: dt.datetime, seen: _SeenKeys) -> None:
        self._conn = conn
        self.first_lines = seen.first_lines
        self._source = mapping.source
        self._now = now
        names = {s.name for s in mapping.fields}
        self._columns = [c for c in _RECORD_COLUMNS if c in names]
        if "address" in self._columns:
            self._columns.append("address_key")
        self._by_pid, self._by_mbl, self._by_address = self._parcel_index()
        # SQLite: the largest id before the import; new records get the ids above it (see finish).
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
        columns = [*self._columns, "source", "parcel_id", "number_key"]
        values = []
        linked = 0
        for r in rows:
            parcel = self._parcel_for(r)
            linked += parcel is not None
            values.append((*[r.get(c) for c in self._columns], self._source, parcel, number_key(r["record_number"])))
        if self._new_after is None:
            self._write_postgresql(columns, values)
        else:
            self._write_sqlite(rows, columns, values)
        return linked

    def _write_postgresql(self, columns: list[str], values: list[tuple[Any, ...]]) -> None:
        """One statement for the batch: the upsert, and the history of the records that are new or
        have a new status (`old` sees the records as they were before the statement; a look-up per
        record, whatever the statistics say)."""
        stage = _staged(self._conn, PublicRecord.__table__, columns, values)
        upsert = _upsert_sql(self._conn, PublicRecord.__table__, columns, ["source", "record_number"],
                             f"SELECT * FROM {stage}")
        self._conn.exec_driver_sql(
            f"WITH old AS (SELECT s.record_number, (SELECT r.status FROM records r WHERE r.source = s.source "
            f"AND r.record_number = s.record_number) AS status FROM {stage} s), "
            f"up AS ({upsert} RETURNING id, record_number, status) "
            "INSERT INTO record_status_history (record_id, status, at) SELECT up.id, up.status, %s "
            "FROM up LEFT JOIN old ON old.record_number = up.record_number "
            "WHERE up.status IS NOT NULL AND up.status IS DISTINCT FROM old.status", (self._now,))

    def _write_sqlite(self, rows: list[dict[str, Any]], columns: list[str], values: list[tuple[Any, ...]]) -> None:
        """New records inserted as they are (an upsert costs SQLite half as much again even where
        nothing conflicts); their first statuses are written at the end (finish)."""
        before = dict(self._conn.execute(
            select(PublicRecord.record_number, PublicRecord.status)
            .where(PublicRecord.source == self._source,
                   PublicRecord.record_number.in_([r["record_number"] for r in rows]))).all())
        fresh = [v for r, v in zip(rows, values, strict=True) if r["record_number"] not in before]
        known = [v for r, v in zip(rows, values, strict=True) if r["record_number"] in before]
        _insert(self._conn, PublicRecord.__table__, columns, fresh)
        _upsert(self._conn, PublicRecord.__table__, columns, known, ["source", "record_number"])
        changed = [r["record_number"] for r in rows if r["record_number"] in before
                   and r.get("status") is not None and before[r["record_number"]] != r["status"]]
        if changed:
            self._conn.execute(RecordStatusHistory.__table__.insert().from_select(
                ["record_id", "status", "at"],
                select(PublicRecord.id, PublicRecord.status, literal(self._now, UTCDateTime()))
                .where(PublicRecord.source == self._source, PublicRecord.record_number.in_(changed))))

    def finish(self) -> None:
        """On SQLite, the first status of every new record, in one statement (new rows have the ids
        above the largest before the import, and nothing else writes while the import holds the lock)."""
        if self._new_after is not None:
            self._conn.execute(RecordStatusHistory.__table__.insert().from_select(
                ["record_id", "status", "at"],
                select(PublicRecord.id, PublicRecord.status, literal(self._now, UTCDateTime()))
                .where(PublicRecord.id > self._new_after, PublicRecord.status.is_not(None))))
