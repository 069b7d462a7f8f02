# SPDX-License-Identifier: Apache-2.0
"""Facts as label and value, two columns, plain text, read by a screen reader as "label: value"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.screens.base import label, set_text


class FactsTable(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._cells: list[tuple[object, object]] = []

    def show_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        while len(self._cells) < len(facts):
            row = len(self._cells)
            caption = label("fieldLabel", f"{self.objectName()}Label{row}")
            value = label("", f"{self.objectName()}Value{row}")
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)
            self._cells.append((caption, value))
        for i, (caption, value) in enumerate(self._cells):
            shown = i < len(facts)
            caption.setVisible(shown)
            value.setVisible(shown)
            if shown:
                name, text = facts[i]
                set_text(caption, name)
                set_text(value, text, f"{name}: {text}")

    def values(self) -> dict[str, str]:
        """What is shown, label to value (for tests and screen readers alike)."""
        return {c.text(): v.text() for c, v in self._cells if not c.isHidden()}
