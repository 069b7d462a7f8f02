# SPDX-License-Identifier: Apache-2.0
"""Loading the demo data on every engine: all of it in one go, found by the search a resident
uses, never on top of data already there, and callable from a worker thread."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import sqlalchemy as sa

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import DEMO_SOURCE, SearchQuery
from kiosk.storage.database import session_factory
from kiosk.storage.demo.generator import DemoTown
from kiosk.storage.demo.load import (
    AddressKeys,
    NotEmptyError,
    demo_streets,
    load_demo,
    records_empty,
)
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.search import SqlRecordSearch

TODAY = dt.date(2026, 11, 22)
SIZES = {"parcels": 500, "records": 2500, "seed": 11, "today": TODAY}


def count(engine: sa.Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_load_fills_an_empty_database_and_the_search_finds_it(engine):
    assert records_empty(engine)

    assert load_demo(engine, **SIZES) == (500, 2500)

    assert not records_empty(engine)
    assert (count(engine, Parcel), count(engine, PublicRecord)) == (500, 2500)
    town = DemoTown(demo_streets(), parcels=500, records=2500, seed=11, today=TODAY)
    parcel = list(town.parcels())[123]
    record = next(r for i, r in enumerate(town.records()) if i > 1000 and r["parcel_id"] is not None)
    search = SqlRecordSearch(session_factory(engine), owners_public=True)

    by_address = search.search(SearchQuery(parcel["address"].lower()))
    assert by_address.parcels[0].parcel_id == parcel["parcel_id"]
    by_number = search.search(SearchQuery(record["record_number"]))
    assert by_number.records[0].record_number == record["record_number"]
    detail = search.record(by_number.records[0].pk)
    assert detail.source == DEMO_SOURCE and detail.status == record["status"]
    assert [h.status for h in detail.history] == [s for s, _at in record["history"]]
    assert detail.parcel is not None and detail.parcel.parcel_id == record["parcel_id"]
    owner = search.search(SearchQuery(parcel["owner"].split(",")[0].split()[0]))
    assert owner.total_parcels >= 1


def test_every_address_key_is_the_one_address_key_gives(engine):
    load_demo(engine, **SIZES)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(Parcel.address, Parcel.address_key)).all()
        rows += conn.execute(sa.select(PublicRecord.address, PublicRecord.address_key)).all()
        histories = conn.execute(sa.select(sa.func.count()).select_from(RecordStatusHistory)).scalar_one()
        unlinked = conn.execute(sa.select(sa.func.count()).select_from(PublicRecord)
                                .where(PublicRecord.parcel_id.is_(None))).scalar_one()
    assert all(key == (address_key(address) or None) for address, key in rows)
    assert histories >= 2500
    assert 0 < unlinked < 250


def test_the_ids_after_the_demo_data_are_free(engine):
    load_demo(engine, **SIZES)
    with engine.begin() as conn:
        pk = conn.execute(sa.insert(Parcel).values(parcel_id="NEW-1").returning(Parcel.id)).scalar_one()
        record = conn.execute(sa.insert(PublicRecord).values(source="town", record_number="X-1")
                              .returning(PublicRecord.id)).scalar_one()
    assert pk == 501 and record == 2501


def test_nothing_is_loaded_over_existing_data(engine):
    with engine.begin() as conn:
        conn.execute(sa.insert(Parcel).values(parcel_id="100", address="12 MAIN ST"))
    assert not records_empty(engine)

    with pytest.raises(NotEmptyError):
        load_demo(engine, **SIZES)

    assert (count(engine, Parcel), count(engine, PublicRecord)) == (1, 0)


def test_a_worker_thread_can_check_and_load(engine):
    results: list[object] = []

    def work() -> None:
        results.append(records_empty(engine))
        results.append(load_demo(engine, **SIZES))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)
    assert results == [True, (500, 2500)]
    assert not records_empty(engine)


def test_address_keys_agree_with_address_key():
    keys = AddressKeys()
    for address in ("12 COMPO RD S", "1850 POST RD E UNIT 12", "12 Compo Road South", "7 MAIN ST #3",
                    "ROUTE 10", "", None, "5 Main Street Unit 3", "100 OWENOKE PARK"):
        assert keys(address) == (address_key(address) or None), address
