# SPDX-License-Identifier: Apache-2.0
"""Sign in with user name and password. The kiosk never says which of the two was wrong; after
too many failures the account is locked for a while and the screen says how to get help."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.accounts import SignInOutcome, SignInResult
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.form import FormField


class SignInScreen(Screen):
    screen_id = "signin"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", "signinHeading")
        self.username = FormField("signin_username", max_length=30)
        self.password = FormField("signin_password", "password", max_length=20)
        self.message = label("status", "signinMessage")
        self.submit = button("signinSubmit", "primary")
        self.forgot = button("signinForgot")
        self.register = button("signinRegister")
        self.submit.clicked.connect(self.sign_in)
        self.forgot.clicked.connect(lambda: self.navigated.emit("forgot"))
        self.register.clicked.connect(lambda: self.navigated.emit("register"))
        self.action_bar = ActionBar(left=(self.forgot, self.register), right=(self.submit,))
        layout = self.column()
        for widget in (self.heading, self.username, self.password, self.message):
            layout.addWidget(widget)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sign in")

    def enter(self) -> None:
        session = self.ctx.sessions.current
        if session is not None and session.signed_in:
            self.navigated.emit("account")

    def sign_in(self) -> None:
        username, password = self.username.value(), self.password.value()
        if username.strip() and not password and self.username.input.hasFocus():
            self.password.input.setFocus()     # Enter after the user name: on to the password
            return
        self.password.wipe()                 # the password is not kept once it has been sent
        if not username.strip() or not password:
            show_status(self.message, self.tr("Please type your user name and your password."), error=True)
            return
        accounts = self.ctx.accounts
        self.submit.setEnabled(False)
        show_status(self.message, self.tr("Signing in…"))
        self.ctx.tasks.run(self, lambda: accounts.sign_in(username, password), self._on_result, self._on_error)

    def _on_result(self, result: SignInResult) -> None:
        self.submit.setEnabled(True)
        if result.outcome is SignInOutcome.SIGNED_IN:
            assert result.account_id is not None     # signed in: to an account
            show_status(self.message, "")
            self.navigated.emit(after_sign_in(self.ctx, result.account_id))
            return
        show_status(self.message, sign_in_refusal(self, result), error=True)

    def _on_error(self, _exc: Exception) -> None:
        self.submit.setEnabled(True)
        show_status(self.message,
                    self.tr("Sorry, signing in is not possible just now. Please try again, or ask at the front desk."),
                    error=True)


    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Sign in to your account"))
        self.username.set_caption(self.tr("User name"), "")
        self.password.set_caption(self.tr("Password"), "")
        set_text(self.submit, self.tr("Sign in"))
        set_text(self.forgot, self.tr("Forgot your password?"))
        set_text(self.register, self.tr("Create an account"))


def after_sign_in(ctx: ScreenContext, account_id: int) -> str:
    """Sign the visit in and say where to go: the new terms first, if there are any to accept."""
    status = ctx.accounts.terms_status(account_id, ctx.pack.policy("terms", ctx.today()))
    account = ctx.accounts.account(account_id)
    session = ctx.sessions.current
    if session is not None:
        session.sign_in(account_id, account.username, may_do_business=not status.needs_acceptance)
    return "terms_update" if status.needs_acceptance else "account"


def sign_in_refusal(screen: Screen, result: SignInResult) -> str:
    if result.outcome is SignInOutcome.LOCKED:
        until = screen.ctx.formats(screen.language()).clock(result.locked_until) if result.locked_until else ""
        return screen.tr("For your security, this account is locked until {time} after too many attempts. "
                         "For help now: {front_desk}").format(time=until, front_desk=screen.ctx.pack.front_desk)
    return screen.tr("The user name or password is not right. Please try again.")
