# SPDX-License-Identifier: Apache-2.0
"""A database from before the assist-and-retention migration, with an account in it, upgraded on
each engine: staff find the account by its name and e-mail at once, and it signs in as before."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from kiosk.core.accounts import LockoutPolicy, SignInOutcome
from kiosk.core.assist_service import AssistService
from kiosk.core.passwords import hash_secret
from kiosk.core.staff import Actor
from kiosk.storage.assist_repo import SqlAssistRepository
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from tests.core.accounts_helpers import PASSWORD, QUESTIONS, RULES, Clock, make_service

AT = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
REVISION = "0012"        # assist and retention: the search keys


def test_accounts_stored_before_get_their_search_keys(database_url):
    engine = open_engine(database_url)
    before = ScriptDirectory.from_config(alembic_config(engine)).get_revision(REVISION).down_revision
    command.upgrade(alembic_config(engine), str(before))
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO accounts (username, username_key, username_skeleton, password_hash, security_question, "
            "security_answer_hash, first_name, last_name, street, city, state, zip_code, phone, email, created_at, "
            "updated_at) VALUES ('jose.r', 'jose.r', 'jose.r', :p, :q, :p, 'José', 'Ramírez', '', '', '', '', '', "
            "'Jose.R@Example.com', :at, :at)"), {"p": hash_secret(PASSWORD), "q": QUESTIONS[0], "at": AT})
    assert upgrade(engine) == SCHEMA_HEAD
    assist = AssistService(SqlAssistRepository(session_factory(engine)), RULES, LockoutPolicy(),
                           "desk-1", Clock())
    it = Actor.command_line("it")
    assert [m.username for m in assist.find(it, "ramirez")] == ["jose.r"]
    assert [m.username for m in assist.find(it, "jose.r@example.com")] == ["jose.r"]
    assert make_service(engine).sign_in("jose.r", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    engine.dispose()
