# SPDX-License-Identifier: Apache-2.0
"""Forwarding the local outbox to the shared database once it is back: a plain thread, never the screen's.

Each round first reserves the next block of reference numbers if the kiosk runs low, then hands
the waiting messages over (kiosk.core.offline.ResilientSubmissions.forward: stored under their
idempotency key, then removed locally, so a crash between the two stores nothing twice). After a
round that forwarded anything the e-mail outbox worker is woken: a forwarded message is then
delivered as any stored one. While the database is away a round ends at its first attempt.

The key that seals the local outbox lives in the OS keyring (SecretName.OUTBOX), made on first use.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.offline import BlockPolicy, ResilientSubmissions, SharedStoreUnavailable
from kiosk.delivery.secrets import SecretName, get_secret, set_secret
from kiosk.storage.local_outbox import FILE_NAME, Cipher, SqliteLocalOutbox

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import Settings
    from kiosk.core.pack import TownPack

log = logging.getLogger(__name__)

FORWARD_SECONDS = 15.0


def outbox_cipher() -> Cipher:
    """Fernet (AES-128-CBC with HMAC-SHA256) with the key from the OS keyring, made and stored the
    first time. Raises SecretError when the keyring cannot be used: nothing is then kept unsealed."""
    from cryptography.fernet import Fernet

    key = get_secret(SecretName.OUTBOX.value)
    if key is None:
        set_secret(SecretName.OUTBOX.value, Fernet.generate_key().decode("ascii"))
        key = get_secret(SecretName.OUTBOX.value)      # what the keyring kept, should another have raced us
        assert key is not None
    return Fernet(key.encode("ascii"))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Forwarder:
    def __init__(self, submissions: ResilientSubmissions, kiosk_id: str, *, poll_seconds: float = FORWARD_SECONDS,
                 forwarded: Callable[[], None] = lambda: None, now: Callable[[], dt.datetime] = _utcnow,
                 batch: int = 50) -> None:
        self.submissions = submissions
        self.kiosk_id = kiosk_id
        self.poll_seconds = poll_seconds
        self.forwarded = forwarded
        self.now = now
        self.batch = batch
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> int:
        """One round: top up the numbers, forward one batch. Returns how many were forwarded;
        0 while the database is away."""
        try:
            self.submissions.top_up(self.kiosk_id, self.now())
            done = self.submissions.forward(self.batch)
        except SharedStoreUnavailable as exc:
            log.info("forwarder: the database cannot be reached (%s); waiting", exc)
            return 0
        if done:
            log.info("forwarder: %d message(s) forwarded to the database", done)
            self.forwarded()
        return done

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the forwarder is already started")
        self._thread = threading.Thread(target=self._run, name="outbox-forwarder", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                while self.run_once() >= self.batch and not self._stopping.is_set():
                    pass                      # a full batch: more may wait
            except Exception:                  # a bad entry must not end the thread; it is tried again
                log.exception("forwarder: a round failed")
            self._wake.wait(self.poll_seconds)
            self._wake.clear()


def local_outbox_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def make_resilient(settings: Settings, engine: Engine, pack: TownPack, data_dir: Path,
                   policy: BlockPolicy | None = None) -> ResilientSubmissions:
    """The repository the kiosk sends messages with: the shared database, else the local outbox."""
    from kiosk.storage.submissions import make_repository

    local = SqliteLocalOutbox(local_outbox_path(data_dir), outbox_cipher)
    return ResilientSubmissions(make_repository(settings, engine, pack), local, policy or BlockPolicy())
