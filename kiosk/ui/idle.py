# SPDX-License-Identifier: Apache-2.0
"""Inactivity: after the idle time a warning counts down; no answer ends the visit.

Any touch, click, drag, key press, wheel or on-screen keyboard tap anywhere in the application
restarts the idle clock, so a resident typing a long message is never timed out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text

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
    def from_seconds(cls, idle_s: int, warning_s: int) -> "IdleTimings":
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
        QApplication.instance().installEventFilter(self)
        self.extend()

    def stop(self) -> None:
        """The visit ended (by any path): no more timing, and no warning left on screen."""
        self._active = False
        QApplication.instance().removeEventFilter(self)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY or kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and event.buttons() != Qt.MouseButton.NoButton:
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


class IdleWarning(QFrame):
    """The 'Are you still there?' overlay, covering the whole window while it counts down."""

    def __init__(self, watcher: IdleWatcher, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Are you still there?"))
        card = QFrame(self)
        card.setObjectName("idleWarningCard")
        card.setMaximumWidth(720)
        self.heading = label("title", "idleWarningTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("subtitle", "idleWarningCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time = button("idleMoreTime", "primary")
        self.more_time.clicked.connect(watcher.extend)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(24)
        inner.addWidget(self.heading)
        inner.addWidget(self.countdown)
        inner.addWidget(self.more_time)
        outer = QGridLayout(self)
        outer.addWidget(card, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        watcher.warning_started.connect(self._show)
        watcher.countdown_ticked.connect(self._update_countdown)
        watcher.warning_dismissed.connect(self.hide)
        watcher.timed_out.connect(self.hide)
        self._seconds = 0
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Are you still there?"))
        set_text(self.more_time, self.tr("I need more time"))
        self._update_countdown(self._seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.more_time.setFocus()

    def _update_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        if seconds == 1:
            text = self.tr("For your privacy, this visit will end in 1 second and everything you entered will be cleared.")
        else:
            text = self.tr("For your privacy, this visit will end in {n} seconds and everything you entered will be cleared.").format(n=seconds)
        set_text(self.countdown, text)
