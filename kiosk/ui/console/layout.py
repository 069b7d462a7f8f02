# SPDX-License-Identifier: Apache-2.0
"""Small layout helpers the console's pages share."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from kiosk.ui.widgets.flow import FlowLayout


def button_row(*widgets: QWidget, spacing: int = 12) -> QWidget:
    """Controls side by side at their natural width, the rest of the line left empty (a box layout
    would squeeze them to a word a line); onto a further line where the page is too narrow for
    one (large text, a portrait screen), and a control's words onto more lines where even one
    alone is wider than the page. ``spacing``: between them."""
    row = QWidget()
    layout = FlowLayout(row, spacing=spacing, right=False)
    for widget in widgets:
        widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(widget)
    return row


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
