# SPDX-License-Identifier: Apache-2.0
"""The usage charts: the SVG the console shows renders in Qt, nothing in a chart depends on a hidden count,
and the visitor's kiosk never loads the chart code."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from kiosk.core.usage import DateRange, MessageCounts, VisitCounts, publish_report
from kiosk.printing.charts import to_svg, usage_charts

NOVEMBER = DateRange.month("2026-11")


def report_with(friday_visits: int, monday_visits: int = 12):
    buckets = ((dt.date(2026, 11, 2), 10, "finish", "en", monday_visits, 60.0 * monday_visits, 0),
               (dt.date(2026, 11, 3), 14, "idle", "es", 8, 320.0, 3),
               (dt.date(2026, 11, 1), 1, "start_over", "en", 6, 60.0, 0),
               (dt.date(2026, 11, 6), 9, "staff_reset", "en", friday_visits, 10.0, 0))
    return publish_report(NOVEMBER, VisitCounts(buckets, (("home", 26 + friday_visits), ("forms", 12))),
                          MessageCounts((("Public Works", "Report a problem", "new", 7),
                                         ("Town Clerk", "Request public records", "closed", 2)), ()), 5)


def svgs(report) -> dict[str, bytes]:
    return {name: to_svg(drawing) for name, drawing in usage_charts(report)}


def test_a_hidden_count_changes_nothing_in_any_chart():
    """Two months that differ only in a count shown as "fewer than 5" (1 or 3 visits on a Friday) draw the
    same days, hours and endings: no bar height, axis or shade follows the hidden count."""
    one, three = svgs(report_with(1)), svgs(report_with(3))

    for name in ("visits_per_day", "week_hours", "end_reasons", "pages_per_day"):
        assert one[name] == three[name], name
    assert one["languages"] != three["languages"]       # 19 or 21 in English: shown, as the visits' total is


def test_suppressed_figures_are_drawn_as_crossed_boxes_with_words(qtbot):
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    charts = svgs(report_with(2))

    assert b"fewer than 5" in charts["end_reasons"] and b"Crossed box" in charts["visits_per_day"]
    for name, svg in charts.items():
        renderer = QSvgRenderer(QByteArray(svg))
        assert renderer.isValid(), name
        size = renderer.defaultSize()
        assert size.width() > 100 and size.height() > 50, name
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        colours = {image.pixel(x, y) for x in range(0, size.width(), 3) for y in range(0, size.height(), 3)}
        assert len(colours) > 3, f"{name} painted blank"


@pytest.mark.parametrize("module", ["kiosk.app", "kiosk.ui.window"])
def test_the_visitors_kiosk_loads_no_chart_code(module):
    code = (f"import sys, {module}\n"
            "loaded = [m for m in ('kiosk.printing.charts', 'kiosk.printing.usage_report', 'kiosk.core.usage_csv')"
            " if m in sys.modules]\n"
            "print(loaded)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
