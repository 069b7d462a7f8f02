# SPDX-License-Identifier: Apache-2.0
"""A plain 'not here yet' for parts of the kiosk still being built, with where to get help."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, label, set_text


class ComingSoonScreen(Screen):
    def __init__(self, ctx: ScreenContext, screen_id: str, parent: QWidget | None = None) -> None:
        self.screen_id = screen_id
        super().__init__(ctx, parent)
        self.heading = label("title", f"{screen_id}Heading")
        self.body = label("", f"{screen_id}Body")
        self.help = label("notice", f"{screen_id}Help")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(24)
        for widget in (self.heading, self.body, self.help):
            layout.addWidget(widget)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self._names()[self.screen_id]

    def _names(self) -> dict[str, str]:
        return {
            "contact": self.tr("Contact the town"),
        }

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        body = self.tr("This part of the kiosk is not available yet. Nothing you do here is saved.")
        set_text(self.body, body)
        set_text(self.help, self.tr("For help now: {front_desk}").format(front_desk=self.ctx.pack.front_desk))
