# SPDX-License-Identifier: Apache-2.0
"""Street addresses reduced to one comparable key (USPS Publication 28: "12 main street" -> "12 MAIN ST").

Records and parcels are linked, and residents' queries matched, on this key, so the same function
must be used on the way in and on the way out. usaddress-scourgify does the parsing; what it cannot
parse (empty, "ROUTE 10", a PO box, emoji) falls back to uppercase, collapsed spaces and the Pub 28
abbreviations from scourgify's own tables. `address_key` never raises.

Parsing is slow (about half a millisecond), so an import would spend most of its time here. usaddress sees a
house number only as its length and its trailing zeros, and scourgify copies it through, so
"2385 LONGBRIDGE DR" is keyed as "9999 LONGBRIDGE DR" (cached: one parse per street and number
shape) with the number put back. Where that cannot be shown to hold (the stand-in is not the
first word of the key, or its digits also occur elsewhere) the address is parsed as it is.
`reference_key` is the same key without this shortcut; the tests check that the two agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s#/&+-]")


_HOUSE_NUMBER = re.compile(r"([0-9]+) ")
_TRAILING_ZEROS = re.compile(r"0*$")


def address_key(text: object) -> str:
    """The normalised form of a street address ("" for nothing usable); never raises."""
    try:
        plain = _plain(text)
        number = _HOUSE_NUMBER.match(plain)
        key = _by_stand_in(plain, number.group(1)) if number else None
        return key if key is not None else _stable_key(plain)
    except Exception:   # noqa: BLE001 - a key for any input: the parser must never take an import down
        try:
            return _SPACES.sub(" ", str(text)).strip().upper()[:200]
        except Exception:  # noqa: BLE001
            return ""


def reference_key(text: object) -> str:
    """address_key without the house-number shortcut and without the cache (slow)."""
    try:
        return _stable_key.__wrapped__(_plain(text))
    except Exception:  # noqa: BLE001
        return address_key(text)


def _by_stand_in(plain: str, number: str) -> str | None:
    """The key of `plain` from the key of the same address with a stand-in house number of the
    same length and trailing zeros; None where the shortcut does not apply."""
    zeros = len(_TRAILING_ZEROS.search(number).group())
    stand_in = "9" * (len(number) - zeros) + "0" * zeros
    rest = plain[len(number):]
    if stand_in in rest:
        return None
    key = _stable_key(stand_in + rest)
    tail = key[len(stand_in):]
    if not key.startswith(stand_in) or (tail and not tail.startswith(" ")) or stand_in in tail:
        return None
    return number + tail


@lru_cache(maxsize=65536)      # a town's exports repeat the same streets over and over
def _stable_key(plain: str) -> str:
    # Applied again until it stops changing (at most a few rounds), so that a key typed back in
    # as a query, or re-imported, gives itself.
    key = plain
    for _ in range(4):
        again = unicodedata.normalize("NFKC", _once(key))    # scourgify may hand back decomposed letters
        if again == key:
            break
        key = again
    return key


def _once(plain: str) -> str:
    if not plain:
        return ""
    parsed = _scourgify(plain)
    if parsed and _DIGITS.findall(parsed) == _DIGITS.findall(plain):
        return parsed
    return _fallback(plain)


def _plain(text: object) -> str:
    if text is None:
        return ""
    value = str(text)
    if value.isascii() and value.isprintable():     # the usual case: nothing to normalise
        return _SPACES.sub(" ", value).strip().upper()[:200]
    value = unicodedata.normalize("NFKC", value)
    value = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value)
    return _SPACES.sub(" ", value).strip().upper()[:200]


def _scourgify(plain: str) -> str:
    # Imported here: scourgify loads its tables on first use, and most callers of this module
    # (the kiosk's start-up) never need them.
    from scourgify import normalize_address_record
    from scourgify.exceptions import AddressNormalizationError

    try:
        parts = normalize_address_record(plain)
    except (AddressNormalizationError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return ""
    line = " ".join(p for p in (parts.get("address_line_1"), parts.get("address_line_2")) if p)
    return _SPACES.sub(" ", line).strip()


def _fallback(plain: str) -> str:
    from scourgify.address_constants import (DIRECTIONAL_REPLACEMENTS, OCCUPANCY_TYPE_ABBREVIATIONS,
                                             STREET_TYPE_ABBREVIATIONS)

    words = _SPACES.sub(" ", _PUNCT.sub(" ", plain)).split()
    out = []
    for word in words:
        out.append(DIRECTIONAL_REPLACEMENTS.get(word) or OCCUPANCY_TYPE_ABBREVIATIONS.get(word)
                   or STREET_TYPE_ABBREVIATIONS.get(word) or word)
    return " ".join(out)
