# SPDX-License-Identifier: Apache-2.0
"""Two kiosks (two engines, two threads) registering the same user name, or two names that look
alike, at the same moment, on SQLite and PostgreSQL: exactly one account, and the other resident
gets USERNAME_TAKEN. The database refuses a look-alike by itself, whatever checked it before."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from kiosk.core import validation as v
from kiosk.core.account_service import AccountService, NewAccount
from kiosk.core.accounts import (
    CONTACT_FIELDS,
    Acceptance,
    AccountView,
    Contact,
    FieldError,
    FieldErrors,
    LockoutPolicy,
)
from kiosk.storage.accounts_repo import SqlAccountRepository
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.models import Account
from tests.core.accounts_helpers import QUESTIONS, RULES, TERMS_1, Clock, migrated_engine, registration, row_counts


class _InsertTogether(SqlAccountRepository):
    """Both kiosks have passed the "is the name free?" check before either inserts, so the
    database's unique constraint, not the check, has to settle it."""

    def __init__(self, sessions, barrier: threading.Barrier, checks: list[bool]) -> None:
        super().__init__(sessions)
        self._barrier, self._checks = barrier, checks

    def username_taken(self, key: str, skeleton: str) -> bool:
        taken = super().username_taken(key, skeleton)
        self._checks.append(taken)
        return taken

    def create(self, new: NewAccount, acceptance: Acceptance) -> int:
        self._barrier.wait(timeout=30)
        return super().create(new, acceptance)


def _register(start: threading.Barrier, kiosk: AccountService, username: str,
              outcomes: list[AccountView | BaseException | None], i: int) -> None:
    start.wait(timeout=30)
    try:
        outcomes[i] = kiosk.register(registration(username), TERMS_1)
    except BaseException as exc:          # noqa: BLE001 - the test looks at it below
        outcomes[i] = exc


@pytest.fixture
def engines(database_url: str) -> Iterator[tuple[sa.Engine, sa.Engine]]:
    first = migrated_engine(database_url)
    second = open_engine(database_url)          # another kiosk: its own engine and connections
    yield first, second
    second.dispose()
    first.dispose()


@pytest.mark.parametrize("names", [("jsmith", "jsmith"), ("Jane.Doe", "JANE.DOE"), ("ｍａｒｙ", "Mary"),
                                   ("cope1855", "соре1855")])     # look-alikes: Latin and all-Cyrillic
def test_the_same_name_at_the_same_moment_makes_one_account(engines, names):
    for round_ in range(3):
        start, insert, checks = threading.Barrier(2), threading.Barrier(2), []
        kiosks = [AccountService(_InsertTogether(session_factory(engine), insert, checks), RULES, LockoutPolicy(),
                                 f"kiosk-{i}", Clock()) for i, engine in enumerate(engines)]
        outcomes: list[AccountView | BaseException | None] = [None, None]
        threads = [threading.Thread(target=_register, args=(start, kiosks[i], f"{names[i]}{round_}", outcomes, i))
                   for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)

        assert checks == [False, False], "both kiosks must have found the name free"
        made = [o for o in outcomes if isinstance(o, AccountView)]
        refused = [o for o in outcomes if isinstance(o, FieldErrors)]
        assert len(made) == 1 and len(refused) == 1, outcomes
        assert refused[0].errors == {"username": FieldError.USERNAME_TAKEN}
    assert row_counts(engines[0]) == {"accounts": 3, "licences": 3, "terms_acceptances": 3}


def _new_account(name: str) -> NewAccount:
    return NewAccount(username=name, username_key=v.username_key(name), username_skeleton=v.username_skeleton(name),
                      password_hash="$argon2id$not-a-real-hash", security_question=QUESTIONS[0],
                      security_answer_hash="$argon2id$not-a-real-hash", contact=Contact(), licences=(),
                      created_at=dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC))


def _acceptance() -> Acceptance:
    return Acceptance(TERMS_1.doc_id, TERMS_1.version, TERMS_1.sha256,
                      dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC), "lobby-1")


def test_the_insert_of_a_look_alike_is_refused_as_the_name_taken(engines):
    """No "is it free?" check at all: the unique skeleton alone refuses the second name."""
    repo = SqlAccountRepository(session_factory(engines[0]))
    repo.record_policy(TERMS_1)
    repo.create(_new_account("cope1855"), _acceptance())

    with pytest.raises(FieldErrors) as refused:
        repo.create(_new_account("соре1855"), _acceptance())

    assert refused.value.errors == {"username": FieldError.USERNAME_TAKEN}
    assert row_counts(engines[0]) == {"accounts": 1, "licences": 0, "terms_acceptances": 1}


def test_the_database_itself_refuses_a_second_row_with_the_same_skeleton(engines):
    with engines[0].begin() as conn:
        conn.execute(sa.insert(Account).values(_row("cope1855")))
    with pytest.raises(sa.exc.IntegrityError, match="username_skeleton"), engines[1].begin() as conn:
        conn.execute(sa.insert(Account).values(_row("соре1855")))


def _row(name: str) -> dict[str, object]:
    new = _new_account(name)
    return {"username": new.username, "username_key": new.username_key, "username_skeleton": new.username_skeleton,
            "password_hash": new.password_hash, "security_question": new.security_question,
            "security_answer_hash": new.security_answer_hash, "created_at": new.created_at,
            "updated_at": new.created_at, **dict.fromkeys(CONTACT_FIELDS, "")}
