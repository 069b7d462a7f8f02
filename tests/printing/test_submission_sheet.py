# SPDX-License-Identifier: Apache-2.0
"""A message printed from the staff console, read back from the PDF: the resident's copy has what
they sent and where it stands, never an internal note; the staff copy adds them under its banner."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from kiosk.core.queue import EventKind, QueueDetail, QueueEvent
from kiosk.core.queue_settings import QueueSettings
from kiosk.core.submissions import Answer, NewSubmission, Sender, StatusChange, SubmissionRecord
from kiosk.printing.submission_sheet import STAFF_BANNER, render_submission_sheet, sheet_from

AT = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
NOTE = "Caller is the neighbour in the boundary dispute"
DETAIL = QueueDetail(
    record=SubmissionRecord(
        submission_id=7, reference="WES-2026-0000007-B", created_at=AT, kiosk_id="lobby-1", status="in_progress",
        submission=NewSubmission(
            form_id="problem", form_version="1", form_title="Report a problem", department_id="planning",
            department_name="Planning & Zoning Department", department_email="planning@westport.example",
            answers=(Answer("location", "Where is it?", "12 Myrtle Avenue"),
                     Answer("details", "Describe it", "Fence built over the line\nsince March")),
            sender=Sender("Ada Lovelace", "ada@example.org", "+12035550100"), account_id=None,
            policy_versions={}, language="en"),
        history=(StatusChange("new", AT), StatusChange("in_progress", AT + dt.timedelta(days=1),
                                                       "We are looking at it."))),
    assignee_id=2, assignee_name="Maria Garcia", due_at=AT + dt.timedelta(days=14), overdue=False,
    updated_at=AT + dt.timedelta(days=1),
    events=(QueueEvent(AT + dt.timedelta(hours=2), "mgarcia", EventKind.NOTE, "", NOTE),
            QueueEvent(AT + dt.timedelta(days=1), "mgarcia", EventKind.STATE, "new -> in_progress",
                       "We are looking at it.")))


def text_of(staff_copy: bool) -> str:
    sheet = sheet_from(DETAIL, QueueSettings(), town_name="Town of Westport", town_state="CT",
                       timezone="America/New_York", printed_at=AT + dt.timedelta(days=2), kiosk_id="desk-1",
                       staff_copy=staff_copy)
    reader = PdfReader(io.BytesIO(render_submission_sheet(sheet)))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_the_residents_copy_has_what_they_sent_and_no_internal_note():
    text = text_of(staff_copy=False)
    for expected in ("Town of Westport, CT", "WES-2026-0000007-B", "Planning & Zoning Department",
                     "November 23, 2026, 9:00 AM", "In progress", "Ada Lovelace", "12 Myrtle Avenue",
                     "Fence built over the line", "since March", "We are looking at it."):
        assert expected in text, expected
    for absent in ("boundary dispute", "Maria Garcia", "Staff copy", "Due"):
        assert absent not in text, absent


def test_the_staff_copy_adds_the_notes_the_assignee_and_the_due_date():
    text = text_of(staff_copy=True)
    for expected in (STAFF_BANNER, NOTE, "Maria Garcia", "December 7, 2026, 9:00 AM", "note (mgarcia)",
                     "Staff history and internal notes"):
        assert expected in text, expected
