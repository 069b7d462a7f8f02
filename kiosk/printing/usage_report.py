# SPDX-License-Identifier: Apache-2.0
"""The monthly usage report as a PDF: the dashboard's charts (kiosk.printing.charts, the very same drawings)
and the figures beside them, every one as kiosk.core.suppression published it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from kiosk.core.suppression import PublishedTable, english
from kiosk.core.usage import END_REASON_WORDS, UsageReport
from kiosk.printing.charts import usage_charts
from kiosk.printing.layout import FONT, LETTER_PAGE, Furniture, body_styles, build_pdf, printed_line, text


def render_usage_report(report: UsageReport, town: str, timezone: str, printed_at: dt.datetime,
                        kiosk_id: str) -> bytes:
    styles = body_styles()
    width = LETTER_PAGE.size[0] - 2 * LETTER_PAGE.margin
    story: list[Flowable] = [
        Paragraph(text(f"Kiosk usage, {report.period}"), styles["h1"]),
        Paragraph(text(f"Every figure counts visits or messages in aggregate. A count of 1 to {report.k - 1} is "
                       f"shown as \u201cfewer than {report.k}\u201d, and some other figures as \u201cnot shown\u201d "
                       "so that no small count can be worked out from the totals. Days and hours are the town's "
                       f"({timezone})."), styles["body"]),
        _facts(report, styles),
    ]
    for _name, drawing in usage_charts(report, width=width):
        story += [CondPageBreak(drawing.height + 12), drawing, Spacer(0, 10)]
    story += [CondPageBreak(120), Paragraph("Messages by department and state", styles["h2"]),
              _table(report.messages_by_state)]
    if report.hours_to_resolve:
        story += [Paragraph("Median time to resolve, by department", styles["h2"]),
                  _grid([["Department", "Median (hours)"]]
                        + [[department, _hours(value)] for department, value in report.hours_to_resolve])]
    furniture = Furniture(heading=town, details=("Kiosk usage report", str(report.period)),
                          footer=printed_line(printed_at, timezone, kiosk_id))
    return build_pdf(story, furniture, title=f"Kiosk usage {report.period}", subject="Usage statistics")


def _facts(report: UsageReport, styles: dict) -> Table:
    ends = dict(zip(report.end_reasons.labels, report.end_reasons.values, strict=True))
    rows = [["Visits", english(report.visits)],
            ["Average visit length", _seconds(report.average_visit_s)],
            ["Pages printed", english(report.pages_per_day.total)],
            ["Messages sent", english(report.messages)]]
    rows += [[f"Visits: {END_REASON_WORDS.get(r, r).lower()}", english(v)] for r, v in ends.items()]
    return _grid(rows)


def _table(table: PublishedTable) -> Table:
    head = ["Department", *[c.replace("_", " ") for c in table.column_labels], "Total"]
    body = [[row, *map(english, line), english(total)]
            for row, line, total in zip(table.row_labels, table.cells, table.row_totals, strict=True)]
    return _grid([head, *body, ["Total", *map(english, table.column_totals), english(table.total)]], font_size=7)


def _grid(rows: Sequence[Sequence[str]], font_size: float = 9) -> Table:
    grid = Table([list(r) for r in rows], hAlign="LEFT", repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    grid.spaceAfter = 8
    return grid


def _seconds(value: object) -> str:
    if isinstance(value, float):
        minutes, seconds = divmod(round(value), 60)
        return f"{minutes} min {seconds:02d} s"
    return english(value)  # type: ignore[arg-type]


def _hours(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, float) else english(value)  # type: ignore[arg-type]
