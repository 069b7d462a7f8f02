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
    keyboard.set_enter_action(tr("Next"), None, next_button.click)   # per screen

Screens choose a layout per field with :func:`set_keyboard_kind`. If a field
sits in a ``QScrollArea`` the keyboard scrolls it into view once shown.

A finger's tap is never lost to the keyboard: while a press is held anywhere in
the application the keyboard neither shows, hides nor changes page; a focus
change made meanwhile is followed once the release and its click are over
(:mod:`kiosk.ui.widgets.press_guard`). Its size follows the window and the text
scale (:mod:`kiosk.ui.widgets.keyboard_fit`), its words the language.

Privacy: the keyboard remembers nothing typed: no prediction, no learning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
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
from kiosk.ui.widgets.keyboard_fit import (
    KEY_SIZE,
    MIN_KEY_SIZE,
    SPACING,
    TEXT_INSET_X,
    TEXT_INSET_Y,
    KeyGrid,
    LabelFitter,
    PagePlan,
    page_sheet,
    plan_page,
)
from kiosk.ui.widgets.press_guard import PressGuard

__all__ = ["KEY_SIZE", "KINDS", "MIN_KEY_SIZE", "OnScreenKeyboard", "keyboard_kind", "set_keyboard_kind"]

KIND_PROPERTY = "keyboard"
KINDS = ("text", "email", "numeric", "none")

Label = str | Callable[[], str]  # a callable is asked again when the language changes

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
    if kind is None and isinstance(widget, (QAbstractSpinBox, QComboBox)) and (edit := widget.lineEdit()):
        kind = edit.property(KIND_PROPERTY)  # a screen may tag the inner edit
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


def _multi_line(widget: QWidget | None) -> bool:
    """Enter in these types a new line, whatever the screen's primary action."""
    return isinstance(widget, (QPlainTextEdit, QTextEdit))


@dataclass(slots=True)
class _Key:
    button: QPushButton
    spec: kl.KeySpec
    page: str
    label: str = ""  # what the key says, before fitting ("&" single, no line break)
    own_px: int = 0  # the key's own font size, when its label needs less than its page's


@dataclass(frozen=True, slots=True)
class _EnterAction:
    label: Label | None
    spoken: Label | None
    action: Callable[[], None]


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
        self._base = "letters"  # the layout the symbols and accents pages return to
        self._scale = 1.0
        self._keys: list[_Key] = []
        self._pages: dict[str, QWidget] = {}
        self._page_keys: dict[str, list[_Key]] = {}
        self._plans: dict[str, PagePlan] = {}
        self._page_sheets: dict[str, str] = {}  # what each page's own sheet says, or will once shown
        self._refit_pending = True  # sizes are worked out when the keyboard shows
        self._enter: _EnterAction | None = None
        self._follow_pending = False
        self._watched_window: QWidget | None = None
        self._resize_queued = False
        self._fitter = LabelFitter(self.font())

        self._stack = QStackedWidget(self)
        self._stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        column.addWidget(self._stack)

        self._show_layout("letters")  # the other pages are built when first asked for
        self.hide()
        self._presses = PressGuard(self)
        self._presses.settled.connect(self._follow_focus)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._on_focus_changed)
        self._watch_window()

    # -- public -------------------------------------------------------------

    def current_layout(self) -> str:
        """The layout on show: "letters", "symbols", "accents", "email" or "numeric"."""
        page = self._stack.currentWidget()
        assert page is not None         # "letters" from the start
        return page.objectName().removeprefix("layout_")

    def shift_mode(self) -> str:
        """Shift state: "off", "once" (next letter only) or "caps"."""
        return self._shift

    def key(self, object_name: str) -> QPushButton | None:
        """The button called ``object_name`` (e.g. "key_a", "key_ñ") in the current layout."""
        page = self._stack.currentWidget()
        assert page is not None         # "letters" from the start
        return page.findChild(QPushButton, object_name)

    def label(self, object_name: str) -> str:
        """What a key of the current layout says, as one line (its text may be wrapped to fit)."""
        button = self.key(object_name)
        return "" if button is None else button.text().replace("\n", " ").replace("&&", "&")

    def set_scale(self, factor: float) -> None:
        """Scale keys and their text for large-text mode (1.0 = normal, 2.0 = Large text),
        within the keyboard's share of the window's height."""
        self._scale = max(0.5, min(factor, 3.0))
        self._refit()

    def set_enter_action(self, label: Label | None, spoken: Label | None = None,
                         action: Callable[[], None] | None = None) -> None:
        """Make Enter do the screen's primary action: it says ``label`` (e.g. "Next", "Search",
        "Send", "Sign in"; translated by the caller, or a callable asked again when the language
        changes), a screen reader says ``spoken`` (default: ``label``), and a tap calls ``action``
        instead of typing Return into a single-line field. ``action=None``: Enter says "Enter"
        and types Return. In a multi-line field Enter always types a new line ("New line")."""
        self._enter = None if action is None else _EnterAction(label, spoken, action)
        self._update_enter_keys()

    def reset(self) -> None:
        """Back to letters, shift off, no Enter action, hidden: for the end of a visitor's session."""
        self._base = "letters"
        self._follow_pending = False
        self._enter = None
        self._set_shift("off")
        self._show_layout("letters")
        self._update_enter_keys()
        self.hide()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        """Announce every change, however it happens, so the lead can react."""
        was_hidden = self.isHidden()
        super().setVisible(visible)
        if was_hidden != self.isHidden():
            self.visibility_changed.emit(not self.isHidden())

    # -- building -----------------------------------------------------------

    def _page(self, name: str) -> QWidget:
        """A page, built the first time it is needed: most visits never see most pages, and
        the kiosk's start-up is shorter for every key not made."""
        if name not in self._pages:
            self._pages[name] = page = self._build_page(name, kl.LAYOUTS[name])
            self._stack.addWidget(page)
            self._retranslate(self._page_keys[name])
            if self._plans:
                self._plans = {}  # the new page's keys count for its label size
                self._refit()
        return self._pages[name]

    def _build_page(self, name: str, rows: list[list[kl.KeySpec]]) -> QWidget:
        """One layout as a grid of half-key columns, so wide keys and offsets line up."""
        page = QWidget()
        page.setObjectName(f"layout_{name}")
        self._page_keys[name] = []
        self._page_sheets[name] = ""
        keys = KeyGrid(len(rows), round(2 * max(kl.row_width(row) for row in rows)), page)
        for r, row in enumerate(rows):
            col = 0
            for spec in row:
                span = round(spec.width * 2)
                if spec.action != kl.GAP:
                    keys.place(self._make_key(spec, keys, name), r, col, span)
                col += span
        centre = QHBoxLayout(page)  # keys as wide as they may be, centred
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setSpacing(0)
        centre.addStretch(1)
        centre.addWidget(keys, 1000)
        centre.addStretch(1)
        return page

    def _make_key(self, spec: kl.KeySpec, parent: QWidget, layout: str) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(f"key_{spec.key_id}")
        button.setProperty("keyRole", "action" if spec.action else "char")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        if spec.action == kl.BACKSPACE:
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(400)
            button.setAutoRepeatInterval(80)
        elif spec.action == kl.SHIFT:
            button.setCheckable(True)
        button.clicked.connect(partial(self._on_key, spec, layout))
        key = _Key(button, spec, layout, spec.text)
        self._keys.append(key)
        self._page_keys[layout].append(key)
        return button

    def _labels(self) -> dict[str, str]:
        return {
            kl.BACKSPACE: self.tr("⌫"),
            kl.TO_SYMBOLS: self.tr("?123"),
            kl.TO_LETTERS: self.tr("ABC"),
            kl.TO_ACCENTS: self.tr("á é í"),
            "space": self.tr("Space"),
        }

    def _spoken_names(self) -> dict[str, str]:
        """What a screen reader says for keys whose label is not a plain letter or digit."""
        return {
            kl.BACKSPACE: self.tr("Backspace"),
            kl.TO_SYMBOLS: self.tr("Numbers and symbols"),
            kl.TO_LETTERS: self.tr("Letters"),
            kl.TO_ACCENTS: self.tr("Accented letters"),
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
            "question_inverted": self.tr("inverted question mark"),
            "exclamation_inverted": self.tr("inverted exclamation mark"),
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

    # -- words --------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Built once for the kiosk's life, so it follows every language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._enter is not None and (callable(self._enter.label) or callable(self._enter.spoken)):
                # The screen that gave the words may retranslate after the keyboard.
                QTimer.singleShot(0, self, self._update_enter_keys)
        super().changeEvent(event)

    def _retranslate(self, keys: list[_Key] | None = None) -> None:
        labels, names = self._labels(), self._spoken_names()
        for key in self._keys if keys is None else keys:
            if key.spec.action in (kl.SHIFT, kl.ENTER) or _is_letter(key.spec):
                continue  # their words depend on the shift state or the field (below)
            key.label = labels.get(key.spec.key_id, key.spec.text)
            key.button.setAccessibleName(names.get(key.spec.key_id, key.spec.text))
            self._show_label(key)
        self._set_shift(self._shift)
        self._update_enter_keys()

    def _update_enter_keys(self) -> None:
        field = QApplication.focusWidget()
        if _multi_line(field):
            label = spoken = self.tr("New line")
        elif self._enter is not None:
            label = _resolve(self._enter.label) or self.tr("Enter")
            spoken = _resolve(self._enter.spoken) or label
        else:
            label = spoken = self.tr("Enter")
        for key in self._keys:
            if key.spec.action == kl.ENTER and (key.label != label or key.button.accessibleName() != spoken):
                key.label = label
                key.button.setAccessibleName(spoken)
                self._show_label(key)

    # -- size ---------------------------------------------------------------

    def _refit(self) -> None:
        """Key sizes for the window's height and the keyboard's width, then every label.
        Worked out when the keyboard shows, not for a keyboard nobody sees."""
        if not self.isVisible():
            self._refit_pending = True
            return
        self._refit_pending = False
        window = self.window()
        height = 0 if window is self else window.height()
        self._fitter.set_font(self.font())
        plans = {}
        for name in self._pages:
            rows = kl.LAYOUTS[name]
            units = max(kl.row_width(row) for row in rows)
            plan = plan_page(len(rows), units, height, self.width(), self._scale)
            plans[name] = replace(plan, font_px=self._page_font(name, plan))
        if plans == self._plans:
            return
        self._plans = plans
        for name, plan in plans.items():
            keys = self._pages[name].findChild(KeyGrid, "keys")
            assert keys is not None         # every page has its grid
            keys.setFixedHeight(plan.keys_height)
            keys.setMinimumWidth(plan.min_keys_width)
            keys.setMaximumWidth(max(plan.keys_width, plan.min_keys_width))
            self._page_sheets[name] = page_sheet(plan.font_px)
        self._applypage_sheet(self.current_layout())
        for key in self._keys:
            self._show_label(key)
        self.updateGeometry()

    def _applypage_sheet(self, name: str) -> None:
        """A page's sheet changes when its font size does; a page out of sight waits till shown
        (a new sheet restyles every key of the page)."""
        page = self._pages[name]
        if page.styleSheet() != self._page_sheets[name]:
            page.setStyleSheet(self._page_sheets[name])
            keys = page.findChild(KeyGrid, "keys")
            assert keys is not None         # every page has its grid
            keys.arrange()  # minimum sizes changed

    def _page_font(self, name: str, plan: PagePlan) -> int:
        """The page's label size: what its one-character keys can all take, in either case."""
        px = plan.font_px
        for key in self._page_keys[name]:
            if len(key.spec.text) == 1:
                width, height = self._label_box(key, plan)
                for char in {key.spec.text, key.spec.text.upper()}:
                    px = min(px, self._fitter.fit(char, width, height, px)[1])
        return px

    @staticmethod
    def _label_box(key: _Key, plan: PagePlan) -> tuple[float, float]:
        return (plan.key_width(key.spec.width) - 2 * TEXT_INSET_X, plan.key_height - 2 * TEXT_INSET_Y)

    def _show_label(self, key: _Key) -> None:
        """Show ``key.label``, on two lines or smaller than its page's if that is what fits."""
        plan = self._plans.get(key.page)
        text, px = key.label, 0
        if plan is not None and key.label:
            text, px = self._fitter.fit(key.label, *self._label_box(key, plan), plan.font_px)
        key.button.setText(text.replace("&", "&&"))  # "&" alone would mark a mnemonic
        own = px if plan is not None and 0 < px < plan.font_px else 0
        if own != key.own_px:
            key.own_px = own
            key.button.setStyleSheet(f"font-size: {own}px;" if own else "")

    def _watch_window(self) -> None:
        """Follow the window's size. Asked at construction and on every show: a keyboard moved
        into a window while hidden needs no sizes before it shows."""
        window = self.window()
        if window is self._watched_window:
            return
        if self._watched_window is not None:
            self._watched_window.removeEventFilter(self)
        self._watched_window = None if window is self else window
        if self._watched_window is not None:
            self._watched_window.installEventFilter(self)
            self._presses.watch_windows()
        self._refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._watched_window and event.type() == QEvent.Type.Resize and not self._resize_queued:
            # Once the window's own layout has taken the new size: a size hint changed in the
            # middle of that is not seen by it.
            self._resize_queued = True
            QTimer.singleShot(0, self, self._on_window_resized)
        return False

    def _on_window_resized(self) -> None:
        self._resize_queued = False
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._watch_window()
        self._presses.watch_windows()  # the window may have been shown after the keyboard was built
        if self._refit_pending:
            self._refit()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        if event.size().width() != event.oldSize().width():
            self._refit()
        super().resizeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _on_key(self, spec: kl.KeySpec, page: str) -> None:
        self.key_tapped.emit()
        if spec.action == kl.SHIFT:
            self._set_shift({"off": "once", "once": "caps", "caps": "off"}[self._shift])
        elif spec.action == kl.TO_SYMBOLS:
            self._show_layout("symbols")
        elif spec.action == kl.TO_ACCENTS:
            self._show_layout("accents")
        elif spec.action == kl.TO_LETTERS:
            self._show_layout(self._base)
        elif spec.action == kl.BACKSPACE:
            self._send(Qt.Key.Key_Backspace)
        elif spec.action == kl.ENTER:
            self._on_enter()
        else:
            if _is_letter(spec):
                char = spec.text.upper() if self._shift != "off" else spec.text
                self._send(_key_code(char), char)
                if self._shift == "once":
                    self._set_shift("off")
            else:
                for char in spec.text:  # ".com" is four ordinary key presses
                    self._send(_key_code(char), char)
            if page == "accents":
                self._show_layout(self._base)  # one accented letter, then back, like Shift

    def _on_enter(self) -> None:
        if self._enter is None or _multi_line(QApplication.focusWidget()):
            self._send(Qt.Key.Key_Return, "\r")
            self.enter_pressed.emit()
            return
        self.enter_pressed.emit()
        self._enter.action()  # last: it may well change the screen

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
        caps = self.tr("Caps lock") if mode == "caps" else self.tr("Shift")
        for key in self._keys:
            if key.spec.action == kl.SHIFT:
                key.button.setChecked(upper)
                label = caps
            elif _is_letter(key.spec):
                label = key.spec.text.upper() if upper else key.spec.text
            else:
                continue
            if label != key.label or not key.button.text():
                key.label = label
                key.button.setAccessibleName(label)
                self._show_label(key)

    def _show_layout(self, name: str) -> None:
        """Switch pages; only the current page counts for size, so the numeric pad stays small."""
        current = self._page(name)
        for page in self._pages.values():
            size = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(size, size)
        self._applypage_sheet(name)
        self._stack.setCurrentWidget(current)
        self._stack.updateGeometry()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._presses.held():
            self._follow(new)
            return
        if (self._pressed_on_keys() and new is not None and new.isAncestorOf(self)
                and old is not None and keyboard_kind(old) != "none"):
            # Qt gives a click on a key (which takes no focus) to the nearest ancestor that does.
            old.setFocus(Qt.FocusReason.OtherFocusReason)  # a tap on the keys keeps the field's focus
            return
        self._follow_pending = True  # after the release and its click: the layout holds till then

    def _pressed_on_keys(self) -> bool:
        pressed = self._presses.pressed_at()
        if pressed is None or self.isHidden():
            return False
        window, position = pressed
        return window is self.window().windowHandle() and self.rect().contains(self.mapFromGlobal(position).toPoint())

    def _follow_focus(self) -> None:
        if self._follow_pending:
            self._follow_pending = False
            self._follow(QApplication.focusWidget())  # the latest state wins

    def _follow(self, new: QWidget | None) -> None:
        kind = keyboard_kind(new)
        if new is None or kind == "none" or new.window() is not self.window():
            self.hide()
            return
        self._base = {"email": "email", "numeric": "numeric"}.get(kind, "letters")
        self._set_shift("off")
        self._show_layout(self._base)
        if kind == "numeric":
            self._show_numeric_extras(new)
        self._update_enter_keys()
        self.show()
        QTimer.singleShot(0, self, self._scroll_focus_into_view)  # after the layout has shrunk

    def _show_numeric_extras(self, field: QWidget) -> None:
        """Offer "-", "." and "+" only to fields that can take them (not to a PIN, say)."""
        hints = field.inputMethodHints()
        formatted = bool(hints & Qt.InputMethodHint.ImhFormattedNumbersOnly)
        dialable = bool(hints & Qt.InputMethodHint.ImhDialableCharactersOnly)
        minimum = getattr(field, "minimum", None)  # QSpinBox, QDoubleSpinBox
        negative = isinstance(field, QAbstractSpinBox) and callable(minimum) and minimum() < 0
        page = self._page("numeric")
        for name, shown in (("key_minus", formatted or dialable or negative), ("key_period", formatted),
                            ("key_plus", dialable)):
            key = page.findChild(QPushButton, name)
            assert key is not None          # the numeric page has all three
            key.setVisible(shown)

    def _scroll_focus_into_view(self) -> None:
        field = QApplication.focusWidget()
        if field is None or self.isHidden():
            return
        ancestor = field.parentWidget()
        while ancestor is not None:  # innermost scroll area first
            if (isinstance(ancestor, QScrollArea) and (content := ancestor.widget()) is not None
                    and content.isAncestorOf(field)):
                ancestor.ensureWidgetVisible(field)
            ancestor = ancestor.parentWidget()


def _resolve(label: Label | None) -> str:
    return (label() if callable(label) else label) or ""


def _is_letter(spec: kl.KeySpec) -> bool:
    return len(spec.text) == 1 and spec.text.isalpha()


def _key_code(char: str) -> int:
    """Qt's key code for a Latin-1 character is its upper-case code point (Key_A, Key_Ntilde,
    Key_questiondown); the text of the event is what a field types, whatever the code."""
    upper = char.upper()
    if len(upper) == 1 and " " <= upper <= "\xff" and upper.isprintable():
        return ord(upper)
    return int(Qt.Key.Key_unknown.value)
