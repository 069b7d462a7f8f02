# SPDX-License-Identifier: Apache-2.0
"""The frame around every visitor screen: the town and the screen's title with the display
toggles above, Back / Start over / Finish below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.session import DisplayPrefs
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.flow import FlowLayout

_GAP = 8          # between the header's controls


class HeaderBar(QFrame):
    """While a resident is signed in, the header says so ("Signed in as NAME") beside a Sign out
    button. The controls wrap onto a second line rather than be cut off (Large text, narrow screens)."""

    prefs_changed = Signal(object)   # DisplayPrefs the visitor chose
    sign_out_requested = Signal()

    def __init__(self, town_name: str, logo: QPixmap, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.languages = languages
        self.prefs = DisplayPrefs(languages[0])
        logo_label = label(name="headerLogo", wrap=False)
        logo_label.setPixmap(logo)
        self.town = label("subtitle", "headerTown")
        self.town.setText(town_name)
        self.screen_title = label("title", "headerTitle")
        self.signed_in = label("status", "headerSignedIn")
        self.sign_out = button("headerSignOut")
        self.sign_out.clicked.connect(self.sign_out_requested)
        self._username = ""
        self._keyboard_up = False
        self.language = button("toggleLanguage")
        self.language.clicked.connect(self._next_language)
        self.large_text = button("toggleLargeText")
        self.high_contrast = button("toggleHighContrast")
        self.more_time = button("toggleMoreTime")
        for toggle in (self.large_text, self.high_contrast, self.more_time):
            toggle.setCheckable(True)
            toggle.toggled.connect(self._emit)
        self.titles = QWidget()
        self._titles = titles = QVBoxLayout(self.titles)
        titles.setContentsMargins(0, 0, 0, 0)
        titles.setSpacing(0)
        titles.addWidget(self.town)
        titles.addWidget(self.screen_title)
        self.controls = QWidget()
        self.controls.setObjectName("headerControls")
        self._flow = flow = FlowLayout(self.controls, spacing=_GAP)
        for widget in (self.signed_in, self.sign_out, self.language, self.large_text, self.high_contrast,
                       self.more_time):
            flow.addWidget(widget)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 8, 16, 8)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.addWidget(logo_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self.titles, 0, 1)
        self._grid.setColumnStretch(1, 1)
        self._two_rows: bool | None = None
        self._place_controls(False)
        # Only once it is in the layout: shown while parentless, a widget becomes a window of its own.
        self.language.setVisible(len(languages) > 1)
        self.show_signed_in(None)
        self.retranslate()

    def _place_controls(self, two_rows: bool) -> None:
        """The toggles beside the title where both fit on one line, else on a line of their own
        below it (Large text, narrow screens): the title never gets squeezed."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        self._grid.removeWidget(self.controls)
        # On two lines the toggles get the whole width, and who is signed in goes under the title:
        # beside them, wrapped three lines high, it pushed the last toggle onto a third line.
        self._flow.removeWidget(self.signed_in)
        self._titles.removeWidget(self.signed_in)
        if two_rows:
            self._grid.addWidget(self.controls, 1, 0, 1, 2)
            self._titles.addWidget(self.signed_in)
            self.signed_in.setAlignment(Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(self.controls, 0, 2)
            self._flow.insertWidget(0, self.signed_in)
            self.signed_in.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:       # a new title, text size or language
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        # Measured the same whatever is shown and wherever "Signed in as" is now, so the header
        # never flips back and forth.
        margins = self._grid.contentsMargins()
        fixed = (margins.left() + margins.right() + 2 * self._grid.horizontalSpacing() + 56
                 + max(self.town.sizeHint().width(), _one_line(self.screen_title)))
        people: list[QWidget] = [w for w in (self.signed_in, self.sign_out) if self._username]
        toggles: list[QWidget] = [*([self.language] if len(self.languages) > 1 else []), self.large_text, self.high_contrast,
                   self.more_time]
        # With the on-screen keyboard up on a short screen, a second line of toggles took the
        # keyboard's room: they step aside while it is up, and come back once no field is being typed in.
        tuck = self._keyboard_up and fixed + _width(people + toggles) > width
        for toggle in toggles:
            toggle.setVisible(not tuck)
        self._place_controls(fixed + _width(people if tuck else people + toggles) > width)

    def set_keyboard_up(self, up: bool) -> None:
        """Whether the on-screen keyboard is shown below (the header makes room for it)."""
        if up != self._keyboard_up:
            self._keyboard_up = up
            self._fit(self.width())

    def show_signed_in(self, username: str | None) -> None:
        """Who is signed in now (None: nobody), with the way to sign out."""
        self._username = username or ""
        self.signed_in.setVisible(bool(username))
        self.sign_out.setVisible(bool(username))
        self.retranslate()

    def show_prefs(self, prefs: DisplayPrefs) -> None:
        self.prefs = prefs
        for toggle, on in ((self.large_text, prefs.large_text), (self.high_contrast, prefs.high_contrast),
                           (self.more_time, prefs.more_time)):
            toggle.blockSignals(True)
            toggle.setChecked(on)
            toggle.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        others = [code for code in self.languages if code != self.prefs.language]
        target = others[0] if others else self.prefs.language
        spoken = self.tr("Change language to {language}").format(language=LANGUAGE_NAMES[target])
        set_text(self.language, LANGUAGE_NAMES[target], spoken)
        set_text(self.large_text, self.tr("Large text"))
        set_text(self.high_contrast, self.tr("High contrast"))
        set_text(self.more_time, self.tr("More time"))
        self.more_time.setAccessibleDescription(
            self.tr("The visit waits ten times as long before it asks if you are still there"))
        set_text(self.signed_in, self.tr("Signed in as {username}").format(username=self._username)
                 if self._username else "")
        set_text(self.sign_out, self.tr("Sign out"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _next_language(self) -> None:
        i = self.languages.index(self.prefs.language)
        self.prefs = replace(self.prefs, language=self.languages[(i + 1) % len(self.languages)])
        self.prefs_changed.emit(self.prefs)

    def _emit(self) -> None:
        self.prefs = DisplayPrefs(self.prefs.language, self.large_text.isChecked(), self.high_contrast.isChecked(),
                                  self.more_time.isChecked())
        self.prefs_changed.emit(self.prefs)


def _one_line(title: QLabel) -> int:
    """A wrapping label's width with its text on one line (its size hint may already be wrapped)."""
    return title.fontMetrics().horizontalAdvance(title.text()) + 2 * title.margin() + 2


def _width(widgets: list[QWidget]) -> int:
    """The widgets side by side on one line."""
    return sum(w.sizeHint().width() for w in widgets) + _GAP * max(len(widgets) - 1, 0)


class NavBar(QFrame):
    back_requested = Signal()
    start_over_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.back = button("navBack")
        self.start_over = button("navStartOver")
        self.finish = button("navFinish", "primary")
        self.back.clicked.connect(self.back_requested)
        self.start_over.clicked.connect(self.start_over_requested)
        self.finish.clicked.connect(self.finish_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.back)
        keep = self.back.sizePolicy()
        keep.setRetainSizeWhenHidden(True)      # hidden on Home: Start over and Finish stay put
        self.back.setSizePolicy(keep)
        row.addStretch()
        row.addWidget(self.start_over)
        row.addWidget(self.finish)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.back, self.tr("‹ Back"), self.tr("Back"))
        set_text(self.start_over, self.tr("Start over"))
        set_text(self.finish, self.tr("Finish"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
