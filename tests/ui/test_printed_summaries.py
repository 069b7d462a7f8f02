# SPDX-License-Identifier: Apache-2.0
"""Summaries printed from the property and record screens: the demonstration mark on made-up data
only, and the status history in the town's time."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from kiosk.printing.record_summary import DEMO_BANNER
from kiosk.storage.demo.load import demo_streets, load_demo
from kiosk.storage.models import Parcel, PublicRecord
from tests.records_data import load_sample_records
from tests.support import find, tap


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "printed"


def print_from(qtbot, kiosk, printed, screen_id: str, pk: int) -> str:
    """Opens the property or record ``pk``, taps Print and reads back what came out, page by page."""
    before = set(printed.glob("*.pdf"))
    screen = kiosk.navigator.go(screen_id, item=pk)
    qtbot.waitUntil(lambda: find(screen, f"{screen_id}Print").isEnabled(), timeout=10_000)
    tap(qtbot, find(screen, f"{screen_id}Print"))
    qtbot.waitUntil(lambda: len(set(printed.glob("*.pdf")) - before) == 1, timeout=10_000)
    [pdf] = set(printed.glob("*.pdf")) - before
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    return "\n".join(re.sub(r"\s+", " ", page.extract_text()) for page in pages)


def begin(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)


def test_summaries_of_demo_data_are_marked_on_every_page(qtbot, make_kiosk, printed):
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed))
    load_demo(kiosk.engine, parcels=40, records=120, today=dt.date(2026, 11, 22),
              streets=demo_streets(kiosk.prepared.pack.folder))
    with kiosk.engine.connect() as conn:
        record_pk, parcel_pk = conn.execute(sa.select(PublicRecord.id, PublicRecord.parcel_id)
                                            .where(PublicRecord.parcel_id.is_not(None)).limit(1)).one()
        bare_parcel = conn.execute(sa.select(Parcel.id).where(~sa.exists().where(PublicRecord.parcel_id == Parcel.id))
                                   .limit(1)).scalar()
    assert bare_parcel is not None                      # a made-up property with no records of its own
    begin(qtbot, kiosk)

    for screen_id, pk in (("parcel", parcel_pk), ("record", record_pk), ("parcel", bare_parcel)):
        pages = print_from(qtbot, kiosk, printed, screen_id, pk).split("\n")
        assert all(DEMO_BANNER in page for page in pages), (screen_id, pages)


def test_summaries_of_the_towns_records_carry_no_mark_and_give_town_time(qtbot, make_kiosk, printed):
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed))
    pks = load_sample_records(kiosk.engine)             # history at 2026-01-05 14:00 UTC and 9 days on
    begin(qtbot, kiosk)

    parcel = print_from(qtbot, kiosk, printed, "parcel", pks["C07004000"])
    record = print_from(qtbot, kiosk, printed, "record", pks["B-2024-0001"])

    assert "Demonstration" not in parcel and "Demonstration" not in record
    assert "Applied January 5, 2026, 9:00 AM" in record and "Closed January 14, 2026, 9:00 AM" in record
    assert "Printed November 22, 2026, 5:30 AM at kiosk" in record          # FROZEN_NOW, 10:30 UTC
