# SPDX-License-Identifier: Apache-2.0
"""The on-screen keyboard types real key events into the focused field, tapped like a finger
(tests/ui/finger.py): press at a point of the window, let Qt react, release at the same point."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
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

from kiosk.ui.i18n import TsTranslator
from kiosk.ui.widgets import keyboard_layouts as kl
from kiosk.ui.widgets.keyboard import (
    MIN_KEY_SIZE,
    OnScreenKeyboard,
    keyboard_kind,
    set_keyboard_kind,
)
from tests.support import tap, tap_at, touch_at

ROOT = Path(__file__).resolve().parents[2]


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


def show(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def host(qtbot):
    return show(qtbot, Host())


def focus(qtbot, widget, keyboard=None):
    """Tap ``widget``, as a resident would, and wait for the keyboard to follow."""
    qtbot.waitUntil(widget.isVisible)  # a widget added to a shown window shows a moment later
    tap(qtbot, widget)
    qtbot.waitUntil(widget.hasFocus)
    if keyboard is not None:
        qtbot.waitUntil(lambda: keyboard.isVisible() == (keyboard_kind(widget) != "none"))


def press_keys(qtbot, keyboard, *names):
    for name in names:
        button = keyboard.key(name)
        assert button is not None, f"{name} not in layout {keyboard.current_layout()}"
        tap(qtbot, button)


def type_text(qtbot, keyboard, text):
    press_keys(qtbot, keyboard, *(f"key_{c}" for c in text))


def visible_keys(keyboard):
    page = keyboard._stack.currentWidget()
    return [b for b in page.findChildren(QPushButton) if b.isVisible()]


class KeyPressCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0
        self.codes = []

    def eventFilter(self, _watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress:
            self.presses += 1
            self.codes.append(event.key())
        return False


# -- typing ------------------------------------------------------------------


def test_typing_with_one_shot_shift(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    counter = KeyPressCounter()
    host.line.installEventFilter(counter)
    press_keys(qtbot, kb, "key_shift", "key_h")
    assert kb.shift_mode() == "off"  # shift resets after one letter
    type_text(qtbot, kb, "ello")
    assert host.line.text() == "Hello"
    assert counter.presses == 5  # real key events reached the field
    press_keys(qtbot, kb, "key_backspace")
    assert host.line.text() == "Hell"
    assert host.line.hasFocus()  # tapping keys never steals focus
    assert kb.isVisible()


def test_typed_text_can_be_undone(qtbot, host):
    focus(qtbot, host.line, host.keyboard)
    type_text(qtbot, host.keyboard, "abc")
    assert host.line.isUndoAvailable()
    qtbot.keyClick(host.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert host.line.text() == ""


def test_max_length_applies(qtbot, host):
    host.line.setMaxLength(3)
    focus(qtbot, host.line, host.keyboard)
    type_text(qtbot, host.keyboard, "abcde")
    assert host.line.text() == "abc"


def test_caps_lock_on_second_shift_tap(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    press_keys(qtbot, kb, "key_shift", "key_shift")
    assert kb.shift_mode() == "caps"
    assert kb.label("key_a") == "A"
    assert kb.label("key_shift") == "Caps lock"
    type_text(qtbot, kb, "ab")
    press_keys(qtbot, kb, "key_shift")
    type_text(qtbot, kb, "c")
    assert host.line.text() == "ABc"


def test_numbers_and_symbols_layout(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    press_keys(qtbot, kb, "key_layout_numbers")
    assert kb.current_layout() == "symbols"
    press_keys(qtbot, kb, "key_4", "key_2", "key_ampersand")
    assert kb.key("key_ampersand").text() == "&&"  # shown as "&", not a mnemonic
    press_keys(qtbot, kb, "key_layout_letters")
    assert kb.current_layout() == "letters"
    assert host.line.text() == "42&"


def test_email_layout_and_dotcom(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.email, kb)
    assert kb.current_layout() == "email"
    type_text(qtbot, kb, "jo")
    press_keys(qtbot, kb, "key_at", "key_t", "key_o", "key_w", "key_n", "key_dotcom")
    assert host.email.text() == "jo@town.com"
    press_keys(qtbot, kb, "key_layout_numbers", "key_layout_letters")
    assert kb.current_layout() == "email"  # back to the field's own layout


def test_numeric_pad_for_digit_fields(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.pin, kb)
    assert kb.current_layout() == "numeric"
    assert kb.key("key_a") is None
    assert not kb.key("key_minus").isVisible()  # a PIN takes digits only
    type_text(qtbot, kb, "123")
    assert host.pin.text() == "123"
    # give the field letters anyway: its validator still rejects them, as with a real keyboard
    set_keyboard_kind(host.pin, "text")
    focus(qtbot, host.line, kb)
    focus(qtbot, host.pin, kb)
    qtbot.waitUntil(lambda: kb.current_layout() == "letters")
    press_keys(qtbot, kb, "key_a", "key_layout_numbers", "key_4")
    assert host.pin.text() == "1234"


def test_spin_boxes_get_the_pad_with_the_keys_they_need(qtbot, host):
    spin = QSpinBox(objectName="spin")
    spin.setRange(-10, 500)
    money = QDoubleSpinBox(objectName="money")
    host.layout().insertWidget(0, spin)
    host.layout().insertWidget(0, money)
    kb = host.keyboard
    focus(qtbot, spin, kb)
    assert kb.current_layout() == "numeric"
    assert kb.key("key_minus").isVisible()
    assert not kb.key("key_period").isVisible()
    spin.lineEdit().selectAll()
    type_text(qtbot, kb, "42")
    press_keys(qtbot, kb, "key_enter")
    assert spin.value() == 42
    focus(qtbot, money, kb)
    qtbot.waitUntil(lambda: kb.key("key_period").isVisible())


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
    focus(qtbot, host.notes, kb)
    assert kb.isVisible()
    host.notes.clearFocus()  # no press held: followed at once
    assert kb.isHidden()


def test_keyboard_property_overrides_the_default(qtbot, host):
    set_keyboard_kind(host.line, "numeric")
    set_keyboard_kind(host.notes, "none")
    assert keyboard_kind(host.line) == "numeric"
    focus(qtbot, host.line, host.keyboard)
    assert host.keyboard.current_layout() == "numeric"
    focus(qtbot, host.notes, host.keyboard)
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
    rich = QTextEdit(objectName="rich")
    host.layout().insertWidget(1, rich)
    focus(qtbot, rich, host.keyboard)
    type_text(qtbot, host.keyboard, "ab")
    press_keys(qtbot, host.keyboard, "key_enter")
    type_text(qtbot, host.keyboard, "c")
    assert rich.toPlainText() == "ab\nc"


def test_plain_text_edit_enter_makes_a_new_line(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.notes, kb)
    type_text(qtbot, kb, "hi")
    with qtbot.waitSignal(kb.enter_pressed):
        press_keys(qtbot, kb, "key_enter")
    press_keys(qtbot, kb, "key_space")
    type_text(qtbot, kb, "yo")
    assert host.notes.toPlainText() == "hi\n yo"


def test_space_and_enter_never_press_a_focused_button(qtbot, host):
    clicks = []
    host.button.clicked.connect(lambda: clicks.append(1))
    focus(qtbot, host.button)
    clicks.clear()
    host.keyboard._send(Qt.Key.Key_Space, " ")
    assert clicks == []


# -- both languages' letters -------------------------------------------------


@pytest.mark.parametrize("field_name", ["line", "notes"])
def test_spanish_words_arrive_exactly(qtbot, host, field_name):
    kb = host.keyboard
    field = getattr(host, field_name)
    focus(qtbot, field, kb)
    words = [
        ("Muñoz", ["key_shift", "key_m", "key_u", "key_ñ", "key_o", "key_z"]),
        ("Peña", ["key_shift", "key_p", "key_e", "key_ñ", "key_a"]),
        # the accents page gives one character and goes back to the letters
        ("¿Dónde?", ["key_layout_accents", "key_question_inverted", "key_shift", "key_d",
                     "key_layout_accents", "key_ó", "key_n", "key_d", "key_e", "key_question"]),
        ("¡Sí!", ["key_layout_accents", "key_exclamation_inverted", "key_shift", "key_s",
                  "key_layout_accents", "key_í", "key_layout_numbers", "key_exclamation",
                  "key_layout_letters"]),
    ]
    typed = []
    for word, keys in words:
        press_keys(qtbot, kb, *keys)
        typed.append(word)
        press_keys(qtbot, kb, "key_space")
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert text == " ".join(typed) + " "
    assert kb.current_layout() == "letters"


def test_capital_accented_letters_with_shift(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    counter = KeyPressCounter()
    host.line.installEventFilter(counter)
    press_keys(qtbot, kb, "key_layout_accents")
    assert [*[kb.label(f"key_{c}") for c in "áéíóúüñ"], kb.label("key_question_inverted"),
            kb.label("key_exclamation_inverted")] == list("áéíóúüñ¿¡")
    press_keys(qtbot, kb, "key_layout_letters")
    press_keys(qtbot, kb, "key_shift", "key_shift")  # caps lock holds across pages
    for char in "áéíóúüñ":
        press_keys(qtbot, kb, "key_layout_accents")
        assert kb.label(f"key_{char}") == char.upper()
        press_keys(qtbot, kb, f"key_{char}")
        assert kb.current_layout() == "letters"
    press_keys(qtbot, kb, "key_ñ")
    assert host.line.text() == "ÁÉÍÓÚÜÑÑ"
    assert counter.codes[-1] == Qt.Key.Key_Ntilde  # the code a Spanish keyboard sends
    assert kb.label("key_ñ") == "Ñ"


def test_every_row_of_a_layout_is_as_wide_as_the_others():
    for name, rows in kl.LAYOUTS.items():
        widths = {kl.row_width(row) for row in rows}
        assert len(widths) == 1, (name, widths)
    letters = [[spec.text for spec in row] for row in kl.LETTERS]
    row = letters[1]
    assert row[row.index("l") + 1] == "ñ"  # where a Spanish keyboard has it


# -- a tap is never lost to the keyboard -----------------------------------


class Form(QWidget):
    """A screen whose button sits right above the keyboard: when the keyboard hides, the button
    drops to where the keyboard was, so a release after a hide would land on empty space."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(objectName="field")
        self.other = QLineEdit(objectName="other")
        self.other.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.next = QPushButton("Next", objectName="next")
        self.next.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # takes the focus on the press
        self.keyboard = OnScreenKeyboard()
        column = QVBoxLayout(self)
        column.addWidget(self.field)
        column.addWidget(self.other)
        column.addStretch(1)
        column.addWidget(self.next)
        column.addWidget(self.keyboard)
        self.resize(1280, 800)


@pytest.fixture
def form(qtbot):
    return show(qtbot, Form())


def test_a_button_that_takes_the_focus_still_gets_its_tap(qtbot, form):
    kb = form.keyboard
    focus(qtbot, form.field, kb)
    seen_at_click = []
    form.next.clicked.connect(lambda: seen_at_click.append(kb.isVisible()))
    tap(qtbot, form.next)
    assert seen_at_click == [True]  # the click came, with the keyboard still up
    qtbot.waitUntil(kb.isHidden)  # and then the keyboard followed the focus
    assert form.next.hasFocus()


def test_a_touch_on_the_button_gets_its_click_too(qtbot, form):
    kb = form.keyboard
    focus(qtbot, form.field, kb)
    seen_at_click = []
    form.next.clicked.connect(lambda: seen_at_click.append(kb.isVisible()))
    touch_at(qtbot, form, form.next.mapTo(form, form.next.rect().center()))
    assert seen_at_click == [True]
    qtbot.waitUntil(kb.isHidden)


def test_the_layout_holds_while_the_finger_is_down(qtbot, form):
    kb = form.keyboard
    focus(qtbot, form.field, kb)
    point = form.next.mapTo(form, form.next.rect().center())
    QTest.mousePress(form.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.processEvents()
    assert form.next.hasFocus()  # the press moved the focus off the field...
    assert kb.isVisible()  # ...but the keyboard stays
    assert form.next.mapTo(form, form.next.rect().center()) == point  # and so does the button
    with qtbot.waitSignal(form.next.clicked):
        QTest.mouseRelease(form.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(kb.isHidden)


def test_the_latest_focus_wins_without_a_flicker(qtbot, form):
    kb = form.keyboard
    focus(qtbot, form.field, kb)
    changes = []
    kb.visibility_changed.connect(changes.append)
    form.next.clicked.connect(lambda: form.other.setFocus())  # "Next" moves on to the next field
    tap(qtbot, form.next)
    qtbot.waitUntil(lambda: kb.current_layout() == "email")
    assert form.other.hasFocus()
    assert kb.isVisible()
    assert changes == []  # never hidden in between


def test_a_press_held_on_a_key_holds_the_keyboard(qtbot, form):
    kb = form.keyboard
    focus(qtbot, form.field, kb)
    key = kb.key("key_a")
    point = key.mapTo(form, key.rect().center())
    QTest.mousePress(form.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    form.next.setFocus()  # something moves the focus while the finger is on a key
    QApplication.processEvents()
    assert kb.isVisible() and kb.key("key_a") is key
    QTest.mouseRelease(form.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(kb.isHidden)  # after the release, the latest state


def test_a_press_on_the_keyboard_never_takes_the_fields_focus(qtbot):
    """Even inside a container that takes the focus on a click (Qt gives a click on a key that
    takes no focus to the nearest ancestor that does), a key tap leaves the field focused."""
    outer = QWidget()
    outer.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    field = QLineEdit(objectName="field")
    keyboard = OnScreenKeyboard()
    column = QVBoxLayout(outer)
    column.addWidget(field)
    column.addStretch(1)
    column.addWidget(keyboard)
    outer.resize(1000, 700)
    show(qtbot, outer)
    focus(qtbot, field, keyboard)
    changes = []
    keyboard.visibility_changed.connect(changes.append)
    tap(qtbot, keyboard.key("key_o"))
    gap = keyboard.mapTo(outer, QPoint(2, 2))  # the keyboard's own margin, between keys
    tap_at(qtbot, outer, gap)
    tap(qtbot, keyboard.key("key_k"))
    assert field.text() == "ok"
    assert field.hasFocus() and keyboard.isVisible()
    assert changes == []


# -- Enter does the screen's primary action --------------------------------


def test_enter_does_the_screens_action_and_says_so(qtbot, form):
    kb = form.keyboard
    done = []
    returns = []
    form.field.returnPressed.connect(lambda: returns.append(1))
    kb.set_enter_action("Next", "Next step", lambda: done.append(form.field.text()))
    focus(qtbot, form.field, kb)
    assert kb.label("key_enter") == "Next"
    assert kb.key("key_enter").accessibleName() == "Next step"
    type_text(qtbot, kb, "ok")
    with qtbot.waitSignal(kb.enter_pressed):
        press_keys(qtbot, kb, "key_enter")
    assert done == ["ok"]
    assert returns == []  # the action instead of Return
    press_keys(qtbot, kb, "key_layout_numbers")
    assert kb.label("key_enter") == "Next"  # on every page

    kb.set_enter_action(None, None, None)
    assert kb.label("key_enter") == "Enter"
    assert kb.key("key_enter").accessibleName() == "Enter"
    press_keys(qtbot, kb, "key_enter")
    assert returns == [1] and done == ["ok"]


def test_enter_in_a_multi_line_field_types_a_new_line(qtbot, host):
    kb = host.keyboard
    done = []
    kb.set_enter_action("Send", None, lambda: done.append(1))
    focus(qtbot, host.line, kb)
    assert kb.label("key_enter") == "Send"
    assert kb.key("key_enter").accessibleName() == "Send"  # spoken defaults to the label
    focus(qtbot, host.notes, kb)
    qtbot.waitUntil(lambda: kb.label("key_enter") == "New line")
    type_text(qtbot, kb, "a")
    press_keys(qtbot, kb, "key_enter")
    type_text(qtbot, kb, "b")
    assert host.notes.toPlainText() == "a\nb"
    assert done == []
    focus(qtbot, host.line, kb)
    qtbot.waitUntil(lambda: kb.label("key_enter") == "Send")


def test_reset_forgets_the_enter_action(qtbot, host):
    kb = host.keyboard
    kb.set_enter_action("Search", None, lambda: None)
    kb.reset()
    focus(qtbot, host.line, kb)
    assert kb.label("key_enter") == "Enter"


# -- words follow the language ---------------------------------------------


def spanish_ts(folder: Path) -> Path:
    """The shipped Spanish keyboard words, and a screen's "Next" for an Enter label given by a callable."""
    shipped = ET.parse(ROOT / "resources" / "translations" / "kiosk_es.ts").getroot()
    out = ET.Element("TS", version="2.1", language="es")
    for context in shipped.iter("context"):
        if context.findtext("name") == "OnScreenKeyboard":
            out.append(context)

    wizard = ET.SubElement(out, "context")
    ET.SubElement(wizard, "name").text = "Wizard"
    message = ET.SubElement(wizard, "message")
    ET.SubElement(message, "source").text = "Next"
    ET.SubElement(message, "translation").text = "Siguiente"
    path = folder / "kiosk_es.ts"
    ET.ElementTree(out).write(path, encoding="utf-8", xml_declaration=True)
    return path


@pytest.fixture
def spanish(tmp_path):
    """Switches the application to Spanish, as the header's language button does, and back."""
    translator = TsTranslator(spanish_ts(tmp_path))
    app = QApplication.instance()

    def switch():
        app.installTranslator(translator)

    yield switch
    app.removeTranslator(translator)


def test_every_word_follows_the_language(qtbot, host, spanish):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    press_keys(qtbot, kb, "key_layout_numbers")  # a page built in English...
    press_keys(qtbot, kb, "key_layout_letters")
    spanish()
    qtbot.waitUntil(lambda: kb.label("key_space") == "Espacio")
    assert kb.label("key_enter") == "Intro"
    assert kb.label("key_shift") == "Mayúsculas"
    spoken = {name: kb.key(name).accessibleName() for name in
              ("key_space", "key_enter", "key_backspace", "key_layout_numbers", "key_layout_accents",
               "key_apostrophe")}
    assert spoken == {
        "key_space": "Espacio", "key_enter": "Intro", "key_backspace": "Borrar",
        "key_layout_numbers": "Números y símbolos", "key_layout_accents": "Letras con acento",
        "key_apostrophe": "apóstrofo",
    }
    press_keys(qtbot, kb, "key_shift", "key_shift")
    assert kb.label("key_shift") == "Bloqueo de mayúsculas"
    press_keys(qtbot, kb, "key_layout_numbers")  # ...speaks Spanish too
    assert kb.key("key_question_inverted").accessibleName() == "signo de interrogación de apertura"
    assert kb.label("key_space") == "Espacio"
    press_keys(qtbot, kb, "key_layout_accents")  # and one built in Spanish
    assert kb.key("key_layout_letters").accessibleName() == "Letras"
    focus(qtbot, host.notes, kb)
    qtbot.waitUntil(lambda: kb.label("key_enter") == "Nueva línea")


def test_an_enter_label_given_as_a_callable_follows_the_language(qtbot, host, spanish):
    kb = host.keyboard
    kb.set_enter_action(lambda: QCoreApplication.translate("Wizard", "Next"), None, lambda: None)
    focus(qtbot, host.line, kb)
    assert kb.label("key_enter") == "Next"
    spanish()
    qtbot.waitUntil(lambda: kb.label("key_enter") == "Siguiente")
    assert kb.key("key_enter").accessibleName() == "Siguiente"


# -- sizes -------------------------------------------------------------------


def problems_of_keys(keyboard, window):
    """Keys outside the window, under 44 x 44 px, or with a label larger than its key's insides."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    problems = []
    for page in kl.LAYOUTS:
        keyboard._show_layout(page)
        settle_layout(keyboard)
        placed = []
        for button in visible_keys(keyboard):
            name = f"{page}/{button.objectName()}"
            rect = button.rect().translated(button.mapTo(window, QPoint(0, 0)))
            if not window.rect().contains(rect):
                problems.append(f"{name}: {rect} outside the window {window.rect()}")
            if not keyboard.rect().contains(button.rect().translated(button.mapTo(keyboard, QPoint(0, 0)))):
                problems.append(f"{name}: {rect} outside the keyboard")
            problems += [f"{name} overlaps {other}" for other, seen in placed if seen.intersects(rect)]
            placed.append((name, rect))
            if button.width() < MIN_KEY_SIZE or button.height() < MIN_KEY_SIZE:
                problems.append(f"{name}: {button.width()}x{button.height()}")
            option = QStyleOptionButton()
            button.initStyleOption(option)
            box = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic
            need = button.fontMetrics().boundingRect(box, int(flags), button.text())
            if need.width() > box.width() or need.height() > box.height():
                problems.append(f"{name}: {button.text()!r} needs {need.size()} in {box.size()}")
    return problems


def settle_layout(keyboard):
    """Let layouts settle, level by level, as they have by the time a frame is painted."""
    def geometry():
        return [b.geometry().translated(b.mapTo(keyboard.window(), QPoint(0, 0))) for b in visible_keys(keyboard)]

    for _ in range(10):
        before = geometry()
        QApplication.processEvents()
        if geometry() == before:
            return


def town_sheet(large_text):
    from kiosk.core.pack import Colours
    from kiosk.paths import themes_dir
    from kiosk.ui.theme import Look, stylesheet

    colours = Colours(primary="#1F4E79", on_primary="#FFFFFF", accent="#F2B705",
                      background="#FFFFFF", surface="#F3F5F8", text="#1A1A1A")
    return stylesheet(themes_dir() / "kiosk.qss", colours, Look(large_text=large_text))


@pytest.fixture
def town_look():
    """The town's stylesheet on the application, as the kiosk has it, for one test."""
    app = QApplication.instance()
    app.setStyleSheet(town_sheet(False))
    yield
    app.setStyleSheet("")


class Screen(QWidget):
    """A kiosk window in miniature. Large text is a sheet of its own on the visitor's widgets,
    set once they are all built, as kiosk.ui.display.DisplayController does."""

    def __init__(self, width, height, large_text) -> None:
        super().__init__()
        self.field = QLineEdit(objectName="field")
        self.notes = QPlainTextEdit(objectName="notes")
        self.keyboard = OnScreenKeyboard()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.field)
        column.addWidget(self.notes, 1)
        column.addWidget(self.keyboard)
        self.resize(width, height)
        if large_text:
            self.setStyleSheet(town_sheet(True))


SIZES = [(1280, 800), (1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_keyboard_fits_the_window(qtbot, town_look, spanish, size, scale, language):
    screen = Screen(*size, large_text=scale > 1)
    kb = screen.keyboard
    kb.set_scale(scale)  # before the keys were ever shown (and polished)
    show(qtbot, screen)
    if language == "es":
        spanish()
    focus(qtbot, screen.field, kb)
    press_keys(qtbot, kb, "key_shift", "key_shift")  # "Caps lock" is the longer word
    kb.set_enter_action("Set the new password", None, lambda: None)  # a long label must fit too
    qtbot.waitUntil(lambda: kb.height() <= 0.4 * size[1] + 1)
    assert screen.size().width() == size[0] and screen.size().height() == size[1]  # never grows
    assert problems_of_keys(kb, screen) == []
    if scale == 2.0 and size[1] >= 1920:
        kb._show_layout("letters")
        settle_layout(kb)
        assert kb.key("key_q").height() == 2 * 56  # room to spare: Large text keys in full


def test_refits_when_the_window_or_the_scale_changes(qtbot, town_look):
    screen = show(qtbot, Screen(1920, 1080, large_text=True))
    kb = screen.keyboard
    focus(qtbot, screen.field, kb)
    kb.set_scale(2.0)
    qtbot.waitUntil(lambda: kb.key("key_q").height() == 100)  # 40 % of 1080, in 4 rows
    screen.resize(1280, 800)
    qtbot.waitUntil(lambda: kb.height() <= 320)
    assert problems_of_keys(kb, screen) == []
    kb.set_scale(1.0)
    kb._show_layout("letters")
    qtbot.waitUntil(lambda: kb.key("key_q").height() == 56)
    assert problems_of_keys(kb, screen) == []


def test_every_key_is_touch_sized_and_named(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.line, kb)
    for scale in (1.0, 0.5, 2.0):
        kb.set_scale(scale)
        for page in kl.LAYOUTS:
            kb._show_layout(page)
            qtbot.waitUntil(lambda page=page: kb.current_layout() == page)
            for button in visible_keys(kb):
                qtbot.waitUntil(lambda b=button: min(b.width(), b.height()) >= MIN_KEY_SIZE)
    kb.set_scale(1.0)
    keys = kb.findChildren(QPushButton)
    assert len(keys) > 150
    for button in keys:
        assert button.objectName().startswith("key_")
        assert button.accessibleName().strip(), button.objectName()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.property("keyRole") in ("char", "action")
    for page in kb._stack.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        names = [b.objectName() for b in page.findChildren(QPushButton)]
        assert len(names) == len(set(names)), page.objectName()
    assert kb.objectName() == "onScreenKeyboard"


def test_spoken_names_of_special_keys(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.email, kb)
    spoken = {name: kb.key(name).accessibleName() for name in
              ("key_a", "key_shift", "key_backspace", "key_enter", "key_dotcom", "key_at",
               "key_layout_numbers")}
    assert spoken == {
        "key_a": "a", "key_shift": "Shift", "key_backspace": "Backspace", "key_enter": "Enter",
        "key_dotcom": "dot com", "key_at": "at sign", "key_layout_numbers": "Numbers and symbols",
    }
    focus(qtbot, host.line, kb)
    assert kb.key("key_space").accessibleName() == "Space"
    assert kb.key("key_layout_accents").accessibleName() == "Accented letters"
    assert kb.key("key_backspace").autoRepeat()


def test_key_tapped_emitted_per_tap(qtbot, host):
    focus(qtbot, host.line, host.keyboard)
    taps = []
    host.keyboard.key_tapped.connect(lambda: taps.append(1))
    press_keys(qtbot, host.keyboard, "key_a", "key_shift", "key_layout_numbers", "key_1")
    assert len(taps) == 4


def test_reset_returns_to_letters_unshifted_and_hidden(qtbot, host):
    kb = host.keyboard
    focus(qtbot, host.email, kb)
    press_keys(qtbot, kb, "key_shift", "key_shift", "key_layout_numbers")
    assert kb.current_layout() == "symbols" and kb.shift_mode() == "caps"
    kb.reset()
    assert kb.current_layout() == "letters"
    assert kb.shift_mode() == "off"
    assert kb.label("key_q") == "q"
    assert kb.isHidden()


def test_field_in_scroll_area_stays_visible(qtbot):
    host = QWidget()
    content = QWidget()
    fields = QVBoxLayout(content)
    for _ in range(12):
        fields.addWidget(QLineEdit())
    last = QLineEdit(objectName="last")
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
    show(qtbot, host)
    area.ensureWidgetVisible(last)
    focus(qtbot, last, keyboard)

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
