# SPDX-License-Identifier: Apache-2.0
"""Importing a town's parcels or records file: read, check, convert, hand batches to a sink.

Qt-free and storage-free. The file and the mapping are checked before the sink is opened, so a
wrong mapping or a file of another shape stops with nothing written. Every row is either handed
on or rejected with its line number and reason (in the reject file, with its raw values). A
natural key seen twice in one file: the first row is kept and the later one rejected, naming the
line of the first, since two different permits under one number is an error for the office to fix.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kiosk.core.addresses import address_key
from kiosk.core.record_mapping import BadValue, MappingError, RecordMapping, convert, missing_columns
from kiosk.core.tabular import FileShapeError, csv_text, is_unreadable, open_table

BATCH_SIZE = 1000
KEPT_REJECTS = 200      # in the summary; the reject file has them all


class ImportSink(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> int:
        """Upsert a batch by natural key; returns how many were linked to a parcel (records)."""


@dataclass(frozen=True, slots=True)
class Reject:
    line: int
    reason: str


@dataclass(slots=True)
class ImportSummary:
    kind: str
    read: int = 0
    imported: int = 0
    rejected: int = 0
    linked: int = 0
    rejects: list[Reject] = field(default_factory=list)     # the first KEPT_REJECTS
    reject_path: Path | None = None


def check_file(path: Path, mapping: RecordMapping) -> list[str]:
    """The file's header, after making sure every column the mapping names is there."""
    with open_table(path, mapping.sheet) as (header, _rows):
        _check_header(path, mapping, header)
        return header


def run_import(path: Path, mapping: RecordMapping, open_sink: Callable[[], AbstractContextManager[ImportSink]],
               *, reject_path: Path | None = None, batch_size: int = BATCH_SIZE,
               progress: Callable[[int], None] | None = None) -> ImportSummary:
    """Import one file. Raises MappingError or FileShapeError before anything is written."""
    summary = ImportSummary(kind=mapping.kind, reject_path=reject_path)
    with ExitStack() as stack:
        header, rows = stack.enter_context(open_table(path, mapping.sheet))
        _check_header(path, mapping, header)
        rejects = _RejectWriter(stack, reject_path, header, summary)
        sink = stack.enter_context(open_sink())
        batch: list[dict[str, Any]] = []
        for line, values, result in _converted(mapping, header, rows):
            summary.read += 1
            if isinstance(result, str):
                rejects.add(line, result, values)
                continue
            batch.append(result)
            if len(batch) >= batch_size:
                summary.linked += sink.write(batch)
                summary.imported += len(batch)
                batch = []
                if progress:
                    progress(summary.read)
        if batch:
            summary.linked += sink.write(batch)
            summary.imported += len(batch)
        if progress:
            progress(summary.read)
    return summary


def _check_header(path: Path, mapping: RecordMapping, header: list[str]) -> None:
    missing = missing_columns(mapping, header)
    if missing:
        raise MappingError(f"{Path(path).name} has no column {', '.join(map(repr, missing))} that the mapping "
                           f"names; its columns are {', '.join(repr(h) for h in header if h)}")


def _converted(mapping: RecordMapping, header: list[str],
               rows: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any], dict[str, Any] | str]]:
    seen: dict[str, int] = {}
    width = len(header)
    for line, values in rows:
        problem = is_unreadable(values)
        if problem is not None:
            yield line, values, f"the line cannot be read ({problem})"
            continue
        if len(values) < width:
            yield line, values, f"{len(values)} values where the header has {width} (line cut short?)"
            continue
        if len(values) > width and any(v not in (None, "") for v in values[width:]):
            yield line, values, f"{len(values)} values where the header has {width}"
            continue
        try:
            out = convert(mapping, dict(zip(header, values)))
        except BadValue as exc:
            yield line, values, str(exc)
            continue
        key = out[mapping.key]
        if key in seen:
            yield line, values, f"{mapping.key} {key!r} already on line {seen[key]} (the first is kept)"
            continue
        seen[key] = line
        if "address" in out:
            out["address_key"] = address_key(out["address"]) or None
        yield line, values, out


class _RejectWriter:
    """Rejects as CSV: line, reason, then the row's raw values under the file's own header."""

    def __init__(self, stack: ExitStack, path: Path | None, header: list[str], summary: ImportSummary) -> None:
        self._summary = summary
        self._writer = None
        if path is not None:
            fh = stack.enter_context(open(path, "w", encoding="utf-8", newline=""))
            self._writer = csv.writer(fh)
            self._writer.writerow(["line", "reason", *header])

    def add(self, line: int, reason: str, values: list[Any]) -> None:
        self._summary.rejected += 1
        if len(self._summary.rejects) < KEPT_REJECTS:
            self._summary.rejects.append(Reject(line, reason))
        if self._writer is not None:
            self._writer.writerow([line, reason, *csv_text(values)])


__all__ = ["ImportSink", "ImportSummary", "Reject", "run_import", "check_file", "MappingError", "FileShapeError"]
