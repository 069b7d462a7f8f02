# SPDX-License-Identifier: Apache-2.0
"""The home menu: what a resident can do here, and any recent change to the town's policies."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_text

TILES = ("search", "register", "signin", "contact", "policies")


class HomeScreen(Screen):
    screen_id = "home"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "homeHeading")
        self.tiles = {tile: button(f"home_{tile}", "tile") for tile in TILES}
        grid = QGridLayout()
        grid.setSpacing(20)
        for i, tile in enumerate(TILES):
            self.tiles[tile].clicked.connect(lambda _=False, t=tile: self.navigated.emit(self._target(t)))
            grid.addWidget(self.tiles[tile], i // 2, i % 2)
        self.notice = button("homePolicyNotice")
        self.notice.clicked.connect(lambda: self.navigated.emit("policies"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.notice)
        layout.addStretch()
        self._changed = ctx.pack.policy_notices(ctx.today())
        self.notice.setVisible(bool(self._changed))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def enter(self) -> None:
        self.retranslate()         # "Sign in" becomes "My account" once signed in

    def _signed_in(self) -> bool:
        session = self.ctx.sessions.current
        return session is not None and session.signed_in

    def _target(self, tile: str) -> str:
        return "account" if tile == "signin" and self._signed_in() else tile

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("How can we help you today?"))
        names = {
            "search": self.tr("Search records\nProperties and permits, no account needed"),
            "register": self.tr("Create an account"),
            "signin": self.tr("My account") if self._signed_in() else self.tr("Sign in"),
            "contact": self.tr("Contact the town"),
            "policies": self.tr("Privacy & terms"),
        }
        for tile, text in names.items():
            set_text(self.tiles[tile], text, text.replace("\n", ". "))
        if self._changed:
            doc = self._changed[0]
            text = self.tr("Notice: the {title} changed on {date}. Tap to read what changed.").format(
                title=doc.title, date=long_date(doc.effective, self.language()))
            set_text(self.notice, text)
