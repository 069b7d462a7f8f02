# SPDX-License-Identifier: Apache-2.0
"""Opening the database: SQLite (WAL, foreign keys on) by default, PostgreSQL for a fleet."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says what to do."""


@dataclass(frozen=True, slots=True)
class DatabaseLimits:
    """How long the kiosk waits for PostgreSQL before telling the resident it cannot be reached.

    ``connect_s`` bounds opening a connection, ``statement_s`` each round trip (a statement, a
    commit, a ping) and ``keepalive_s`` how soon TCP notices a server that vanished. The statement
    limit is kept twice: by the server (statement_timeout, for a slow query) and by the kiosk
    itself, for a server that is there but does not answer (frozen, or a dead network path where
    TCP keeps waiting): the connection is then closed, the pool thrown away, and the next use
    connects afresh, so the kiosk recovers by itself once the server is back. ``statement_s``
    None (migrations, imports) waits as long as the work takes.
    """

    connect_s: int = 3
    statement_s: float | None = 4.0
    keepalive_s: int = 5

    def maintenance(self) -> DatabaseLimits:
        """The same, without a limit on statements: migrations and imports may take minutes."""
        return replace(self, statement_s=None)


def open_engine(url: str, limits: DatabaseLimits | None = None) -> Engine:
    """An engine for ``url``; PostgreSQL connections keep ``limits`` (see DatabaseLimits).
    Statement parameters never appear in error messages or logs: they may be what a resident typed."""
    limits = limits or DatabaseLimits()
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"database_url {url!r} is not a database URL (e.g. sqlite:///kiosk.sqlite3)") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
            try:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)   # private: see kiosk.startup
            except OSError as exc:
                raise DatabaseError(f"the data folder {folder} cannot be created ({exc.strerror})") from None
        engine = create_engine(url, connect_args={"timeout": 5}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        with_limits = limits.statement_s is not None and parsed.get_driver_name() == "psycopg"
        engine = create_engine(url, pool_pre_ping=not with_limits, pool_size=3, max_overflow=2, hide_parameters=True,
                               connect_args=_postgres_limits(limits))
    except (ImportError, SQLAlchemyError) as exc:
        raise DatabaseError(f"database_url {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if with_limits and limits.statement_s is not None:
        from kiosk.storage.pg_deadline import with_deadlines

        with_deadlines(engine, limits.statement_s)        # pings before each use, as pool_pre_ping would
    return engine


def _postgres_limits(limits: DatabaseLimits) -> dict[str, object]:
    """libpq's connection parameters for the limits (the server enforces statement_timeout)."""
    args: dict[str, object] = {
        "connect_timeout": limits.connect_s,
        "keepalives": 1, "keepalives_idle": limits.keepalive_s, "keepalives_interval": max(1, limits.keepalive_s // 2),
        "keepalives_count": 2,
    }
    if limits.statement_s is not None:
        args["options"] = f"-c statement_timeout={int(limits.statement_s * 1000)}"
    return args


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def describe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
