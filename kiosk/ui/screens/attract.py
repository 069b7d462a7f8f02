# SPDX-License-Identifier: Apache-2.0
"""The attract screen: the town's colours and name, inviting a tap, in both languages.

It is the one screen that outlives visits; it shows nothing that a visitor entered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.pack import TownPack
from kiosk.ui.screens.base import label, set_text


class AttractScreen(QWidget):
    tapped = Signal()

    def __init__(self, pack: TownPack, logo: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The whole screen is one button, so a tap anywhere, Enter or Space starts a visit.
        self.start = QPushButton(self)
        self.start.setObjectName("attractStart")
        self.start.setFlat(True)
        self.start.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.start.clicked.connect(self.tapped)
        logo_label = label(name="attractLogo", wrap=False)
        logo_label.setPixmap(logo)
        self.welcome = label("title", "attractWelcome")
        self.invite = label("subtitle", "attractInvite")
        self.farewell = label("subtitle", "attractFarewell")
        inner = QVBoxLayout(self.start)
        inner.setSpacing(28)
        inner.addStretch(2)
        for widget in (logo_label, self.welcome, self.invite, self.farewell):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            inner.addWidget(widget)
        inner.addStretch(3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.start)
        self.welcome.setText(f"Welcome to the {pack.name}\nBienvenidos")
        invite = "Touch the screen to begin\nToque la pantalla para comenzar"
        self.invite.setText(invite)
        self.start.setAccessibleName(invite.replace("\n", ". "))
        self.farewell.hide()

    def show_farewell(self, shown: bool) -> None:
        """After Finish: a thank-you that stays until the next visitor taps."""
        set_text(self.farewell, "Thank you for visiting. Please take any printouts with you.\n"
                                "Gracias por su visita. No olvide sus documentos impresos.")
        self.farewell.setVisible(shown)
