# SPDX-License-Identifier: Apache-2.0
"""How big the on-screen keyboard's keys and labels are, and where they go, for any window
and text size.

The keyboard takes at most about 40 % of its window's height, so the field and the screen's
primary action stay above it even at 1280x800 with Large text: keys shrink from their natural
size toward the 44 px floor, and the label font with them. A label that still does not fit its
key (a long "Siguiente" on a narrow Enter, "Bloqueo de mayúsculas") gets a smaller font or two
lines, never a clipped word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

KEY_SIZE = 56  # px at scale 1: comfortable for a fingertip
MIN_KEY_SIZE = 44  # never smaller, whatever the window (WCAG target size)
MAX_KEY_WIDTH = 1.75  # x key height: keeps keys finger-sized on very wide screens
MAX_SHARE = 0.40  # of the window's height, margins included
SPACING = 6
KEY_FONT_PX = 24  # label size at scale 1, a little larger than body text
FONT_TO_KEY = 0.43  # label size / key height: the proportion of a 24 px label on a 56 px key
MIN_FONT_PX = 10
ONE_LINE_SHARE = 0.75  # a label shrinks to this share of the page's size before it wraps
TEXT_INSET_X = 6  # each side, between a key's edge and its label: the 2 px border and some air
TEXT_INSET_Y = 4


@dataclass(frozen=True, slots=True)
class PagePlan:
    """The size of one layout's keys: ``keys_width`` is the whole grid's width."""

    rows: int
    units: float
    key_height: int
    keys_width: int
    font_px: int

    @property
    def keys_height(self) -> int:
        return self.rows * self.key_height + (self.rows - 1) * SPACING

    @property
    def min_keys_width(self) -> int:
        return min_keys_width(self.units)

    def key_width(self, units: float) -> float:
        """A key's width: the grid has half-key columns, with spacing between every two."""
        columns = round(self.units * 2)
        column = (self.keys_width - (columns - 1) * SPACING) / columns
        span = round(units * 2)
        return span * column + (span - 1) * SPACING


def min_keys_width(units: float) -> int:
    return math.ceil(units * MIN_KEY_SIZE + (units - 1) * SPACING)


def plan_page(rows: int, units: float, window_height: int, width: int, scale: float) -> PagePlan:
    """Keys for a page of ``rows`` rows ``units`` keys wide, in a keyboard ``width`` px wide
    inside a window ``window_height`` px tall (0: no window yet, no limit)."""
    natural = max(MIN_KEY_SIZE, round(KEY_SIZE * scale))
    height = natural
    if window_height > 0:
        budget = MAX_SHARE * window_height - 2 * SPACING - (rows - 1) * SPACING
        height = max(MIN_KEY_SIZE, min(natural, math.floor(budget / rows)))
    widest = round(units * height * MAX_KEY_WIDTH + (units - 1) * SPACING)
    keys_width = max(min_keys_width(units), min(width - 2 * SPACING, widest))
    font_px = max(MIN_FONT_PX, min(round(KEY_FONT_PX * scale), math.floor(height * FONT_TO_KEY)))
    return PagePlan(rows, units, height, keys_width, font_px)


class LabelFitter:
    """Finds the largest font (and, for a long label, the line break) at which a label fits a key."""

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._metrics: dict[int, QFontMetricsF] = {}
        self._fits: dict[tuple[str, int, int, int], tuple[str, int]] = {}

    def set_font(self, font: QFont) -> None:
        if font.family() != self._font.family() or font.weight() != self._font.weight():
            self._font = QFont(font)
            self._metrics.clear()
            self._fits.clear()

    def fits(self, text: str, width: float, height: float, px: int) -> bool:
        metrics = self._metrics_at(px)
        lines = text.split("\n")
        tall = metrics.height() + (len(lines) - 1) * metrics.lineSpacing()
        return tall <= height and all(metrics.horizontalAdvance(line) <= width for line in lines)

    def fit(self, label: str, width: float, height: float, largest_px: int) -> tuple[str, int]:
        """``(text, px)``: ``label`` itself or broken over two lines, and its font size in px."""
        key = (label, int(width), int(height), largest_px)
        if key not in self._fits:
            if len(self._fits) > 4096:
                self._fits.clear()
            self._fits[key] = self._fit(label, int(width), int(height), largest_px)
        return self._fits[key]

    def _fit(self, label: str, width: int, height: int, largest_px: int) -> tuple[str, int]:
        one_line = self._largest(label, width, height, largest_px)
        if one_line >= ONE_LINE_SHARE * largest_px or " " not in label.strip():
            return label, max(one_line, MIN_FONT_PX)
        best_text, best_px = label, one_line
        words = label.split()
        for cut in range(1, len(words)):
            text = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
            px = self._largest(text, width, height, largest_px)
            if px > best_px:
                best_text, best_px = text, px
        return best_text, max(best_px, MIN_FONT_PX)

    def _largest(self, text: str, width: int, height: int, largest_px: int) -> int:
        for px in range(largest_px, MIN_FONT_PX - 1, -1):
            if self.fits(text, width, height, px):
                return px
        return 0

    def _metrics_at(self, px: int) -> QFontMetricsF:
        if px not in self._metrics:
            font = QFont(self._font)
            font.setPixelSize(px)
            self._metrics[px] = QFontMetricsF(font)
        return self._metrics[px]


class KeyGrid(QWidget):
    """A page's keys on a grid of half-key columns, placed by hand: every key of a width is
    exactly as wide as the others (a QGridLayout shares rounding unevenly between columns),
    and a label never makes its key, or the keyboard, any bigger. A hidden key leaves a gap."""

    def __init__(self, rows: int, columns: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keys")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows, self._columns = rows, columns
        self._places: list[tuple[QPushButton, int, int, int]] = []

    def place(self, button: QPushButton, row: int, column: int, span: int) -> None:
        self._places.append((button, row, column, span))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.minimumWidth(), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self.arrange()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.arrange()  # keys polished on show may have grown to the town's sheet's minimum
        super().showEvent(event)

    def arrange(self) -> None:
        column = (self.width() - (self._columns - 1) * SPACING) / self._columns
        row = (self.height() - (self._rows - 1) * SPACING) / self._rows
        for button, r, c, span in self._places:
            left, top = round(c * (column + SPACING)), round(r * (row + SPACING))
            right = round((c + span) * (column + SPACING) - SPACING)
            bottom = round((r + 1) * (row + SPACING) - SPACING)
            button.setGeometry(left, top, right - left, bottom - top)


def page_sheet(font_px: int) -> str:
    """A page's own style sheet. The town's sheet sizes keys for the text scale alone; a page's
    own sheet wins over it (Qt prefers the nearest sheet) and leaves sizes to the grid."""
    return f"QPushButton {{ min-width: 0px; min-height: 0px; padding: 0px; font-size: {font_px}px; }}"
