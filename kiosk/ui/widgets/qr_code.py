# SPDX-License-Identifier: Apache-2.0
"""A QR code on screen, for a phone's camera: black modules on white, whole pixels per module,
the quiet zone of four modules kept, at least ``MIN_PX`` across.

Painted from segno's module matrix rather than shown as an image: every module is a whole number
of pixels, so nothing is blurred by scaling, and the colours are fixed (not the theme's), so high
contrast or a dark theme can never invert or tint what the camera reads. segno is imported only
when a code is shown: the visitor's path never loads it.

What it encodes may be a secret (an authenticator's key): :meth:`clear` forgets it and the
matrix, and the accessible name never says it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_PX = 264            # phones read a code this size from arm's length; 240 px is the floor asked for
QUIET_MODULES = 4       # ISO/IEC 18004's quiet zone


class QrCode(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._data: str | None = None
        self._rows: list[tuple[int, ...]] = []
        self._scale = 1
        self.hide()

    def show_code(self, data: str) -> None:
        import segno

        code = segno.make(data, error="m", micro=False)
        self._rows = [tuple(row) for row in code.matrix_iter(scale=1, border=QUIET_MODULES)]
        self._scale = max(1, math.ceil(MIN_PX / len(self._rows)))
        self._data = data
        side = len(self._rows) * self._scale
        self.setFixedSize(side, side)
        self.show()
        self.update()

    def clear(self) -> None:
        """Forget what was encoded; nothing is drawn until the next show_code."""
        self._data = None
        self._rows = []
        self.hide()
        self.update()

    def encoded(self) -> str | None:
        """What the code on show says (None when none is shown)."""
        return self._data

    def modules(self) -> list[tuple[int, ...]]:
        """The modules drawn, quiet zone included (1 is dark)."""
        return list(self._rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = len(self._rows) * self._scale if self._rows else MIN_PX
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        black, scale = QColor("#000000"), self._scale
        for y, row in enumerate(self._rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * scale, y * scale, scale, scale, black)
        painter.end()
