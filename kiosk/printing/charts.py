# SPDX-License-Identifier: Apache-2.0
"""The usage charts, drawn once with reportlab's graphics: the same Drawing goes into the monthly PDF and,
as SVG (`to_svg`), onto the console's dashboard (QSvgRenderer / QSvgWidget). One chart code for both.

Why reportlab and not a plotting library loaded with the dashboard: reportlab is already how the kiosk prints,
so this adds no dependency; its graphics are pure Python with no Qt, no NumPy and no fonts to load. Measured
here (a fresh Python 3.11 with reportlab's PDF side loaded, as on a kiosk that prints): importing this module
and drawing all eight charts of a month as SVG takes about 34 ms and +1.8 MiB of RSS, then about 32 ms each
time, against pyqtgraph's +62 MiB and 0.66 s (issue 12). Qt Charts, the other native choice, is GPL-only.
The charts are plain shapes (Rect, Line, String) rather than reportlab's chart widgets, which took three
times as long to turn into SVG.
Nothing on the visitor's path imports this module (tests/printing/test_usage_charts.py checks it), so the
kiosk's memory after a visit is unchanged.

Suppressed figures are drawn alike, whatever they hide: no bar, only a crossed box of one fixed height and a
"fewer than k / not shown" key. The value axis is scaled on the shown figures alone, so nothing in a chart
(a bar's height, the axis' top, a colour) depends on a hidden count.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from kiosk.core.suppression import Figure, PublishedSeries, PublishedTable, Suppressed
from kiosk.core.usage import END_REASON_WORDS, UsageReport
from kiosk.printing.chart_words import ENGLISH, ChartWords

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BAR = colors.HexColor("#2f6db5")
HIDDEN_FILL = colors.HexColor("#e6e6e6")
HIDDEN_LINE = colors.HexColor("#8a8a8a")
TEXT = colors.HexColor("#222222")
GRID = colors.HexColor("#d0d0d0")
ROW = 16           # a horizontal bar's row, in points
MARK = 10          # the crossed box's side, in points: the same for every suppressed figure


def key_text(k: int, words: ChartWords = ENGLISH) -> str:
    return words.key.format(k=k)


def bar_chart(title: str, series: PublishedSeries, *, width: float = 500, height: float = 200,
              label_every: int = 1, labels: Sequence[str] | None = None, words: ChartWords = ENGLISH) -> Drawing:
    """Vertical bars (visits per day): one per label, none for a suppressed figure. Plain shapes rather
    than reportlab's chart widgets: a third of the time to SVG, and every mark placed on purpose."""
    drawing = _frame(title, width, height, series.k, words)
    left, bottom, plot_w, plot_h = 34.0, 52.0, width - 44, height - 80
    top = _axis_top([_shown(v) for v in series.values])
    _value_axis(drawing, left, bottom, plot_w, plot_h, top, vertical=True)
    names = list(labels if labels is not None else series.labels)
    step = plot_w / max(len(series.values), 1)
    for i, value in enumerate(series.values):
        x = left + i * step
        if isinstance(value, Suppressed):
            drawing.add(_mark(x + step / 2 - MARK / 2, bottom + 1))
        elif value:
            drawing.add(_rect(x + step * 0.15, bottom, step * 0.7, plot_h * value / top, BAR))
        if i % label_every == 0 and i < len(names):
            drawing.add(Group(String(0, 0, names[i], fontName=FONT, fontSize=7, textAnchor="end", fillColor=TEXT),
                              transform=(0, 1, -1, 0, x + step / 2 + 2.5, bottom - 3)))
    return drawing


def horizontal_bars(title: str, series: PublishedSeries, *, width: float = 500,
                    labels: Sequence[str] | None = None, words: ChartWords = ENGLISH) -> Drawing:
    """One bar per label (screens, languages, how visits end, forms), suppressed ones crossed out."""
    rows = max(len(series.values), 1)
    height = 66 + rows * ROW
    drawing = _frame(title, width, height, series.k, words)
    left, bottom, plot_w = 150.0, 36.0, width - 190
    top = _axis_top([_shown(v) for v in series.values])
    _value_axis(drawing, left, bottom, plot_w, rows * ROW, top, vertical=False)
    names = list(labels if labels is not None else [words.labels.get(label, label) for label in series.labels])
    for i, value in enumerate(series.values):
        y = bottom + (rows - 1 - i) * ROW
        drawing.add(String(left - 4, y + ROW / 2 - 2.5, names[i][:34], fontName=FONT, fontSize=7, textAnchor="end",
                           fillColor=TEXT))
        if isinstance(value, Suppressed):
            drawing.add(_mark(left + 1, y + ROW / 2 - MARK / 2))
            drawing.add(String(left + MARK + 4, y + ROW / 2 - 2.5, words.suppressed(value), fontName=FONT, fontSize=7,
                               fillColor=HIDDEN_LINE))
        else:
            length = plot_w * value / top
            drawing.add(_rect(left, y + ROW * 0.15, length, ROW * 0.7, BAR))
            drawing.add(String(left + length + 3, y + ROW / 2 - 2.5, str(value), fontName=FONT, fontSize=7,
                               fillColor=TEXT))
    return drawing


def _value_axis(drawing: Drawing, left: float, bottom: float, plot_w: float, plot_h: float, top: int, *,
                vertical: bool) -> None:
    """The base line and four grid lines with their values (0, a quarter of the top, ... the top)."""
    for q in range(5):
        value = top * q / 4
        label = f"{value:.0f}" if top >= 8 or value == int(value) else f"{value:.1f}"
        if vertical:
            y = bottom + plot_h * q / 4
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID if q else TEXT, strokeWidth=0.4))
            drawing.add(String(left - 3, y - 2.5, label, fontName=FONT, fontSize=6.5, textAnchor="end", fillColor=TEXT))
        else:
            x = left + plot_w * q / 4
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=GRID if q else TEXT, strokeWidth=0.4))
            drawing.add(String(x, bottom - 9, label, fontName=FONT, fontSize=6.5, textAnchor="middle", fillColor=TEXT))


def heat_map(title: str, table: PublishedTable, *, width: float = 500, words: ChartWords = ENGLISH) -> Drawing:
    """Weekday x hour: each cell's count written in it, shaded by the shown counts; suppressed cells crossed."""
    rows, cols = len(table.row_labels), len(table.column_labels)
    left, cell_w, cell_h = 34, (width - 44) / max(cols, 1), 18
    height = 70 + rows * cell_h
    drawing = _frame(title, width, height, table.k, words)
    row_labels = words.weekdays
    top_value = max([v for line in table.cells for v in line if not isinstance(v, Suppressed)] or [1]) or 1
    bottom = 34
    for i in range(rows):
        y = bottom + (rows - 1 - i) * cell_h
        drawing.add(String(left - 4, y + 5, row_labels[i] if i < len(row_labels) else table.row_labels[i],
                           fontName=FONT, fontSize=7, textAnchor="end", fillColor=TEXT))
        for j in range(cols):
            x, value = left + j * cell_w, table.cells[i][j]
            if isinstance(value, Suppressed):
                drawing.add(_mark(x + 1, y + 1, cell_w - 2, cell_h - 2))
                continue
            share = value / top_value
            drawing.add(_rect(x + 1, y + 1, cell_w - 2, cell_h - 2,
                              colors.linearlyInterpolatedColor(colors.HexColor("#f3f7fc"), BAR, 0, 1, share)))
            if value:
                drawing.add(String(x + cell_w / 2, y + 5, str(value), fontName=FONT, fontSize=6, textAnchor="middle",
                                   fillColor=colors.white if share > 0.55 else TEXT))
    for j in range(cols):
        drawing.add(String(left + (j + 0.5) * cell_w, bottom + rows * cell_h + 3, table.column_labels[j],
                           fontName=FONT, fontSize=6, textAnchor="middle", fillColor=TEXT))
    return drawing


def usage_charts(report: UsageReport, width: float = 500, words: ChartWords = ENGLISH) -> list[tuple[str, Drawing]]:
    """Every chart of the dashboard and of the monthly report, in their order: (name, drawing)."""
    days = report.visits_per_day
    every = max(1, len(days.labels) // 16)
    short = [label[5:] for label in days.labels]              # "11-05": the year is in the title
    by_department = PublishedSeries(labels=report.messages_by_state.row_labels,
                                    values=report.messages_by_state.row_totals,
                                    total=report.messages_by_state.total, k=report.k)
    title = {**ENGLISH.titles, **words.titles}
    ends = [words.end_reasons.get(r, END_REASON_WORDS.get(r, r)) for r in report.end_reasons.labels]
    return [
        ("visits_per_day", bar_chart(f"{title['visits_per_day']}, {report.period}", days, width=width,
                                     label_every=every, labels=short, words=words)),
        ("week_hours", heat_map(title["week_hours"], report.week_hours, width=width, words=words)),
        ("end_reasons", horizontal_bars(title["end_reasons"], report.end_reasons, width=width, labels=ends,
                                        words=words)),
        ("languages", horizontal_bars(title["languages"], report.languages, width=width, words=words)),
        ("screens", horizontal_bars(title["screens"], report.screens, width=width, words=words)),
        ("pages_per_day", bar_chart(title["pages_per_day"], report.pages_per_day, width=width, label_every=every,
                                    labels=short, words=words)),
        ("messages_by_form", horizontal_bars(title["messages_by_form"], report.messages_by_form, width=width,
                                             words=words)),
        ("messages_by_department", horizontal_bars(title["messages_by_department"], by_department, width=width,
                                                   words=words)),
    ]


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as an SVG document (UTF-8), for QSvgRenderer."""
    return renderSVG.drawToString(drawing).encode("utf-8")


def _frame(title: str, width: float, height: float, k: int, words: ChartWords) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(_rect(0, 0, width, height, colors.white))
    drawing.add(String(4, height - 14, title, fontName=BOLD, fontSize=10, fillColor=TEXT))
    drawing.add(_mark(4, 4))
    drawing.add(String(4 + MARK + 4, 6, key_text(k, words), fontName=FONT, fontSize=7, fillColor=HIDDEN_LINE))
    return drawing


def _mark(x: float, y: float, w: float = MARK, h: float = MARK) -> Group:
    """The crossed box that stands for a figure not shown: always this size in a chart."""
    return Group(_rect(x, y, w, h, HIDDEN_FILL, HIDDEN_LINE),
                 Line(x, y, x + w, y + h, strokeColor=HIDDEN_LINE, strokeWidth=0.5),
                 Line(x, y + h, x + w, y, strokeColor=HIDDEN_LINE, strokeWidth=0.5))


def _rect(x: float, y: float, w: float, h: float, fill: colors.Color, stroke: colors.Color | None = None) -> Rect:
    # Colours set as attributes: the reportlab stubs mistype Rect's keyword arguments.
    rect = Rect(x, y, w, h)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, 0.5
    return rect


def _shown(value: Figure) -> int | None:
    return None if isinstance(value, Suppressed) else value


def _axis_top(shown: Sequence[int | None]) -> int:
    """The value axis' top from the shown figures only (at least 5, so an empty chart still has an axis)."""
    return max([v for v in shown if v is not None] + [5])
