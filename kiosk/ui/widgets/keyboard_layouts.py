# SPDX-License-Identifier: Apache-2.0
"""Key layouts for the on-screen keyboard, as plain data.

Kept apart from the widget so a layout can be read (and changed) at a glance.
A row is a list of ``KeySpec``; widths are in key units (1 unit = one letter key)
and every row of a layout adds up to the same width so columns line up.
"""

from __future__ import annotations

from dataclasses import dataclass

# Actions a non-character key performs.
SHIFT = "shift"
BACKSPACE = "backspace"
ENTER = "enter"
TO_SYMBOLS = "layout_numbers"  # letters/email -> numbers & symbols
TO_LETTERS = "layout_letters"  # numbers & symbols -> back to letters/email
GAP = "gap"  # empty space, no button

# Object-name suffixes for characters that cannot appear in an objectName as-is.
SYMBOL_IDS = {
    " ": "space", "@": "at", ".": "period", ",": "comma", "-": "minus", "_": "underscore",
    "'": "apostrophe", '"': "quote", "?": "question", "!": "exclamation", "#": "hash",
    "$": "dollar", "%": "percent", "&": "ampersand", "*": "asterisk", "(": "paren_left",
    ")": "paren_right", "+": "plus", "=": "equals", "/": "slash", ":": "colon",
    ";": "semicolon", ".com": "dotcom",
}


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One key: it either types ``text`` or performs ``action``."""

    text: str = ""
    action: str = ""
    width: float = 1.0

    @property
    def key_id(self) -> str:
        """The objectName suffix: ``key_<id>``."""
        if self.action:
            return self.action
        return SYMBOL_IDS.get(self.text, self.text)


def _chars(chars: str) -> list[KeySpec]:
    return [KeySpec(c) for c in chars.split()]


def _key(text: str = "", action: str = "", width: float = 1.0) -> KeySpec:
    return KeySpec(text, action, width)


LETTERS = [
    _chars("q w e r t y u i o p") + [_key(action=BACKSPACE)],
    [_key(action=GAP, width=0.5)] + _chars("a s d f g h j k l") + [_key(action=ENTER, width=1.5)],
    [_key(action=SHIFT, width=2)] + _chars("z x c v b n m , ."),
    [_key(action=TO_SYMBOLS, width=2), _key("'"), _key(" ", width=6), _key("-"), _key("?")],
]

SYMBOLS = [
    _chars("1 2 3 4 5 6 7 8 9 0") + [_key(action=BACKSPACE)],
    [_key(action=GAP, width=0.5)] + _chars('@ # $ % & * ( ) "') + [_key(action=ENTER, width=1.5)],
    _chars("- _ + = / : ; , ! ? ."),
    [_key(action=TO_LETTERS, width=2), _key(" ", width=9)],
]

EMAIL = [
    _chars("1 2 3 4 5 6 7 8 9 0") + [_key(action=BACKSPACE)],
    _chars("q w e r t y u i o p +"),
    [_key(action=GAP, width=0.5)] + _chars("a s d f g h j k l") + [_key(action=ENTER, width=1.5)],
    [_key(action=SHIFT, width=2)] + _chars("z x c v b n m - _"),
    [_key(action=TO_SYMBOLS, width=2), _key("@", width=3), _key(".", width=3),
     _key(".com", width=3)],
]

# "-", "." and "+" are shown only for fields that accept them (see keyboard.py).
NUMERIC = [
    _chars("1 2 3") + [_key(action=BACKSPACE)],
    _chars("4 5 6 -"),
    _chars("7 8 9 ."),
    [_key("+"), _key("0"), _key(action=ENTER, width=2)],
]

LAYOUTS = {"letters": LETTERS, "symbols": SYMBOLS, "email": EMAIL, "numeric": NUMERIC}
