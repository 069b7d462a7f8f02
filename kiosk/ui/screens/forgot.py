# SPDX-License-Identifier: Apache-2.0
"""Forgotten password: the user name, then the security question's answer and a new password.
Wrong answers count toward the same lockout as wrong passwords, and a locked name is told so at
the first step, in the same words whether or not the name exists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.core.account_service import RecoveryStart, SignedIn
from kiosk.core.accounts import FieldErrors, SignInOutcome, SignInResult
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import field_error
from kiosk.ui.screens.accounts_away import AccountsAway, accounts_unavailable
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.screens.signin import after_sign_in, sign_in_refusal
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.form import FormField


class ForgotScreen(Screen):
    screen_id = "forgot"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "forgotHeading")
        self.username = FormField("forgot_username", max_length=30)
        self.question = label("subtitle", "forgotQuestion")
        self.answer = FormField("forgot_answer", max_length=100)
        self.password = FormField("forgot_password", "password", max_length=20)
        self.password_again = FormField("forgot_password_again", "password", max_length=20)
        reveal, reveal_again = self.password.reveal, self.password_again.reveal
        assert reveal is not None and reveal_again is not None     # password fields have one
        reveal_again.hide()
        reveal.toggled.connect(lambda on: reveal_again.setChecked(on))  # see search.py
        self.message = label("status", "forgotMessage")
        self.away = AccountsAway("forgot")
        self.away.chosen.connect(self.navigated.emit)
        self.next = button("forgotNext", "primary")
        self.submit = button("forgotSubmit", "primary")
        self.other_name = button("forgotOtherName")
        self.next.clicked.connect(self.ask_question)
        self.submit.clicked.connect(self.recover)
        self.other_name.clicked.connect(self._first_step)
        # Setting the password sits in the middle, never where "Show my question" was.
        self.action_bar = ActionBar(left=(self.other_name,), centre=(self.submit,), right=(self.next,))
        layout = self.column()
        for widget in (self.heading, self.username, self.message, self.away, self.question, self.answer, self.password,
                       self.password_again):
            layout.addWidget(widget)
        layout.addStretch()
        self._second_step(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Forgot your password?")

    def _second_step(self, shown: bool) -> None:
        for widget in (self.question, self.answer, self.password, self.password_again, self.submit, self.other_name):
            widget.setVisible(shown)
        self.next.setVisible(not shown)
        cast(QLineEdit, self.username.input).setReadOnly(shown)

    def _first_step(self) -> None:
        for field in (self.answer, self.password, self.password_again):
            field.wipe()
        show_status(self.message, "")
        self._second_step(False)
        self.username.input.setFocus()

    def ask_question(self) -> None:
        name = self.username.value()
        if not name.strip():
            self.username.show_error(self.tr("Please type your user name."))
            return
        accounts = self.ctx.accounts
        self.away.hide()
        self.in_background(lambda: accounts.start_recovery(name), self._on_question, self.message,
                           busy=(self.next,), waiting=self.tr("One moment…"), failed_text=accounts_unavailable(),
                           on_failed=self.away.show)

    def _on_question(self, start: RecoveryStart) -> None:
        if start.locked:                       # said now, before anything is typed for nothing
            refusal = SignInResult(SignInOutcome.LOCKED, locked_until=start.locked_until, attempts_left=0)
            show_status(self.message, sign_in_refusal(self, refusal), error=True)
            return
        show_status(self.message, "")
        set_text(self.question, start.question)
        self._second_step(True)
        self.scroll_to_top()
        self.answer.input.setFocus()

    def recover(self) -> None:
        name, answer = self.username.value(), self.answer.value()
        new, again = self.password.value(), self.password_again.value()
        for field in (self.answer, self.password, self.password_again):
            field.wipe()              # secrets are not kept in the form once sent
        accounts, terms = self.ctx.accounts, self.ctx.pack.policy("terms", self.ctx.today())
        self.in_background(lambda: accounts.recover_to_visit(name, answer, new, again, terms), self._on_result,
                           self.message, busy=(self.submit,), on_refused=self._on_refused, waiting=self.tr("One moment…"),
                           failed_text=accounts_unavailable(), on_failed=self.away.show)

    def _on_result(self, outcome: tuple[SignInResult, SignedIn | None]) -> None:
        result, signed_in = outcome
        if signed_in is not None:
            self.navigated.emit(after_sign_in(self.ctx, signed_in))
            return
        if result.outcome is SignInOutcome.LOCKED:
            show_status(self.message, sign_in_refusal(self, result), error=True)
        else:
            show_status(self.message, self.tr("That answer is not right. Please try again."), error=True)

    def _on_refused(self, exc: FieldErrors) -> None:
        for name, field in (("password", self.password), ("password_again", self.password_again)):
            if name in exc.errors:
                field.show_error(field_error(exc.errors[name]))
        show_status(self.message, self.tr("Please type your answer and a new password again."), error=True)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Set a new password"))
        self.username.set_caption(self.tr("User name"), "")
        set_text(self.next, self.tr("Show my security question"))
        self.answer.set_caption(self.tr("Your answer"), "")
        self.password.set_caption(self.tr("New password (8 to 20 characters)"), "")
        self.password_again.set_caption(self.tr("Type the new password again"), "")
        set_text(self.submit, self.tr("Set the new password"))
        set_text(self.other_name, self.tr("Use another user name"))

    def tour_states(self) -> Iterator[str]:
        """The user name step, then the security question with the new password fields."""
        yield "username"
        name = "mjcastellanos"
        self.username.set_value(name)
        self._on_question(self.ctx.accounts.start_recovery(name))     # at once: a tour does not wait
        yield "question"
