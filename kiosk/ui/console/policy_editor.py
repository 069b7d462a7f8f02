# SPDX-License-Identifier: Apache-2.0
"""A supervisor's new version of a policy: its Markdown (typed on the on-screen keyboard, started
from the version in force, or on a front-desk PC opened from a file), the day it takes effect,
its number and the summary residents read. Check asks PolicyService.prepare() and shows what to
change, or the version as residents will read it; Publish asks once more, saying what residents
will see, then publishes. The service checks everything again and decides who may."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.core.policies import PolicyDocument
from kiosk.core.policy_markdown import MAX_CHARACTERS
from kiosk.core.policy_service import MAX_DAYS_AHEAD, SUMMARY_MAX, PolicyRefused, PolicyVersion
from kiosk.core.staff import Actor, StaffRefused
from kiosk.ui.console.page import ConsoleContext, console_language, run_in_background
from kiosk.ui.console.policy_text import PolicyText
from kiosk.ui.console.policy_words import refusal_words
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.date_picker import DatePicker
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.keyboard import set_keyboard_kind

if TYPE_CHECKING:
    from kiosk.ui.console.policies import Loaded

FILE_MAX_BYTES = 4 * MAX_CHARACTERS        # UTF-8: at most 4 bytes a character


class FileUnreadable(ValueError):
    """The chosen file is not a text file the editor can take (too large, not UTF-8, unreadable)."""


def read_markdown(path: Path) -> str:
    """The text of a Markdown file, or FileUnreadable (the why is the page's to say)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise FileUnreadable("unreadable") from exc
    if len(data) > FILE_MAX_BYTES:
        raise FileUnreadable("too large")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileUnreadable("not UTF-8") from exc


class PolicyEditor(QWidget):
    published = Signal(object)          # the PolicyVersion, once stored

    def __init__(self, ctx: ConsoleContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyEditor")
        self.ctx, self.actor = ctx, actor
        self.loaded: Loaded | None = None
        self.today = dt.date.min
        # Where a front-desk PC's file dialog asks for a file; a test hands in its own answer (a
        # modal dialog cannot be tapped offscreen). None: the choice was cancelled.
        self.choose_file: Callable[[], Path | None] = self._ask_for_file
        self.intro = label("", "policyEditorIntro")
        self.start_current = button("policyEditorStartCurrent")
        self.open_file = button("policyEditorOpenFile")
        self.start_current.clicked.connect(self._on_start_current)
        self.open_file.clicked.connect(self._on_open_file)
        self.text_label = label("fieldLabel", "policyEditorTextLabel")
        self.text = QPlainTextEdit()
        self.text.setObjectName("policyEditorText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(320)
        set_keyboard_kind(self.text, "text")
        self.text_label.setBuddy(self.text)
        self.text_hint = label("hint", "policyEditorTextHint")
        self.number = FormField("policyEditorVersion", max_length=20)
        self.date_label = label("fieldLabel", "policyEditorDateLabel")
        self.date = DatePicker("policyEditorDate")
        self.summary = FormField("policyEditorSummary", max_length=SUMMARY_MAX)
        self.check = button("policyEditorCheck")
        self.publish = button("policyEditorPublish", "primary")
        self.check.clicked.connect(self._on_check)
        self.publish.clicked.connect(self._on_publish)
        self.problem = label("error", "policyEditorProblem")
        self.status = label("status", "policyEditorStatus")
        self.preview = PolicyText("policyEditorPreview")
        # -- the question before publishing
        self.confirm_box = QWidget()
        self.confirm_box.setObjectName("policyEditorConfirmBox")
        self.confirm_text = label("notice", "policyEditorConfirmText")
        self.confirm = button("policyEditorConfirm", "primary")
        self.not_yet = button("policyEditorNotYet")
        self.confirm.clicked.connect(self._on_confirm)
        self.not_yet.clicked.connect(self._forget_check)
        confirm_column = QVBoxLayout(self.confirm_box)
        confirm_column.setContentsMargins(0, 0, 0, 0)
        confirm_column.addWidget(self.confirm_text)
        confirm_column.addWidget(button_row(self.not_yet, self.confirm))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.intro)
        column.addWidget(button_row(self.start_current, self.open_file))
        column.addWidget(self.text_label)
        column.addWidget(self.text)
        column.addWidget(self.text_hint)
        column.addWidget(self.number)
        column.addWidget(self.date_label)
        column.addWidget(self.date)
        column.addWidget(self.summary)
        column.addWidget(button_row(self.check, self.publish))
        column.addWidget(self.problem)
        column.addWidget(self.status)
        column.addWidget(self.confirm_box)
        column.addWidget(self.preview)
        self.open_file.setVisible(not ctx.on_kiosk)      # on the kiosk no file is at hand: the editor only
        for widget in (self.problem, self.status, self.confirm_box, self.preview):
            widget.hide()
        self.text.textChanged.connect(self._forget_check)
        self._line(self.number).textEdited.connect(self._forget_check)
        self._line(self.summary).textEdited.connect(self._forget_check)
        self.date.changed.connect(self._forget_check)
        self.retranslate()

    # -- the document ------------------------------------------------------------------------------

    def show_document(self, loaded: Loaded, today: dt.date) -> None:
        """The chosen document as read now. A new document (or the first) starts an empty version;
        the same one read again keeps what was typed, with its dates and number brought up to date."""
        fresh = self.loaded is None or self.loaded.doc_id != loaded.doc_id
        self.loaded, self.today = loaded, today
        latest = loaded.versions[-1].document
        earliest = max(today, latest.effective + dt.timedelta(days=1))
        self.date.set_range(earliest, today + dt.timedelta(days=MAX_DAYS_AHEAD))
        if fresh:
            self.clear()
            self.date.set_date(earliest)
        if fresh or not self._line(self.number).isModified():
            self.number.set_value(loaded.next_version)
        self.retranslate()

    def clear(self) -> None:
        self.text.setPlainText("")
        self.text.document().setModified(False)
        self.summary.wipe()
        self.number.set_value(self.loaded.next_version if self.loaded else "")
        self._line(self.number).setModified(False)
        self._forget_check()

    def _in_force(self) -> PolicyDocument | None:
        loaded = self.loaded
        if loaded is None:
            return None
        from kiosk.core.policy_service import VersionStatus

        return next((v.document for v in loaded.versions if v.status is VersionStatus.IN_FORCE), None)

    def _on_start_current(self) -> None:
        current = self._in_force()
        if current is not None:
            self.text.setPlainText(current.body_markdown)
            self.text.document().setModified(True)
            self.text.setFocus()

    def _on_open_file(self) -> None:
        path = self.choose_file()
        if path is None:
            return

        def done(text: str) -> None:
            self.text.setPlainText(text)
            self.text.document().setModified(True)
            show_status(self.status, self.tr("The text of {file} is in the editor. Check it before publishing.")
                        .format(file=path.name))

        self.in_background(lambda: read_markdown(path), done, busy=(self.open_file,), on_answer=lambda _exc: self._say(
            self.tr("That file cannot be opened as text. Please choose a Markdown file saved as UTF-8 text, "
                    "of at most {count} characters.").format(count=MAX_CHARACTERS)))

    def _ask_for_file(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a policy's Markdown file"), "",
                                                      self.tr("Markdown files (*.md *.markdown *.txt)"))
        return Path(chosen) if chosen else None

    # -- checking and publishing ---------------------------------------------------------------------

    def _work(self) -> tuple[str, str, dt.date, str, str | None]:
        loaded = self.loaded
        assert loaded is not None        # the buttons show once a document is read
        number = self.number.value().strip()
        return loaded.doc_id, self.text.toPlainText(), self.date.date(), self.summary.value(), number or None

    def _on_check(self) -> None:
        service, (doc_id, text, effective, summary, number) = self.ctx.policies, self._work()
        assert service is not None
        self._forget_check()
        self.in_background(lambda: service.prepare(doc_id, text, effective, summary, number), self._show_checked,
                           busy=(self.check, self.publish), on_answer=self._refused,
                           waiting=self.tr("Checking…"))

    def _show_checked(self, doc: PolicyDocument) -> None:
        show_status(self.status, self.tr("Nothing to change: version {version} can be published. Below, it is as "
                                         "residents will read it.").format(version=doc.version))
        self._show_preview(doc)

    def _show_preview(self, doc: PolicyDocument) -> None:
        loaded = self.loaded
        before = loaded.versions[-1].document if loaded is not None else None
        self.preview.show_document(doc, before, self.tr("Version {version}, as residents will read it").format(
            version=doc.version))
        self.preview.show()

    def _on_publish(self) -> None:
        """First the same check as Check; then the question (nothing is stored before Yes)."""
        service, (doc_id, text, effective, summary, number) = self.ctx.policies, self._work()
        assert service is not None
        self._forget_check()
        self.in_background(lambda: service.prepare(doc_id, text, effective, summary, number), self._ask,
                           busy=(self.check, self.publish), on_answer=self._refused, waiting=self.tr("Checking…"))

    def _ask(self, doc: PolicyDocument) -> None:
        title = doc.title
        if doc.doc_id == "terms":
            then = self.tr("From that day every kiosk shows it, the home screen announces it, and residents who "
                           "sign in are asked to accept the new terms before they can send anything.")
        else:
            then = self.tr("From that day every kiosk shows it and the home screen announces it.")
        set_text(self.confirm_text, self.tr("Publish version {version} of the {title}, taking effect on {date}? "
                                            "{then} A published version cannot be changed or withdrawn; a later "
                                            "version can replace it.").format(
                                                version=doc.version, title=title, date=self._day(doc.effective),
                                                then=then))
        self.confirm_box.show()
        self._show_preview(doc)

    def _on_confirm(self) -> None:
        service, actor, (doc_id, text, effective, summary, number) = self.ctx.policies, self.actor, self._work()
        assert service is not None
        self.in_background(lambda: service.publish(actor, doc_id, text, effective, summary, number),
                           self._published, busy=(self.confirm, self.not_yet, self.check, self.publish),
                           on_answer=self._refused, waiting=self.tr("Publishing…"))

    def _published(self, ver: PolicyVersion) -> None:
        self.clear()
        self.published.emit(ver)

    def _refused(self, exc: Exception) -> None:
        self.confirm_box.hide()
        if isinstance(exc, StaffRefused):
            self._say(self.tr("Only a supervisor can publish a policy."))
        elif isinstance(exc, PolicyRefused):
            self._say(self._words(exc))
        else:
            self._say(self.tr("This cannot be published as it is. Please check the fields."))

    def _words(self, refused: PolicyRefused) -> str:
        loaded = self.loaded
        latest = loaded.versions[-1].document if loaded is not None else None
        today = _town_today(self.ctx)
        return refusal_words(refused, self._day, today, latest.version if latest else "",
                             latest.effective if latest else None, loaded.next_version if loaded else "")

    def _say(self, problem: str) -> None:
        show_status(self.problem, problem, error=True)

    def _forget_check(self, *_args: object) -> None:
        """Something changed: what was checked (and the question) no longer holds."""
        for widget in (self.problem, self.status, self.confirm_box, self.preview):
            widget.hide()

    def in_background(self, work: Callable[[], Any], on_done: Callable[[Any], None], busy: tuple[QWidget, ...] = (),
                      on_answer: Callable[[Exception], None] | None = None, waiting: str = "") -> None:
        status: QLabel = self.status
        run_in_background(self, self.ctx.tasks, work, on_done, status, busy, on_answer, waiting)

    @staticmethod
    def _line(field: FormField) -> QLineEdit:
        assert isinstance(field.input, QLineEdit)       # a text field, not a choice
        return field.input

    def _day(self, day: dt.date) -> str:
        return self.ctx.town_format().day(day)

    def retranslate(self) -> None:
        loaded = self.loaded
        title = loaded.versions[-1].document.title if loaded is not None and loaded.versions else ""
        set_text(self.intro, self.tr("A new version of the {title}. It replaces the version in force on the day "
                                     "it takes effect; older versions stay readable.").format(title=title))
        set_text(self.start_current, self.tr("Start from the version in force"))
        set_text(self.open_file, self.tr("Open a Markdown file…"))
        set_text(self.text_label, self.tr("Text of the new version (Markdown)"))
        self.text.setAccessibleName(self.text_label.text())
        set_text(self.text_hint, self.tr("Markdown: # before a heading, a blank line between paragraphs, - before "
                                         "each item of a list. No HTML and no pictures."))
        self.number.set_caption(self.tr("Version number"), "")
        set_text(self.date_label, self.tr("Takes effect on (today or later, in the town's time)"))
        self.date.set_language(console_language())      # its month and weekday names, and its spoken days
        self.summary.set_caption(self.tr("Summary of changes (residents read it)"), "")
        set_text(self.check, self.tr("Check"))
        set_text(self.publish, self.tr("Publish…"))
        set_text(self.confirm, self.tr("Yes, publish"))
        set_text(self.not_yet, self.tr("Not yet"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _town_today(ctx: ConsoleContext) -> dt.date:
    from kiosk.core.town_format import town_time

    return town_time(ctx.now(), ctx.pack.timezone).date()
