# SPDX-License-Identifier: Apache-2.0
"""The audit log on SQLAlchemy (kiosk.core.audit): appended under a lock so the chain never forks.

To append, a writer first makes sure the head row exists (INSERT ... ON CONFLICT DO NOTHING), then
UPDATEs it before reading it. The UPDATE is the lock, on both engines: PostgreSQL holds the row
lock to the end of the transaction (as SELECT ... FOR UPDATE would), and in READ COMMITTED the
next statement sees the head another kiosk just committed; SQLite takes its one write lock, and
every other writer waits (busy_timeout). So two kiosks on one database never append the same seq.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import AuditEntry, AuditEvent, ChainHead, chained
from kiosk.storage.models import AuditChainHead, AuditLogEntry

HEAD_ID = 1
BATCH = 2000


def append_in(s: Session, event: AuditEvent) -> AuditEntry:
    """Append ``event`` in the caller's transaction (with the change it records)."""
    event = replace(event, actor=event.actor[:80], record_id=event.record_id[:80], detail=event.detail[:300])
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    s.execute(insert(AuditChainHead).values(id=HEAD_ID, seq=0, row_hash="").on_conflict_do_nothing())
    s.execute(update(AuditChainHead).where(AuditChainHead.id == HEAD_ID).values(seq=AuditChainHead.seq))
    seq, last_hash = s.execute(select(AuditChainHead.seq, AuditChainHead.row_hash)
                               .where(AuditChainHead.id == HEAD_ID)).one()
    entry = chained(ChainHead(seq, last_hash) if seq else None, event)
    s.add(AuditLogEntry(seq=entry.seq, at=event.at, actor=event.actor, action=str(event.action),
                        record_kind=event.record_kind, record_id=event.record_id, kiosk_id=event.kiosk_id,
                        detail=event.detail, prev_hash=entry.prev_hash, row_hash=entry.row_hash))
    s.execute(update(AuditChainHead).where(AuditChainHead.id == HEAD_ID)
              .values(seq=entry.seq, row_hash=entry.row_hash))
    return entry


class SqlAuditLog:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def append(self, event: AuditEvent) -> AuditEntry:
        with self._sessions.begin() as s:
            return append_in(s, event)

    def entries(self) -> Iterator[AuditEntry]:
        last = 0
        while True:
            with self._sessions() as s:
                rows = s.scalars(select(AuditLogEntry).where(AuditLogEntry.seq > last)
                                 .order_by(AuditLogEntry.seq).limit(BATCH)).all()
                batch = [_entry(row) for row in rows]
            if not batch:
                return
            yield from batch
            last = batch[-1].seq

    def head(self) -> ChainHead | None:
        with self._sessions() as s:
            row = s.execute(select(AuditChainHead.seq, AuditChainHead.row_hash)
                            .where(AuditChainHead.id == HEAD_ID)).one_or_none()
        return None if row is None or row.seq == 0 else ChainHead(row.seq, row.row_hash)


def _entry(row: AuditLogEntry) -> AuditEntry:
    event = AuditEvent(at=row.at, actor=row.actor, action=row.action, record_kind=row.record_kind,
                       record_id=row.record_id, kiosk_id=row.kiosk_id, detail=row.detail)
    return AuditEntry(row.seq, event, row.prev_hash, row.row_hash)
