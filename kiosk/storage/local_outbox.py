# SPDX-License-Identifier: Apache-2.0
"""The kiosk's local outbox: a SQLite file in its data folder (kiosk.core.offline.LocalOutbox).

It keeps the kiosk's reserved reference numbers and the messages the shared database could not
take yet. Every write is one transaction in WAL mode with ``synchronous=FULL``, so it is on disk
(fsync'd) when the call returns: the resident is told "received" only after that. A number is
marked taken before it is used, so a crash can skip a number but never give one twice.

What a resident wrote is sealed (encrypted and authenticated) with a key the OS keyring keeps
(kiosk.delivery.forwarder makes the cipher): the file alone never shows a message, a name or an
address. Only the key, the reference and the time are readable, for the forwarder and the heartbeat.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Protocol

from kiosk.core.offline import OutboxDepth, Pending, ReferenceBlock, submission_from_json, submission_to_json

FILE_NAME = "local-outbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS blocks (first INTEGER PRIMARY KEY, last INTEGER NOT NULL, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    key TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL,
    created_at TEXT NOT NULL, sealed BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ix_pending_created ON pending (created_at);
"""


class Cipher(Protocol):
    """What seals a message (cryptography's Fernet)."""

    def encrypt(self, data: bytes) -> bytes: ...

    def decrypt(self, token: bytes) -> bytes: ...


class SqliteLocalOutbox:
    """``cipher``: called once, when a message is first sealed or opened (the keyring is asked then)."""

    def __init__(self, path: Path, cipher: Callable[[], Cipher]) -> None:
        self.path = path
        self._make_cipher = cipher
        self._cipher: Cipher | None = None
        self._lock = threading.Lock()          # one writer of this process at a time; SQLite's lock for the rest
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with closing(self._connect()) as con:
            con.executescript(_SCHEMA)

    # -- numbers ------------------------------------------------------------------------------------

    def take_number(self) -> int | None:
        with self._transaction() as con:
            row = con.execute("SELECT first, next FROM blocks WHERE next <= last ORDER BY first LIMIT 1").fetchone()
            if row is None:
                return None
            con.execute("UPDATE blocks SET next = next + 1 WHERE first = ?", (row[0],))
            return int(row[1])

    def numbers_left(self) -> int:
        with closing(self._connect()) as con:
            return int(con.execute("SELECT COALESCE(SUM(last - next + 1), 0) FROM blocks WHERE next <= last")
                       .fetchone()[0])

    def add_block(self, block: ReferenceBlock) -> None:
        with self._transaction() as con:
            con.execute("INSERT INTO blocks (first, last, next) VALUES (?, ?, ?)", (block.first, block.last, block.first))
            con.execute("DELETE FROM blocks WHERE next > last")          # used up: nothing more to give

    # -- messages -----------------------------------------------------------------------------------

    def put(self, pending: Pending) -> None:
        sealed = self.cipher().encrypt(submission_to_json(pending.submission).encode("utf-8"))
        with self._transaction() as con:
            con.execute("INSERT INTO pending (key, reference, kiosk_id, created_at, sealed) VALUES (?, ?, ?, ?, ?)",
                        (pending.key, pending.reference, pending.kiosk_id, _iso(pending.created_at), sealed))

    def waiting(self, limit: int) -> list[Pending]:
        with closing(self._connect()) as con:
            rows = con.execute("SELECT key, reference, kiosk_id, created_at, sealed FROM pending "
                               "ORDER BY created_at, key LIMIT ?", (limit,)).fetchall()
        cipher = self.cipher() if rows else None
        return [Pending(key, reference, kiosk_id, dt.datetime.fromisoformat(created),
                        submission_from_json(cipher.decrypt(sealed).decode("utf-8")))
                for key, reference, kiosk_id, created, sealed in rows if cipher is not None]

    def remove(self, key: str) -> None:
        with self._transaction() as con:
            con.execute("DELETE FROM pending WHERE key = ?", (key,))

    def depth(self, now: dt.datetime) -> OutboxDepth:
        return outbox_depth(self.path, now)

    # -- the file -----------------------------------------------------------------------------------

    def cipher(self) -> Cipher:
        if self._cipher is None:
            self._cipher = self._make_cipher()
        return self._cipher

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")      # WAL + FULL: every commit is fsync'd
        return con

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock, closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")


def outbox_depth(path: Path, now: dt.datetime) -> OutboxDepth:
    """How many messages wait in the local outbox at ``path`` and how old the oldest is (for the
    heartbeat); no file: nothing waits. Reads only what is in clear: no key is needed."""
    if not path.is_file():
        return OutboxDepth(0, None)
    with closing(sqlite3.connect(path, timeout=10)) as con:
        try:
            count, oldest = con.execute("SELECT COUNT(*), MIN(created_at) FROM pending").fetchone()
        except sqlite3.OperationalError:      # made but not yet given its tables
            return OutboxDepth(0, None)
    if not count:
        return OutboxDepth(0, None)
    return OutboxDepth(int(count), max(0.0, (now - dt.datetime.fromisoformat(oldest)).total_seconds()))


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime cannot be kept; give it a time zone")
    return moment.astimezone(dt.UTC).isoformat()
