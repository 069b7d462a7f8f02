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

The cache holds town data (an import's, the demo loader's). A resident's query is keyed by
`query_key`, which never writes to it: what a visitor typed must not outlive the visit.

`address_order` splits a key into what residents expect a list of addresses sorted by: the
street, the house number as a number, then the unit ("2 MAIN ST" before "10 MAIN ST", "APT 2"
before "APT 10").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s#/&+-]")


_HOUSE_NUMBER = re.compile(r"([0-9]+) ")
_TRAILING_ZEROS = re.compile(r"0*$")


def address_key(text: object) -> str:
    """The normalised form of a street address ("" for nothing usable); never raises. Cached: for
    the town's own addresses (imports, demo data); a visitor's query goes through query_key."""
    return _key(text, _stable_key)


def query_key(text: object) -> str:
    """address_key of a resident's query, computed without the cache (neither read nor written), so
    that no query stays in memory after the visit. Under a millisecond, a search takes several."""
    return _key(text, _parse)


def reference_key(text: object) -> str:
    """address_key without the house-number shortcut and without the cache (slow)."""
    try:
        return _parse(_plain(text))
    except Exception:  # noqa: BLE001
        return address_key(text)


def _key(text: object, parse: Callable[[str], str]) -> str:
    try:
        plain = _plain(text)
        number = _HOUSE_NUMBER.match(plain)
        key = _by_stand_in(plain, number.group(1), parse) if number else None
        return key if key is not None else parse(plain)
    except Exception:   # noqa: BLE001 - a key for any input: the parser must never take an import down
        try:
            return _SPACES.sub(" ", str(text)).strip().upper()[:200]
        except Exception:  # noqa: BLE001
            return ""


def _by_stand_in(plain: str, number: str, parse: Callable[[str], str]) -> str | None:
    """The key of `plain` from the key of the same address with a stand-in house number of the
    same length and trailing zeros; None where the shortcut does not apply."""
    trailing = _TRAILING_ZEROS.search(number)
    assert trailing is not None         # 0*$ matches every string
    zeros = len(trailing.group())
    stand_in = "9" * (len(number) - zeros) + "0" * zeros
    rest = plain[len(number):]
    if stand_in in rest:
        return None
    key = parse(stand_in + rest)
    tail = key[len(stand_in):]
    if not key.startswith(stand_in) or (tail and not tail.startswith(" ")) or stand_in in tail:
        return None
    return number + tail


def _parse(plain: str) -> str:
    # Applied again until it stops changing (at most a few rounds), so that a key typed back in
    # as a query, or re-imported, gives itself.
    key = plain
    for _ in range(4):
        again = unicodedata.normalize("NFKC", _once(key))    # scourgify may hand back decomposed letters
        if again == key:
            break
        key = again
    return key


_stable_key = lru_cache(maxsize=65536)(_parse)     # a town's exports repeat the same streets over and over


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
    from scourgify.address_constants import DIRECTIONAL_REPLACEMENTS, OCCUPANCY_TYPE_ABBREVIATIONS, STREET_TYPE_ABBREVIATIONS

    words = _SPACES.sub(" ", _PUNCT.sub(" ", plain)).split()
    out = []
    for word in words:
        out.append(DIRECTIONAL_REPLACEMENTS.get(word) or OCCUPANCY_TYPE_ABBREVIATIONS.get(word)
                   or STREET_TYPE_ABBREVIATIONS.get(word) or word)
    return " ".join(out)


# --- sorting ---------------------------------------------------------------------------------------

# USPS Pub 28 secondary unit designators (appendix C2), as address_key writes them; scourgify
# writes UPPER for UPPR. Those in _ALONE need no number ("12 MAIN ST REAR").
_UNIT_WORDS = frozenset(("#", "APT", "BLDG", "BSMT", "DEPT", "FL", "FRNT", "HNGR", "KEY", "LBBY", "LOT", "LOWR",
                         "OFC", "PH", "PIER", "REAR", "RM", "SIDE", "SLIP", "SPC", "STE", "STOP", "TRLR", "UNIT",
                         "UPPR", "UPPER"))
_ALONE = frozenset(("BSMT", "FRNT", "LBBY", "LOWR", "OFC", "PH", "REAR", "SIDE", "UPPR", "UPPER"))
_LEADING_NUMBER = re.compile(r"([0-9]+)(\S*)$")
_ORDINALS = frozenset(("ST", "ND", "RD", "TH"))
_FRACTION = re.compile(r"[0-9]+/[0-9]+$")
_DIGIT_RUN = re.compile(r"[0-9]+")
NUMBER_WIDTH = 9            # digits a number is padded to in a sort key; house numbers stay far below
MAX_HOUSE_NUMBER = 10 ** NUMBER_WIDTH - 1


class AddressOrder(NamedTuple):             # a tuple: made for every parcel of an import
    """Where an address goes in a sorted list: by ``street``, then ``number``, then ``unit``.
    ``street`` and ``unit`` compare as plain (binary) text, with every run of digits padded to
    NUMBER_WIDTH, so "2ND ST" comes before "10TH ST" and "APT 2" before "APT 10"."""

    street: str
    number: int | None          # None: no house number ("RTE 10", "PO BOX 5"), first on its street
    unit: str                   # the number's suffix ("A" of 12A, "1/2", "-14"), a space, the unit; or ""


def address_order(key: str | None) -> AddressOrder | None:
    """The sort order of an address_key (None for none). Cheap: no parsing, only the key's words."""
    if not key:
        return None
    words = key.split(" ")
    number: int | None = None
    suffix: list[str] = []
    leading = _LEADING_NUMBER.match(words[0])
    if leading and len(words) > 1 and leading.group(2) not in _ORDINALS:      # "10TH ST" is a street
        number = int(leading.group(1)) if len(leading.group(1)) <= NUMBER_WIDTH else None
        suffix = [leading.group(2)] if leading.group(2) else []
        words = words[1:]
        if len(words) > 1 and _FRACTION.match(words[0]):        # "12 1/2 MAIN ST"
            suffix.append(words[0])
            words = words[1:]
    at = _unit_start(words)
    street = " ".join(words[:at]) if at < len(words) else " ".join(words)
    # The number's suffix, then a space, then the unit: 3, 3 UNIT REAR, 3A, 3A APT 1.
    unit = (_natural(" ".join(suffix)) + " " + _natural(" ".join(words[at:]))).rstrip() if suffix or at < len(words) else ""
    return AddressOrder(_natural(street), number, unit)


def _unit_start(words: list[str]) -> int:
    """The index of the word the unit starts at (len(words): none). Never the first word, and a
    designator counts only before a number, a letter or another designator, or as the last word
    where it needs no number: "12 OLD PIER RD" has no unit, "12 MAIN ST PIER 3" has."""
    if _UNIT_WORDS.isdisjoint(words):          # most addresses: no unit
        return len(words)
    for i in range(1, len(words)):
        word = words[i]
        if word not in _UNIT_WORDS:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        if word == "#" or (following is None and word in _ALONE) or (following is not None and (
                any(ch.isdigit() for ch in following) or len(following) == 1 or following in _UNIT_WORDS)):
            return i
    return len(words)


def _natural(text: str) -> str:
    if text.isalpha() or not _DIGIT_RUN.search(text):          # most street names: nothing to pad
        return text
    return _DIGIT_RUN.sub(_padded, text)


def _padded(digits: re.Match[str]) -> str:
    return (digits.group().lstrip("0") or "0").rjust(NUMBER_WIDTH, "0")
