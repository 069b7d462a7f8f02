# SPDX-License-Identifier: Apache-2.0
"""A question over the whole window: "Are you still there?", "Discard what you typed?", a list to
choose from.

It is a child widget covering the window, never a window of its own, so it needs no window
manager and cannot open behind the kiosk. For assistive technology it is a dialog (a QDialog,
whose accessible role is Dialog) and is announced when it opens; while it is open everything
beneath it is disabled, so neither a finger, a keyboard nor a screen reader can reach the screen
below. The focus goes back where it was when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QGridLayout, QVBoxLayout, QWidget

CARD_MAX_WIDTH = 900
HOST_PROPERTY = "modalHost"      # set on the widget a question opened from a screen covers


def modal_host(widget: QWidget) -> QWidget:
    """What a question opened from ``widget`` covers: the nearest ancestor marked as a host (the
    kiosk's visitor area, which carries the visitor's text size and contrast), else its window."""
    host = widget.parentWidget()
    while host is not None and not host.property(HOST_PROPERTY):
        host = host.parentWidget()
    return host or widget.window()


class ModalCard(QDialog):
    """Subclasses fill ``self.card_layout`` (a column inside the card)."""

    def __init__(self, window: QWidget, name: str, card_max_width: int = CARD_MAX_WIDTH) -> None:
        super().__init__(window)
        self.setWindowFlags(Qt.WindowType.Widget)        # a child covering the window, not a window
        self.setObjectName(name)
        self.setProperty("modalShade", True)             # kiosk.qss: the shade over the window
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self)
        self.card.setObjectName("modalCard")
        self.card.setMaximumWidth(card_max_width)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(24)
        outer = QGridLayout(self)
        outer.addWidget(self.card, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        self._blocked: list[QWidget] = []
        self._focus_before: QWidget | None = None
        window.installEventFilter(self)
        self.hide()

    def open_card(self, focus: QWidget | None = None) -> None:
        """Cover the window, block what is below, announce the question, focus ``focus``."""
        window = self.parentWidget()
        assert window is not None           # a card is made on the window it covers
        self.setGeometry(window.rect())
        if self.isHidden():
            self._focus_before = QApplication.focusWidget()
            self._blocked = [w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                             if w is not self and not isinstance(w, ModalCard) and w.isEnabled()]
            for widget in self._blocked:
                widget.setEnabled(False)
        self.raise_()
        self.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.PopupFocusReason)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def close_card(self) -> None:
        """Take the question away and give the screen below back as it was."""
        if self.isHidden():
            return
        self.hide()
        for widget in self._blocked:
            widget.setEnabled(True)
        self._blocked = []
        before, self._focus_before = self._focus_before, None
        if before is not None and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        window = self.parentWidget()
        if window is not None and watched is window and event.type() == QEvent.Type.Resize and not self.isHidden():
            self.setGeometry(window.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Escape must not close a question behind the resident's back (QDialog would reject()).
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
