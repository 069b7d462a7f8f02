# SPDX-License-Identifier: Apache-2.0
"""Icons from resources/icons (Lucide, ISC licence: resources/icons/LICENSE-lucide.txt), drawn in
the colour of the text beside them, so they follow high contrast, at the size they are shown."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from kiosk.paths import resources_dir


@lru_cache(maxsize=128)      # a few icons, a few colours and sizes: drawn once each
def icon(name: str, colour: str, size: int) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # not before the first paint

    svg = (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)
