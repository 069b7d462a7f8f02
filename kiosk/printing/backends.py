# SPDX-License-Identifier: Apache-2.0
"""Pick a print backend by the name the configuration uses (kiosk.core.printing.PrinterBackend)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from kiosk.core.kiosk_control import Check, CheckResult, Reason
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


def probe_printer(backend: str, printer_name: str, spool_dir: Path, timeout: float = 5.0) -> CheckResult:
    """Whether the configured printer would take a job now, without printing: the spool folder can
    be written (file), CUPS knows the queue and it accepts jobs (cups, qt through CUPS), or the OS
    lists the printer (qt elsewhere)."""
    kind = PrinterBackend(backend)
    if kind is PrinterBackend.FILE:
        try:
            spool_dir.mkdir(parents=True, exist_ok=True)
            probe = spool_dir / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            return CheckResult(Check.PRINTER, Reason.NOT_FOUND, f"{spool_dir}: {exc.strerror or exc}")
        return CheckResult(Check.PRINTER, Reason.OK, str(spool_dir))
    from kiosk.printing import cups_tools

    try:
        done = cups_tools.run("lpstat", ["-a", printer_name] if printer_name else ["-d"], timeout=timeout)
    except subprocess.TimeoutExpired:
        return CheckResult(Check.PRINTER, Reason.NO_ANSWER, "lpstat")
    except OSError:
        return CheckResult(Check.PRINTER, Reason.NOT_FOUND, "lpstat is not installed")
    said = (done.stdout or done.stderr).decode("utf-8", "replace").strip().splitlines()
    first = said[0] if said else ""
    if done.returncode != 0 or "not accepting" in first or "no system default" in first:
        reason = Reason.REFUSED if "scheduler is not running" in first else Reason.NOT_FOUND
        return CheckResult(Check.PRINTER, reason, first[:200])
    return CheckResult(Check.PRINTER, Reason.OK, first[:200])
