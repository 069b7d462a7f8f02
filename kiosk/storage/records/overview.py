# SPDX-License-Identifier: Apache-2.0
"""What public records are loaded: any at all, their types and statuses, the oldest year."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from kiosk.core.records.filters import RecordsOverview
from kiosk.core.records.search import DEMO_SOURCE
from kiosk.storage.models import Parcel, PublicRecord


def records_overview(sessions: Callable[[], Session]) -> RecordsOverview:
    with sessions() as s:
        has_parcels = s.execute(sa.select(sa.exists().where(Parcel.id.is_not(None)))).scalar_one()
        has_records = s.execute(sa.select(sa.exists().where(PublicRecord.id.is_not(None)))).scalar_one()
        if not has_records:
            return RecordsOverview(bool(has_parcels), False)
        types = s.execute(sa.select(PublicRecord.record_type).where(PublicRecord.record_type.is_not(None))
                          .distinct().order_by(PublicRecord.record_type)).scalars().all()
        statuses = s.execute(sa.select(PublicRecord.status).where(PublicRecord.status.is_not(None))
                             .distinct().order_by(PublicRecord.status)).scalars().all()
        demo = s.execute(sa.select(sa.exists().where(PublicRecord.source == DEMO_SOURCE))).scalar_one()
        earliest = s.execute(sa.select(sa.func.min(sa.func.coalesce(PublicRecord.applied_on, PublicRecord.issued_on))))\
            .scalar_one()
    first: int | None
    if isinstance(earliest, str):            # SQLite hands back the stored text for a function's result
        first = int(earliest[:4]) if earliest[:4].isdigit() else None
    else:
        first = earliest.year if earliest is not None else None
    return RecordsOverview(bool(has_parcels), True, tuple(cast("Sequence[str]", types)),    # NULLs left out above
                           tuple(cast("Sequence[str]", statuses)), first, bool(demo))


class CachedOverview:
    """records_overview() for the search screen of every visit, asked of the database once per
    ``ttl`` at most: on a town's 500,000 records it reads them all (about half a second), and
    records change by nightly import. "Nothing loaded" is never kept (it is cheap to ask), so
    records loaded meanwhile show at once. While records are being loaded (``loading()``, around
    the first start's demo load) the overview says so and is not kept; when the load ends, however
    it ends, what was kept is dropped, so the next ask sees what was loaded."""

    def __init__(self, sessions: Callable[[], Session], ttl_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._sessions, self._ttl_s, self._clock = sessions, ttl_s, clock
        self._lock = threading.Lock()
        self._kept: tuple[float, RecordsOverview] | None = None
        self._loads = 0                  # loads under way (a count: two may overlap)
        self._generation = 0             # moves on whenever the kept one is dropped: an answer read before is not kept

    def __call__(self) -> RecordsOverview:
        with self._lock:
            if self._kept is not None and self._clock() - self._kept[0] < self._ttl_s:
                return self._kept[1]
            generation, loading = self._generation, self._loads > 0
        overview = records_overview(self._sessions)
        if loading:
            return replace(overview, loading=True)
        if not overview.empty:
            with self._lock:
                if generation == self._generation and self._loads == 0:
                    self._kept = (self._clock(), overview)
        return overview

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Around a load of records: meanwhile every ask says ``loading``; afterwards (done or
        failed) the next ask reads the database again."""
        with self._lock:
            self._loads += 1
            self._forget()
        try:
            yield
        finally:
            with self._lock:
                self._loads -= 1
                self._forget()

    def invalidate(self) -> None:
        """Forget what was kept: the next ask reads the database (e.g. after an import)."""
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        self._generation += 1
        self._kept = None
