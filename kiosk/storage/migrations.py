# SPDX-License-Identifier: Apache-2.0
"""Applying the shipped Alembic migrations (db/) at start-up and from `kiosk-admin db upgrade`.

Alembic takes a third of a second to import, so start-up first asks the database for its
revision with plain SQLAlchemy and only brings Alembic in when there is something to migrate;
an empty SQLite database gets the newest schema without it (kiosk.storage.fresh_schema).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from kiosk.paths import migrations_dir
from kiosk.storage.database import DatabaseError, describe

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/versions; tests/storage check it against Alembic's own idea of head.
SCHEMA_HEAD = "0019"

# The PostgreSQL advisory lock a migrating kiosk holds (any number of the kiosk's own: "KIOSKMIG").
MIGRATION_LOCK = 0x4B494F534B4D4947

# Search indexes the models do not declare (db/versions/0004, 0005, 0019): SQLite's FTS5 tables (and
# the shadow tables FTS5 keeps), PostgreSQL's trigram (0004) and word (0005) indexes and its stored
# word columns (0019, ``<column>_words``). Autogenerate must not see them.
_SEARCH_TABLES = ("parcels_fts", "records_fts")
_SEARCH_INDEXES = ("_trgm", "_words")
_EXTENSION_DENIED = re.compile(r'permission denied to create extension "([^"]+)"')


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's include_object hook (db/env.py and the schema test): skip the search indexes."""
    if not reflected or name is None:
        return True
    if type_ == "table" and name.startswith(_SEARCH_TABLES):
        return False
    return not (type_ in ("index", "column") and name.endswith(_SEARCH_INDEXES))


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", describe(engine).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None: empty). Raises DatabaseError in plain words."""
    with _plain_errors(engine), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> str:
    """Bring the schema to the newest revision; returns it. Cheap when already there, and an
    empty SQLite database is given the newest schema in one step (see fresh_schema).

    On PostgreSQL several kiosks may start at once after an update: each one that finds work to do
    waits for a session advisory lock first, then looks again, so one migrates and the others find
    the schema done. (SQLite has one kiosk, and its own write lock.)"""
    if current_revision(engine) == SCHEMA_HEAD:
        return SCHEMA_HEAD
    if engine.dialect.name != "postgresql":
        return _upgrade(engine)
    with _plain_errors(engine), engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        holder.commit()            # a session lock: it outlives this transaction, ends with the connection
        try:
            return _upgrade(engine)
        finally:
            holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            holder.commit()


def _upgrade(engine: Engine) -> str:
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return SCHEMA_HEAD
    if revision is None:
        from kiosk.storage.fresh_schema import create_from_schema

        with _plain_errors(engine):
            if create_from_schema(engine, SCHEMA_HEAD):
                return SCHEMA_HEAD
    from alembic import command

    with _plain_errors(engine):
        command.upgrade(alembic_config(engine), "head")
    return SCHEMA_HEAD


@contextmanager
def _plain_errors(engine: Engine) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        raise DatabaseError(_explain(engine, exc)) from None
    except DBAPIDatabaseError as exc:
        denied = _EXTENSION_DENIED.search(str(exc.orig))
        if denied:
            reason = str(exc.orig).strip().splitlines()[0]
            raise DatabaseError(f"{describe(engine)}: "
                                + extension_missing_message(engine.url.database, denied.group(1), reason)) from None
        raise DatabaseError(f"{describe(engine)}: the database file is damaged or is not a kiosk database ({exc.orig})") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{describe(engine)}: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}") from None


def extension_missing_message(database: str | None, extension: str, reason: str) -> str:
    """What IT must do when the kiosk's PostgreSQL user may not create an extension a migration
    needs (pg_trgm, unaccent: both ship with PostgreSQL)."""
    return (f"the database needs the PostgreSQL extension {extension} (it ships with PostgreSQL), and the kiosk's "
            f"database user may not create it ({reason}). A database administrator must run, once, in the database "
            f'"{database}":  CREATE EXTENSION IF NOT EXISTS {extension};  then start the kiosk again '
            "(or give the kiosk's user the CREATE privilege on that database).")


def _explain(engine: Engine, exc: OperationalError) -> str:
    text_ = str(exc.orig)
    if "locked" in text_:
        return f"{describe(engine)}: the database is locked by another program; close it or wait, then start again"
    if "unable to open" in text_ or "readonly" in text_ or "read-only" in text_:
        return f"{describe(engine)}: the database cannot be opened for writing ({text_}); check the data folder's permissions"
    if "not a database" in text_ or "malformed" in text_:
        return f"{describe(engine)}: the database file is damaged or is not a kiosk database ({text_})"
    return f"{describe(engine)}: cannot reach the database ({text_})"
