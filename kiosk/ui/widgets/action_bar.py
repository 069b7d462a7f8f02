# SPDX-License-Identifier: Apache-2.0
"""A screen's buttons, pinned below its scroll area: between the screen and the nav bar, so above
the on-screen keyboard, and in reach however far the screen is scrolled.

Three places: the left for ways back (Cancel, Previous step), the right for the way on (Next,
Review), and the centre for an action that confirms (Send, Accept). A confirming action never
sits where the step before had its button: the tap a resident makes again after a lost tap must
not send a message unseen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

SIDE_MARGIN = 40


class ActionBar(QWidget):
    def __init__(self, left: Sequence[QWidget] = (), centre: Sequence[QWidget] = (), right: Sequence[QWidget] = (),
                 wide: QWidget | None = None, parent: QWidget | None = None) -> None:
        """``wide``, one of the widgets given, takes the room to spare (a find box)."""
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(SIDE_MARGIN, 8, SIDE_MARGIN, 8)
        row.setSpacing(12)
        for widget in left:
            row.addWidget(widget, 4 if widget is wide else 0)
        row.addStretch(1)
        for widget in centre:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
