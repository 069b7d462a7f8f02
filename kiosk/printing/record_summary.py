# SPDX-License-Identifier: Apache-2.0
"""Printed summaries of a property and of a record from the public record lookup, as PDF bytes.

Pure reportlab, like :mod:`kiosk.printing.receipts` (whose fonts and text handling it shares): no Qt,
so it runs in a worker thread or a test. Only the public facts the search service hands over are
printed; an owner or applicant appears only when the service gave one (the town publishes owners).
When the town's pack has a link pattern for the page, the summary carries a QR code to it, with
the link printed under the code. Nothing about the visitor is printed. A summary of the made-up
demonstration data says so on every page, so no one takes it home as a town record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.core.records.format import MISSING, acres, money
from kiosk.core.records.search import DEMO_SOURCE, ParcelDetail, RecordDetail, RecordHit
from kiosk.printing.layout import FONT, LETTER_PAGE, Furniture, build_pdf, paper_format, printed_line
from kiosk.printing.receipts import _plain, _town, _Writer

__all__ = ["DEMO_BANNER", "MAX_RECORD_ROWS", "NOT_OFFICIAL", "made_up", "render_parcel_summary",
           "render_record_summary"]

NOT_OFFICIAL = "This summary is for information; the official record is kept by the town."
DEMO_BANNER = "Demonstration data: made up, not a town record"
MAX_RECORD_ROWS = 40           # records listed on a property summary; the rest are counted
QR_SIZE = 1.4 * inch


def made_up(detail: ParcelDetail | RecordDetail, demo_loaded: bool = False) -> bool:
    """Whether ``detail`` is demonstration data. A record says so by its source. A property, by
    its records; one without records is made up when the demo set is loaded (``demo_loaded``,
    RecordsOverview.demo), since demo data only ever goes into an empty database."""
    if isinstance(detail, RecordDetail):
        return detail.source == DEMO_SOURCE
    if detail.records:
        return any(hit.source == DEMO_SOURCE for hit in detail.records)
    return demo_loaded


def render_parcel_summary(town_name: str, town_state: str, detail: ParcelDetail, printed_at: dt.datetime,
                          kiosk_id: str, link: str | None, *, timezone: str, demo_loaded: bool = False) -> bytes:
    """A property's public facts and the records on it (newest first, at most MAX_RECORD_ROWS).

    ``timezone``: the town's, for the time printed. ``demo_loaded``: see :func:`made_up`."""
    p = _Summary(town_name, town_state, printed_at, kiosk_id, timezone, made_up(detail, demo_loaded))
    w = p.w
    facts: list[tuple[str, str | None]] = [("Parcel ID", detail.parcel_id), ("Map-block-lot", detail.map_block_lot),
                                           ("Address", detail.address)]
    if detail.owner is not None:
        facts.append(("Owner", detail.owner))
    facts += [
        ("Land use", detail.land_use),
        ("Lot size", None if detail.lot_size_acres is None else f"{acres(detail.lot_size_acres)} acres"),
        ("Zoning", detail.zoning),
        ("Assessed value", money(detail.assessed_value)),
        ("Year built", None if detail.year_built is None else str(detail.year_built)),
    ]
    story: list[Flowable] = [w.para(w.t(detail.address or f"Parcel {detail.parcel_id}"), w.title),
                             p.facts(facts), *p.qr(link, "property")]
    records = list(detail.records)
    story += p.heading(f"Records on this property ({len(records):,})")
    if records:
        story.append(p.records_table(records[:MAX_RECORD_ROWS]))
        if len(records) > MAX_RECORD_ROWS:
            more = len(records) - MAX_RECORD_ROWS
            story.append(w.para(f"and {more:,} more {'record' if more == 1 else 'records'}, "
                                "older than these; open the property at the kiosk to see them all."))
    else:
        story.append(w.para("No records on this property."))
    return p.build(story, "Property summary", detail.parcel_id)


def render_record_summary(town_name: str, town_state: str, detail: RecordDetail, printed_at: dt.datetime,
                          kiosk_id: str, link: str | None, *, timezone: str) -> bytes:
    """A record's public facts, its description and its status history (oldest first), the times
    in the town's ``timezone``."""
    p = _Summary(town_name, town_state, printed_at, kiosk_id, timezone, made_up(detail))
    w = p.w
    parcel = None
    if detail.parcel is not None:
        parcel = detail.parcel.parcel_id
        if detail.parcel.map_block_lot:
            parcel += f" (map-block-lot {detail.parcel.map_block_lot})"
    facts: list[tuple[str, str | None]] = [
        ("Record number", detail.record_number), ("Type", detail.record_type), ("Status", detail.status),
        ("Applied", p.day(detail.applied_on)), ("Issued", p.day(detail.issued_on)),
        ("Closed", p.day(detail.closed_on)),
        ("Valuation", money(detail.valuation)), ("Address", detail.address), ("Parcel", parcel),
    ]
    if detail.applicant is not None:
        facts.append(("Applicant", detail.applicant))
    title = f"{detail.record_type or 'Record'} {detail.record_number}"
    story: list[Flowable] = [w.para(w.t(title), w.title), p.facts(facts), *p.qr(link, "record"),
                             *p.heading("Description")]
    lines = [line for line in (detail.description or "").splitlines() if line.strip()]
    story += [w.para(w.t(line)) for line in lines] or [w.para("Not recorded.", w.muted)]
    story += p.heading("Status history")
    if detail.history:
        story.append(p.table(["Status", "Date"], [[c.status, p.fmt.moment(c.at)] for c in detail.history],
                             [0.5, 0.5]))
    else:
        story.append(w.para("No status changes recorded.", w.muted))
    return p.build(story, "Record summary", detail.record_number)


class _Summary:
    """One summary's writer, tables and furniture."""

    def __init__(self, town_name: str, town_state: str, printed_at: dt.datetime, kiosk_id: str, timezone: str,
                 demo: bool) -> None:
        self.w = _Writer(LETTER_PAGE)
        self.fmt = paper_format(timezone)
        self.demo = demo
        self.town = _plain(_town(town_name, town_state))
        self.printed = _plain(f"{printed_line(printed_at, timezone, kiosk_id)}.")
        s = LETTER_PAGE.font_size
        self.head = ParagraphStyle("s-head", self.w.label, fontSize=s * 0.95)
        self.cell = ParagraphStyle("s-cell", self.w.value, fontSize=s * 0.95, leading=s * 1.25)
        self.section = ParagraphStyle("s-section", self.w.heading, keepWithNext=0)
        self.link = ParagraphStyle("s-link", self.w.value, fontSize=s * 0.9, leading=s * 1.2,
                                   splitLongWords=1)

    def heading(self, words: str) -> list[Flowable]:
        """A section heading kept with a few lines of what follows (a long table still starts under it)."""
        return [CondPageBreak(LETTER_PAGE.font_size * 8), self.w.para(self.w.t(words), self.section)]

    def value(self, value: str | None, style: ParagraphStyle) -> Paragraph:
        return self.w.para(self.w.t(value) if value and value.strip() else MISSING, style)

    def day(self, day: dt.date | None) -> str | None:
        return None if day is None else self.fmt.day(day)

    def facts(self, rows: Iterable[tuple[str, str | None]]) -> Flowable:
        """Label / value rows; a missing value prints as an em dash."""
        return self.w.fields(rows, missing=MISSING)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str | None]], shares: Sequence[float]) -> Table:
        """A ruled table with a header row repeated on every page it runs onto."""
        cells = [[self.w.para(self.w.t(h), self.head) for h in header]]
        cells += [[self.value(v, self.cell) for v in row] for row in rows]
        table = Table(cells, colWidths=[self.w.width * share for share in shares], hAlign="LEFT", repeatRows=1)
        pad = LETTER_PAGE.font_size * 0.25
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")),
        ]))
        table.spaceAfter = LETTER_PAGE.font_size * 0.6
        return table

    def records_table(self, records: Sequence[RecordHit]) -> Table:
        rows = [[r.record_number, r.record_type, r.status, self.day(r.applied_on or r.issued_on)] for r in records]
        return self.table(["Number", "Type", "Status", "Date"], rows, [0.24, 0.36, 0.2, 0.2])

    def qr(self, link: str | None, what: str) -> list[Flowable]:
        """The QR code to ``link`` with the link under it; nothing when there is no link."""
        if not link:
            return []
        widget = QrCodeWidget(link, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        code = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
        code.add(widget)
        code.hAlign = "LEFT"
        return [KeepTogether([
            Spacer(0, LETTER_PAGE.font_size * 0.3),
            self.w.para(f"Scan to open this {what} on the town's website:", self.w.muted),
            code,
            self.w.para(self.w.t(link), self.link),
        ]), Spacer(0, LETTER_PAGE.font_size * 0.6)]

    def build(self, story: list[Flowable], kind: str, key: str) -> bytes:
        """The PDF, with the notice that it is not the official record in the footer (or, if the
        footer has no room for it, at the end of the story)."""
        footer = f"{self.printed} {NOT_OFFICIAL}"
        if stringWidth(footer, FONT, LETTER_PAGE.font_size * 0.8) > self.w.width:
            footer = self.printed
            story = [*story, Spacer(0, LETTER_PAGE.font_size), self.w.para(NOT_OFFICIAL, self.w.muted)]
        furniture = Furniture(heading=self.town, details=(_plain(f"{kind} \u2013 {key}"),), footer=footer,
                              banner=DEMO_BANNER if self.demo else "")
        return build_pdf(story, furniture, title=_plain(f"{kind} {key}"), author=self.town,
                         subject=_plain(f"{kind}, {key}, {self.town}"))
