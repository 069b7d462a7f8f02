# SPDX-License-Identifier: Apache-2.0
"""Small helpers the UI tests share. A tap is what a finger does on glass: press at a point of the
window, let Qt react (the focus moves, the on-screen keyboard hides, a layout shifts), then release
at the same point. Whatever is under the point then gets the click, as on a real screen: a widget
that moved away between press and release does not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def settle() -> None:
    """Let posted events run: focus changes, layout requests, deferred hides."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def tap_at(qtbot: Any, window: QWidget, point: QPoint) -> None:
    """Press at ``point`` (window coordinates), let Qt react, release at the same point."""
    handle = window.windowHandle()
    assert handle is not None, "the window is not shown"
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    settle()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    settle()


def scroll_into_view(widget: QWidget) -> None:
    """What a resident does before tapping something below the fold: scroll until it shows (a
    layout may still be settling, the on-screen keyboard coming up: look again until it holds)."""
    for _ in range(5):
        settle()
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 0, 0)
            parent = parent.parentWidget()
        settle()
        if _uncovered(widget):
            return


def _uncovered(widget: QWidget) -> bool:
    hit = widget.window().childAt(point_of(widget))
    return hit is not None and (hit is widget or widget.isAncestorOf(hit))


def point_of(widget: QWidget) -> QPoint:
    """The middle of what shows of a widget (a tall field may show only its top), in its window's
    coordinates: where a finger aims."""
    shown = widget.visibleRegion().boundingRect()
    return widget.mapTo(widget.window(), (shown if not shown.isEmpty() else widget.rect()).center())


def tap(qtbot: Any, widget: QWidget) -> None:
    """Scroll ``widget`` into view if needed, then tap the middle of it like a finger; it must be
    on show there, not covered by anything."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be tapped now"
    scroll_into_view(widget)
    point = point_of(widget)
    hit = widget.window().childAt(point)
    assert _uncovered(widget), f"{widget.objectName()} is covered at {point} by {hit.objectName() if hit else None}"
    tap_at(qtbot, widget.window(), point)


def touch_at(qtbot: Any, window: QWidget, point: QPoint) -> None:
    """The same as tap_at with a finger on a touchscreen: Qt makes the mouse press and release."""
    handle = window.windowHandle()
    assert window.isVisible() and handle is not None, "the window is not on screen"
    device = _touchscreen()
    QTest.touchEvent(handle, device).press(0, point, handle).commit()
    settle()
    QTest.touchEvent(handle, device).release(0, point, handle).commit()
    settle()


_TOUCHSCREEN: list[Any] = []


def _touchscreen() -> Any:
    if not _TOUCHSCREEN:  # one device for the whole run: Qt keeps every device registered
        _TOUCHSCREEN.append(QTest.createTouchDevice())
    return _TOUCHSCREEN[0]


class ManualClock:
    """The idle timer's clock (kiosk.ui.idle.IdleClock) in a test: it moves only by ``advance``, which
    makes each call that falls due on the way at its own time. What the idle watcher decides then
    depends on the milliseconds a test says have passed, never on how fast the machine runs."""

    def __init__(self) -> None:
        self.now = 0
        self._due = 0
        self._callback: Callable[[], None] | None = None

    def now_ms(self) -> int:
        return self.now

    def call_after(self, ms: int, callback: Callable[[], None]) -> None:
        self._due, self._callback = self.now + ms, callback

    def cancel(self) -> None:
        self._callback = None

    def advance(self, ms: int) -> None:
        until = self.now + ms
        while self._callback is not None and self._due <= until:
            self.now, callback, self._callback = self._due, self._callback, None
            callback()
        self.now = until


def find(root: QWidget, name: str) -> QWidget:
    """A named widget of a screen, including its pinned action bar."""
    widget = root.findChild(QWidget, name)
    bar = getattr(root, "action_bar", None)
    if widget is None and bar is not None:
        widget = bar.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def choose(qtbot: Any, root: QWidget, name: str, index: int) -> None:
    """Pick the ``index``-th choice of a ChoicePicker as a finger does: tap it, tap the row."""
    picker = find(root, name)
    tap(qtbot, picker)
    qtbot.waitUntil(lambda: picker.choices_list is not None and picker.choices_list.isVisible())
    row = picker.choices_list.rows[index]
    tap(qtbot, row)
    qtbot.waitUntil(lambda: picker.currentIndex() == index)


def answer_discard(qtbot: Any, window: QWidget, discard: bool) -> None:
    """The "Discard what you typed?" question is up over the screen: answer it with a tap."""
    question = window.findChild(QWidget, "discardQuestion")
    qtbot.waitUntil(question.isVisible)
    tap(qtbot, find(question, "discardYes" if discard else "discardKeep"))
    qtbot.waitUntil(lambda: not question.isVisible())
