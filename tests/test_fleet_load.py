# SPDX-License-Identifier: Apache-2.0
"""A fleet under load: twenty kiosk processes against one real PostgreSQL for 60 s, each searching
its copy of the records and sending messages as residents would; afterwards every acknowledged
message is stored exactly once, each with a reference of its own (kiosk.bench.fleet)."""

from __future__ import annotations

import pytest

from kiosk.bench.fleet import run_fleet
from kiosk.storage.database import open_engine
from kiosk.storage.demo.load import load_demo
from kiosk.storage.migrations import upgrade

KIOSKS, SECONDS = 20, 60


@pytest.mark.postgres
def test_twenty_kiosks_for_a_minute_store_every_acknowledged_message_once(database_url, tmp_path):
    if not database_url.startswith("postgresql"):
        pytest.skip("a fleet shares a PostgreSQL")
    engine = open_engine(database_url)
    upgrade(engine)
    load_demo(engine, parcels=1000, records=4000, streets=["Main Street", "Church Lane", "Compo Road South"])
    engine.dispose()

    result = run_fleet(database_url, tmp_path, kiosks=KIOSKS, seconds=SECONDS)

    print(f"\nfleet: {result.kiosks} kiosks, {result.acknowledged} messages in {result.seconds:.0f} s "
          f"({result.submits_per_s:.1f}/s), send p95 {result.submit_ms_p95:.1f} ms, "
          f"{result.searches} searches, search p95 {result.search_ms_p95:.1f} ms")
    assert result.failures == []
    assert result.acknowledged > KIOSKS * 10                      # every kiosk sent all along
    assert result.missing == 0 and result.duplicates == 0
    assert result.stored_once == result.acknowledged


@pytest.mark.postgres
def test_postgresql_stopped_hard_under_a_sending_fleet_loses_nothing_acknowledged(tmp_path):
    """Five kiosks send while their PostgreSQL is stopped (-m immediate) and started again: each
    keeps what it acknowledged in its local outbox meanwhile and forwards it; afterwards every
    acknowledged message is stored exactly once, and search answered throughout."""
    import os
    import shutil
    import time

    from tests.pg_server import Server

    if not os.environ.get("KIOSK_TEST_POSTGRES_URL") or not shutil.which("pgrep"):
        pytest.skip("PostgreSQL not configured")
    server = Server()
    try:
        # Restarted without .ci's synchronous_commit=off: with it, an immediate stop loses commits the
        # server had already confirmed, which no kiosk could help.
        server.stop_hard()
        server.start()
        engine = open_engine(server.url)
        upgrade(engine)
        load_demo(engine, parcels=500, records=2000, streets=["Main Street", "Church Lane"])
        engine.dispose()

        def outage() -> None:
            server.stop_hard()
            time.sleep(8)
            server.start()

        result = run_fleet(server.url, tmp_path, kiosks=5, seconds=30, outage=outage)
    finally:
        server.close()

    print(f"\noutage: {result.acknowledged} acknowledged ({result.kept_locally} kept locally), {result.refused} refused, "
          f"{result.searches} searches")
    assert result.failures == []
    assert result.missing == 0 and result.duplicates == 0                 # outage_lost: 0
    assert result.stored_once == result.acknowledged > 0
    assert result.kept_locally > 0                                          # the outage did happen under them
    assert result.searches > 5 * 30                                        # search answered throughout
