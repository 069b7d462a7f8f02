# SPDX-License-Identifier: Apache-2.0
"""A version of the terms published by staff (at another kiosk of the same database) reaches this
kiosk by itself: from its effective date the home screen announces it, and a resident who signs
in is asked to accept it, with what changed shown, before doing business."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.pack import load_pack
from kiosk.paths import towns_dir
from kiosk.storage.database import open_engine
from tests.core.accounts_helpers import Clock
from tests.storage.policy_support import SUPERVISOR, policy_service
from tests.support import find, tap
from tests.ui.test_accounts_flow import PASSWORD, register, sign_in

PUBLISHED_ON = dt.datetime(2026, 12, 20, 15, 0, tzinfo=dt.UTC)
EFFECTIVE = dt.date(2027, 1, 5)          # privacy 1.1 (1 November) is old news by then: the notice is the terms'
ADDED = "Messages sent through the kiosk are kept for three years."


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "tray"


def publish_terms_elsewhere(kiosk, clock) -> None:
    """A supervisor publishes terms 1.1 (effective 5 January) at the front desk's kiosk; this one
    reads it at its next refresh, made 20 ms instead of a minute."""
    engine = open_engine(kiosk.prepared.database_url)
    try:
        old = kiosk.prepared.pack.policy("terms", EFFECTIVE).body_markdown
        policy_service(engine, load_pack(towns_dir() / "westport"), clock, kiosk_id="front-desk").publish(
            SUPERVISOR, "terms", f"{old}\n{ADDED}\n", EFFECTIVE, "How long messages are kept.")
    finally:
        engine.dispose()
    kiosk.policy_refresh.start(20)


def test_published_terms_are_announced_and_must_be_accepted(qtbot, make_kiosk, printed):
    clock = Clock(PUBLISHED_ON)
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed), now=clock)
    register(qtbot, kiosk)
    tap(qtbot, kiosk.nav.finish)

    publish_terms_elsewhere(kiosk, clock)
    qtbot.waitUntil(lambda: kiosk.prepared.pack.policy("terms", EFFECTIVE).version == "1.1", timeout=10_000)

    clock.now = dt.datetime(2027, 1, 5, 15, 0, tzinfo=dt.UTC)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None and kiosk.navigator.current.screen_id == "home")
    notice = find(kiosk.navigator.current, "homePolicyNotice")
    assert notice.isVisible() and "terms and conditions changed on" in notice.text()
    tap(qtbot, kiosk.nav.finish)

    sign_in(qtbot, kiosk, "harbor.resident", PASSWORD)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "terms_update", timeout=10_000)
    screen = kiosk.navigator.current
    qtbot.waitUntil(lambda: "Added:" in find(screen, "termsUpdateChanges").toPlainText(), timeout=10_000)
    assert ADDED in find(screen, "termsUpdateChanges").toPlainText()
    assert "Version 1.1 is now in force" in find(screen, "termsUpdateIntro").text()
    tap(qtbot, find(screen, "termsUpdateAccept"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)
    assert kiosk.sessions.current.may_do_business
    qtbot.waitUntil(lambda: "version 1.1" in find(kiosk.navigator.current, "accountTerms").text(), timeout=10_000)


def test_a_change_to_come_is_announced_and_readable_before_it_applies(qtbot, make_kiosk, printed):
    """Westport: "We will tell our users about policy changes through notices": published on
    20 December to apply on 5 January, the new terms are announced from the day they are
    published, and a resident can read them beside the version still in force."""
    clock = Clock(PUBLISHED_ON)
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed), now=clock)
    publish_terms_elsewhere(kiosk, clock)
    qtbot.waitUntil(lambda: kiosk.prepared.pack.upcoming_policies(PUBLISHED_ON.date()) != [], timeout=10_000)

    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None and kiosk.navigator.current.screen_id == "home")
    notice = find(kiosk.navigator.current, "homePolicyNotice")
    assert notice.isVisible()
    assert "terms and conditions change on January 5, 2027" in notice.text()
    tap(qtbot, notice)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "policies")
    screen = kiosk.navigator.current
    text, meta, upcoming = find(screen, "policyText"), find(screen, "policyMeta"), find(screen, "policyUpcoming")
    assert "in force since" in meta.text() and ADDED not in text.toPlainText()      # still the version in force
    assert upcoming.text() == "Read the version that takes effect on January 5, 2027"

    tap(qtbot, upcoming)
    assert "version 1.1, takes effect on January 5, 2027" in meta.text()
    assert ADDED in text.toPlainText()
    assert find(screen, "policyChanges").text() == "What will change: How long messages are kept."
    tap(qtbot, upcoming)
    assert upcoming.text() != "Back to the version in force" and ADDED not in text.toPlainText()

    clock.now = dt.datetime(2027, 1, 5, 15, 0, tzinfo=dt.UTC)     # once in force: nothing more to come
    tap(qtbot, find(screen, "policy_privacy"))
    tap(qtbot, find(screen, "policy_terms"))
    assert not upcoming.isVisible() and ADDED in text.toPlainText()
