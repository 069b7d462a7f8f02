# SPDX-License-Identifier: Apache-2.0
"""A kiosk's database from before migration 0010 upgraded on each engine: the staff tables come,
the residents' accounts stay, the audit log's guards are in place; down to 0009 and up again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from kiosk.core.audit import verify_chain
from kiosk.core.staff import StaffRole
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from tests.core.accounts_helpers import Clock
from tests.storage.staff_support import IT, PASSWORD, make_service

NEW_TABLES = {"staff", "audit_log", "audit_chain_head"}


@pytest.fixture
def engine_at_0009(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    command.upgrade(alembic_config(engine), "0009")
    yield engine
    engine.dispose()


def test_upgrade_adds_staff_and_a_guarded_audit_log(engine_at_0009):
    engine = engine_at_0009
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO accounts (username, username_key, password_hash, security_question, security_answer_hash, "
            "first_name, last_name, street, city, state, zip_code, phone, email, created_at, updated_at) VALUES "
            "('jsmith', 'jsmith', 'h', 'q', 'a', '', '', '', '', '', '', '', '', :now, :now)"), {"now": now})
    assert not NEW_TABLES & set(sa.inspect(engine).get_table_names())

    assert upgrade(engine) == SCHEMA_HEAD

    assert set(sa.inspect(engine).get_table_names()) >= NEW_TABLES
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT username FROM accounts")).scalars().all() == ["jsmith"]
    service = make_service(engine, Clock())
    service.add(IT, "mgarcia", "Maria Garcia", StaffRole.SUPERVISOR, PASSWORD, PASSWORD)
    log = SqlAuditLog(session_factory(engine))
    assert verify_chain(log.entries(), log.head()).entries == 1
    with pytest.raises(SqlDatabaseError), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")


def test_down_to_0009_and_up_again(engine_at_0009):
    engine = engine_at_0009
    upgrade(engine)
    make_service(engine, Clock()).add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, PASSWORD, PASSWORD)

    command.downgrade(alembic_config(engine), "0009")

    assert not NEW_TABLES & set(sa.inspect(engine).get_table_names())
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_proc WHERE proname = 'kiosk_audit_append_only'"
                                        ).scalar() == 0
    assert upgrade(engine) == SCHEMA_HEAD
    assert make_service(engine, Clock()).list() == []
