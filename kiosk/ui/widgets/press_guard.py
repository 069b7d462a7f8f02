# SPDX-License-Identifier: Apache-2.0
"""Whether a finger (or the mouse) is down anywhere in the application.

A layout that changes between a press and its release moves the target from under the
finger: the release lands on something else and the tap is lost (issue 10, item 1). Code
that would change the layout in reaction to a press (the on-screen keyboard hiding when a
button takes the focus) asks :meth:`PressGuard.held` and waits for :attr:`settled`.

``settled`` comes one event-loop turn after the last release, so the release has been
delivered and the click it makes has been handled (and whatever that click changed is the
state to show).

Every mouse and touch event reaches its top-level window (a ``QWindow``) before any widget,
so the guard filters the application's windows rather than the application: an application
event filter written in Python runs for every event of every widget (a screen being built
sends thousands) and made showing a screen several times slower. A release that goes to a
window the guard does not watch yet (a popup that opened on the press) is caught by asking
Qt for the mouse buttons while a press is held.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTouchEvent, QWindow

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
_RELEASES = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})
_TOUCH = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})
POLL_MS = 100  # while a press is held: did its release go somewhere unwatched?


class PressGuard(QObject):
    """Knows when a press is held on any of the application's windows, and when its tap is over."""

    settled = Signal()  # the last press's release was delivered and its click handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mouse = False
        self._touch = False
        self._settling = False
        self._pressed: tuple[QWindow, QPointF] | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_buttons)
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.focusWindowChanged.connect(self.watch_windows)
        self.watch_windows()

    def watch_windows(self, *_: object) -> None:
        """Watch every top-level window there is now; called again as windows come and go."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # Qt keeps one installation per filter

    def held(self) -> bool:
        """True from a press until one event-loop turn after its release."""
        return self._mouse or self._touch or self._settling

    def pressed_at(self) -> tuple[QWindow, QPointF] | None:
        """The window and global position of the held press."""
        return self._pressed if self.held() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in _PRESSES:
            if not (self._mouse or self._touch):
                self._pressed = (watched, _global_position(event))  # type: ignore[assignment]
            if kind in _TOUCH:
                self._touch = True
            else:
                self._mouse = True
                self._poll.start()
        elif kind in _RELEASES:
            if kind in _TOUCH:
                self._touch = False
            else:  # other buttons may still be down
                self._mouse = cast(QMouseEvent, event).buttons() != Qt.MouseButton.NoButton
            self._released()
        return False

    def _released(self) -> None:
        if not self._mouse:
            self._poll.stop()
        if not self._settling:
            self._settling = True
            # A zero timer runs once this release has been dispatched and its click handled.
            QTimer.singleShot(0, self, self._settle)

    def _check_buttons(self) -> None:
        if self._mouse and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._mouse = False  # released on a window not watched yet (a popup)
            self.watch_windows()
            self._released()

    def _settle(self) -> None:
        self._settling = False
        if not (self._mouse or self._touch):
            self._pressed = None
            self.settled.emit()


def _global_position(event: QEvent) -> QPointF:
    if hasattr(event, "globalPosition"):
        return event.globalPosition()  # QMouseEvent
    points = cast(QTouchEvent, event).points()
    return points[0].globalPosition() if points else QPointF()
