# SPDX-License-Identifier: Apache-2.0
"""Inactivity: after the idle time a warning counts down; no answer ends the visit.

Any touch, click, drag, key press, wheel or on-screen keyboard tap anywhere in the application
restarts the idle clock, so a resident typing a long message is never timed out.

The watcher decides by an IdleClock it is given: the kiosk's runs on QElapsedTimer and a QTimer
(QtIdleClock, wired in kiosk.app), a test's moves only when the test says (tests.support.ManualClock).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.modal import ModalCard

_ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TabletPress,
})


@dataclass(frozen=True, slots=True)
class IdleTimings:
    idle_ms: int
    warning_ms: int
    tick_ms: int = 1000

    @classmethod
    def from_seconds(cls, idle_s: int, warning_s: int) -> IdleTimings:
        return cls(idle_s * 1000, warning_s * 1000)

    def times(self, factor: int) -> IdleTimings:
        """The idle time and the warning ``factor`` times as long ("More time"); the countdown
        still ticks every second."""
        return IdleTimings(self.idle_ms * factor, self.warning_ms * factor, self.tick_ms)


class IdleClock(Protocol):
    """What the watcher needs of time: what time it is, and a call when its next deadline comes.

    The watcher decides from ``now_ms`` alone whether a deadline has passed; the call only wakes it
    to look, so a call that comes early or late changes nothing but when it looks. Tests pass a
    clock they move by hand (tests.support.ManualClock), so no test depends on the machine's speed."""

    def now_ms(self) -> int:
        """Milliseconds on a monotonic clock (one the wall clock's changes do not move)."""
        ...

    def call_after(self, ms: int, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, ``ms`` from now, instead of any call still waiting."""
        ...

    def cancel(self) -> None:
        """No call waiting any more."""
        ...


class QtIdleClock(QObject):
    """The kiosk's IdleClock: QElapsedTimer's monotonic time and one single-shot QTimer on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timeout)
        self._callback: Callable[[], None] | None = None

    def now_ms(self) -> int:
        return self._elapsed.elapsed()

    def call_after(self, ms: int, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(max(ms, 0))

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None

    def _on_timeout(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


class IdleWatcher(QObject):
    """Times a visit: ``timings.idle_ms`` without activity starts the warning, which counts down every
    ``tick_ms`` and ends the visit after ``warning_ms`` unless "I need more time" (``extend``) is pressed."""

    warning_started = Signal()
    countdown_ticked = Signal(int)   # seconds left
    warning_dismissed = Signal()
    timed_out = Signal()

    def __init__(self, timings: IdleTimings, clock: IdleClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.town_timings = timings      # the town's settings; ``timings`` may be longer for a visitor
        self.timings = timings
        self._clock = clock
        self._active = False
        self.warning = False
        self._idle_until = 0         # on the clock: when the warning starts, unless there is activity first
        self._warning_until = 0      # while the warning is up: when the visit ends
        self._next_tick = 0          # while the warning is up: when the countdown next changes

    def start(self) -> None:
        """Watch a visit: from now on, inactivity ends it."""
        self._active = True
        cast(QApplication, QApplication.instance()).installEventFilter(self)
        self.extend()

    def stop(self) -> None:
        """The visit ended (by any path): no more timing, and no warning left on screen."""
        self._active = False
        cast(QApplication, QApplication.instance()).removeEventFilter(self)
        self._clock.cancel()
        if self.warning:
            self.warning = False
            self.warning_dismissed.emit()

    def set_time_factor(self, factor: int) -> None:
        """Every time limit ``factor`` times the town's ("More time" on, 1: off). The idle time
        left starts again at the new length, so turning it off never ends a visit at once."""
        timings = self.town_timings.times(factor)
        if timings != self.timings:
            self.timings = timings
            if self._active and not self.warning:
                self.extend()

    def activity(self) -> None:
        """Something the visitor did; ignored while the warning is up (only its button answers).
        Only the deadline moves: the call already asked for comes sooner, and looks again then."""
        if self._active and not self.warning:
            self._idle_until = self._clock.now_ms() + self.timings.idle_ms

    def extend(self) -> None:
        """'I need more time': a full idle period again, as often as asked."""
        if not self._active:
            return
        was_warning = self.warning
        self.warning = False
        self._idle_until = self._clock.now_ms() + self.timings.idle_ms
        self._wake_at_next_deadline()
        if was_warning:
            self.warning_dismissed.emit()

    def poll(self) -> None:
        """Look at the clock: start the warning, count it down or end the visit, if the time has come."""
        if not self._active:
            return
        now = self._clock.now_ms()
        if not self.warning and now >= self._idle_until:
            self._warn(now)
        elif self.warning and now >= self._warning_until:
            self.warning = False     # the visit ends: the warning goes with it, not "dismissed"
            self.stop()
            self.timed_out.emit()
        elif self.warning and now >= self._next_tick:
            while self._next_tick <= now:        # a late look shows the time left, not every tick missed
                self._next_tick += self.timings.tick_ms
            self._wake_at_next_deadline()
            self.countdown_ticked.emit(self.seconds_left())
        else:
            self._wake_at_next_deadline()        # early, or activity moved the deadline: look again then

    def idle_ms_left(self) -> int:
        """Time until the warning; -1 while the warning is up or no visit is watched."""
        if not self._active or self.warning:
            return -1
        return max(self._idle_until - self._clock.now_ms(), 0)

    def seconds_left(self) -> int:
        """While the warning is up: whole seconds until the visit ends, rounded up."""
        return -(-max(self._warning_until - self._clock.now_ms(), 0) // 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY or (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent)
                                 and event.buttons() != Qt.MouseButton.NoButton):
            self.activity()
        return False

    def _warn(self, now: int) -> None:
        # The warning gets its whole time from when it shows, even if this look came late.
        self.warning = True
        self._warning_until = now + self.timings.warning_ms
        self._next_tick = now + self.timings.tick_ms
        self._wake_at_next_deadline()
        self.warning_started.emit()
        self.countdown_ticked.emit(self.seconds_left())

    def _wake_at_next_deadline(self) -> None:
        # Asked for before the signals go out, so a slot that stops or extends has the last word.
        due = min(self._next_tick, self._warning_until) if self.warning else self._idle_until
        self._clock.call_after(max(due - self._clock.now_ms(), 0), self.poll)


class IdleWarning(ModalCard):
    """The 'Are you still there?' question over the whole window while it counts down: a dialog
    that screen readers announce, and that blocks the screen below until it is answered."""

    def __init__(self, watcher: IdleWatcher, parent: QWidget) -> None:
        super().__init__(parent, "idleWarning", card_max_width=820)
        self.heading = label("title", "idleWarningTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("subtitle", "idleWarningCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time = button("idleMoreTime", "primary")
        self.more_time.clicked.connect(watcher.extend)
        for widget in (self.heading, self.countdown, self.more_time):
            self.card_layout.addWidget(widget)
        watcher.warning_started.connect(lambda: self.open_card(self.more_time))
        watcher.countdown_ticked.connect(self._update_countdown)
        watcher.warning_dismissed.connect(self.close_card)
        watcher.timed_out.connect(self.close_card)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Are you still there?"))
        self.setAccessibleName(self.heading.text())
        set_text(self.more_time, self.tr("I need more time"))
        self._update_countdown(self._seconds)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        if seconds == 1:
            text = self.tr("For your privacy, this visit will end in 1 second and everything you entered will be cleared.")
        else:
            text = self.tr("For your privacy, this visit will end in {n} seconds and everything you entered will be "
                           "cleared.").format(n=seconds)
        set_text(self.countdown, text)
        self.setAccessibleDescription(text)
