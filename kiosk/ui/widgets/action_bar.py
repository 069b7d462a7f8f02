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

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

SIDE_MARGIN = 40


class ActionBar(QWidget):
    def __init__(self, left: Sequence[QWidget] = (), centre: Sequence[QWidget] = (), right: Sequence[QWidget] = (),
                 wide: QWidget | None = None, parent: QWidget | None = None) -> None:
        """``wide``, one of the widgets given, takes the room to spare (a find box)."""
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Two rows when one is too narrow for all (Large text in portrait): the ways back above,
        # the confirming action and the way on below, each still in its own place.
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(SIDE_MARGIN, 8, SIDE_MARGIN, 8)
        self._rows.setSpacing(8)
        self._back, self._on = QHBoxLayout(), QHBoxLayout()
        for row in (self._back, self._on):
            row.setSpacing(12)
            self._rows.addLayout(row)
        self._left, self._centre, self._right, self._wide = tuple(left), tuple(centre), tuple(right), wide
        self._split: bool | None = None
        self._place(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit(event.size().width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:       # buttons shown or hidden: one row still?
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        shown = [w for w in (*self._left, *self._centre, *self._right) if not w.isHidden()]
        needed = sum(w.sizeHint().width() for w in shown) + self._back.spacing() * max(len(shown) - 1, 0)
        self._place(needed > width - 2 * SIDE_MARGIN)

    def _place(self, split: bool) -> None:
        if split == self._split:
            return
        self._split = split
        for row in (self._back, self._on):
            while row.count():
                row.takeAt(0)
        for widget in self._left:
            self._back.addWidget(widget, 4 if widget is self._wide else 0)
        self._back.addStretch(1)
        later = self._on if split else self._back
        if split:
            later.addStretch(1)
        for widget in self._centre:
            later.addWidget(widget)
        later.addStretch(1)
        for widget in self._right:
            later.addWidget(widget)
