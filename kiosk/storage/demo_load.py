# SPDX-License-Identifier: Apache-2.0
"""Loading the demo parcels and records (kiosk.core.demo_records) into an empty database.

Everything goes in one transaction, in batches, so a search sees no demo data or all of it; the
search index follows through the triggers (SQLite) or indexes (PostgreSQL) of migration 0004.
Both functions open their own connection from the engine, so a worker thread can call them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from kiosk.core.addresses import address_key
from kiosk.core.demo_records import (
    DEFAULT_PARCELS,
    DEFAULT_RECORDS,
    DEFAULT_SEED,
    RECORD_SOURCE,
    DemoTown,
    read_streets,
)
from kiosk.paths import towns_dir
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.parcel_order import ORDER_COLUMNS, order_values

BATCH_SIZE = 2000
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


def load_demo(engine: sa.Engine, *, parcels: int = DEFAULT_PARCELS, records: int = DEFAULT_RECORDS,
              seed: int = DEFAULT_SEED, today: dt.date | None = None, streets: Sequence[str] | None = None,
              town_name: str = "Westport", progress: Callable[[str, int], None] | None = None) -> tuple[int, int]:
    """Generate and insert the demo data; returns (parcels, records) written.

    The schema must be migrated. Raises NotEmptyError, with nothing written, if the database
    holds any parcel or record (checked inside the transaction). ``progress`` is called with
    ("parcels" or "records", rows written so far) after each batch.
    """
    town = DemoTown(streets if streets is not None else demo_streets(), parcels=parcels, records=records,
                    seed=seed, today=today, town_name=town_name)
    keys = AddressKeys()
    with engine.begin() as conn:
        if not _empty(conn):
            raise NotEmptyError("the database already holds parcels or records; demo data is only loaded into "
                                "an empty one")
        n_parcels = 0
        pks: dict[str, int] = {}
        for batch in _batches(town.parcels()):
            for row in batch:
                n_parcels += 1
                row["id"] = pks[row["parcel_id"]] = n_parcels      # the tables are empty: ids from 1
                row["address_key"] = keys(row["address"])
                row.update(zip(ORDER_COLUMNS, order_values(row["address_key"]), strict=True))
            conn.execute(sa.insert(Parcel), batch)
            if progress:
                progress("parcels", n_parcels)
        n_records = 0
        for batch in _batches(town.records()):
            values: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            for r in batch:
                n_records += 1
                values.append({**{c: r[c] for c in _RECORD_COLUMNS}, "id": n_records, "source": RECORD_SOURCE,
                               "address_key": keys(r["address"]), "parcel_id": pks.get(r["parcel_id"])})
                history.extend({"record_id": n_records, "status": status, "at": at} for status, at in r["history"])
            conn.execute(sa.insert(PublicRecord), values)
            conn.execute(sa.insert(RecordStatusHistory), history)
            if progress:
                progress("records", n_records)
        if conn.dialect.name == "postgresql":       # the ids were given, so move the sequences past them
            for table, count in (("parcels", n_parcels), ("records", n_records)):
                if count:
                    conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :n)"), {"n": count})
    return n_parcels, n_records


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
