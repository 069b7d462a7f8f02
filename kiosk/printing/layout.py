# SPDX-License-Identifier: Apache-2.0
"""Page furniture shared by everything the kiosk prints: header, optional banner, footer, "Page N of M".

Notices, receipts and record summaries differ only in their story (the flowing content); the
furniture is drawn here, after the story is laid out, so the page count is known on every page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

if TYPE_CHECKING:
    from kiosk.core.town_format import TownFormat

FONT, BOLD, ITALIC, BOLD_ITALIC, MONO = (
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier")


@dataclass(frozen=True, slots=True)
class PageFormat:
    size: tuple[float, float]
    margin: float      # on every side
    font_size: float   # body text; headers and footers scale from it


LETTER_PAGE = PageFormat(LETTER, 0.75 * inch, 10.5)
# A receipt roll has no natural page length: long receipts simply run onto further "pages".
ROLL_80MM = PageFormat((80 * mm, 200 * mm), 4 * mm, 8)


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page repeats. All strings are plain text (escaped here)."""

    heading: str                   # bold first header line, e.g. the town
    details: tuple[str, ...] = ()  # further header lines, e.g. title, version
    footer: str = ""               # left of the footer; "Page N of M" goes on the right
    banner: str = ""               # boxed warning under the header on every page, e.g. SAMPLE TEXT


# What the kiosk prints is in English, whatever the visitor's language: staff read it back, and
# the documents it quotes (policies, the town's records) are English.
PAPER_LANGUAGE = "en"


def paper_format(timezone: str) -> TownFormat:
    """Dates, times and phone numbers on paper: the town's zone, in :data:`PAPER_LANGUAGE`."""
    from kiosk.core.town_format import town_format  # Babel, loaded with the first printout

    return town_format(timezone, PAPER_LANGUAGE)


def printed_line(when: dt.datetime, timezone: str, kiosk_id: str) -> str:
    """The footer's 'Printed December 1, 2026, 9:29 PM at kiosk lobby-1', in town time."""
    return f"Printed {paper_format(timezone).moment(when)} at kiosk {kiosk_id}"


def unbroken(value: str) -> str:
    """``value`` kept on one line: "(203)" and "341-1120" on two lines read as two numbers."""
    return value.replace(" ", "\u00a0")


def text(value: str) -> str:
    """Plain text made safe for reportlab's Paragraph markup (``<`` and ``&`` stay literal)."""
    return escape(value)


def body_styles(page: PageFormat = LETTER_PAGE) -> dict[str, ParagraphStyle]:
    """Paragraph styles sized for ``page``, shared so all printouts look alike."""
    s = page.font_size
    body = ParagraphStyle("body", fontName=FONT, fontSize=s, leading=s * 1.35, spaceAfter=s * 0.6)
    styles = {"body": body,
              "mono": ParagraphStyle("mono", body, fontName=MONO, fontSize=s * 0.9, leading=s * 1.2,
                                     leftIndent=s, backColor=colors.HexColor("#f2f2f2"), borderPadding=3)}
    for level, scale in enumerate((1.7, 1.4, 1.2, 1.05, 1.0, 1.0), start=1):
        styles[f"h{level}"] = ParagraphStyle(
            f"h{level}", body, fontName=BOLD if level < 5 else BOLD_ITALIC, fontSize=s * scale,
            leading=s * scale * 1.25, spaceBefore=s * (1.0 if level < 3 else 0.6), spaceAfter=s * 0.5,
            keepWithNext=1)
    return styles


def facts_table(rows: Sequence[tuple[Flowable, Flowable]], page: PageFormat) -> Table:
    """The label / value table of every printout (a receipt's fields, a record's facts): labels in
    a narrow column, values beside them, a hairline between rows, rows split across pages."""
    width = page.size[0] - 2 * page.margin
    label_w = width * (0.34 if page.size[0] < 4 * inch else 0.25)   # a receipt roll: room for "User name"
    table = Table([list(row) for row in rows], colWidths=[label_w, width - label_w], hAlign="LEFT", splitInRow=1)
    pad = page.font_size * 0.25
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), pad * 2),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#cccccc")),
    ]))
    table.spaceAfter = page.font_size * 0.6
    return table


class _Furnished:
    """Lays out the furniture for one page format and draws it onto finished pages."""

    def __init__(self, furniture: Furniture, page: PageFormat) -> None:
        self.f, self.page = furniture, page
        self.width = page.size[0] - 2 * page.margin
        s = page.font_size
        head = ParagraphStyle("head", fontName=BOLD, fontSize=s * 1.35, leading=s * 1.65)
        detail = ParagraphStyle("detail", fontName=FONT, fontSize=s * 0.95, leading=s * 1.25)
        banner = ParagraphStyle("banner", fontName=BOLD, fontSize=s * 1.1, leading=s * 1.4,
                                alignment=1, textColor=colors.HexColor("#9b1c1c"))
        self.header = [Paragraph(text(furniture.heading), head)]
        self.header += [Paragraph(text(line), detail) for line in furniture.details]
        self.banner = Paragraph(text(furniture.banner), banner) if furniture.banner else None
        self.header_h = sum(p.wrap(self.width, 1e6)[1] for p in self.header) + s * 0.8
        self.banner_h = self.banner.wrap(self.width - 12, 1e6)[1] + 12 + s * 0.8 if self.banner else 0
        self.footer_size = s * 0.8
        self.footer_h = self.footer_size * 2.6 * (1 if self._footer_fits_one_line() else 2)

    def _footer_fits_one_line(self) -> bool:
        need = stringWidth(self.f.footer, FONT, self.footer_size)
        need += stringWidth("Page 999 of 999", FONT, self.footer_size) + 12
        return need <= self.width

    def frame(self) -> Frame:
        m, (_w, h) = self.page.margin, self.page.size
        bottom = m + self.footer_h
        top = h - m - self.header_h - self.banner_h
        return Frame(m, bottom, self.width, top - bottom, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0, id="body")

    def draw(self, canv: Canvas, number: int, total: int) -> None:
        m, (w, h) = self.page.margin, self.page.size
        canv.saveState()
        y = h - m
        for para in self.header:
            y -= para.wrap(self.width, 1e6)[1]
            para.drawOn(canv, m, y)
        y -= self.page.font_size * 0.4
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.6)
        canv.line(m, y, w - m, y)
        if self.banner:
            bh = self.banner_h - self.page.font_size * 0.8
            y -= self.page.font_size * 0.4 + bh
            canv.setStrokeColor(colors.HexColor("#9b1c1c"))
            canv.setFillColor(colors.HexColor("#fdecec"))
            canv.setLineWidth(1.2)
            canv.rect(m, y, self.width, bh, stroke=1, fill=1)
            self.banner.wrap(self.width - 12, 1e6)
            self.banner.drawOn(canv, m + 6, y + 6)
        fs = self.footer_size
        line_y = m + self.footer_h - fs
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.6)
        canv.line(m, line_y, w - m, line_y)
        canv.setFillColor(colors.black)
        canv.setFont(FONT, fs)
        label = f"Page {number} of {total}"
        if self._footer_fits_one_line():
            canv.drawString(m, line_y - fs * 1.5, self.f.footer)
            canv.drawRightString(w - m, line_y - fs * 1.5, label)
        else:
            canv.drawString(m, line_y - fs * 1.5, self.f.footer)
            canv.drawRightString(w - m, line_y - fs * 3, label)
        canv.restoreState()


class _DeferredCanvas(Canvas):
    """Holds every page until the end, when the total is known, then adds the furniture."""

    def __init__(self, *args, furnished: _Furnished, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._furnished = furnished
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab override
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own, left out of the stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furnished.draw(self, number, total)
            super().showPage()
        super().save()


def build_pdf(story: Sequence[Flowable], furniture: Furniture, *, title: str,
              page: PageFormat = LETTER_PAGE, author: str = "", subject: str = "") -> bytes:
    """Lay out ``story`` with the furniture on every page; returns the PDF bytes.

    ``invariant`` keeps dates and ids out of the file, so the same input gives the same bytes.
    """
    furnished = _Furnished(furniture, page)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=page.size, title=title, author=author, subject=subject,
        creator="Town Hall Kiosk", invariant=1, leftMargin=page.margin, rightMargin=page.margin,
        topMargin=page.margin, bottomMargin=page.margin)
    doc.addPageTemplates([PageTemplate(id="page", frames=[furnished.frame()])])
    # An empty story would make a file with no pages at all; the furniture still deserves one.
    doc.build(list(story) or [Spacer(0, 0)], canvasmaker=partial(_DeferredCanvas, furnished=furnished))
    return out.getvalue()
