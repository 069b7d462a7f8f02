# SPDX-License-Identifier: Apache-2.0
"""What still works when accounts cannot be reached (the shared database is away): shown under a
sign-in, a registration step or a password recovery that could not be answered. Searching public
records needs no account (each kiosk has its own copy of them), and a message to the town is kept
on the kiosk until the database is back: both are offered, one tap away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.base import button, set_text
from kiosk.ui.widgets.flow import FlowLayout


def accounts_unavailable() -> str:
    """The plain words for it, in the visit's language."""
    return QCoreApplication.translate(
        "Messages", "Accounts are temporarily unavailable: the kiosk cannot reach them just now. You can still "
                    "search the town's records or send the town a message.")


class AccountsAway(QWidget):
    chosen = Signal(str)         # "search" or "contact": the screen to open

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Away")
        self.search = button(f"{prefix}AwaySearch")
        self.contact = button(f"{prefix}AwayContact")
        row = FlowLayout(self, spacing=12, right=False)
        for target, choose in (("search", self.search), ("contact", self.contact)):
            row.addWidget(choose)
            choose.clicked.connect(lambda _=False, t=target: self.chosen.emit(t))
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        set_text(self.search, self.tr("Search the town's records"))
        set_text(self.contact, self.tr("Send the town a message"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
