# SPDX-License-Identifier: Apache-2.0
"""A row of controls that wraps onto a second line when the screen is too narrow for one (the
header's toggles with Large text on a 1280x800 screen), instead of being cut off. After Qt's
Flow Layout example, with its items kept to the right edge, or the left (button_row)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8, right: bool = True) -> None:
        """``right``: lines kept to the right edge (the header's toggles), else to the left."""
        super().__init__(parent)
        self._right = right
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - as QBoxLayout's
        """``widget`` at ``index`` of the items (before the one there), as QBoxLayout.insertWidget."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest control (one per line)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not ((widget := item.widget()) is not None and widget.isHidden())]

    def _arrange(self, rect: QRect, place: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10_000)).expandedTo(item.minimumSize())
            extra = hint.width() + (self._gap if lines[-1] else 0)
            if lines[-1] and used + extra > area.width():
                lines.append([])
                used, extra = 0, hint.width()
            lines[-1].append((item, hint))
            used += extra
        y = area.y()
        for line in lines:
            if not line:
                continue
            width = sum(h.width() for _, h in line) + self._gap * (len(line) - 1)
            height = max(item.heightForWidth(h.width()) if item.hasHeightForWidth() else h.height()
                         for item, h in line)
            x = area.x() + (max(area.width() - width, 0) if self._right else 0)
            for item, hint in line:
                if place:
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width(), height)))
                x += hint.width() + self._gap
            y += height + self._gap
        return y - self._gap - area.y() + m.top() + m.bottom() if any(lines) else m.top() + m.bottom()


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
