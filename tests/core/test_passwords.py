# SPDX-License-Identifier: Apache-2.0
"""Argon2id hashing: the documented parameters, mismatches and damaged hashes answered with False,
and a dummy verify that costs what a real one costs (sign-in timing must not reveal a user name)."""

from __future__ import annotations

import statistics
import time

import pytest
from argon2 import PasswordHasher
from argon2.low_level import Type

from kiosk.core import passwords
from kiosk.core.passwords import dummy_verify, hash_secret, needs_rehash, verify_secret


def test_hashes_are_argon2id_with_the_documented_parameters():
    hashed = hash_secret("canoe maple 42")

    assert hashed.startswith("$argon2id$v=19$m=47104,t=1,p=1$")
    assert "canoe" not in hashed
    assert hash_secret("canoe maple 42") != hashed            # a new salt every time
    assert not needs_rehash(hashed)


def test_verify_says_yes_only_to_the_same_secret():
    hashed = hash_secret("canoe maple 42")

    assert verify_secret(hashed, "canoe maple 42")
    assert not verify_secret(hashed, "canoe maple 43")
    assert not verify_secret(hashed, "")


@pytest.mark.parametrize("damaged", ["", "not a hash", "$argon2id$v=19$m=47104,t=1,p=1$abc$def", "$2b$12$abcdefghijk",
                                     "\x00", "$argon2id$" + "a" * 10_000])
def test_a_damaged_hash_is_a_mismatch_not_a_crash(damaged):
    assert verify_secret(damaged, "canoe maple 42") is False
    assert needs_rehash(damaged) is True


@pytest.mark.parametrize("secret", ["", "\x00", "\ud800", "😀" * 1000, "שלום", "a" * 10_000])
def test_any_text_can_be_hashed_and_verified(secret):
    hashed = hash_secret(secret)
    assert verify_secret(hashed, secret)
    assert dummy_verify(secret) is False


def test_old_parameters_still_verify_and_ask_for_a_rehash():
    old = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, type=Type.ID).hash("canoe maple 42")

    assert verify_secret(old, "canoe maple 42")
    assert needs_rehash(old)


def test_the_dummy_hash_uses_todays_parameters():
    """If the parameters change, the dummy must change with them or unknown names answer faster."""
    assert not needs_rehash(passwords._DUMMY_HASH)


def test_an_unknown_name_costs_as_much_as_a_known_one():
    hashed = hash_secret("canoe maple 42")

    def timed(check) -> float:
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            check()
            runs.append(time.perf_counter() - started)
        return statistics.median(runs)

    real = timed(lambda: verify_secret(hashed, "wrong guess 1"))
    dummy = timed(lambda: dummy_verify("wrong guess 1"))

    assert 0.5 < dummy / real < 2.0


def test_one_hash_stays_within_the_budget():
    hash_secret("warm up")
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        hash_secret("canoe maple 42")
        runs.append(time.perf_counter() - started)
    assert min(runs) < 0.150
