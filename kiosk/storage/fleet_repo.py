# SPDX-License-Identifier: Apache-2.0
"""Heartbeats on SQLAlchemy (kiosk.core.fleet.HeartbeatStore): one row per kiosk, upserted with
``INSERT … ON CONFLICT DO UPDATE`` (SQLite and PostgreSQL say it alike), and a ring of the last
HISTORY_BEATS beats per kiosk, so history costs a fixed number of rows whatever the uptime.

The upsert itself keeps the beat before's outbox depth (``previous_outbox_depth = the row's
outbox_depth``), so "the outbox grew" needs no extra read and survives a kiosk's restart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.fleet import HISTORY_BEATS, Heartbeat, KioskBeat, PrinterState, PrinterStatus
from kiosk.core.submissions import DeliveryState
from kiosk.storage.models import KioskHeartbeat, KioskHeartbeatHistory, OutboxEntry, Submission


def _insert(session: Session, table: Any) -> Any:
    """The dialect's INSERT, which has on_conflict_do_update (both take the same arguments here)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"heartbeats on {name}")


class SqlFleetRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def write(self, beat: Heartbeat) -> None:
        """The kiosk's row and its history slot, in one transaction."""
        values = _row(beat)
        t = KioskHeartbeat.__table__
        with self._sessions.begin() as s:
            stmt = _insert(s, t).values(beats=1, previous_outbox_depth=None, **values)
            stmt = stmt.on_conflict_do_update(
                index_elements=[t.c.kiosk_id],
                set_={**values, "beats": t.c.beats + 1, "previous_outbox_depth": t.c.outbox_depth})
            beats = s.execute(stmt.returning(t.c.beats)).scalar_one()
            h = KioskHeartbeatHistory.__table__
            ring = {"beat_at": beat.beat_at, "database_reachable": beat.database_reachable,
                    "outbox_depth": beat.outbox_depth, "printer_state": beat.printer.state.value,
                    "disk_free_bytes": beat.disk_free_bytes}
            s.execute(_insert(s, h).values(kiosk_id=beat.kiosk_id, slot=beats % HISTORY_BEATS, **ring)
                      .on_conflict_do_update(index_elements=[h.c.kiosk_id, h.c.slot], set_=ring))

    def latest(self) -> list[KioskBeat]:
        with self._sessions() as s:
            rows = s.scalars(select(KioskHeartbeat).order_by(KioskHeartbeat.kiosk_id)).all()
            return [KioskBeat(_beat(r), r.previous_outbox_depth) for r in rows]

    def history(self, kiosk_id: str) -> list[tuple[dt.datetime, bool, int | None, str]]:
        """(beat_at, database reachable, outbox depth, printer state) of the kiosk's kept beats, oldest first."""
        with self._sessions() as s:
            rows = s.scalars(select(KioskHeartbeatHistory).where(KioskHeartbeatHistory.kiosk_id == kiosk_id)
                             .order_by(KioskHeartbeatHistory.beat_at)).all()
            return [(r.beat_at, r.database_reachable, r.outbox_depth, r.printer_state) for r in rows]


def _row(beat: Heartbeat) -> dict[str, Any]:
    return {"kiosk_id": beat.kiosk_id, "beat_at": beat.beat_at, "version": beat.version[:40],
            "started_at": beat.started_at, "database_reachable": beat.database_reachable,
            "outbox_depth": beat.outbox_depth, "outbox_oldest_s": beat.outbox_oldest_s,
            "printer_state": beat.printer.state.value, "printer_reasons": " ".join(beat.printer.reasons)[:300],
            "speech": beat.speech[:80], "disk_free_bytes": beat.disk_free_bytes,
            "last_visit_ended_at": beat.last_visit_ended_at, "last_error": beat.last_error[:200],
            "last_error_at": beat.last_error_at, "database_lost_at": beat.database_lost_at,
            "database_back_at": beat.database_back_at}


def _beat(r: KioskHeartbeat) -> Heartbeat:
    try:
        state = PrinterState(r.printer_state)
    except ValueError:                    # written by a newer release
        state = PrinterState.UNKNOWN
    return Heartbeat(
        kiosk_id=r.kiosk_id, beat_at=r.beat_at, version=r.version, started_at=r.started_at,
        database_reachable=r.database_reachable, outbox_depth=r.outbox_depth, outbox_oldest_s=r.outbox_oldest_s,
        printer=PrinterStatus(state, tuple(r.printer_reasons.split())), speech=r.speech,
        disk_free_bytes=r.disk_free_bytes, last_visit_ended_at=r.last_visit_ended_at, last_error=r.last_error,
        last_error_at=r.last_error_at, database_lost_at=r.database_lost_at, database_back_at=r.database_back_at)


def outbox_backlog(engine: Engine, kiosk_id: str, now: dt.datetime) -> tuple[int, float | None]:
    """The outbox gauge: deliveries of this kiosk's residents' messages still waiting to go out, and
    how long the oldest has waited (seconds). The kiosk adds its local outbox's messages (kept while
    the database was away) to these (kiosk.app.fleet_heart)."""
    with engine.connect() as conn:
        depth, oldest = conn.execute(
            select(func.count(OutboxEntry.id), func.min(OutboxEntry.queued_at))
            .join(Submission, Submission.id == OutboxEntry.submission_id)
            .where(Submission.kiosk_id == kiosk_id, OutboxEntry.state == DeliveryState.QUEUED.value)).one()
    if not depth or oldest is None:
        return int(depth or 0), None
    if isinstance(oldest, str):           # SQLite's MIN() hands back the stored text
        oldest = dt.datetime.fromisoformat(oldest)
    oldest = oldest if oldest.tzinfo is not None else oldest.replace(tzinfo=dt.UTC)
    return int(depth), max(0.0, (now - oldest).total_seconds())
