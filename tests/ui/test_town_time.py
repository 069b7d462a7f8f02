# SPDX-License-Identifier: Apache-2.0
"""Screens give times in the town's zone and phone numbers the town's way, in the visitor's language."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk.core.accounts import SignInOutcome, SignInResult
from kiosk.core.town_format import town_format
from kiosk.ui.screens.signin import sign_in_refusal
from tests.support import find, tap
from tests.ui.test_accounts_flow import fill_registration, next_step
from tests.ui.widget_walk import sign_in_a_resident

WESTPORT = "America/New_York"


def begin(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    return kiosk.navigator.current


@pytest.mark.parametrize("until, english, spanish", [
    (dt.datetime(2026, 12, 2, 2, 45, tzinfo=dt.UTC), "9:45 PM", "21:45"),    # EST
    (dt.datetime(2026, 7, 2, 1, 45, tzinfo=dt.UTC), "9:45 PM", "21:45"),     # EDT
])
def test_the_lockout_says_until_when_on_the_towns_clock(qtbot, kiosk, until, english, spanish):
    begin(qtbot, kiosk)
    screen = kiosk.navigator.go("signin")
    locked = SignInResult(SignInOutcome.LOCKED, locked_until=until, attempts_left=0)

    words = sign_in_refusal(screen, locked)
    assert f"locked until {english} after too many attempts" in words
    assert until.strftime("%H:%M") not in words                         # not the UTC time

    tap(qtbot, kiosk.header.language)
    qtbot.waitUntil(lambda: screen.language() == "es")
    assert spanish in sign_in_refusal(screen, locked) and "PM" not in sign_in_refusal(screen, locked)


def test_registering_shows_the_phone_and_the_time_the_towns_way(qtbot, kiosk):
    begin(qtbot, kiosk)
    tap(qtbot, find(kiosk.navigator.current, "home_register"))
    screen = kiosk.navigator.current
    fill_registration(qtbot, screen)                                    # phone typed as 2035550123
    assert "(203) 555-0123" in find(screen, "review_contact").text()
    next_step(qtbot, screen)
    tap(qtbot, find(screen, "registerAccept"))
    receipt = find(screen, "registerReceipt")
    qtbot.waitUntil(lambda: "Your account has been created" in receipt.text(), timeout=10_000)

    created = kiosk.accounts.account(kiosk.sessions.current.account_id).created_at
    shown = re.search(r"Created: (.*)", receipt.text()).group(1)
    assert shown == town_format(WESTPORT, "en").moment(created)
    assert re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M", shown), shown


def test_my_account_shows_the_phone_and_the_terms_date_the_towns_way(qtbot, kiosk):
    begin(qtbot, kiosk)
    sign_in_a_resident(kiosk)                                           # phone stored as +12035550199
    account = kiosk.navigator.go("account")

    qtbot.waitUntil(lambda: find(account, "phone").text() == "(203) 555-0199")     # once the account is loaded
    accepted = kiosk.accounts.account(kiosk.sessions.current.account_id).terms.accepted_at
    assert f"on {town_format(WESTPORT, 'en').day(accepted)}." in find(account, "accountTerms").text()
    tap(qtbot, kiosk.header.language)
    qtbot.waitUntil(lambda: town_format(WESTPORT, "es").day(accepted) in find(account, "accountTerms").text())
