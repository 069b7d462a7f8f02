# SPDX-License-Identifier: Apache-2.0
"""The Unicode TR39 skeleton: a string as it looks, with characters that look alike made one.

TR39 (Unicode Security Mechanisms, section 4) defines skeleton(X) as: X in NFD, each character
replaced by its prototype from Unicode's confusables.txt, NFD again. "соре" in Cyrillic and "cope"
in Latin have one skeleton, so do "rn" and "m", and "1", "I" and "l". The table is Unicode's own
file, unmodified, in resources/unicode/ (its header says the version and the terms of use).

Written here rather than taken from a library because none offers the TR39 skeleton in a form the
kiosk can ship: ICU's SpoofChecker.getSkeleton is reached through PyICU, which is published only
as source to build against an installed ICU (no wheels, so no simple Windows bundle);
confusable-homoglyphs keeps each pair without saying which side is the prototype; `disarm` and
`confusables` build keys of their own that fold more or less than TR39 does. The algorithm is the
three steps above; what needs keeping up is the table, and that is Unicode's file.

A newer confusables.txt can change skeletons: stored ones (accounts.username_skeleton) must then
be computed again by a migration.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from kiosk.paths import resources_dir

_lock = threading.Lock()
_prototypes: dict[str, str] | None = None


def table_file() -> Path:
    return resources_dir() / "unicode" / "confusables.txt"


def read_table(path: Path) -> dict[str, str]:
    """confusables.txt as {character: its prototype}: lines "0441 ;\t0063 ;\tMA\t# ( с → c ) ..."."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        data = line.split("#", 1)[0]
        if not data.strip():
            continue
        source, target = (field.strip() for field in data.split(";")[:2])
        table[chr(int(source, 16))] = "".join(chr(int(point, 16)) for point in target.split())
    return table


def _table() -> dict[str, str]:
    global _prototypes
    if _prototypes is None:
        with _lock:       # one thread reads the file (about 30 ms); the others wait for it
            if _prototypes is None:
                _prototypes = read_table(table_file())
    return _prototypes


def skeleton(text: str) -> str:
    """TR39 skeleton(X): NFD, each character's prototype, NFD. Case is kept ("I" and "i" differ)."""
    prototypes = _table()
    mapped = "".join(prototypes.get(ch, ch) for ch in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)
