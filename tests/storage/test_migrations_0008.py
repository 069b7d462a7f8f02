# SPDX-License-Identifier: Apache-2.0
"""A kiosk's database from before migration 0008, with accounts and failed sign-ins in it,
upgraded on each engine: look-alike skeletons are filled in, everyone can still sign in, and the
new rule holds from the first moment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from kiosk.core.accounts import FieldError, FieldErrors, SignInOutcome
from kiosk.core.passwords import hash_secret
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from tests.core.accounts_helpers import PASSWORD, QUESTIONS, TERMS_1, Clock, make_service, registration

CONTACT = ("first_name", "last_name", "street", "city", "state", "zip_code", "phone", "email")
AT = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def engine_at_0007(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    command.upgrade(alembic_config(engine), "0007")
    yield engine
    engine.dispose()


def add_account(conn: sa.Connection, username: str, key: str, password_hash: str) -> None:
    """An account as 0002-0007 stored it (no skeleton)."""
    empty = ", ".join(["''"] * len(CONTACT))
    conn.execute(sa.text(
        "INSERT INTO accounts (username, username_key, password_hash, security_question, security_answer_hash, "
        f"{', '.join(CONTACT)}, created_at, updated_at) VALUES (:u, :k, :p, :q, :a, {empty}, :at, :at)"),
        {"u": username, "k": key, "p": password_hash, "q": QUESTIONS[0], "a": password_hash, "at": AT})


def test_accounts_get_their_skeletons_and_the_older_of_two_look_alikes_keeps_it(engine_at_0007):
    engine = engine_at_0007
    password_hash = hash_secret(PASSWORD)
    with engine.begin() as conn:
        add_account(conn, "cope1855", "cope1855", password_hash)
        add_account(conn, "соре1855", "соре1855", password_hash)       # all Cyrillic, allowed before 0008
        add_account(conn, "JSmith", "jsmith", password_hash)
        conn.execute(sa.text("INSERT INTO sign_in_failures (key_digest, at) VALUES (:d, :at)"),
                     {"d": "0" * 64, "at": AT})

    assert upgrade(engine) == SCHEMA_HEAD

    with engine.connect() as conn:
        skeletons = dict(conn.execute(sa.text("SELECT username, username_skeleton FROM accounts")).all())
        failures = conn.execute(sa.text("SELECT count(*) FROM sign_in_failures WHERE locked_until IS NULL")).scalar()
    assert skeletons == {"cope1855": "copel855", "соре1855": None, "JSmith": "jsrnith"}     # 1 is l, m is rn
    assert failures == 1

    service = make_service(engine, Clock())
    for name in ("cope1855", "соре1855", "jsmith"):      # the newer look-alike keeps its account
        assert service.sign_in(name, PASSWORD).outcome is SignInOutcome.SIGNED_IN
    for look_alike in ("copel855", "COPE1855", "jsrnith"):
        with pytest.raises(FieldErrors) as refused:
            service.register(registration(look_alike), TERMS_1)
        assert refused.value.errors == {"username": FieldError.USERNAME_TAKEN}, look_alike
    assert service.register(registration("harbor.resident"), TERMS_1).username == "harbor.resident"


def test_down_to_0007_and_up_again(engine_at_0007):
    engine = engine_at_0007
    upgrade(engine)
    command.downgrade(alembic_config(engine), "0007")

    columns = {t: {c["name"] for c in sa.inspect(engine).get_columns(t)}
               for t in ("accounts", "sign_in_failures", "records", "parcels")}
    assert "username_skeleton" not in columns["accounts"] and "locked_until" not in columns["sign_in_failures"]
    assert upgrade(engine) == SCHEMA_HEAD
