# SPDX-License-Identifier: Apache-2.0
"""The first start's demo load does not fight the residents (issue 11): a registration goes
through while it runs, nothing logs an error, a load stopped half-way (SIGTERM) leaves nothing
that stays, and the next start removes it and loads again."""

from __future__ import annotations

import datetime as dt
import logging
import threading

import pytest
import sqlalchemy as sa

from kiosk.storage.demo.load import LoadStopped, finish_unfinished, load_demo, records_empty, unfinished_marker
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from tests.core.accounts_helpers import TERMS_1, make_service, registration

TODAY = dt.date(2026, 11, 22)
SIZES = {"parcels": 1500, "records": 6000, "seed": 5, "today": TODAY}


def count(engine: sa.Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_a_resident_registers_while_the_demo_records_load(engine, caplog):
    caplog.set_level(logging.WARNING)
    started, failures = threading.Event(), []

    def load() -> None:
        try:
            load_demo(engine, progress=lambda _what, _n: started.set(), **SIZES)
        except BaseException as exc:        # noqa: BLE001 - looked at below
            failures.append(exc)

    loader = threading.Thread(target=load)
    loader.start()
    assert started.wait(60)
    account = make_service(engine).register(registration("during.load"), TERMS_1)
    still_loading = loader.is_alive()
    loader.join(120)
    assert account.account_id and still_loading, "the registration waited for the whole load"
    assert failures == [] and count(engine, PublicRecord) == SIZES["records"]
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_stopped_load_is_removed_and_done_again_at_the_next_start(engine):
    stop = threading.Event()

    def progress(what: str, _n: int) -> None:
        if what == "records":
            stop.set()                      # SIGTERM while the records go in

    with pytest.raises(LoadStopped):
        load_demo(engine, progress=progress, stop=stop, pause_s=0, **SIZES)
    marker = unfinished_marker(engine)
    assert marker is not None and marker.exists()       # the next start knows it is unfinished
    assert 0 < count(engine, PublicRecord) < SIZES["records"]

    assert finish_unfinished(engine)                     # the next start
    assert records_empty(engine) and count(engine, RecordStatusHistory) == 0 and not marker.exists()
    assert load_demo(engine, pause_s=0, **SIZES) == (SIZES["parcels"], SIZES["records"])
    assert (count(engine, Parcel), count(engine, PublicRecord)) == (SIZES["parcels"], SIZES["records"])
    assert not finish_unfinished(engine)                 # a finished load is kept
