# SPDX-License-Identifier: Apache-2.0
"""Inactivity: a warning that counts down, "I need more time" as often as needed, then the end."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.config import ConfigError, validate
from kiosk.ui.idle import IdleTimings
from tests.support import find, tap

FAST = IdleTimings(idle_ms=300, warning_ms=600, tick_ms=100)


def begin(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)


def test_no_answer_to_the_warning_ends_the_visit(qtbot, make_kiosk):
    kiosk = make_kiosk(timings=FAST)
    begin(qtbot, kiosk)
    warning = find(kiosk.window, "idleWarning")
    ended = []
    kiosk.visits.visit_ended.connect(ended.append)
    qtbot.waitUntil(warning.isVisible, timeout=3000)          # a state, not a signal that may have gone by
    assert "second" in find(warning, "idleWarningCountdown").text()
    qtbot.waitUntil(lambda: bool(ended), timeout=3000)
    assert ended[0].value == "idle"
    assert kiosk.window.showing_attract() and not warning.isVisible()


def test_i_need_more_time_can_be_pressed_again_and_again(qtbot, make_kiosk):
    kiosk = make_kiosk(timings=FAST)
    begin(qtbot, kiosk)
    for _ in range(3):
        qtbot.waitUntil(find(kiosk.window, "idleWarning").isVisible, timeout=3000)
        tap(qtbot, find(kiosk.window, "idleMoreTime"))
        assert not find(kiosk.window, "idleWarning").isVisible()
        assert kiosk.sessions.current is not None
    assert not kiosk.window.showing_attract()


def test_countdown_says_how_long_is_left(qtbot, make_kiosk):
    kiosk = make_kiosk(timings=IdleTimings(idle_ms=100, warning_ms=30_000, tick_ms=1000))
    begin(qtbot, kiosk)
    qtbot.waitUntil(lambda: find(kiosk.window, "idleWarning").isVisible(), timeout=3000)
    assert "30 seconds" in find(kiosk.window, "idleWarningCountdown").text()


def test_typing_a_long_message_is_never_timed_out(qtbot, make_kiosk):
    kiosk = make_kiosk(timings=FAST)
    begin(qtbot, kiosk)
    tap(qtbot, find(kiosk.navigator.current, "home_policies"))
    field = find(kiosk.navigator.current, "policyFind")
    tap(qtbot, field)
    # A key just before each idle period runs out, for longer than idle time plus warning.
    for _ in range(6):
        qtbot.waitUntil(lambda: 0 <= kiosk.idle.idle_ms_left() < 80, timeout=3000)
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert kiosk.idle.idle_ms_left() > FAST.idle_ms - 50
        assert not kiosk.idle.warning
    assert kiosk.sessions.current is not None and field.text() == "a" * 6


def test_on_screen_keyboard_taps_count_as_activity(qtbot, make_kiosk):
    kiosk = make_kiosk(timings=FAST)
    begin(qtbot, kiosk)
    tap(qtbot, find(kiosk.navigator.current, "home_policies"))
    tap(qtbot, find(kiosk.navigator.current, "policyFind"))
    qtbot.waitUntil(kiosk.keyboard.isVisible)
    key = kiosk.keyboard.key("key_a")
    qtbot.waitUntil(lambda: 0 <= kiosk.idle.idle_ms_left() < 150, timeout=3000)
    with qtbot.waitSignal(kiosk.keyboard.key_tapped):
        tap(qtbot, key)
    assert kiosk.idle.idle_ms_left() > FAST.idle_ms - 100


def test_warning_time_can_never_be_set_under_twenty_seconds():
    try:
        validate({"warning_seconds": 19}, "kiosk.toml")
    except ConfigError as exc:
        assert "warning_seconds" in str(exc) and "20" in str(exc)
    else:
        raise AssertionError("a 19 s warning was accepted")


def test_a_visit_ended_during_the_warning_leaves_no_warning_on_screen(qtbot, make_kiosk):
    from kiosk.core.session import EndReason
    kiosk = make_kiosk(timings=IdleTimings(idle_ms=100, warning_ms=30_000, tick_ms=1000))
    begin(qtbot, kiosk)
    warning = find(kiosk.window, "idleWarning")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    kiosk.visits.end(EndReason.STAFF_RESET)
    assert kiosk.window.showing_attract() and not warning.isVisible()
