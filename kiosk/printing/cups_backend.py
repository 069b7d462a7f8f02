# SPDX-License-Identifier: Apache-2.0
"""Print through CUPS with its own ``lp`` command: no extra library, works with any CUPS queue."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable

from kiosk.core.printing import PrinterBackend, PrinterError, PrintFailure, PrintJob
from kiosk.printing import cups_tools

BACKEND = PrinterBackend.CUPS.value
# lp's words (C locale) for "there is no usable queue", as opposed to "this job was refused".
_UNAVAILABLE = ("does not exist", "not accepting", "scheduler is not running", "unable to connect",
                "no default destination", "connection refused")


class CupsPrinter:
    """One CUPS queue. A disabled (paused) queue still takes jobs and holds them until enabled,
    which is why ``cancel_unprinted`` exists: the kiosk withdraws what a resident left behind."""

    def __init__(self, printer_name: str, server: str | None = None) -> None:
        self.printer_name = printer_name  # "" = the CUPS default destination
        self.server = server
        self.name = f"cups:{printer_name or 'default'}" + (f"@{server}" if server else "")

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        destination = ["-d", self.printer_name] if self.printer_name else []
        args = [*destination, "-t", title or "Document", "-"]
        try:
            done = cups_tools.run("lp", args, self.server, stdin=pdf)
        except FileNotFoundError:
            raise PrinterError(PrintFailure.UNAVAILABLE, "the lp command is not installed") from None
        except subprocess.TimeoutExpired:
            raise PrinterError(PrintFailure.FAILED, "lp timed out") from None
        except OSError as exc:
            raise PrinterError(PrintFailure.FAILED, f"lp could not run: {exc.strerror}") from None
        message = (done.stderr + done.stdout).decode(errors="replace").strip()
        if done.returncode != 0:
            lowered = message.lower()
            failure = (PrintFailure.UNAVAILABLE if any(w in lowered for w in _UNAVAILABLE)
                       else PrintFailure.REJECTED)
            raise PrinterError(failure, f"{self.name}: {message}")
        job_id = cups_tools.request_id(done.stdout.decode(errors="replace"))
        if not job_id:
            raise PrinterError(PrintFailure.FAILED, f"lp gave no job id: {message}")
        return PrintJob(backend=BACKEND, job_id=job_id, title=title)

    def cancel_unprinted(self, jobs: Iterable[PrintJob]) -> None:
        ids = [j.job_id for j in jobs if j.backend == BACKEND]
        cups_tools.cancel_unprinted(ids, self.server)
