# SPDX-License-Identifier: Apache-2.0
"""Small pieces the console's pages share: a row of buttons, and a question asked in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons side by side at their natural width (a layout would squeeze them to a word a line)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    for widget in buttons:
        widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(widget)
    layout.addStretch()
    return row


def reveal(widget: QWidget) -> None:
    """Scroll the page so ``widget`` (just shown: a question, a password) is in view, once the
    layout has made room for it: what a tap brought up must not open below the fold."""
    def scroll() -> None:
        area = widget.parentWidget()
        while area is not None:
            if isinstance(area, QScrollArea) and (content := area.widget()) is not None and content.isAncestorOf(widget):
                if widget.isVisible():
                    area.ensureWidgetVisible(widget, 0, 16)
                return
            area = area.parentWidget()
    QTimer.singleShot(0, widget, scroll)


class Confirm(QFrame):
    """A question asked under the button that asked it: what is about to happen, in words, then a
    large "do it" and a large "cancel". In place rather than over the window, so the staff member
    still sees the account (or the counts) the question is about while answering."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.question = label("notice", f"{name}Question")
        self.yes = button(f"{name}Yes", "primary")
        self.no = button(f"{name}No")
        self.yes.clicked.connect(self._on_yes)
        self.no.clicked.connect(self.dismiss)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for choice in (self.yes, self.no):       # at their natural width: never a word a line
            choice.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            row.addWidget(choice)
        row.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(12)
        column.addWidget(self.question)
        column.addLayout(row)
        self._then: Callable[[], None] | None = None
        set_text(self.yes, self.tr("Yes"))        # until asked: each question names its own choices
        set_text(self.no, self.tr("Cancel"))
        self.hide()

    def ask(self, question: str, yes: str, no: str, then: Callable[[], None]) -> None:
        """Show the question; ``then`` runs only on "yes"."""
        set_text(self.question, question)
        set_text(self.yes, yes)
        set_text(self.no, no)
        self._then = then
        self.show()
        reveal(self)

    def dismiss(self) -> None:
        self._then = None
        self.hide()

    def _on_yes(self) -> None:
        then = self._then
        self.dismiss()
        if then is not None:
            then()
