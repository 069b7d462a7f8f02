# SPDX-License-Identifier: Apache-2.0
"""'Discard what you typed?': asked once, in large buttons, before Cancel or Start over throws
typed work away (nothing is asked when nothing was typed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.modal import ModalCard


class DiscardQuestion(ModalCard):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "discardQuestion")
        self.heading = label("title", "discardHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = label("", "discardBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.discard = button("discardYes")
        self.keep = button("discardKeep", "primary")
        self.discard.clicked.connect(self._on_discard)
        self.keep.clicked.connect(self.close_card)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.discard, 1)
        row.addWidget(self.keep, 1)
        for widget in (self.heading, self.body):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(row)
        self._then: Callable[[], None] | None = None
        self.retranslate()

    def ask(self, then: Callable[[], None]) -> None:
        """Ask; ``then`` runs only if the resident chooses to discard."""
        self._then = then
        self.open_card(self.keep)

    def close_card(self) -> None:
        self._then = None
        super().close_card()

    def _on_discard(self) -> None:
        then = self._then
        self.close_card()
        if then is not None:
            then()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Discard what you typed?"))
        self.setAccessibleName(self.heading.text())
        set_text(self.body, self.tr("Everything you typed here will be cleared, and nothing will be sent or saved."))
        self.setAccessibleDescription(self.body.text())
        set_text(self.discard, self.tr("Discard it"))
        set_text(self.keep, self.tr("Keep what I typed"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
