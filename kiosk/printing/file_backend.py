# SPDX-License-Identifier: Apache-2.0
"""The demo "printer": each PDF lands in a folder, whole or not at all (temp file, then rename)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kiosk.core.printing import PrinterBackend, PrinterError, PrintFailure, PrintJob

BACKEND = PrinterBackend.FILE.value


def safe_title(title: str, limit: int = 40) -> str:
    """A file-name part: ASCII letters, digits and single dashes only."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:limit].rstrip("-") or "document"


class FilePrinter:
    """Writes ``<timestamp>-<safe-title>-<random>.pdf`` files (mode 0600: they may hold personal data).

    A file counts as printed the moment it appears, so there is never anything to cancel.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.name = f"file:{self.folder}"

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        final = self.folder / f"{stamp}-{safe_title(title)}-{secrets.token_hex(4)}.pdf"
        tmp: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".printing-", suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(pdf)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, final)
            tmp = None
        except OSError as exc:
            raise PrinterError(PrintFailure.UNAVAILABLE,
                               f"cannot write to {self.folder}: {exc.strerror or exc}") from None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return PrintJob(backend=BACKEND, job_id=final.name, title=title)

    def cancel_unprinted(self, jobs: Iterable[PrintJob]) -> None:
        """Nothing to do: every file is complete once written."""
