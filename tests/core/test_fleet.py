# SPDX-License-Identifier: Apache-2.0
"""Fleet status rules (kiosk.core.fleet) on an injected clock: offline after 3 missed beats and back
with the next, a printer out of paper or a growing outbox a warning at once, a lost database an
error, and a heartbeat that survives a store that fails."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from kiosk.core.fleet import (
    Concern,
    FleetService,
    FleetStatus,
    Gauges,
    Heart,
    Heartbeat,
    KioskBeat,
    PrinterState,
    PrinterStatus,
    assess,
)
from kiosk.core.fleet_log import LastErrorHandler

T0 = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def beat(at: dt.datetime = T0, **changes) -> Heartbeat:
    return replace(Heartbeat("lobby-1", at, "1.0", T0 - dt.timedelta(hours=2), disk_free_bytes=10**10,
                             printer=PrinterStatus(PrinterState.READY)), **changes)


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> dt.datetime:
        return self.at


class MemoryStore:
    """A HeartbeatStore in a dict (the SQL one is tested in tests/storage/test_fleet_repo.py)."""

    def __init__(self) -> None:
        self.rows: dict[str, KioskBeat] = {}
        self.down = False

    def write(self, b: Heartbeat) -> None:
        if self.down:
            raise ConnectionError("database down")
        before = self.rows.get(b.kiosk_id)
        self.rows[b.kiosk_id] = KioskBeat(b, before.beat.outbox_depth if before else None)

    def latest(self) -> list[KioskBeat]:
        return list(self.rows.values())


def test_a_kiosk_is_offline_after_three_missed_beats_and_clears_when_they_resume():
    clock, store = Clock(), MemoryStore()
    fleet = FleetService(store, clock)
    store.write(beat())
    clock.at = T0 + dt.timedelta(seconds=180)          # exactly 3 intervals: not yet
    assert [k.status for k in fleet.kiosks()] == [FleetStatus.OK]
    clock.at = T0 + dt.timedelta(seconds=181)
    (kiosk,) = fleet.kiosks()
    assert kiosk.status is FleetStatus.OFFLINE and kiosk.concerns == (Concern.OFFLINE,)
    store.write(beat(clock.at))                        # it beats again
    assert [k.status for k in fleet.kiosks()] == [FleetStatus.OK]


def test_paper_out_is_a_warning_at_once_and_paper_low_too():
    out = assess(KioskBeat(beat(printer=PrinterStatus(PrinterState.READY, ("media-empty-error",)))), T0)
    assert out.status is FleetStatus.WARNING and out.concerns == (Concern.PRINTER_PAPER_OUT,)
    low = assess(KioskBeat(beat(printer=PrinterStatus(PrinterState.READY, ("media-low-report",)))), T0)
    assert low.status is FleetStatus.WARNING and low.concerns == (Concern.PRINTER_PAPER_LOW,)
    stopped = assess(KioskBeat(beat(printer=PrinterStatus(PrinterState.STOPPED))), T0)
    assert stopped.concerns == (Concern.PRINTER_ERROR,)


def test_a_growing_outbox_is_a_warning_at_once_but_a_message_on_its_way_is_not():
    growing = assess(KioskBeat(beat(outbox_depth=3, outbox_oldest_s=95.0), previous_outbox_depth=2), T0)
    assert growing.status is FleetStatus.WARNING and growing.concerns == (Concern.OUTBOX_GROWING,)
    just_sent = assess(KioskBeat(beat(outbox_depth=1, outbox_oldest_s=4.0), previous_outbox_depth=0), T0)
    assert just_sent.status is FleetStatus.OK
    draining = assess(KioskBeat(beat(outbox_depth=2, outbox_oldest_s=95.0), previous_outbox_depth=3), T0)
    assert draining.status is FleetStatus.OK
    stuck = assess(KioskBeat(beat(outbox_depth=2, outbox_oldest_s=3600.0), previous_outbox_depth=2), T0)
    assert stuck.concerns == (Concern.OUTBOX_STUCK,)


def test_a_lost_database_is_an_error_for_a_while_and_a_recent_error_a_warning():
    lost = beat(database_lost_at=T0 - dt.timedelta(minutes=5), database_back_at=T0)
    assert assess(KioskBeat(lost), T0).status is FleetStatus.ERROR
    assert assess(KioskBeat(replace(lost, beat_at=T0 + dt.timedelta(minutes=16))),
                  T0 + dt.timedelta(minutes=16)).status is FleetStatus.OK
    assert assess(KioskBeat(beat(database_reachable=False)), T0).status is FleetStatus.ERROR
    erred = beat(last_error="kiosk.ui.tasks: background task … failed (OperationalError)",
                 last_error_at=T0 - dt.timedelta(minutes=1))
    assert assess(KioskBeat(erred), T0).concerns == (Concern.RECENT_ERROR,)
    assert assess(KioskBeat(erred), T0 + dt.timedelta(minutes=20)).status is FleetStatus.OFFLINE   # no beats since


def test_the_heart_survives_a_store_that_fails_and_says_when_it_came_back():
    clock, store = Clock(), MemoryStore()
    heart = Heart("lobby-1", "1.0", store, Gauges(printer=lambda: 1 / 0), clock, started_at=T0)   # a broken gauge too
    assert heart.beat() is not None
    store.down = True
    clock.at = T0 + dt.timedelta(minutes=1)
    assert heart.beat() is None and heart.failures == 1
    clock.at = T0 + dt.timedelta(minutes=2)
    assert heart.beat() is None and heart.failures == 2        # each beat tries again
    store.down = False
    clock.at = T0 + dt.timedelta(minutes=3)
    written = heart.beat()
    assert written is not None and heart.failures == 0
    assert written.database_lost_at == T0 + dt.timedelta(minutes=1)
    assert written.database_back_at == T0 + dt.timedelta(minutes=3)
    assert written.printer.state is PrinterState.UNKNOWN
    assert assess(store.latest()[0], clock.at).concerns == (Concern.DATABASE_WAS_LOST,)


def test_the_last_error_keeps_the_template_never_the_arguments():
    handler = LastErrorHandler()
    logger = logging.getLogger("kiosk.test_fleet")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError("jane@example.org")
        except ValueError:
            logger.exception("sending %s failed for %r", "jane@example.org", "Jane Doe")
    finally:
        logger.removeHandler(handler)
    text, at = handler.last()
    assert text == "kiosk.test_fleet: sending … failed for … (ValueError)" and at is not None
    assert "jane" not in text.lower()
