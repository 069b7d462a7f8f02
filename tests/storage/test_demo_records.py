# SPDX-License-Identifier: Apache-2.0
"""The demo parcels and records: reproducible, of the asked size, and believable to a resident
(real street names, every kind of permit and status, dates and histories that make sense)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter

import pytest

from kiosk.core.records.addresses import address_key
from kiosk.core.records.search import mbl_candidates
from kiosk.paths import towns_dir
from kiosk.storage.demo.generator import (
    APPLIED,
    DEFAULT_PARCELS,
    DEFAULT_RECORDS,
    FINAL_STATUSES,
    ISSUED,
    RECORD_TYPES,
    REVIEW,
    STATUSES,
    DemoTown,
    read_streets,
)

TODAY = dt.date(2026, 11, 22)
STREETS = read_streets(towns_dir() / "westport" / "demo" / "streets.txt")
NUMBER = re.compile(r"^(?P<type>[A-Z]+)-(?P<year>\d{4})-(?P<seq>\d{5})$")
# Which status may follow which in a record's history.
NEXT = {APPLIED: {REVIEW}, REVIEW: {ISSUED, "Approved", "Withdrawn", "Denied"}, ISSUED: {"Closed", "Expired"}}


@pytest.fixture(scope="module")
def town() -> DemoTown:
    return DemoTown(STREETS, parcels=2000, records=10000, seed=7, today=TODAY)


@pytest.fixture(scope="module")
def parcels(town: DemoTown) -> list[dict]:
    return list(town.parcels())


@pytest.fixture(scope="module")
def records(town: DemoTown) -> list[dict]:
    return list(town.records())


def test_the_same_seed_and_day_give_the_same_data_and_another_seed_other_data():
    first = DemoTown(STREETS, parcels=300, records=1500, seed=3, today=TODAY)
    again = DemoTown(STREETS, parcels=300, records=1500, seed=3, today=TODAY)
    other = DemoTown(STREETS, parcels=300, records=1500, seed=4, today=TODAY)
    assert list(first.parcels()) == list(again.parcels()) == list(first.parcels())
    assert list(first.records()) == list(again.records())
    assert list(other.parcels()) != list(first.parcels())
    assert list(other.records()) != list(first.records())


def test_sizes_are_parameters_and_the_default_is_a_town_sized_roll():
    assert DEFAULT_PARCELS >= 20_000 and DEFAULT_RECORDS >= 100_000
    small = DemoTown(STREETS, parcels=123, records=456, today=TODAY)
    assert (len(list(small.parcels())), len(list(small.records()))) == (123, 456)
    roll = list(DemoTown(STREETS, today=TODAY).parcels())
    assert len(roll) == DEFAULT_PARCELS
    assert len({p["parcel_id"] for p in roll}) == DEFAULT_PARCELS
    assert len({p["map_block_lot"] for p in roll}) == DEFAULT_PARCELS
    empty = DemoTown(STREETS, parcels=0, records=50, today=TODAY)
    assert list(empty.parcels()) == [] and all(r["parcel_id"] is None for r in empty.records())


def test_parcels_are_on_the_towns_real_streets_with_vision_style_keys(parcels):
    on_street = {p["address"].split(" UNIT ")[0].split(" ", 1)[1] for p in parcels}
    assert on_street <= set(STREETS)
    assert len(on_street) > 150                                   # spread over the town
    assert len({p["parcel_id"] for p in parcels}) == len(parcels)
    assert any(" UNIT " in p["address"] for p in parcels)
    for p in parcels:
        number = p["address"].split()[0]
        assert number.isdigit() and 0 < int(number) < 10_000
        assert re.fullmatch(r"[A-H]\d\d/[1-9]\d*(/[1-9]\d*)?", p["map_block_lot"]), p["map_block_lot"]
        assert p["map_block_lot"] in mbl_candidates(p["map_block_lot"])      # already in the stored form
        assert p["assessed_value"] > 10_000
        assert p["year_built"] is None or 1700 <= p["year_built"] < TODAY.year
        assert p["lot_size_acres"] >= 0 and p["zoning"] and p["land_use"] and p["owner"]
    owners = " ".join(p["owner"] for p in parcels)
    assert "LLC" in owners and "TRUST" in owners and ", " in owners
    assert Counter(p["land_use"] for p in parcels).most_common(1)[0][0] == "SINGLE FAM MDL-01"


def test_street_lists_are_written_the_way_the_roll_writes_them():
    for town in ("westport", "calabasas"):
        streets = read_streets(towns_dir() / town / "demo" / "streets.txt")
        assert len(streets) >= 80, town
        assert all(s == s.upper() and s.strip() == s for s in streets)
        in_key_form = [s for s in streets if address_key(f"1 {s}") == f"1 {s}"]
        assert len(in_key_form) >= 0.98 * len(streets), set(streets) - set(in_key_form)


def test_every_record_type_and_status_appears(records):
    assert {r["record_type"] for r in records} == {t.name for t in RECORD_TYPES}
    assert {r["status"] for r in records} == set(STATUSES)
    assert all(r["status"] in STATUSES for r in records)
    assert 0 < sum(r["parcel_id"] is None for r in records) < 0.1 * len(records)   # a few have no parcel


def test_record_numbers_count_up_within_each_type_and_year(records):
    prefixes = {t.name: t.prefix for t in RECORD_TYPES}
    last: dict[tuple[str, str], int] = {}
    for r in records:
        m = NUMBER.match(r["record_number"])
        assert m and m["type"] == prefixes[r["record_type"]] and int(m["year"]) == r["applied_on"].year
        key = (m["type"], m["year"])
        assert int(m["seq"]) == last.get(key, 0) + 1
        last[key] = int(m["seq"])


def test_dates_are_plausible(records):
    applied = [r["applied_on"] for r in records]
    assert min(applied) >= TODAY - dt.timedelta(days=3653) and max(applied) <= TODAY
    assert (max(applied) - min(applied)).days > 3500                       # spread over about ten years
    by_year = Counter(d.year for d in applied)
    assert all(by_year[y] > 0 for y in range(TODAY.year - 9, TODAY.year + 1))
    weekend = sum(d.weekday() >= 5 for d in applied)
    assert weekend < 0.05 * len(records)                                   # the office is closed at weekends
    for r in records:
        if r["issued_on"] is not None:
            assert r["applied_on"] <= r["issued_on"] <= TODAY
        if r["closed_on"] is not None:
            assert (r["issued_on"] or r["applied_on"]) <= r["closed_on"] <= TODAY
        if r["valuation"] is not None:
            assert r["valuation"] > 0
        assert r["description"]


def test_history_is_consistent_with_the_status(records):
    for r in records:
        steps = [status for status, _at in r["history"]]
        times = [at for _status, at in r["history"]]
        assert steps[0] == APPLIED and times[0].date() == r["applied_on"]
        assert steps[-1] == r["status"]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert all(at.tzinfo is not None and at.date() <= TODAY for at in times)
        assert all(b in NEXT[a] for a, b in itertools.pairwise(steps)), steps
        if r["status"] in FINAL_STATUSES:
            assert times[-1].date() == r["closed_on"]
        if ISSUED in steps:
            assert times[steps.index(ISSUED)].date() == r["issued_on"]


def test_records_sit_on_parcels_with_the_parcels_address(parcels, records):
    by_pid = {p["parcel_id"]: p for p in parcels}
    on_parcel = [r for r in records if r["parcel_id"] is not None]
    assert all(r["parcel_id"] in by_pid for r in on_parcel)
    same = sum(r["address"] == by_pid[r["parcel_id"]]["address"] for r in on_parcel)
    assert same > 0.8 * len(on_parcel)
    # The rest is the same address as a clerk types it, which normalises to the parcel's key.
    for r in on_parcel[:2000]:
        assert address_key(r["address"]) == address_key(by_pid[r["parcel_id"]]["address"])
