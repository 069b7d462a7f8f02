# SPDX-License-Identifier: Apache-2.0
"""A kiosk's database from before the policy publications upgraded on each engine: residents'
acceptances and the texts they accepted stay, publishing works; one step down and up again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from kiosk.storage.database import open_engine
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from tests.core.accounts_helpers import Clock
from tests.storage.policy_support import DEC_1, NEW_TERMS, SUPERVISOR, policy_service, westport

BEFORE = "0010"          # the staff tables, before policies could be published


@pytest.fixture
def engine_before(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    command.upgrade(alembic_config(engine), BEFORE)
    yield engine
    engine.dispose()


def _indexes(engine: sa.Engine) -> set[str]:
    return {ix["name"] for ix in sa.inspect(engine).get_indexes("terms_acceptances") if ix["name"]}


def test_upgrade_keeps_acceptances_and_allows_publishing(engine_before):
    engine = engine_before
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO accounts (username, username_key, password_hash, security_question, security_answer_hash, "
            "first_name, last_name, street, city, state, zip_code, phone, email, created_at, updated_at) VALUES "
            "('jsmith', 'jsmith', 'h', 'q', 'a', '', '', '', '', '', '', '', '', :now, :now)"), {"now": DEC_1})
        conn.execute(sa.text("INSERT INTO terms_acceptances (account_id, doc_id, version, sha256, accepted_at, kiosk_id) "
                             "VALUES (1, 'terms', '0.9', :sha, :now, 'lobby-1')"), {"sha": "0" * 64, "now": DEC_1})
        conn.execute(sa.text("INSERT INTO policy_texts (doc_id, version, title, effective, sha256, body) VALUES "
                             "('terms', '0.9', 'Terms', '2020-01-01', :sha, 'Old terms')"), {"sha": "0" * 64})

    assert upgrade(engine) == SCHEMA_HEAD
    assert "policy_publications" in sa.inspect(engine).get_table_names()
    assert "ix_terms_acceptances_doc_version" in _indexes(engine)
    service = policy_service(engine, westport(), Clock(DEC_1))
    assert [(c.version, c.accounts) for c in service.acceptance_counts("terms")] == [("1.0", 0), ("0.9", 1)]
    assert service.publish(SUPERVISOR, "terms", NEW_TERMS, dt.date(2026, 12, 10), "New.").document.version == "1.1"

    command.downgrade(alembic_config(engine), BEFORE)
    assert "policy_publications" not in sa.inspect(engine).get_table_names()
    assert "ix_terms_acceptances_doc_version" not in _indexes(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM terms_acceptances")).scalar_one() == 1
    assert upgrade(engine) == SCHEMA_HEAD
    assert "policy_publications" in sa.inspect(engine).get_table_names()
