# SPDX-License-Identifier: Apache-2.0
"""A resident's visit through the real screens: tap in, move around, and end it every way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.core.session import EndReason
from tests.support import find, tap


def start_visit(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None and kiosk.navigator.current.screen_id == "home")
    return kiosk.navigator.current


def test_attract_screen_shows_town_and_invites_a_tap(qtbot, kiosk):
    assert kiosk.window.showing_attract()
    assert "Town of Westport" in kiosk.attract.welcome.text()
    assert "Touch the screen to begin" in kiosk.attract.start.accessibleName()
    assert not kiosk.header.isVisible()


def test_tap_starts_visit_with_home_menu(qtbot, kiosk):
    home = start_visit(qtbot, kiosk)
    assert kiosk.sessions.current is not None
    for name in ("home_search", "home_register", "home_signin", "home_contact", "home_policies"):
        assert find(home, name).isVisible()
    for name in ("toggleLanguage", "toggleLargeText", "toggleHighContrast", "navStartOver", "navFinish"):
        assert find(kiosk.window, name).isVisible()
    assert not find(kiosk.window, "navBack").isVisible()          # Home has nowhere to go back to


def test_search_needs_no_account(qtbot, kiosk):
    tap(qtbot, find(start_visit(qtbot, kiosk), "home_search"))
    assert kiosk.header.screen_title.text() == "Search records"
    assert "No account needed" in find(kiosk.navigator.current, "searchIntro").text()


def test_back_returns_to_the_previous_screen(qtbot, kiosk):
    home = start_visit(qtbot, kiosk)
    assert not kiosk.nav.back.isVisible()
    tap(qtbot, find(home, "home_policies"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "policies")
    tap(qtbot, kiosk.nav.back)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "home")
    assert kiosk.header.screen_title.text() == "Home"


@pytest.mark.parametrize("button, reason", [("navFinish", "finish"), ("navStartOver", "start_over")])
def test_finish_and_start_over_end_the_visit(qtbot, kiosk, button, reason):
    start_visit(qtbot, kiosk)
    token = kiosk.sessions.current.token
    with qtbot.waitSignal(kiosk.visits.visit_ended) as ended:
        tap(qtbot, find(kiosk.window, button))
    assert ended.args[0].value == reason
    assert kiosk.window.showing_attract()
    assert kiosk.sessions.current is None
    assert kiosk.attract.farewell.isVisible() == (reason == "finish")
    kiosk.recorder.flush()
    summary_tokens = [r.token for r in _usage_rows(kiosk)]
    assert summary_tokens == [token]


def test_physical_keyboard_starts_a_visit_and_escape_does_nothing(qtbot, kiosk):
    kiosk.attract.start.setFocus()
    qtbot.keyClick(kiosk.attract.start, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert kiosk.window.isVisible() and not kiosk.window.showing_attract()


def test_a_new_visit_starts_fresh_on_home(qtbot, kiosk):
    home = start_visit(qtbot, kiosk)
    tap(qtbot, find(home, "home_policies"))
    tap(qtbot, kiosk.nav.start_over)
    home2 = start_visit(qtbot, kiosk)
    assert not kiosk.nav.back.isVisible()
    assert kiosk.navigator.current is home2


def test_a_reset_rebuilds_the_screens_a_visit_showed_and_keeps_those_nobody_opened(qtbot, kiosk):
    def built():
        return {s.screen_id: s for s in kiosk.navigator.screens()}

    home = start_visit(qtbot, kiosk)
    qtbot.waitUntil(lambda: {"search", "register"} <= set(built()))      # built ahead, while nobody looks
    ahead = built()
    tap(qtbot, find(home, "home_search"))
    searched = kiosk.navigator.current
    qtbot.keyClicks(find(searched, "searchQuery"), "12 main")
    tap(qtbot, kiosk.header.language)                  # Spanish reaches the screens nobody opened too
    qtbot.waitUntil(lambda: find(ahead["register"], "registerCancel").text() == "Cancelar")
    tap(qtbot, kiosk.nav.finish)

    home_again = start_visit(qtbot, kiosk)
    qtbot.waitUntil(lambda: "search" in built())
    now = built()
    assert home_again is not home and now["search"] is not searched          # shown: thrown away, built anew
    assert find(now["search"], "searchQuery").text() == ""
    assert now["register"] is ahead["register"]                              # never shown: kept
    qtbot.waitUntil(lambda: find(now["register"], "registerCancel").text() == "Cancel")   # back in English


def test_staff_reset_ends_a_visit_from_outside(qtbot, kiosk):
    start_visit(qtbot, kiosk)
    kiosk.visits.end(EndReason.STAFF_RESET)
    assert kiosk.window.showing_attract() and kiosk.sessions.current is None


def test_kiosk_mode_refuses_to_close(qtbot, make_kiosk):
    kiosk = make_kiosk(fullscreen=True)
    qtbot.waitUntil(kiosk.window.isFullScreen)
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()
    qtbot.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()


def test_windowed_mode_closes_normally(qtbot, kiosk):
    assert kiosk.window.close() is True


def _usage_rows(kiosk):
    from sqlalchemy import select

    from kiosk.storage.database import session_factory
    from kiosk.storage.models import UsageSession
    with session_factory(kiosk.engine)() as s:
        return s.scalars(select(UsageSession)).all()


def test_the_kiosk_is_one_window_that_keeps_the_focus(qtbot, kiosk):
    from PySide6.QtWidgets import QApplication

    from tests.ui.widget_walk import visit_every_screen
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    for _screen in visit_every_screen(kiosk):
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert shown == [kiosk.window]
    assert kiosk.window.isActiveWindow()
