# SPDX-License-Identifier: Apache-2.0
"""A form field for touch: a label that says whether it is optional, the input, and the plain
message about what is wrong with it right below, so nothing else on the form is disturbed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.screens.base import ENTERED, button, label, set_role, set_text
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.keyboard import set_keyboard_kind

MAX_INPUT = 200   # what any single-line field accepts; validators say what each field allows


class FormField(QWidget):
    """``kind``: text, email, phone, numeric, password or choice."""

    def __init__(self, name: str, kind: str = "text", optional: bool = False, choices: tuple[str, ...] = (),
                 max_length: int = MAX_INPUT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{name}")
        self.name, self.kind, self.optional = name, kind, optional
        self.caption = label("fieldLabel", f"{name}Label")
        self.error = label("error", f"{name}Error")
        self.error.hide()
        self.reveal = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if kind == "choice":
            self.input: QLineEdit | ChoicePicker = ChoicePicker(name)
            self.input.addItems(list(choices))
            self.input.currentIndexChanged.connect(self.clear_error)
        else:
            self.input = QLineEdit()
            self.input.setMaxLength(max_length)
            self.input.textEdited.connect(self.clear_error)
            if kind == "password":
                self.input.setEchoMode(QLineEdit.EchoMode.Password)
                self.reveal = button(f"{name}Reveal")
                self.reveal.setCheckable(True)
                self.reveal.toggled.connect(self._on_reveal)
            set_keyboard_kind(self.input, {"email": "email", "phone": "numeric", "numeric": "numeric"}.get(kind, "text"))
            if kind == "phone":
                self.input.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            elif kind == "email":
                self.input.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.input.setObjectName(name)
        self.caption.setBuddy(self.input)
        row.addWidget(self.input, 1)
        if self.reveal is not None:
            row.addWidget(self.reveal)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.caption)
        column.addLayout(row)
        column.addWidget(self.error)

    def set_caption(self, text: str, optional_word: str) -> None:
        shown = f"{text} ({optional_word})" if self.optional else text
        set_text(self.caption, shown)
        if isinstance(self.input, ChoicePicker):
            self.input.set_caption(shown)      # its accessible name is the caption with the choice
        else:
            self.input.setAccessibleName(shown)
        if self.reveal is not None:
            self.retranslate_reveal()

    def retranslate_reveal(self) -> None:
        if self.reveal is not None:
            shown = self.reveal.isChecked()
            set_text(self.reveal, self.tr("Hide") if shown else self.tr("Show"),
                     self.tr("Hide password") if shown else self.tr("Show password"))

    def value(self) -> str:
        return self.input.currentText() if isinstance(self.input, ChoicePicker) else self.input.text()

    def set_value(self, value: str) -> None:
        if isinstance(self.input, ChoicePicker):
            self.input.setCurrentIndex(self.input.findText(value))
        else:
            self.input.setText(value)

    def wipe(self) -> None:
        """Empty the field and its undo history (a password must not be recoverable with Ctrl+Z)."""
        if isinstance(self.input, QLineEdit):
            self.input.setText("")      # unlike clear(), setText() also empties the undo history
        else:
            self.input.setCurrentIndex(-1)
            self.input.setProperty(ENTERED, False)
        self.clear_error()

    def show_error(self, message: str) -> None:
        set_text(self.error, message)
        self.error.show()
        set_role(self.input, "invalid")
        self.input.setAccessibleDescription(message)

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.error.clear()
            set_role(self.input, "")
            self.input.setAccessibleDescription("")

    def _on_reveal(self, shown: bool) -> None:
        if isinstance(self.input, QLineEdit):
            self.input.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.retranslate_reveal()
