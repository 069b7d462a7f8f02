# SPDX-License-Identifier: Apache-2.0
"""The on-screen keyboard types real key events into the focused field."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.keyboard import (
    MIN_KEY_SIZE,
    OnScreenKeyboard,
    keyboard_kind,
    set_keyboard_kind,
)


class Host(QWidget):
    """A stand-in main window: fields above, the keyboard docked below."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit(objectName="line")
        self.email = QLineEdit(objectName="email")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.pin = QLineEdit(objectName="pin")
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setValidator(QIntValidator(0, 999999, self.pin))
        self.notes = QPlainTextEdit(objectName="notes")
        self.button = QPushButton("OK", objectName="ok")
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keyboard = OnScreenKeyboard()
        column = QVBoxLayout(self)
        # The button comes first, so it takes focus when the window opens.
        for widget in (self.button, self.line, self.email, self.pin, self.notes):
            column.addWidget(widget)
        column.addWidget(self.keyboard)
        self.resize(1000, 800)


@pytest.fixture
def host(qtbot):
    widget = Host()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def tap(qtbot, keyboard, *names):
    for name in names:
        button = keyboard.key(name)
        assert button is not None, f"{name} not in layout {keyboard.current_layout()}"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, keyboard, text):
    tap(qtbot, keyboard, *(f"key_{c}" for c in text))


def all_keys(keyboard):
    return keyboard.findChildren(QPushButton)


class KeyPressCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.KeyPress:
            self.presses += 1
        return False


def test_typing_with_one_shot_shift(qtbot, host):
    focus(qtbot, host.line)
    kb = host.keyboard
    qtbot.waitUntil(kb.isVisible)
    counter = KeyPressCounter()
    host.line.installEventFilter(counter)
    tap(qtbot, kb, "key_shift", "key_h")
    assert kb.shift_mode() == "off"  # shift resets after one letter
    type_text(qtbot, kb, "ello")
    assert host.line.text() == "Hello"
    assert counter.presses == 5  # real key events reached the field
    tap(qtbot, kb, "key_backspace")
    assert host.line.text() == "Hell"
    assert host.line.hasFocus()  # tapping keys never steals focus


def test_typed_text_can_be_undone(qtbot, host):
    focus(qtbot, host.line)
    type_text(qtbot, host.keyboard, "abc")
    assert host.line.isUndoAvailable()
    qtbot.keyClick(host.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert host.line.text() == ""


def test_max_length_and_input_mask_apply(qtbot, host):
    host.line.setMaxLength(3)
    focus(qtbot, host.line)
    type_text(qtbot, host.keyboard, "abcde")
    assert host.line.text() == "abc"


def test_caps_lock_on_second_shift_tap(qtbot, host):
    focus(qtbot, host.line)
    kb = host.keyboard
    tap(qtbot, kb, "key_shift", "key_shift")
    assert kb.shift_mode() == "caps"
    assert kb.key("key_a").text() == "A"
    type_text(qtbot, kb, "ab")
    tap(qtbot, kb, "key_shift")
    type_text(qtbot, kb, "c")
    assert host.line.text() == "ABc"


def test_numbers_and_symbols_layout(qtbot, host):
    focus(qtbot, host.line)
    kb = host.keyboard
    tap(qtbot, kb, "key_layout_numbers")
    assert kb.current_layout() == "symbols"
    tap(qtbot, kb, "key_4", "key_2", "key_ampersand")
    assert kb.key("key_ampersand").text() == "&&"  # shown as "&", not a mnemonic
    tap(qtbot, kb, "key_layout_letters")
    assert kb.current_layout() == "letters"
    assert host.line.text() == "42&"


def test_email_layout_and_dotcom(qtbot, host):
    focus(qtbot, host.email)
    kb = host.keyboard
    assert kb.current_layout() == "email"
    type_text(qtbot, kb, "jo")
    tap(qtbot, kb, "key_at", "key_t", "key_o", "key_w", "key_n", "key_dotcom")
    assert host.email.text() == "jo@town.com"
    tap(qtbot, kb, "key_layout_numbers", "key_layout_letters")
    assert kb.current_layout() == "email"  # back to the field's own layout


def test_numeric_pad_for_digit_fields(qtbot, host):
    focus(qtbot, host.pin)
    kb = host.keyboard
    assert kb.current_layout() == "numeric"
    assert kb.key("key_a") is None
    assert not kb.key("key_minus").isVisible()  # a PIN takes digits only
    type_text(qtbot, kb, "123")
    assert host.pin.text() == "123"
    # give the field letters anyway: its validator still rejects them, as with a real keyboard
    set_keyboard_kind(host.pin, "text")
    focus(qtbot, host.line)
    focus(qtbot, host.pin)
    assert kb.current_layout() == "letters"
    tap(qtbot, kb, "key_a", "key_layout_numbers", "key_4")
    assert host.pin.text() == "1234"


def test_spin_boxes_get_the_pad_with_the_keys_they_need(qtbot, host):
    spin = QSpinBox()
    spin.setRange(-10, 500)
    money = QDoubleSpinBox()
    host.layout().insertWidget(0, spin)
    host.layout().insertWidget(0, money)
    kb = host.keyboard
    focus(qtbot, spin)
    assert kb.current_layout() == "numeric"
    assert kb.key("key_minus").isVisible()
    assert not kb.key("key_period").isVisible()
    spin.lineEdit().selectAll()
    type_text(qtbot, kb, "42")
    tap(qtbot, kb, "key_enter")
    assert spin.value() == 42
    focus(qtbot, money)
    assert kb.key("key_period").isVisible()


def test_shows_for_text_fields_and_hides_otherwise(qtbot, host):
    kb = host.keyboard
    assert kb.isHidden()
    with qtbot.waitSignal(kb.visibility_changed) as shown:
        focus(qtbot, host.line)
    assert shown.args == [True]
    assert kb.isVisible()
    with qtbot.waitSignal(kb.visibility_changed) as hidden:
        focus(qtbot, host.button)
    assert hidden.args == [False]
    assert kb.isHidden()
    focus(qtbot, host.notes)
    assert kb.isVisible()
    host.notes.clearFocus()
    qtbot.waitUntil(kb.isHidden)


def test_keyboard_property_overrides_the_default(qtbot, host):
    set_keyboard_kind(host.line, "numeric")
    set_keyboard_kind(host.notes, "none")
    assert keyboard_kind(host.line) == "numeric"
    focus(qtbot, host.line)
    assert host.keyboard.current_layout() == "numeric"
    focus(qtbot, host.notes)
    assert host.keyboard.isHidden()
    with pytest.raises(ValueError):
        set_keyboard_kind(host.line, "klingon")


def test_defaults_for_password_and_read_only_fields():
    password = QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    read_only = QLineEdit()
    read_only.setReadOnly(True)
    assert keyboard_kind(password) == "text"
    assert keyboard_kind(read_only) == "none"
    assert keyboard_kind(QPushButton()) == "none"
    assert keyboard_kind(None) == "none"


def test_rich_text_edit_takes_keys_too(qtbot, host):
    rich = QTextEdit()
    host.layout().insertWidget(1, rich)
    focus(qtbot, rich)
    type_text(qtbot, host.keyboard, "ab")
    tap(qtbot, host.keyboard, "key_enter")
    type_text(qtbot, host.keyboard, "c")
    assert rich.toPlainText() == "ab\nc"


def test_plain_text_edit_enter_makes_a_new_line(qtbot, host):
    focus(qtbot, host.notes)
    kb = host.keyboard
    type_text(qtbot, kb, "hi")
    with qtbot.waitSignal(kb.enter_pressed):
        tap(qtbot, kb, "key_enter")
    tap(qtbot, kb, "key_space")
    type_text(qtbot, kb, "yo")
    assert host.notes.toPlainText() == "hi\n yo"


def test_space_and_enter_never_press_a_focused_button(qtbot, host):
    clicks = []
    host.button.clicked.connect(lambda: clicks.append(1))
    focus(qtbot, host.button)
    host.keyboard._send(Qt.Key.Key_Space, " ")
    assert clicks == []


def test_every_key_is_touch_sized_and_named(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line)
    keys = all_keys(kb)
    assert len(keys) > 100
    for scale in (1.0, 0.5, 2.0):
        kb.set_scale(scale)
        for page in ("letters", "symbols", "email", "numeric"):
            kb._show_layout(page)
            qtbot.waitUntil(lambda: kb.current_layout() == page)
            for button in kb._stack.currentWidget().findChildren(QPushButton):
                if button.isHidden():
                    continue
                qtbot.waitUntil(
                    lambda b=button: min(b.width(), b.height()) >= MIN_KEY_SIZE
                )
    kb.set_scale(1.0)
    for button in keys:
        assert button.minimumWidth() >= 56 and button.minimumHeight() >= 56
        assert button.objectName().startswith("key_")
        assert button.accessibleName().strip(), button.objectName()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.property("keyRole") in ("char", "action")
    for page in kb._stack.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        names = [b.objectName() for b in page.findChildren(QPushButton)]
        assert len(names) == len(set(names)), page.objectName()
    assert kb.objectName() == "onScreenKeyboard"


def test_spoken_names_of_special_keys(qtbot, host):
    focus(qtbot, host.email)
    kb = host.keyboard
    spoken = {name: kb.key(name).accessibleName() for name in
              ("key_a", "key_shift", "key_backspace", "key_enter", "key_dotcom", "key_at",
               "key_layout_numbers")}
    assert spoken == {
        "key_a": "a", "key_shift": "Shift", "key_backspace": "Backspace", "key_enter": "Enter",
        "key_dotcom": "dot com", "key_at": "at sign", "key_layout_numbers": "Numbers and symbols",
    }
    focus(qtbot, host.line)
    assert kb.key("key_space").accessibleName() == "Space"
    assert kb.key("key_backspace").autoRepeat()


def test_key_tapped_emitted_per_tap(qtbot, host):
    focus(qtbot, host.line)
    taps = []
    host.keyboard.key_tapped.connect(lambda: taps.append(1))
    tap(qtbot, host.keyboard, "key_a", "key_shift", "key_layout_numbers", "key_1")
    assert len(taps) == 4


def test_reset_returns_to_letters_unshifted_and_hidden(qtbot, host):
    focus(qtbot, host.email)
    kb = host.keyboard
    tap(qtbot, kb, "key_shift", "key_shift", "key_layout_numbers")
    assert kb.current_layout() == "symbols" and kb.shift_mode() == "caps"
    kb.reset()
    assert kb.current_layout() == "letters"
    assert kb.shift_mode() == "off"
    assert kb.key("key_q").text() == "q"
    assert kb.isHidden()


def test_field_in_scroll_area_stays_visible(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    content = QWidget()
    fields = QVBoxLayout(content)
    for _ in range(12):
        fields.addWidget(QLineEdit())
    last = QLineEdit()
    last.setMinimumHeight(40)
    fields.addWidget(last)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    keyboard = OnScreenKeyboard()
    column = QVBoxLayout(host)
    column.addWidget(area, 1)
    column.addWidget(keyboard)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    focus(qtbot, last)
    qtbot.waitUntil(keyboard.isVisible)

    def field_in_view():
        top_left = last.mapTo(area.viewport(), last.rect().topLeft())
        bottom_right = last.mapTo(area.viewport(), last.rect().bottomRight())
        view = area.viewport().rect()
        return view.contains(top_left) and view.contains(bottom_right)

    qtbot.waitUntil(field_in_view)
    assert area.geometry().bottom() < keyboard.geometry().top()


def test_builds_quickly(qtbot):
    start = time.perf_counter()
    keyboard = OnScreenKeyboard()
    elapsed = time.perf_counter() - start
    qtbot.addWidget(keyboard)
    assert elapsed < 0.05
