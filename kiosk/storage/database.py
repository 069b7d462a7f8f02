# SPDX-License-Identifier: Apache-2.0
"""Opening the database: SQLite (WAL, foreign keys on) by default, PostgreSQL for a fleet."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says what to do."""


def open_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"database_url {url!r} is not a database URL (e.g. sqlite:///kiosk.sqlite3)") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"the data folder {folder} cannot be created ({exc.strerror})") from None
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, pool_size=3, max_overflow=2)
    except (ImportError, SQLAlchemyError) as exc:
        raise DatabaseError(f"database_url {parsed.render_as_string(hide_password=True)}: {exc}") from None


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
