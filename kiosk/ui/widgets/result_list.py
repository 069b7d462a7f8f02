# SPDX-License-Identifier: Apache-2.0
"""A titled list of search results a finger can hit, one page at a time.

The rows are built once and refilled on every keystroke: building widgets as the resident types
would cost more than a frame. The owner supplies each row's text; a tap emits the row's item.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text


class ResultList(QWidget):
    chosen = Signal(object)           # the item of the tapped row
    page_requested = Signal(int)      # the page the resident asked for (0-based)

    def __init__(self, name: str, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = label("subtitle", f"{name}Heading")
        self.rows = [button(f"{name}Row{i}", "result") for i in range(rows)]
        for row in self.rows:
            row.set_title_style()          # a bold first line: the address or the record number
        self.previous = button(f"{name}Previous")
        self.next = button(f"{name}Next")
        self.position = label("", f"{name}Position")
        self._items: list[object] = []
        self._page = 0
        for i, row in enumerate(self.rows):
            row.clicked.connect(lambda _=False, i=i: self._choose(i))
            row.hide()
        self.previous.clicked.connect(lambda: self.page_requested.emit(self._page - 1))
        self.next.clicked.connect(lambda: self.page_requested.emit(self._page + 1))
        pager = QHBoxLayout()
        pager.addWidget(self.previous)
        pager.addStretch()
        pager.addWidget(self.position)
        pager.addStretch()
        pager.addWidget(self.next)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.heading)
        for row in self.rows:
            column.addWidget(row)
        column.addLayout(pager)

    @property
    def page(self) -> int:
        return self._page

    def show_page(self, items: Sequence[object], texts: Sequence[tuple[str, str]], page: int, has_next: bool,
                  chips: Sequence[tuple[str, str]] = ()) -> None:
        """Rows for ``items`` (visible text and what a screen reader says, per item; a status chip's
        words and kind per item, if any)."""
        self._items, self._page = list(items)[:len(self.rows)], page
        for i, row in enumerate(self.rows):
            if i < len(self._items):
                set_text(row, *texts[i])
                row.set_chip(*(chips[i] if i < len(chips) else ("", "")))
                row.show()
            else:
                row.hide()
        self.previous.setVisible(page > 0)
        self.next.setVisible(has_next)
        self.position.setVisible(page > 0 or has_next)

    def set_pager_texts(self, heading: str, position: str, previous: str, next_: str,
                        previous_spoken: str | None = None, next_spoken: str | None = None) -> None:
        """``*_spoken``: what a screen reader says, naming the list paged ("Next 10 records")."""
        set_text(self.heading, heading)
        set_text(self.position, position)
        set_text(self.previous, previous, previous_spoken)
        set_text(self.next, next_, next_spoken)

    def _choose(self, index: int) -> None:
        if index < len(self._items):
            self.chosen.emit(self._items[index])
