# SPDX-License-Identifier: Apache-2.0
"""Import mappings: which column of a town's export feeds which field, and how its values are read.

Every town exports differently, so IT writes (or we ship) a small TOML file instead of code.
Qt-free and storage-free: this turns one source row into a dict of typed values or a reason.
What the file may say is checked, every key of it, by kiosk.core.records.mapping_schema (the file is read by
kiosk.importing.mapping_file); its keys are listed in the README ("Mapping files").

    [import]
    kind = "records"                 # or "parcels"
    source = "cary-permits"          # records: record numbers are unique within a source
    [fields.record_number]
    column = "application_number"
    [fields.applied_on]
    column = "application_date"
    type = "date"
    formats = ["%Y-%m-%d", "%m/%d/%y", "excel"]
    [fields.status]
    column = "application_status"
    translate = { "CERTICATE OF COMPLIANCE" = "CERTIFICATE OF COMPLIANCE" }
    [fields.map_block_lot]
    columns = ["Map", "Lot"]         # joined with `join` (default "/")
    type = "mbl"
    [fields.record_type]
    value = "Zoning permit"          # a constant
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from kiosk.core.records.table_shape import TableShape


class ImportKind(enum.StrEnum):
    """What a file holds; the command line's `records import KIND` takes the same words."""

    PARCELS = "parcels"
    RECORDS = "records"


class FieldType(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    MBL = "mbl"


class Duplicates(enum.StrEnum):
    """Which row counts when a natural key is in a file twice."""

    FIRST = "first"     # later rows are mistakes to fix (two permits under one number)
    LAST = "last"       # later rows are updates (an export that appends a row per change)

# Field -> (type, longest text); the storage models use the same lengths.
PARCEL_FIELDS: dict[str, tuple[str, int]] = {
    "parcel_id": ("text", 40), "map_block_lot": ("mbl", 60), "address": ("text", 200),
    "owner": ("text", 300), "land_use": ("text", 100), "lot_size_acres": ("decimal", 0),
    "zoning": ("text", 60), "assessed_value": ("money", 0), "year_built": ("int", 0),
}
RECORD_FIELDS: dict[str, tuple[str, int]] = {
    "record_number": ("text", 60), "record_type": ("text", 100), "status": ("text", 60),
    "applied_on": ("date", 0), "issued_on": ("date", 0), "closed_on": ("date", 0),
    "description": ("text", 4000), "applicant": ("text", 200), "valuation": ("money", 0),
    "address": ("text", 200),
    # Not stored: used to find the record's parcel.
    "parcel_id": ("text", 40), "map_block_lot": ("mbl", 60),
}
KINDS = {ImportKind.PARCELS: (PARCEL_FIELDS, "parcel_id"), ImportKind.RECORDS: (RECORD_FIELDS, "record_number")}
TYPES = tuple(FieldType)
_STORED_AS = {"text": str, "mbl": str, "int": int, "money": int, "decimal": float, "date": "date"}
DEFAULT_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_BIGINT = 2**63 - 1
_TOO_LARGE = Decimal(10) ** 18       # fits a BIGINT and keeps Decimal within its 28 digits
_GROUPED = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$")


class MappingError(Exception):
    """The mapping file is wrong, or does not fit the file being imported; nothing was written."""


class BadValue(ValueError):
    """One value cannot be read; the message becomes the reject reason."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    type: str
    max_len: int
    columns: tuple[str, ...] = ()
    join: str = "/"
    value: str | None = None
    formats: tuple[str, ...] = DEFAULT_DATE_FORMATS
    translate: Mapping[str, str] = field(default_factory=dict)
    required: bool = False


@dataclass(frozen=True, slots=True)
class RecordMapping:
    kind: str
    key: str
    source: str
    fields: tuple[FieldSpec, ...]
    table: TableShape = field(default_factory=TableShape)
    duplicates: Duplicates = Duplicates.FIRST

    @property
    def columns(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for spec in self.fields:
            seen.update(dict.fromkeys(spec.columns))
        return tuple(seen)


def stored_as(field_type: str) -> Any:
    """What a field of this type is stored as: the types a field may be read as must agree."""
    return _STORED_AS[field_type]


def parser(field_type: str) -> Callable[[Any, FieldSpec], Any]:
    return _PARSERS[field_type]


def missing_columns(mapping: RecordMapping, header: list[str]) -> list[str]:
    present = {h.strip() for h in header}
    return [c for c in mapping.columns if c.strip() not in present]


def convert(mapping: RecordMapping, row: Mapping[str, Any]) -> dict[str, Any]:
    """One source row (column -> raw value) as typed field values; raises BadValue with the reason."""
    return row_converter(mapping, list(row))(list(row.values()))


def row_converter(mapping: RecordMapping, header: Sequence[str]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """convert() for rows read as lists of values under `header`, without a dict per row.

    Each field gets its own reader, chosen once: an import calls them millions of times, and
    the common cases (a text, a date or a dollar amount read from a CSV) take a short path to
    the same result as the general one."""
    where = {name: i for i, name in enumerate(header)}     # a repeated column name: the last one, as dict(zip())
    plan = [(spec, f"{spec.name} ({'+'.join(spec.columns) or 'value'})",
             _reader(spec, tuple(where.get(c) for c in spec.columns))) for spec in mapping.fields]

    def run(values: Sequence[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec, label, read in plan:
            try:
                value = read(values)
            except BadValue as exc:
                raise BadValue(f"{label}: {exc}") from None
            if value is None and spec.required:
                raise BadValue(f"{label}: required value missing")
            out[spec.name] = value
        return out

    return run


def _reader(spec: FieldSpec, at: tuple[int | None, ...]) -> Callable[[Sequence[Any]], Any]:
    parse = _PARSERS[spec.type]
    if spec.value is not None:
        constant = spec.value
        return lambda values: _value(spec, constant, parse)
    if len(at) > 1:
        def joined(values: Sequence[Any]) -> Any:
            parts = [_text(None if i is None else values[i]) for i in at]
            return _value(spec, spec.join.join(p or "" for p in parts) if any(parts) else None, parse)
        return joined
    i = at[0]
    if i is None:
        return lambda values: None
    short = None if spec.translate else _SHORT_PATHS.get(spec.type)
    if short is None:
        return lambda values: _value(spec, values[i], parse)
    return short(spec, i, parse)


def _short_text(spec: FieldSpec, i: int, parse: Callable[[Any, FieldSpec], Any]) -> Callable[[Sequence[Any]], Any]:
    limit = spec.max_len or sys.maxsize

    def read(values: Sequence[Any]) -> Any:
        raw = values[i]
        if raw.__class__ is not str:
            return _value(spec, raw, parse)
        text = " ".join(raw.split())
        if not text:
            return None
        if len(text) > limit or "\x00" in text:
            return parse(text, spec)        # raises, with the reason
        return text
    return read


def _short_date(spec: FieldSpec, i: int, parse: Callable[[Any, FieldSpec], Any]) -> Callable[[Sequence[Any]], Any]:
    formats = spec.formats

    def read(values: Sequence[Any]) -> Any:
        raw = values[i]
        if raw.__class__ is not str:
            return _value(spec, raw, parse)
        text = " ".join(raw.split())
        if not text:
            return None
        return _date_in(text, formats) or parse(text, spec)     # parse() raises, with the reason
    return read


# "$4,760", "525.50", "12000": whole dollars, rounded half up (the first decimal digit decides).
_PLAIN_MONEY = re.compile(r"\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?", re.ASCII)     # ASCII digits: others take the long way


def _short_money(spec: FieldSpec, i: int, parse: Callable[[Any, FieldSpec], Any]) -> Callable[[Sequence[Any]], Any]:
    match = _PLAIN_MONEY.fullmatch

    def read(values: Sequence[Any]) -> Any:
        raw = values[i]
        if raw.__class__ is not str:
            return _value(spec, raw, parse)
        text = raw.strip()
        plain = match(text)
        if plain is None:
            return _value(spec, raw, parse)
        whole = plain.group(1).replace(",", "")
        if len(whole) > 17:
            return _value(spec, raw, parse)
        cents = plain.group(2)
        return int(whole) + (1 if cents and cents[0] >= "5" else 0)
    return read


def _value(spec: FieldSpec, raw: Any, parse: Callable[[Any, FieldSpec], Any]) -> Any:
    if isinstance(raw, str):        # what a CSV holds: the common case first
        text: str | None = " ".join(raw.split()) or None
    elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
        text = _text(raw)
    else:
        return None if raw is None else parse(raw, spec)
    if text is None:
        return None
    if spec.translate and text in spec.translate:
        text = spec.translate[text]
        if text == "":
            return None
    return parse(text, spec)


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return " ".join(str(raw).split()) or None      # str.split() splits on what \s matches


def parse_text(raw: Any, spec: FieldSpec) -> str:
    text = str(raw)
    if "\x00" in text:
        raise BadValue("contains a NUL character")
    if spec.max_len and len(text) > spec.max_len:
        raise BadValue(f"longer than {spec.max_len} characters")
    return text


def parse_int(raw: Any, spec: FieldSpec) -> int:
    number = _decimal(raw)
    if number != number.to_integral_value():
        raise BadValue(f"{raw!r} is not a whole number")
    return _bounded(int(number), raw)


def parse_decimal(raw: Any, spec: FieldSpec) -> float:
    return float(_decimal(raw))


def parse_money(raw: Any, spec: FieldSpec) -> int:
    """Whole dollars: "$9,000" -> 9000, "$525.00" -> 525, "(1,200)" -> -1200."""
    text = str(raw).strip()
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()").replace("$", "").replace("USD", "").strip()
    if text.startswith("-"):
        negative, text = not negative, text[1:]
    value = _decimal(text).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _bounded(-int(value) if negative else int(value), raw)


def parse_date(raw: Any, spec: FieldSpec) -> dt.date:
    """A date in one of the mapping's formats; "excel" accepts serial day numbers (42395 = 2016-01-26)."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    day = _date_in(text, spec.formats)
    if day is None:
        raise BadValue(f"{text!r} is not a date ({' or '.join(spec.formats)})")
    return day


@lru_cache(maxsize=8192)        # an export has a few thousand distinct days; strptime is slow
def _date_in(text: str, formats: tuple[str, ...]) -> dt.date | None:
    for fmt in formats:
        if fmt == "excel":
            try:
                serial = float(text)
            except ValueError:
                continue
            if 1 <= serial < 2958466:
                return excel_serial_date(serial)
            continue
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_mbl(raw: Any, spec: FieldSpec) -> str:
    """Map-block-lot as "201/86": parts trimmed, leading zeros and empty trailing parts dropped."""
    parts = [p.strip() for p in str(raw).split("/")]
    parts = [p.lstrip("0") or "0" if p.isdigit() else p for p in parts]
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        raise BadValue(f"{raw!r} has no map or lot")
    return parse_text("/".join(parts), spec)


def excel_serial_date(serial: float) -> dt.date:
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


def _decimal(raw: Any) -> Decimal:
    text = str(raw).strip()
    if "," in text:
        if not _GROUPED.match(text):        # "1.200,00" is not a US number: refuse rather than guess
            raise BadValue(f"{text!r} is not a number")
        text = text.replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BadValue(f"{str(raw)!r} is not a number") from None
    if not value.is_finite():
        raise BadValue(f"{str(raw)!r} is not a number")
    if abs(value) >= _TOO_LARGE:
        raise BadValue(f"{str(raw)!r} is too large")
    return value


def _bounded(value: int, raw: Any) -> int:
    if abs(value) > _BIGINT:
        raise BadValue(f"{str(raw)!r} is too large")
    return value


_SHORT_PATHS = {"text": _short_text, "date": _short_date, "money": _short_money}
_PARSERS = {"text": parse_text, "int": parse_int, "decimal": parse_decimal, "money": parse_money,
            "date": parse_date, "mbl": parse_mbl}
