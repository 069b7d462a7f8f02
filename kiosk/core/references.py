# SPDX-License-Identifier: Apache-2.0
"""Reference numbers residents are given for what they send, e.g. ``WES-2026-0000042-B``.

Town prefix (three letters), year, a number no other message has (from blocks each kiosk
reserves in the shared database, so two kiosks never hand out the same one, not even offline:
kiosk.core.offline; zero-padded to seven digits, longer when needed) and an ISO 7064 MOD 37-2
check character over the rest, which catches every single mistyped character and every swap of
two neighbours.

Reading one back forgives case, spaces and dashes, and O/0 and I/1 (and L/1) mix-ups where the
position allows only letters or only digits. Not in the check character, whose alphabet has both:
forgiving a look-alike there would let another mistake through.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.iso7064 import mod_37_2

NUMBER_DIGITS = 7
_TO_LETTER = str.maketrans({"0": "O", "1": "I"})
_TO_DIGIT = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE = re.compile(rf"([A-Z]{{3}})([0-9]{{4}})([0-9]{{{NUMBER_DIGITS},}})([0-9A-Z*])")
_DROPPED = re.compile(r"[\s\-\u2010-\u2015\u2212._/]+")


def prefix_for(town_name: str) -> str:
    """A town's three-letter prefix: the first three ASCII letters of its name ("Westport" -> "WES")."""
    letters = [c for c in unicodedata.normalize("NFKD", town_name).upper() if "A" <= c <= "Z"]
    if len(letters) < 3:
        raise ValueError(f"{town_name!r} has fewer than three letters for a reference prefix")
    return "".join(letters[:3])


def make_reference(prefix: str, year: int, number: int) -> str:
    if not re.fullmatch(r"[A-Z]{3}", prefix):
        raise ValueError(f"a reference prefix is three capital letters, not {prefix!r}")
    if not 1000 <= year <= 9999 or number < 0:
        raise ValueError(f"no reference for year {year}, number {number}")
    body = f"{prefix}{year}{number:0{NUMBER_DIGITS}d}"
    return f"{prefix}-{year}-{number:0{NUMBER_DIGITS}d}-{mod_37_2.calc_check_digit(body)}"


def parse_reference(text: str) -> tuple[str, int, int] | None:
    """(prefix, year, number) of a reference as a person might type it, or None if it is not one."""
    compact = _DROPPED.sub("", unicodedata.normalize("NFKC", text)).upper()
    if len(compact) < 3 + 4 + NUMBER_DIGITS + 1 or not compact.isascii():
        return None
    prefix = compact[:3].translate(_TO_LETTER)
    digits = compact[3:-1].translate(_TO_DIGIT)
    whole = prefix + digits + compact[-1]
    match = _SHAPE.fullmatch(whole)
    if match is None or not mod_37_2.is_valid(whole):
        return None
    return match[1], int(match[2]), int(match[3])


def is_valid(text: str) -> bool:
    return parse_reference(text) is not None


def normalise(text: str) -> str | None:
    """The reference as printed (``WES-2026-0000042-B``), or None if the text is not one."""
    parsed = parse_reference(text)
    return None if parsed is None else make_reference(*parsed)
