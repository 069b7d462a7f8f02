# SPDX-License-Identifier: Apache-2.0
"""The start-up fast path trusts SCHEMA_HEAD: it must name Alembic's head of db/versions."""

from alembic.script import ScriptDirectory

from kiosk.storage.database import open_engine
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config


def test_schema_head_is_alembics_head(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == SCHEMA_HEAD


def _schema(path):
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return (sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=str),
                con.execute("SELECT version_num FROM alembic_version").fetchall())
    finally:
        con.close()


def test_a_new_sqlite_database_gets_exactly_the_schema_the_migrations_make(tmp_path):
    """If this fails after a new migration: python -m kiosk.storage.fresh_schema (and commit the file)."""
    from alembic import command

    from kiosk.storage.fresh_schema import schema_file
    from kiosk.storage.migrations import upgrade

    assert schema_file(SCHEMA_HEAD).is_file(), "no schema file for the newest migration: python -m kiosk.storage.fresh_schema"
    migrated = open_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    command.upgrade(alembic_config(migrated), "head")
    fresh = open_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    assert upgrade(fresh) == SCHEMA_HEAD
    migrated.dispose()
    fresh.dispose()

    assert _schema(tmp_path / "fresh.sqlite3") == _schema(tmp_path / "migrated.sqlite3")


def test_a_database_made_from_the_schema_file_takes_later_migrations_like_any_other(tmp_path):
    """The fast path is only for an empty database: one with a schema goes through Alembic."""
    import sqlalchemy as sa

    from kiosk.storage.migrations import upgrade

    engine = open_engine(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0009'")
        for table in ("audit_chain_head", "audit_log", "staff", "kiosk_service_state"):   # made by 0010 and later
            conn.exec_driver_sql(f"DROP TABLE {table}")
    assert upgrade(engine) == SCHEMA_HEAD        # Alembic re-applies 0010 and what follows
    assert {"staff", "audit_log", "audit_chain_head"} <= set(sa.inspect(engine).get_table_names())
    engine.dispose()
