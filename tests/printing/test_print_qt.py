# SPDX-License-Identifier: Apache-2.0
"""The Qt backend: QtPdf rasterises, QPrinter prints; run on a worker thread as the UI will."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader

from kiosk.core.printing import PrinterError, PrintFailure
from kiosk.printing.qt_backend import QtPrinter

T = TypeVar("T")


def off_thread(work: Callable[[], T]) -> T:
    """Run ``work`` on a plain worker thread, re-raising whatever it raised."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def test_unknown_printer_is_unavailable(qapp, notice_pdf):
    with pytest.raises(PrinterError) as caught:
        off_thread(lambda: QtPrinter(f"NoSuchPrinter{os.getpid()}").submit(notice_pdf(), "Notice"))
    assert caught.value.failure is PrintFailure.UNAVAILABLE


@pytest.mark.cups
def test_unreadable_pdf_fails(qapp, cups_printer):
    with pytest.raises(PrinterError) as caught:
        off_thread(lambda: QtPrinter(cups_printer).submit(b"not a pdf", "Broken"))
    assert caught.value.failure is PrintFailure.FAILED


@pytest.mark.cups
def test_prints_through_cups(qapp, cups_printer, cups_output, cups, token, notice_pdf):
    pdf = notice_pdf("# Notice\n\n" + "A line of the notice.\n\n" * 80)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 1
    job = off_thread(lambda: QtPrinter(cups_printer).submit(pdf, f"{token} via qt"))
    assert job.backend == "qt" and job.job_id.lower().startswith(cups_printer.lower() + "-")
    cups.wait_for(lambda: job.job_id not in cups.pending_jobs(cups_printer), f"{job.job_id} to complete")
    if cups_output is None:
        pytest.skip("KIOSK_TEST_CUPS_OUTPUT is not set, so the printed PDF cannot be read back")
    path, _ = cups.wait_for(lambda: cups.output_with(cups_output, token), f"the output of {job.job_id}")
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [612, 792]


@pytest.mark.cups
def test_job_held_by_paused_printer_is_cancelled(qapp, cups_printer, cups, token, notice_pdf):
    printer = QtPrinter(cups_printer)
    with cups.paused(cups_printer):
        job = off_thread(lambda: printer.submit(notice_pdf(), f"{token} held"))
        assert job.job_id in cups.pending_jobs(cups_printer)
        printer.cancel_unprinted([job])
        assert job.job_id not in cups.pending_jobs(cups_printer)
