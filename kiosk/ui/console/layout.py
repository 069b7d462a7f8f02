# SPDX-License-Identifier: Apache-2.0
"""Small layout helpers the console's pages share."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def reveal(widget: QWidget, margin: int = 16) -> None:
    """Scroll the page so ``widget`` (just shown: a question, a password) is in view, once the
    layout has made room for it: what a tap brought up must not open below the fold."""
    def scroll() -> None:
        area = widget.parentWidget()
        while area is not None:
            if isinstance(area, QScrollArea) and (content := area.widget()) is not None and content.isAncestorOf(widget):
                if widget.isVisible():
                    area.ensureWidgetVisible(widget, 0, margin)
                return
            area = area.parentWidget()
    QTimer.singleShot(0, widget, scroll)
