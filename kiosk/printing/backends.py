# SPDX-License-Identifier: Apache-2.0
"""Pick a print backend by the name the configuration uses (kiosk.core.printing.PrinterBackend)."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.printing import Printer, PrinterBackend


def make_printer(backend: str, printer_name: str, spool_dir: Path) -> Printer:
    """``file`` writes into ``spool_dir`` (``printer_name`` unused); ``cups`` and ``qt`` print to
    ``printer_name`` ("" = the default printer for ``qt``). Imports lazily, so Qt loads only for ``qt``."""
    try:
        kind = PrinterBackend(backend)
    except ValueError:
        expected = ", ".join(member.value for member in PrinterBackend)
        raise ValueError(f"unknown print backend {backend!r}; expected one of {expected}") from None
    if kind is PrinterBackend.FILE:
        from kiosk.printing.file_backend import FilePrinter
        return FilePrinter(spool_dir)
    if kind is PrinterBackend.CUPS:
        from kiosk.printing.cups_backend import CupsPrinter
        return CupsPrinter(printer_name)
    from kiosk.printing.qt_backend import QtPrinter
    return QtPrinter(printer_name)
