# SPDX-License-Identifier: Apache-2.0
"""The scroll area a screen lives in: flicked by touch, opened at its top.

Its scroll bar floats over the screen's right-hand margin instead of taking width from it, so
fields never narrow when it appears (when the on-screen keyboard opens, say); and it shows only
when the screen does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QScrollBar, QScroller, QWidget

from kiosk.ui.theme import SCROLLBAR_PX

EDGE_GAP = 4


class ScreenScroll(QScrollArea):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # not a tab stop of its own
        # Once per screen id for the kiosk's life: each grab registers a new gesture type.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar.hide()
        inner = self.verticalScrollBar()
        inner.rangeChanged.connect(self._follow_range)
        inner.valueChanged.connect(self.bar.setValue)
        self.bar.valueChanged.connect(inner.setValue)

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
        QScroller.scroller(self.viewport()).stop()

    def _follow_range(self, low: int, high: int) -> None:
        inner = self.verticalScrollBar()
        self.bar.setRange(low, high)
        self.bar.setPageStep(inner.pageStep())
        self.bar.setSingleStep(inner.singleStep())
        self.bar.setValue(inner.value())
        self.bar.setVisible(high > low)
        self.bar.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.bar.setGeometry(self.width() - SCROLLBAR_PX - EDGE_GAP, 0, SCROLLBAR_PX, self.height())
