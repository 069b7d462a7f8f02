# SPDX-License-Identifier: Apache-2.0
"""The slip a front-desk staff member prints for a resident: the user name, the one-time temporary
password and what to do with it. Nothing else about the resident: a slip left on the counter
tells a stranger no name, no address, nothing but how to sign in once (and the kiosk then makes
the resident choose a new password before anything else).

Pure reportlab, sharing the receipts' fonts and text handling (kiosk.printing.receipts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kiosk.printing.layout import ROLL_80MM, Furniture, PageFormat, unbroken
from kiosk.printing.receipts import _build, _footer, _plain, _town, _Writer


@dataclass(frozen=True, slots=True)
class TemporaryPasswordSlip:
    town_name: str
    town_state: str
    username: str
    password: str
    issued_at: dt.datetime         # aware; printed in the town's time
    kiosk_id: str
    front_desk: str                # the pack's sentence on where to get help
    timezone: str
    page: PageFormat = ROLL_80MM


def render_temporary_password_slip(slip: TemporaryPasswordSlip) -> bytes:
    w = _Writer(slip.page)
    big = ParagraphStyle("slip-secret", w.title, fontName=w.fonts.bold, fontSize=slip.page.font_size * 1.8,
                         leading=slip.page.font_size * 2.3, spaceAfter=slip.page.font_size * 0.6)
    steps = [
        "At the kiosk, touch <b>Sign in</b> and type your user name and this temporary password.",
        "The kiosk then asks you to choose a new password (8 to 20 characters) and type it twice.",
        "The temporary password works only until you have chosen your own. Then throw this slip away.",
    ]
    if slip.front_desk.strip():
        steps.append(w.t(slip.front_desk.strip()))
    story: list[Flowable] = [
        w.para("Your temporary password", w.title),
        w.para("User name", w.label),
        w.para(w.t(unbroken(slip.username)), big),
        w.para("Temporary password", w.label),
        w.para(w.t(unbroken(slip.password)), big),
        w.para("What to do now", w.heading),
        *w.bullets(steps),
        *w.boxed(["Keep this slip to yourself. Town staff will never ask you for your password."]),
    ]
    town = _town(slip.town_name, slip.town_state)
    furniture = Furniture(heading=_plain(town), details=("Temporary password",),
                          footer=_footer(slip.issued_at, slip.timezone, slip.kiosk_id))
    return _build(story, furniture, slip.page, title="Temporary password", subject=f"Temporary password, {_plain(town)}")
