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
