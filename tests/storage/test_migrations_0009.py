# SPDX-License-Identifier: Apache-2.0
"""A kiosk's database from before migration 0009, with parcels and records in it, upgraded on each
engine: every record number and parcel id gets its number key, the search tables stay whole, and
the number typed comes first at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from kiosk.core.records.search import SearchQuery
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from kiosk.storage.records.search import SqlRecordSearch


@pytest.fixture
def engine_at_0008(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    command.upgrade(alembic_config(engine), "0008")
    yield engine
    engine.dispose()


def test_records_and_parcels_get_their_number_keys(engine_at_0008):
    engine = engine_at_0008
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO parcels (parcel_id) VALUES (:p)"),
                     [{"p": p} for p in ("14-1", "14-10", "114-1")])
        conn.execute(sa.text("INSERT INTO records (source, record_number, applied_on) VALUES ('cary', :n, :d)"),
                     [{"n": f"14 - {n}", "d": dt.date(2014, 1, 1) + dt.timedelta(days=n)} for n in range(1, 300)]
                     + [{"n": "114 - 1", "d": dt.date(2015, 1, 1)}])

    assert upgrade(engine) == SCHEMA_HEAD

    with engine.connect() as conn:
        missing = conn.execute(sa.text("SELECT count(*) FROM records WHERE number_key IS NULL")).scalar()
        keys = dict(conn.execute(sa.text("SELECT parcel_id, number_key FROM parcels")).all())
        if engine.dialect.name == "sqlite":       # filling the keys left the search tables whole
            conn.exec_driver_sql("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")
            conn.exec_driver_sql("INSERT INTO parcels_fts(parcels_fts) VALUES ('integrity-check')")
    assert missing == 0 and keys == {"14-1": "141", "14-10": "1410", "114-1": "1141"}
    results = SqlRecordSearch(session_factory(engine)).search(SearchQuery("14-1"))
    assert results.records[0].record_number == "14 - 1" and results.parcels[0].parcel_id == "14-1"


def test_down_to_0008_and_up_again(engine_at_0008):
    engine = engine_at_0008
    upgrade(engine)
    command.downgrade(alembic_config(engine), "0008")

    assert not {"number_key"} & {c["name"] for t in ("records", "parcels") for c in sa.inspect(engine).get_columns(t)}
    assert upgrade(engine) == SCHEMA_HEAD
