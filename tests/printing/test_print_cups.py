# SPDX-License-Identifier: Apache-2.0
"""The CUPS backend against a real CUPS server (``eval "$(bash .ci/start-cups.sh)"`` sets one up)."""

from __future__ import annotations

import os

import pytest

from kiosk.core.printing import PrinterError, PrintFailure, PrintJob
from kiosk.printing import cups_tools
from kiosk.printing.cups_backend import CupsPrinter


def test_request_id_parsing():
    assert cups_tools.request_id("request id is KioskPDF-123 (1 file(s))\n") == "KioskPDF-123"
    assert cups_tools.request_id("request id is Lobby-Laser-2-7 (0 file(s))") == "Lobby-Laser-2-7"
    assert cups_tools.request_id("lp: error") is None
    assert cups_tools.job_number("Lobby-Laser-2-7") == 7
    assert cups_tools.job_number("nonsense") == -1


def test_missing_lp_is_unavailable_and_cancel_stays_quiet(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no lp, lpstat or cancel
    printer = CupsPrinter("KioskPDF")
    with pytest.raises(PrinterError) as caught:
        printer.submit(b"%PDF-1", "Notice")
    assert caught.value.failure is PrintFailure.UNAVAILABLE
    printer.cancel_unprinted([PrintJob("cups", "KioskPDF-1", "Notice"), PrintJob("cups", "", "x")])


@pytest.mark.cups
def test_submitted_job_comes_out(cups_printer, cups_output, cups, token, notice_pdf):
    job = CupsPrinter(cups_printer).submit(notice_pdf(f"# Notice\n\nMarker {token} here.\n"), f"{token} notice")
    assert job.backend == "cups" and job.job_id.lower().startswith(cups_printer.lower() + "-")
    cups.wait_for(lambda: job.job_id not in cups.pending_jobs(cups_printer), f"{job.job_id} to complete")
    if cups_output is None:
        pytest.skip("KIOSK_TEST_CUPS_OUTPUT is not set, so the printed PDF cannot be read back")
    _, text = cups.wait_for(lambda: cups.output_with(cups_output, token), f"the output of {job.job_id}")
    assert f"Marker {token} here." in " ".join(text.split())
    assert "Westport, CT" in text and "Page 1 of 1" in text


@pytest.mark.cups
def test_job_held_by_paused_printer_is_cancelled(cups_printer, cups_output, cups, token, notice_pdf):
    printer = CupsPrinter(cups_printer)
    with cups.paused(cups_printer):
        job = printer.submit(notice_pdf("# Left behind\n"), f"{token} left behind")
        assert job.job_id in cups.pending_jobs(cups_printer)
        printer.cancel_unprinted([job])
        assert job.job_id not in cups.pending_jobs(cups_printer)
    # The queue prints in order: once a later job is out, the cancelled one would have been too.
    later = printer.submit(notice_pdf("# Later\n"), f"{token}later")
    cups.wait_for(lambda: later.job_id not in cups.pending_jobs(cups_printer), f"{later.job_id} to complete")
    if cups_output is not None:
        cups.wait_for(lambda: cups.output_with(cups_output, f"{token}later"), f"the output of {later.job_id}")
        assert cups.output_with(cups_output, f"{token}_left") is None
        assert not [p for p in cups_output.glob(f"*{token}*") if "later" not in p.name]


@pytest.mark.cups
def test_cancel_of_printed_job_is_harmless(cups_printer, cups, notice_pdf):
    printer = CupsPrinter(cups_printer)
    job = printer.submit(notice_pdf(), "done already")
    cups.wait_for(lambda: job.job_id not in cups.pending_jobs(cups_printer), f"{job.job_id} to complete")
    printer.cancel_unprinted([job, PrintJob("cups", f"{cups_printer}-999999", "never was")])


@pytest.mark.cups
def test_unknown_printer_is_unavailable(cups_printer):
    with pytest.raises(PrinterError) as caught:
        CupsPrinter(f"NoSuchPrinter{os.getpid()}").submit(b"%PDF-1", "Notice")
    assert caught.value.failure is PrintFailure.UNAVAILABLE


@pytest.mark.cups
def test_rejecting_printer_is_unavailable(cups_printer, cups, notice_pdf):
    with cups.rejecting(cups_printer), pytest.raises(PrinterError) as caught:
        CupsPrinter(cups_printer).submit(notice_pdf(), "Notice")
    assert caught.value.failure is PrintFailure.UNAVAILABLE
