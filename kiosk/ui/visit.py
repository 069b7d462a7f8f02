# SPDX-License-Identifier: Apache-2.0
"""A visit's life on screen: a tap begins it; Finish, Start over, inactivity or the staff end it,
and ending it, by any path, leaves nothing of it behind in the window."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.core.session import DisplayPrefs, EndReason, SessionService
from kiosk.ui.display import DisplayController
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


class VisitController(QObject):
    visit_started = Signal()
    visit_ended = Signal(object)   # EndReason

    def __init__(self, window: KioskWindow, sessions: SessionService, navigator: Navigator, idle: IdleWatcher,
                 display: DisplayController, keyboard: OnScreenKeyboard, default_prefs: DisplayPrefs) -> None:
        super().__init__(window)
        self.window, self.sessions, self.navigator = window, sessions, navigator
        self.idle, self.display, self.keyboard = idle, display, keyboard
        self.default_prefs = default_prefs
        self._restore_pending = False
        window.attract.tapped.connect(self.begin)
        window.nav.back_requested.connect(self._on_back)
        window.nav.start_over_requested.connect(self._on_start_over)
        window.header.sign_out_requested.connect(self._on_sign_out)
        window.nav.finish_requested.connect(lambda: self.end(EndReason.FINISH))
        window.header.prefs_changed.connect(self._on_prefs_changed)
        navigator.screen_changed.connect(self._on_screen_changed)
        idle.timed_out.connect(lambda: self.end(EndReason.IDLE))
        keyboard.key_tapped.connect(idle.activity)
        keyboard.visibility_changed.connect(self._on_keyboard_shown)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._on_focus_changed)   # gone with this controller
        window.installEventFilter(self)       # Enter on a physical keyboard, in a text field

    def begin(self) -> None:
        self._restore_defaults()
        self.idle.set_time_factor(self.default_prefs.time_factor)
        self.sessions.begin()
        self.window.attract.show_farewell(False)
        self.window.show_visitor()
        self.navigator.go(self.navigator.home, remember=False)
        self.idle.start()
        self.visit_started.emit()

    def end(self, reason: EndReason) -> None:
        """Forget the visit. Also the staff console's way to end one from outside."""
        if self.sessions.current is None:
            return
        self.idle.stop()
        self.idle.set_time_factor(self.default_prefs.time_factor)
        self.sessions.end(reason)
        self.window.attract.show_farewell(reason is EndReason.FINISH)
        self.window.show_attract()          # first, so the next visitor is welcomed at once
        self.navigator.reset()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.keyboard.reset()
        self.window.header.show_prefs(self.default_prefs)
        self.window.header.show_signed_in(None)
        # Restyling and retranslating wait until the old screens are gone (one event-loop turn),
        # so they cost nothing for screens being thrown away; a new visit never starts before.
        self._restore_pending = True
        QTimer.singleShot(0, self, self._restore_defaults)
        self.visit_ended.emit(reason)

    def _restore_defaults(self) -> None:
        if self._restore_pending:
            self._restore_pending = False
            self.display.apply(self.default_prefs)
            self.keyboard.set_scale(self.display.look.scale)

    def _on_start_over(self) -> None:
        """Start over ends the visit, after asking once if something typed would be lost."""
        screen = self.navigator.current
        if screen is not None:
            screen.leave_typed_work(lambda: self.end(EndReason.START_OVER))
        else:
            self.end(EndReason.START_OVER)

    def _on_sign_out(self) -> None:
        session = self.sessions.current
        if session is not None and session.signed_in:
            session.sign_out()
            self.navigator.go(self.navigator.home)
            self._show_signed_in()

    def _show_signed_in(self) -> None:
        session = self.sessions.current
        self.window.header.show_signed_in(session.username if session is not None and session.signed_in else None)

    # --- Enter: the screen's primary action ---------------------------------------------------

    def _on_focus_changed(self, _old: object, _new: object) -> None:
        self._label_enter()

    def _label_enter(self) -> None:
        """The on-screen keyboard's Enter is labelled for what it will do here (Next, Search...)."""
        screen = self.navigator.current
        action = screen.enter_action() if screen is not None and self.sessions.current is not None else None
        if action is None:
            self.keyboard.set_enter_action(None, None, None)
        else:   # a callable label: asked again when the language changes
            self.keyboard.set_enter_action(self._enter_label, None, self._press_enter)

    def _enter_label(self) -> str:
        screen = self.navigator.current
        action = screen.enter_action() if screen is not None else None
        return action[0] if action is not None else ""

    def _press_enter(self) -> None:
        """Enter does the screen's primary action as it is at the moment of the press."""
        screen = self.navigator.current
        action = screen.enter_action() if screen is not None else None
        if action is not None:
            action[1]()
        self._label_enter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A single-line field ignores Return once it has emitted returnPressed, so it reaches the
        # window: there, as on the on-screen keyboard, it does the screen's primary action.
        if (watched is self.window and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(QApplication.focusWidget(), QLineEdit) and self.sessions.current is not None):
            self._press_enter()
            return True
        return False

    def _on_keyboard_shown(self, shown: bool) -> None:
        self.window.header.set_keyboard_up(shown)
        if shown:
            self._label_enter()

    def _on_back(self) -> None:
        if self.navigator.can_go_back():
            self.navigator.back()

    def _on_prefs_changed(self, prefs: DisplayPrefs) -> None:
        session = self.sessions.current
        if session is not None:
            session.set_prefs(prefs)
        self.display.apply(prefs)
        self.idle.set_time_factor(prefs.time_factor)
        self.keyboard.set_scale(self.display.look.scale)
        self.window.header.show_prefs(prefs)
        if self.navigator.current is not None:
            self.window.header.screen_title.setText(self.navigator.current.title())

    def _on_screen_changed(self, screen: Screen) -> None:
        session = self.sessions.current
        if session is not None:
            session.visit(screen.screen_id)
        self.window.header.screen_title.setText(screen.title())
        self.window.nav.back.setVisible(self.navigator.can_go_back())   # not on Home, where it did nothing
        self._show_signed_in()
