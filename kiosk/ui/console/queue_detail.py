# SPDX-License-Identifier: Apache-2.0
"""One message of the queue in full, and what staff do with it: change its state, assign it,
redirect it to another department with a note, add an internal note, respond to the resident from
the state's template (edited before it goes), retry a failed e-mail, print a staff copy.

Two histories, shown apart as the core keeps them: what the resident sees under My requests, and
staff's own record, marked as internal. Every action is the queue service's, off the GUI thread;
once one is done the message is read again and the list behind it refreshed (``changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.queue import NOTE_MAX, QueueDetail, ResponseDraft
from kiosk.core.town_format import TownFormat, town_format
from kiosk.ui.console import queue_words as words
from kiosk.ui.console.queue_list import ChoiceField, TextField, choice_and_button
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.keyboard import set_keyboard_kind
from kiosk.ui.widgets.touch_button import TouchButton

if TYPE_CHECKING:
    from kiosk.ui.console.queue import QueuePage as Page

NOBODY = "nobody"
TEXT_LINES = 5                   # a note's or a response's box shows this many lines before it scrolls


class QueueDetailView(QWidget):
    closed = Signal()                    # Back to the list
    changed = Signal()                   # something was done to the message: the list is out of date

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("queueDetail")
        self.detail: QueueDetail | None = None
        self._retry_rows: list[QWidget] = []
        self.back = button("queueBack")
        self.back.clicked.connect(self.closed)
        self.heading = label("title", "queueDetailHeading")
        self.facts = FactsTable("queueFacts")
        self.sender_heading = label("subtitle", "queueSenderHeading")
        self.sender_facts = FactsTable("queueSender")
        self.anonymous = label("hint", "queueAnonymous")
        self.answers_heading = label("subtitle", "queueAnswersHeading")
        self.answers = FactsTable("queueAnswers")
        self.public_heading = label("subtitle", "queuePublicHeading")
        self.public_history = label("", "queuePublicHistory")
        self.staff_heading = label("subtitle", "queueStaffHeading")
        self.staff_hint = label("notice", "queueStaffHint")
        self.staff_history = label("", "queueStaffHistory")
        self.deliveries_heading = label("subtitle", "queueDeliveriesHeading")
        self.deliveries = QVBoxLayout()
        self.deliveries.setContentsMargins(0, 0, 0, 0)
        self.deliveries.setSpacing(8)
        self.retry_status = label("status", "queueRetryStatus")
        # -- change the state
        self.state_heading = label("subtitle", "queueStateHeading")
        self.state = ChoiceField("queueDetailState")
        self.public_note = TextField("queueDetailPublicNote", optional=True, max_length=NOTE_MAX)
        self.set_state = button("queueDetailSetState")
        self.state_status = label("status", "queueStateStatus")
        self.set_state.clicked.connect(self._on_set_state)
        # -- assign
        self.assign_heading = label("subtitle", "queueAssignHeading")
        self.assignee = ChoiceField("queueDetailAssignee")
        self.assign = button("queueDetailAssign")
        self.assign_status = label("status", "queueAssignStatus")
        self.assign.clicked.connect(self._on_assign)
        # -- redirect
        self.redirect_heading = label("subtitle", "queueRedirectHeading")
        self.department = ChoiceField("queueDetailDepartment")
        self.redirect_note = TextField("queueDetailRedirectNote", optional=True, max_length=NOTE_MAX)
        self.redirect = button("queueDetailRedirect")
        self.redirect_status = label("status", "queueRedirectStatus")
        self.redirect.clicked.connect(self._on_redirect)
        # -- internal note
        self.note_heading = label("subtitle", "queueNoteHeading")
        self.note_label = label("fieldLabel", "queueNoteLabel")
        self.note = _text_box("queueDetailNote", self.note_label)
        self.add_note = button("queueDetailAddNote")
        self.note_status = label("status", "queueNoteStatus")
        self.add_note.clicked.connect(self._on_add_note)
        # -- respond
        self.respond_heading = label("subtitle", "queueRespondHeading")
        self.template = ChoiceField("queueDetailTemplate")
        self.use_template = button("queueDetailUseTemplate")
        self.response_label = label("fieldLabel", "queueResponseLabel")
        self.response = _text_box("queueDetailResponse", self.response_label)
        self.recipient = label("notice", "queueRecipient")
        self.send = button("queueDetailSend", "primary")
        self.respond_status = label("status", "queueRespondStatus")
        self.use_template.clicked.connect(self._on_use_template)
        self.send.clicked.connect(self._on_send)
        self._draft: ResponseDraft | None = None
        # -- print
        self.print_heading = label("subtitle", "queuePrintHeading")
        self.print = button("queueDetailPrint")
        self.print_status = label("status", "queuePrintStatus")
        self.print.clicked.connect(self._on_print)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for widget in (button_row(self.back), self.heading, self.facts, self.sender_heading, self.sender_facts, self.anonymous,
                       self.answers_heading, self.answers, self.public_heading, self.public_history,
                       self.staff_heading, self.staff_hint, self.staff_history, self.deliveries_heading):
            column.addWidget(widget)
        column.addLayout(self.deliveries)
        for widget in (self.retry_status,
                       self.state_heading, self.state, self.public_note, button_row(self.set_state),
                       self.state_status,
                       self.assign_heading, choice_and_button(self.assignee, self.assign), self.assign_status,
                       self.redirect_heading, self.department, self.redirect_note, button_row(self.redirect),
                       self.redirect_status,
                       self.note_heading, self.note_label, self.note, button_row(self.add_note), self.note_status,
                       self.respond_heading, choice_and_button(self.template, self.use_template), self.response_label,
                       self.response, self.recipient, button_row(self.send), self.respond_status,
                       self.print_heading, button_row(self.print), self.print_status):
            column.addWidget(widget)
        for status in self._statuses():
            status.hide()
        printable = page.ctx.printer is not None
        for widget in (self.print_heading, self.print):
            widget.setVisible(printable)

    # -- showing ---------------------------------------------------------------------------------

    def fill_choices(self, staff: list[tuple[str, int]]) -> None:
        lang = words.language()
        states = [(s.label_for(lang), s.state_id) for s in self.page.states()]
        self.state.picker.set_items(states)
        self.template.picker.set_items(states)
        self.assignee.picker.set_items([(self.tr("Me"), self.page.member.staff_id),
                                       (self.tr("Nobody (take it off everyone)"), NOBODY), *staff])
        self.department.picker.set_items([(d.name, d.dept_id) for d in self.page.ctx.pack.departments])

    def open(self, submission_id: int) -> None:
        """Start on a message afresh: nothing typed for another message stays."""
        self.detail = None
        for status in self._statuses():
            show_status(status, "")
        for field in (self.public_note, self.redirect_note):
            field.set_value("")
        self.note.setPlainText("")
        self.response.setPlainText("")
        self._draft = None
        self.template.picker.setCurrentIndex(-1)         # chosen again for this message's state
        self._load(submission_id)

    def _load(self, submission_id: int, then: Callable[[], None] | None = None) -> None:
        queue, actor = self.page.queue, self.page.actor

        def shown(detail: QueueDetail) -> None:
            self._show(detail)
            if then is not None:
                then()

        self.page.in_background(lambda: queue.detail(actor, submission_id), shown, self.state_status,
                                on_answer=lambda exc: show_status(self.state_status, words.refusal(exc), error=True))

    def _show(self, detail: QueueDetail) -> None:
        self.detail = detail
        record, sub = detail.record, detail.record.submission
        lang = words.language()
        fmt = self._format()
        settings = self.page.settings()
        set_text(self.heading, f"{sub.form_title} {record.reference}")
        if detail.due_at is None:
            due = self.tr("No due date")
        elif detail.overdue:
            due = self.tr("{date}: OVERDUE").format(date=fmt.moment(detail.due_at))
        else:
            due = fmt.moment(detail.due_at)
        self.facts.show_facts([
            (self.tr("Reference"), record.reference), (self.tr("Form"), sub.form_title),
            (self.tr("Department"), sub.department_name),
            (self.tr("State"), settings.state(record.status).label_for(lang)),
            (self.tr("Assigned to"), detail.assignee_name or self.tr("Nobody yet")), (self.tr("Due"), due),
            (self.tr("Sent"), self.tr("{when} at kiosk {kiosk}").format(when=fmt.moment(record.created_at),
                                                                        kiosk=record.kiosk_id))])
        sender = sub.sender
        facts = [] if sender is None else [(name, value) for name, value in (
            (self.tr("Name"), sender.name), (self.tr("E-mail"), sender.email),
            (self.tr("Phone"), fmt.phone(sender.phone) if sender.phone else "")) if value]
        self.sender_facts.show_facts(facts)
        self.sender_facts.setVisible(bool(facts))
        self.anonymous.setVisible(not facts)
        self.answers.show_facts([(a.label, a.value or self.tr("(left empty)")) for a in sub.answers])
        set_text(self.public_history, "\n".join(
            f"{fmt.moment(c.at)}: {settings.state(c.status).label_for(lang)}" + (f"\n    {c.note}" if c.note else "")
            for c in record.history) or self.tr("Nothing yet."))
        labels = {s.state_id: s.label_for(lang) for s in settings.states}
        departments = {d.dept_id: d.name for d in self.page.ctx.pack.departments}
        lines = []
        for e in detail.events:
            lines.append(f"{fmt.moment(e.at)}: {words.event(e, labels, departments)} ({e.actor})")
            if e.text:
                marker = self.tr("Internal, never shown to the resident:") if words.internal(e) else \
                    self.tr("Sent to the resident:") if e.kind.value == "response" else \
                    self.tr("Note shown to the resident:")
                lines.append(f"    {marker} " + e.text.replace("\n", "\n    "))
        set_text(self.staff_history, "\n".join(lines) or self.tr("Nothing yet."))
        self._show_deliveries(detail, fmt)
        self.state.picker.blockSignals(True)
        self.state.picker.setCurrentIndex(self.state.picker.findData(record.status))
        self.state.picker.blockSignals(False)
        if self.template.picker.currentIndex() < 0:       # the state's own template, else the next with one
            ids = [s.state_id for s in settings.states]
            after = ids[ids.index(record.status):] if record.status in ids else ids
            chosen = next((i for i in after if i in settings.templates), record.status)
            self.template.picker.setCurrentIndex(self.template.picker.findData(chosen))
        self.department.picker.setCurrentIndex(-1)
        self._word_recipient()

    def _show_deliveries(self, detail: QueueDetail, fmt: TownFormat) -> None:
        for row in self._retry_rows:
            self.deliveries.removeWidget(row)
            row.deleteLater()
        self._retry_rows = []
        shown = list(detail.deliveries)
        if not shown:
            none = label("", "queueNoDeliveries")
            set_text(none, self.tr("Nothing to deliver: it waits in the staff queue only."))
            self._add_delivery_row(none)
        for i, d in enumerate(shown):
            status = d.status
            moment = fmt.moment(status.delivered_at or status.next_attempt_at)
            text = label("error" if status.state.value == "failed" else "", f"queueDelivery{i}")
            set_text(text, words.delivery(status, moment))
            retry = None
            if words.retryable(status):
                retry = button(f"queueDeliveryRetry{i}")
                set_text(retry, self.tr("Retry now"), self.tr("Retry: {what}").format(what=words.channel(status.channel)))
                retry.clicked.connect(lambda _=False, did=d.delivery_id, b=retry: self._on_retry(did, b))
            self._add_delivery_row(text, retry)

    def _add_delivery_row(self, text: QLabel, retry: QWidget | None = None) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(text, 1)
        if retry is not None:
            retry.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignTop)
        self.deliveries.addWidget(row)
        self._retry_rows.append(row)

    # -- actions ---------------------------------------------------------------------------------

    def _act(self, work: Callable[[Any, Any, int], Any], status: QLabel, busy: TouchButton, done: str,
             after: Callable[[Any], None] | None = None) -> None:
        """``work(queue, actor, submission_id)`` off the GUI thread; then ``done`` said under the action,
        the message read again and the list told."""
        detail = self.detail
        if detail is None:
            return
        queue, actor, sid = self.page.queue, self.page.actor, detail.record.submission_id

        def finished(value: Any) -> None:
            show_status(status, done)
            if after is not None:
                after(value)
            self._load(sid)
            self.changed.emit()

        self.page.in_background(lambda: work(queue, actor, sid), finished, status, busy=(busy,),
                                on_answer=lambda exc: show_status(status, words.refusal(exc), error=True))

    def _on_set_state(self) -> None:
        state, note = self.state.picker.currentData(), self.public_note.value()
        if state is None:
            show_status(self.state_status, self.tr("Please choose a state first."), error=True)
            return
        self._act(lambda q, a, sid: q.set_state(a, [sid], state, note), self.state_status, self.set_state,
                  self.tr("The state is now {state}.").format(state=self.state.value()),
                  after=lambda _n: self.public_note.set_value(""))

    def _on_assign(self) -> None:
        who = self.assignee.picker.currentData()
        if who is None:
            show_status(self.assign_status, self.tr("Please choose who takes it first."), error=True)
            return
        staff_id = None if who == NOBODY else who
        self._act(lambda q, a, sid: q.assign(a, [sid], staff_id), self.assign_status, self.assign,
                  self.tr("Assigned to {who}.").format(who=self.assignee.value()) if staff_id is not None
                  else self.tr("It is now assigned to nobody."))

    def _on_redirect(self) -> None:
        department, note = self.department.picker.currentData(), self.redirect_note.value()
        if department is None:
            show_status(self.redirect_status, self.tr("Please choose the department first."), error=True)
            return
        self._act(lambda q, a, sid: q.redirect(a, sid, department, note), self.redirect_status, self.redirect,
                  self.tr("Redirected to {department}. The resident's My requests shows it there now.").format(
                      department=self.department.value()), after=lambda _n: self.redirect_note.set_value(""))

    def _on_add_note(self) -> None:
        text = self.note.toPlainText()
        self._act(lambda q, a, sid: q.add_note(a, sid, text), self.note_status, self.add_note,
                  self.tr("The internal note is kept. The resident never sees it."),
                  after=lambda _n: self.note.setPlainText(""))

    def _on_use_template(self) -> None:
        detail, state = self.detail, self.template.picker.currentData()
        if detail is None or state is None:
            show_status(self.respond_status, self.tr("Please choose the state to respond with first."), error=True)
            return
        queue, actor, sid = self.page.queue, self.page.actor, detail.record.submission_id

        def drafted(draft: ResponseDraft) -> None:
            self._draft = draft
            self.response.setPlainText(draft.text)
            self._word_recipient()
            show_status(self.respond_status, self.tr("Edit the text as needed, then Send the response.") if draft.text
                        else self.tr("This state has no template: type the response."))

        self.page.in_background(lambda: queue.draft_response(actor, sid, state), drafted, self.respond_status,
                                busy=(self.use_template,), on_answer=lambda exc: show_status(
                                    self.respond_status, words.refusal(exc), error=True))

    def _on_send(self) -> None:
        state, text = self.template.picker.currentData(), self.response.toPlainText()
        if state is None:
            show_status(self.respond_status, self.tr("Please choose the state to respond with first."), error=True)
            return
        email = self._email()
        self._act(lambda q, a, sid: q.respond(a, sid, state, text), self.respond_status, self.send,
                  self.tr("Sent: the e-mail to {email} goes out in the next minute or so.").format(email=email)
                  if email else self.tr("Kept in the message's history. It was not e-mailed: the resident left no "
                                        "e-mail address."),
                  after=lambda _id: self.response.setPlainText(""))

    def _on_retry(self, delivery_id: int, trigger: TouchButton) -> None:
        self._act(lambda q, a, sid: q.retry_delivery(a, sid, delivery_id), self.retry_status, trigger,
                  self.tr("Queued again: it is tried at once."))

    def _on_print(self) -> None:
        printer, ctx = self.page.ctx.printer, self.page.ctx
        if printer is None:
            return

        def work(queue: Any, actor: Any, sid: int) -> Any:
            from kiosk.printing.submission_sheet import render_submission_sheet, sheet_from

            detail = queue.printed(actor, sid, staff_copy=True)
            sheet = sheet_from(detail, queue.settings, town_name=ctx.pack.name, town_state=ctx.pack.state,
                               timezone=ctx.pack.timezone, printed_at=words.utc(ctx.now()), kiosk_id=ctx.kiosk_id,
                               staff_copy=True)
            # The spooler's title names the reference only: no one's name in a print queue.
            return printer.submit(render_submission_sheet(sheet), f"Message {detail.record.reference} (staff copy)")

        self._act(work, self.print_status, self.print,
                  self.tr("The staff copy was sent to the printer. It carries the internal notes: keep it from "
                          "the resident."))

    # -- words -----------------------------------------------------------------------------------

    def _email(self) -> str | None:
        if self._draft is not None:
            return self._draft.to_email
        sender = self.detail.record.submission.sender if self.detail is not None else None
        return sender.email if sender is not None and sender.email else None

    def _word_recipient(self) -> None:
        email = self._email()
        set_text(self.recipient, self.tr("Send e-mails the response to the resident at {email} and moves the "
                                         "message to the state chosen above.").format(email=email) if email else
                 self.tr("The resident left no e-mail address: this response cannot be e-mailed. Send keeps it in "
                         "the message's history and moves the message to the state chosen above; phone or post "
                         "it if they left a way."))

    def _format(self) -> TownFormat:
        return town_format(self.page.ctx.pack.timezone, words.language())

    def _statuses(self) -> tuple[QLabel, ...]:
        return (self.retry_status, self.state_status, self.assign_status, self.redirect_status, self.note_status,
                self.respond_status, self.print_status)

    def retranslate(self) -> None:
        set_text(self.back, self.tr("Back to the list"))
        set_text(self.sender_heading, self.tr("From"))
        set_text(self.anonymous, self.tr("Sent without a name: the town cannot reply."))
        set_text(self.answers_heading, self.tr("What the resident sent"))
        set_text(self.public_heading, self.tr("History the resident sees (My requests)"))
        set_text(self.staff_heading, self.tr("Staff history"))
        set_text(self.staff_hint, self.tr("Internal, never shown to the resident: staff's changes and notes."))
        set_text(self.deliveries_heading, self.tr("Deliveries"))
        set_text(self.state_heading, self.tr("Change the state"))
        self.state.set_caption(self.tr("New state"), "")
        self.public_note.set_caption(self.tr("Note the resident will see with it"), self.tr("optional"))
        set_text(self.set_state, self.tr("Change state"))
        set_text(self.assign_heading, self.tr("Assign"))
        self.assignee.set_caption(self.tr("Who takes it"), "")
        set_text(self.assign, self.tr("Assign"))
        set_text(self.redirect_heading, self.tr("Redirect to another department"))
        self.department.set_caption(self.tr("Department"), "")
        self.redirect_note.set_caption(self.tr("Internal note for that department"), self.tr("optional"))
        set_text(self.redirect, self.tr("Redirect"))
        set_text(self.note_heading, self.tr("Internal note"))
        set_text(self.note_label, self.tr("Note for staff (never shown to the resident)"))
        self.note.setAccessibleName(self.note_label.text())
        set_text(self.add_note, self.tr("Add internal note"))
        set_text(self.respond_heading, self.tr("Respond to the resident"))
        self.template.set_caption(self.tr("Respond with the template of the state"), "")
        set_text(self.use_template, self.tr("Use this template"))
        set_text(self.response_label, self.tr("Response (edit it before sending)"))
        self.response.setAccessibleName(self.response_label.text())
        set_text(self.send, self.tr("Send the response"))
        set_text(self.print_heading, self.tr("Print"))
        set_text(self.print, self.tr("Print a staff copy"))
        self._word_recipient()
        if self.detail is not None:
            self._show(self.detail)


def _text_box(name: str, caption: QLabel) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)            # Tab leaves the box, as in the other fields
    set_keyboard_kind(box, "text")
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + 24)
    caption.setBuddy(box)
    return box
