# SPDX-License-Identifier: Apache-2.0
"""A fleet kiosk's local copy of the public records: it answers as the shared PostgreSQL does,
keeps answering while that server is stopped hard, follows a change once it is back, and a copy a
kill left half-built or damaged is built again. A PostgreSQL server of this module's own."""

from __future__ import annotations

import os
import shutil

import pytest
import sqlalchemy as sa

from kiosk.core.records.search import SearchQuery
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.demo.load import load_demo
from kiosk.storage.migrations import upgrade
from kiosk.storage.records.local_copy import FILE_NAME, LocalRecordsCopy
from kiosk.storage.records.search import SqlRecordSearch
from tests.pg_server import Server

QUERIES = ("main", "12 main", "church", "permit", "B-2019")


@pytest.fixture(scope="module")
def server():
    if not os.environ.get("KIOSK_TEST_POSTGRES_URL") or not shutil.which("pgrep"):
        pytest.skip("PostgreSQL not configured: set KIOSK_TEST_POSTGRES_URL (.ci/run starts a throwaway server)")
    own = Server()
    engine = open_engine(own.url)
    upgrade(engine)
    load_demo(engine, parcels=600, records=3000, streets=["Main Street", "Church Lane", "Compo Road South"])
    engine.dispose()
    yield own
    own.close()


def found(search, text: str) -> tuple[list[int], list[int], int, int]:
    results = search.search(SearchQuery(text))
    return ([p.pk for p in results.parcels], [r.pk for r in results.records],
            results.total_parcels, results.total_records)


def test_the_copy_answers_as_the_shared_database_and_while_it_is_stopped(server, tmp_path):
    shared = open_engine(server.url)
    direct = SqlRecordSearch(session_factory(shared))
    copy = LocalRecordsCopy(shared, tmp_path)
    try:
        assert not copy.ready and found(copy, "main") == found(direct, "main")   # a new kiosk: the shared database
        assert copy.refresh() and copy.ready and (tmp_path / FILE_NAME).exists()
        assert not copy.refresh()                                                # nothing changed since
        for text in QUERIES:
            assert found(copy, text) == found(direct, text), text
        parcel_pk = found(copy, "main")[0][0]
        assert copy.parcel(parcel_pk) == direct.parcel(parcel_pk)

        server.stop_hard()
        try:
            assert found(copy, "church")[3] >= 0 and found(copy, "main")[0]      # search goes on
            assert not copy.refresh()                                            # and the refresh waits
        finally:
            server.start()

        with shared.begin() as conn:                                             # an import, say
            conn.execute(sa.text("UPDATE parcels SET parcel_id = 'HL-0077' WHERE id = :id"), {"id": parcel_pk})
        assert found(copy, "HL-0077")[0] == []                                   # not in step yet
        assert copy.refresh()
        assert found(copy, "HL-0077")[0] == [parcel_pk] == found(direct, "HL-0077")[0]
    finally:
        copy.close()
        shared.dispose()


def test_a_copy_left_half_built_or_damaged_is_built_again(server, tmp_path):
    (tmp_path / f"{FILE_NAME}.building").write_bytes(b"cut short by a kill")
    (tmp_path / FILE_NAME).write_bytes(b"not a database" * 100)
    shared = open_engine(server.url)
    copy = LocalRecordsCopy(shared, tmp_path)
    try:
        assert not (tmp_path / f"{FILE_NAME}.building").exists()
        assert not copy.ready                       # the damaged one is not searched
        assert copy.refresh() and copy.ready and found(copy, "main")[0]
    finally:
        copy.close()
        shared.dispose()
