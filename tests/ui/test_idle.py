# SPDX-License-Identifier: Apache-2.0
"""Inactivity: a warning that counts down, "I need more time" as often as needed, then the end.

The idle timer runs on a clock each test moves by hand (tests.support.ManualClock): the warning
comes when the test says the idle time has passed, to the millisecond, however busy the machine is."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kiosk.config import ConfigError, validate
from kiosk.core.session import EndReason
from kiosk.ui.idle import IdleTimings, IdleWatcher, QtIdleClock
from tests.support import ManualClock, find, tap, tap_at

# As a kiosk ships: 90 s without a touch, then 30 s of warning (kiosk.config idle_seconds, warning_seconds).
TIMINGS = IdleTimings.from_seconds(90, 30)
IDLE, WARNING = TIMINGS.idle_ms, TIMINGS.warning_ms


def begin(qtbot, make_kiosk):
    clock = ManualClock()
    kiosk = make_kiosk(timings=TIMINGS, idle_clock=clock)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    return kiosk, clock


def test_no_answer_to_the_warning_ends_the_visit(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    warning = find(kiosk.window, "idleWarning")
    ended = []
    kiosk.visits.visit_ended.connect(ended.append)

    clock.advance(IDLE - 1)
    assert not warning.isVisible()
    clock.advance(1)
    assert warning.isVisible()
    assert "30 seconds" in find(warning, "idleWarningCountdown").text()
    clock.advance(WARNING - 1)
    assert not ended and warning.isVisible()
    clock.advance(1)
    assert [reason.value for reason in ended] == ["idle"]
    assert kiosk.window.showing_attract() and not warning.isVisible()


def test_i_need_more_time_can_be_pressed_again_and_again(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    warning = find(kiosk.window, "idleWarning")
    for _ in range(3):
        clock.advance(IDLE)
        assert warning.isVisible()
        clock.advance(WARNING - 1000)                       # answered with a second to spare
        tap(qtbot, find(kiosk.window, "idleMoreTime"))
        assert not warning.isVisible()
        clock.advance(IDLE - 1)                             # a whole idle period again
        assert not warning.isVisible() and kiosk.sessions.current is not None
        clock.advance(1)
        tap(qtbot, find(kiosk.window, "idleMoreTime"))
    assert kiosk.sessions.current is not None and not kiosk.window.showing_attract()


def test_countdown_says_how_long_is_left(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    countdown = find(kiosk.window, "idleWarningCountdown")

    clock.advance(IDLE)
    assert "end in 30 seconds" in countdown.text()
    clock.advance(1000)
    assert "end in 29 seconds" in countdown.text()
    clock.advance(WARNING - 2000)
    assert "end in 1 second " in countdown.text()           # one second, not "1 seconds"


def test_typing_a_long_message_is_never_timed_out(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    tap(qtbot, find(kiosk.navigator.current, "home_policies"))
    field = find(kiosk.navigator.current, "policyFind")
    tap(qtbot, field)
    # A key a moment before each idle period runs out, for far longer than idle time plus warning.
    for _ in range(6):
        clock.advance(IDLE - 1)
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert kiosk.idle.idle_ms_left() == IDLE            # the key started the idle time again
        assert not kiosk.idle.warning
    assert clock.now > 4 * (IDLE + WARNING)
    assert kiosk.sessions.current is not None and field.text() == "a" * 6
    clock.advance(IDLE)                                     # and when the typing stops, the warning comes
    assert kiosk.idle.warning


def test_on_screen_keyboard_taps_count_as_activity(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    tap(qtbot, find(kiosk.navigator.current, "home_policies"))
    tap(qtbot, find(kiosk.navigator.current, "policyFind"))
    qtbot.waitUntil(kiosk.keyboard.isVisible)
    clock.advance(IDLE - 1)
    with qtbot.waitSignal(kiosk.keyboard.key_tapped):
        tap(qtbot, kiosk.keyboard.key("key_a"))
    assert kiosk.idle.idle_ms_left() == IDLE
    clock.advance(IDLE - 1)
    assert not kiosk.idle.warning


def test_a_touch_beside_the_warning_does_not_stop_its_countdown(qtbot, make_kiosk):
    """Only "I need more time" answers: a hand brushing the screen does not keep a visit open."""
    kiosk, clock = begin(qtbot, make_kiosk)
    clock.advance(IDLE)
    warning = find(kiosk.window, "idleWarning")
    assert warning.isVisible()

    tap_at(qtbot, kiosk.window, QPoint(5, 5))               # the dimmed screen, away from the card
    clock.advance(WARNING)

    assert kiosk.window.showing_attract() and not warning.isVisible()


def test_warning_time_can_never_be_set_under_twenty_seconds():
    try:
        validate({"warning_seconds": 19}, "kiosk.toml")
    except ConfigError as exc:
        assert "warning_seconds" in str(exc) and "20" in str(exc)
    else:
        raise AssertionError("a 19 s warning was accepted")


def test_a_visit_ended_during_the_warning_leaves_no_warning_on_screen(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    warning = find(kiosk.window, "idleWarning")
    clock.advance(IDLE)
    assert warning.isVisible()

    kiosk.visits.end(EndReason.STAFF_RESET)

    assert kiosk.window.showing_attract() and not warning.isVisible()
    clock.advance(WARNING)                                  # and the countdown it had is gone with it
    assert kiosk.window.showing_attract()


def test_a_warning_that_comes_late_still_gives_its_whole_time(qapp):
    """A kiosk busy printing may look at the clock late: the resident still gets the full warning."""
    clock = ManualClock()
    watcher = IdleWatcher(TIMINGS, clock)
    countdown, ended = [], []
    watcher.countdown_ticked.connect(countdown.append)
    watcher.timed_out.connect(lambda: ended.append(True))
    watcher.start()
    try:
        clock.now = IDLE + 5000                             # the call due at IDLE came five seconds late
        watcher.poll()
        assert watcher.warning and countdown == [30]
        clock.advance(WARNING - 1)
        assert not ended and countdown[-1] == 1
        clock.advance(1)
        assert ended and not watcher.warning
    finally:
        watcher.stop()


def test_the_kiosks_clock_calls_once_when_asked_and_only_the_last_call_asked_for(qtbot):
    """QtIdleClock, the one `kiosk` runs on: the watcher's decisions rest on it calling back no earlier
    than its time has come on its monotonic clock (later is allowed: the watcher looks at the clock)."""
    clock = QtIdleClock()
    calls = []
    start = clock.now_ms()

    clock.call_after(0, lambda: calls.append("replaced"))
    clock.call_after(30, lambda: calls.append(clock.now_ms() - start))
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)

    assert len(calls) == 1 and calls[0] >= 30
    cancelled = QtIdleClock()
    cancelled.call_after(0, lambda: calls.append("cancelled"))
    cancelled.cancel()
    clock.call_after(30, lambda: calls.append("later"))     # due after the cancelled one would have been
    qtbot.waitUntil(lambda: calls[-1] == "later", timeout=5000)
    assert "cancelled" not in calls and "replaced" not in calls


def test_more_time_makes_the_idle_time_and_the_warning_ten_times_as_long_and_resets(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    warning = find(kiosk.window, "idleWarning")
    ended = []
    kiosk.visits.visit_ended.connect(ended.append)
    tap(qtbot, kiosk.header.more_time)
    assert kiosk.header.more_time.isChecked()

    clock.advance(IDLE)                                  # the town's idle time: no warning yet
    assert not warning.isVisible()
    clock.advance(10 * IDLE - IDLE - 1)
    assert not warning.isVisible()
    clock.advance(1)
    assert warning.isVisible()
    assert "300 seconds" in find(warning, "idleWarningCountdown").text()
    clock.advance(10 * WARNING - 1)
    assert not ended and warning.isVisible()
    clock.advance(1)
    assert [reason.value for reason in ended] == ["idle"]

    tap(qtbot, kiosk.attract.start)                      # the next visitor has the town's times again
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    assert not kiosk.header.more_time.isChecked()
    clock.advance(IDLE)
    assert warning.isVisible()
    assert "30 seconds" in find(warning, "idleWarningCountdown").text()


def test_turning_more_time_off_gives_a_whole_idle_period_not_an_instant_end(qtbot, make_kiosk):
    kiosk, clock = begin(qtbot, make_kiosk)
    warning = find(kiosk.window, "idleWarning")
    tap(qtbot, kiosk.header.more_time)
    clock.advance(5 * IDLE)                               # past the town's idle time, within More time's
    assert not warning.isVisible()
    tap(qtbot, kiosk.header.more_time)
    assert not kiosk.header.more_time.isChecked()
    clock.advance(IDLE - 1)
    assert not warning.isVisible() and kiosk.sessions.current is not None
    clock.advance(1)
    assert warning.isVisible()
    assert "30 seconds" in find(warning, "idleWarningCountdown").text()
