# SPDX-License-Identifier: Apache-2.0
"""Inactivity: after the idle time a warning counts down; no answer ends the visit.

Any touch, click, drag, key press, wheel or on-screen keyboard tap anywhere in the application
restarts the idle clock, so a resident typing a long message is never timed out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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


class IdleWatcher(QObject):
    warning_started = Signal()
    countdown_ticked = Signal(int)   # seconds left
    warning_dismissed = Signal()
    timed_out = Signal()

    def __init__(self, timings: IdleTimings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timings = timings
        self._idle = QTimer(self, singleShot=True, interval=timings.idle_ms)
        self._idle.timeout.connect(self._on_idle)
        self._tick = QTimer(self, interval=timings.tick_ms)
        self._tick.timeout.connect(self._on_tick)
        self._left_ms = 0
        self._active = False
        self.warning = False

    def start(self) -> None:
        """Watch a visit: from now on, inactivity ends it."""
        self._active = True
        cast(QApplication, QApplication.instance()).installEventFilter(self)
        self.extend()

    def stop(self) -> None:
        """The visit ended (by any path): no more timing, and no warning left on screen."""
        self._active = False
        cast(QApplication, QApplication.instance()).removeEventFilter(self)
        self._idle.stop()
        self._tick.stop()
        if self.warning:
            self.warning = False
            self.warning_dismissed.emit()

    def activity(self) -> None:
        """Something the visitor did; ignored while the warning is up (only its button answers)."""
        if self._active and not self.warning:
            self._idle.start()

    def extend(self) -> None:
        """'I need more time': a full idle period again, as often as asked."""
        was_warning = self.warning
        self.warning = False
        self._tick.stop()
        self._idle.start()
        if was_warning:
            self.warning_dismissed.emit()

    def idle_ms_left(self) -> int:
        """Time until the warning; -1 while the warning is up or no visit is watched."""
        return self._idle.remainingTime()

    def seconds_left(self) -> int:
        return -(-self._left_ms // 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY or (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent)
                                 and event.buttons() != Qt.MouseButton.NoButton):
            self.activity()
        return False

    def _on_idle(self) -> None:
        self.warning = True
        self._left_ms = self.timings.warning_ms
        self._tick.start()
        self.warning_started.emit()
        self.countdown_ticked.emit(self.seconds_left())

    def _on_tick(self) -> None:
        self._left_ms -= self.timings.tick_ms
        if self._left_ms <= 0:
            self.warning = False
            self.stop()
            self.timed_out.emit()
        else:
            self.countdown_ticked.emit(self.seconds_left())


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
