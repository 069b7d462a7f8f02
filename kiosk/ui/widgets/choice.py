# SPDX-License-Identifier: Apache-2.0
"""A choice from a short list, made for a finger instead of a drop-down.

The field is a large button that says what is chosen ("Choose one…" until something is) with a
clear arrow. A tap opens the choices over the whole window as radio buttons in rows of at least
60 px; one tap on a row chooses it and closes the list, "Keep as it was" closes it unchanged.
For screen readers the field is named by its caption and says its value, and the list is a
dialog of radio buttons.

The interface follows QComboBox's (currentIndex, currentText, currentData, addItems,
currentIndexChanged), so a form reads the same with either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.modal import ModalCard, modal_host
from kiosk.ui.widgets.touch_button import TouchButton, TouchRadio

ROW_MIN_PX = 60
ARROW = "\u25BE"      # ▾, drawn large at the field's right edge


class ChoicePicker(TouchButton):
    currentIndexChanged = Signal(int)   # noqa: N815 - QComboBox's name

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "field")
        self.set_title_style(bold_first_line=False, align_left=True)
        self._items: list[tuple[str, object]] = []
        self._index = -1
        self._caption = ""
        self._prompt: str | None = None        # None: the translated "Choose one…"
        self._list: ChoiceList | None = None
        self.clicked.connect(self.open_list)
        self._show()

    # --- QComboBox's interface -------------------------------------------------------------

    def addItems(self, texts: Iterable[str]) -> None:  # noqa: N802
        for text in texts:
            self._items.append((text, None))
        self._show()

    def addItem(self, text: str, data: object = None) -> None:  # noqa: N802
        self._items.append((text, data))
        self._show()

    def set_items(self, items: Sequence[tuple[str, object]]) -> None:
        """Replace the choices, keeping the choice made if its data (or text) is still offered."""
        chosen = self._items[self._index] if 0 <= self._index < len(self._items) else None
        self._items = list(items)
        index = -1
        if chosen is not None:
            key = 1 if chosen[1] is not None else 0
            index = next((i for i, item in enumerate(self._items) if item[key] == chosen[key]), -1)
        self._index = index
        self._show()

    def clear(self) -> None:
        self._items, self._index = [], -1
        self._show()

    def count(self) -> int:
        return len(self._items)

    def itemText(self, index: int) -> str:  # noqa: N802
        return self._items[index][0] if 0 <= index < len(self._items) else ""

    def itemData(self, index: int) -> object:  # noqa: N802
        return self._items[index][1] if 0 <= index < len(self._items) else None

    def findText(self, text: str) -> int:  # noqa: N802
        return next((i for i, item in enumerate(self._items) if item[0] == text), -1)

    def findData(self, data: object) -> int:  # noqa: N802
        return next((i for i, item in enumerate(self._items) if item[1] == data), -1)

    def currentIndex(self) -> int:  # noqa: N802
        return self._index

    def currentText(self) -> str:  # noqa: N802
        return self.itemText(self._index)

    def currentData(self) -> Any:  # noqa: N802
        return self.itemData(self._index)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        index = index if 0 <= index < len(self._items) else -1
        if index != self._index:
            self._index = index
            self._show()
            self.currentIndexChanged.emit(index)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self._prompt = text
        self._show()

    # --- words ------------------------------------------------------------------------------

    def set_caption(self, caption: str) -> None:
        """What the choice is about, for screen readers and as the list's heading."""
        self._caption = caption
        self._show()

    def _shown_prompt(self) -> str:
        return self._prompt if self._prompt is not None else self.tr("Choose one…")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.EnabledChange):
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        shown = self.currentText() or self._shown_prompt()
        set_text(self, f"{shown}  {ARROW}", f"{self._caption}: {shown}" if self._caption else shown)
        self.setAccessibleDescription(self.tr("Tap to choose") if self.isEnabled() else "")

    # --- the list ---------------------------------------------------------------------------

    @property
    def choices_list(self) -> ChoiceList | None:
        """The list on show, while it is open."""
        return self._list

    def open_list(self) -> None:
        if not self._items:
            return
        self._list = ChoiceList(modal_host(self), self._caption or self._shown_prompt(),
                                [text for text, _ in self._items], self._index)
        self._list.chosen.connect(self._on_chosen)
        self._list.open_card(self._list.current_row())

    def _on_chosen(self, index: int) -> None:
        if index >= 0:
            self.setProperty("entered", True)      # typed work, for "Discard what you typed?"
            self.setCurrentIndex(index)
        chooser, self._list = self._list, None
        if chooser is not None:
            chooser.close_card()
            chooser.deleteLater()


class ChoiceList(ModalCard):
    """The choices over the whole window; ``chosen`` gives the row tapped, or -1 to keep as it was."""

    chosen = Signal(int)

    def __init__(self, window: QWidget, heading: str, texts: Sequence[str], current: int) -> None:
        super().__init__(window, "choiceList", card_max_width=max(600, window.width() - 120))
        self.heading = label("title", "choiceListHeading")
        set_text(self.heading, heading)
        self.setAccessibleName(heading)
        self.rows: list[TouchRadio] = []
        group = QButtonGroup(self)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for i, text in enumerate(texts):
            row = TouchRadio()
            row.setObjectName(f"choiceRow{i}")
            row.setMinimumHeight(ROW_MIN_PX)
            set_text(row, text)
            row.setChecked(i == current)
            group.addButton(row, i)
            row.clicked.connect(lambda _=False, i=i: self.chosen.emit(i))
            column.addWidget(row)
            self.rows.append(row)
        column.addStretch()
        self._scroll = QScrollArea()
        self._scroll.setObjectName("choiceListScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(body)
        QScroller.grabGesture(self._scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.keep = button("choiceListKeep")
        set_text(self.keep, self.tr("Keep as it was"))
        self.keep.clicked.connect(lambda: self.chosen.emit(-1))
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self._scroll, 1)
        self.card_layout.addWidget(self.keep)
        self._body = body

    def open_card(self, focus: QWidget | None = None) -> None:
        window = self.parentWidget()
        assert window is not None           # a card is made on the window it covers
        needed = self._body.sizeHint().height()
        room = max(window.height() - 2 * self.heading.sizeHint().height() - 3 * self.keep.sizeHint().height(), ROW_MIN_PX)
        self._scroll.setMinimumSize(QSize(0, min(needed, room)))
        super().open_card(focus)
        if focus is not None:
            self._scroll.ensureWidgetVisible(focus)

    def current_row(self) -> QWidget:
        checked = next((row for row in self.rows if row.isChecked()), None)
        return checked or (self.rows[0] if self.rows else self.keep)
