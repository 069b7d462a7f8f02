# SPDX-License-Identifier: Apache-2.0
"""Exact numbers first, on SQLite and PostgreSQL: a record or parcel number typed with other spaces
or punctuation ("14-1" for Cary's "14 - 1") is the first result, not one of 1,000+ that share its
words (14, and every number starting with 1)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.core.records.search import SearchQuery, number_key
from kiosk.storage.database import session_factory
from kiosk.storage.models import Parcel
from kiosk.storage.records.search import SqlRecordSearch
from tests.storage.test_record_import import CARY_PERMITS, do_import, needs_realdata

CARY_HEADER = ["year", "permit_number", "address", "application_date", "owner", "application_number",
               "application_type", "valuation", "square_footage", "tenant_name", "application_status",
               "tenant_unit_number", "general_contractor", "zoning_description"]
STREETS = ["PILOT HILL DR", "KENDLEWICK DR", "DRAYMORE WAY", "MANCHESTER DR", "NEWPORT CIR", "PARKGATE DR"]
# More permits of 2014 starting with 1 (1, 10-19, 100-199, 1000-1999, 10000-12000) than the
# SQLite search orders among (kiosk.storage.records.search.CANDIDATES), the oldest being the ones typed.
PERMITS = 12_000
OTHERS = ["114 - 1", "114 - 10", "4 - 14", "13 - 1", "15 - 1", "15 - 14"]
# typed -> the permit that must come first
TYPED = {
    "14-1": "14 - 1", "14 - 1": "14 - 1", "14 1": "14 - 1", "14–1": "14 - 1", "14/1": "14 - 1",
    "14-3": "14 - 3", "14 - 10": "14 - 10", "14-100": "14 - 100", "114-1": "114 - 1", "14-1000": "14 - 1000",
    "4-14": "4 - 14",
}


def write_cary_export(path: Path) -> Path:
    """An export in the layout of Cary's Click2Gov permits (as /work/shared/realdata/cary-nc has it)."""
    numbers = [f"14 - {n}" for n in range(1, PERMITS + 1)]
    day = dt.date(2013, 7, 1)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(CARY_HEADER)
        for i, number in enumerate([*OTHERS[:3], *numbers, *OTHERS[3:]]):
            applied = day + dt.timedelta(days=i // 40)          # the later in the file, the newer
            writer.writerow(["2014", str(i + 1), f"{100 + i % 900} {STREETS[i % len(STREETS)]}",
                             applied.isoformat(), "A RESIDENT", number, "HVAC CHANGE OUT RESIDENTIAL", "$475.00",
                             "0", "", "PERMIT ISSUED", "0", "", "RESIDENTIAL DISTRICT"])
    return path


@pytest.fixture
def cary(engine: sa.Engine, tmp_path: Path) -> sa.Engine:
    summary = do_import(engine, write_cary_export(tmp_path / "cary.csv"), "cary_building_permits.toml")
    assert summary.imported == PERMITS + len(OTHERS)
    with engine.begin() as conn:      # parcels written by another writer than the importer
        conn.execute(sa.insert(Parcel), [{"parcel_id": f"14-{n}"} for n in range(1, 3001)]
                     + [{"parcel_id": p} for p in ("114-1", "4-14")])
    return engine


def test_the_number_typed_comes_first_however_it_is_spaced(cary):
    search = SqlRecordSearch(session_factory(cary))
    for typed, expected in TYPED.items():
        results = search.search(SearchQuery(typed))
        assert results.records[0].record_number == expected, typed
        assert results.parcels[0].parcel_id == expected.replace(" ", ""), typed

    # 3,111 permits match the words 14 and 1*: SQLite orders the newest 2,000 (CANDIDATES) of them,
    # and "14 - 1", the oldest, is not among those; it comes first all the same.
    crowded = search.search(SearchQuery("14-1"))
    assert crowded.more_records and crowded.total_records == 1000          # "1,000+" on the screen
    assert crowded.records[0].record_number == "14 - 1"
    assert "14 - 1" not in [r.record_number for r in crowded.records[1:]]
    assert len(crowded.records) == 20


def test_a_filter_keeps_the_exact_number_only_when_it_passes(cary):
    search = SqlRecordSearch(session_factory(cary))
    assert search.search(SearchQuery("14-1", status="PERMIT ISSUED")).records[0].record_number == "14 - 1"
    assert search.search(SearchQuery("14-1", date_from=dt.date(2014, 1, 1))).records[0].record_number != "14 - 1"


def test_every_number_is_stored_with_its_key(cary):
    with cary.connect() as conn:
        missing = conn.execute(sa.text("SELECT count(*) FROM records WHERE number_key IS NULL")).scalar_one()
        keys = dict(conn.execute(sa.text("SELECT record_number, number_key FROM records "
                                         "WHERE record_number IN ('14 - 1', '114 - 1')")).all())
        parcel = conn.execute(sa.text("SELECT number_key FROM parcels WHERE parcel_id = '14-1'")).scalar_one()
    assert missing == 0
    assert keys == {"14 - 1": "141", "114 - 1": "1141"} and parcel == "141"


def test_the_number_key_is_letters_and_digits_upper_case():
    assert number_key("14 - 1") == number_key("14-1") == number_key("14 1") == number_key(" 14–1 ") == "141"
    assert number_key("b-2024-0001") == "B20240001"
    assert number_key("ＢＬＤ２４－００１２") == "BLD240012"       # full-width, as some keyboards type
    assert number_key("") == "" and number_key(None) is None


@needs_realdata
def test_in_carys_own_export_the_permit_typed_comes_first(engine):
    do_import(engine, CARY_PERMITS, "cary_building_permits.toml")
    search = SqlRecordSearch(session_factory(engine))
    for typed, expected in (("15-1", "15 - 1"), ("15 1", "15 - 1"), ("15-3", "15 - 3"), ("15-10", "15 - 10")):
        assert search.search(SearchQuery(typed)).records[0].record_number == expected, typed
