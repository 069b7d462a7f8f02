# SPDX-License-Identifier: Apache-2.0
"""Loading the demo parcels and records (kiosk.storage.demo.generator) into an empty database.

On PostgreSQL everything goes in one transaction; on SQLite in short ones, so residents are not
held up (see load_demo). The search index follows through the triggers (SQLite) or indexes
(PostgreSQL) of migration 0004.
Both functions open their own connection from the engine, so a worker thread can call them.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import DEMO_SOURCE
from kiosk.paths import towns_dir
from kiosk.storage.demo.generator import (
    DEFAULT_PARCELS,
    DEFAULT_RECORDS,
    DEFAULT_SEED,
    DemoTown,
    read_streets,
)
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.parcel_order import ORDER_COLUMNS, order_values

BATCH_SIZE = 2000
SQLITE_BATCH_SIZE = 1000     # about 0.1 s of holding SQLite's write lock
SQLITE_PAUSE_S = 0.1         # after each batch on SQLite: longer than SQLite's longest wait between tries for the lock
_NOT_EMPTY = "the database already holds parcels or records; demo data is only loaded into an empty one"
_DIGITS = re.compile(r"\d+")
_RECORD_COLUMNS = ("record_number", "record_type", "status", "applied_on", "issued_on", "closed_on", "description",
                   "applicant", "valuation", "address")


class NotEmptyError(RuntimeError):
    """The database already holds parcels or records; demo data goes only into an empty one."""


def demo_streets(town_folder: Path | None = None) -> list[str]:
    """The streets of a town pack's demo/streets.txt (default: Westport's)."""
    return read_streets((town_folder or towns_dir() / "westport") / "demo" / "streets.txt")


def records_empty(engine: sa.Engine) -> bool:
    """True when there are neither parcels nor records."""
    with engine.connect() as conn:
        return _empty(conn)


class LoadStopped(RuntimeError):
    """The load was asked to stop (the kiosk is shutting down); what was written is removed at the next start."""


def load_demo(engine: sa.Engine, *, parcels: int = DEFAULT_PARCELS, records: int = DEFAULT_RECORDS,
              seed: int = DEFAULT_SEED, today: dt.date | None = None, streets: Sequence[str] | None = None,
              town_name: str = "Westport", progress: Callable[[str, int], None] | None = None,
              stop: threading.Event | None = None, pause_s: float = SQLITE_PAUSE_S) -> tuple[int, int]:
    """Generate and insert the demo data; returns (parcels, records) written.

    The schema must be migrated. Raises NotEmptyError, with nothing written, if the database
    holds any parcel or record. ``progress`` is called with ("parcels" or "records", rows written
    so far) after each batch. ``stop`` set: LoadStopped after the batch under way (at most a
    fraction of a second).

    PostgreSQL takes it all in one transaction: a search anywhere in the fleet sees none of it or
    all, and other writers are not held up (each row is new). SQLite has one writer at a time, so
    there each batch is a transaction of its own, with a pause after it in which a resident's
    registration or message gets the lock; a marker file beside the database says a load is
    unfinished (meanwhile this kiosk's search says the records are loading), and a start that
    finds it removes the partial load (finish_unfinished) before loading again.
    """
    town = DemoTown(streets if streets is not None else demo_streets(), parcels=parcels, records=records,
                    seed=seed, today=today, town_name=town_name)
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            return _load(town, _InOne(conn), progress, stop)
    marker = unfinished_marker(engine)
    with engine.connect() as conn:
        if not _empty(conn):
            raise NotEmptyError(_NOT_EMPTY)
    if marker is not None:
        marker.touch()
    loaded = _load(town, _InBatches(engine, pause_s), progress, stop)
    if marker is not None:
        marker.unlink(missing_ok=True)
    return loaded


class _InOne:
    """Every batch in the one transaction of ``conn``."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        if not _empty(conn):
            raise NotEmptyError(_NOT_EMPTY)

    def write(self, statements: list[tuple[Any, list[dict[str, Any]]]]) -> None:
        for table, rows in statements:
            self.conn.execute(sa.insert(table), rows)

    def finish(self, n_parcels: int, n_records: int) -> None:
        if self.conn.dialect.name == "postgresql":      # the ids were given, so move the sequences past them
            for table, count in (("parcels", n_parcels), ("records", n_records)):
                if count:
                    self.conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :n)"), {"n": count})


class _InBatches:
    """Each batch its own short transaction, then a pause for other writers."""

    def __init__(self, engine: sa.Engine, pause_s: float) -> None:
        self.engine, self.pause_s = engine, pause_s

    def write(self, statements: list[tuple[Any, list[dict[str, Any]]]]) -> None:
        with self.engine.begin() as conn:
            for table, rows in statements:
                conn.execute(sa.insert(table), rows)
        time.sleep(self.pause_s)

    def finish(self, n_parcels: int, n_records: int) -> None:
        return


def _load(town: DemoTown, sink: _InOne | _InBatches, progress: Callable[[str, int], None] | None,
          stop: threading.Event | None) -> tuple[int, int]:
    keys = AddressKeys()
    size = BATCH_SIZE if isinstance(sink, _InOne) else SQLITE_BATCH_SIZE
    n_parcels = 0
    pks: dict[str, int] = {}
    for batch in _batches(town.parcels(), size):
        if stop is not None and stop.is_set():
            raise LoadStopped("the demo load was stopped")
        for row in batch:
            n_parcels += 1
            row["id"] = pks[row["parcel_id"]] = n_parcels      # the tables are empty: ids from 1
            row["address_key"] = keys(row["address"])
            row.update(zip(ORDER_COLUMNS, order_values(row["address_key"]), strict=True))
        sink.write([(Parcel, batch)])
        if progress:
            progress("parcels", n_parcels)
    n_records = 0
    for batch in _batches(town.records(), size):
        if stop is not None and stop.is_set():
            raise LoadStopped("the demo load was stopped")
        values: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for r in batch:
            n_records += 1
            values.append({**{c: r[c] for c in _RECORD_COLUMNS}, "id": n_records, "source": DEMO_SOURCE,
                           "address_key": keys(r["address"]), "parcel_id": pks.get(r["parcel_id"])})
            history.extend({"record_id": n_records, "status": status, "at": at} for status, at in r["history"])
        sink.write([(PublicRecord, values), (RecordStatusHistory, history)])
        if progress:
            progress("records", n_records)
    sink.finish(n_parcels, n_records)
    return n_parcels, n_records


def unfinished_marker(engine: sa.Engine) -> Path | None:
    """The file beside an SQLite database that says a demo load there is unfinished (None: not a file database)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        return None
    return Path(database).with_name(Path(database).name + ".demo-loading")


def finish_unfinished(engine: sa.Engine, stop: threading.Event | None = None) -> bool:
    """After a load that was stopped or cut short (SIGTERM, power): remove what it wrote, batch by
    batch, so the next load starts from empty. Returns whether there was one."""
    marker = unfinished_marker(engine)
    if marker is None or not marker.exists():
        return False
    for table in (RecordStatusHistory, PublicRecord, Parcel):
        while True:
            if stop is not None and stop.is_set():
                raise LoadStopped("the removal of an unfinished demo load was stopped")
            with engine.begin() as conn:
                ids = sa.select(table.id).limit(SQLITE_BATCH_SIZE).scalar_subquery()
                if conn.execute(sa.delete(table).where(table.id.in_(ids))).rowcount == 0:
                    break
            time.sleep(SQLITE_PAUSE_S)
    marker.unlink(missing_ok=True)
    return True


class AddressKeys:
    """address_key() for many addresses on few streets. "12 MAIN ST UNIT 3" is keyed by its shape
    "# MAIN ST UNIT #": two probes with other numbers ("1 ... UNIT 2", "98765 ... UNIT 98766") parse
    it once, and where both keys keep the numbers in place and agree on the rest, every address of
    that shape gets the rest with its own numbers. Other addresses go through address_key()."""

    _PROBES = ((1, 2, 3, 4), (98765, 98766, 98767, 98768))

    def __init__(self) -> None:
        self._shapes: dict[str, list[str] | None] = {}
        self._whole: dict[str, str | None] = {}

    def __call__(self, address: str | None) -> str | None:
        if not address:
            return None
        numbers = _DIGITS.findall(address)
        if 0 < len(numbers) <= len(self._PROBES[0]) and "#" not in address:
            shape = _DIGITS.sub("#", address)
            if shape not in self._shapes:
                self._shapes[shape] = self._template(shape, len(numbers))
            parts = self._shapes[shape]
            if parts is not None:
                return "".join(p + n for p, n in zip(parts, [*numbers, ""], strict=False))
        if address not in self._whole:
            self._whole[address] = address_key(address) or None
        return self._whole[address]

    def _template(self, shape: str, count: int) -> list[str] | None:
        skeletons = []
        for probe in self._PROBES:
            numbers = [str(n) for n in probe[:count]]
            key = address_key("".join(p + n for p, n in zip(shape.split("#"), [*numbers, ""], strict=False)))
            if _DIGITS.findall(key) != numbers:
                return None
            skeletons.append(_DIGITS.split(key))
        return skeletons[0] if skeletons[0] == skeletons[1] else None


def _empty(conn: sa.Connection) -> bool:
    return all(conn.execute(sa.select(table.id).limit(1)).first() is None for table in (Parcel, PublicRecord))


def _batches(rows: Iterable[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
