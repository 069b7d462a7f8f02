# SPDX-License-Identifier: Apache-2.0
"""The one formatter of dates, times and phone numbers: the town's zone, either language, any input."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.town_format import TownFormat, long_date, town_format, town_time

WESTPORT = "America/New_York"
WINTER = dt.datetime(2026, 12, 2, 2, 29, tzinfo=dt.UTC)      # 9:29 PM EST the evening before
SUMMER = dt.datetime(2026, 7, 4, 1, 29, tzinfo=dt.UTC)       # 9:29 PM EDT the evening before


@pytest.mark.parametrize("when, language, moment, day, clock", [
    (WINTER, "en", "December 1, 2026, 9:29 PM", "December 1, 2026", "9:29 PM"),
    (WINTER, "es", "1 de diciembre de 2026, 21:29", "1 de diciembre de 2026", "21:29"),
    (SUMMER, "en", "July 3, 2026, 9:29 PM", "July 3, 2026", "9:29 PM"),
    (SUMMER, "es", "3 de julio de 2026, 21:29", "3 de julio de 2026", "21:29"),
])
def test_a_moment_is_written_in_the_towns_time_and_the_visitors_language(when, language, moment, day, clock):
    fmt = TownFormat(WESTPORT, language)

    assert fmt.moment(when) == moment
    assert fmt.day(when) == day
    assert fmt.clock(when) == clock


def test_an_aware_moment_is_converted_whatever_its_zone():
    fmt = town_format(WESTPORT, "en")
    in_paris = WINTER.astimezone(ZoneInfo("Europe/Paris"))
    in_westport = WINTER.astimezone(ZoneInfo(WESTPORT))

    assert fmt.moment(in_paris) == fmt.moment(in_westport) == "December 1, 2026, 9:29 PM"
    assert fmt.local(in_paris) == in_westport and fmt.local(in_paris).tzinfo == ZoneInfo(WESTPORT)


def test_a_naive_moment_is_utc():
    fmt = town_format(WESTPORT, "en")
    naive = WINTER.replace(tzinfo=None)

    assert fmt.moment(naive) == "December 1, 2026, 9:29 PM"
    assert fmt.local(naive) == WINTER
    assert town_format("America/Los_Angeles", "en").clock(naive) == "6:29 PM"


def test_town_time_keeps_the_same_rule_without_babel():
    assert town_time(WINTER.replace(tzinfo=None), WESTPORT) == WINTER
    assert town_time(WINTER, WESTPORT).tzinfo == ZoneInfo(WESTPORT)
    assert town_time(WINTER, WESTPORT).hour == 21
    script = ("import sys, datetime as dt; import kiosk.app; from kiosk.core.town_format import town_time; "
              "town_time(dt.datetime(2026, 1, 1), 'America/New_York'); "
              "assert 'babel' not in sys.modules, 'Babel before the first paint'")
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_clock_changes_with_daylight_saving_time():
    fmt = town_format(WESTPORT, "en")
    before = dt.datetime(2026, 3, 8, 6, 59, tzinfo=dt.UTC)     # 1:59 AM EST
    after = before + dt.timedelta(minutes=1)                           # 3:00 AM EDT: 2 AM never happens

    assert (fmt.clock(before), fmt.clock(after)) == ("1:59 AM", "3:00 AM")
    assert fmt.clock(dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.UTC)) == "1:30 AM"   # EDT, first time
    assert fmt.clock(dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC)) == "1:30 AM"   # EST, again


def test_only_plain_spaces_come_out():
    for language in ("en", "es"):
        written = town_format(WESTPORT, language).moment(WINTER)
        assert "\u202f" not in written and "\u00a0" not in written


def test_a_calendar_day_is_not_shifted_by_any_zone():
    day = dt.date(2026, 11, 1)

    assert town_format("Pacific/Honolulu", "en").day(day) == "November 1, 2026"
    assert town_format("Pacific/Kiritimati", "es").day(day) == "1 de noviembre de 2026"
    assert long_date(day, "en") == "November 1, 2026" and long_date(day, "es") == "1 de noviembre de 2026"


def test_midnight_and_noon_in_english():
    fmt = town_format(WESTPORT, "en")

    assert fmt.clock(dt.datetime(2026, 1, 5, 5, 0)) == "12:00 AM"
    assert fmt.clock(dt.datetime(2026, 1, 5, 17, 0)) == "12:00 PM"
    assert town_format(WESTPORT, "es").clock(dt.datetime(2026, 1, 5, 5, 0)) == "0:00"


def test_a_language_without_forms_of_its_own_falls_back_to_english():
    assert town_format(WESTPORT, "xx-not-a-language").moment(WINTER) == "December 1, 2026, 9:29 PM"


def test_the_formatter_of_a_town_and_language_is_built_once():
    assert town_format(WESTPORT, "es") is town_format(WESTPORT, "es")
    assert town_format(WESTPORT, "es") is not town_format(WESTPORT, "en")


@pytest.mark.parametrize("given, shown", [
    ("+12035550123", "(203) 555-0123"),              # as stored (E.164)
    ("2035550123", "(203) 555-0123"),                # as typed
    ("203.555.0123", "(203) 555-0123"),
    ("+442079460958", "+44 20 7946 0958"),           # abroad: international
    ("+14165550123", "+1 416-555-0123"),             # Canada shares +1 but is another country
    ("call me", "call me"),                          # not a number: as given
    ("12345", "12345"),                              # too short to be one
    ("", ""),
])
def test_phone_numbers_are_written_the_towns_way(given, shown):
    for language in ("en", "es"):
        assert town_format(WESTPORT, language).phone(given) == shown
