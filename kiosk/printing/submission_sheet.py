# SPDX-License-Identifier: Apache-2.0
"""A resident's message printed from the staff console, on a letter page, as PDF bytes.

Pure reportlab, like :mod:`kiosk.printing.record_summary` (whose text handling it shares). Two
copies: the *resident's* (what they sent, where it stands and its status history, the same things
"My requests" shows) and the *staff copy*, which adds who has it, the due date and staff's own
history with its internal notes, under a banner on every page saying it is not for the resident.
Internal notes reach the page only when ``staff_copy`` is set: :func:`sheet_from` leaves them out
of a resident's copy altogether, so no rendering mistake can print them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from kiosk.core.queue import QueueDetail
from kiosk.core.queue_settings import QueueSettings
from kiosk.printing.layout import LETTER_PAGE, Furniture, build_pdf, paper_format, printed_line
from kiosk.printing.receipts import _plain, _town, _Writer

STAFF_BANNER = "Staff copy: internal notes, not for the resident"


@dataclass(frozen=True, slots=True)
class SheetLine:
    at: dt.datetime
    what: str
    words: str = ""


@dataclass(frozen=True, slots=True)
class SubmissionSheet:
    town_name: str
    town_state: str
    timezone: str
    reference: str
    form_title: str
    department_name: str
    sent_at: dt.datetime
    state_label: str
    sender: tuple[tuple[str, str], ...]          # ("Name", ...), ...; empty: anonymous
    answers: tuple[tuple[str, str], ...]         # (label, value)
    history: tuple[SheetLine, ...]               # what the resident sees
    printed_at: dt.datetime
    kiosk_id: str
    staff_copy: bool = False
    assignee: str = ""                           # staff copy only
    due_at: dt.datetime | None = None
    overdue: bool = False
    staff_history: tuple[SheetLine, ...] = ()    # staff copy only: every event, internal notes included


def sheet_from(detail: QueueDetail, settings: QueueSettings, *, town_name: str, town_state: str, timezone: str,
               printed_at: dt.datetime, kiosk_id: str, staff_copy: bool) -> SubmissionSheet:
    record = detail.record
    sub = record.submission
    sender: tuple[tuple[str, str], ...] = ()
    if sub.sender is not None:
        sender = tuple((label, value) for label, value in (("Name", sub.sender.name), ("E-mail", sub.sender.email),
                                                           ("Phone", sub.sender.phone)) if value)
    history = tuple(SheetLine(c.at, settings.state(c.status).label, c.note) for c in record.history)
    staff = tuple(SheetLine(e.at, f"{e.kind.value} {e.detail}".strip() + f" ({e.actor})", e.text)
                  for e in detail.events) if staff_copy else ()
    return SubmissionSheet(
        town_name=town_name, town_state=town_state, timezone=timezone, reference=record.reference,
        form_title=sub.form_title, department_name=sub.department_name, sent_at=record.created_at,
        state_label=settings.state(record.status).label, sender=sender,
        answers=tuple((a.label, a.value) for a in sub.answers), history=history, printed_at=printed_at,
        kiosk_id=kiosk_id, staff_copy=staff_copy, assignee=(detail.assignee_name or "") if staff_copy else "",
        due_at=detail.due_at if staff_copy else None, overdue=detail.overdue and staff_copy, staff_history=staff)


def render_submission_sheet(sheet: SubmissionSheet) -> bytes:
    w = _Writer(LETTER_PAGE)
    fmt = paper_format(sheet.timezone)
    facts: list[tuple[str, str | None]] = [("Reference", sheet.reference), ("Form", sheet.form_title),
                                           ("Department", sheet.department_name),
                                           ("Sent", fmt.moment(sheet.sent_at)), ("Status", sheet.state_label)]
    if sheet.staff_copy:
        due = fmt.moment(sheet.due_at) + (" (overdue)" if sheet.overdue else "") if sheet.due_at else None
        facts += [("Assigned to", sheet.assignee or "nobody"), ("Due", due)]
    story: list[Flowable] = [w.para(w.t(f"{sheet.form_title} {sheet.reference}"), w.title), w.fields(facts),
                             w.para("From", w.heading)]
    story.append(w.fields(sheet.sender) if sheet.sender else
                 w.para("Sent without a name: the town cannot reply.", w.muted))
    story.append(w.para("What the resident sent", w.heading))
    story.append(w.fields(sheet.answers, missing="<i>left empty</i>"))
    story += _lines(w, "Status history", sheet.history, fmt.moment)
    if sheet.staff_copy:
        story += _lines(w, "Staff history and internal notes", sheet.staff_history, fmt.moment)
    town = _town(sheet.town_name, sheet.town_state)
    title = "Message (staff copy)" if sheet.staff_copy else "Message"
    furniture = Furniture(heading=_plain(town), details=(title, _plain(sheet.reference)),
                          footer=_plain(printed_line(sheet.printed_at, sheet.timezone, sheet.kiosk_id)),
                          banner=STAFF_BANNER if sheet.staff_copy else "")
    return build_pdf(story, furniture, title=title, author=_plain(town),
                     subject=f"{title} {_plain(sheet.reference)}", page=LETTER_PAGE)


def _lines(w: _Writer, heading: str, lines: Sequence[SheetLine], moment: Callable[[dt.datetime], str]) -> list[Flowable]:
    out: list[Flowable] = [w.para(heading, w.heading)]
    if not lines:
        return [*out, w.para("Nothing recorded.", w.muted)]
    for line in lines:
        out.append(w.para(f"<b>{w.t(moment(line.at))}</b>: {w.t(line.what)}"))
        for part in (p for p in line.words.splitlines() if p.strip()):
            out.append(w.para(w.t(part), w.item))
    return out
