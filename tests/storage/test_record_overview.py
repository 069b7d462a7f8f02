# SPDX-License-Identifier: Apache-2.0
"""The records overview while records are being loaded, and right after: "loading" meanwhile, then
what was loaded (the demo set, marked demo) without waiting for the kept overview to expire."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from kiosk.storage.database import session_factory
from kiosk.storage.demo.load import load_demo
from kiosk.storage.models import Parcel, PublicRecord
from kiosk.storage.records.overview import CachedOverview

STREETS = ["Main Street", "Elm Street"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_first_start_demo_load_is_loading_then_loaded(engine):
    clock = Clock()
    overview = CachedOverview(session_factory(engine), ttl_s=600, clock=clock)
    before = overview()
    assert before.empty and not before.loading

    with overview.loading():
        during = overview()
        assert during.empty and during.loading             # what the search screen says meanwhile
        load_demo(engine, parcels=40, records=120, seed=5, streets=STREETS)
        committed = overview()
        assert committed.loading and committed.demo         # loaded, but the load has not ended yet

    after = overview()
    assert not after.loading and after.demo and after.has_parcels and after.has_records
    assert after.types and after.statuses
    assert overview() is after                              # now kept, as any overview
    clock.now = 601
    assert overview() is not after and overview() == after


def test_what_was_kept_before_a_load_is_dropped_when_it_ends(engine):
    clock = Clock()
    overview = CachedOverview(session_factory(engine), ttl_s=600, clock=clock)
    with engine.begin() as conn:
        conn.execute(sa.insert(Parcel).values(parcel_id="P1"))
    parcels_only = overview()
    assert parcels_only.has_parcels and not parcels_only.has_records
    assert overview() is parcels_only                       # kept for ten minutes

    with overview.loading():
        assert overview().loading and overview().has_parcels
        with engine.begin() as conn:
            conn.execute(sa.insert(PublicRecord).values(source="town", record_number="B-1",
                                                        record_type="Building permit"))

    clock.now = 1                                           # well within the ten minutes
    assert overview().types == ("Building permit",) and not overview().loading


def test_a_load_that_fails_stops_saying_loading(engine):
    overview = CachedOverview(session_factory(engine), ttl_s=600, clock=Clock())

    with pytest.raises(RuntimeError), overview.loading():
        assert overview().loading
        raise RuntimeError("the disk is full")

    assert not overview().loading and overview().empty


def test_invalidate_reads_the_database_again(engine):
    overview = CachedOverview(session_factory(engine), ttl_s=600, clock=Clock())
    with engine.begin() as conn:
        conn.execute(sa.insert(PublicRecord).values(source="town", record_number="B-1", record_type="Building permit"))
    assert overview().types == ("Building permit",)
    with engine.begin() as conn:
        conn.execute(sa.insert(PublicRecord).values(source="town", record_number="L-1", record_type="Licence"))

    overview.invalidate()

    assert overview().types == ("Building permit", "Licence")
