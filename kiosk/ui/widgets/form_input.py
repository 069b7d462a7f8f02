# SPDX-License-Identifier: Apache-2.0
"""One field of a contact form, built from the pack's description of it (kiosk.core.forms):
its label (saying when it is optional), help, the input a finger can use for its kind, and the
plain message about what is wrong with it right below.

Whatever the language on show, ``value()`` is what the form stores: a choice as its English
text, yes/no as "yes"/"no", a rating as "1" to "5".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.core.forms import FieldKind, FormFieldSpec
from kiosk.ui.screens.base import ENTERED, label, set_role, set_text
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.keyboard import set_keyboard_kind
from kiosk.ui.widgets.touch_button import TouchRadio

RATINGS = ("1", "2", "3", "4", "5")


class FormInput(QWidget):
    def __init__(self, spec: FormFieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        name = f"form_{spec.field_id}"
        self.setObjectName(f"field_{name}")
        self.caption = label("fieldLabel", f"{name}Label")
        self.help = label("", f"{name}Help")
        self.error = label("error", f"{name}Error")
        self.error.hide()
        self.buttons: dict[str, QAbstractButton] = {}
        self.input: QWidget = self._build_input(name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.caption)
        column.addWidget(self.help)
        if self.buttons:
            row = QHBoxLayout()
            for widget in self.buttons.values():
                row.addWidget(widget)
            row.addStretch()
            column.addLayout(row)
        else:
            column.addWidget(self.input)
        column.addWidget(self.error)

    def _build_input(self, name: str) -> QWidget:
        kind = self.spec.kind
        if kind is FieldKind.LONG_TEXT:
            text = QPlainTextEdit()
            text.setObjectName(name)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(150)
            text.textChanged.connect(self.clear_error)
            set_keyboard_kind(text, "text")
            return text
        if kind is FieldKind.CHOICE:
            picker = ChoicePicker(name)
            picker.currentIndexChanged.connect(self.clear_error)
            self.caption.setBuddy(picker)
            return picker
        if kind in (FieldKind.YES_NO, FieldKind.RATING):
            group = QButtonGroup(self)      # one answer: radio buttons, for screen readers too
            group.setExclusive(True)
            for value in (("yes", "no") if kind is FieldKind.YES_NO else RATINGS):
                choice = TouchRadio()
                choice.setObjectName(f"{name}_{value}")
                group.addButton(choice)
                choice.clicked.connect(self.clear_error)
                choice.clicked.connect(lambda _=False, c=choice: c.setProperty(ENTERED, True))
                self.buttons[value] = choice
            self._group = group
            return self.buttons[next(iter(self.buttons))]
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max(self.spec.max_length, 1))
        edit.textEdited.connect(self.clear_error)
        if kind is FieldKind.EMAIL:
            edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            set_keyboard_kind(edit, "email")
        elif kind is FieldKind.PHONE:
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            set_keyboard_kind(edit, "numeric")
        else:
            set_keyboard_kind(edit, "text")
        return edit

    # --- words --------------------------------------------------------------------------------

    def retranslate(self, language: str, optional_word: str, yes: str, no: str, date_hint: str,
                    choose: str = "") -> None:
        spec = self.spec
        caption = spec.label_for(language)
        shown = caption if spec.required else f"{caption} ({optional_word})"
        set_text(self.caption, shown)
        help_text = spec.help_for(language)
        if spec.kind is FieldKind.DATE:
            help_text = f"{help_text} {date_hint}".strip()
        set_text(self.help, help_text)
        self.help.setVisible(bool(help_text))
        if isinstance(self.input, ChoicePicker):
            chosen = self.input.currentIndex()
            self.input.blockSignals(True)
            self.input.clear()
            self.input.addItems(list(spec.choices_for(language)))
            self.input.setCurrentIndex(chosen)
            self.input.setPlaceholderText(choose)
            self.input.set_caption(shown)
            self.input.blockSignals(False)
        for value, widget in self.buttons.items():
            word = {"yes": yes, "no": no}.get(value, value)
            set_text(widget, word, f"{caption}: {word}" if spec.kind is FieldKind.YES_NO
                     else f"{caption}: {value} / 5")
        if not self.buttons and not isinstance(self.input, ChoicePicker):
            self.input.setAccessibleName(shown)
            if isinstance(self.input, QLineEdit) and spec.kind is FieldKind.DATE:
                self.input.setPlaceholderText(date_hint)

    # --- value --------------------------------------------------------------------------------

    def value(self) -> str:
        if isinstance(self.input, ChoicePicker):
            index = self.input.currentIndex()
            return self.spec.choices[index] if 0 <= index < len(self.spec.choices) else ""
        if self.buttons:
            return next((value for value, widget in self.buttons.items() if widget.isChecked()), "")
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        return self.input.text()  # type: ignore[attr-defined]

    def shown_value(self, language: str) -> str:
        """The answer as the resident sees it (a choice in their language)."""
        if isinstance(self.input, ChoicePicker):
            return self.input.currentText()
        if self.buttons:
            checked = [w.text() for w in self.buttons.values() if w.isChecked()]
            return checked[0].replace("&&", "&") if checked else ""
        return self.value()

    def set_value(self, value: str) -> None:
        if isinstance(self.input, QLineEdit):
            self.input.setText(value)

    def wipe(self) -> None:
        """Empty the input and its undo history."""
        if isinstance(self.input, ChoicePicker):
            self.input.setCurrentIndex(-1)
            self.input.setProperty(ENTERED, False)
        elif self.buttons:
            self._group.setExclusive(False)
            for widget in self.buttons.values():
                widget.setChecked(False)
                widget.setProperty(ENTERED, False)
            self._group.setExclusive(True)
        elif isinstance(self.input, QPlainTextEdit):
            self.input.setPlainText("")       # also empties the undo history
        else:
            self.input.setText("")            # type: ignore[attr-defined]
        self.clear_error()

    def show_error(self, message: str) -> None:
        set_text(self.error, message)
        self.error.show()
        for widget in self.buttons.values() or (self.input,):
            set_role(widget, "invalid")
            widget.setAccessibleDescription(message)

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.error.clear()
            for widget in self.buttons.values() or (self.input,):
                set_role(widget, "")
                widget.setAccessibleDescription("")

    def focus(self) -> None:
        (next(iter(self.buttons.values())) if self.buttons else self.input).setFocus()
