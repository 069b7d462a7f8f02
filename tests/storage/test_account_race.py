# SPDX-License-Identifier: Apache-2.0
"""Two kiosks (two engines, two threads) registering the same user name at the same moment, on
SQLite and PostgreSQL: exactly one account, and the other resident gets USERNAME_TAKEN."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from kiosk.core.account_service import AccountService, NewAccount
from kiosk.core.accounts import Acceptance, AccountView, FieldError, FieldErrors, LockoutPolicy
from kiosk.storage.accounts_repo import SqlAccountRepository
from kiosk.storage.database import open_engine, session_factory
from tests.core.accounts_helpers import RULES, TERMS_1, Clock, migrated_engine, registration, row_counts


class _InsertTogether(SqlAccountRepository):
    """Both kiosks have passed the "is the name free?" check before either inserts, so the
    database's unique constraint, not the check, has to settle it."""

    def __init__(self, sessions, barrier: threading.Barrier, checks: list[bool]) -> None:
        super().__init__(sessions)
        self._barrier, self._checks = barrier, checks

    def username_taken(self, key: str) -> bool:
        taken = super().username_taken(key)
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


@pytest.mark.parametrize("names", [("jsmith", "jsmith"), ("Jane.Doe", "JANE.DOE"), ("ｍａｒｙ", "Mary")])
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
