# SPDX-License-Identifier: Apache-2.0
"""A plain message with a way on: for example after cancelling an account, nothing was saved."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, button, label, set_text


class RegisterCancelledScreen(Screen):
    screen_id = "register_cancelled"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "cancelledHeading")
        self.body = label("", "cancelledBody")
        self.search = button("cancelledSearch", "primary")
        self.home = button("cancelledHome")
        self.search.clicked.connect(lambda: self.navigated.emit("search"))
        self.home.clicked.connect(lambda: self.navigated.emit("home"))
        row = QHBoxLayout()
        row.addWidget(self.home)
        row.addStretch()
        row.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(row)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Create an account")

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Nothing was saved"))
        set_text(self.body, self.tr("Your account was not created and everything you typed has been cleared. "
                                    "You can still search the town's records without an account."))
        set_text(self.search, self.tr("Search records"))
        set_text(self.home, self.tr("Home"))
