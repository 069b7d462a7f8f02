# SPDX-License-Identifier: Apache-2.0
"""Forgotten password: the user name, then the security question's answer and a new password.
Wrong answers count toward the same lockout as wrong passwords."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.accounts import FieldErrors, SignInOutcome, SignInResult
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.screens.signin import after_sign_in, sign_in_refusal
from kiosk.ui.widgets.form import FormField


class ForgotScreen(Screen):
    screen_id = "forgot"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "forgotHeading")
        self.username = FormField("forgot_username", max_length=30)
        self.next = button("forgotNext", "primary")
        self.question = label("subtitle", "forgotQuestion")
        self.answer = FormField("forgot_answer", max_length=100)
        self.password = FormField("forgot_password", "password", max_length=20)
        self.password_again = FormField("forgot_password_again", "password", max_length=20)
        self.password_again.reveal.hide()
        self.password.reveal.toggled.connect(lambda on: self.password_again.reveal.setChecked(on))  # see search.py
        self.submit = button("forgotSubmit", "primary")
        self.message = label("status", "forgotMessage")
        self.next.clicked.connect(self.ask_question)
        self.submit.clicked.connect(self.recover)
        self.second = QWidget()
        second = QVBoxLayout(self.second)
        second.setContentsMargins(0, 0, 0, 0)
        for widget in (self.question, self.answer, self.password, self.password_again):
            second.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.submit)
        second.addLayout(row)
        self.second.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(16)
        for widget in (self.heading, self.username, self.next, self.second, self.message):
            layout.addWidget(widget)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Forgot your password?")

    def ask_question(self) -> None:
        name = self.username.value()
        if not name.strip():
            self.username.show_error(self.tr("Please type your user name."))
            return
        set_text(self.question, self.ctx.accounts.security_question_for(name))
        self.second.show()
        self.answer.input.setFocus()

    def recover(self) -> None:
        name, answer = self.username.value(), self.answer.value()
        new, again = self.password.value(), self.password_again.value()
        for field in (self.answer, self.password, self.password_again):
            field.wipe()              # secrets are not kept in the form once sent
        accounts = self.ctx.accounts
        self.submit.setEnabled(False)
        self.ctx.tasks.run(self, lambda: accounts.recover(name, answer, new, again), self._on_result, self._on_error)

    def _on_result(self, result: SignInResult) -> None:
        self.submit.setEnabled(True)
        if result.outcome is SignInOutcome.SIGNED_IN:
            self.navigated.emit(after_sign_in(self.ctx, result.account_id))
            return
        if result.outcome is SignInOutcome.LOCKED:
            self._say(sign_in_refusal(self, result), error=True)
        else:
            self._say(self.tr("That answer is not right. Please try again."), error=True)

    def _on_error(self, exc: Exception) -> None:
        self.submit.setEnabled(True)
        if isinstance(exc, FieldErrors):
            for name, field in (("password", self.password), ("password_again", self.password_again)):
                if name in exc.errors:
                    field.show_error(field_error(exc.errors[name]))
            self._say(self.tr("Please type your answer and a new password again."), error=True)
            return
        self._say(self.tr("Sorry, this is not possible just now. Please ask at the front desk."), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        show_status(self.message, text, error)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Set a new password"))
        self.username.set_caption(self.tr("User name"), "")
        set_text(self.next, self.tr("Show my security question"))
        self.answer.set_caption(self.tr("Your answer"), "")
        self.password.set_caption(self.tr("New password (8 to 20 characters)"), "")
        self.password_again.set_caption(self.tr("Type the new password again"), "")
        set_text(self.submit, self.tr("Set the new password"))

    def tour_states(self) -> Iterator[str]:
        """The user name step, then the security question with the new password fields."""
        yield "username"
        self.username.set_value("mjcastellanos")
        self.ask_question()
        yield "question"
