# SPDX-License-Identifier: Apache-2.0
"""The background worker that empties the outbox: a plain thread, never the screen's.

The kiosk calls wake() right after a submission is stored; otherwise the worker looks for due
entries every few seconds. Each round claims a batch (kiosk.storage.outbox), delivers it and
records every outcome. Nothing here blocks the caller: start(), wake() and stop() return at once
(stop waits at most its timeout).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from kiosk.core.queue import ResidentReply
from kiosk.core.submissions import Channel, SubmissionNotFound, SubmissionRecord
from kiosk.delivery.secrets import SecretError, SecretName, get_secret
from kiosk.delivery.smtp import DeliveryError
from kiosk.storage.outbox import Claim, Outbox, RetryPolicy, worker_name
from kiosk.storage.submissions import SqlSubmissionRepository

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import Settings
    from kiosk.core.pack import TownPack

log = logging.getLogger(__name__)
_numbers = itertools.count()

EMAIL_OFF = "e-mail is not configured (smtp_host)"
OPEN311_OFF = "the town pack names no Open311 endpoint"


class Deliverer(Protocol):
    channel: Channel

    def deliver(self, record: SubmissionRecord) -> str | None:
        """Deliver one submission; returns a message id (or None). Raises DeliveryError."""
        ...

    def finish(self) -> None:
        """End of a batch: close any connection kept open."""
        ...


class ReplyDeliverer(Protocol):
    """Sends staff's responses to residents (Channel.REPLY), one outbox entry per response."""

    channel: Channel

    def deliver_reply(self, record: SubmissionRecord, reply: ResidentReply) -> str | None: ...

    def finish(self) -> None: ...


class StaffQueue:
    """The staff queue inside the application: stored is delivered, so this only marks it."""

    channel = Channel.STAFF

    def deliver(self, record: SubmissionRecord) -> None:
        return None

    def finish(self) -> None:
        return None


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OutboxWorker:
    """``waiting``: channels this kiosk cannot deliver, with the reason shown on their entries
    (they stay queued for a kiosk that can)."""

    def __init__(self, outbox: Outbox, submissions: SqlSubmissionRepository, deliverers: list[Deliverer], *,
                 kiosk_id: str, waiting: dict[Channel, str] | None = None, poll_seconds: float = 5.0,
                 lease: dt.timedelta = dt.timedelta(minutes=10), batch: int = 20,
                 now: Callable[[], dt.datetime] = _utcnow, replies: ReplyDeliverer | None = None) -> None:
        self.outbox = outbox
        self.submissions = submissions
        self.deliverers = {d.channel: d for d in deliverers}
        self.replies = replies
        self.kiosk_id = kiosk_id
        self.name = worker_name(kiosk_id, next(_numbers))
        self.waiting = dict(waiting or {})
        self.poll_seconds = poll_seconds
        self.lease = lease
        self.batch = batch
        self.now = now
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the thread ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the outbox worker is already started")
        self._thread = threading.Thread(target=self._run, name="outbox-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look for due entries now (a submission was just stored)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the worker to stop after the message it is sending; True if it has stopped."""
        self._stopping.set()
        self._wake.set()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            freed = self.outbox.release_dead(self.kiosk_id, self.now())
            if freed:
                log.info("freed %d outbox entries claimed by an earlier run of this kiosk", freed)
        except Exception:
            log.exception("outbox: could not check for claims left by an earlier run")
        while not self._stopping.is_set():
            try:
                handled = self.run_once()
            except Exception:
                log.exception("outbox: a delivery round failed; trying again in %.0f s", self.poll_seconds)
                handled = 0
            if handled >= self.batch and not self._stopping.is_set():
                continue        # more may be due
            self._wake.wait(self.poll_seconds)
            self._wake.clear()

    # -- one round ----------------------------------------------------------------------------------

    def run_once(self) -> int:
        """Claim the due entries this kiosk can deliver (one batch), deliver and record them.
        Returns how many were claimed."""
        for channel, reason in self.waiting.items():
            self.outbox.note_waiting(channel, reason)
        channels = [*self.deliverers, *([Channel.REPLY] if self.replies is not None else [])]
        claims = self.outbox.claim(self.name, self.now(), self.lease, channels, limit=self.batch)
        unreachable: dict[Channel, str] = {}
        records: dict[int, SubmissionRecord] = {}       # a submission's channels are claimed together
        try:
            for claim in claims:
                if self._stopping.is_set():
                    self._release(claim)
                    continue
                self._deliver(claim, unreachable, records)
        finally:
            finishing: list[Deliverer | ReplyDeliverer] = [*self.deliverers.values()]
            if self.replies is not None:
                finishing.append(self.replies)
            for deliverer in finishing:
                try:
                    deliverer.finish()
                except Exception:
                    log.exception("outbox: closing the %s connection failed", deliverer.channel.value)
        return len(claims)

    def _deliver(self, claim: Claim, unreachable: dict[Channel, str], records: dict[int, SubmissionRecord]) -> None:
        if claim.channel in unreachable:      # the server was unreachable a moment ago: do not wait on it again
            self._failed(claim, DeliveryError(unreachable[claim.channel], unreachable=True))
            return
        try:
            record = records.get(claim.submission_id) or self.submissions.get_by_id(claim.submission_id)
            records[claim.submission_id] = record
            if claim.response_id is not None and self.replies is not None:
                message_id = self.replies.deliver_reply(record, self.submissions.reply(claim.response_id))
            else:
                message_id = self.deliverers[claim.channel].deliver(record)
        except SubmissionNotFound:
            self._failed(claim, DeliveryError("the submission is no longer in the database", permanent=True))
            return
        except DeliveryError as exc:
            if exc.unreachable:
                unreachable[claim.channel] = str(exc)
            self._failed(claim, exc)
            return
        except Exception as exc:
            log.exception("outbox: delivering entry %d by %s failed", claim.entry_id, claim.channel.value)
            self._failed(claim, DeliveryError(f"unexpected error: {exc.__class__.__name__}"))
            return
        if self.outbox.delivered(claim, self.name, self.now(), message_id):
            log.info("outbox: %s delivered by %s", record.reference, claim.channel.value)
        else:
            log.warning("outbox: %s sent by %s after this worker's claim ran out", record.reference,
                        claim.channel.value)

    def _failed(self, claim: Claim, exc: DeliveryError) -> None:
        state = self.outbox.attempt_failed(claim, self.name, self.now(), str(exc), permanent=exc.permanent)
        log.warning("outbox: entry %d by %s: %s (now %s)", claim.entry_id, claim.channel.value, exc,
                    state.value if state else "claimed by another worker")

    def _release(self, claim: Claim) -> None:
        """Stopping: hand an untried claim back at once rather than after the lease."""
        self.outbox.release(claim, self.name)


def make_worker(settings: Settings, engine: Engine, pack: TownPack) -> OutboxWorker:
    """The worker the kiosk starts (kiosk.app), configured from the settings and the town pack."""
    from kiosk.delivery.open311 import Open311Deliverer
    from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer, SmtpReplies
    from kiosk.storage.database import session_factory
    from kiosk.storage.submissions import make_repository

    sessions = session_factory(engine)
    policy = RetryPolicy(max_attempts=settings.outbox_max_attempts, max_hours=settings.outbox_max_hours)
    deliverers: list[Deliverer] = [StaffQueue()]
    waiting: dict[Channel, str] = {}
    replies: ReplyDeliverer | None = None
    if settings.smtp_host:
        config = SmtpConfig(host=settings.smtp_host, port=settings.smtp_port, tls=settings.smtp_tls,
                            user=settings.smtp_user, from_address=settings.smtp_from, timezone=pack.timezone)
        smtp = SmtpDeliverer(config, lambda: _secret(SecretName.SMTP))
        deliverers.append(smtp)
        replies = SmtpReplies(smtp)
    else:
        waiting[Channel.EMAIL] = EMAIL_OFF
        waiting[Channel.REPLY] = EMAIL_OFF
    endpoint = getattr(pack, "open311_endpoint", "")
    if endpoint:
        deliverers.append(Open311Deliverer(endpoint, lambda: _secret(SecretName.OPEN311)))
    else:
        waiting[Channel.OPEN311] = OPEN311_OFF
    return OutboxWorker(Outbox(sessions, policy), make_repository(settings, engine, pack),
                        deliverers, kiosk_id=settings.kiosk_id, waiting=waiting,
                        poll_seconds=settings.outbox_poll_seconds, replies=replies)


def _secret(name: SecretName) -> str | None:
    """A secret from the OS keyring; a keyring that fails is a reason to wait, not a crash."""
    try:
        return get_secret(name.value)
    except SecretError as exc:
        raise DeliveryError(f"the {name.value} secret cannot be read: {exc}", unreachable=True) from None
