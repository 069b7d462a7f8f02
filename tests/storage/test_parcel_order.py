# SPDX-License-Identifier: Apache-2.0
"""Properties are listed by street, then house number as a number, then unit, on every engine:
as imported, as the demo loader writes them, and in a database that had them before migration 0007."""

from __future__ import annotations

import random
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from kiosk.core.records.addresses import address_key
from kiosk.core.records.mapping_schema import parse_mapping
from kiosk.core.records.search import SearchQuery
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.demo.load import load_demo
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from kiosk.storage.records.search import SqlRecordSearch
from tests.storage.test_record_import import do_import

# In the order a resident expects "main" to list them; imported shuffled, with streets that do not match.
LISTED = ["2 MAIN ST", "2A MAIN ST", "10 MAIN ST", "10 MAIN ST APT 2", "10 MAIN ST APT 10", "10 MAIN ST APT B",
          "1007 MAIN ST", "1015 MAIN ST", "3 MAINE RD", "20 MAINE RD", "20 N MAIN ST"]
OTHERS = ["1 ELM ST", "10 ELM ST", "5 OAK AVE"]
PARCELS_MAPPING = parse_mapping({"import": {"kind": "parcels"},
                                 "fields": {"parcel_id": {"column": "PID"}, "address": {"column": "Location"}}})


def addresses(engine: sa.Engine, text: str, page_size: int = 50) -> list[str]:
    search = SqlRecordSearch(session_factory(engine))
    return [p.address or "" for p in search.search(SearchQuery(text, page_size=page_size)).parcels]


def write_parcels(path: Path, listed: list[str]) -> Path:
    shuffled = list(enumerate(listed))
    random.Random(7).shuffle(shuffled)
    path.write_text("PID,Location\n" + "".join(f"P{i},{a}\n" for i, a in shuffled), encoding="utf-8")
    return path


def test_imported_properties_are_listed_by_street_number_and_unit(engine, tmp_path):
    do_import(engine, write_parcels(tmp_path / "parcels.csv", LISTED + OTHERS), PARCELS_MAPPING)

    assert addresses(engine, "main") == LISTED
    assert addresses(engine, "st") == ["1 ELM ST", "10 ELM ST", *[a for a in LISTED if " ST" in a]]
    # The exact match still comes first; then the rest in order.
    assert addresses(engine, "10 main st")[:1] == ["10 MAIN ST"]
    assert addresses(engine, "10 main st apt") == ["10 MAIN ST APT 2", "10 MAIN ST APT 10", "10 MAIN ST APT B"]


def test_a_reimport_with_a_new_address_moves_the_property(engine, tmp_path):
    do_import(engine, write_parcels(tmp_path / "a.csv", ["2 MAIN ST", "10 MAIN ST"]), PARCELS_MAPPING)
    moved = tmp_path / "b.csv"
    moved.write_text("PID,Location\nP0,2 MAIN ST\nP1,1 MAIN ST\n", encoding="utf-8")
    do_import(engine, moved, PARCELS_MAPPING)

    assert addresses(engine, "main st") == ["1 MAIN ST", "2 MAIN ST"]


def test_demo_properties_are_listed_the_same_way(engine):
    load_demo(engine, parcels=300, records=10, seed=3, streets=["Main Street", "Elm Street"])
    listed = addresses(engine, "main st", page_size=100)

    numbers = [int(a.split()[0]) for a in listed if a.split()[0].isdigit()]
    assert len(numbers) >= 20 and numbers == sorted(numbers)
    assert sorted(listed, key=lambda a: a.split()[0]) != listed      # text order would differ


def test_a_database_from_before_the_order_columns_gets_them_filled(database_url):
    engine = open_engine(database_url)
    try:
        command.upgrade(alembic_config(engine), "0006")
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO parcels (parcel_id, address, address_key) VALUES (:p, :a, :k)"),
                         [{"p": f"P{i}", "a": a, "k": address_key(a)} for i, a in enumerate(reversed(LISTED + OTHERS))]
                         + [{"p": "NONE", "a": None, "k": None}])
        assert upgrade(engine) == SCHEMA_HEAD

        assert addresses(engine, "main") == LISTED
        with engine.connect() as conn:
            filled = conn.execute(sa.text("SELECT street_sort, house_number, unit_sort FROM parcels "
                                          "WHERE address = '10 MAIN ST APT 10'")).one()
            empty = conn.execute(sa.text("SELECT street_sort, house_number, unit_sort FROM parcels "
                                         "WHERE parcel_id = 'NONE'")).one()
        assert tuple(filled) == ("MAIN ST", 10, " APT 000000010")
        assert tuple(empty) == (None, None, None)
    finally:
        engine.dispose()
