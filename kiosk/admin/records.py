# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin records ...`: import a town's parcels or records file, list the shipped mappings.

The mapping and the file's header are checked before the database is opened, so a wrong mapping
or a file of another shape stops with a plain message and nothing written. The import itself runs
in one transaction (see kiosk.storage.records.store).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import tomllib
import warnings
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.records.mapping import MappingError, RecordMapping
from kiosk.core.records.table_shape import TableShape
from kiosk.importing.mapping_file import load_mapping
from kiosk.importing.pipeline import ImportSummary, check_file, run_import
from kiosk.importing.tabular import FileShapeError, is_excel
from kiosk.paths import resources_dir
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import DatabaseError, describe, open_engine
from kiosk.storage.migrations import upgrade

SHOWN_REJECTS = 5


def mappings_dir() -> Path:
    return resources_dir() / "importers"


def shipped_mappings() -> list[Path]:
    return sorted(mappings_dir().glob("*.toml"))


def resolve_mapping(name: str) -> Path:
    """A mapping file's path, or the name of a shipped one ("lyme_vgsi_parcels" or "....toml")."""
    path = Path(name).expanduser()
    if path.is_file():
        return path
    shipped = mappings_dir() / (path.name if path.suffix == ".toml" else f"{path.name}.toml")
    if path.parent == Path(".") and shipped.is_file():
        return shipped
    names = ", ".join(p.stem for p in shipped_mappings())
    raise MappingError(f"mapping {name}: no such file, and no shipped mapping of that name (shipped: {names})")


def describe_mapping(path: Path) -> tuple[str, str]:
    """(kind, one-line description): [import] description, else the first sentence of the opening comment."""
    text = path.read_text(encoding="utf-8")
    try:
        head = tomllib.loads(text).get("import", {})
    except tomllib.TOMLDecodeError:
        return "?", "(not a valid TOML file)"
    if not isinstance(head, dict):       # the import checks it, and says what is wrong
        head = {}
    description = str(head.get("description", "")).strip()
    if not description:
        comment = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            comment.append(line.lstrip("#").strip())
        joined = " ".join(c for c in comment if c)
        description = joined.split(". ")[0].rstrip(".") + "." if joined else ""
    return str(head.get("kind", "?")), description


def list_mappings(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    paths = shipped_mappings()
    if not paths:
        print(f"No mappings are shipped in {mappings_dir()}.", file=out)
        return 0
    print(f"Shipped mappings ({mappings_dir()}):", file=out)
    width = max(len(p.stem) for p in paths)
    for path in paths:
        kind, description = describe_mapping(path)
        print(f"  {path.stem:<{width}}  {kind:<8} {description}".rstrip(), file=out)
    print("Use one with: kiosk-admin records import parcels|records FILE --mapping NAME", file=out)
    return 0


def default_reject_path(file: Path, data_dir: Path) -> Path:
    """FILE.rejects.csv beside FILE, or in the data folder when FILE's folder cannot be written."""
    name = f"{file.name}.rejects.csv"
    folder = file.resolve().parent
    return folder / name if os.access(folder, os.W_OK | os.X_OK) else data_dir / name


class Progress:
    """A text progress bar on a terminal ('\\r', redrawn in place); otherwise a plain line as each
    quarter of the rows is passed, with the share actually done (rows come in batches)."""

    WIDTH = 30

    def __init__(self, total: int | None, stream: TextIO | None = None, label: str = "Importing") -> None:
        self.total = total if total and total > 0 else None
        self.stream = stream or sys.stderr
        self.label = label
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._next_step = 1         # quarters, for the plain lines
        self._drawn = False

    def __call__(self, done: int) -> None:
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1:
                self._last_draw = now
                self._draw(done)
            return
        if self.total is None:
            if done >= self._next_step * 100_000:
                self._next_step = done // 100_000 + 1
                print(f"{self.label}: {done:,} rows read", file=self.stream, flush=True)
            return
        quarter = min(4, done * 4 // self.total)
        if quarter >= self._next_step and quarter < 4:
            self._next_step = quarter + 1
            print(f"{self.label}: {done:,} of about {self.total:,} rows ({done * 100 // self.total}%)",
                  file=self.stream, flush=True)

    def _draw(self, done: int) -> None:
        rate = done / max(time.monotonic() - self._started, 1e-6)
        if self.total is None:
            line = f"{self.label}: {done:,} rows ({rate:,.0f} rows/s)"
        else:
            share = min(done / self.total, 1.0)
            filled = int(share * self.WIDTH)
            line = (f"{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {share:4.0%} "
                    f"{done:,}/{self.total:,} rows ({rate:,.0f} rows/s)")
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def finish(self, done: int) -> None:
        if self.tty:
            if self.total is not None:
                self.total = max(self.total, done)
            self._draw(done)
            self.stream.write("\n")
        else:
            print(f"{self.label}: done, {done:,} rows read", file=self.stream)
        self.stream.flush()

    def abandon(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def estimate_rows(path: Path, shape: TableShape) -> int | None:
    """Data rows, roughly (quoted newlines count extra), for the progress bar; None if unknown.
    The lines down to the header (title rows and the header itself) are not rows."""
    from zipfile import BadZipFile

    above = shape.header_row
    try:
        if is_excel(path):
            import openpyxl

            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\..*")
                book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                ws = book[shape.sheet] if shape.sheet is not None else book.worksheets[0]
                return max(ws.max_row - above, 0) if ws.max_row else None
            finally:
                book.close()
        lines, last = 0, b"\n"
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
        return max(lines + (last != b"\n") - above, 0)
    except (OSError, KeyError, ValueError, BadZipFile):       # only a hint for the bar; the import reports real problems
        return None


def import_file(prepared: Prepared, kind: str, file: Path, mapping_name: str, rejects: Path | None,
                out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one import; 0 when it ran (even with rejects), 2 for bad input. DatabaseError for the database."""
    out, err = out or sys.stdout, err or sys.stderr
    file = Path(file).expanduser()
    try:
        mapping_path = resolve_mapping(mapping_name)
        mapping = load_mapping(mapping_path)
        if mapping.kind != kind:
            raise MappingError(f"mapping {mapping_path.stem} imports {mapping.kind}, not {kind}: use "
                               f"`kiosk-admin records import {mapping.kind} ...`, or a mapping for {kind}")
        if not file.is_file():
            raise FileShapeError(f"{file}: no such file" if not file.exists() else f"{file}: not a file")
        check_file(file, mapping)
    except (MappingError, FileShapeError) as exc:
        print(f"Import stopped, nothing written: {exc}", file=err)
        return EXIT_CONFIG
    except OSError as exc:
        print(f"Import stopped, nothing written: {file}: {exc.strerror or exc}", file=err)
        return EXIT_CONFIG

    reject_path = Path(rejects).expanduser() if rejects else default_reject_path(file, prepared.data_dir)
    if not os.access(reject_path.resolve().parent, os.W_OK | os.X_OK):
        print(f"Import stopped, nothing written: the reject file {reject_path} cannot be written "
              f"(its folder is missing or not writable)", file=err)
        return EXIT_CONFIG

    engine = open_engine(prepared.database_url)
    total = estimate_rows(file, mapping.table)
    progress = Progress(None, err)
    writing = False         # once run_import runs, a failure leaves no (partial) reject file behind
    try:
        upgrade(engine)
        from kiosk.storage.records.store import open_import_sink

        progress = Progress(total, err, label=f"Importing {file.name}")
        started = time.monotonic()
        writing = True
        summary = run_import(file, mapping, lambda: open_import_sink(engine, mapping),
                             reject_path=reject_path, progress=progress)
    except (MappingError, FileShapeError) as exc:        # checked above; only if the file changed meanwhile
        progress.abandon()
        if writing:
            _discard(reject_path)
        print(f"Import stopped, nothing written: {exc}", file=err)
        return EXIT_CONFIG
    except SQLAlchemyError as exc:
        progress.abandon()
        if writing:
            _discard(reject_path)
        raise DatabaseError(f"{describe(engine)}: the import was rolled back, nothing written "
                            f"({exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc})") from None
    except BaseException:
        progress.abandon()
        if writing:
            _discard(reject_path)
        raise
    finally:
        engine.dispose()
    elapsed = time.monotonic() - started
    progress.finish(summary.read)
    if summary.rejected == 0:
        _discard(reject_path)          # an empty reject file (or last night's) would only mislead
    print_summary(summary, file, mapping_path, mapping, elapsed, out)
    return 0


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def print_summary(summary: ImportSummary, file: Path, mapping_path: Path, mapping: RecordMapping,
                  elapsed: float, out: TextIO) -> None:
    rate = summary.read / elapsed if elapsed > 0 else 0.0
    print(f"Imported {file.name} as {summary.kind} with mapping {mapping_path.stem}"
          f"{f' (source {mapping.source})' if mapping.source else ''}:", file=out)
    print(f"  Rows read:          {summary.read:>9,}", file=out)
    print(f"  Imported:           {summary.imported:>9,}", file=out)
    where = f"   (reasons in {summary.reject_path})" if summary.rejected else ""
    print(f"  Rejected:           {summary.rejected:>9,}{where}", file=out)
    if summary.kind == "records":
        print(f"  Linked to parcels:  {summary.linked:>9,}", file=out)
    print(f"  Time:               {elapsed:>9.1f} s   ({rate:,.0f} rows/s)", file=out)
    for reject in summary.rejects[:SHOWN_REJECTS]:
        print(f"    line {reject.line}: {reject.reason}", file=out)
    if summary.rejected > SHOWN_REJECTS:
        print(f"    ... and {summary.rejected - SHOWN_REJECTS:,} more in the reject file", file=out)
