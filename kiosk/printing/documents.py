# SPDX-License-Identifier: Apache-2.0
"""Printable documents as PDF bytes. Pure reportlab: no Qt here, so it runs in any thread or test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.policies import PolicyDocument
from kiosk.printing.layout import LETTER_PAGE, Furniture, body_styles, build_pdf, paper_format, printed_line
from kiosk.printing.markdown_pdf import markdown_flowables

SAMPLE_BANNER = "SAMPLE TEXT \u2013 not adopted by the town"


@dataclass(frozen=True, slots=True)
class PolicyNotice:
    """A policy as a resident takes it home from the kiosk."""

    town_name: str
    town_state: str
    document: PolicyDocument
    printed_at: dt.datetime        # aware, or naive UTC
    kiosk_id: str
    timezone: str                  # the town's (TownPack.timezone): the time printed is the town's


def policy_proof(town_name: str, town_state: str, timezone: str, kiosk_id: str) -> Callable[[PolicyDocument], bytes]:
    """The printout a resident would take home of a version, made before staff publish it
    (kiosk.core.policy_service's ``proof``): a text the printout cannot be made of is refused then."""
    return lambda doc: render_policy_notice(PolicyNotice(town_name, town_state, doc, dt.datetime.now(dt.UTC),
                                                         kiosk_id, timezone))


def render_policy_notice(notice: PolicyNotice) -> bytes:
    doc = notice.document
    town = f"{notice.town_name}, {notice.town_state}" if notice.town_state else notice.town_name
    effective = paper_format(notice.timezone).day(doc.effective)
    furniture = Furniture(
        heading=town,
        details=(doc.title, f"Version {doc.version} \u00b7 Effective {effective}"),
        footer=printed_line(notice.printed_at, notice.timezone, notice.kiosk_id),
        banner=SAMPLE_BANNER if doc.sample else "",
    )
    story = markdown_flowables(doc.body_markdown, body_styles(LETTER_PAGE))
    return build_pdf(story, furniture, title=doc.title, author=town,
                     subject=f"{doc.title}, version {doc.version}, effective {doc.effective.isoformat()}")
