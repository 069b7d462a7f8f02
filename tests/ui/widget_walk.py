# SPDX-License-Identifier: Apache-2.0
"""Walking the live widget tree, so checks cover every screen, including screens added later."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.ui.screens.catalogue import SCREENS

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def visit_every_screen(kiosk) -> Iterator[QWidget]:
    """Shows each screen of the catalogue in turn and yields the one on show. A resident is
    signed in first, so screens for signed-in residents (My account, new terms) show too."""
    sign_in_a_resident(kiosk)
    for screen_id in SCREENS:
        kiosk.navigator.go(screen_id)
        kiosk.tasks.wait_for_done(30_000)          # what the screen loads in the background is shown
        QApplication.processEvents()
        yield kiosk.navigator.current


def sign_in_a_resident(kiosk) -> None:
    from kiosk.core.accounts import Contact, Registration

    session = kiosk.sessions.current
    if session is None or session.signed_in:
        return
    pack = kiosk.prepared.pack
    name = f"walker{session.token[:6]}"
    account = kiosk.accounts.register(
        Registration(name, "Maple-Harbor-72", "Maple-Harbor-72", pack.security_questions[0], "heron",
                     Contact(first_name="Wal", last_name="Ker", phone="2035550199", email="walker@example.com")),
        pack.policy("terms", kiosk.now().date()))
    session.sign_in(account.account_id, account.username, may_do_business=True)


def editable_fields(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, TEXT_FIELDS) and not w.isReadOnly()]


def flush_deleted_widgets() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def texts_of(widget: QWidget) -> list[str]:
    """Every string a widget holds that a person or a screen reader could get at, undo history included."""
    out = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
           widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        out.append(widget.text())
    if isinstance(widget, QLineEdit):
        out += [widget.text(), widget.placeholderText(), widget.selectedText()]
        while widget.isUndoAvailable():       # what Ctrl+Z would bring back
            widget.undo()
            out.append(widget.text())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        out += [widget.toPlainText(), widget.placeholderText()]
        document = widget.document()
        while document.isUndoAvailable():
            document.undo()
            out.append(document.toPlainText())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
    return out
