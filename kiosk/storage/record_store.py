# SPDX-License-Identifier: Apache-2.0
"""Writing imported parcels and records: batched upserts by natural key on SQLite and PostgreSQL.

The whole file goes in one transaction, so searches see the old data or the new, never half an
import. Records are linked to a parcel by the town's parcel id, else map-block-lot, else the
normalised address; a map-block-lot or address shared by several parcels links nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable

from sqlalchemy import Connection, Engine, Table, select

from kiosk.core.record_mapping import PARCEL_FIELDS, RecordMapping
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory

_LINK_FIELDS = ("parcel_id", "map_block_lot")
_AMBIGUOUS = -1


@contextmanager
def open_import_sink(engine: Engine, mapping: RecordMapping,
                     now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> Iterator[Any]:
    with engine.begin() as conn:
        if mapping.kind == "parcels":
            yield _ParcelSink(conn, mapping)
        else:
            yield _RecordSink(conn, mapping, now())


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table)
    update = {c: stmt.excluded[c] for c in rows[0] if c not in keys}
    stmt = stmt.on_conflict_do_update(index_elements=keys, set_=update) if update else \
        stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, rows)


class _ParcelSink:
    def __init__(self, conn: Connection, mapping: RecordMapping) -> None:
        self._conn = conn
        self._columns = [f for f in PARCEL_FIELDS if f in {s.name for s in mapping.fields}]
        if "address" in self._columns:
            self._columns.append("address_key")

    def write(self, rows: list[dict[str, Any]]) -> int:
        _upsert(self._conn, Parcel.__table__, [{c: r.get(c) for c in self._columns} for r in rows], ["parcel_id"])
        return 0


class _RecordSink:
    def __init__(self, conn: Connection, mapping: RecordMapping, now: dt.datetime) -> None:
        self._conn = conn
        self._source = mapping.source
        self._now = now
        names = {s.name for s in mapping.fields}
        self._columns = [c for c in ("record_number", "record_type", "status", "applied_on", "issued_on",
                                     "closed_on", "description", "applicant", "valuation", "address")
                         if c in names]
        if "address" in self._columns:
            self._columns.append("address_key")
        self._by_pid, self._by_mbl, self._by_address = self._parcel_index()

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
        table = PublicRecord.__table__
        keys = [r["record_number"] for r in rows]
        before = dict(self._conn.execute(
            select(PublicRecord.record_number, PublicRecord.status)
            .where(PublicRecord.source == self._source, PublicRecord.record_number.in_(keys))).all())
        values = []
        for r in rows:
            value = {c: r.get(c) for c in self._columns}
            value["source"] = self._source
            value["parcel_id"] = self._parcel_for(r)
            values.append(value)
        _upsert(self._conn, table, values, ["source", "record_number"])
        changed = [r["record_number"] for r in rows
                   if r.get("status") is not None and (r["record_number"] not in before
                                                       or before[r["record_number"]] != r["status"])]
        if changed:
            ids = self._conn.execute(
                select(PublicRecord.id, PublicRecord.status)
                .where(PublicRecord.source == self._source, PublicRecord.record_number.in_(changed))).all()
            self._conn.execute(RecordStatusHistory.__table__.insert(),
                               [{"record_id": pk, "status": status, "at": self._now} for pk, status in ids])
        return sum(1 for v in values if v["parcel_id"] is not None)
