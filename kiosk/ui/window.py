# SPDX-License-Identifier: Apache-2.0
"""The kiosk's one window: the attract screen, or a visitor screen framed by header and nav bar,
with the on-screen keyboard docked below so it shrinks the screen instead of covering a field."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QStackedWidget, QVBoxLayout, QWidget

from typing import TYPE_CHECKING

from kiosk.ui.screens.attract import AttractScreen

if TYPE_CHECKING:
    from kiosk.ui.idle import IdleWarning
    from kiosk.ui.widgets.chrome import HeaderBar, NavBar
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard


class KioskWindow(QFrame):
    """Built in two steps: the attract screen first, so it paints at once; the visitor area
    (header, screens, nav bar, keyboard) once the slow half of start-up is done."""

    def __init__(self, attract: AttractScreen, kiosk_mode: bool) -> None:
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle(attract.welcome.text().splitlines()[0])
        self.attract = attract
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(attract)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.overlays: list[QWidget] = []

    def add_visitor_area(self, header: HeaderBar, screens: QStackedWidget, nav: NavBar,
                         keyboard: OnScreenKeyboard) -> None:
        self.header, self.screens, self.nav, self.keyboard = header, screens, nav, keyboard
        screens.setObjectName("screenStack")
        self.visitor = visitor = QWidget()
        visitor.setObjectName("visitorArea")
        column = QVBoxLayout(visitor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(screens, 1)
        column.addWidget(nav)
        column.addWidget(keyboard)
        self.pages.addWidget(visitor)

    def add_overlay(self, overlay: IdleWarning) -> None:
        overlay.setGeometry(self.rect())
        self.overlays.append(overlay)

    def show_attract(self) -> None:
        self.pages.setCurrentIndex(0)
        self.attract.start.setFocus()

    def show_visitor(self) -> None:
        self.pages.setCurrentIndex(1)

    def showing_attract(self) -> bool:
        return self.pages.currentIndex() == 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        for overlay in self.overlays:
            overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Kiosk mode: the close button, Alt+F4 and the window manager cannot end the kiosk;
        # IT stops it with the service manager (SIGTERM), which sets allow_close.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: the window paints before Qt's namespace loads

        if event.key() == Qt.Key.Key_Escape:
            event.accept()   # never leaves kiosk mode, never closes anything
            return
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()  # Enter presses the focused button, as on the town's web pages
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if self.kiosk_mode and event.type() == QEvent.Type.WindowStateChange and not self.isFullScreen():
            self.showFullScreen()
        return super().event(event)
