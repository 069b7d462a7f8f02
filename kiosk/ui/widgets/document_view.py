# SPDX-License-Identifier: Apache-2.0
"""A long document (a policy, terms) shown at its full height, so the screen's own flickable
scroll area scrolls it: one kinetic scroller per screen for the kiosk's life, none per visit."""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QTextBrowser, QWidget


class DocumentView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)           # a kiosk opens no browser
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def show_markdown(self, text: str) -> None:
        self.setMarkdown(text)
        self._fit(self.document().size())

    def find_and_show(self, needle: str) -> bool:
        """Select the next match (wrapping once to the top) and scroll the screen to it."""
        found = self.find(needle)
        if not found:
            cursor = self.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.setTextCursor(cursor)
            found = self.find(needle)
        if found:
            area = _scroll_area_of(self)
            if area is not None:
                spot = self.viewport().mapTo(area.widget(), self.cursorRect().center())
                area.ensureVisible(spot.x(), spot.y(), 0, area.viewport().height() // 3)
        return found

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self.document().size())

    def _fit(self, size: QSizeF) -> None:
        height = int(size.height()) + 2 * self.frameWidth() + self.contentsMargins().top() + self.contentsMargins().bottom()
        if height != self.height():
            self.setFixedHeight(height)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
