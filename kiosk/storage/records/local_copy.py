# SPDX-License-Identifier: Apache-2.0
"""A fleet kiosk's own read-only copy of the public records, in its data folder, searched with
SQLite's FTS5 whether the shared PostgreSQL is up or not. Public records are public: a copy on
each kiosk gives away nothing, and lets a resident search while the database is away.

The copy follows the shared database by its records generation (db/versions/0017: PostgreSQL's
triggers move it whenever parcels, records or their status history change). `refresh()`, run a
minute apart off the GUI thread, reads that one number; when it moved, a new copy is built beside
the old one from a single REPEATABLE READ snapshot (so it never holds half an import) and put in
its place with one rename. Searches go on meanwhile, on the old copy. Until a first copy exists
(a new kiosk), searches go to the shared database as before.

Ids are copied as they are, so a result found in one copy opens in the next, or in the shared
database. A copy left half-built by a kill is removed at the next start.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.records.search import ParcelDetail, RecordDetail, SearchQuery, SearchResults
from kiosk.storage.database import DatabaseError, open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.models import Parcel, PublicRecord, RecordsGeneration, RecordStatusHistory
from kiosk.storage.records.search import SqlRecordSearch

log = logging.getLogger(__name__)

FILE_NAME = "records-copy.sqlite3"
COPIED: tuple[Table, ...] = (Parcel.__table__, PublicRecord.__table__, RecordStatusHistory.__table__)
BATCH = 5000            # rows a round trip and an executemany: flat memory, few calls


class CopyStopped(Exception):
    """The kiosk is stopping: the copy being built is dropped."""


class LocalRecordsCopy:
    """RecordSearch (kiosk.core.records.search) over this kiosk's copy, or over the shared database
    until a first copy is there. ``refresh()`` and ``stop()`` may be called from any thread."""

    def __init__(self, shared: Engine, folder: Path, owners_public: bool = False) -> None:
        self._shared = shared
        self._path = folder / FILE_NAME
        self._building = folder / f"{FILE_NAME}.building"
        self._owners_public = owners_public
        self._shared_sessions = session_factory(shared)
        self._shared_search = SqlRecordSearch(self._shared_sessions, owners_public)
        self._swap = threading.Lock()
        self._refreshing = threading.Lock()      # one build at a time
        self._stopping = threading.Event()
        self._engine: Engine | None = None
        self._local: SqlRecordSearch | None = None
        self._local_sessions: sessionmaker[Session] | None = None
        self.generation: int | None = None       # of the copy searched now; None: no copy yet
        self._thread: threading.Thread | None = None
        self._building.unlink(missing_ok=True)   # a build a kill cut short
        if self._path.exists():
            self._open(self._path)

    # -- RecordSearch --------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        return self._search().search(query)

    def parcel(self, parcel_pk: int) -> ParcelDetail | None:
        return self._search().parcel(parcel_pk)

    def record(self, record_pk: int) -> RecordDetail | None:
        return self._search().record(record_pk)

    def facets(self) -> tuple[list[str], list[str]]:
        return self._search().facets()

    def sessions(self) -> Session:
        """A session on what searches read now (the records overview asks through it)."""
        with self._swap:
            sessions = self._local_sessions or self._shared_sessions
        return sessions()

    @property
    def ready(self) -> bool:
        return self._local is not None

    def _search(self) -> SqlRecordSearch:
        with self._swap:
            return self._local or self._shared_search

    # -- keeping in step -----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Build a new copy if the shared records changed since this one (True when it did). The
        shared database being away is no fault: the copy searched stays, and the next refresh
        tries again. Raises nothing: it runs on a timer, and a failure is logged."""
        if not self._refreshing.acquire(blocking=False):
            return False                               # a build is under way
        try:
            wanted = self._shared_generation()
            if wanted is None or wanted == self.generation:
                return False
            built = self._build(wanted)
            self._open(self._path, replaced_by=built)
            log.info("records copy: generation %d in place", self.generation or 0)
            return True
        except CopyStopped:
            self._building.unlink(missing_ok=True)
            return False
        except (SQLAlchemyError, DatabaseError, OSError) as exc:
            self._building.unlink(missing_ok=True)
            log.warning("records copy not refreshed: %s", exc.__class__.__name__)
            return False
        finally:
            self._refreshing.release()

    def refresh_in_background(self) -> None:
        """refresh() on a thread of its own (a first copy of 500,000 records takes a while; the
        kiosk's task threads stay free for residents). Nothing if one is under way."""
        if self._stopping.is_set() or self._refreshing.locked():
            return
        self._thread = threading.Thread(target=self.refresh, name="records-copy", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """The kiosk is stopping: a build under way gives up at its next batch."""
        self._stopping.set()

    def close(self, wait_s: float = 5.0) -> None:
        """Stop, waiting up to ``wait_s`` for a build under way to let go of its connections."""
        self.stop()
        if self._thread is not None:
            self._thread.join(wait_s)
        with self._swap:
            engine, self._engine, self._local, self._local_sessions = self._engine, None, None, None
        if engine is not None:
            engine.dispose()

    def _shared_generation(self) -> int | None:
        try:
            with self._shared.connect() as conn:
                return conn.execute(select(RecordsGeneration.generation).where(RecordsGeneration.id == 1)).scalar()
        except SQLAlchemyError as exc:
            log.info("records copy: the shared database cannot be asked (%s)", exc.__class__.__name__)
            return None

    def _build(self, expected: int) -> Path:
        """The copy, built at the side from one snapshot of the shared database; returns its path."""
        self._building.unlink(missing_ok=True)
        local = open_engine(f"sqlite:///{self._building}")
        try:
            upgrade(local)                              # the kiosk's schema, FTS5 tables and triggers included
            with self._shared.connect() as src, local.begin() as dst:
                driver = src.connection.dbapi_connection
                if driver is not None:
                    driver.rollback()          # the pool's check-out ping began a transaction
                src.execution_options(isolation_level="REPEATABLE READ")
                generation = src.execute(select(RecordsGeneration.generation)
                                         .where(RecordsGeneration.id == 1)).scalar() or expected
                for table in COPIED:
                    self._copy(src.execution_options(yield_per=BATCH).execute(select(*table.columns)).partitions,
                               dst.execute, table)
                dst.execute(RecordsGeneration.__table__.delete())
                dst.execute(RecordsGeneration.__table__.insert().values(id=1, generation=generation))
            with local.begin() as dst:
                dst.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            local.dispose()
        return self._building

    def _copy(self, partitions: Callable[[int], object], execute: Callable[..., object], table: Table) -> None:
        names = [c.name for c in table.columns]
        insert = table.insert()
        for rows in partitions(BATCH):  # type: ignore[attr-defined]
            if self._stopping.is_set():
                raise CopyStopped
            execute(insert, [dict(zip(names, row, strict=True)) for row in rows])

    def _open(self, path: Path, replaced_by: Path | None = None) -> None:
        """Search the copy at ``path`` from now on (after moving ``replaced_by`` there)."""
        if replaced_by is not None:
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(replaced_by, path)
        try:
            engine = open_engine(f"sqlite:///{path}")
            with engine.connect() as conn:
                generation = conn.execute(select(RecordsGeneration.generation)).scalar()
        except (SQLAlchemyError, DatabaseError) as exc:          # damaged: build it again at the next refresh
            log.warning("records copy unreadable (%s): built again", exc.__class__.__name__)
            path.unlink(missing_ok=True)
            return
        sessions = session_factory(engine)
        with self._swap:
            old, self._engine = self._engine, engine
            self._local, self._local_sessions = SqlRecordSearch(sessions, self._owners_public), sessions
            self.generation = generation
        if old is not None:
            old.dispose()        # searches under way on it finish: the old file lives on until they do

