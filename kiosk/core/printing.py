# SPDX-License-Identifier: Apache-2.0
"""What the kiosk needs from a printer, whatever prints (a spool folder, CUPS, the OS via Qt)."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class PrinterBackend(enum.Enum):
    """What prints, as the configuration's ``printer_backend`` names it (kiosk.printing.backends makes one)."""

    FILE = "file"                 # PDFs in a spool folder (the demo, and tests)
    CUPS = "cups"                 # a CUPS queue, through its own ``lp``
    QT = "qt"                     # any printer the OS knows, through Qt


class ReceiptPaper(enum.Enum):
    """The paper receipts print on, as the configuration's ``receipt_paper`` names it."""

    LETTER = "letter"
    ROLL80 = "roll80"             # an 80 mm receipt printer


class PrintFailure(enum.Enum):
    """Why a document did not print; the UI turns these into plain words."""

    UNAVAILABLE = "unavailable"   # no such printer, spooler down, printer disabled
    REJECTED = "rejected"         # the printer or spooler refused the job
    FAILED = "failed"             # anything else


class PrinterError(Exception):
    def __init__(self, failure: PrintFailure, detail: str = "") -> None:
        super().__init__(detail or failure.value)
        self.failure = failure
        self.detail = detail  # for the log only: never personal data


def failure_of(exc: BaseException) -> PrintFailure:
    """Why printing failed, for the log: the printer's own reason, else plain FAILED."""
    return exc.failure if isinstance(exc, PrinterError) else PrintFailure.FAILED


@dataclass(frozen=True, slots=True)
class PrintJob:
    backend: str
    job_id: str   # the spooler's id, or a file name for the file backend
    title: str


class Printer(Protocol):
    """A print backend. ``submit`` may block for a moment: the UI calls it off the GUI thread."""

    name: str

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        """Send one PDF; raise PrinterError when it cannot be queued."""

    def cancel_unprinted(self, jobs: Iterable[PrintJob]) -> None:
        """Cancel those of ``jobs`` that have not printed yet; never raise."""


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes) -> int:
    """The pages of a PDF the kiosk made (reportlab writes each page's object uncompressed, with
    ``/Type /Page``; its page tree says ``/Pages``), for the anonymous count of pages printed. At least 1."""
    return max(1, len(_PAGE.findall(pdf)))
