# SPDX-License-Identifier: Apache-2.0
"""Kiosk mode's window covers the screen it is on, and follows it: a rotation, a new resolution,
a move to another screen.

Qt's full screen is a request to the window manager (_NET_WM_STATE_FULLSCREEN on X11). With no
window manager, as on a bare X server, nobody honours it and the window stays where it was, so
the geometry is also set here, frameless and on top. On Wayland a client cannot place itself and
the compositor sizes the window (cage 0.1.4 maximizes its one window to the output and never grants
full screen as such): the window starts at its output's size and asks for full screen, no more.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

REFITS = 3          # times in a row a moved or resized window is put back
SETTLE_MS = 2000    # after which a window still where it was put counts as settled


class ScreenFit(QObject):
    """Owned by the window it keeps on its screen; `show()` replaces the window's show()."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._followed: QScreen | None = None
        self._sized_by_compositor = QGuiApplication.platformName().startswith("wayland")
        self._refits_left = REFITS
        self._refit = QTimer(self)      # one refit for a burst of moves and resizes
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fill)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    def show(self) -> None:
        window = self._window
        # For a window manager that does not honour full screen; a bare X server ignores both.
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        self._fill()                    # mapped at its final geometry, no smaller window first
        window.showFullScreen()
        window.installEventFilter(self)
        window.windowHandle().screenChanged.connect(self._on_screen_changed)
        self._on_screen_changed(window.screen())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange):
            self._put_back()
        return False

    def _on_screen_changed(self, screen: QScreen | None) -> None:
        if self._followed is not None:
            with contextlib.suppress(RuntimeError, TypeError):     # that screen is gone (unplugged)
                self._followed.geometryChanged.disconnect(self._on_screen_resized)
        self._followed = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_screen_resized)
        self._on_screen_resized()

    def _on_screen_resized(self, _geometry: QRect | None = None) -> None:
        self._refits_left = REFITS
        self._refit.start()

    def _off_screen(self) -> bool:
        window = self._window
        return not window.isFullScreen() or (not self._sized_by_compositor
                                             and window.geometry() != window.screen().geometry())

    def _put_back(self) -> None:
        """Moved, resized or taken out of full screen (by a window manager, by the contents): back,
        a few times in a row only, so a window manager that insists is not fought forever."""
        if self._window.isVisible() and self._refits_left and self._off_screen():
            self._refits_left -= 1
            self._refit.start()

    def _fill(self) -> None:
        window = self._window
        if window.isVisible() and not window.isFullScreen():
            window.showFullScreen()
        target = window.screen().geometry()
        if self._sized_by_compositor:
            if not window.isVisible():
                # The first frame at the output's size: a window never sized would come up at its
                # size hint (200x480 under cage) until the compositor's first configure.
                window.resize(target.size())
            return
        if window.geometry() != target:
            window.setGeometry(target)
            self._settle.start()

    def _settled(self) -> None:
        if not self._off_screen():
            self._refits_left = REFITS  # it stayed: the next move is put back too
