# SPDX-License-Identifier: Apache-2.0
"""Importing a town's parcels or records file: read, check, convert, hand batches to a sink.

Qt-free and storage-free. The file and the mapping are checked before the sink is opened, so a
wrong mapping or a file of another shape stops with nothing written. Every row is either handed
on or rejected with its line number and reason (in the reject file, with its raw values). A
natural key seen twice in one file: by default the first row is kept and the later one rejected,
naming the line of the first, since two different permits under one number is an error for the
office to fix. Where a town's export appends a row per change, the mapping says duplicates =
"last": the file is read twice, first for the natural keys alone, to know which row of each is
its last; the earlier rows are rejected naming it.

Memory stays flat however long the file: rows go on in batches, and the keys already seen are
kept by the sink (in the database) where it offers `first_lines`, else in a dict here.

A large file is read and converted in a second process while this one writes (`parallel`): the
two halves take about as long as each other, and one process cannot do both at once.
"""

from __future__ import annotations

import csv
import multiprocessing
import queue
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from kiosk.core.records.addresses import address_key
from kiosk.core.records.mapping import (
    BadValue,
    Duplicates,
    MappingError,
    RecordMapping,
    missing_columns,
    row_converter,
)
from kiosk.importing.tabular import (
    FileShapeError,
    csv_text,
    find_header_row,
    is_excel,
    is_unreadable,
    open_table,
)

BATCH_SIZE = 1000
KEPT_REJECTS = 200      # in the summary; the reject file has them all
PARALLEL_FROM_BYTES = 4 * 1024 * 1024       # smaller files are read before a second process would start
_WAITING = 8            # batches converted ahead of the writing, at most (memory stays flat)
_Entry = tuple[int, list[Any], dict[str, Any] | str]   # line, raw values, converted row or reject reason


class ImportSink(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> int:
        """Upsert a batch by natural key; returns how many were linked to a parcel (records)."""

    # Optional: def first_lines(self, keys: dict[str, int]) -> dict[str, int]
    #     Remember these natural keys (key -> line) for the rest of the import; return, for those
    #     remembered before, the line they were first seen on.


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
    with open_table(path, mapping.table) as (header, _rows):
        _check_header(path, mapping, header)
        return header


def run_import(path: Path, mapping: RecordMapping, open_sink: Callable[[], AbstractContextManager[ImportSink]],
               *, reject_path: Path | None = None, batch_size: int = BATCH_SIZE,
               progress: Callable[[int], None] | None = None, parallel: bool | None = None) -> ImportSummary:
    """Import one file. Raises MappingError or FileShapeError before anything is written.
    parallel: read and convert in a second process (None: when the file is large)."""
    summary = ImportSummary(kind=mapping.kind, reject_path=reject_path)
    if parallel is None:
        parallel = Path(path).stat().st_size >= PARALLEL_FROM_BYTES
    with ExitStack() as stack:
        header, rows = stack.enter_context(open_table(path, mapping.table))
        _check_header(path, mapping, header)
        rejects = _RejectWriter(stack, reject_path, header, summary)
        sink = stack.enter_context(open_sink())
        seen = getattr(sink, "first_lines", None) or _KeysInMemory().first_lines
        last = _last_lines(path, mapping, seen) if mapping.duplicates is Duplicates.LAST else None
        entries = _converted_elsewhere(path, mapping) if parallel else _converted(mapping, header, rows)
        stack.callback(entries.close)      # stops the reading process, on any way out
        batch = _Batch(mapping.key, seen, last, sink, rejects, summary)
        for line, values, result in entries:
            summary.read += 1
            batch.add(line, values, result)
            if batch.size >= batch_size:
                batch.flush()
                if progress:
                    progress(summary.read)
        batch.flush()
        if progress:
            progress(summary.read)
    return summary


def _check_header(path: Path, mapping: RecordMapping, header: list[str]) -> None:
    missing = missing_columns(mapping, header)
    if not missing:
        return
    name, line = Path(path).name, "row" if is_excel(path) else "line"
    if mapping.table.header_row == 0:
        raise MappingError(f"{name} has {len(header)} values on its first {line}, but the mapping reads "
                           f"{', '.join(missing)}")
    hint = ""
    found = find_header_row(path, mapping.table, list(mapping.columns))
    if found is not None and found != mapping.table.header_row:
        hint = (f". Its {line} {found} has every column the mapping names: if the header is there (below title "
                f"{line}s), set header_row = {found} in the mapping's [import]")
    at = f" (its header, on {line} {mapping.table.header_row})" if mapping.table.header_row != 1 else ""
    raise MappingError(f"{name} has no column {', '.join(map(repr, missing))} that the mapping names; its "
                       f"columns{at} are {', '.join(repr(h) for h in header if h)}{hint}")


def _last_lines(path: Path, mapping: RecordMapping, seen: Callable[[dict[str, int]], dict[str, int]]) -> dict[str, int]:
    """duplicates = "last": for each natural key the file has more than once, the line of its last row.
    A reading of the natural key alone (the other fields are read once, later). The keys seen are kept
    by `seen` (in the database); only the repeated ones here. A last row that is rejected for another
    value still replaces the earlier ones: an older row would show a resident an out-of-date status."""
    key_only = replace(mapping, fields=tuple(s for s in mapping.fields if s.name == mapping.key))
    last: dict[str, int] = {}
    first_here: dict[str, int] = {}
    last_here: dict[str, int] = {}

    def flush() -> None:
        earlier = seen(first_here) if first_here else {}
        for key, line in last_here.items():
            if key in earlier or line != first_here[key]:
                last[key] = line
        first_here.clear()
        last_here.clear()

    with open_table(path, mapping.table) as (header, rows):
        for line, _values, result in _converted(key_only, header, rows):
            if isinstance(result, str):
                continue
            key = result[mapping.key]
            first_here.setdefault(key, line)
            last_here[key] = line
            if len(first_here) >= BATCH_SIZE:
                flush()
        flush()
    return last


def _converted(mapping: RecordMapping, header: list[str],
               rows: Iterator[tuple[int, list[Any]]]) -> Generator[_Entry, None, None]:
    width = len(header)
    convert = row_converter(mapping, header)
    has_address = any(spec.name == "address" for spec in mapping.fields)
    # Without a header, the first row says how many values a row has.
    header_has = "the first row has" if mapping.table.header_row == 0 else "the header has"
    for line, values in rows:
        problem = is_unreadable(values)
        if problem is not None:
            yield line, values, f"the line cannot be read ({problem})"
            continue
        if len(values) < width:
            yield line, values, f"{len(values)} values where {header_has} {width} (line cut short?)"
            continue
        if len(values) > width and any(v not in (None, "") for v in values[width:]):
            yield line, values, f"{len(values)} values where {header_has} {width}"
            continue
        try:
            out = convert(values)
        except BadValue as exc:
            yield line, values, str(exc)
            continue
        if has_address:
            out["address_key"] = address_key(out["address"]) or None
        yield line, values, out


def _converted_elsewhere(path: Path, mapping: RecordMapping) -> Generator[_Entry, None, None]:
    """What _converted gives, read and converted by a second process, in batches through a queue."""
    context = multiprocessing.get_context("spawn")      # nothing of this process (threads, Qt) is copied
    batches = context.Queue(maxsize=_WAITING)
    reader = context.Process(target=_convert_file, args=(str(path), mapping, batches), daemon=True,
                             name="kiosk-import-reader")
    reader.start()
    try:
        while True:
            try:
                batch = batches.get(timeout=1)
            except queue.Empty:
                if not reader.is_alive():
                    raise RuntimeError(f"the process reading {Path(path).name} stopped "
                                       f"(exit code {reader.exitcode})") from None
                continue
            if batch is None:
                return
            if isinstance(batch, BaseException):
                raise batch
            yield from batch
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        batches.close()


def _convert_file(path: str, mapping: RecordMapping, batches: Any) -> None:
    """The second process: read the file, convert its rows, and hand them over a batch at a time."""
    try:
        with open_table(Path(path), mapping.table) as (header, rows):
            batch: list[_Entry] = []
            for entry in _converted(mapping, header, rows):
                batch.append(entry)
                if len(batch) >= BATCH_SIZE:
                    batches.put(batch)
                    batch = []
            batches.put(batch)
        batches.put(None)
    except Exception as exc:  # noqa: BLE001 - raised again in the importing process
        batches.put(exc if isinstance(exc, (MappingError, FileShapeError, OSError, ValueError))
                    else RuntimeError(f"{exc.__class__.__name__}: {exc}"))


class _Batch:
    """Rows on their way to the sink, and the rejects among them, kept in line order. A key seen
    before (earlier in the batch, or in an earlier batch) is rejected here, naming its first line;
    or, with `last` (duplicates = "last"), a row that a later one replaces, naming that one."""

    def __init__(self, key: str, seen: Callable[[dict[str, int]], dict[str, int]], last: dict[str, int] | None,
                 sink: ImportSink, rejects: _RejectWriter, summary: ImportSummary) -> None:
        self._key = key
        self._sink = sink
        self._rejects = rejects
        self._summary = summary
        self._seen = seen
        self._last = last
        self._entries: list[_Entry] = []

    @property
    def size(self) -> int:
        return len(self._entries)

    def add(self, line: int, values: list[Any], result: dict[str, Any] | str) -> None:
        self._entries.append((line, values, result))

    def flush(self) -> None:
        if self._last is not None:
            self._flush_keeping_the_last()
            return
        entries, self._entries = self._entries, []
        first: dict[str, int] = {}
        for line, _values, result in entries:
            if not isinstance(result, str):
                first.setdefault(result[self._key], line)
        earlier = self._seen(first) if first else {}
        good = []
        for line, values, result in entries:
            if isinstance(result, str):
                self._rejects.add(line, result, values)
                continue
            key = result[self._key]
            if key in earlier or first[key] != line:
                self._rejects.add(line, f"{self._key} {key!r} already on line {earlier.get(key, first[key])} "
                                        "(the first is kept)", values)
                continue
            good.append(result)
        self._write(good)

    def _flush_keeping_the_last(self) -> None:
        entries, self._entries = self._entries, []
        good = []
        assert self._last is not None
        for line, values, result in entries:
            if isinstance(result, str):
                self._rejects.add(line, result, values)
                continue
            key = result[self._key]
            kept = self._last.get(key, line)
            if kept != line:
                self._rejects.add(line, f"{self._key} {key!r} again on line {kept} (the last is kept)", values)
                continue
            good.append(result)
        self._write(good)

    def _write(self, good: list[dict[str, Any]]) -> None:
        if good:
            self._summary.linked += self._sink.write(good)
            self._summary.imported += len(good)


class _KeysInMemory:
    """first_lines for a sink that does not keep the keys itself (memory grows with the file)."""

    def __init__(self) -> None:
        self._lines: dict[str, int] = {}

    def first_lines(self, keys: dict[str, int]) -> dict[str, int]:
        earlier = {k: self._lines[k] for k in keys if k in self._lines}
        for k, line in keys.items():
            self._lines.setdefault(k, line)
        return earlier


class _RejectWriter:
    """Rejects as CSV: line, reason, then the row's raw values under the file's own header."""

    def __init__(self, stack: ExitStack, path: Path | None, header: list[str], summary: ImportSummary) -> None:
        self._summary = summary
        self._writer = None
        if path is not None:
            fh = stack.enter_context(open(path, "w", encoding="utf-8", newline=""))  # noqa: SIM115 - the stack closes it
            self._writer = csv.writer(fh)
            self._writer.writerow(["line", "reason", *csv_text(header)])

    def add(self, line: int, reason: str, values: list[Any]) -> None:
        self._summary.rejected += 1
        if len(self._summary.rejects) < KEPT_REJECTS:
            self._summary.rejects.append(Reject(line, reason))
        if self._writer is not None:
            self._writer.writerow([line, reason, *csv_text(values)])


__all__ = ["FileShapeError", "ImportSink", "ImportSummary", "MappingError", "Reject", "check_file", "run_import"]
