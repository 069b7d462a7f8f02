# SPDX-License-Identifier: Apache-2.0
"""The date ranges a resident picks from when filtering records: one tap, no date typing.

"Past 30 days", "Past 12 months", "Past 5 years", or one calendar year. A range is inclusive
and ends today at the latest (kiosk.core.records.search.SearchQuery.date_from / date_to).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

RECENT = ("30d", "12m", "5y")           # the named ranges, newest first; then calendar years


@dataclass(frozen=True, slots=True)
class DateRange:
    key: str                            # "", "30d", "12m", "5y" or a year such as "2024"
    start: dt.date | None
    end: dt.date | None


ANY_TIME = DateRange("", None, None)


def date_range(key: str, today: dt.date) -> DateRange:
    """The range a choice stands for on ``today``; an unknown key is no filter at all."""
    if key == "30d":
        return DateRange(key, today - dt.timedelta(days=30), today)
    if key == "12m":
        return DateRange(key, _years_before(today, 1) + dt.timedelta(days=1), today)
    if key == "5y":
        return DateRange(key, _years_before(today, 5) + dt.timedelta(days=1), today)
    if key.isdigit() and len(key) == 4 and 1 <= int(key) <= today.year:
        year = int(key)
        return DateRange(key, dt.date(year, 1, 1), min(dt.date(year, 12, 31), today))
    return ANY_TIME


def year_choices(first: int | None, today: dt.date, most: int = 30) -> list[str]:
    """Calendar years to offer, newest first, from this year back to the oldest record's year."""
    oldest = max(first or today.year, today.year - most + 1)
    return [str(year) for year in range(today.year, oldest - 1, -1)]


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:                  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True, slots=True)
class RecordsOverview:
    """What is loaded, for the filter choices and for saying plainly when nothing is."""

    has_parcels: bool
    has_records: bool
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    first_year: int | None = None
    demo: bool = False                  # made-up demo records are loaded (kiosk.storage.demo.generator)
    loading: bool = False               # records are being loaded just now (the first start's demo set)

    @property
    def empty(self) -> bool:
        return not (self.has_parcels or self.has_records)


NOTHING_LOADED = RecordsOverview(False, False)
