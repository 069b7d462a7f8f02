# SPDX-License-Identifier: Apache-2.0
"""Argon2id hashes for passwords and security answers; nothing else ever holds them.

Parameters: Argon2id, m = 47104 KiB (46 MiB), t = 1, p = 1, 16-byte salt, 32-byte hash. This is the
first of OWASP's equivalent Argon2id settings (Password Storage Cheat Sheet: m=46 MiB t=1 p=1,
m=19 MiB t=2 p=1, ...), chosen over the 19 MiB one because more memory costs a GPU attacker more
for the same time here. Measured on the 2-core development machine (argon2-cffi 25.1): one hash
takes ~53 ms (median of 9, max ~60 ms); m=19 MiB t=2 takes ~21 ms and argon2's RFC 9106 low-memory
profile (64 MiB, t=3, p=4) ~130 ms. Registration hashes twice (password and security answer), so
46 MiB keeps it near 110 ms of the 300 ms budget and leaves the other core to the screen (p=1).
A stored hash with other parameters still verifies; ``needs_rehash`` says when to store a new one.
"""

from __future__ import annotations

import secrets
from typing import Protocol

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TIME_COST = 1
MEMORY_COST_KIB = 47104
PARALLELISM = 1

# A hash of a random secret nobody knows, with the parameters above (tests/core/test_passwords.py
# checks they match): verifying against it costs what a real verify costs, so a sign-in with an
# unknown user name takes as long as one with a known name.
_DUMMY_HASH = ("$argon2id$v=19$m=47104,t=1,p=1$KlicmRHfmChUmBEPZkZDDQ$"
               "ukZYr5YCwLWFdm3ysTjBrohpbTjoPqswzAOEkFYlJYM")


def _bytes(secret: str) -> bytes:
    return secret.encode("utf-8", "surrogatepass")   # never fails, even on a lone surrogate



class SecretHasher(Protocol):
    """What the account and staff services hash and verify secrets with: Argon2id in the kiosk
    (:data:`DEFAULT`); a test about checks and rows may hand in a cheaper one."""

    def hash(self, secret: str) -> str: ...

    def verify(self, stored_hash: str, secret: str) -> bool:
        """Never raises."""

    def needs_rehash(self, stored_hash: str) -> bool: ...

    def dummy_verify(self, secret: str) -> bool:
        """The time of a real verify, answering False (an unknown user name)."""


class Argon2idHasher:
    """Hashes and verifies secrets with Argon2id. Services take one (tests may hand in a cheaper
    one); the module functions below use DEFAULT, with the parameters above."""

    def __init__(self, time_cost: int = TIME_COST, memory_cost_kib: int = MEMORY_COST_KIB,
                 parallelism: int = PARALLELISM, dummy_hash: str | None = None) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism,
                                      hash_len=32, salt_len=16, type=Type.ID)
        self._dummy_hash = dummy_hash

    def hash(self, secret: str) -> str:
        """A new salted Argon2id hash (``$argon2id$...``) of ``secret``."""
        return self._hasher.hash(_bytes(secret))

    def verify(self, stored_hash: str, secret: str) -> bool:
        """True when ``secret`` matches; False on a mismatch or an unreadable hash. Never raises."""
        try:
            return self._hasher.verify(stored_hash, _bytes(secret))
        except (VerifyMismatchError, VerificationError, InvalidHashError, ValueError, TypeError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """The hash was made with other parameters than this hasher's (rehash after a successful verify)."""
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError, TypeError):
            return True

    def dummy_verify(self, secret: str) -> bool:
        """Spend the time of a real verify and answer False: for a user name that has no account."""
        if self._dummy_hash is None:
            self._dummy_hash = self.hash(secrets.token_urlsafe(24))
        self.verify(self._dummy_hash, secret)
        return False


DEFAULT = Argon2idHasher(dummy_hash=_DUMMY_HASH)


def hash_secret(secret: str) -> str:
    """A new salted Argon2id hash (``$argon2id$...``) of ``secret``."""
    return DEFAULT.hash(secret)


def verify_secret(stored_hash: str, secret: str) -> bool:
    """True when ``secret`` matches; False on a mismatch or an unreadable hash. Never raises."""
    return DEFAULT.verify(stored_hash, secret)


def needs_rehash(stored_hash: str) -> bool:
    """The hash was made with other parameters than today's (rehash after a successful verify)."""
    return DEFAULT.needs_rehash(stored_hash)


def dummy_verify(secret: str) -> bool:
    """Spend the time of a real verify and answer False: for a user name that has no account."""
    return DEFAULT.dummy_verify(secret)
