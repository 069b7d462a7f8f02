# SPDX-License-Identifier: Apache-2.0
"""The database on every engine the kiosk supports: migrations, SQLite settings, usage statistics,
and statistics surviving a database outage.

Tests that take ``database_url`` run on a fresh SQLite file and, when KIOSK_TEST_POSTGRES_URL is
set, on a fresh PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import sqlite3
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from kiosk.core.session import EndReason, UsageRecord
from kiosk.storage.database import DatabaseError, open_engine, session_factory
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, current_revision, include_object, upgrade
from kiosk.storage.models import Base
from kiosk.storage.stats import BackgroundUsageRecorder, UsageStats

HEAD = SCHEMA_HEAD          # the integrator renumbers migrations: never a literal here


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def migrated(engine: sa.Engine) -> sa.Engine:
    upgrade(engine)
    return engine


def revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def usage(n: int = 0, *, day: dt.date = dt.date(2026, 11, 20), reason: EndReason = EndReason.FINISH,
          language: str = "en", screens: tuple[str, ...] = ("home",), duration: float = 30.0,
          kiosk_id: str = "lobby-1") -> UsageRecord:
    return UsageRecord(
        token=f"{n:032x}", kiosk_id=kiosk_id,
        started_at=dt.datetime.combine(day, dt.time(12, 0, n % 60), dt.UTC),
        duration_s=duration, screens=screens, language=language, large_text=False, high_contrast=False,
        end_reason=reason)


# --- migrations --------------------------------------------------------------------------------------

def test_migrations_build_the_schema_on_an_empty_database(engine):
    assert revision(engine) is None

    assert upgrade(engine) == HEAD

    assert revision(engine) == HEAD
    tables = set(sa.inspect(engine).get_table_names())
    assert {"usage_sessions", "alembic_version"} <= tables


def test_the_kiosk_knows_the_newest_migration(engine):
    """Start-up skips Alembic when the database is at SCHEMA_HEAD: a new migration must move it."""
    scripts = ScriptDirectory.from_config(alembic_config(engine))

    assert scripts.get_heads() == [SCHEMA_HEAD]
    assert SCHEMA_HEAD == HEAD
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == revision(engine) == SCHEMA_HEAD


def test_a_second_upgrade_changes_nothing(migrated):
    stats = UsageStats(session_factory(migrated))
    stats.add(usage(1))
    statements: list[str] = []
    sa.event.listen(migrated, "before_cursor_execute", lambda _c, _cur, sql, *_: statements.append(sql))

    assert upgrade(migrated) == HEAD

    assert revision(migrated) == HEAD
    assert stats.count() == 1
    assert not [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT",
                                                                        "UPDATE", "DELETE"))]


def test_the_migrations_match_the_models(migrated):
    """What `alembic check` does: nothing in the models is missing from (or different in) the migrations.
    The search indexes of 0004 are outside the models; db/env.py hides them with the same hook."""
    with migrated.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True,
                                                         "include_object": include_object})
        differences = compare_metadata(context, Base.metadata)

    assert differences == []


def test_downgrade_to_nothing_and_upgrade_again(migrated):
    UsageStats(session_factory(migrated)).add(usage(1))
    cfg = alembic_config(migrated)

    command.downgrade(cfg, "base")

    assert revision(migrated) is None
    assert "usage_sessions" not in sa.inspect(migrated).get_table_names()

    assert upgrade(migrated) == HEAD
    assert revision(migrated) == HEAD
    assert UsageStats(session_factory(migrated)).count() == 0


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    try:
        upgrade(engine)
        with engine.connect() as first, engine.connect() as second:     # every connection, not just one
            for conn in (first, second):
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        engine.dispose()
    assert (tmp_path / "kiosk.sqlite3").is_file()


def test_sqlite_creates_the_database_folder(tmp_path):
    path = tmp_path / "new" / "folder" / "kiosk.sqlite3"
    engine = open_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()

    assert path.is_file()


def test_a_database_folder_that_cannot_be_made_is_a_plain_error(tmp_path):
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")

    with pytest.raises(DatabaseError, match="cannot be created") as caught:
        open_engine(f"sqlite:///{tmp_path / 'afile' / 'data' / 'kiosk.sqlite3'}")

    assert str(tmp_path / "afile" / "data") in str(caught.value)


def test_a_url_that_is_not_a_database_url_is_a_plain_error():
    with pytest.raises(DatabaseError, match="is not a database URL"):
        open_engine("kiosk.sqlite3")


def test_a_damaged_database_file_is_a_plain_error(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(random.Random(7).randbytes(8192))
    engine = open_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseError, match="damaged") as caught:
            upgrade(engine)
    finally:
        engine.dispose()

    assert str(path) in str(caught.value)


# --- usage statistics --------------------------------------------------------------------------------

def test_a_token_is_stored_once(migrated):
    stats = UsageStats(session_factory(migrated))
    stats.add(usage(1))

    with pytest.raises(sa.exc.IntegrityError):
        stats.add(usage(1))
    assert stats.count() == 1


def test_a_long_screen_list_is_cut_to_fit(migrated):
    stats = UsageStats(session_factory(migrated))
    screens = tuple(f"screen_{i:03d}" for i in range(60))       # 659 characters joined

    stats.add(usage(1, screens=screens))

    assert stats.count() == 1


# --- writing statistics off the screen's thread ------------------------------------------------------

def test_the_background_recorder_writes_every_record(migrated):
    stats = UsageStats(session_factory(migrated))
    recorder = BackgroundUsageRecorder(stats, retry_seconds=0.05)
    try:
        for i in range(3):
            recorder.record(usage(i))

        assert recorder.flush(10)
        assert stats.count() == 3
    finally:
        recorder.close(5)
    assert recorder.flush(0)


class _Outage:
    """Holds the usage table locked by another connection, as another program could."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite: sqlite3.Connection | None = None
        self.pg: sa.Connection | None = None
        self.pg_engine: sa.Engine | None = None

    def begin(self) -> None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            self.sqlite = sqlite3.connect(parsed.database, isolation_level=None)
            self.sqlite.execute("BEGIN EXCLUSIVE")
        else:
            self.pg_engine = sa.create_engine(self.url)
            self.pg = self.pg_engine.connect()
            self.pg.exec_driver_sql("LOCK TABLE usage_sessions IN ACCESS EXCLUSIVE MODE")

    def end(self) -> None:
        if self.sqlite is not None:
            self.sqlite.execute("ROLLBACK")
            self.sqlite.close()
            self.sqlite = None
        if self.pg is not None:
            self.pg.rollback()
            self.pg.close()
            self.pg = None
        if self.pg_engine is not None:
            self.pg_engine.dispose()
            self.pg_engine = None


def _impatient_engine(url: str) -> sa.Engine:
    """An engine that gives up on a lock after 50 ms, so the outage shows at once."""
    if make_url(url).get_backend_name() == "sqlite":
        return sa.create_engine(url, connect_args={"timeout": 0.05})
    return sa.create_engine(url, connect_args={"options": "-c lock_timeout=50"})


class _RetryWatcher(logging.Handler):
    """Counts the recorder's "will retry" warnings, so the test knows a write has failed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.failures = 0
        self.failed = threading.Condition()

    def emit(self, record: logging.LogRecord) -> None:
        if "will retry" in record.getMessage():
            with self.failed:
                self.failures += 1
                self.failed.notify_all()

    def wait_for(self, failures: int, timeout: float = 10.0) -> bool:
        with self.failed:
            return self.failed.wait_for(lambda: self.failures >= failures, timeout)


@pytest.fixture
def retry_watcher() -> Iterator[_RetryWatcher]:
    logger = logging.getLogger("kiosk.storage.stats")
    watcher, level = _RetryWatcher(), logger.level
    logger.addHandler(watcher)
    logger.setLevel(logging.WARNING)
    yield watcher
    logger.removeHandler(watcher)
    logger.setLevel(level)


def test_records_wait_in_memory_through_a_database_outage(database_url, migrated, retry_watcher):
    impatient = _impatient_engine(database_url)
    stats = UsageStats(session_factory(impatient))
    outage = _Outage(database_url)
    recorder = BackgroundUsageRecorder(stats, retry_seconds=0.05)
    try:
        outage.begin()
        for i in range(3):
            recorder.record(usage(i))          # returns at once: the screen never waits on the database

        assert retry_watcher.wait_for(2), "the recorder never tried to write"
        assert not recorder.flush(0)           # still holding the records

        outage.end()
        assert recorder.flush(10)

        reader = UsageStats(session_factory(migrated))
        assert reader.count() == 3
        with migrated.connect() as conn:
            tokens = conn.exec_driver_sql("SELECT token FROM usage_sessions ORDER BY id").scalars().all()
        assert tokens == [usage(i).token for i in range(3)]      # in the order the visits ended
    finally:
        outage.end()
        recorder.close(5)
        impatient.dispose()


def test_records_queued_during_an_outage_are_written_with_later_ones(database_url, migrated, retry_watcher):
    impatient = _impatient_engine(database_url)
    stats = UsageStats(session_factory(impatient))
    outage = _Outage(database_url)
    recorder = BackgroundUsageRecorder(stats, retry_seconds=0.05)
    try:
        outage.begin()
        recorder.record(usage(1))
        assert retry_watcher.wait_for(1)
        outage.end()
        recorder.record(usage(2))

        assert recorder.flush(10)
        assert stats.count() == 2
    finally:
        outage.end()
        recorder.close(5)
        impatient.dispose()
