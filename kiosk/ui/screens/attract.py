# SPDX-License-Identifier: Apache-2.0
"""The attract screen: the town's colours and name, inviting a tap, in both languages.

It is the one screen that outlives visits; it shows nothing that a visitor entered.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.pack import TownPack


class AttractScreen(QFrame):
    """Painted before anything else is loaded, so it touches no Qt enum namespace (importing
    PySide6's `Qt` costs 20 ms): alignment and plain-text format come from the stylesheet."""

    tapped = Signal()

    def __init__(self, pack: TownPack, logo: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        # The whole screen is one button, so a tap anywhere, Enter or Space starts a visit.
        self.start = QPushButton(self)
        self.start.setObjectName("attractStart")
        self.start.setFlat(True)
        self.start.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.start.clicked.connect(self.tapped)
        logo_label = _label("attractLogo")
        logo_label.setPixmap(logo)
        self.welcome = _label("attractWelcome", "title")
        self.invite = _label("attractInvite", "subtitle")
        self.farewell = _label("attractFarewell", "subtitle")
        inner = QVBoxLayout(self.start)
        inner.setSpacing(28)
        inner.addStretch(2)
        for widget in (logo_label, self.welcome, self.invite, self.farewell):
            inner.addWidget(widget)
        inner.addStretch(3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.start)
        self.welcome.setText(f"Welcome to the {pack.name}\nBienvenidos")
        self.show_out_of_service(None)
        self.farewell.hide()

    def show_out_of_service(self, message: str | None) -> None:
        """Staff put the kiosk out of service (kiosk.ui.console.run_kiosk): their message instead of
        the invitation, and a tap starts nothing. None: the invitation again (Start is enabled by
        the composition root, once the kiosk is ready)."""
        if message is None:
            invite = "Touch the screen to begin\nToque la pantalla para comenzar"
        else:
            invite = f"Out of service / Fuera de servicio\n{message}"
            self.start.setEnabled(False)
        self.out_of_service = message is not None
        self.invite.setText(invite)
        self.start.setAccessibleName(invite.replace("\n", ". "))

    def show_farewell(self, shown: bool) -> None:
        """After Finish: a thank-you that stays until the next visitor taps."""
        self.farewell.setText("Thank you for visiting. Please take any printouts with you.\n"
                              "Gracias por su visita. No olvide sus documentos impresos.")
        self.farewell.setAccessibleName(self.farewell.text())
        self.farewell.setVisible(shown)


def _label(name: str, role: str = "") -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)    # kiosk.qss: #attractScreen QLabel is centred, plain text, see-through to taps
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    return widget
