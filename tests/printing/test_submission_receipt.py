# SPDX-License-Identifier: Apache-2.0
"""The receipt for a message to the town, read back from the PDF: the reference number, where it
went and how to follow up, the terms' notices, and nothing about the sender."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kiosk.printing.layout import LETTER_PAGE, ROLL_80MM
from kiosk.printing.submission_receipt import SubmissionReceipt, render_submission_receipt

RECEIPT = SubmissionReceipt(
    town_name="Town of Westport", town_state="CT", reference="WPT-2026-0000042-K", form_title="Report a problem",
    department_name="Department of Public Works", department_phone="203-341-1120",
    sent_at=dt.datetime(2026, 11, 22, 15, 30, tzinfo=ZoneInfo("UTC")), kiosk_id="lobby-east",
    front_desk="Ask at the front desk in the Town Hall lobby.", anonymous=False, signed_in=True,
    timezone="America/New_York")


def read(pdf: bytes) -> tuple[str, list]:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader.pages


@pytest.mark.parametrize("page", [ROLL_80MM, LETTER_PAGE], ids=["roll80", "letter"])
def test_the_receipt_says_where_it_went_and_how_to_follow_up(page):
    text, pages = read(render_submission_receipt(replace(RECEIPT, page=page)))
    assert len(pages) == 1
    for expected in ("Town of Westport, CT", "Your message was received", "WPT-2026-0000042-K",
                     "Department of Public Works", "Report a problem", "November 22, 2026, 10:30 AM",
                     "(203) 341-1120", "My account", "not legal notice", "public record", "reply using the contact"):
        assert expected in text, expected
    width = float(pages[0].mediabox.width)
    assert width == pytest.approx(page.size[0])


def test_the_time_is_the_towns_and_the_phone_is_written_the_national_way():
    text, _ = read(render_submission_receipt(replace(RECEIPT, sent_at=dt.datetime(2026, 7, 4, 1, 15),  # naive: UTC
                                                     department_phone="+12033411120")))
    assert "When July 3, 2026, 9:15 PM" in text and "Printed July 3, 2026, 9:15 PM at kiosk lobby-east" in text
    assert "Call the Department of Public Works at (203) 341-1120." in text
    text, _ = read(render_submission_receipt(replace(RECEIPT, department_phone="ext. 4 at the front desk")))
    assert "at ext. 4 at the front desk." in text                         # not a number: as the pack says it


def test_an_anonymous_sender_is_told_the_town_cannot_reply():
    text, _ = read(render_submission_receipt(replace(RECEIPT, anonymous=True, signed_in=False)))
    assert "cannot reply" in text
    assert "My account" not in text


def test_the_same_receipt_gives_the_same_bytes():
    assert render_submission_receipt(RECEIPT) == render_submission_receipt(RECEIPT)
