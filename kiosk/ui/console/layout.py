# SPDX-License-Identifier: Apache-2.0
"""Small layout helpers the console's pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSizePolicy, QWidget


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons side by side at their natural width (a layout would squeeze them to a word a line)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in buttons:
        widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(widget)
    layout.addStretch()
    return row


def bring_into_view(widget: QWidget) -> None:
    """The page's scroll area shows ``widget`` (what a tap just opened may be below the fold)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 0, 48)
