# SPDX-License-Identifier: Apache-2.0
"""Public record lookup: what a resident types, what comes back, and the interface a storage
backend implements (kiosk.storage.records.search). Qt-free and storage-free.

One search box takes a street address, a parcel id or map-block-lot, a record number, or (where
the town's pack publishes owners) an owner name. Any text is a valid query: the worst it can do
is find nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

MAX_QUERY_CHARS = 200      # longer than any address, parcel id or record number the kiosk stores
MAX_TOKENS = 12
MAX_PAGE_SIZE = 100
COUNT_CAP = 1000           # totals are counted up to here; beyond, "1,000+" (see SearchResults.more_*)
NUMBER_KEY_MAX = 120       # twice the longest record number: upper-casing may lengthen (ß is SS)
DEMO_SOURCE = "demo"         # the source of made-up demo records (kiosk.storage.demo): screens and printouts say so
AS_YOU_TYPE_MIN = 3        # characters before results follow the typing: "1" or "12" would match half the town

_SPACES = re.compile(r"\s+")
# "201/86", "201-86-3", "0201/0086/A": parts of letters or digits joined by / or - (at least one digit).
_MBL = re.compile(r"^[0-9A-Z]+(?:\s*[/-]\s*[0-9A-Z]*)+$")
# "B-2024-0001", "2016-04", "BLD24-00012": letters/digits with a dash, or letters then digits.
_RECORD = re.compile(r"^(?=.*\d)[A-Z0-9]+(?:[-.][A-Z0-9]+)+$|^[A-Z]{1,5}\d{3,}$")


class QueryKind(enum.Enum):
    EMPTY = "empty"              # nothing searchable (blank, punctuation only)
    PARCEL = "parcel"            # a parcel id or map-block-lot shape
    RECORD = "record"            # a record number shape
    TEXT = "text"                # an address, or an owner where owners are public


@dataclass(frozen=True)
class SearchQuery:
    text: str
    record_type: str | None = None
    status: str | None = None
    date_from: dt.date | None = None      # on the record's applied date (else issued date), inclusive
    date_to: dt.date | None = None
    page: int = 0
    page_size: int = 20

    @property
    def has_record_filters(self) -> bool:
        return any(v is not None for v in (self.record_type, self.status, self.date_from, self.date_to))


@dataclass(frozen=True)
class ParcelHit:
    pk: int
    parcel_id: str
    map_block_lot: str | None
    address: str | None
    owner: str | None                 # None unless the pack publishes owners


@dataclass(frozen=True)
class RecordHit:
    pk: int
    source: str
    record_number: str
    record_type: str | None
    status: str | None
    applied_on: dt.date | None
    issued_on: dt.date | None
    address: str | None
    parcel_pk: int | None


@dataclass(frozen=True)
class SearchResults:
    parcels: Sequence[ParcelHit]
    records: Sequence[RecordHit]
    total_parcels: int
    total_records: int
    kind: QueryKind = QueryKind.EMPTY
    # True when there are more than COUNT_CAP and the total above is COUNT_CAP: show "1,000+".
    more_parcels: bool = False
    more_records: bool = False

    @property
    def empty(self) -> bool:
        return self.total_parcels == 0 and self.total_records == 0


NO_RESULTS = SearchResults((), (), 0, 0)


@dataclass(frozen=True)
class ParcelDetail:
    pk: int
    parcel_id: str
    map_block_lot: str | None
    address: str | None
    owner: str | None                 # None unless the pack publishes owners
    land_use: str | None
    lot_size_acres: float | None
    zoning: str | None
    assessed_value: int | None
    year_built: int | None
    records: Sequence[RecordHit] = field(default_factory=tuple)   # newest first


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: dt.datetime


@dataclass(frozen=True)
class RecordDetail:
    pk: int
    source: str
    record_number: str
    record_type: str | None
    status: str | None
    applied_on: dt.date | None
    issued_on: dt.date | None
    closed_on: dt.date | None
    description: str | None
    applicant: str | None             # None unless the pack publishes owners (it names a person)
    valuation: int | None
    address: str | None
    parcel: ParcelHit | None
    history: Sequence[StatusChange] = field(default_factory=tuple)   # oldest first


class RecordSearch(Protocol):
    def search(self, query: SearchQuery) -> SearchResults: ...

    def parcel(self, parcel_pk: int) -> ParcelDetail | None: ...

    def record(self, record_pk: int) -> RecordDetail | None: ...

    def facets(self) -> tuple[list[str], list[str]]:
        """The record types and statuses present, sorted, for the filter choices."""
        ...


def clean_text(text: object) -> str:
    """The query as searched: NFKC, no control characters (NUL included), single spaces, capped."""
    try:
        value = unicodedata.normalize("NFKC", str(text or ""))
    except Exception:  # noqa: BLE001 - e.g. lone surrogates: search what is left
        value = str(text or "").encode("utf-8", "ignore").decode("utf-8")
        value = unicodedata.normalize("NFKC", value)
    value = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value)
    return _SPACES.sub(" ", value).strip()[:MAX_QUERY_CHARS].strip()


def worth_searching_as_typed(text: str) -> bool:
    """Whether results should follow the typing yet: from AS_YOU_TYPE_MIN characters on. Shorter
    text is still searched when the resident asks (Enter), just not on every key press."""
    return len(clean_text(text)) >= AS_YOU_TYPE_MIN


def tokens(text: str) -> list[str]:
    """Whitespace-separated words, upper-cased, trimmed of punctuation at either end, empty ones
    dropped, at most MAX_TOKENS."""
    out = []
    for word in text.upper().split():
        start, end = 0, len(word)
        while start < end and not word[start].isalnum():
            start += 1
        while end > start and not word[end - 1].isalnum():
            end -= 1
        if start < end:
            out.append(word[start:end])
    return out[:MAX_TOKENS]


def classify(text: str) -> QueryKind:
    """What the cleaned query looks like. Only a hint for ranking and key look-ups: every kind is
    also matched as text, so a guess that is wrong costs nothing."""
    upper = text.upper()
    if not tokens(upper):
        return QueryKind.EMPTY
    if "/" in upper and _MBL.match(upper) and any(ch.isdigit() for ch in upper):
        return QueryKind.PARCEL
    if " " not in upper and _RECORD.match(upper):
        return QueryKind.RECORD
    if upper.isdigit():
        return QueryKind.PARCEL          # a bare number: a parcel id (or the start of a house number)
    return QueryKind.TEXT


def mbl_candidates(text: str) -> list[str]:
    """A typed map-block-lot in the stored form ("0201/086" -> "201/86"; "201-86" also as "201/86"),
    as typed and upper-cased; [] if it is not one. Mirrors kiosk.core.records.mapping.parse_mbl:
    parts trimmed, leading zeros and empty trailing parts dropped."""
    stripped = text.strip()
    if not _MBL.match(stripped.upper()) or not any(ch.isdigit() for ch in stripped):
        return []
    out: list[str] = []
    for variant in (stripped, stripped.replace("-", "/")):
        parts = [p.strip() for p in variant.split("/")]
        parts = [(p.lstrip("0") or "0") if p.isdigit() else p for p in parts]
        while parts and not parts[-1]:
            parts.pop()
        for form in ("/".join(parts), "/".join(parts).upper()):
            if form and form not in out:
                out.append(form)
    return out


def number_key(text: str | None) -> str | None:
    """A record or parcel number as it is matched exactly: its letters and digits only, upper-case.
    Towns write one number many ways (Cary stores "14 - 1"; residents type "14-1" or "14 1"), and
    all of them are "141". Stored beside each number (records.number_key, parcels.number_key) and
    taken of the typed text, so the number typed comes first however it was spaced. None for
    None; at most NUMBER_KEY_MAX characters (the columns' size)."""
    if text is None:
        return None
    value = text if text.isascii() else clean_text(text)     # ASCII, the usual case, needs no NFKC
    return "".join(ch for ch in value.upper() if ch.isalnum())[:NUMBER_KEY_MAX]


def bounded_page(query: SearchQuery) -> tuple[int, int]:
    """(limit, offset) with the page and size forced into range."""
    size = min(max(int(query.page_size), 1), MAX_PAGE_SIZE)
    page = min(max(int(query.page), 0), 10_000)
    return size, page * size
