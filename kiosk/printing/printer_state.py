# SPDX-License-Identifier: Apache-2.0
"""The printer's state for the heartbeat (kiosk.core.fleet.PrinterStatus), without printing.

CUPS (the ``cups`` backend, and ``qt`` where Qt prints through CUPS): ``lpstat -l -p QUEUE`` says
whether the queue is idle, printing or disabled, and its "Alerts:" line lists the printer's state
reasons (media-empty-error, media-low-report, …) when the driver reports them. The ``file``
backend is ready while its spool folder can be written.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from kiosk.core.fleet import PrinterState, PrinterStatus
from kiosk.core.kiosk_control import Reason
from kiosk.core.printing import PrinterBackend
from kiosk.printing import cups_tools
from kiosk.printing.backends import probe_printer


def printer_status(backend: str, printer_name: str, spool_dir: Path, timeout: float = 5.0) -> PrinterStatus:
    kind = PrinterBackend(backend)
    if kind is PrinterBackend.FILE:
        fine = probe_printer(backend, printer_name, spool_dir, timeout).reason is Reason.OK
        return PrinterStatus(PrinterState.READY if fine else PrinterState.MISSING)
    name = printer_name or _default_queue(timeout)
    if not name:
        return PrinterStatus(PrinterState.MISSING)
    try:
        done = cups_tools.run("lpstat", ["-l", "-p", name], timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return PrinterStatus(PrinterState.UNKNOWN)
    if done.returncode != 0:
        return PrinterStatus(PrinterState.MISSING)
    status = parse_lpstat(done.stdout.decode("utf-8", "replace"))
    if status.state is PrinterState.READY and cups_tools.accepting(name) is False:
        return PrinterStatus(PrinterState.STOPPED, status.reasons)
    return status


def parse_lpstat(text: str) -> PrinterStatus:
    """``lpstat -l -p`` output (C locale) as a PrinterStatus."""
    lines = text.splitlines()
    first = lines[0] if lines else ""
    if " disabled since " in first or first.endswith(" disabled"):
        state = PrinterState.STOPPED
    elif " now printing " in first:
        state = PrinterState.PRINTING
    elif " is idle" in first:
        state = PrinterState.READY
    else:
        state = PrinterState.UNKNOWN
    reasons: tuple[str, ...] = ()
    for line in lines[1:]:
        head, _, tail = line.strip().partition(":")
        if head == "Alerts":
            reasons = tuple(r for r in tail.split() if r != "none")
    return PrinterStatus(state, reasons)


def _default_queue(timeout: float) -> str:
    try:
        done = cups_tools.run("lpstat", ["-d"], timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return ""
    said = done.stdout.decode("utf-8", "replace")
    return said.rsplit(":", 1)[-1].strip() if "destination:" in said else ""
