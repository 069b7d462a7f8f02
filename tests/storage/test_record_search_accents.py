# SPDX-License-Identifier: Apache-2.0
"""Record search folds accents and serves every as-you-type prefix alike on both engines: what a
resident types without accents finds what the town wrote with them, and the other way round
(SQLite: FTS5's unicode61; PostgreSQL: unaccent, migration 0019). And where the kiosk's
PostgreSQL user may not create the unaccent extension, the upgrade says what to run.
"""

from __future__ import annotations

import secrets

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import SearchQuery, SearchResults
from kiosk.storage.database import DatabaseError, open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.models import Parcel, PublicRecord
from kiosk.storage.records.parcel_order import order_values
from kiosk.storage.records.search import SqlRecordSearch
from tests.conftest import POSTGRES_URL

PARCELS = [
    # parcel_id, map_block_lot, address, owner
    ("P1", "1/1", "4 ELM ST", "JOSÉ ALVAREZ"),
    ("P2", "1/2", "5 ELM ST", "MÜLLER, ANNA"),
    ("P3", "1/3", "6 ELM ST", "PEÑA, MARÍA"),
    ("P4", "2/1", "7 CAFE STREET", "JOSE PEREZ"),
    ("P5", "2/2", "14 École Rd", "DUPONT, CLAIRE"),
    ("P6", "3/1", "2 OAK ST", "SMITH, JOHN"),
    ("P7", "3/2", "12 OAK ST", "SMITH, JANE"),
    ("P8", "3/3", "2 MAIN ST", "BROWN, AL"),
    ("P9", "4/1", "11 MYRTLE AVE", "GREEN, BO"),
    ("P10", "4/2", "11 MAPLE AVE", "GRAY, CY"),
]
RECORDS = [
    # record_number, parcel_id, address
    ("B-2024-0001", "P4", "7 Café Street"),
    ("B-2024-0002", "P3", "6 Elm St"),
    ("Z-2023-0007", "P9", "11 Myrtle Ave"),
]


@pytest.fixture
def town(engine: sa.Engine) -> SqlRecordSearch:
    with engine.begin() as conn:
        pks = {}
        for pid, mbl, address, owner in PARCELS:
            key = address_key(address)
            street, number, unit = order_values(key)
            pks[pid] = conn.execute(sa.insert(Parcel).values(
                parcel_id=pid, map_block_lot=mbl, address=address, address_key=key, owner=owner,
                street_sort=street, house_number=number, unit_sort=unit).returning(Parcel.id)).scalar_one()
        for number, pid, address in RECORDS:
            conn.execute(sa.insert(PublicRecord).values(
                source="town", record_number=number, record_type="Building permit", status="Issued",
                parcel_id=pks[pid], address=address, address_key=address_key(address)))
    return SqlRecordSearch(session_factory(engine), owners_public=True)


def owners(results: SearchResults) -> list[str | None]:
    return [p.owner for p in results.parcels]


def addresses(results: SearchResults) -> list[str | None]:
    return [p.address for p in results.parcels]


def numbers(results: SearchResults) -> list[str]:
    return [r.record_number for r in results.records]


@pytest.mark.parametrize(("typed", "owner"), [
    ("jose alvarez", "JOSÉ ALVAREZ"), ("muller", "MÜLLER, ANNA"), ("pena", "PEÑA, MARÍA"),
    ("maria", "PEÑA, MARÍA"), ("MULLER ANNA", "MÜLLER, ANNA"),
])
def test_owners_written_with_accents_are_found_without(town, typed, owner):
    assert owners(town.search(SearchQuery(typed))) == [owner]


@pytest.mark.parametrize(("typed", "owner"), [("josé perez", "JOSE PEREZ"), ("PÉREZ", "JOSE PEREZ")])
def test_owners_written_without_accents_are_found_with(town, typed, owner):
    assert owners(town.search(SearchQuery(typed))) == [owner]


def test_a_name_with_and_without_its_accent_finds_both(town):
    assert sorted(owners(town.search(SearchQuery("jose")))) == ["JOSE PEREZ", "JOSÉ ALVAREZ"]
    assert sorted(owners(town.search(SearchQuery("José")))) == ["JOSE PEREZ", "JOSÉ ALVAREZ"]


@pytest.mark.parametrize("typed", ["café", "7 café street", "CAFÉ ST", "7 cafe"])
def test_a_street_is_found_whatever_the_accents(town, typed):
    found = town.search(SearchQuery(typed))
    assert addresses(found) == ["7 CAFE STREET"]
    assert numbers(found) == ["B-2024-0001"]          # written "7 Café Street" on the record


@pytest.mark.parametrize("typed", ["ecole", "école", "14 ecole road", "ÉCO", "eco"])
def test_an_accented_street_is_found_without_its_accents(town, typed):
    assert addresses(town.search(SearchQuery(typed))) == ["14 École Rd"]


def test_accents_fold_in_a_filtered_record_search_too(town):
    found = town.search(SearchQuery("cafe", record_type="Building permit"))
    assert numbers(found) == ["B-2024-0001"]
    assert numbers(town.search(SearchQuery("cafe", record_type="Licence"))) == []


@pytest.mark.parametrize(("typed", "expected"), [
    ("2 o", ["2 OAK ST"]),                     # not 12 OAK ST (2 is typed whole), not 2 MAIN ST
    ("2 oa", ["2 OAK ST"]),
    ("11 my", ["11 MYRTLE AVE"]),              # not 11 MAPLE AVE
    ("11 m", ["11 MAPLE AVE", "11 MYRTLE AVE"]),
    ("mü", ["5 ELM ST"]),                      # a prefix with an accent: MÜLLER
    ("mu", ["5 ELM ST"]),
    ("pe", ["7 CAFE STREET", "6 ELM ST"]),      # PEREZ and PEÑA; parcels by street, then number
])
def test_as_you_type_prefixes_of_one_letter_or_two(town, typed, expected):
    assert addresses(town.search(SearchQuery(typed))) == expected


def test_a_record_number_as_it_is_typed(town):
    assert numbers(town.search(SearchQuery("b-2"))) == ["B-2024-0002", "B-2024-0001"]    # newest first
    assert numbers(town.search(SearchQuery("b-2024-0"))) == ["B-2024-0002", "B-2024-0001"]
    assert numbers(town.search(SearchQuery("z-2"))) == ["Z-2023-0007"]


def test_letters_that_fold_to_punctuation_are_no_error(town):
    # unaccent turns the modifier letter apostrophe (a letter, so a word of its own) into "'".
    for typed in ("\u02bc", "o\u02bcb", "\u02bc \u02bc", "\u00bd", "\u2474 main"):
        town.search(SearchQuery(typed))


# --- the extension, where the kiosk may not create it ------------------------------------------------

@pytest.mark.postgres
def test_an_upgrade_without_the_right_to_create_unaccent_says_what_to_run():
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured: set KIOSK_TEST_POSTGRES_URL (.ci/run starts a throwaway server)")
    suffix = secrets.token_hex(4)
    database, role = f"kiosk_t_unaccent_{suffix}", f"kiosk_limited_{suffix}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
    inside = sa.create_engine(make_url(POSTGRES_URL).set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with inside.connect() as conn:      # tables in public, but no CREATE on the database: no extensions
            conn.exec_driver_sql(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"')
        kiosk_url = make_url(POSTGRES_URL).set(database=database, username=role, password=None)
        engine = open_engine(kiosk_url.render_as_string(hide_password=False))
        try:
            for extension in ("pg_trgm", "unaccent"):      # 0004 needs pg_trgm, 0019 unaccent
                with pytest.raises(DatabaseError) as raised:
                    upgrade(engine)
                message = str(raised.value)
                assert f"extension {extension}" in message and database in message
                assert f"CREATE EXTENSION IF NOT EXISTS {extension};" in message
                with inside.connect() as conn:         # what the message asks the administrator to run
                    conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {extension}")
            upgrade(engine)
            with engine.begin() as conn:
                conn.execute(sa.insert(Parcel).values(parcel_id="P1", address="1 ELM ST", address_key="1 ELM ST",
                                                      owner="PEÑA, MARÍA"))
            found = SqlRecordSearch(session_factory(engine), owners_public=True).search(SearchQuery("pena"))
            assert owners(found) == ["PEÑA, MARÍA"]
        finally:
            engine.dispose()
    finally:
        inside.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()
