# SPDX-License-Identifier: Apache-2.0
"""The pages of one screen (a wizard's steps, a form's fill / review / sent), one shown at a time.

Not a QStackedWidget: that is as tall as its tallest page, hidden ones included, so a short step
scrolled as if it were long. Here only the page on show takes room.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageStack(QWidget):
    currentChanged = Signal(int)   # noqa: N815 - the QStackedWidget name, so it reads the same

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)

    def addWidget(self, page: QWidget) -> int:  # noqa: N802
        self._pages.append(page)
        self._column.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)
        if self._current < 0:
            self.setCurrentIndex(0)
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self._current)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.indexOf(page))

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if not 0 <= index < len(self._pages) or index == self._current:
            return
        old = self.currentWidget()
        self._current = index
        self._pages[index].show()
        if old is not None:
            old.hide()
        self.currentChanged.emit(index)
