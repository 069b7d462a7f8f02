# SPDX-License-Identifier: Apache-2.0
"""Heartbeats in the shared database (kiosk.storage.fleet_repo), on SQLite and PostgreSQL: one row
per kiosk however often it beats, the beat before's outbox depth kept by the upsert, a history that
never grows past its ring, and the outbox gauge counting this kiosk's waiting deliveries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import sqlalchemy as sa

from kiosk.core.fleet import HISTORY_BEATS, Concern, FleetService, Heartbeat, PrinterState, PrinterStatus
from kiosk.core.submissions import Channel
from kiosk.storage.database import session_factory
from kiosk.storage.fleet_repo import SqlFleetRepository, outbox_backlog
from kiosk.storage.models import KioskHeartbeat, KioskHeartbeatHistory
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.outbox_support import new_submission

T0 = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def beat(kiosk_id: str, minute: int, **changes) -> Heartbeat:
    return replace(Heartbeat(kiosk_id, T0 + dt.timedelta(minutes=minute), "1.0", T0), **changes)


def count(engine: sa.Engine, model: type) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_each_kiosk_has_one_row_and_the_upsert_keeps_the_depth_before(engine):
    repo = SqlFleetRepository(session_factory(engine))
    repo.write(beat("lobby-1", 0, outbox_depth=1))
    repo.write(beat("library", 0, printer=PrinterStatus(PrinterState.READY, ("media-empty-error", "media-low-report"))))
    repo.write(beat("lobby-1", 1, outbox_depth=4, outbox_oldest_s=120.0, last_error="x: y (E)", last_error_at=T0))
    assert count(engine, KioskHeartbeat) == 2
    latest = {k.beat.kiosk_id: k for k in repo.latest()}
    lobby = latest["lobby-1"]
    assert lobby.previous_outbox_depth == 1 and lobby.beat.outbox_depth == 4
    assert lobby.beat.beat_at == T0 + dt.timedelta(minutes=1) and lobby.beat.last_error_at == T0
    assert latest["library"].beat.printer.reasons == ("media-empty-error", "media-low-report")
    statuses = {k.beat.kiosk_id: k.concerns for k in FleetService(repo, lambda: T0 + dt.timedelta(minutes=1)).kiosks()}
    assert statuses == {"library": (Concern.PRINTER_PAPER_OUT,), "lobby-1": (Concern.OUTBOX_GROWING, Concern.RECENT_ERROR)}


def test_the_history_is_a_ring_that_never_grows(engine):
    repo = SqlFleetRepository(session_factory(engine))
    for minute in range(HISTORY_BEATS + 5):
        repo.write(beat("lobby-1", minute, outbox_depth=minute))
    assert count(engine, KioskHeartbeatHistory) == HISTORY_BEATS
    history = repo.history("lobby-1")
    assert history[0][0] == T0 + dt.timedelta(minutes=5) and history[-1][2] == HISTORY_BEATS + 4


def test_the_outbox_gauge_counts_this_kiosks_waiting_deliveries(engine):
    submissions = SqlSubmissionRepository(session_factory(engine), "WES")
    assert outbox_backlog(engine, "lobby-1", T0) == (0, None)
    submissions.store(new_submission(1, channels=(Channel.EMAIL,)), "lobby-1", T0)
    submissions.store(new_submission(2, channels=(Channel.EMAIL,)), "lobby-1", T0 + dt.timedelta(minutes=1))
    submissions.store(new_submission(3, channels=(Channel.EMAIL,)), "library", T0)
    depth, oldest = outbox_backlog(engine, "lobby-1", T0 + dt.timedelta(minutes=3))
    assert depth == 2 and oldest == 180.0
