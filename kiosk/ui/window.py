# SPDX-License-Identifier: Apache-2.0
"""The kiosk's one window: the attract screen, or a visitor screen framed by header and nav bar,
with the on-screen keyboard docked below so it shrinks the screen instead of covering a field.
Nothing inside the window makes it larger than its screen: contents scroll or wrap. In kiosk
mode it covers its screen and follows it (kiosk.ui.screen_fit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.screens.attract import AttractScreen

if TYPE_CHECKING:
    from kiosk.ui.screen_fit import ScreenFit
    from kiosk.ui.widgets.chrome import HeaderBar, NavBar
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard

WINDOWED_SIZE = (1280, 800)     # outside kiosk mode, or the screen's available size if smaller


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
        # Qt's default constraint makes the contents' minimum size the window's: Large text at
        # 1280x800 grew the window to 1280x848, past the screen, and it never shrank back.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.pages)
        self.fit: ScreenFit | None = None

    def present(self) -> None:
        """Shows the window: in kiosk mode on the whole of its screen, and kept there; else at
        WINDOWED_SIZE, or the screen's free area if that is smaller."""
        if self.kiosk_mode:
            from kiosk.ui.screen_fit import ScreenFit  # kiosk mode only: it loads Qt's namespace

            self.fit = ScreenFit(self)
            self.fit.show()
            return
        free = self.screen().availableGeometry()
        self.resize(min(WINDOWED_SIZE[0], free.width()), min(WINDOWED_SIZE[1], free.height()))
        self.show()

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

    def show_attract(self) -> None:
        self.pages.setCurrentIndex(0)
        self.attract.start.setFocus()

    def show_visitor(self) -> None:
        self.pages.setCurrentIndex(1)

    def add_console(self, console: QWidget) -> None:
        """The staff console (kiosk.ui.console), a page of the window like the visitor area."""
        self.console = console
        self.pages.addWidget(console)

    def show_console(self) -> None:
        self.pages.setCurrentWidget(self.console)

    def showing_console(self) -> bool:
        console = getattr(self, "console", None)
        return console is not None and self.pages.currentWidget() is console

    def showing_attract(self) -> bool:
        return self.pages.currentIndex() == 0

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Kiosk mode: the close button, Alt+F4 and the window manager cannot end the kiosk;
        # IT stops it with the service manager (SIGTERM), which sets allow_close.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
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
