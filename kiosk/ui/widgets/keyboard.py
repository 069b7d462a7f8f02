# SPDX-License-Identifier: Apache-2.0
"""The kiosk's own on-screen keyboard (Qt Virtual Keyboard is GPL-only).

It is an ordinary widget docked at the bottom of the main window, never a
separate window, and never takes focus. It types into whatever text widget has
focus by sending real key events, so validators, input masks, max length and
undo behave exactly as with a physical keyboard.

Wiring (for the main window): put the keyboard in the window's vertical layout
*below* the screen stack, so showing it shrinks the stack instead of covering
the field being typed into::

    column = QVBoxLayout(central)
    column.addWidget(screen_stack, 1)
    column.addWidget(keyboard)         # hidden until a text field gets focus
    keyboard.key_tapped.connect(idle_timer.restart)
    session_ended.connect(keyboard.reset)

Screens choose a layout per field with :func:`set_keyboard_kind`. If a field
sits in a ``QScrollArea`` the keyboard scrolls it into view once shown.

Privacy: the keyboard remembers nothing typed: no prediction, no learning.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets import keyboard_layouts as kl

KIND_PROPERTY = "keyboard"
KINDS = ("text", "email", "numeric", "none")

KEY_SIZE = 56  # px at scale 1: comfortable for a fingertip
FONT_SCALE = 1.4  # key labels a little larger than body text, readable at arm's length
MIN_KEY_SIZE = 44  # never smaller, whatever the scale (WCAG target size)
MAX_KEY_WIDTH = 1.75  # x key size: keeps keys finger-sized on very wide screens
SPACING = 6

_NUMERIC_HINTS = (
    Qt.InputMethodHint.ImhDigitsOnly
    | Qt.InputMethodHint.ImhFormattedNumbersOnly
    | Qt.InputMethodHint.ImhDialableCharactersOnly
)


def set_keyboard_kind(widget: QWidget, kind: str) -> None:
    """Choose the layout for ``widget``: "text", "email", "numeric" or "none" (no keyboard)."""
    if kind not in KINDS:
        raise ValueError(f"keyboard kind must be one of {KINDS}, not {kind!r}")
    widget.setProperty(KIND_PROPERTY, kind)


def keyboard_kind(widget: QWidget | None) -> str:
    """The kind of keyboard ``widget`` wants; "none" for widgets that take no text."""
    if widget is None:
        return "none"
    kind = widget.property(KIND_PROPERTY)
    if kind is None and isinstance(widget, (QAbstractSpinBox, QComboBox)) and widget.lineEdit():
        kind = widget.lineEdit().property(KIND_PROPERTY)  # a screen may tag the inner edit
    if kind in KINDS:
        return kind
    if not _takes_text(widget):
        return "none"
    hints = widget.inputMethodHints()
    if isinstance(widget, QAbstractSpinBox) or hints & _NUMERIC_HINTS:
        return "numeric"
    if hints & Qt.InputMethodHint.ImhEmailCharactersOnly:
        return "email"
    return "text"  # including password fields: letters, nothing remembered


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


class OnScreenKeyboard(QWidget):
    """Touch keyboard that follows the focused text field and types into it."""

    key_tapped = Signal()  # every tap, for the idle timer
    enter_pressed = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # let QSS paint a background
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Only as tall as the keys: the screen above keeps every spare pixel.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._shift = "off"  # "off", "once" (next letter only) or "caps"
        self._base = "letters"  # the layout the symbols page returns to
        self._scale = 1.0
        self._keys: list[tuple[QPushButton, kl.KeySpec]] = []
        self._pages: dict[str, QWidget] = {}
        self._base_point_size = self.font().pointSizeF()

        self._stack = QStackedWidget(self)
        self._stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, rows in kl.LAYOUTS.items():
            self._pages[name] = self._build_page(name, rows)
            self._stack.addWidget(self._pages[name])
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        column.addWidget(self._stack)

        self._show_layout("letters")
        self.set_scale(1.0)
        self.hide()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # -- public -------------------------------------------------------------

    def current_layout(self) -> str:
        """The layout on show: "letters", "symbols", "email" or "numeric"."""
        return self._stack.currentWidget().objectName().removeprefix("layout_")

    def shift_mode(self) -> str:
        """Shift state: "off", "once" (next letter only) or "caps"."""
        return self._shift

    def key(self, object_name: str) -> QPushButton | None:
        """The button called ``object_name`` (e.g. "key_a") in the current layout."""
        return self._stack.currentWidget().findChild(QPushButton, object_name)

    def set_scale(self, factor: float) -> None:
        """Scale keys and their text for large-text mode (1.0 = normal)."""
        self._scale = max(0.5, min(factor, 3.0))
        size = max(MIN_KEY_SIZE, round(KEY_SIZE * self._scale))
        for button, spec in self._keys:
            width = round(size * spec.width + SPACING * (spec.width - 1))
            button.setMinimumSize(max(width, MIN_KEY_SIZE), size)
        for name, page in self._pages.items():
            units = max(sum(spec.width for spec in row) for row in kl.LAYOUTS[name])
            page.findChild(QWidget, "keys").setMaximumWidth(round(units * size * MAX_KEY_WIDTH))
        if self._base_point_size > 0:
            font = self.font()
            font.setPointSizeF(self._base_point_size * FONT_SCALE * self._scale)
            self.setFont(font)

    def set_enter_action(self, label, spoken, action) -> None:  # placeholder until the keyboard branch lands
        self._enter_action = action

    def reset(self) -> None:
        """Back to letters, shift off, hidden: for the end of a visitor's session."""
        self._base = "letters"
        self._set_shift("off")
        self._show_layout("letters")
        self.hide()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        """Announce every change, however it happens, so the lead can react."""
        was_hidden = self.isHidden()
        super().setVisible(visible)
        if was_hidden != self.isHidden():
            self.visibility_changed.emit(not self.isHidden())

    # -- building -----------------------------------------------------------

    def _build_page(self, name: str, rows: list[list[kl.KeySpec]]) -> QWidget:
        """One layout as a grid of half-key columns, so wide keys and offsets line up."""
        page = QWidget()
        page.setObjectName(f"layout_{name}")
        keys = QWidget(page)
        keys.setObjectName("keys")
        grid = QGridLayout(keys)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        names = self._spoken_names()
        for r, row in enumerate(rows):
            col = 0
            for spec in row:
                span = round(spec.width * 2)
                if spec.action != kl.GAP:
                    grid.addWidget(self._make_key(spec, names, keys, name), r, col, 1, span)
                col += span
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 1)
        centre = QHBoxLayout(page)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(keys)
        return page

    def _make_key(
        self, spec: kl.KeySpec, names: dict[str, str], parent: QWidget, layout: str
    ) -> QPushButton:
        label = self._labels().get(spec.key_id, spec.text)
        button = QPushButton(label.replace("&", "&&"), parent)  # "&" alone would mark a mnemonic
        button.setObjectName(f"key_{spec.key_id}")
        button.setAccessibleName(names.get(spec.key_id, spec.text))
        button.setProperty("keyRole", "action" if spec.action else "char")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if spec.action == kl.BACKSPACE:
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(400)
            button.setAutoRepeatInterval(80)
        elif spec.action == kl.SHIFT:
            button.setCheckable(True)
        if layout == "numeric" and spec.text in ("-", ".", "+"):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # a hidden key leaves a gap; the pad keeps shape
            button.setSizePolicy(policy)
        button.clicked.connect(partial(self._on_key, spec))
        self._keys.append((button, spec))
        return button

    def _labels(self) -> dict[str, str]:
        return {
            kl.SHIFT: self.tr("Shift"),
            kl.BACKSPACE: self.tr("⌫"),
            kl.ENTER: self.tr("Enter"),
            kl.TO_SYMBOLS: self.tr("?123"),
            kl.TO_LETTERS: self.tr("ABC"),
            "space": self.tr("Space"),
        }

    def _spoken_names(self) -> dict[str, str]:
        """What a screen reader says for keys whose label is not a plain letter or digit."""
        return {
            kl.SHIFT: self.tr("Shift"),
            kl.BACKSPACE: self.tr("Backspace"),
            kl.ENTER: self.tr("Enter"),
            kl.TO_SYMBOLS: self.tr("Numbers and symbols"),
            kl.TO_LETTERS: self.tr("Letters"),
            "space": self.tr("Space"),
            "dotcom": self.tr("dot com"),
            "at": self.tr("at sign"),
            "period": self.tr("period"),
            "comma": self.tr("comma"),
            "minus": self.tr("hyphen"),
            "underscore": self.tr("underscore"),
            "apostrophe": self.tr("apostrophe"),
            "quote": self.tr("quotation mark"),
            "question": self.tr("question mark"),
            "exclamation": self.tr("exclamation mark"),
            "hash": self.tr("number sign"),
            "dollar": self.tr("dollar sign"),
            "percent": self.tr("percent sign"),
            "ampersand": self.tr("ampersand"),
            "asterisk": self.tr("asterisk"),
            "paren_left": self.tr("left parenthesis"),
            "paren_right": self.tr("right parenthesis"),
            "plus": self.tr("plus sign"),
            "equals": self.tr("equals sign"),
            "slash": self.tr("slash"),
            "colon": self.tr("colon"),
            "semicolon": self.tr("semicolon"),
        }

    # -- behaviour ----------------------------------------------------------

    def _on_key(self, spec: kl.KeySpec) -> None:
        self.key_tapped.emit()
        if spec.action == kl.SHIFT:
            self._set_shift({"off": "once", "once": "caps", "caps": "off"}[self._shift])
        elif spec.action == kl.TO_SYMBOLS:
            self._show_layout("symbols")
        elif spec.action == kl.TO_LETTERS:
            self._show_layout(self._base)
        elif spec.action == kl.BACKSPACE:
            self._send(Qt.Key.Key_Backspace)
        elif spec.action == kl.ENTER:
            self._send(Qt.Key.Key_Return, "\r")
            self.enter_pressed.emit()
        elif _is_letter(spec):
            char = spec.text.upper() if self._shift != "off" else spec.text
            self._send(_key_code(char), char)
            if self._shift == "once":
                self._set_shift("off")
        else:
            for char in spec.text:  # ".com" is four ordinary key presses
                self._send(_key_code(char), char)

    def _send(self, key: int, text: str = "") -> None:
        """Press and release ``key`` in the focused field, as a physical keyboard would."""
        target = QApplication.focusWidget()
        if target is None or target.window() is not self.window():
            return
        if keyboard_kind(target) == "none":
            return  # never "type" Space or Enter into a focused button
        shift = Qt.KeyboardModifier.ShiftModifier
        modifiers = shift if text.isupper() else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))

    def _set_shift(self, mode: str) -> None:
        self._shift = mode
        upper = mode != "off"
        for button, spec in self._keys:
            if spec.action == kl.SHIFT:
                button.setChecked(upper)
                caps = self.tr("Caps lock") if mode == "caps" else self.tr("Shift")
                button.setText(caps)
                button.setAccessibleName(caps)
            elif _is_letter(spec):
                button.setText(spec.text.upper() if upper else spec.text)
                button.setAccessibleName(button.text())

    def _show_layout(self, name: str) -> None:
        """Switch pages; only the current page counts for size, so the numeric pad stays small."""
        for page_name, page in self._pages.items():
            size = QSizePolicy.Policy.Preferred if page_name == name else QSizePolicy.Policy.Ignored
            page.setSizePolicy(size, size)
        self._stack.setCurrentWidget(self._pages[name])
        self._stack.updateGeometry()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        kind = keyboard_kind(new)
        if new is None or kind == "none" or new.window() is not self.window():
            self.hide()
            return
        self._base = {"email": "email", "numeric": "numeric"}.get(kind, "letters")
        self._set_shift("off")
        self._show_layout(self._base)
        if kind == "numeric":
            self._show_numeric_extras(new)
        self.show()
        QTimer.singleShot(0, self, self._scroll_focus_into_view)  # after the layout has shrunk

    def _show_numeric_extras(self, field: QWidget) -> None:
        """Offer "-", "." and "+" only to fields that can take them (not to a PIN, say)."""
        hints = field.inputMethodHints()
        formatted = bool(hints & Qt.InputMethodHint.ImhFormattedNumbersOnly)
        dialable = bool(hints & Qt.InputMethodHint.ImhDialableCharactersOnly)
        minimum = getattr(field, "minimum", None)  # QSpinBox, QDoubleSpinBox
        negative = isinstance(field, QAbstractSpinBox) and callable(minimum) and minimum() < 0
        page = self._pages["numeric"]
        page.findChild(QPushButton, "key_minus").setVisible(formatted or dialable or negative)
        page.findChild(QPushButton, "key_period").setVisible(formatted)
        page.findChild(QPushButton, "key_plus").setVisible(dialable)

    def _scroll_focus_into_view(self) -> None:
        field = QApplication.focusWidget()
        if field is None or self.isHidden():
            return
        ancestor = field.parentWidget()
        while ancestor is not None:  # innermost scroll area first
            if isinstance(ancestor, QScrollArea) and ancestor.widget() is not None:
                if ancestor.widget().isAncestorOf(field):
                    ancestor.ensureWidgetVisible(field)
            ancestor = ancestor.parentWidget()


def _is_letter(spec: kl.KeySpec) -> bool:
    return len(spec.text) == 1 and spec.text.isalpha()


def _key_code(char: str) -> int:
    """Qt's key code for a printable ASCII character is its upper-case code point."""
    return ord(char.upper()) if " " <= char <= "~" else int(Qt.Key.Key_unknown.value)
