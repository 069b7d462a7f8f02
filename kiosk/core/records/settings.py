# SPDX-License-Identifier: Apache-2.0
"""The town pack's ``[records]`` settings: whether owners are public, links to the town's own pages,
and the town's words for its record types and statuses in other languages.

A link is a URL pattern such as ``https://permits.example.gov/record?no={record_number}``. Each value
put into it is URL-quoted whole (``/`` too), so a record number can never change the address's
host or path. Patterns are checked when made: https only, known placeholders only.

Record types, statuses and land uses come from the town's own data, in English ("Building
permit", "PERMIT ISSUED"). ``[records.terms.es]`` maps them to Spanish; a value the table lacks is
shown as it is. Values are matched without regard to case or runs of spaces, since exports write
the same word as "Closed" and "CLOSED", "SFR WATER  MDL-01" and "SFR WATER MDL-01".
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

_LANGUAGE = re.compile(r"[a-z]{2,3}")
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


def term_key(value: str) -> str:
    """How a town's value is looked up in a terms table: case and runs of spaces do not count."""
    return " ".join(value.split()).casefold()


def check_terms(terms: object) -> dict[str, dict[str, str]]:
    """The terms table as looked up (language -> term_key(English) -> translation); ValueError
    saying what is wrong, the key named as in pack.toml (``terms.es."Closed"``)."""
    if not isinstance(terms, Mapping):
        raise ValueError("terms must be a table of languages, each a table of English value = translation, "
                         "like [records.terms.es]")
    checked: dict[str, dict[str, str]] = {}
    for language, table in terms.items():
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise ValueError(f"terms.{language} is not a language code like es")
        if not isinstance(table, Mapping):
            raise ValueError(f"terms.{language} must be a table of English value = translation, "
                             f"like \"Building permit\" = \"Permiso de construcción\"")
        words: dict[str, str] = {}
        spelled: dict[str, str] = {}
        for english, translation in table.items():
            key = term_key(english)
            if not key:
                raise ValueError(f"terms.{language} has an empty English value")
            if not isinstance(translation, str) or not translation.strip():
                raise ValueError(f"terms.{language}.\"{english}\" must be a non-empty text in quotes")
            translation = " ".join(translation.split())
            if key in words and words[key] != translation:
                raise ValueError(f"terms.{language} translates \"{spelled[key]}\" and \"{english}\" differently; "
                                 "case and spaces do not count, so they are one value")
            words[key], spelled[key] = translation, english
        checked[language] = words
    return checked


@dataclass(frozen=True, slots=True)
class RecordSettings:
    """``[records]`` of pack.toml; the default shows no owners, links nowhere and translates nothing."""

    owners_public: bool = False
    record_link: str = ""
    parcel_link: str = ""
    terms: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False)   # see check_terms

    def __post_init__(self) -> None:
        for key, allowed in (("record_link", RECORD_PLACEHOLDERS), ("parcel_link", PARCEL_PLACEHOLDERS)):
            try:
                check_pattern(getattr(self, key), allowed)
            except ValueError as exc:
                raise ValueError(f"{key} {exc}") from None
        object.__setattr__(self, "terms", check_terms(self.terms))

    def term(self, value: str | None, language: str) -> str:
        """The town's record type, status or land use ``value`` in ``language`` ("es", "es-US"):
        the pack's translation, else the value as it is ("" for None)."""
        if not value:
            return ""
        words = self.terms.get(language.split("-")[0].split("_")[0].lower())
        return words.get(term_key(value), value) if words else value

    def link_for_record(self, record_number: str, source: str) -> str | None:
        """The town's page for a record, or None when the pack has no pattern (or a value is blank)."""
        return _fill(self.record_link, {"record_number": record_number, "source": source})

    def link_for_parcel(self, parcel_id: str, map_block_lot: str | None) -> str | None:
        """The town's page for a property, or None when there is no pattern or a value it uses is missing."""
        return _fill(self.parcel_link, {"parcel_id": parcel_id, "map_block_lot": map_block_lot})
