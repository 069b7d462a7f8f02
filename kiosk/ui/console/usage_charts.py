# SPDX-License-Identifier: Apache-2.0
"""The dashboard's charts on screen: the SVG of kiosk.printing.charts (the very drawings of the monthly
PDF) painted by QSvgRenderer, as wide as the page allows and as tall as the drawing's proportions.

Imported only when the usage dashboard first opens (kiosk.ui.console.usage): the visitor's path never
loads this module, kiosk.printing.charts or PySide6.QtSvg, so a kiosk's memory after a visit is what
it was (tests/ui/test_console_usage.py checks it in a fresh process).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.usage import UsageReport
from kiosk.printing.chart_words import ChartWords

MAX_SCALE = 2.0         # a 500 pt chart at most 1000 px wide: larger only blurs the page's rhythm


def chart_svgs(report: UsageReport, words: ChartWords | None = None) -> list[tuple[str, bytes]]:
    """Every chart of the report as SVG: reportlab's drawing, made off the GUI thread."""
    from kiosk.printing.charts import ENGLISH, to_svg, usage_charts

    return [(name, to_svg(drawing)) for name, drawing in usage_charts(report, words=words or ENGLISH)]


class ChartView(QWidget):
    """One chart. Its accessible name says which; its figures are in the table below it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.renderer = QSvgRenderer(self)
        self.svg = b""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def load(self, svg: bytes) -> bool:
        self.svg = svg                     # what it shows (tests read its words)
        loaded = self.renderer.load(QByteArray(svg))
        self.updateGeometry()
        self.update()
        return loaded

    def _ratio(self) -> float:
        size = self.renderer.defaultSize()
        return size.height() / size.width() if size.width() > 0 else 0.4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(min(width, self._widest()) * self._ratio())

    def _widest(self) -> int:
        return round(max(self.renderer.defaultSize().width(), 1) * MAX_SCALE)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size = self.renderer.defaultSize()
        return size if size.isValid() and not size.isEmpty() else QSize(500, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, round(200 * self._ratio()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.renderer.isValid():
            return
        width = min(self.width(), self._widest())
        height = min(self.height(), round(width * self._ratio()))
        width = round(height / self._ratio()) if self._ratio() else width
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
