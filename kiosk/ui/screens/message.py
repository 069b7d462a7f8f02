# SPDX-License-Identifier: Apache-2.0
"""A plain message with a way on, after a resident cancelled: nothing was saved or sent."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, button, label, set_text
from kiosk.ui.widgets.action_bar import ActionBar


class CancelledScreen(Screen):
    """``screen_id``: "register_cancelled" (an account) or "contact_cancelled" (a message)."""

    def __init__(self, ctx: ScreenContext, screen_id: str, parent: QWidget | None = None) -> None:
        self.screen_id = screen_id
        super().__init__(ctx, parent)
        self.heading = label("title", "cancelledHeading")
        self.body = label("", "cancelledBody")
        self.search = button("cancelledSearch", "primary")
        self.home = button("cancelledHome")
        self.search.clicked.connect(lambda: self.navigated.emit("search"))
        self.home.clicked.connect(lambda: self.navigated.emit("home"))
        self.action_bar = ActionBar(left=(self.home,), right=(self.search,))
        layout = self.column(spacing=24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contact the town") if self.screen_id == "contact_cancelled" else self.tr("Create an account")

    def retranslate(self) -> None:
        if self.screen_id == "contact_cancelled":
            set_text(self.heading, self.tr("Nothing was sent"))
            set_text(self.body, self.tr("Your message was not sent and everything you typed has been cleared. "
                                        "You can still search the town's records, or ask at the front desk."))
        else:
            set_text(self.heading, self.tr("Nothing was saved"))
            set_text(self.body, self.tr("Your account was not created and everything you typed has been cleared. "
                                        "You can still search the town's records without an account."))
        set_text(self.search, self.tr("Search records"))
        set_text(self.home, self.tr("Home"))
