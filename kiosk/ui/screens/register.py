# SPDX-License-Identifier: Apache-2.0
"""Create an account, one step at a time: user name, password, security question, contact,
licences (optional), review, then the town's terms. Accept creates the account; Decline or
Cancel, at any step, discards everything typed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from kiosk.core.accounts import CONTACT_FIELDS, AccountView, Contact, FieldError, FieldErrors, Registration
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import field_error
from kiosk.ui.screens.accounts_away import AccountsAway, accounts_unavailable
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.screens.register_pages import ContactPage, DonePage, ReviewPage, TermsPage
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.licences import LicenceEditor
from kiosk.ui.widgets.pages import PageStack

STEPS = ("username", "password", "security", "contact", "licences", "review", "terms")


class RegisterScreen(Screen):
    screen_id = "register"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        rules = ctx.accounts.rules
        self._password = ""          # kept only between the password step and Accept
        self.step_label = label("step", "registerStep")
        self.progress = QProgressBar()
        self.progress.setObjectName("registerProgress")
        self.progress.setRange(0, len(STEPS))
        self.progress.setTextVisible(False)
        self.heading = label("title", "registerHeading")
        self.help = label("", "registerHelp")
        self.status = label("status", "registerStatus")
        self.status.hide()
        self.away = AccountsAway("register")
        self.away.chosen.connect(self.navigated.emit)
        self.pages = PageStack()
        self.username = FormField("username", max_length=30)
        self.password = FormField("password", "password", max_length=20)
        self.password_again = FormField("password_again", "password", max_length=20)
        reveal, reveal_again = self.password.reveal, self.password_again.reveal
        assert reveal is not None and reveal_again is not None     # password fields have one
        reveal_again.hide()
        reveal.toggled.connect(lambda on: reveal_again.setChecked(on))  # see search.py
        self.strength = QProgressBar()
        self.strength.setObjectName("passwordStrength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_label = label("", "passwordStrengthLabel")
        cast(QLineEdit, self.password.input).textChanged.connect(self._update_strength)
        self.question = FormField("security_question", "choice", choices=rules.security_questions)
        self.answer = FormField("security_answer", max_length=100)
        self.contact = ContactPage(rules)
        self.licences = LicenceEditor(rules.licence_types, rules.town_state)
        self.review = ReviewPage()
        self.review.edit_requested.connect(self.go_to)
        self.terms = TermsPage(ctx.pack.policy("terms", ctx.today()))
        self.done = DonePage()
        self._account: AccountView | None = None
        for fields in ((self.username,), (self.password, self.password_again, self.strength, self.strength_label),
                       (self.question, self.answer)):
            self.pages.addWidget(_page(*fields))
        for page in (self.contact, _page(self.licences), self.review, self.terms, self.done):
            self.pages.addWidget(page)
        self.cancel = button("registerCancel")
        self.back_step = button("registerBack")
        self.next = button("registerNext", "primary")
        self.decline = button("registerDecline")
        self.accept = button("registerAccept", "primary")
        self.reprint = button("registerReprint")
        self.finished = button("registerDoneHome", "primary")
        self.cancel.clicked.connect(lambda: self.leave_typed_work(self.discard))
        self.decline.clicked.connect(lambda: self.leave_typed_work(self.discard))
        self.back_step.clicked.connect(lambda: self.go_to(STEPS[max(self.step - 1, 0)]))
        self.next.clicked.connect(self.next_step)
        self.accept.clicked.connect(self.create_account)
        self.reprint.clicked.connect(self._print_receipt)
        self.finished.clicked.connect(lambda: self.navigated.emit("home"))
        # Accept sits in the middle, never where Next was on the step before (see ActionBar).
        self.action_bar = ActionBar(left=(self.cancel, self.decline, self.back_step, self.reprint),
                                    centre=(self.accept,), right=(self.next, self.finished))
        layout = self.column(spacing=12)
        for widget in (self.step_label, self.progress, self.heading, self.help, self.status, self.away):
            layout.addWidget(widget)
        layout.addWidget(self.pages, 1)
        self.step: int = 0
        self.go_to("username")

    def title(self) -> str:
        return self.tr("Create an account")

    # -- moving between steps ---------------------------------------------------------------

    def go_to(self, step: str) -> None:
        self.step = STEPS.index(step)
        show_status(self.status, "")
        self.pages.setCurrentIndex(self.step)
        self.scroll_to_top()
        if step == "review":
            self.review.show_draft(self._draft(), self.ctx.accounts.rules, self.ctx.formats(self.language()).phone)
        if step == "password" and self._password:
            self._password = ""      # a password is typed again, never shown back
        self.retranslate()

    def next_step(self) -> None:
        step = STEPS[self.step]
        if step == "username":        # the one step that asks the database: is the name free?
            draft, accounts = self._draft(), self.ctx.accounts
            self.away.hide()
            self.in_background(lambda: accounts.validate_step(step, draft),
                               lambda errors: self._checked(step, errors), self.status, busy=(self.next,),
                               failed_text=accounts_unavailable(), on_failed=self.away.show)
            return
        self._checked(step, {} if step == "review" else self.ctx.accounts.validate_step(step, self._draft()))

    def _checked(self, step: str, errors: dict[str, FieldError]) -> None:
        if STEPS[self.step] != step:       # the resident went elsewhere meanwhile
            return
        if errors:
            self._show_errors(errors)
            return
        if step == "password":
            self._password = self.password.value()
            self.password.wipe()
            self.password_again.wipe()
        self.go_to(STEPS[self.step + 1])

    def discard(self) -> None:
        """Cancel or Decline: nothing is kept; the visitor can still search records."""
        self._password = ""
        self.navigated.emit("register_cancelled")
        self.discarded.emit()

    # -- creating the account -------------------------------------------------------------------

    def create_account(self) -> None:
        registration = self._draft()
        terms = self.terms.document
        accounts = self.ctx.accounts
        self.accept.setEnabled(False)
        self.decline.setEnabled(False)
        set_text(self.help, self.tr("Creating your account…"))
        self.ctx.tasks.run(self, lambda: accounts.register(registration, terms), self._on_created, self._on_failed)

    def _on_created(self, account: AccountView) -> None:
        self._password = ""
        session = self.ctx.sessions.current
        if session is not None:
            session.sign_in(account.account_id, account.username, may_do_business=True)
        self._account = account
        self.done.show_account(account, self.ctx.formats(self.language()).moment(account.created_at))
        self.step = len(STEPS)
        self.pages.setCurrentWidget(self.done)
        self.scroll_to_top()
        self.retranslate()
        self._print_receipt()

    def _print_receipt(self) -> None:
        from kiosk.printing.receipts import AccountReceipt, render_account_receipt  # reportlab: not at start-up

        ctx, account = self.ctx, self._account
        if account is None:
            return
        receipt = AccountReceipt(
            town_name=ctx.pack.name, town_state=ctx.pack.state, username=account.username,
            created_at=ctx.town_time(account.created_at), kiosk_id=ctx.kiosk_id, front_desk=ctx.pack.front_desk,
            website=ctx.pack.website, terms_title=self.terms.document.title,
            terms_version=self.terms.document.version, timezone=ctx.pack.timezone, page=ctx.receipt_page())
        self.print_with_feedback(
            lambda: render_account_receipt(receipt), f"{ctx.pack.short_name} account receipt", self.done.status,
            self.reprint, printed=self.tr("Your receipt is printing. Please take it with you."),
            failed=self.tr("The printer is not working right now, so no receipt was printed. "
                           "Your account was created: the details are on this screen."),
            after=lambda ok: self.reprint.setVisible(not ok))

    def _on_failed(self, exc: Exception) -> None:
        self.accept.setEnabled(True)
        self.decline.setEnabled(True)
        if isinstance(exc, FieldErrors):
            first = next(s for s in STEPS if any(_step_of(k) == s for k in exc.errors))
            if first == "password":
                self._password = ""
            self.go_to(first)
            self._show_errors(exc.errors)
            return
        set_text(self.help, self.tr("Sorry, your account could not be created just now. Nothing was saved. "
                                    "Please try again, or ask at the front desk."))
        self.away.show()            # searching and writing to the town need no account

    # -- helpers ----------------------------------------------------------------------------------

    def _draft(self) -> Registration:
        return Registration(
            username=self.username.value(),
            password=self._password or self.password.value(),
            password_again=self._password or self.password_again.value(),
            security_question=self.question.value(),
            security_answer=self.answer.value(),
            contact=self.contact.contact(),
            licences=self.licences.licences(),
        )

    def _show_errors(self, errors: dict[str, FieldError]) -> None:
        fields = {"username": self.username, "password": self.password, "password_again": self.password_again,
                  "security_question": self.question, "security_answer": self.answer}
        for name, error in errors.items():
            if name in fields:
                fields[name].show_error(field_error(error))
        self.contact.show_errors(errors)
        self.licences.show_errors(errors)

    def _update_strength(self, text: str) -> None:
        score = self.ctx.accounts.password_strength(text, self.username.value()) if text else 0
        self.strength.setValue(score)
        words = (self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong"))
        set_text(self.strength_label, self.tr("Strength: {word}").format(word=words[score]) if text else "")
        self.strength.setAccessibleName(self.strength_label.text() or self.tr("Password strength"))

    def retranslate(self) -> None:
        optional = self.tr("optional")
        self.username.set_caption(self.tr("User name"), optional)
        self.password.set_caption(self.tr("Password"), optional)
        self.password_again.set_caption(self.tr("Type the password again"), optional)
        self.question.set_caption(self.tr("Security question"), optional)
        self.answer.set_caption(self.tr("Your answer"), optional)
        self.contact.retranslate()
        self.licences.retranslate()
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel and discard everything"))
        set_text(self.back_step, self.tr("Previous step"))
        set_text(self.next, self.tr("Next"))
        set_text(self.decline, self.tr("Decline"), self.tr("Decline the terms and discard everything"))
        set_text(self.accept, self.tr("Accept and create my account"))
        set_text(self.reprint, self.tr("Try printing again"))
        set_text(self.finished, self.tr("Continue"))
        self._update_strength(self.password.value())
        headings = {
            "username": (self.tr("Choose a user name"),
                         self.tr("3 to 30 letters or digits; you may use . _ and -. You will sign in with it.")),
            "password": (self.tr("Choose a password"),
                         self.tr("8 to 20 characters. Avoid common words; a few unrelated words make a strong password.")),
            "security": (self.tr("Security question"),
                         self.tr("If you forget your password, you will answer this question to set a new one.")),
            "contact": (self.tr("Your contact details"),
                        self.tr("So the town can reach you about your business. Fields marked optional can be left empty.")),
            "licences": (self.tr("Licensed professionals (optional)"),
                         self.tr("If you are registering as a licensed professional, add your license numbers. "
                                 "Otherwise tap Next.")),
            "review": (self.tr("Check your details"), self.tr("Tap Edit to change a part.")),
            "terms": (self.tr("Terms & conditions"),
                      self.tr("Please read the town's terms. You must accept them to do business with the town.")),
        }
        on_done = self.step >= len(STEPS)
        heading, help_text = (self.tr("Your account is ready"), "") if on_done else headings[STEPS[self.step]]
        set_text(self.heading, heading)
        set_text(self.help, help_text)
        shown = min(self.step + 1, len(STEPS))
        set_text(self.step_label, "" if on_done else self.tr("Step {n} of {total}").format(n=shown, total=len(STEPS)))
        self.progress.setValue(shown)
        self.progress.setAccessibleName(self.step_label.text() or self.tr("Done"))
        self.progress.setVisible(not on_done)
        on_terms = not on_done and STEPS[self.step] == "terms"
        self.next.setVisible(not on_done and not on_terms)
        self.accept.setVisible(on_terms)
        self.decline.setVisible(on_terms)
        self.cancel.setVisible(not on_done and not on_terms)
        self.back_step.setVisible(not on_done and self.step > 0)
        self.finished.setVisible(on_done)
        if not on_done:
            self.reprint.hide()
        self.review.retranslate()
        self.terms.retranslate()
        self.done.retranslate()

    def tour_states(self) -> Iterator[str]:
        """The first step empty and with its errors, then every step filled in as a resident
        would (a fresh user name each visit), and the account created."""
        session = self.ctx.sessions.current
        rules, password = self.ctx.accounts.rules, "Maple-Harbor-72"

        def passwords() -> None:
            self.password.set_value(password)
            self.password_again.set_value(password)

        def security() -> None:
            self.question.set_value(rules.security_questions[0])
            self.answer.set_value("heron")

        answers = {
            "username": lambda: self.username.set_value(f"resident{session.token[:8] if session else ''}"),
            "password": passwords,
            "security": security,
            "contact": lambda: self.contact.set_contact(Contact(
                first_name="María José", last_name="Castellanos-Whitfield", state=rules.town_state,
                phone="2035550123", email="mj.castellanos@example.com")),
        }
        self.go_to(STEPS[0])
        yield f"{STEPS[0]}-empty"
        self.next_step()
        yield f"{STEPS[0]}-errors"
        for step in STEPS:
            answers.get(step, lambda: None)()
            yield step
            if step != STEPS[-1]:
                self.next_step()
        self.create_account()
        yield "done"


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(16)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch()
    return page


def _step_of(field_name: str) -> str:
    if field_name in ("username",):
        return "username"
    if field_name in ("password", "password_again"):
        return "password"
    if field_name in ("security_question", "security_answer"):
        return "security"
    if field_name in CONTACT_FIELDS:
        return "contact"
    return "licences"
