# SPDX-License-Identifier: Apache-2.0
"""How staff open the console on the kiosk: press and hold the window's top-left corner for
HOLD_MS, or Ctrl+Alt+S on a keyboard.

A resident will not do it by accident: the zone is small (ZONE_PX square, nothing drawn there),
the finger must stay inside it the whole time, and a release or a move out of it before the time
is up starts nothing. Nothing changes on screen while holding. The hold is timed by an injected
IdleClock (kiosk.ui.idle), so tests hold for exactly as long as they say. When the hold opens the
console, the button the finger pressed (the attract screen's Start, say) is let go without its
click, so the release that follows starts no visit.
"""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui.idle import IdleClock

HOLD_MS = 3000
ZONE_PX = 56
SHORTCUT = "Ctrl+Alt+S"


class ConsoleOpening(QObject):
    requested = Signal()

    def __init__(self, window: QWidget, clock: IdleClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._pressed_at: int | None = None        # on the clock, while a hold in the zone lasts
        self._press_point = QPoint()
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.requested)
        cast(QApplication, QApplication.instance()).installEventFilter(self)
        self.enabled = True           # off while the console itself is on show

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Mouse events reach the window's QWindow first, in window coordinates, whatever widget
        # is under the finger (a touch arrives here as the mouse events Qt makes of it).
        if (not self.enabled or not isinstance(event, QMouseEvent) or not isinstance(watched, QWindow)
                or not shiboken6.isValid(self._window) or watched is not self._window.windowHandle()):
            return False
        kind = event.type()
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            if _in_zone(point):
                self._pressed_at, self._press_point = self._clock.now_ms(), point
                self._clock.call_after(HOLD_MS, self._check)
            else:
                self._cancel()
        elif kind == QEvent.Type.MouseButtonRelease or (kind == QEvent.Type.MouseMove and not _in_zone(point)):
            self._cancel()
        return False

    def _check(self) -> None:
        if self._pressed_at is None:
            return
        left = HOLD_MS - (self._clock.now_ms() - self._pressed_at)
        if left > 0:
            self._clock.call_after(left, self._check)
            return
        self._pressed_at = None
        pressed = self._window.childAt(self._press_point)
        while pressed is not None and not isinstance(pressed, QAbstractButton):
            pressed = pressed.parentWidget()
        if pressed is not None:
            pressed.setDown(False)       # its release will not click it
        self.requested.emit()

    def _cancel(self) -> None:
        if self._pressed_at is not None:
            self._pressed_at = None
            self._clock.cancel()


def _in_zone(point: QPoint) -> bool:
    return 0 <= point.x() < ZONE_PX and 0 <= point.y() < ZONE_PX
