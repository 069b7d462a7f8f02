# SPDX-License-Identifier: Apache-2.0
"""A piece the console's pages share: a question asked in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.console.layout import reveal
from kiosk.ui.screens.base import button, label, set_text


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
