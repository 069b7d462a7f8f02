# SPDX-License-Identifier: Apache-2.0
"""The file backend (the demo default) and the backend factory."""

from __future__ import annotations

import os
import re

import pytest
from pypdf import PdfReader

from kiosk.config import PRINTER_BACKENDS
from kiosk.core.printing import PrinterError, PrintFailure
from kiosk.printing.backends import make_printer
from kiosk.printing.cups_backend import CupsPrinter
from kiosk.printing.file_backend import FilePrinter, safe_title


def test_writes_a_readable_pdf(tmp_path, notice_pdf):
    printer = FilePrinter(tmp_path / "spool")
    job = printer.submit(notice_pdf("# Hello\n\nFrom the lobby.\n"), "Privacy Policy / v2.1")
    written = list((tmp_path / "spool").iterdir())
    assert [p.name for p in written] == [job.job_id]  # no temp file left behind
    assert re.fullmatch(r"\d{8}-\d{6}-privacy-policy-v2-1-[0-9a-f]{8}\.pdf", job.job_id)
    assert job.backend == "file" and job.title == "Privacy Policy / v2.1"
    assert "From the lobby." in PdfReader(written[0]).pages[0].extract_text()
    printer.cancel_unprinted([job])  # a written file counts as printed
    assert written[0].exists()


def test_same_title_twice_gives_two_files(tmp_path):
    printer = FilePrinter(tmp_path)
    first, second = printer.submit(b"%PDF-1 a", "Receipt"), printer.submit(b"%PDF-1 b", "Receipt")
    assert first.job_id != second.job_id
    assert sorted(p.read_bytes() for p in tmp_path.iterdir()) == [b"%PDF-1 a", b"%PDF-1 b"]


def test_unwritable_folder_is_unavailable(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the spool folder should be")
    with pytest.raises(PrinterError) as caught:
        FilePrinter(blocker / "spool").submit(b"%PDF-1", "Receipt")
    assert caught.value.failure is PrintFailure.UNAVAILABLE


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder_is_unavailable(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PrinterError) as caught:
            FilePrinter(tmp_path).submit(b"%PDF-1", "Receipt")
    finally:
        tmp_path.chmod(0o700)
    assert caught.value.failure is PrintFailure.UNAVAILABLE
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Privacy Policy", "privacy-policy"), ("../../etc/passwd", "etc-passwd"), ("Café ☕", "caf"),
    ("", "document"), ("!!!", "document"), ("x" * 80, "x" * 40)])
def test_safe_title(title, expected):
    assert safe_title(title) == expected


def test_make_printer(tmp_path):
    printer = make_printer("file", "", tmp_path)
    assert isinstance(printer, FilePrinter) and printer.folder == tmp_path
    cups = make_printer("cups", "KioskPDF", tmp_path)
    assert isinstance(cups, CupsPrinter) and cups.printer_name == "KioskPDF"
    with pytest.raises(ValueError, match="unknown print backend"):
        make_printer("fax", "", tmp_path)


def test_every_backend_the_configuration_allows_makes_a_printer(tmp_path, qapp):
    printers = [make_printer(backend, "", tmp_path) for backend in PRINTER_BACKENDS]

    assert [type(p).__name__ for p in printers] == ["FilePrinter", "CupsPrinter", "QtPrinter"]


def test_make_printer_qt(tmp_path, qapp):
    from kiosk.printing.qt_backend import QtPrinter
    printer = make_printer("qt", "", tmp_path)
    assert isinstance(printer, QtPrinter) and printer.name == "qt:default"
