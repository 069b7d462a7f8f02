# SPDX-License-Identifier: Apache-2.0
"""The contract every screen keeps: an id, a title, enter/leave, and a `navigate` signal.

Screens are built fresh for every visit and thrown away when it ends, so nothing a visitor
typed (text, undo history, selections, scroll positions) can reach the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from kiosk.ui.context import ScreenContext


class Screen(QWidget):
    screen_id: str = ""
    navigated = Signal(str)      # the visitor asked for another screen (by id)
    opened = Signal(str, object)  # ... for a screen showing one item (a property, a record): id, item
    discarded = Signal()         # what was typed here must go now (Cancel): build the screen afresh

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.screen_id}Screen")
        # Buttons that must stay in reach however far the screen is scrolled (a wizard's Next):
        # the navigator pins this bar below the screen's scroll area. Built and thrown away with it.
        self.action_bar: QWidget | None = None

    def title(self) -> str:
        return ""

    def print_for_visit(self, render: Callable[[], bytes], title: str, on_printed: Callable[[object], None],
                        on_failed: Callable[[Exception], None]) -> bool:
        """Build and print a document of this visit off the GUI thread (reportlab and the spooler
        are slow); the outcome comes back on it. The title reaches the spooler: no personal data."""
        session, sessions = self.ctx.sessions.current, self.ctx.sessions
        if session is None:
            return False
        self.ctx.tasks.run(self, lambda: sessions.print_for(session, render(), title), on_printed, on_failed)
        return True

    def language(self) -> str:
        session = self.ctx.sessions.current
        return session.prefs.language if session is not None else self.ctx.sessions.default_prefs.language

    def show_item(self, item: object) -> None:
        """Show this item (screens opened with one, e.g. a property's details)."""

    def enter(self) -> None:
        """Shown to the visitor; refresh what may have changed."""

    def leave(self) -> None:
        """Hidden; stop anything running."""

    def retranslate(self) -> None:
        """Set every visible text with self.tr(); called at build and on a language switch."""

    def tour_states(self) -> Iterator[str]:
        """Put the screen in each state a resident can see, in turn, yielding a short name for each
        (`kiosk-admin tour` pictures and checks the screen at every yield, once background work has
        finished). Yield nothing where this visitor would not see the screen: the tour then tries
        again with a resident signed in. Called once the screen is shown."""
        yield ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def label(role: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text as plain text, never as rich text (data is not markup)."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def button(name: str, role: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    return widget


def set_text(widget: QPushButton | QLabel, text: str, spoken: str | None = None) -> None:
    """Visible text and what a screen reader says, kept together.

    A button would take "&" as a keyboard-shortcut marker, so it is doubled to show as itself.
    """
    widget.setText(text.replace("&", "&&") if isinstance(widget, QPushButton) else text)
    widget.setAccessibleName(spoken or text)


def show_status(widget: QLabel, text: str, error: bool = False) -> None:
    """A status line under an action: plain, or styled and spoken as an error."""
    set_text(widget, text)
    set_role(widget, "error" if error else "status")


def set_role(widget: QWidget, role: str) -> None:
    """Change the QSS role of a widget and restyle it (dynamic properties need a re-polish)."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
