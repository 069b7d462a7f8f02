# SPDX-License-Identifier: Apache-2.0
"""Where a records request's answer goes from the console (kiosk.core.assist.AccountExport: the
JSON, and the readable PDF of kiosk.printing.account_export), and why there.

- On a front-desk PC (`kiosk --staff`) both files are saved to a folder the supervisor chooses.
  That PC is the office's own machine: from there the files are sent to the requester or filed
  with the request, the JSON as the records are held and the PDF for reading.
- On the kiosk itself the readable PDF prints on the kiosk's printer, and the page says that the
  JSON comes from a front-desk PC or `kiosk-admin accounts export`. A kiosk's files are nobody's
  to reach (kiosk mode: no file manager, no removable media), and a file left on it would be
  personal data on a public machine that nothing ever deletes. The supervisor is standing at the
  kiosk when pressing the button, so the pages come out into their hands, not a stranger's.

No Qt here: the page runs these off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.assist import AccountExport, export_json
from kiosk.core.printing import Printer, PrintJob


@dataclass(frozen=True, slots=True)
class SavedExport:
    json_path: Path
    pdf_path: Path


def file_stem(export: AccountExport) -> str:
    """records-<user name>-<date and time, UTC>: one request's two files side by side, sorted by
    account, and never the same name twice for one account."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", export.records.view.username).strip("._") or "account"
    return f"records-{name}-{export.generated_at.astimezone(dt.UTC):%Y%m%d-%H%M%S}"


def save_export(export: AccountExport, folder: Path, timezone: str) -> SavedExport:
    """Write both files into ``folder`` (OSError if it cannot be written, or the names are taken:
    nothing is overwritten). Readable by the OS user only: they hold a resident's personal data."""
    from kiosk.printing.account_export import render_account_export  # reportlab: only when exporting

    stem = file_stem(export)
    saved = SavedExport(folder / f"{stem}.json", folder / f"{stem}.pdf")
    _write_new(saved.json_path, (export_json(export) + "\n").encode("utf-8"))
    _write_new(saved.pdf_path, render_account_export(export, timezone))
    return saved


def print_export(export: AccountExport, printer: Printer, timezone: str) -> PrintJob:
    """The readable PDF on the kiosk's printer (PrinterError if it takes no job). The job's title
    reaches the spooler's queue: no name in it."""
    from kiosk.printing.account_export import render_account_export

    return printer.submit(render_account_export(export, timezone), "Account records")


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
