# SPDX-License-Identifier: Apache-2.0
"""A long document (a policy, terms) shown at its full height, so the screen's own flickable
scroll area scrolls it: one kinetic scroller per screen for the kiosk's life, none per visit.

The text never scrolls on its own inside the scrolling screen: a finger's drag, the wheel and the
arrow keys all move the screen, and lines are at most about 80 characters long, however wide the
screen (longer lines are hard to follow from one to the next).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSizeF, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollArea, QSizePolicy, QTextBrowser, QWidget

LINE_CHARACTERS = 80
_SCROLL_KEYS = {
    Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
    Qt.Key.Key_Space: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
}


class DocumentView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)           # a kiosk opens no browser
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A drag is the screen's flick, not a text selection; the wheel goes to the screen too.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._limit_line_length()

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
                content = area.widget()
                assert content is not None      # the area this view is in holds it
                spot = self.viewport().mapTo(content, self.cursorRect().center())
                area.ensureVisible(spot.x(), spot.y(), 0, area.viewport().height() // 3)
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        area = _scroll_area_of(self)
        action = _SCROLL_KEYS.get(Qt.Key(event.key()))
        if area is not None and action is not None:
            area.verticalScrollBar().triggerAction(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._limit_line_length()
        super().changeEvent(event)

    def _limit_line_length(self) -> None:
        margins = 2 * (self.frameWidth() + round(self.document().documentMargin()))
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * LINE_CHARACTERS + margins)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
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
