# SPDX-License-Identifier: Apache-2.0
"""Shared by the account tests: a migrated database, the real repository, a clock the test turns."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import sqlalchemy as sa

from kiosk.core.account_service import AccountService
from kiosk.core.accounts import Contact, Licence, LockoutPolicy, Registration, RegistrationRules
from kiosk.core.passwords import Argon2idHasher, SecretHasher
from kiosk.core.policies import PolicyDocument
from kiosk.storage.accounts_repo import SqlAccountRepository
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade

QUESTIONS = ("What was the name of your first pet?", "In which town did you go to primary school?",
             "What was the first dish you learned to cook?")
RULES = RegistrationRules(required=frozenset({"first_name", "last_name", "phone", "email"}),
                          security_questions=QUESTIONS, licence_types=("Electrician", "Plumber"), town_state="CT")
ACCOUNT_TABLES = ("accounts", "licences", "terms_acceptances")
TERMS_1 = PolicyDocument("terms", "Terms & Conditions", "1.0", dt.date(2024, 1, 1),
                         "If I am taking any action on this website with respect to a parcel...\n")
TERMS_2 = PolicyDocument("terms", "Terms & Conditions", "1.1", dt.date(2026, 11, 1),
                         "If I am taking any action on this website with respect to a parcel...\n"
                         "What you provide can become a public record.\n")
PASSWORD = "canoe maple 42"
ANSWER = "Biscuit the Beagle"


class Clock:
    def __init__(self, start: dt.datetime = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: Any) -> None:
        self.now += dt.timedelta(**delta)


def migrated_engine(url: str) -> sa.Engine:
    engine = open_engine(url)
    upgrade(engine)
    return engine


def make_service(engine: sa.Engine, clock: Clock | None = None, kiosk_id: str = "lobby-1",
                 lockout: LockoutPolicy = LockoutPolicy(), hasher: SecretHasher | None = None) -> AccountService:
    return AccountService(SqlAccountRepository(session_factory(engine)), RULES, lockout, kiosk_id, clock or Clock(),
                          hasher=hasher)


class CheapHasher(Argon2idHasher):
    """Argon2id at its cheapest, for tests about checks and rows rather than hashes (the real
    parameters are tested in test_passwords.py and test_account_service.py). Its hashes verify
    with the real hasher too: the parameters travel in the hash."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost_kib=8, parallelism=1)


def registration(username: str = "jsmith", **changes: Any) -> Registration:
    reg = Registration(
        username=username, password=PASSWORD, password_again=PASSWORD, security_question=QUESTIONS[0],
        security_answer=ANSWER,
        contact=Contact(first_name="Jane", last_name="Smith", street="110 Myrtle Avenue", city="Westport",
                        state="CT", zip_code="06880", phone="(203) 341-1000", email="jane.smith@example.com"),
        licences=(Licence("Plumber", "P1-123456", "CT"),),
    )
    return dataclasses.replace(reg, **changes)


def row_counts(engine: sa.Engine, tables: tuple[str, ...] = ACCOUNT_TABLES) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in tables}
