# SPDX-License-Identifier: Apache-2.0
"""Printable documents as PDF bytes. Pure reportlab: no Qt here, so it runs in any thread or test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.core.policies import PolicyDocument
from kiosk.printing.layout import LETTER_PAGE, Furniture, body_styles, build_pdf
from kiosk.printing.markdown_pdf import markdown_flowables

SAMPLE_BANNER = "SAMPLE TEXT \u2013 not adopted by the town"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True, slots=True)
class PolicyNotice:
    """A policy as a resident takes it home from the kiosk."""

    town_name: str
    town_state: str
    document: PolicyDocument
    printed_at: dt.datetime
    kiosk_id: str


def long_date(day: dt.date) -> str:
    """'January 5, 2024', spelled out here because Qt sets the C locale, which would change %B."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def printed_stamp(when: dt.datetime) -> str:
    """'2024-05-01 14:03' plus the zone name when known; locale-proof like :func:`long_date`."""
    zone = when.tzname()
    return f"{when:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else "")


def render_policy_notice(notice: PolicyNotice) -> bytes:
    doc = notice.document
    town = f"{notice.town_name}, {notice.town_state}" if notice.town_state else notice.town_name
    furniture = Furniture(
        heading=town,
        details=(doc.title, f"Version {doc.version} \u00b7 Effective {long_date(doc.effective)}"),
        footer=f"Printed {printed_stamp(notice.printed_at)} at kiosk {notice.kiosk_id}",
        banner=SAMPLE_BANNER if doc.sample else "",
    )
    story = markdown_flowables(doc.body_markdown, body_styles(LETTER_PAGE))
    return build_pdf(story, furniture, title=doc.title, author=town,
                     subject=f"{doc.title}, version {doc.version}, effective {doc.effective.isoformat()}")
