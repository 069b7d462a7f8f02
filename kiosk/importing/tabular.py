# SPDX-License-Identifier: Apache-2.0
"""Streaming readers for the files town offices export: CSV (any common encoding and delimiter)
and Excel .xlsx. Rows come out one at a time with the line (or sheet row) they start on, so memory
stays flat on a file of a million rows and every reject can name its line.

Where the header is (below title rows, or none at all), the encoding and the delimiter are sniffed
unless the mapping says (TableShape): exports differ from town to town.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.core.records.table_shape import TableShape, position_name

SAMPLE_BYTES = 64 * 1024
DELIMITERS = ",;\t|"
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
HEADER_SEARCH_ROWS = 30      # how far down a header below title rows is looked for, to suggest header_row
# A text file has few control characters (a stray NUL in a value is one bad row, not a binary file);
# a spreadsheet, PDF or picture decoded as text has them by the thousand.
_BINARY_SHARE = 0.02
_SIGNATURES = {
    b"PK\x03\x04": "a zip archive (an Excel .xlsx workbook under another name? then name it .xlsx)",
    b"\xd0\xcf\x11\xe0": "an old Excel .xls (or other Office) file: save it from Excel as .xlsx or CSV",
    b"%PDF": "a PDF document: ask for the export as CSV or .xlsx",
}

Table = tuple[list[str], Iterator[tuple[int, list[Any]]]]


class FileShapeError(Exception):
    """The file cannot be read as a table (no header, not a CSV or .xlsx); nothing was written."""


def is_excel(path: Path) -> bool:
    return Path(path).suffix.lower() in EXCEL_SUFFIXES


@contextmanager
def open_table(path: Path, shape: TableShape | None = None) -> Iterator[Table]:
    """(header, rows) where rows yields (line number, values); .xlsx by extension, otherwise CSV.
    Without a header row the header is "column 1", "column 2", ... as wide as the first row."""
    path = Path(path)
    shape = shape or TableShape()
    if is_excel(path):
        if shape.encoding or shape.delimiter:
            raise FileShapeError(f"{path}: an Excel workbook has no encoding or delimiter; remove "
                                 f"{' and '.join(k for k in ('encoding', 'delimiter') if getattr(shape, k))} from the "
                                 "mapping's [import], or export a CSV file")
        with _xlsx(path, shape) as table:
            yield table
    else:
        if shape.sheet is not None:
            raise FileShapeError(f"{path}: the mapping names sheet {shape.sheet!r}, but this is a CSV file, which "
                                 "has no sheets; remove sheet from the mapping's [import], or import the .xlsx")
        with _csv(path, shape) as table:
            yield table


def find_header_row(path: Path, shape: TableShape, names: list[str]) -> int | None:
    """The line (or sheet row) near the top that holds every one of these column names, if one does:
    what header_row should be when the export starts with title rows."""
    wanted = {n.strip() for n in names}
    if is_excel(path):
        try:
            with open_table(path, TableShape(shape.sheet, 0)) as (_header, rows):
                for line, values in itertools.islice(rows, HEADER_SEARCH_ROWS):
                    if wanted <= {"" if v is None else str(v).strip() for v in values}:
                        return line
        except FileShapeError:
            return None
        return None
    # Lines one by one, with each delimiter: title rows above the header would mislead the sniffing.
    try:
        with open(path, encoding=shape.encoding or sniff_encoding(path), errors="replace", newline="") as fh:
            lines = list(itertools.islice(fh, HEADER_SEARCH_ROWS))
    except (OSError, UnicodeError, ValueError):
        return None
    for number, text in enumerate(lines, start=1):
        for delimiter in shape.delimiter or DELIMITERS:
            values = next(csv.reader([text], delimiter=delimiter, strict=False), [])
            if wanted <= {v.strip() for v in values}:
                return number
    return None


def sniff_encoding(path: Path) -> str:
    """utf-8-sig / utf-16 by their byte-order mark; UTF-8 if every byte decodes as UTF-8; else cp1252."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    lines = sample.splitlines()
    sample = "\n".join(lines[:-1] if len(lines) > 1 else lines)     # the last line may be cut short
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        return max(DELIMITERS, key=header.count) if any(d in header for d in DELIMITERS) else ","


def not_text(head: bytes, text: str, encoding: str) -> str | None:
    """Why a file is not a text table, if it is not: by its first bytes (`head`), or by the share of
    control characters and undecodable bytes in its first characters (`text`, read as `encoding`)."""
    for signature, what in _SIGNATURES.items():
        if head.startswith(signature):
            return what
    odd = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch in "\x7f\ufffd")
    if not text or odd <= len(text) * _BINARY_SHARE:
        return None
    return (f"{odd * 100 // len(text)}% of its first characters are control characters or bytes that are not "
            f"{encoding}: a binary file, or text in another encoding (UTF-16 without a byte-order mark, say: "
            "then set encoding in the mapping's [import])")


@contextmanager
def _csv(path: Path, shape: TableShape) -> Iterator[Table]:
    encoding = shape.encoding or sniff_encoding(path)
    try:
        fh = open(path, encoding=encoding, errors="replace", newline="")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise FileShapeError(f"{path}: {exc.strerror}") from None
    with fh:
        try:
            sample = fh.read(SAMPLE_BYTES)
        except (UnicodeError, ValueError) as exc:      # a codec that cannot replace what it cannot read
            raise FileShapeError(f"{path}: cannot be read as {encoding} ({exc}); check encoding in the mapping's "
                                 "[import], or leave it out to have it sniffed") from None
        with open(path, "rb") as raw:
            head = raw.read(8)
        why = not_text(head, sample, encoding)
        if why is not None:
            raise FileShapeError(f"{path}: not a text file, so not a CSV export: {why}")
        # Title rows above the header would mislead the sniffing: from the header line on.
        after_titles = "\n".join(sample.splitlines()[max(shape.header_row - 1, 0):])
        delimiter = shape.delimiter or sniff_delimiter(after_titles)
        fh.seek(0)
        reader = csv.reader(fh, delimiter=delimiter, strict=False)
        rows = _csv_rows(reader, path)
        if shape.header_row == 0:
            yield _positions(rows, path)
            return
        try:
            header = _header_at(rows, shape.header_row)
        except csv.Error as exc:
            raise FileShapeError(f"{path}: not a CSV file ({exc})") from None
        if not header or not any(h.strip() for h in header):
            where = "line 1" if shape.header_row == 1 else f"line {shape.header_row} (header_row)"
            raise FileShapeError(f"{path}: the file is empty or has no header at {where}")
        yield [h.strip() for h in header], rows


def _header_at(rows: Iterator[tuple[int, list[Any]]], header_row: int) -> list[Any] | None:
    """The values of the row on line `header_row` (None if that line is blank); the rows above it
    are titles, skipped."""
    for line, values in rows:
        if line >= header_row:
            if line > header_row:
                return None
            problem = is_unreadable(values)
            if problem is not None:
                raise csv.Error(problem)
            return values
    return None


def _positions(rows: Iterator[tuple[int, list[Any]]], path: Path) -> Table:
    """No header: the first row is data, and columns are named by position, as wide as it is."""
    first = next(rows, None)
    if first is None:
        raise FileShapeError(f"{path}: the file is empty")
    width = len(first[1])
    return [position_name(n) for n in range(1, width + 1)], itertools.chain([first], rows)


def _csv_rows(reader: Any, path: Path) -> Iterator[tuple[int, list[Any]]]:
    """Every non-blank row with the line it starts on (title rows included: the caller skips them)."""
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeError as exc:   # a mapping's encoding that stops part way (its sample read well)
            raise FileShapeError(f"{path}: line {reader.line_num + 1} cannot be decoded ({exc})") from None
        except csv.Error as exc:      # e.g. a field too large: one bad line, not a failed import
            yield start, [_Unreadable(str(exc))]
            start = reader.line_num + 1
            continue
        if row and any(v.strip() for v in row):
            yield start, row
        start = reader.line_num + 1


class _Unreadable(str):
    """Marks a line the CSV reader could not split."""


def is_unreadable(values: list[Any]) -> str | None:
    return str(values[0]) if len(values) == 1 and isinstance(values[0], _Unreadable) else None


@contextmanager
def _xlsx(path: Path, shape: TableShape) -> Iterator[Table]:
    from zipfile import BadZipFile

    import openpyxl

    with open(path, "rb") as raw:
        head = raw.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileShapeError(f"{path}: not an Excel .xlsx file ({_SIGNATURES[head[:4]]})")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and data validation it does not read; values are unaffected.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\..*")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, KeyError, ValueError) as exc:
        raise FileShapeError(f"{path}: not an Excel .xlsx file ({exc})") from None
    try:
        sheet = shape.sheet
        if sheet is not None and sheet not in book.sheetnames:
            raise FileShapeError(f"{path}: no sheet {sheet!r} (sheets: {', '.join(book.sheetnames)})")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        # Title rows (merged cells read as a value and empty cells) are left above the header.
        first = max(shape.header_row, 1)
        rows = ws.iter_rows(min_row=first, values_only=True)
        if shape.header_row == 0:
            first_row = next(rows, None)
            if first_row is None:
                raise FileShapeError(f"{path}: the sheet is empty")
            width = len(first_row)
            yield ([position_name(n) for n in range(1, width + 1)],
                   _xlsx_rows(itertools.chain([first_row], rows), width, start=1))
            return
        header = next(rows, None)
        if not header or not any(h is not None and str(h).strip() for h in header):
            where = "row 1" if first == 1 else f"row {first} (header_row)"
            raise FileShapeError(f"{path}: the sheet is empty or has no header at {where}")
        yield ["" if h is None else str(h).strip() for h in header], _xlsx_rows(rows, len(header), start=first + 1)
    finally:
        book.close()


def _xlsx_rows(rows: Iterator[tuple[Any, ...]], width: int, start: int) -> Iterator[tuple[int, list[Any]]]:
    for number, row in enumerate(rows, start=start):
        values = list(row)
        values += [None] * (width - len(values))       # a sheet leaves empty trailing cells out
        if any(v is not None and str(v).strip() for v in values):
            yield number, values


# A NUL makes spreadsheet programs cut the value (and grep call the file binary); the reject's reason
# names it, and this visible sign shows where it was.
_NUL_SIGN = "\u2400"


def csv_text(values: list[Any]) -> list[str]:
    """Raw values as text for a reject file: a NUL byte shown as \u2400, never copied."""
    return ["" if v is None else str(v).replace("\x00", _NUL_SIGN) for v in values]


__all__ = [
    "FileShapeError",
    "csv_text",
    "find_header_row",
    "is_excel",
    "is_unreadable",
    "open_table",
    "sniff_delimiter",
    "sniff_encoding",
]
