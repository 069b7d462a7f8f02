# SPDX-License-Identifier: Apache-2.0
"""The home menu: what a resident can do here, as large tiles with an icon and a line of what each
holds, filling the screen; and any recent change to the town's policies."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from kiosk.core.policies import PolicyDocument
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_text

TILES = ("search", "register", "signin", "contact", "policies")
ICONS = {"search": "search", "register": "user-plus", "account": "circle-user", "signin": "log-in",
         "contact": "mail", "policies": "shield-check"}
TWO_COLUMNS_EM = 55      # tiles side by side only where each still holds a readable line


class HomeScreen(Screen):
    screen_id = "home"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "homeHeading")
        self.tiles = {tile: button(f"home_{tile}", "tile") for tile in TILES}
        for tile, widget in self.tiles.items():
            widget.set_title_style()
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            widget.clicked.connect(lambda _=False, t=tile: self.navigated.emit(self._target(t)))
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        self._columns = 0
        self.notice = button("homePolicyNotice")
        self.notice.clicked.connect(lambda: self.navigated.emit("policies"))
        layout = self.column(spacing=24)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.notice)
        self._changed = self._notices()
        self.notice.setVisible(bool(self._changed))
        self._place_tiles(2)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def enter(self) -> None:
        # Read again at every visit: this screen is built ahead, maybe hours before, and staff may
        # have published a version since (kiosk.core.policy_library); the read is in memory.
        self._changed = self._notices()
        self.notice.setVisible(bool(self._changed))
        self.retranslate()         # "Create an account" becomes "My account" once signed in

    def _notices(self) -> list[PolicyDocument]:
        """A change to come first (announced before it applies), then one that took effect lately."""
        today = self.ctx.today()
        return [*self.ctx.pack.upcoming_policies(today), *self.ctx.pack.policy_notices(today)]

    def _signed_in(self) -> bool:
        session = self.ctx.sessions.current
        return session is not None and session.signed_in

    def _target(self, tile: str) -> str:
        return "account" if tile == "register" and self._signed_in() else tile

    def _place_tiles(self, columns: int) -> None:
        """Two columns where they fit a readable line, else one; hidden tiles leave no gap."""
        shown = [t for t in TILES if not (t == "signin" and self._signed_in())]
        if columns == self._columns and shown == getattr(self, "_shown_tiles", None):
            return
        self._columns, self._shown_tiles = columns, shown
        for widget in self.tiles.values():
            self.grid.removeWidget(widget)
        for i, tile in enumerate(shown):
            self.grid.addWidget(self.tiles[tile], i // columns, i % columns)
        self.tiles["signin"].setVisible("signin" in shown)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 1 if row <= (len(shown) - 1) // columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        em = self.fontMetrics().averageCharWidth()
        self._place_tiles(2 if self.width() >= TWO_COLUMNS_EM * em * 2 else 1)



    def retranslate(self) -> None:
        set_text(self.heading, self.tr("How can we help you today?"))
        signed_in = self._signed_in()
        names = {
            "search": self.tr("Search records\nProperties and permits, no account needed"),
            "register": self.tr("My account\nYour details, password and requests") if signed_in
            else self.tr("Create an account\nTo do business with the town"),
            "signin": self.tr("Sign in\nWith the user name and password you chose"),
            "contact": self.tr("Contact the town\nAsk a question, report a problem, request records"),
            "policies": self.tr("Privacy & terms\nHow the town uses what you share"),
        }
        for tile, text in names.items():
            set_text(self.tiles[tile], text, text.replace("\n", ". "))
        self._place_tiles(self._columns or 2)
        for tile, widget in self.tiles.items():
            widget.set_icon_name(ICONS["account"] if tile == "register" and signed_in else ICONS[tile], 2.2)
        if self._changed:
            doc = self._changed[0]
            date = long_date(doc.effective, self.language())
            sentences = {
                "privacy": self.tr("Notice: the privacy policy changed on {date}. Tap to read what changed."),
                "terms": self.tr("Notice: the terms and conditions changed on {date}. Tap to read what changed."),
            }
            other = self.tr("Notice: the {title} changed on {date}. Tap to read what changed.")
            if doc.effective > self.ctx.today():
                sentences = {
                    "privacy": self.tr("Notice: the privacy policy changes on {date}. Tap to read the new version."),
                    "terms": self.tr("Notice: the terms and conditions change on {date}. Tap to read the new version."),
                }
                other = self.tr("Notice: the {title} changes on {date}. Tap to read the new version.")
            text = sentences.get(doc.doc_id, other)
            text = text.format(title=doc.title, date=date)
            set_text(self.notice, text)
