# SPDX-License-Identifier: Apache-2.0
"""What a mapping file may say: its contents (the parsed TOML), checked whole before a row of the
export is read. The file itself is read by kiosk.importing.mapping_file.

A town's IT writes these files by hand, so every table, key and value is checked: an unknown key
(a typo, or a key of another table), a value of the wrong type (`"false"` in quotes, a text where
a list goes, a number where a column name goes) or a value out of range is named with the file,
the key and what the key takes, and a close key is suggested. Every problem is listed at once, so
one run shows all there is to fix. The keys are declared once, here; the README's "Mapping files"
says the same for IT.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import enum
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from kiosk.core.records.mapping import (
    DEFAULT_DATE_FORMATS,
    KINDS,
    PARCEL_FIELDS,
    RECORD_FIELDS,
    BadValue,
    Duplicates,
    FieldSpec,
    FieldType,
    ImportKind,
    MappingError,
    RecordMapping,
    row_converter,
    stored_as,
)
from kiosk.core.records.table_shape import TableShape, position_name

# Every key, with what it takes: the messages quote these.
TOP_KEYS = {"import": "[import]: what the file holds and how it is laid out",
            "fields": "[fields.NAME]: one table per field, saying where its value comes from"}
IMPORT_KEYS = {
    "kind": '"parcels" or "records"',
    "source": 'records only: where the numbers come from, e.g. "building-permits" (numbers are unique per source)',
    "description": "a line of text shown by `kiosk-admin records mappings`",
    "sheet": ".xlsx: the sheet's name (default: the first sheet)",
    "header_row": "the header's line (CSV) or row (.xlsx), 1 for the first (the default); 0: the file has no "
                  "header, and columns are given by position",
    "encoding": 'CSV: the text encoding, e.g. "cp1252", "utf-8" or "mac-roman" (default: sniffed)',
    "delimiter": 'CSV: the one character between values, e.g. ";" or "\\t" for a tab (default: sniffed)',
    "duplicates": '"first" or "last": which row counts when a number is in the file twice (default "first")',
}
FIELD_KEYS = {
    "column": 'the column it is read from: its name in quotes, or its position (1 for the first) if header_row = 0',
    "columns": 'several columns, joined: a list such as ["Map", "Lot"]',
    "join": 'with columns: the text between their values (default "/")',
    "value": "instead of a column: the same value for every row",
    "type": ", ".join(f'"{t}"' for t in FieldType) + " (each field has a default)",
    "formats": 'dates: a list such as ["%m/%d/%Y", "excel"] ("excel": Excel day numbers)',
    "translate": 'values read as others: a table such as { "CERTICATE" = "CERTIFICATE", "N/A" = "" }',
    "required": "true or false, without quotes: a row without a value is rejected",
}
MAX_SOURCE = 40             # records.source
MAX_HEADER_ROW = 10_000
MAX_POSITION = 16_384       # Excel's last column
_COMMON_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "iso-8859-15",
                     "mac-roman", "cp850", "cp437", "ascii")
_A_DATE = dt.datetime(2016, 1, 26, 13, 45, 30, tzinfo=dt.UTC)    # for trying a date format
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_E = TypeVar("_E", bound=enum.StrEnum)


class _Bad(Exception):
    """One key's value is wrong; the message says what it must be."""


def parse_mapping(data: Mapping[str, Any], name: str = "the mapping") -> RecordMapping:
    """The mapping, or MappingError listing every problem (file, table and key, what it takes)."""
    problems: list[str] = []
    for key, value in data.items():
        if key not in TOP_KEYS:
            where = f"[{key}]" if isinstance(value, dict) else key
            problems.append(f"{where}: {_unknown_key(key, TOP_KEYS, 'the top of the file')}")
    head = data.get("import")
    kind_said = True        # a problem with [import] itself is not also a missing kind
    if head is None:
        problems.append('[import]: missing; the file starts with a line [import] and, under it, kind = "parcels" '
                        'or kind = "records"')
        head, kind_said = {}, False
    elif not isinstance(head, dict):
        kind = _shown(head) if isinstance(head, str) else '"records"'
        problems.append(f"import: must be a table, not import = {_shown(head)}: write [import] on a line of its own, "
                        f"then kind = {kind} under it")
        head, kind_said = {}, False
    mapping = _mapping(head, data.get("fields"), problems, kind_said)
    if problems:
        raise MappingError(f"{name}: {problems[0]}" if len(problems) == 1 else
                           f"{name} has {len(problems)} problems:\n" + "\n".join(f"  {p}" for p in problems))
    assert mapping is not None
    return mapping


def _mapping(head: dict[str, Any], fields: Any, problems: list[str], kind_said: bool) -> RecordMapping | None:
    for given in head:
        if given not in IMPORT_KEYS:
            problems.append(f"[import] {given}: {_unknown_key(given, IMPORT_KEYS, '[import]')}")
    check = _Checker(head, "[import]", problems)
    kind = check.key("kind", lambda v: _as_choice(v, ImportKind))
    if kind is None and "kind" not in head and kind_said:
        problems.append(f"[import] kind: missing; it is {IMPORT_KEYS['kind']}")
    source = check.key("source", lambda v: _as_text(v, MAX_SOURCE), "")
    if kind is ImportKind.RECORDS and not source and "source" not in head:
        problems.append(f"[import] source: missing; records need one: {IMPORT_KEYS['source'].split(': ', 1)[1]}")
    if kind is ImportKind.PARCELS and "source" in head:
        problems.append("[import] source: parcels have no source (only records do); remove it")
    check.key("description", lambda v: _as_text(v, 300))
    header_row = check.key("header_row", lambda v: _as_whole(v, 0, MAX_HEADER_ROW), 1)
    shape = TableShape(
        sheet=check.key("sheet", lambda v: _as_text(v, 200)),
        header_row=1 if header_row is None else header_row,
        encoding=check.key("encoding", _as_encoding),
        delimiter=check.key("delimiter", _as_delimiter))
    duplicates = check.key("duplicates", lambda v: _as_choice(v, Duplicates), Duplicates.FIRST) or Duplicates.FIRST

    # An unknown kind: its fields are still checked, against every field there is.
    catalogue: Mapping[str, tuple[str, int]] = {**PARCEL_FIELDS, **RECORD_FIELDS}
    key: str | None = None
    if kind is not None:
        catalogue, key = KINDS[kind]
    specs: list[FieldSpec] = []
    if fields is not None and not isinstance(fields, dict):
        problems.append(f"fields: must be tables [fields.NAME], not {_shown(fields)}")
        fields = {}
    for name, raw in (fields or {}).items():
        spec = _field(name, raw, catalogue, key, kind, shape.header_row == 0, problems)
        if spec is not None:
            specs.append(spec)
    if key is not None and key not in (fields or {}):
        problems.append(f'[fields.{key}]: missing; {key} is the natural key of {kind}, read from a column: '
                        f'[fields.{key}] then column = "..." under it')
    if kind is None or problems:
        return None
    return RecordMapping(kind=kind, key=key or "", source=source or "", fields=tuple(specs), table=shape,
                         duplicates=duplicates)


def _field(name: str, raw: Any, catalogue: Mapping[str, tuple[str, int]], key: str | None, kind: str | None,
           by_position: bool, problems: list[str]) -> FieldSpec | None:
    where = f"[fields.{name if _BARE_KEY.fullmatch(name) else json.dumps(name)}]"
    if name not in catalogue:
        close = difflib.get_close_matches(name.lower(), catalogue, n=1, cutoff=0.6)
        problems.append(f"{where}: unknown field {name!r}; {f'did you mean {close[0]}? ' if close else ''}"
                        f"the fields{f' of {kind}' if kind else ''}: {', '.join(catalogue)}")
        return None
    if not isinstance(raw, dict):
        example = f"column = {_shown(raw)}" if isinstance(raw, str) else 'column = "..."'
        problems.append(f"{where}: must be a table, not {name} = {_shown(raw)}: write {where} on a line of its own, "
                        f"then {example} under it")
        return None
    for k in raw:
        if k not in FIELD_KEYS:
            problems.append(f"{where} {k}: {_unknown_key(k, FIELD_KEYS, 'a field')}")
    check = _Checker(raw, where, problems)
    natural, max_len = catalogue[name]
    field_type = check.key("type", lambda v: _as_choice(v, FieldType), FieldType(natural))
    if "type" in raw and field_type is not None and stored_as(field_type) != stored_as(natural):
        allowed = [t for t in FieldType if stored_as(t) == stored_as(natural)]
        problems.append(f"{where} type: {name} can only be read as {' or '.join(allowed)}, not {field_type}")
        field_type = None

    given = [k for k in ("column", "columns", "value") if k in raw]
    if len(given) > 1:
        problems.append(f"{where}: give one of column, columns or value, not {' and '.join(given)}")
    elif not given:
        problems.append(f'{where}: says nowhere where {name} comes from; give column = "..." (the column it is read '
                        'from), columns = [...] (several, joined) or value = "..." (the same for every row)')
    columns: tuple[str, ...] = ()
    if "column" in raw:
        columns = check.key("column", lambda v: (_as_column(v, by_position),), ())
    if "columns" in raw:
        columns = check.key("columns", lambda v: _as_columns(v, by_position), ())
    value = check.key("value", _as_value)
    if value is not None and name == key:
        problems.append(f"{where} value: {name} is the natural key, so it is read from a column: a value would "
                        f"give every row the same {name}")
    if "join" in raw and "columns" not in raw:
        problems.append(f"{where} join: joins the values of columns = [...]; {name} has no columns")
    formats = DEFAULT_DATE_FORMATS
    if "formats" in raw:
        if field_type is not None and field_type != FieldType.DATE:
            problems.append(f'{where} formats: formats are for dates (type = "date"); {name} is read as {field_type}')
        else:
            formats = check.key("formats", _as_formats, DEFAULT_DATE_FORMATS)
    required = check.key("required", _as_flag, name == key)
    if name == key and required is False:
        problems.append(f"{where} required: {name} is the natural key, which every row needs: remove required")
    if field_type is None:
        return None
    # A wrong value has been named as a problem; the spec, with defaults in its place, is only for
    # checking the rest (a constant value), never used.
    spec = FieldSpec(name=name, type=field_type, max_len=max_len, columns=columns or (),
                     join=check.key("join", lambda v: _as_text(v, 20, empty=True), "/") or "/", value=value,
                     formats=formats or DEFAULT_DATE_FORMATS, translate=check.key("translate", _as_translate, {}) or {},
                     required=bool(required))
    if value is not None:
        try:        # the value every row gets, read as every row would read it
            row_converter(RecordMapping(kind=kind or "", key=name, source="", fields=(spec,)), [])([])
        except BadValue as exc:
            problems.append(f"{where} value: {str(exc).split(': ', 1)[-1]}; it must be a {field_type} value")
    return spec


class _Checker:
    """Reads the keys of one table, adding a problem (and giving the default) where a value is wrong."""

    def __init__(self, table: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.table = table
        self.where = where
        self.problems = problems

    def key(self, key: str, read: Callable[[Any], Any], default: Any = None) -> Any:
        if key not in self.table:
            return default
        try:
            return read(self.table[key])
        except _Bad as exc:
            self.problems.append(f"{self.where} {key}: {exc}")
            return None


def _unknown_key(key: str, allowed: Mapping[str, str], table: str) -> str:
    """Why a key is not taken, and what is: the key it belongs to elsewhere, or a close one here."""
    if table != "[import]" and key in IMPORT_KEYS:
        hint = f"{key} belongs in [import] (keys below a [fields.NAME] line belong to that field)" \
            if table == "a field" else f"{key} belongs in [import], under its line"
    elif table != "a field" and key in FIELD_KEYS:
        hint = f"{key} belongs in a [fields.NAME] table"
    elif table == "the top of the file" and key in {**PARCEL_FIELDS, **RECORD_FIELDS}:
        hint = f"a field's table is written [fields.{key}]"
    else:
        close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]}?" if close else ""
    what = "table or key at" if table == "the top of the file" else "key in"
    return (f"no such {what} {table}{'; ' + hint if hint else ''} "
            f"({'the file has' if table == 'the top of the file' else table + ' takes'}: {', '.join(allowed)})")


def _shown(value: Any) -> str:
    """A value as it stands in the TOML file, short."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:40] + "...", ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return f"the date {value.isoformat()}"
    return f"a {type(value).__name__}"


def _as_text(value: Any, limit: int, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise _Bad(f"must be a text in quotes, not {_shown(value)}")
    if not empty and not value.strip():
        raise _Bad("must not be empty")
    if len(value) > limit:
        raise _Bad(f"must be at most {limit} characters")
    if any(ch < " " for ch in value):
        raise _Bad("must not hold control characters")
    return value.strip() if not empty else value


def _as_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"must be true or false, without quotes, not {_shown(value)}")
    return value


def _as_whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Bad(f"must be a whole number from {low} to {high}, without quotes, not {_shown(value)}")
    return value


def _as_choice(value: Any, choices: type[_E]) -> _E:
    words = [c.value for c in choices]
    if isinstance(value, str) and value in words:
        return choices(value)
    close = difflib.get_close_matches(value.lower(), words, n=1, cutoff=0.6) if isinstance(value, str) else []
    raise _Bad(f"must be {' or '.join(json.dumps(w) for w in words)}, not {_shown(value)}"
               f"{f'; did you mean {json.dumps(close[0])}?' if close else ''}")


def _as_column(value: Any, by_position: bool) -> str:
    """A column of the file by name, or, in a file without a header, by position (as "column N")."""
    if by_position:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_POSITION:
            raise _Bad(f"must be a column's position, 1 for the first, not {_shown(value)}: the file has no header "
                       "row (header_row = 0), so its columns have no names")
        return position_name(value)
    if isinstance(value, int) and not isinstance(value, bool):
        raise _Bad(f'must be a column name in quotes, e.g. "Address", not {_shown(value)}; a column by its '
                   "position needs header_row = 0 in [import] (a file without a header row)")
    return _as_text(value, 200)


def _as_columns(value: Any, by_position: bool) -> tuple[str, ...]:
    if isinstance(value, str):
        raise _Bad(f"must be a list, e.g. columns = [{_shown(value)}, ...], not the text {_shown(value)}; "
                   f"for one column write column = {_shown(value)}")
    if not isinstance(value, list) or not value:
        raise _Bad(f'must be a list of columns, e.g. ["Map", "Lot"], not {_shown(value)}')
    try:
        return tuple(_as_column(v, by_position) for v in value)
    except _Bad as exc:
        raise _Bad(f"each column {exc}") from None


def _as_value(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        raise _Bad(f'must be a text in quotes (or a number), e.g. value = "Zoning permit", not {_shown(value)}')
    if isinstance(value, str):
        return _as_text(value, 4000)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _as_formats(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise _Bad(f"must be a list, e.g. formats = [{_shown(value)}], not the text {_shown(value)} alone")
    if not isinstance(value, list) or not value:
        raise _Bad(f'must be a list of date formats, e.g. ["%m/%d/%Y", "excel"], not {_shown(value)}')
    for item in value:
        if not isinstance(item, str):
            raise _Bad(f'must list date formats in quotes, e.g. "%m/%d/%Y", not {_shown(item)}')
        if item == "excel":
            continue
        if "%" not in item:
            raise _Bad(f'{_shown(item)} has no % codes: write e.g. "%m/%d/%Y" for 01/26/2016, "%Y-%m-%d" for '
                       '2016-01-26, or "excel" for Excel day numbers')
        try:
            dt.datetime.strptime(_A_DATE.strftime(item), item)
        except ValueError as exc:
            raise _Bad(f"{_shown(item)} is not a date format ({exc}); the codes are Python's strftime codes, "
                       'e.g. "%m/%d/%Y"') from None
    return tuple(value)


def _as_translate(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _Bad('must be a table of values and what they are read as, e.g. translate = { "CERTICATE" = '
                   f'"CERTIFICATE" }}, not {_shown(value)}')
    out = {}
    for old, new in value.items():
        if not isinstance(new, str):
            raise _Bad(f'{_shown(old)} must be read as a text in quotes ("" for no value), not {_shown(new)}')
        # Values are matched as they are read: trimmed, with runs of spaces as one.
        out[" ".join(old.split())] = " ".join(new.split())
    return out


def _as_encoding(value: Any) -> str:
    name = _as_text(value, 40)
    try:
        info = codecs.lookup(name)
    except LookupError:
        close = difflib.get_close_matches(name.lower(), _COMMON_ENCODINGS, n=1, cutoff=0.5)
        raise _Bad(f"{_shown(value)} is not an encoding Python knows{f'; did you mean {json.dumps(close[0])}?' if close else ''}"
                   f" (common ones: {', '.join(_COMMON_ENCODINGS)})") from None
    if not getattr(info, "_is_text_encoding", True):
        raise _Bad(f"{_shown(value)} is not a text encoding (common ones: {', '.join(_COMMON_ENCODINGS)})")
    return info.name


def _as_delimiter(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 1 or value == '"' or not (value == "\t" or value.isprintable()):
        raise _Bad(f'must be one character in quotes, e.g. ";" or "|" or "\\t" for a tab, not {_shown(value)}')
    return value


__all__ = ["FIELD_KEYS", "IMPORT_KEYS", "parse_mapping"]
