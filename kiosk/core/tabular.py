# SPDX-License-Identifier: Apache-2.0
"""Streaming readers for the files town offices export: CSV (any common encoding and delimiter)
and Excel .xlsx. Rows come out one at a time with the line (or sheet row) they start on, so memory
stays flat on a file of a million rows and every reject can name its line.
"""

from __future__ import annotations

import codecs
import csv
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SAMPLE_BYTES = 64 * 1024
DELIMITERS = ",;\t|"


class FileShapeError(Exception):
    """The file cannot be read as a table (no header, not a CSV or .xlsx); nothing was written."""


@contextmanager
def open_table(path: Path, sheet: str | None = None) -> Iterator[tuple[list[str], Iterator[tuple[int, list[Any]]]]]:
    """(header, rows) where rows yields (line number, values); .xlsx by extension, otherwise CSV."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with _xlsx(path, sheet) as table:
            yield table
    else:
        with _csv(path) as table:
            yield table


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


@contextmanager
def _csv(path: Path) -> Iterator[tuple[list[str], Iterator[tuple[int, list[Any]]]]]:
    encoding = sniff_encoding(path)
    try:
        fh = open(path, encoding=encoding, errors="replace", newline="")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise FileShapeError(f"{path}: {exc.strerror}") from None
    with fh:
        delimiter = sniff_delimiter(fh.read(SAMPLE_BYTES))
        fh.seek(0)
        reader = csv.reader(fh, delimiter=delimiter, strict=False)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise FileShapeError(f"{path}: not a CSV file ({exc})") from None
        if not header or not any(h.strip() for h in header):
            raise FileShapeError(f"{path}: the file is empty or has no header line")
        yield [h.strip() for h in header], _csv_rows(reader)


def _csv_rows(reader: Any) -> Iterator[tuple[int, list[Any]]]:
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:      # e.g. a NUL byte: one bad line, not a failed import
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
def _xlsx(path: Path, sheet: str | None) -> Iterator[tuple[list[str], Iterator[tuple[int, list[Any]]]]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and data validation it does not read; values are unaffected.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\..*")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, KeyError, ValueError) as exc:
        raise FileShapeError(f"{path}: not an Excel .xlsx file ({exc})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise FileShapeError(f"{path}: no sheet {sheet!r} (sheets: {', '.join(book.sheetnames)})")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if not header or not any(h is not None and str(h).strip() for h in header):
            raise FileShapeError(f"{path}: the sheet is empty or has no header row")
        yield ["" if h is None else str(h).strip() for h in header], _xlsx_rows(rows, len(header))
    finally:
        book.close()


def _xlsx_rows(rows: Iterator[tuple[Any, ...]], width: int) -> Iterator[tuple[int, list[Any]]]:
    for number, row in enumerate(rows, start=2):
        values = list(row)
        values += [None] * (width - len(values))       # a sheet leaves empty trailing cells out
        if any(v is not None and str(v).strip() for v in values):
            yield number, values


def csv_text(values: list[Any]) -> list[str]:
    """Raw values as text for a reject file."""
    return ["" if v is None else str(v) for v in values]


__all__ = ["FileShapeError", "csv_text", "is_unreadable", "open_table", "sniff_delimiter", "sniff_encoding"]
