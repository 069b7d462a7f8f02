# SPDX-License-Identifier: Apache-2.0
"""The town pack's ``[records]`` settings: whether owners are public, and links to the town's own pages.

A link is a URL pattern such as ``https://permits.example.gov/record?no={record_number}``. Each value
put into it is URL-quoted whole (``/`` too), so a record number can never change the address's
host or path. Patterns are checked when made: https only, known placeholders only.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

RECORD_PLACEHOLDERS = ("record_number", "source")
PARCEL_PLACEHOLDERS = ("parcel_id", "map_block_lot")


def check_pattern(pattern: str, allowed: tuple[str, ...]) -> None:
    """Raise ValueError saying what is wrong with ``pattern`` ("" means no link, and is fine)."""
    if not pattern:
        return
    if any(ch.isspace() or not ch.isprintable() for ch in pattern):
        raise ValueError("must not contain spaces or control characters")
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise ValueError(f"is not a valid pattern ({exc}); write a literal brace as {{{{ or }}}}") from None
    used = set()
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise ValueError(f"uses the placeholder {shown}; allowed: "
                             + ", ".join("{" + a + "}" for a in allowed))
        used.add(name)
    if not used:
        raise ValueError("has no placeholder; use " + " or ".join("{" + a + "}" for a in allowed))
    url = urlsplit(pattern)
    if url.scheme != "https" or not url.netloc or "{" in url.netloc or "}" in url.netloc:
        raise ValueError("must start with https:// and a fixed host name")


def _fill(pattern: str, values: dict[str, str | None]) -> str | None:
    if not pattern:
        return None
    used = {name for _l, name, _s, _c in string.Formatter().parse(pattern) if name}
    if any(not values.get(name) for name in used):
        return None                    # a placeholder with nothing to put in it: no page to point at
    return pattern.format(**{k: quote(v or "", safe="") for k, v in values.items()})


@dataclass(frozen=True, slots=True)
class RecordSettings:
    """``[records]`` of pack.toml; the default shows no owners and links nowhere."""

    owners_public: bool = False
    record_link: str = ""
    parcel_link: str = ""

    def __post_init__(self) -> None:
        for key, allowed in (("record_link", RECORD_PLACEHOLDERS), ("parcel_link", PARCEL_PLACEHOLDERS)):
            try:
                check_pattern(getattr(self, key), allowed)
            except ValueError as exc:
                raise ValueError(f"{key} {exc}") from None

    def link_for_record(self, record_number: str, source: str) -> str | None:
        """The town's page for a record, or None when the pack has no pattern (or a value is blank)."""
        return _fill(self.record_link, {"record_number": record_number, "source": source})

    def link_for_parcel(self, parcel_id: str, map_block_lot: str | None) -> str | None:
        """The town's page for a property, or None when there is no pattern or a value it uses is missing."""
        return _fill(self.parcel_link, {"parcel_id": parcel_id, "map_block_lot": map_block_lot})
