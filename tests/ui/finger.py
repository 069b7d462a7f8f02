# SPDX-License-Identifier: Apache-2.0
"""Tapping like a finger: a press at a point of the window, the events it sets off (the focus
moves, an on-screen keyboard shows or hides, a layout shifts), then a release at the same point.

Hit-testing happens in Qt, as on glass, at press and again at release, so a tap whose target
moves away in between is lost here just as it would be at the kiosk. ``qtbot.mouseClick`` on
a widget cannot show that: it hands both events to the widget, wherever it has gone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def tap_at(qtbot: Any, window: QWidget, point: QPoint) -> None:
    """Press at ``point`` (window coordinates), let Qt react, release at the same point."""
    handle = window.windowHandle()
    assert window.isVisible() and handle is not None, "the window is not on screen"
    assert window.rect().contains(point), f"{point} is outside the window"
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.processEvents()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.processEvents()  # what the tap set off, after its click


def touch_at(qtbot: Any, window: QWidget, point: QPoint) -> None:
    """The same with a finger on a touchscreen: Qt makes the mouse press and release from it."""
    handle = window.windowHandle()
    assert window.isVisible() and handle is not None, "the window is not on screen"
    device = _touchscreen()
    QTest.touchEvent(handle, device).press(0, point, handle).commit()
    QApplication.processEvents()
    QTest.touchEvent(handle, device).release(0, point, handle).commit()
    QApplication.processEvents()


_TOUCHSCREEN: list[Any] = []


def _touchscreen() -> Any:
    if not _TOUCHSCREEN:  # one device for the whole run: Qt keeps every device registered
        _TOUCHSCREEN.append(QTest.createTouchDevice())
    return _TOUCHSCREEN[0]


def tap(qtbot: Any, widget: QWidget) -> None:
    """Tap the centre of ``widget``, which must be on show and not covered by anything."""
    QApplication.processEvents()  # pending layouts first: a finger aims at what is on the glass
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be tapped now"
    window = widget.window()
    point = widget.mapTo(window, widget.rect().center())
    hit = window.childAt(point)
    assert hit is not None and (hit is widget or widget.isAncestorOf(hit)), (
        f"{widget.objectName()} is covered at {point} by {hit.objectName() if hit else None}")
    tap_at(qtbot, window, point)
