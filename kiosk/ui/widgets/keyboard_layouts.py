# SPDX-License-Identifier: Apache-2.0
"""Key layouts for the on-screen keyboard, as plain data.

Kept apart from the widget so a layout can be read (and changed) at a glance.
A row is a list of ``KeySpec``; widths are in key units (1 unit = one letter key,
halves allowed) and every row of a layout adds up to the same width so columns line up.

The letters are those of English and Spanish: ñ sits right of l, as on a Spanish keyboard,
and the "á é í" key opens the accents page (á é í ó ú ü ñ ¿ ¡ and the accented letters of
names from nearby languages), which goes back to letters after one character, so "Muñoz" is
typed without learning anything. The pages share their frame: Backspace top right, Enter
below it, Shift bottom left, and the page keys in the same two places, so a page key
brings back the page it came from when tapped again.
"""

from __future__ import annotations

from dataclasses import dataclass

# Actions a non-character key performs.
SHIFT = "shift"
BACKSPACE = "backspace"
ENTER = "enter"
TO_SYMBOLS = "layout_numbers"  # letters/email -> numbers & symbols
TO_LETTERS = "layout_letters"  # numbers & symbols or accents -> back to letters/email
TO_ACCENTS = "layout_accents"  # letters or symbols -> accented letters, ¿ and ¡
GAP = "gap"  # empty space, no button

# Object-name suffixes for characters that cannot appear in an objectName as-is.
SYMBOL_IDS = {
    " ": "space", "@": "at", ".": "period", ",": "comma", "-": "minus", "_": "underscore",
    "'": "apostrophe", '"': "quote", "?": "question", "!": "exclamation", "#": "hash",
    "$": "dollar", "%": "percent", "&": "ampersand", "*": "asterisk", "(": "paren_left",
    ")": "paren_right", "+": "plus", "=": "equals", "/": "slash", ":": "colon",
    ";": "semicolon", ".com": "dotcom", "¿": "question_inverted", "¡": "exclamation_inverted",
}


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One key: it either types ``text`` or performs ``action``."""

    text: str = ""
    action: str = ""
    width: float = 1.0

    @property
    def key_id(self) -> str:
        """The objectName suffix: ``key_<id>`` (a letter is its own id: ``key_ñ``)."""
        if self.action:
            return self.action
        return SYMBOL_IDS.get(self.text, self.text)


def _chars(chars: str, width: float = 1.0) -> list[KeySpec]:
    return [KeySpec(c, width=width) for c in chars.split()]


def _key(text: str = "", action: str = "", width: float = 1.0) -> KeySpec:
    return KeySpec(text, action, width)


def row_width(row: list[KeySpec]) -> float:
    return sum(spec.width for spec in row)


LETTERS = [
    [*_chars("q w e r t y u i o p"), _key(action=BACKSPACE, width=2)],
    [*_chars("a s d f g h j k l ñ"), _key(action=ENTER, width=2)],
    [_key(action=SHIFT, width=2), *_chars("z x c v b n m , . -")],
    [_key(action=TO_SYMBOLS, width=2), _key(action=TO_ACCENTS, width=2), _key("'"),
     _key(" ", width=6), _key("?")],
]

SYMBOLS = [
    [*_chars("1 2 3 4 5 6 7 8 9 0"), _key(action=BACKSPACE, width=2)],
    [*_chars('@ # $ % & * ( ) " /'), _key(action=ENTER, width=2)],
    [_key(action=GAP, width=0.5), *_chars("- _ + = : ; ! ? ¡ ¿ '"), _key(action=GAP, width=0.5)],
    [_key(action=TO_LETTERS, width=2), _key(action=TO_ACCENTS, width=2), _key(","),
     _key(" ", width=6), _key(".")],
]

ACCENTS = [
    [*_chars("á é í ó ú", width=2), _key(action=BACKSPACE, width=2)],
    [*_chars("ü ñ ¿ ¡", width=2.5), _key(action=ENTER, width=2)],
    [_key(action=SHIFT, width=2), *_chars("à è ç ã õ â ê ô ä ö")],
    [_key(action=TO_SYMBOLS, width=2), _key(action=TO_LETTERS, width=2), _key(","),
     _key(" ", width=6), _key(".")],
]

# Addresses are ASCII, so the e-mail page stays ASCII.
EMAIL = [
    [*_chars("1 2 3 4 5 6 7 8 9 0"), _key(action=BACKSPACE)],
    _chars("q w e r t y u i o p +"),
    [*_chars("a s d f g h j k l"), _key(action=ENTER, width=2)],
    [_key(action=SHIFT, width=2), *_chars("z x c v b n m - _")],
    [_key(action=TO_SYMBOLS, width=2), _key("@", width=3), _key(".", width=3),
     _key(".com", width=3)],
]

# "-", "." and "+" are shown only for fields that accept them (see keyboard.py).
NUMERIC = [
    [*_chars("1 2 3"), _key(action=BACKSPACE)],
    _chars("4 5 6 -"),
    _chars("7 8 9 ."),
    [_key("+"), _key("0"), _key(action=ENTER, width=2)],
]

LAYOUTS = {"letters": LETTERS, "symbols": SYMBOLS, "accents": ACCENTS, "email": EMAIL, "numeric": NUMERIC}
