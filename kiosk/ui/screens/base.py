# SPDX-License-Identifier: Apache-2.0
"""The contract every screen keeps: an id, a title, enter/leave, and a `navigate` signal.

Screens are built fresh for every visit and thrown away when it ends, so nothing a visitor
typed (text, undo history, selections, scroll positions) can reach the next one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from kiosk.core.refusals import Refusal
    from kiosk.ui.context import ScreenContext
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.widgets.touch_button import TouchButton

log = logging.getLogger(__name__)
SIDE_MARGIN, TOP_MARGIN = 40, 24     # a screen's content, inside its scroll area
ENTERED = "entered"                  # property of an input a resident has changed (not prefilled)
RefusalT = TypeVar("RefusalT", bound="Refusal")   # what a screen's service refuses with (FieldErrors, AnswersRefused)


class Screen(QWidget):
    screen_id: str = ""
    navigated = Signal(str)      # the visitor asked for another screen (by id)
    opened = Signal(str, object)  # ... for a screen showing one item (a property, a record): id, item
    discarded = Signal()         # what was typed here must go now (Cancel): build the screen afresh

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.screen_id}Screen")
        # Buttons that must stay in reach however far the screen is scrolled (a wizard's Next):
        # the navigator pins this bar below the screen's scroll area. Built and thrown away with it.
        self.action_bar: QWidget | None = None

    def title(self) -> str:
        return ""

    def print_for_visit(self, render: Callable[[], bytes], title: str, on_printed: Callable[[object], None],
                        on_failed: Callable[[Exception], None]) -> bool:
        """Build and print a document of this visit off the GUI thread (reportlab and the spooler
        are slow); the outcome comes back on it. The title reaches the spooler: no personal data."""
        session, sessions = self.ctx.sessions.current, self.ctx.sessions
        if session is None:
            return False
        self.ctx.tasks.run(self, lambda: sessions.print_for(session, render(), title), on_printed, on_failed)
        return True

    def print_with_feedback(self, render: Callable[[], bytes], title: str, status: QLabel,
                            trigger: QAbstractButton | None = None, printed: str | None = None,
                            failed: str | None = None, after: Callable[[bool], None] | None = None) -> bool:
        """Print, and say how it went under the button: "Printing…", then that it printed, or
        plainly that the printer is not working (and why, in the log). ``trigger`` waits meanwhile;
        ``after`` hears True or False once the outcome is known."""
        from kiosk.core.printing import failure_of

        def done(ok: bool, exc: Exception | None = None) -> None:
            if trigger is not None:
                trigger.setEnabled(True)
            if ok:
                show_status(status, printed or self.tr("Printed. Please take your copy from the printer."))
            else:
                log.warning("%s not printed: %s", title, failure_of(exc).value if exc is not None else "")
                show_status(status, failed or self.tr("Sorry, the printer is not working right now. "
                                                      "Please ask at the front desk for a printed copy."), error=True)
            status.show()
            if after is not None:
                after(ok)

        if not self.print_for_visit(render, title, lambda _job: done(True), lambda exc: done(False, exc)):
            return False
        if trigger is not None:
            trigger.setEnabled(False)
        show_status(status, self.tr("Printing…"))
        status.show()
        return True

    def in_background(self, work: Callable[[], Any], on_done: Callable[[Any], None], status: QLabel,
                      busy: Sequence[QWidget] = (), on_refused: Callable[[RefusalT], None] | None = None,
                      waiting: str = "", failed_text: str = "", on_failed: Callable[[], None] | None = None) -> None:
        """Database work off the GUI thread (a service call). ``busy`` buttons wait meanwhile
        (``waiting`` shows in ``status``); then ``on_done`` hears the result. A failure says plainly
        in ``status`` that the town's records cannot be reached (or ``failed_text``), and the buttons
        work again: the resident can try again. A refusal (kiosk.core.refusals.Refusal: FieldErrors,
        AnswersRefused; fields to correct) goes to ``on_refused`` instead, as the service raised
        it. The failure itself is logged, with its traceback, by the task runner."""
        from kiosk.core.refusals import Refusal

        run_in_background(self, self.ctx.tasks, work, on_done, status, busy, on_refused, waiting,  # type: ignore[arg-type]
                          answers=(Refusal,), failed_text=failed_text,   # each service refuses with its own kind only
                          on_failed=on_failed)

    # --- the pieces every screen is built from -------------------------------------------------

    def column(self, spacing: int = 16) -> QVBoxLayout:
        """The screen's content column, with the margins every screen shares."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, TOP_MARGIN)
        layout.setSpacing(spacing)
        return layout

    def scroll_to_top(self) -> None:
        """Every screen and page opens at its top (a confirmation shows its result first)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.verticalScrollBar().setValue(0)

    def enter_action(self) -> tuple[str, Callable[[], None]] | None:
        """What the on-screen keyboard's Enter does here, and its label: by default the screen's
        primary button (Next, Review, Sign in...) as it is on show now."""
        for area in (self.action_bar, self):
            if area is None:
                continue
            for widget in area.findChildren(QPushButton):
                if widget.property("role") == "primary" and widget.isVisible() and widget.isEnabled():
                    return widget.text().replace("&&", "&"), widget.click
        return None

    def has_typed(self) -> bool:
        """Whether the resident typed or chose something here that leaving would throw away
        (prefilled values do not count; a wiped field no longer does)."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and widget.isModified() and widget.text():
                return True
            if isinstance(widget, QPlainTextEdit) and widget.document().isModified() and widget.toPlainText():
                return True
            if widget.property(ENTERED):
                return True
        return False

    def leave_typed_work(self, then: Callable[[], None]) -> None:
        """Cancel: if something was typed, ask once ("Discard what you typed?") before ``then``."""
        if self.has_typed():
            self.ctx.ask_discard(then)
        else:
            then()

    def language(self) -> str:
        session = self.ctx.sessions.current
        return session.prefs.language if session is not None else self.ctx.sessions.default_prefs.language

    def term(self, value: str | None) -> str:
        """A word from the town's own data (a record type, a status) in the visitor's language,
        where the town pack translates it; else as the town wrote it."""
        if not value:
            return ""
        translate = getattr(self.ctx.pack.records, "term", None)
        return translate(value, self.language()) if translate is not None else value

    def show_item(self, item: object) -> None:
        """Show this item (screens opened with one, e.g. a property's details)."""

    def enter(self) -> None:
        """Shown to the visitor; refresh what may have changed."""

    def leave(self) -> None:
        """Hidden; stop anything running."""

    def retranslate(self) -> None:
        """Set every visible text with self.tr(); called at build and on a language switch."""

    def tour_states(self) -> Iterator[str]:
        """Put the screen in each state a resident can see, in turn, yielding a short name for each
        (`kiosk-admin tour` pictures and checks the screen at every yield, once background work has
        finished). Yield nothing where this visitor would not see the screen: the tour then tries
        again with a resident signed in. Called once the screen is shown."""
        yield ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        refresh_layouts(self)
        super().showEvent(event)


def refresh_layouts(widget: QWidget) -> None:
    """Forget every height-for-width a layout nested in the widget's layout kept, as a shown
    widget's layout does when Qt activates it. A child's new font (its look, polished as the
    screen is shown) tells only the widget's own layout; a grid inside it kept the height its
    buttons needed before, and the scroll area made the screen that much too short: the grid's
    rows overlapped (Contact's departments, large text, Spanish, portrait)."""
    def walk(item: QLayoutItem) -> None:
        item.invalidate()
        if (layout := item.layout()) is not None:
            for index in range(layout.count()):
                if (child := layout.itemAt(index)) is not None and child.widget() is None:
                    walk(child)
    if (top := widget.layout()) is not None:
        walk(top)
        widget.updateGeometry()


def label(role: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text as plain text, never as rich text (data is not markup)."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def button(name: str, role: str = "") -> TouchButton:
    """A touch button (kiosk.ui.widgets.touch_button): its text wraps, and a press never moves the focus."""
    from kiosk.ui.widgets.touch_button import TouchButton

    widget = TouchButton()
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    return widget


def set_text(widget: QAbstractButton | QLabel, text: str, spoken: str | None = None) -> None:
    """Visible text and what a screen reader says, kept together.

    A button would take "&" as a keyboard-shortcut marker, so it is doubled to show as itself.
    """
    widget.setText(text.replace("&", "&&") if isinstance(widget, QPushButton) else text)
    widget.setAccessibleName(spoken or text)


def show_status(widget: QLabel, text: str, error: bool = False) -> None:
    """A status line under an action: plain, or styled and spoken as an error; out of the way
    when there is nothing to say."""
    set_text(widget, text)
    set_role(widget, "error" if error else "status")
    widget.setVisible(bool(text))


def set_role(widget: QWidget, role: str) -> None:
    """Change the QSS role of a widget and restyle it (dynamic properties need a re-polish)."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def run_in_background(owner: QObject, tasks: TaskRunner, work: Callable[[], Any], on_done: Callable[[Any], None],
                      status: QLabel, busy: Sequence[QWidget] = (),
                      on_answer: Callable[[Exception], None] | None = None, waiting: str = "",
                      answers: tuple[type[Exception], ...] = (), failed_text: str = "",
                      on_failed: Callable[[], None] | None = None) -> None:
    """``work`` off the GUI thread, ``busy`` waiting meanwhile (``waiting`` shows in ``status``);
    then ``on_done`` hears the result. An answer instead of the work (one of ``answers``: a
    refusal) goes to ``on_answer``; any other failure says plainly in ``status`` that the town's
    records cannot be reached (or ``failed_text``), and the buttons work again. The failure itself
    is logged, with its traceback, by the task runner. Screen.in_background and the console's
    pages both use it."""
    from kiosk.ui.messages import unreachable

    for widget in busy:
        widget.setEnabled(False)
    if waiting:
        show_status(status, waiting)

    def release() -> None:
        for widget in busy:
            widget.setEnabled(True)

    def done(value: Any) -> None:
        release()
        if waiting:
            show_status(status, "")
        on_done(value)

    def failed(exc: Exception) -> None:
        release()
        if on_answer is not None and isinstance(exc, answers):
            on_answer(exc)
        else:
            show_status(status, failed_text or unreachable(), error=True)
            if on_failed is not None:
                on_failed()            # what the screen offers instead (kiosk.ui.screens.accounts_away)

    tasks.run(owner, work, done, failed)
