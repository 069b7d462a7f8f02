# SPDX-License-Identifier: Apache-2.0
"""Facts as label and value, plain text, read by a screen reader as "label: value": two columns
where a value still has a readable line beside its label, else each label above its value (Large
text in portrait; an e-mail address cannot wrap)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from kiosk.ui.screens.base import label, set_text

TWO_COLUMNS_EM = 45


class FactsTable(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._cells: list[tuple[QLabel, QLabel]] = []
        self._stacked = False

    def show_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        while len(self._cells) < len(facts):
            row = len(self._cells)
            caption = label("fieldLabel", f"{self.objectName()}Label{row}")
            value = label("", f"{self.objectName()}Value{row}")
            self._cells.append((caption, value))
            self._put(row)
        for i, (caption, value) in enumerate(self._cells):
            shown = i < len(facts)
            caption.setVisible(shown)
            value.setVisible(shown)
            if shown:
                name, text = facts[i]
                set_text(caption, name)
                set_text(value, text, f"{name}: {text}")

    def _put(self, row: int) -> None:
        caption, value = self._cells[row]
        if self._stacked:
            self._grid.addWidget(caption, 2 * row, 0, 1, 2)
            self._grid.addWidget(value, 2 * row + 1, 0, 1, 2)
        else:
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # The room there is, not the width given: two columns could be wider than the screen.
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        room = min(event.size().width(), area.viewport().width()) if area is not None else event.size().width()
        stacked = room < TWO_COLUMNS_EM * self.fontMetrics().averageCharWidth()
        if stacked != self._stacked:
            self._stacked = stacked
            for caption, value in self._cells:
                self._grid.removeWidget(caption)
                self._grid.removeWidget(value)
            for row in range(len(self._cells)):
                self._put(row)

    def values(self) -> dict[str, str]:
        """What is shown, label to value (for tests and screen readers alike)."""
        return {c.text(): v.text() for c, v in self._cells if not c.isHidden()}
