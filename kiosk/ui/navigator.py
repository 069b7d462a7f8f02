# SPDX-License-Identifier: Apache-2.0
"""Moves the visitor between screens and throws every screen away when a visit ends.

Screens are built on first use from their factories, each inside a scroll area (flicked by
touch) that lives as long as the kiosk: only the screen inside it is thrown away. A reset throws
away every screen the visit showed; one built ahead of time and never shown has held nothing of
anyone and is kept for the next visitor. After a reset, the screens a visitor is likely to need
first are built again while the attract screen is up (one per event-loop turn), so the first tap
of the next visit answers within a frame and the reset itself stays instant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.screen_scroll import ScreenScroll

ScreenFactory = Callable[[ScreenContext], Screen]


class Navigator(QObject):
    screen_changed = Signal(object)   # the Screen now shown

    def __init__(self, ctx: ScreenContext, stack: QStackedWidget, factories: dict[str, ScreenFactory],
                 home: str, prewarm: tuple[str, ...] = ()) -> None:
        super().__init__(stack)
        self.ctx = ctx
        self.stack = stack
        self.factories = factories
        self.home = home
        self._prewarm_ids = prewarm
        self._areas: dict[str, ScreenScroll] = {}
        self._screens: dict[str, Screen] = {}
        self._shown: set[str] = set()       # screens shown since they were built: they go at the reset
        self._history: list[tuple[str, object]] = []    # (screen id, the item it showed)
        self._current: Screen | None = None
        self._current_item: object = None

    @property
    def current(self) -> Screen | None:
        return self._current

    def scroll_area(self, screen_id: str) -> ScreenScroll | None:
        """The scroll area a screen is shown in (it outlives the screen)."""
        return self._areas.get(screen_id)

    def screens(self) -> list[Screen]:
        return list(self._screens.values())

    def go(self, screen_id: str, remember: bool = True, item: object = None) -> Screen:
        """Show a screen; ``item`` is what a detail screen shows (a property, a record), and Back
        comes back to the same item."""
        target = self._screen(screen_id)
        if self._current is target and item == self._current_item:
            return target
        if self._current is not None:
            self._current.leave()
            if remember:
                self._history.append((self._current.screen_id, self._current_item))
        self._current, self._current_item = target, item
        if item is not None:
            target.show_item(item)
        page = self._areas[screen_id].parentWidget()
        assert page is not None             # its _Page (see _area)
        self._show_page(page)
        self._areas[screen_id].to_top()            # every screen opens at its top, Back included
        self._shown.add(screen_id)
        target.enter()
        self.screen_changed.emit(target)
        return target

    def _show_page(self, page: QWidget) -> None:
        """Only the page on show counts for the stack's size: a hidden screen's buttons, wrapped on
        two lines, must not take room from the on-screen keyboard of the screen on show."""
        for i in range(self.stack.count()):
            other = self.stack.widget(i)
            assert other is not None
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)

    def can_go_back(self) -> bool:
        return bool(self._history)

    def back(self) -> None:
        if self._history:
            screen_id, item = self._history.pop()
            self.go(screen_id, remember=False, item=item)

    def reset(self) -> None:
        """Forget the visit: every screen it showed is deleted (with its text, undo history,
        selections); those built ahead and never shown stay, as they were built."""
        if self._current is not None:
            self._current.leave()
        self._current, self._current_item = None, None
        self._history.clear()
        for screen_id in list(self._screens):
            if screen_id in self._shown:
                self._forget(screen_id)
        QTimer.singleShot(0, self, self._prewarm_next)  # not after the navigator is gone

    def _forget(self, screen_id: str) -> None:
        """Delete a screen with all it holds; the next visit to it builds a fresh one, and Back
        does not lead to it any more."""
        self._history = [entry for entry in self._history if entry[0] != screen_id]
        screen = self._screens.pop(screen_id, None)
        if screen is None or screen is self._current:
            if screen is not None:
                self._screens[screen_id] = screen      # still on show: it goes with the visit
            return
        self._shown.discard(screen_id)
        area = self._areas[screen_id]
        if screen.action_bar is not None:
            screen.action_bar.hide()
            screen.action_bar.deleteLater()
        # Deleted where it is: taking it out of its scroll area first would restyle every widget
        # of it (a reparented widget is polished again) only to throw them away.
        screen.hide()
        screen.deleteLater()
        area.to_top()

    def prewarm(self) -> None:
        QTimer.singleShot(0, self, self._prewarm_next)  # not after the navigator is gone

    def _prewarm_next(self) -> None:
        missing = [s for s in self._prewarm_ids if s not in self._screens]
        if missing:
            self._screen(missing[0])
            QTimer.singleShot(0, self, self._prewarm_next)  # not after the navigator is gone

    def _screen(self, screen_id: str) -> Screen:
        screen = self._screens.get(screen_id)
        if screen is None:
            screen = self.factories[screen_id](self.ctx)
            screen.navigated.connect(self._on_navigated)
            screen.opened.connect(self._on_opened)
            screen.discarded.connect(lambda s=screen_id: self._forget(s))
            self._screens[screen_id] = screen
            area = self._area(screen_id)
            area.setWidget(screen)
            if screen.action_bar is not None:
                page = area.parentWidget()
                assert page is not None         # its _Page, with the column made in _area
                cast(QVBoxLayout, page.layout()).addWidget(screen.action_bar)
        return screen

    def _area(self, screen_id: str) -> ScreenScroll:
        area = self._areas.get(screen_id)
        if area is None:
            area = ScreenScroll(f"{screen_id}Scroll")
            self._areas[screen_id] = area
            page = _Page()                  # the scroll area, and below it the screen's action bar
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(area, 1)
            self.stack.addWidget(page)
        return area

    def _on_navigated(self, screen_id: str) -> None:
        self.go(screen_id)

    def _on_opened(self, screen_id: str, item: object) -> None:
        self.go(screen_id, item=item)


class _Page(QWidget):
    """A screen's scroll area with its action bar below. It never reports a height for width to
    the window: a page's height is whatever the window leaves it (its content scrolls), while an
    item that did report one would count as at least that tall, and with Large text it squeezed
    the on-screen keyboard's last row off a 1280x800 screen."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False
