# SPDX-License-Identifier: Apache-2.0
"""The receipt for a message sent to the town: its reference number and how to follow up.

Pure reportlab, like :mod:`kiosk.printing.receipts`, whose fonts and text handling it shares. It
carries nothing the resident typed and nothing about who they are: the town, the department, the
form's title, when, the reference number, what happens next, and the notices of the town's terms
(a message is not legal notice) and privacy policy (it may become a public record).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kiosk.printing.layout import ROLL_80MM, Furniture, PageFormat, paper_format, text, unbroken
from kiosk.printing.receipts import PUBLIC_RECORD, _build, _footer, _plain, _town, _Writer

NOT_LEGAL_NOTICE = ("A message sent from this kiosk is not legal notice to the town of any claim; where the law "
                    "requires notice, give it as the law says.")


@dataclass(frozen=True, slots=True)
class SubmissionReceipt:
    town_name: str
    town_state: str
    reference: str
    form_title: str
    department_name: str
    department_phone: str          # "" when the pack has none
    sent_at: dt.datetime           # aware, or naive UTC; printed in the town's time
    kiosk_id: str
    front_desk: str
    anonymous: bool                # no contact details were left: the town cannot reply
    signed_in: bool                # the resident can follow it under "My requests"
    timezone: str                  # the town's (TownPack.timezone)
    page: PageFormat = ROLL_80MM


def render_submission_receipt(r: SubmissionReceipt) -> bytes:
    """The receipt as PDF bytes; the same receipt always gives the same bytes."""
    w = _Writer(r.page)
    fmt = paper_format(r.timezone)
    town = _town(r.town_name, r.town_state)
    big = ParagraphStyle("r-reference", w.title, fontSize=r.page.font_size * 1.9,
                         leading=r.page.font_size * 2.3, spaceAfter=r.page.font_size * 0.6)
    follow_up = [f"Quote your reference number <b>{w.t(r.reference)}</b> whenever you ask about this message."]
    if r.department_phone:
        follow_up.append(f"Call the {w.t(r.department_name)} at {w.t(unbroken(fmt.phone(r.department_phone)))}.")
    if r.front_desk.strip():
        follow_up.append(w.t(r.front_desk.strip()))          # the pack's sentence: "Ask at the front desk ..."
    if r.signed_in:
        follow_up.append("Sign in at any kiosk and touch <b>My account</b> to see where your request stands.")
    if r.anonymous:
        next_steps = (f"The {w.t(r.department_name)} will read your message. You did not leave contact details, "
                      "so the town cannot reply to you.")
    else:
        next_steps = (f"The {w.t(r.department_name)} will read your message and reply using the contact details you "
                      "gave. It may pass your message to another department or agency better placed to answer.")
    story: list[Flowable] = [
        w.para("Your message was received", w.title),
        w.para("Reference number", w.label),
        w.para(w.t(r.reference), big),
        w.fields([("Sent to", r.department_name), ("Form", r.form_title), ("When", fmt.moment(r.sent_at))]),
        w.para("What happens next", w.heading),
        w.para(next_steps),
        w.para("How to follow up", w.heading),
        *w.bullets(follow_up),
        *w.boxed([text(NOT_LEGAL_NOTICE), text(PUBLIC_RECORD)]),
    ]
    furniture = Furniture(heading=_plain(town), details=("Message received",), footer=_footer(r.sent_at, r.timezone, r.kiosk_id))
    return _build(story, furniture, r.page, title="Message received",
                  subject=f"Message receipt {_plain(r.reference)}, {_plain(town)}")
