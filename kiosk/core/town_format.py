# SPDX-License-Identifier: Apache-2.0
"""Dates, times and phone numbers as the town writes them, for the screen and the paper alike.

One rule for moments, whoever hands them over: an aware datetime is converted to the town's zone
(the pack's ``timezone``); a naive one is UTC, because that is what the kiosk stores (the
database's UTC timestamps, a test's frozen clock). Nothing is shown in the machine's local zone.

The words and their order come from CLDR through Babel, not from hand-written patterns: US English
writes "December 1, 2026, 9:29 PM", Spanish "1 de diciembre de 2026, 21:29". CLDR puts a narrow
no-break space before AM/PM; it is written as a plain space, which every font on screen and paper
draws and which a person (or a test) types.

Babel (about 50 ms with its first locale) is imported when a formatter is first built, not with
this module: :func:`town_time` serves the kiosk's clock without it, and nothing here is on the way
to the kiosk's first paint. :func:`warm_up` loads it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from babel import Locale

# The kiosk's languages and the CLDR locale whose forms they take. Spanish is plain "es": the
# 24-hour clock and "1 de diciembre de 2026" that the town's Spanish text uses.
LOCALES = {"en": "en_US", "es": "es"}
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def town_time(when: dt.datetime, timezone: str) -> dt.datetime:
    """``when`` on the clock of the ``timezone`` (aware). Naive means UTC."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return aware.astimezone(ZoneInfo(timezone))


def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(LOCALES["en"])


class TownFormat:
    """How one town, in one language, writes a moment, a day, a time of day and a phone number."""

    def __init__(self, timezone: str, language: str = "en", region: str = "US") -> None:
        from babel import dates

        self.timezone = timezone
        self.zone = ZoneInfo(timezone)
        self.language = language
        self.region = region              # the town's country: its numbers are written the national way
        self._locale = _locale(language)
        self._dates = dates               # Babel's, imported with the first formatter

    def local(self, when: dt.datetime) -> dt.datetime:
        """``when`` on the town's clock (aware). Naive means UTC (:func:`town_time`)."""
        return town_time(when, self.timezone)

    def moment(self, when: dt.datetime) -> str:
        """'December 1, 2026, 9:29 PM' / '1 de diciembre de 2026, 21:29'."""
        pattern = str(self._dates.get_datetime_format("long", locale=self._locale)).replace("'", "")  # as Babel does
        return pattern.replace("{1}", self.day(when)).replace("{0}", self.clock(when))

    def day(self, day: dt.date) -> str:
        """'December 1, 2026' / '1 de diciembre de 2026'; a datetime gives the town's date of it."""
        if isinstance(day, dt.datetime):
            day = self.local(day).date()
        return _plain(self._dates.format_date(day, "long", locale=self._locale))

    def clock(self, when: dt.datetime) -> str:
        """'9:29 PM' / '21:29'."""
        return _plain(self._dates.format_time(self.local(when), "short", tzinfo=self.zone, locale=self._locale))

    def phone(self, number: str) -> str:
        """'(203) 555-0123' for the town's country, '+44 20 7946 0958' for others; anything that is
        not a valid number comes back as given."""
        import phonenumbers  # its metadata only when a number is shown

        try:
            parsed = phonenumbers.parse(number, self.region)
        except phonenumbers.NumberParseException:
            return number
        if not phonenumbers.is_valid_number(parsed):
            return number
        style = (phonenumbers.PhoneNumberFormat.NATIONAL
                 if phonenumbers.region_code_for_number(parsed) == self.region
                 else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(parsed, style)


@lru_cache(maxsize=16)
def town_format(timezone: str, language: str = "en") -> TownFormat:
    """The formatter of a town and language, built once (it holds nothing that changes)."""
    return TownFormat(timezone, language)


def warm_up(timezone: str, languages: tuple[str, ...] = tuple(LOCALES)) -> None:
    """Import Babel and load the languages' CLDR data now (e.g. on a background thread after the
    first paint), so the first date a resident sees costs nothing."""
    moment = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    for language in languages:
        town_format(timezone, language).moment(moment)
    town_format(timezone).phone("+12035550123")


def long_date(day: dt.date, language: str) -> str:
    """A calendar day in ``language`` ('November 1, 2026'); a day has no zone to convert."""
    return town_format("UTC", language).day(day)


def _plain(value: str) -> str:
    return value.translate(_SPACES)
