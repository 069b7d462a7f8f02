# SPDX-License-Identifier: Apache-2.0
"""The sign-in lockout shared by residents' accounts and staff accounts: ``attempts`` failures
within ``window`` lock a name for ``lock_for``.

Failures are rows, never a counter, so kiosks sharing a database never fight over one; the
failure that completes a streak also holds the lock. Names are counted under a keyed digest the
caller makes (kiosk.core.account_service, _throttle_key, says why and for how long they are kept).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.accounts import LockoutPolicy


@dataclass(frozen=True, slots=True)
class FailedAttempt:
    """One failed sign-in, security answer or current password, as the lockout reads it."""

    at: dt.datetime
    locked_until: dt.datetime | None = None     # set on the failure that completed a streak


class FailureStore(Protocol):
    def add_failure(self, key_digest: str, at: dt.datetime) -> int:
        """Record a failed attempt; returns its id."""

    def hold_lock(self, failure_id: int, until: dt.datetime) -> None:
        """This failure completed a streak: the name is locked until ``until``."""

    def drop_failure(self, failure_id: int) -> None: ...

    def failures_in_force(self, key_digest: str, counting_after: dt.datetime,
                          now: dt.datetime) -> list[FailedAttempt]:
        """The failures of this key that still count (after ``counting_after``) or hold a lock
        still running at ``now``."""

    def forget_failures(self, counting_after: dt.datetime, now: dt.datetime) -> int:
        """Delete every failure, of any key, that neither counts nor holds a lock any more (the
        rest of failures_in_force); returns how many."""

    def clear_failures(self, key_digest: str) -> None: ...


@dataclass(frozen=True, slots=True)
class LockState:
    locked_until: dt.datetime | None     # aware UTC; None when not locked
    attempts_left: int

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


class Lockout:
    def __init__(self, store: FailureStore, policy: LockoutPolicy) -> None:
        self._store = store
        self.policy = policy

    def state(self, digest: str, now: dt.datetime) -> LockState:
        """Whether ``digest`` is locked at ``now``, and how many tries are left before it is."""
        policy = self.policy
        running, counted = self._in_force(digest, now)
        if running is not None:
            return LockState(running, 0)
        if len(counted) >= policy.attempts:
            # Enough for a lock, yet none held: a kiosk stopped between the two writes of failed(),
            # or the failures are from before migration 0008. Locked from the last of them.
            until = counted[-1] + policy.lock_for
            if until > now:
                return LockState(until, 0)
        return LockState(None, policy.attempts - len(counted))

    def failed(self, digest: str, now: dt.datetime) -> LockState:
        """Count one failure; the one that completes a streak locks the name."""
        policy = self.policy
        self._store.forget_failures(now - policy.window, now)
        failure = self._store.add_failure(digest, now)
        running, counted = self._in_force(digest, now)
        if running is not None:        # another kiosk locked the name since this one looked
            self._store.drop_failure(failure)
            return LockState(running, 0)
        if len(counted) >= policy.attempts:
            until = now + policy.lock_for
            self._store.hold_lock(failure, until)
            return LockState(until, 0)
        return LockState(None, policy.attempts - len(counted))

    def succeeded(self, digest: str) -> None:
        self._store.clear_failures(digest)

    def forget_expired(self, now: dt.datetime) -> int:
        """Delete the failures that neither count toward a lock nor hold one any more; how many."""
        return self._store.forget_failures(now - self.policy.window, now)

    def _in_force(self, digest: str, now: dt.datetime) -> tuple[dt.datetime | None, list[dt.datetime]]:
        """(the lock running at ``now``, if any; the failures counting toward a lock now). A lock
        uses up the failures before it, and tries during it (two kiosks racing) do not count."""
        window = self.policy.window
        attempts = self._store.failures_in_force(digest, now - window, now)
        locks = [a.locked_until for a in attempts if a.locked_until is not None]
        last_lock_end = max(locks, default=None)
        running = last_lock_end if last_lock_end is not None and last_lock_end > now else None
        counted = sorted(a.at for a in attempts
                         if now - a.at < window and (last_lock_end is None or a.at >= last_lock_end))
        return running, counted
