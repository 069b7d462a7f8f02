# SPDX-License-Identifier: Apache-2.0
"""What a resident takes home about their account: the receipt when it is made, and a copy on request.

Pure reportlab, like :mod:`kiosk.printing.documents`: no Qt, so it runs in any thread or test.

The receipt (:func:`render_account_receipt`) carries no more personal data than the user name: never
a password, a security question or answer, an address, a phone number or an e-mail address. The
copy (:func:`render_account_copy`) is the resident's own, printed at their request, so it does carry
their contact details, and says so on the paper.

Text typed by residents is made printable before it is laid out: characters the font cannot draw
(emoji, most CJK, ...) become "?", control characters become spaces or "?", and the rest is escaped
for reportlab's Paragraph markup, so ``<b>&`` prints as typed. DejaVu Sans is embedded when the
system has it (it draws Greek, Cyrillic, Hebrew, Arabic and many symbols); otherwise the built-in
Helvetica, which draws Latin-1 / Windows-1252 only. Right-to-left text prints in the order it was
typed (no bidi reordering: reportlab needs ``rlbidi`` for that).
"""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kiosk.core.accounts import Acceptance, AccountView, Contact, Licence
from kiosk.printing.layout import (
    BOLD,
    FONT,
    LETTER_PAGE,
    ROLL_80MM,
    Furniture,
    PageFormat,
    _Furnished,
    body_styles,
    build_pdf,
    facts_table,
    paper_format,
    printed_line,
    text,
    unbroken,
)

__all__ = ["KEEP_PRIVATE", "NEVER_ASK", "PUBLIC_RECORD", "AccountCopy", "AccountReceipt",
           "prepare_fonts", "render_account_copy", "render_account_receipt"]

NEVER_ASK = "The town never asks for your password by phone or e-mail."
KEEP_PRIVATE = "Keep this copy private: it contains your contact details."
PUBLIC_RECORD = "Information you give the town may become a public record under state law."

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


# --- fonts -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Fonts:
    regular: str
    bold: str
    can_draw: Callable[[str], bool]   # one character


def _latin(ch: str) -> bool:
    """What the built-in Type 1 fonts draw: WinAnsiEncoding, i.e. Windows-1252."""
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_HELVETICA = _Fonts(FONT, BOLD, _latin)
_fonts_lock = threading.Lock()
_fonts_cache: _Fonts | None = None


def _fonts() -> _Fonts:
    """DejaVu Sans (registered with reportlab once, on first use) if installed, else Helvetica."""
    global _fonts_cache
    with _fonts_lock:
        if _fonts_cache is None:
            _fonts_cache = _load_dejavu() or _HELVETICA
        return _fonts_cache


def prepare_fonts() -> str:
    """Load the printing font now (e.g. at kiosk start-up, ~20 ms) rather than on the first receipt.

    Returns the name of the body font in use: "KioskSans" (DejaVu Sans) or "Helvetica".
    """
    return _fonts().regular


def _load_dejavu() -> _Fonts | None:
    regular, bold = DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"
    if not regular.is_file():
        return None
    try:
        names = {"KioskSans": regular, "KioskSans-Bold": bold if bold.is_file() else regular}
        faces = {}
        for name, path in names.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
            faces[name] = cast(TTFont, pdfmetrics.getFont(name)).face    # registered as one just above
        pdfmetrics.registerFontFamily("KioskSans", normal="KioskSans", bold="KioskSans-Bold",
                                      italic="KioskSans", boldItalic="KioskSans-Bold")
    except Exception:  # noqa: BLE001 - an unreadable or odd font file: the built-in font still prints
        return None
    # Only the Basic Multilingual Plane: reportlab writes a broken ToUnicode entry for anything above
    # it (DejaVu has a few emoji), which upsets PDF readers' text extraction.
    glyphs = [frozenset(c for c in face.charToGlyph if c <= 0xFFFF) for face in faces.values()]
    return _Fonts("KioskSans", "KioskSans-Bold", lambda ch: all(ord(ch) in g for g in glyphs))


def _printable(value: str, can_draw: Callable[[str], bool]) -> str:
    """``value`` with only characters ``can_draw`` accepts; the rest as "?" (invisible ones dropped)."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        if ch in "\t\n\r\v\f\x85\u2028\u2029":
            out.append(" ")
        elif ch == "\u00ad" or 0xFE00 <= ord(ch) <= 0xFE0F or unicodedata.category(ch) == "Cf":
            continue   # soft hyphen, emoji variation selectors, joiners, bidi marks: nothing to see
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or not can_draw(ch):
            out.append("?")
        else:
            out.append(ch)
    return "".join(out)


def _plain(value: str) -> str:
    """For the page furniture, which layout draws (and escapes) in Helvetica."""
    return _printable(value, _latin)


# --- the two documents -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AccountReceipt:
    """Printed (and shown) when an account is made. Holds nothing personal but the user name."""

    town_name: str
    town_state: str
    username: str
    created_at: dt.datetime        # aware, or naive UTC; printed in the town's time
    kiosk_id: str
    front_desk: str                # how to get help, e.g. "Town Clerk, Town Hall room 105, 203-341-1110"
    website: str                   # the town's online portal; "" when it has none
    terms_title: str
    terms_version: str
    timezone: str                  # the town's (TownPack.timezone)
    page: PageFormat = ROLL_80MM

    @classmethod
    def from_view(cls, view: AccountView, *, town_name: str, town_state: str, kiosk_id: str, front_desk: str,
                  website: str, terms_title: str, timezone: str, page: PageFormat = ROLL_80MM) -> AccountReceipt:
        """The receipt for a just-made account: only its user name, creation time and terms version."""
        version = view.terms.version if view.terms is not None else ""
        return cls(town_name, town_state, view.username, view.created_at, kiosk_id, front_desk, website,
                   terms_title, version, timezone, page)


@dataclass(frozen=True, slots=True)
class AccountCopy:
    """"My account -> print a copy": what the town holds about the resident, for them to keep."""

    town_name: str
    town_state: str
    username: str
    contact: Contact
    licences: tuple[Licence, ...]
    terms_title: str               # title of the document ``terms`` refers to
    terms: Acceptance | None       # the latest acceptance; None if never accepted
    printed_at: dt.datetime        # aware, or naive UTC; printed in the town's time
    kiosk_id: str
    timezone: str                  # the town's (TownPack.timezone)
    page: PageFormat = LETTER_PAGE
    created_at: dt.datetime | None = None

    @classmethod
    def from_view(cls, view: AccountView, *, town_name: str, town_state: str, terms_title: str,
                  printed_at: dt.datetime, kiosk_id: str, timezone: str,
                  page: PageFormat = LETTER_PAGE) -> AccountCopy:
        """The copy of ``view``; its security question is left out (nor is the answer ever there)."""
        return cls(town_name, town_state, view.username, view.contact, tuple(view.licences), terms_title,
                   view.terms, printed_at, kiosk_id, timezone, page, view.created_at)


class _Writer:
    """Styles and helpers for one printout on one page format."""

    def __init__(self, page: PageFormat) -> None:
        self.page, self.fonts = page, _fonts()
        base = body_styles(page)
        s = page.font_size
        f = self.fonts
        self.body = ParagraphStyle("r-body", base["body"], fontName=f.regular)
        self.heading = ParagraphStyle("r-h", base["h3"], fontName=f.bold, spaceBefore=s * 0.9)
        self.title = ParagraphStyle("r-title", base["h2"], fontName=f.bold, spaceBefore=0)
        self.label = ParagraphStyle("r-label", self.body, fontName=f.bold, spaceAfter=0)
        self.value = ParagraphStyle("r-value", self.body, spaceAfter=0)
        self.muted = ParagraphStyle("r-muted", self.value, textColor=colors.HexColor("#555555"))
        self.item = ParagraphStyle("r-item", self.body, leftIndent=s * 1.3, bulletIndent=0,
                                   bulletFontName=f.regular, spaceAfter=s * 0.45)
        self.notice = ParagraphStyle("r-notice", self.body, fontName=f.bold, spaceAfter=s * 0.3)
        self.width = page.size[0] - 2 * page.margin

    def t(self, value: str) -> str:
        """Resident's or town's text, drawable and escaped for Paragraph markup."""
        return text(_printable(value, self.fonts.can_draw))

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.body)

    def fields(self, rows: Iterable[tuple[str, str | None]], missing: str = "<i>not given</i>") -> Flowable:
        """Label / value pairs (:func:`kiosk.printing.layout.facts_table`); a value that is None or
        blank shows as ``missing`` (markup), greyed."""
        cells = [(self.para(self.t(label), self.label),
                  self.para(self.t(value), self.value) if value and value.strip() else self.para(missing, self.muted))
                 for label, value in rows]
        return facts_table(cells, self.page)

    def bullets(self, items: Iterable[str]) -> list[Flowable]:
        """Items already in Paragraph markup."""
        return [Paragraph(item, self.item, bulletText="\u2022") for item in items]

    def boxed(self, lines: Iterable[str]) -> list[Flowable]:
        """Lines (markup) in a ruled box: one table cell, so the box never splits across pages."""
        s = self.page.font_size
        table = Table([[[self.para(line, self.notice) for line in lines]]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), s * 0.6), ("RIGHTPADDING", (0, 0), (-1, -1), s * 0.6),
            ("TOPPADDING", (0, 0), (-1, -1), s * 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), s * 0.2),
        ]))
        return [Spacer(0, s * 0.4), table]


def _town(name: str, state: str) -> str:
    return f"{name}, {state}" if state else name


def _footer(when: dt.datetime, timezone: str, kiosk_id: str) -> str:
    return _plain(printed_line(when, timezone, kiosk_id))


def _fit_roll(story: list[Flowable], furniture: Furniture, page: PageFormat) -> PageFormat:
    """On a receipt roll, a page no longer than its content (so the printer cuts below it, not 10 cm on).

    The story is measured as the frame will lay it out (every space counted, plus a line to spare);
    a story longer than the format's page keeps the format, and runs onto further pages as usual.
    Letter pages are returned unchanged.
    """
    width, height = page.size
    if width >= 4 * 72:
        return page
    frame = _Furnished(furniture, page).frame()
    need = page.font_size * 2
    for flowable in story:
        need += flowable.wrap(frame.width, 1e6)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    if need >= frame.height:
        return page
    return PageFormat((width, height - frame.height + need), page.margin, page.font_size)


def _build(story: list[Flowable], furniture: Furniture, page: PageFormat, *, title: str, subject: str) -> bytes:
    return build_pdf(story, furniture, title=title, author=furniture.heading, subject=subject,
                     page=_fit_roll(story, furniture, page))


def render_account_receipt(r: AccountReceipt) -> bytes:
    """The "Account created" receipt as PDF bytes; the same receipt always gives the same bytes."""
    w = _Writer(r.page)
    when = paper_format(r.timezone)
    town = _town(r.town_name, r.town_state)
    portal = f"the town's online portal, {w.t(r.website)}," if r.website else "the town's online portal"
    help_desk = f"ask the front desk: {w.t(r.front_desk.strip().rstrip('.'))}" if r.front_desk else "ask the front desk"
    story: list[Flowable] = [
        w.para("Your account is ready", w.title),
        w.fields([
            ("User name", r.username),
            ("Created", when.moment(r.created_at)),
            ("Terms accepted", f"{r.terms_title}, version {r.terms_version}" if r.terms_version else r.terms_title),
        ]),
        w.para("What to do next", w.heading),
        *w.bullets([
            f"Sign in at any {w.t(r.town_name)} kiosk, or on {portal} with your user name and password.",
            "Forgot your password? Touch <b>Forgot password</b> at the kiosk and answer your security "
            f"question, or {help_desk}.",
            "Keep this receipt.",
        ]),
        *w.boxed([text(NEVER_ASK)]),
    ]
    furniture = Furniture(heading=_plain(town), details=("Account created",),
                          footer=_footer(r.created_at, r.timezone, r.kiosk_id))
    return _build(story, furniture, r.page, title="Account created", subject=f"Account receipt, {_plain(town)}")


def render_account_copy(c: AccountCopy) -> bytes:
    """"My account -> print a copy" as PDF bytes: the account, contact details, licences, terms."""
    w = _Writer(c.page)
    fmt = paper_format(c.timezone)
    town = _town(c.town_name, c.town_state)
    who = c.contact
    account = [("User name", c.username)]
    if c.created_at is not None:
        account.append(("Account opened", fmt.moment(c.created_at)))
    story: list[Flowable] = [
        w.para("Your account", w.title),
        w.para(f"What the town of {w.t(c.town_name)} holds about your account, printed at your request."),
        w.fields(account),
        w.para("Contact details", w.heading),
        w.fields([
            ("First name", who.first_name), ("Last name", who.last_name), ("Street", who.street),
            ("City", who.city), ("State", who.state), ("ZIP code", who.zip_code),
            ("Phone", unbroken(fmt.phone(who.phone))), ("E-mail", who.email),
        ]),
        w.para("Professional licences", w.heading),
    ]
    if c.licences:
        story.append(w.fields([(lic.kind, f"No. {lic.number}, issued in {lic.state}") for lic in c.licences]))
    else:
        story.append(w.para("None recorded."))
    story.append(w.para("Terms and conditions", w.heading))
    if c.terms is not None:
        story.append(w.fields([
            ("Accepted", f"{c.terms_title}, version {c.terms.version}"),
            ("When", fmt.moment(c.terms.accepted_at)),
            ("Where", f"Kiosk {c.terms.kiosk_id}"),
        ]))
    else:
        story.append(w.para("Not yet accepted. You can search and read records; accept the terms to do business."))
    story += [
        *w.boxed([text(KEEP_PRIVATE), text(PUBLIC_RECORD)]),
        Spacer(0, c.page.font_size * 0.4),
        w.para("To change these details, sign in at a kiosk and touch <b>My account</b>."),
    ]
    furniture = Furniture(heading=_plain(town), details=("Your account \u2013 a copy for you",),
                          footer=_footer(c.printed_at, c.timezone, c.kiosk_id))
    return _build(story, furniture, c.page, title="Your account", subject=f"Account copy, {_plain(town)}")
