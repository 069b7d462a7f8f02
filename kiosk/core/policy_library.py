# SPDX-License-Identifier: Apache-2.0
"""The town's policies as every screen reads them: the pack's versions with the versions staff
published layered over them.

The pack's files are the baseline. Kiosks that share a database must all show what a supervisor
published at any one of them, so published versions live in the database; a published version
with a later effective date supersedes the pack's (on the same date, the published one wins).

Why a snapshot in memory, refreshed now and then, rather than a query per read: ``pack.policy``
is asked on the GUI thread at nearly every screen (sign-in, registration, the home notice,
policies, new terms), and a query there would freeze the screen whenever the database is slow.
Effective dates are whole days and a version never takes effect in the past (PolicyService
refuses that), so a kiosk that learns of a publication a minute late shows nothing wrong for
long: the composition root refreshes it off the GUI thread every minute (kiosk.app), and the
kiosk where it was published at once. The core imports no storage: the refresh hands in a
plain list of published versions (PolicyService.refresh reads it through its repository).

A refresh builds the merged histories first and then swaps one reference, so a screen reading
at the same time sees the old set or the new one whole, never half of each.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kiosk.core.policies import PolicyDocument, PolicyHistory


class PolicySource(enum.StrEnum):
    PACK = "pack"               # a file of the town pack
    PUBLISHED = "published"     # published by staff, stored in the database


@dataclass(frozen=True, slots=True)
class PublishedPolicy:
    """A version staff published, as the repository hands it over."""

    document: PolicyDocument
    published_at: dt.datetime          # aware UTC
    published_by: str                  # the staff user name, or kiosk-admin:<OS user>
    kiosk_id: str                      # where it was published


@dataclass(frozen=True, slots=True)
class _Snapshot:
    merged: Mapping[str, PolicyHistory]
    published: Mapping[tuple[str, str], PublishedPolicy]     # by (doc id, version)


class PolicyLibrary:
    def __init__(self, baseline: Mapping[str, PolicyHistory]) -> None:
        self._baseline = dict(baseline)
        self._now = _Snapshot(self._baseline, {})

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(self._baseline)

    def history(self, doc_id: str) -> PolicyHistory:
        """Every version, the pack's and the published ones, in the order they take effect."""
        return self._now.merged[doc_id]

    def policy(self, doc_id: str, today: dt.date) -> PolicyDocument:
        return self._now.merged[doc_id].in_force(today)

    def notices(self, today: dt.date) -> list[PolicyDocument]:
        """Versions that took effect recently and replaced an earlier one: announced on the home screen."""
        return [d for h in self._now.merged.values() if (d := h.recently_changed(today)) is not None]

    def upcoming(self, today: dt.date) -> list[PolicyDocument]:
        """Versions published to take effect later: announced on the home screen before they apply."""
        return [d for h in self._now.merged.values() if (d := h.upcoming(today)) is not None]

    def publication(self, doc: PolicyDocument) -> PublishedPolicy | None:
        """Who published this version and when; None for a version of the pack."""
        found = self._now.published.get((doc.doc_id, doc.version))
        return found if found is not None and found.document == doc else None

    def update(self, published: Iterable[PublishedPolicy]) -> None:
        """Layer these published versions (all of them, as stored) over the pack's."""
        by_key = {(p.document.doc_id, p.document.version): p for p in published
                  if p.document.doc_id in self._baseline}
        merged: dict[str, PolicyHistory] = {}
        for doc_id, history in self._baseline.items():
            layered = [(v.effective, 0, v) for v in history.versions]
            layered += [(p.document.effective, 1, p.document) for (d, _), p in by_key.items() if d == doc_id]
            layered.sort(key=lambda t: (t[0], t[1]))
            merged[doc_id] = PolicyHistory(doc_id, tuple(v for _, _, v in layered))
        self._now = _Snapshot(merged, by_key)       # one reference swapped: readers see old or new, whole
