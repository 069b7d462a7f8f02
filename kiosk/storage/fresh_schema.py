# SPDX-License-Identifier: Apache-2.0
"""A new SQLite database made in one step from the newest schema, without Alembic.

A kiosk's first start finds no database. Migrating an empty database means importing Alembic
(with Mako and, where installed, Pygments): about a quarter of a second and 11 MB that the kiosk
then keeps for months for nothing. So an empty SQLite database is given the schema the
migrations end in, from ``resources/schema/sqlite-<revision>.sql``, in one transaction;
Alembic migrates every database that already has a schema, and every PostgreSQL database.

The file is written from the migrations themselves (``python -m kiosk.storage.fresh_schema``),
and a test checks that a database made from it is the database the migrations make. Where there
is no file for the newest revision, Alembic does the work as before.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from kiosk.paths import resources_dir


def schema_file(revision: str) -> Path:
    return resources_dir() / "schema" / f"sqlite-{revision}.sql"


def create_from_schema(engine: Engine, revision: str) -> bool:
    """Give an empty SQLite database the schema of `revision`; False (nothing done) where the
    database is not SQLite or not empty, or there is no schema file for `revision`."""
    path = schema_file(revision)
    if engine.dialect.name != "sqlite" or not path.is_file():
        return False
    statements = list(_statements(path.read_text(encoding="utf-8")))
    raw = engine.raw_connection()
    try:
        con: sqlite3.Connection = raw.driver_connection      # type: ignore[assignment]
        con.execute("BEGIN IMMEDIATE")       # no other process can begin the same between check and create
        try:
            if con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                con.rollback()
                return False
            for statement in statements:
                con.execute(statement)
            con.commit()
        except sqlite3.Error:
            con.rollback()
            return False              # Alembic tries, and says what is wrong in plain words
        return True
    finally:
        raw.close()


def _statements(script: str) -> list[str]:
    """The script's statements, whole (a trigger's body holds semicolons of its own)."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    return out


def dump_schema(database: Path, revision: str) -> str:
    """The schema of a migrated SQLite database as a script, in the order it was created: tables,
    indexes, triggers and search tables (not the shadow tables FTS5 makes for itself), then the
    Alembic revision."""
    con = sqlite3.connect(database)
    try:
        rows = con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    finally:
        con.close()
    virtual = [name for _type, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    lines = [f"-- The schema of migration {revision} for a new SQLite database (kiosk/storage/fresh_schema.py).",
             "-- Written by `python -m kiosk.storage.fresh_schema`; do not edit.", ""]
    for type_, name, sql in rows:
        if type_ == "table" and any(name.startswith(f"{table}_") for table in virtual):
            continue
        lines += [f"{sql};", ""]
    lines.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');")
    return "\n".join(lines) + "\n"


def write_schema_file() -> Path:
    """Migrate a new SQLite database with Alembic and write its schema for SCHEMA_HEAD."""
    from alembic import command

    from kiosk.storage.database import open_engine
    from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config

    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "migrated.sqlite3"
        engine = open_engine(f"sqlite:///{database}")
        try:
            command.upgrade(alembic_config(engine), "head")
        finally:
            engine.dispose()
        target = schema_file(SCHEMA_HEAD)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_schema(database, SCHEMA_HEAD), encoding="utf-8")
    for old in target.parent.glob("sqlite-*.sql"):
        if old != target:
            old.unlink()
    return target


if __name__ == "__main__":
    print(f"wrote {write_schema_file()}", file=sys.stderr)
