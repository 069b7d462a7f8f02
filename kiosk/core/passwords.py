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

from typing import Protocol

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TIME_COST = 1
MEMORY_COST_KIB = 47104
PARALLELISM = 1

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM,
                         hash_len=32, salt_len=16, type=Type.ID)

# A hash of a random secret nobody knows, with the parameters above (tests/core/test_passwords.py
# checks they match): verifying against it costs what a real verify costs, so a sign-in with an
# unknown user name takes as long as one with a known name.
_DUMMY_HASH = ("$argon2id$v=19$m=47104,t=1,p=1$KlicmRHfmChUmBEPZkZDDQ$"
               "ukZYr5YCwLWFdm3ysTjBrohpbTjoPqswzAOEkFYlJYM")


def _bytes(secret: str) -> bytes:
    return secret.encode("utf-8", "surrogatepass")   # never fails, even on a lone surrogate


def hash_secret(secret: str) -> str:
    """A new salted Argon2id hash (``$argon2id$...``) of ``secret``."""
    return _hasher.hash(_bytes(secret))


def verify_secret(stored_hash: str, secret: str) -> bool:
    """True when ``secret`` matches; False on a mismatch or an unreadable hash. Never raises."""
    try:
        return _hasher.verify(stored_hash, _bytes(secret))
    except (VerifyMismatchError, VerificationError, InvalidHashError, ValueError, TypeError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """The hash was made with other parameters than today's (rehash after a successful verify)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError, TypeError):
        return True


def dummy_verify(secret: str) -> bool:
    """Spend the time of a real verify and answer False: for a user name that has no account."""
    verify_secret(_DUMMY_HASH, secret)
    return False


class SecretHasher(Protocol):
    """What AccountService hashes and verifies secrets with: Argon2id in the kiosk
    (:class:`Argon2Hasher`); a test about checks and rows may hand in a cheaper one."""

    def hash(self, secret: str) -> str: ...

    def verify(self, stored_hash: str, secret: str) -> bool:
        """Never raises."""

    def needs_rehash(self, stored_hash: str) -> bool: ...

    def dummy_verify(self, secret: str) -> bool:
        """The time of a real verify, answering False (an unknown user name)."""


class Argon2Hasher:
    """The kiosk's hasher: the functions above, with the parameters this module documents."""

    def hash(self, secret: str) -> str:
        return hash_secret(secret)

    def verify(self, stored_hash: str, secret: str) -> bool:
        return verify_secret(stored_hash, secret)

    def needs_rehash(self, stored_hash: str) -> bool:
        return needs_rehash(stored_hash)

    def dummy_verify(self, secret: str) -> bool:
        return dummy_verify(secret)
