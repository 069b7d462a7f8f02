# SPDX-License-Identifier: Apache-2.0
"""The outbox: claiming due deliveries with a lease, and recording how each attempt went.

Several kiosks (processes) may share one database; each entry is claimed by one of them. The
claim is one ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``: PostgreSQL
skips rows another worker is claiming, SQLite (which has no row locks and ignores FOR UPDATE)
runs the whole statement under its single write lock. Either way the guard in the WHERE clause
(queued, due, no live lease) is checked by the statement that takes the entry.

A lease (``claimed_until``) that runs out frees the entry for anyone: a worker that died while
sending is replaced. Outcomes are written only while the writer still holds the claim.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Result, and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.references import normalise
from kiosk.core.submissions import Channel, DeliveryState, DeliveryStatus
from kiosk.storage.models import OutboxEntry, Submission
from kiosk.storage.submissions import delivery_status

QUEUED, DELIVERED, FAILED = DeliveryState.QUEUED.value, DeliveryState.DELIVERED.value, DeliveryState.FAILED.value


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Back-off doubling from ``first_delay_s`` up to ``max_delay_s``; given up (failed) after
    ``max_attempts`` attempts or ``max_hours`` since the entry was queued, whichever comes first."""

    first_delay_s: float = 30.0
    max_delay_s: float = 3600.0
    max_attempts: int = 30
    max_hours: float = 72.0

    def delay(self, attempts: int) -> dt.timedelta:
        """Wait after the ``attempts``-th failed attempt (1, 2, ...)."""
        return dt.timedelta(seconds=min(self.first_delay_s * 2 ** min(max(attempts - 1, 0), 30), self.max_delay_s))

    def gives_up(self, attempts: int, queued_at: dt.datetime, now: dt.datetime) -> bool:
        return attempts >= self.max_attempts or now - queued_at >= dt.timedelta(hours=self.max_hours)


@dataclass(frozen=True, slots=True)
class Claim:
    entry_id: int
    submission_id: int
    channel: Channel
    attempts: int                   # attempts before this one
    queued_at: dt.datetime
    response_id: int | None = None  # Channel.REPLY: the response to send (kiosk.core.queue.ResidentReply)


@dataclass(frozen=True, slots=True)
class OutboxLine:
    """One entry for `kiosk-admin outbox`."""

    reference: str
    form_title: str
    created_at: dt.datetime
    status: DeliveryStatus
    claimed_by: str | None


def worker_name(kiosk_id: str, number: int = 0) -> str:
    """``kiosk-1@host:pid/n``: who holds a claim; the host and pid let a restarted kiosk free the
    claims of its dead predecessor at once (Outbox.release_dead)."""
    return f"{kiosk_id}@{socket.gethostname()[:60]}:{os.getpid()}/{number}"


def _rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE changed (Session.execute is typed as giving a Result; an UPDATE's is a CursorResult)."""
    return cast(CursorResult[Any], result).rowcount


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True                 # no cheap, harmless check: the lease runs out instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Outbox:
    def __init__(self, sessions: sessionmaker[Session], policy: RetryPolicy = RetryPolicy()) -> None:
        self._sessions = sessions
        self.policy = policy

    def claim(self, worker: str, now: dt.datetime, lease: dt.timedelta, channels: Collection[Channel],
              limit: int = 20) -> list[Claim]:
        """Take up to ``limit`` due entries of ``channels`` for ``worker`` until ``now + lease``."""
        if not channels:
            return []
        free = and_(OutboxEntry.state == QUEUED, OutboxEntry.next_attempt_at <= now,
                    or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < now),
                    OutboxEntry.channel.in_([c.value for c in channels]))
        due = (select(OutboxEntry.id).where(free).order_by(OutboxEntry.next_attempt_at, OutboxEntry.id)
               .limit(limit).with_for_update(skip_locked=True))
        stmt = (update(OutboxEntry).where(OutboxEntry.id.in_(due.scalar_subquery()), free)
                .values(claimed_by=worker, claimed_until=now + lease)
                .returning(OutboxEntry.id, OutboxEntry.submission_id, OutboxEntry.channel, OutboxEntry.attempts,
                           OutboxEntry.queued_at, OutboxEntry.response_id))
        with self._sessions.begin() as s:
            rows = s.execute(stmt, execution_options={"synchronize_session": False}).all()
        return sorted((Claim(r.id, r.submission_id, Channel(r.channel), r.attempts, r.queued_at, r.response_id) for r in rows),
                      key=lambda c: c.entry_id)

    def delivered(self, claim: Claim, worker: str, now: dt.datetime, message_id: str | None) -> bool:
        """Record a delivery; False if the claim was lost meanwhile (someone else has it now)."""
        return self._finish(claim, worker, state=DELIVERED, delivered_at=now, message_id=message_id,
                            claimed_until=None, last_error=None, attempts=claim.attempts + 1)

    def attempt_failed(self, claim: Claim, worker: str, now: dt.datetime, reason: str,
                       permanent: bool = False) -> DeliveryState | None:
        """Record a failed attempt: queued for a later retry, or failed when the policy gives up (or
        the failure is permanent). Returns the new state, None if the claim was lost meanwhile."""
        attempts = claim.attempts + 1
        if permanent or self.policy.gives_up(attempts, claim.queued_at, now):
            done = self._finish(claim, worker, state=FAILED, attempts=attempts, last_error=reason[:500],
                                claimed_until=None)
            return DeliveryState.FAILED if done else None
        done = self._finish(claim, worker, state=QUEUED, attempts=attempts, last_error=reason[:500],
                            next_attempt_at=now + self.policy.delay(attempts), claimed_by=None, claimed_until=None)
        return DeliveryState.QUEUED if done else None

    def _finish(self, claim: Claim, worker: str, **values: object) -> bool:
        with self._sessions.begin() as s:
            result = s.execute(update(OutboxEntry).where(OutboxEntry.id == claim.entry_id,
                                                         OutboxEntry.claimed_by == worker,
                                                         OutboxEntry.state == QUEUED).values(**values),
                               execution_options={"synchronize_session": False})
            return _rowcount(result) == 1

    def release(self, claim: Claim, worker: str) -> bool:
        """Hand back an entry untried (the worker is stopping): due again at once, no attempt counted."""
        return self._finish(claim, worker, claimed_by=None, claimed_until=None)

    def note_waiting(self, channel: Channel, reason: str) -> int:
        """Say why entries of a channel this kiosk cannot deliver are waiting (e.g. e-mail is not
        configured), on those no kiosk has tried yet. They stay queued for one that can."""
        with self._sessions.begin() as s:
            return _rowcount(s.execute(update(OutboxEntry).where(
                OutboxEntry.channel == channel.value, OutboxEntry.state == QUEUED, OutboxEntry.attempts == 0,
                OutboxEntry.last_error.is_(None)).values(last_error=reason[:500]),
                execution_options={"synchronize_session": False}))

    def release_dead(self, kiosk_id: str, now: dt.datetime, alive: Callable[[int], bool] = _pid_alive) -> int:
        """Free the claims this kiosk's earlier processes on this machine held when they died."""
        mine = f"{kiosk_id}@{socket.gethostname()[:60]}:"
        with self._sessions() as s:
            held = s.execute(select(OutboxEntry.id, OutboxEntry.claimed_by).where(
                OutboxEntry.state == QUEUED, OutboxEntry.claimed_until >= now,
                OutboxEntry.claimed_by.startswith(mine, autoescape=True))).all()
        freed = 0
        for entry_id, holder in held:
            assert holder is not None       # claimed_by starts with `mine`
            pid = holder[len(mine):].split("/", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not alive(int(pid)):
                with self._sessions.begin() as s:
                    freed += _rowcount(s.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id,
                                                                           OutboxEntry.claimed_by == holder,
                                                                           OutboxEntry.state == QUEUED)
                                                 .values(claimed_by=None, claimed_until=None),
                                                 execution_options={"synchronize_session": False}))
        return freed

    # -- for IT -------------------------------------------------------------------------------------

    def lines(self, states: Collection[DeliveryState] = (DeliveryState.QUEUED, DeliveryState.FAILED),
              limit: int = 1000) -> list[OutboxLine]:
        """Entries in ``states``, oldest submission first."""
        with self._sessions() as s:
            rows = s.execute(select(OutboxEntry, Submission.reference, Submission.form_title, Submission.created_at)
                             .join(Submission, Submission.id == OutboxEntry.submission_id)
                             .where(OutboxEntry.state.in_([x.value for x in states]))
                             .order_by(Submission.created_at, OutboxEntry.id).limit(limit)).all()
            return [OutboxLine(ref, title, created, delivery_status(entry), entry.claimed_by)
                    for entry, ref, title, created in rows]

    def retry(self, reference: str, now: dt.datetime) -> int:
        """Queue a submission's failed (or waiting) deliveries again at once, with a fresh count of
        attempts; those a worker is sending right now are left alone. Returns how many."""
        canonical = normalise(reference) or reference
        with self._sessions.begin() as s:
            submission_id = s.scalar(select(Submission.id).where(Submission.reference == canonical))
            if submission_id is None:
                return 0
            return _rowcount(s.execute(update(OutboxEntry).where(
                OutboxEntry.submission_id == submission_id, OutboxEntry.state.in_([QUEUED, FAILED]),
                or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < now))
                .values(state=QUEUED, attempts=0, queued_at=now, next_attempt_at=now, claimed_by=None,
                        claimed_until=None), execution_options={"synchronize_session": False}))
