# SPDX-License-Identifier: Apache-2.0
"""Pick a print backend by the name the configuration uses."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.printing import Printer

BACKENDS = ("file", "cups", "qt")


def make_printer(backend: str, printer_name: str, spool_dir: Path) -> Printer:
    """``file`` writes into ``spool_dir`` (``printer_name`` unused); ``cups`` and ``qt`` print to
    ``printer_name`` ("" = the default printer for ``qt``). Imports lazily, so Qt loads only for ``qt``."""
    if backend == "file":
        from kiosk.printing.file_backend import FilePrinter
        return FilePrinter(spool_dir)
    if backend == "cups":
        from kiosk.printing.cups_backend import CupsPrinter
        return CupsPrinter(printer_name)
    if backend == "qt":
        from kiosk.printing.qt_backend import QtPrinter
        return QtPrinter(printer_name)
    raise ValueError(f"unknown print backend {backend!r}; expected one of {', '.join(BACKENDS)}")
