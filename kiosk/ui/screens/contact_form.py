# SPDX-License-Identifier: Apache-2.0
"""One contact form, from the town pack: fill it in, review it with the notices, send or cancel,
and leave with a reference number on screen and on a printed receipt.

A signed-in resident finds their name and contact details filled in, and may change them for
this message. Where the form allows it, a resident may send without their name, and is told the
town then cannot reply. Cancel, at any step, throws everything typed away. Only a message the
database has stored is called sent: its reference number comes from that stored row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import cast

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.core.accounts import Contact
from kiosk.core.forms import CHOOSE_DEPARTMENT, Anonymous, AnswersRefused, FieldKind, FormIssue, FormSpec
from kiosk.core.pack import Department
from kiosk.core.submission_service import SentMessage
from kiosk.core.submissions import StoredSubmission
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import form_issue
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.screens.contact import form_by_id
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.form_input import FormInput
from kiosk.ui.widgets.pages import PageStack

PAGES = ("fill", "review", "sent")


class ContactFormScreen(Screen):
    screen_id = "contact_form"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "formHeading")
        self.to_line = label("subtitle", "formTo")
        self.intro = label("", "formIntro")
        self.status = label("status", "formStatus")
        self.status.hide()
        # -- fill
        self.anonymous = button("formAnonymous")
        self.anonymous.setCheckable(True)
        self.anonymous.toggled.connect(self._on_anonymous)
        self.anonymous_notice = label("notice", "formAnonymousNotice")
        self.fields_box = QVBoxLayout()
        self.fields_box.setSpacing(16)
        fill = QWidget()
        fill_layout = QVBoxLayout(fill)
        fill_layout.setContentsMargins(0, 0, 0, 0)
        fill_layout.setSpacing(16)
        fill_layout.addWidget(self.anonymous)
        fill_layout.addWidget(self.anonymous_notice)
        fill_layout.addLayout(self.fields_box)
        fill_layout.addStretch()
        # -- review
        self.review_caption = label("subtitle", "formReviewCaption")
        self.review_notices = label("notice", "formReviewNotices")
        self.review = FactsTable("formReview")
        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.setSpacing(16)
        for widget in (self.review_notices, self.review_caption, self.review):
            review_layout.addWidget(widget)
        review_layout.addStretch()
        # -- sent
        self.sent_caption = label("subtitle", "formSentCaption")
        self.reference = label("reference", "formReference")
        self.sent_body = label("", "formSentBody")
        self.receipt_status = label("status", "formReceiptStatus")
        sent = QWidget()
        sent_layout = QVBoxLayout(sent)
        sent_layout.setContentsMargins(0, 0, 0, 0)
        sent_layout.setSpacing(16)
        for widget in (self.sent_caption, self.reference, self.sent_body, self.receipt_status):
            sent_layout.addWidget(widget)
        sent_layout.addStretch()
        self.pages = PageStack()
        for page in (fill, review, sent):
            self.pages.addWidget(page)
        # -- actions, pinned below the scrolling form
        self.cancel = button("formCancel")
        self.edit = button("formEdit")
        self.to_review = button("formReviewButton", "primary")
        self.send = button("formSend", "primary")
        self.reprint = button("formReprint")
        self.done = button("formDone", "primary")
        self.cancel.clicked.connect(lambda: self.leave_typed_work(self.discard))
        self.edit.clicked.connect(lambda: self._show_page("fill"))
        self.to_review.clicked.connect(self.review_answers)
        self.send.clicked.connect(self.send_message)
        self.reprint.clicked.connect(self._print_receipt)
        self.done.clicked.connect(self._finish)
        # Send sits in the middle: never where Review was, so the tap a resident repeats after a lost
        # tap cannot send a message unseen; on the sent page nothing sits where Send was.
        self.action_bar = ActionBar(left=(self.cancel, self.edit, self.reprint), centre=(self.send,),
                                    right=(self.to_review, self.done))
        layout = self.column(spacing=12)
        for widget in (self.heading, self.to_line, self.intro, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.pages, 1)

        self.form: FormSpec | None = None
        self.department: Department | None = None
        self.inputs: list[FormInput] = []
        self.stored: StoredSubmission | None = None
        self._item: object = None
        self._sent_anonymous = False
        self._show_page("fill")

    def title(self) -> str:
        return self.tr("Contact the town")

    # --- opening a form -------------------------------------------------------------------------

    def show_item(self, item: object) -> None:
        """item: (form id, department id or None). The same form again keeps what was typed."""
        if item == self._item and self.stored is None:
            return
        if not (isinstance(item, tuple) and len(item) == 2):
            return
        form = form_by_id(self.ctx.pack.forms, str(item[0]))
        dept_id = item[1] if form is not None and form.department == CHOOSE_DEPARTMENT else \
            (form.department if form is not None else None)
        department = next((d for d in self.ctx.pack.departments if d.dept_id == dept_id), None)
        if form is None or department is None:
            return
        self._item, self.form, self.department, self.stored = item, form, department, None
        self._build_inputs(form)
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(False)
        self.anonymous.blockSignals(False)
        self.anonymous.setVisible(form.anonymous is Anonymous.ALLOWED)
        self._prefill()
        show_status(self.status, "")
        self._show_page("fill")
        self._on_anonymous(form.anonymous is Anonymous.ONLY)

    def _build_inputs(self, form: FormSpec) -> None:
        for old in self.inputs:
            old.wipe()
            old.hide()
            old.deleteLater()
        self.inputs = [FormInput(spec) for spec in form.fields]
        for widget in self.inputs:
            self.fields_box.addWidget(widget)

    def _prefill(self) -> None:
        """The signed-in resident's name and contact details, to change for this message if they like."""
        session = self.ctx.sessions.current
        if session is None or not session.signed_in or not session.may_do_business:
            return
        account_id, accounts = session.account_id, self.ctx.accounts
        assert account_id is not None       # signed in
        self.in_background(lambda: accounts.account(account_id).contact, self._fill_in, self.status)

    def _fill_in(self, contact: Contact) -> None:
        for widget in self.inputs:
            typed = widget.input
            if isinstance(typed, QLineEdit) and typed.isModified() and typed.text():
                continue                # typed meanwhile: the resident's own words stay
            prefill = widget.spec.prefill
            if prefill == "name":
                widget.set_value(f"{contact.first_name} {contact.last_name}".strip())
            elif prefill:
                value = getattr(contact, prefill, "") or ""
                widget.set_value(self.ctx.formats(self.language()).phone(value) if prefill == "phone" else value)

    def _anonymous_now(self) -> bool:
        return self.form is not None and (self.form.anonymous is Anonymous.ONLY or self.anonymous.isChecked())

    def _on_anonymous(self, _checked: bool) -> None:
        if self.form is None:
            return
        shown = {spec.field_id for spec in self.form.fields_for(self._anonymous_now())}
        for widget in self.inputs:
            widget.setVisible(widget.spec.field_id in shown)
            widget.clear_error()
        self.anonymous_notice.setVisible(self._anonymous_now())
        self.retranslate()

    # --- review, send, cancel -------------------------------------------------------------------

    def _raw(self) -> dict[str, str]:
        return {w.spec.field_id: w.value() for w in self.inputs if not w.isHidden()}

    def review_answers(self) -> None:
        if self.form is None:
            return
        if self._show_issues(self.ctx.submissions.check(self.form, self._raw(), anonymous=self._anonymous_now())):
            return
        show_status(self.status, "")
        self._show_page("review")

    def _show_issues(self, issues: Mapping[str, FormIssue]) -> bool:
        """Each issue next to its field, the first one focused; False when there is none."""
        first = None
        for widget in self.inputs:
            issue = issues.get(widget.spec.field_id)
            if issue is None:
                widget.clear_error()
            else:
                widget.show_error(form_issue(issue))
                first = first or widget
        if first is None:
            return False
        show_status(self.status, self.tr("Please check the answers marked below."), error=True)
        first.focus()
        return True

    def _fill_review(self) -> None:
        language = self.language()
        rows = [(self.tr("To"), self.department.name if self.department else "")]
        rows += [(w.spec.label_for(language), w.shown_value(language).strip() or "\u2014")
                 for w in self.inputs if not w.isHidden()]
        self.review.show_facts(rows)

    def send_message(self) -> None:
        """The service checks the answers again, picks the channels and stores the message; this
        screen waits, then shows the reference, or goes back to what must be corrected."""
        form, department, session = self.form, self.department, self.ctx.sessions.current
        if form is None or department is None or session is None:
            return
        submissions, answers, anonymous = self.ctx.submissions, self._raw(), self._anonymous_now()
        self.in_background(
            lambda: submissions.send(form, department, answers, session, anonymous=anonymous), self._on_sent,
            self.status, busy=(self.send, self.edit), on_refused=self._on_refused, waiting=self.tr("Sending…"),
            failed_text=self.tr("Sorry, your message could not be sent just now, and nothing was kept. "
                                "Please try again, or ask at the front desk."))

    def _on_refused(self, refused: AnswersRefused) -> None:
        """An answer no longer passes (e.g. a date out of range after midnight): back to the answers."""
        self._show_page("fill")
        self._show_issues(refused.issues)

    def _on_sent(self, sent: SentMessage) -> None:
        self.stored, self._sent_anonymous = sent.stored, sent.anonymous
        for widget in self.inputs:          # what was typed now lives only in the stored message
            widget.wipe()
        self._show_page("sent")
        if not self._print_receipt():
            self.ctx.outbox_wake()
        # else the outbox is woken once the receipt is out: e-mail can wait a moment, the resident not

    def discard(self) -> None:
        """Cancel: nothing typed is kept, nothing is sent."""
        for widget in self.inputs:
            widget.wipe()
        self.navigated.emit("contact_cancelled")
        self.discarded.emit()

    def _finish(self) -> None:
        self.navigated.emit("home")
        self.discarded.emit()               # the reference goes with the screen; the receipt has it

    # --- the receipt ----------------------------------------------------------------------------

    def _print_receipt(self) -> bool:
        stored, department = self.stored, self.department
        if stored is None or department is None:
            return False
        from kiosk.printing.submission_receipt import SubmissionReceipt, render_submission_receipt

        session = self.ctx.sessions.current
        receipt = SubmissionReceipt(
            town_name=self.ctx.pack.name, town_state=self.ctx.pack.state, reference=stored.reference,
            form_title=stored.form_title, department_name=stored.department_name,
            department_phone=department.phone, sent_at=self.ctx.town_time(stored.created_at),
            kiosk_id=self.ctx.kiosk_id, front_desk=self.ctx.pack.front_desk, anonymous=self._sent_anonymous,
            signed_in=bool(session and session.signed_in and session.may_do_business), timezone=self.ctx.pack.timezone,
            page=self.ctx.receipt_page())
        title = f"{self.ctx.pack.short_name} message receipt"
        return self.print_with_feedback(
            lambda: render_submission_receipt(receipt), title, self.receipt_status, self.reprint,
            printed=self.tr("Your receipt is printed. Please take it from the printer."),
            failed=self.tr("Your message was sent, but the printer is not working, so there is no paper receipt. "
                           "Please write down your reference number, or ask at the front desk."),
            after=lambda _ok: self.ctx.outbox_wake())

    # --- showing --------------------------------------------------------------------------------

    def _show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))
        self.cancel.setVisible(page != "sent")
        self.edit.setVisible(page == "review")
        self.to_review.setVisible(page == "fill")
        self.send.setVisible(page == "review")
        self.reprint.setVisible(page == "sent")
        self.done.setVisible(page == "sent")
        self.intro.setVisible(page == "fill")
        for widget in (self.heading, self.to_line):       # on the sent page, the reference comes first
            widget.setVisible(page != "sent")
        self.scroll_to_top()
        if page == "review":
            self._fill_review()
        self.retranslate()


    def retranslate(self) -> None:
        language = self.language()
        form, department = self.form, self.department
        set_text(self.heading, form.title_for(language) if form else self.tr("Contact the town"))
        set_text(self.to_line, self.tr("To: {department}").format(department=department.name) if department else "")
        set_text(self.intro, form.intro_for(language) if form else self.tr("Choose a form on the Contact screen."))
        set_text(self.anonymous, self.tr("Send without my name"),
                 self.tr("Send without my name. The town will not be able to reply."))
        if form is not None and form.anonymous is Anonymous.ONLY:
            set_text(self.anonymous_notice, self.tr("This form is anonymous: please do not write your name or "
                                                    "contact details in it."))
        else:
            set_text(self.anonymous_notice, self.tr("You are sending this without your name or contact details, so "
                                                    "the town cannot reply to you."))
        for widget in self.inputs:
            widget.retranslate(language, self.tr("optional"), self.tr("Yes"), self.tr("No"),
                               self.tr("Month/day/year, for example 03/15/2026."), self.tr("Choose one…"))
        set_text(self.review_caption, self.tr("What will be sent"))
        notices = [self.tr("Please check what will be sent. You can still change it, or cancel and nothing is kept.")]
        notices.append(self.tr("The town uses what you send only to answer you and to see trends. It may pass your "
                               "message to another department or agency better placed to answer."))
        notices.append(self.tr("Your message may become a public record under state law."))
        notices.append(self.tr("A message sent here is not legal notice to the town of any claim."))
        if self._anonymous_now():
            notices.append(self.tr("You are not giving your name or contact details: the town cannot reply."))
        set_text(self.review_notices, "\n\n".join(notices))
        if self.pages.currentIndex() == PAGES.index("review"):
            self._fill_review()
        set_text(self.sent_caption, self.tr("Your message was sent. Your reference number is:"))
        stored = self.stored
        if stored is not None:
            spoken = " ".join(stored.reference)            # read out character by character
            set_text(self.reference, stored.reference, spoken)
            if self._sent_anonymous:
                body = self.tr("The {department} will read it. You did not leave contact details, so the town "
                               "cannot reply. Quote the reference number if you ask about it.")
            else:
                body = self.tr("The {department} will read it and reply using the contact details you gave. "
                               "Quote the reference number if you ask about it.")
            set_text(self.sent_body, body.format(department=stored.department_name))
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel: nothing is kept"))
        set_text(self.edit, self.tr("Change answers"))
        set_text(self.to_review, self.tr("Review"))
        set_text(self.send, self.tr("Send"))
        set_text(self.reprint, self.tr("Print the receipt again"))
        set_text(self.done, self.tr("Done"))

    def tour_states(self) -> Iterator[str]:
        """Each of the pack's forms as it opens (a question: to the first department); the first
        also with its errors, filled in, reviewed, and sent."""
        first_department = self.ctx.pack.departments[0].dept_id if self.ctx.pack.departments else None
        for i, form in enumerate(self.ctx.pack.forms):
            self.show_item((form.form_id, first_department if form.department == CHOOSE_DEPARTMENT else None))
            if self.form is not form:
                continue
            yield form.form_id
            if i > 0:
                continue
            self.review_answers()
            yield f"{form.form_id}-errors"
            for widget in self.inputs:
                if not widget.isHidden():
                    _answer_for_tour(widget)
            self.review_answers()
            yield f"{form.form_id}-review"
            self.send_message()
            yield f"{form.form_id}-sent"


def _answer_for_tour(widget: FormInput) -> None:
    """A plausible answer, as long as real ones get, for `kiosk-admin tour`."""
    kind, inputs = widget.spec.kind, widget.input
    if widget.buttons:
        widget.buttons["yes" if kind is FieldKind.YES_NO else list(widget.buttons)[-2]].setChecked(True)
    elif kind is FieldKind.CHOICE:
        cast(ChoicePicker, inputs).setCurrentIndex(0)
    elif kind is FieldKind.LONG_TEXT:
        cast(QPlainTextEdit, inputs).setPlainText("The streetlight in front of number 1015 has been out since Monday "
                                                  "evening, and the sidewalk there is dark after five o'clock.")
    else:
        text = {FieldKind.EMAIL: "mj.castellanos@example.com", FieldKind.PHONE: "(203) 555-0123",
                FieldKind.DATE: "03/15/2026", FieldKind.ADDRESS: "1015 Post Road East"}.get(
                    kind, "María José Castellanos-Whitfield")
        widget.set_value(text[:max(widget.spec.max_length, 1)])
