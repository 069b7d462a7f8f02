# SPDX-License-Identifier: Apache-2.0
"""Small helpers the UI tests share: a tap is a real press and release on the control."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tap(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be tapped now"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def find(root: QWidget, name: str) -> QWidget:
    """A named widget of a screen, including its pinned action bar."""
    widget = root.findChild(QWidget, name)
    bar = getattr(root, "action_bar", None)
    if widget is None and bar is not None:
        widget = bar.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget
