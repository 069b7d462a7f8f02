# SPDX-License-Identifier: Apache-2.0
"""Applying the shipped Alembic migrations (db/) at start-up and from `kiosk-admin db upgrade`."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as DBAPIDatabaseError, OperationalError, SQLAlchemyError

from kiosk.paths import migrations_dir
from kiosk.storage.database import DatabaseError, describe


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", describe(engine).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


@contextmanager
def _plain_errors(engine: Engine) -> Iterator[None]:
    """Turns what the database driver raises into a DatabaseError with a plain message."""
    try:
        yield
    except OperationalError as exc:
        raise DatabaseError(_explain(engine, exc)) from None
    except DBAPIDatabaseError as exc:
        raise DatabaseError(f"{describe(engine)}: the database file is damaged or is not a kiosk database ({exc.orig})") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{describe(engine)}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}") from None


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None: empty). Raises DatabaseError."""
    with _plain_errors(engine), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the schema to the newest revision; returns it. Cheap when already there."""
    cfg = alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with _plain_errors(engine):
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            command.upgrade(cfg, "head")
    return head or ""


def _explain(engine: Engine, exc: OperationalError) -> str:
    text = str(exc.orig)
    if "locked" in text:
        return f"{describe(engine)}: the database is locked by another program; close it or wait, then start again"
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return f"{describe(engine)}: the database cannot be opened for writing ({text}); check the data folder's permissions"
    if "not a database" in text or "malformed" in text:
        return f"{describe(engine)}: the database file is damaged or is not a kiosk database ({text})"
    return f"{describe(engine)}: cannot reach the database ({text})"
