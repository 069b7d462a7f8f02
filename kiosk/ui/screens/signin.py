# SPDX-License-Identifier: Apache-2.0
"""Sign in with user name and password. The kiosk never says which of the two was wrong; after
too many failures the account is locked for a while and the screen says how to get help.

A temporary password from the front desk signs nobody in: the screen turns into "choose a new
password" (twice, the registration rules and strength meter), and only then signs the resident
in. The temporary password is held on this screen for that one step, and wiped when it ends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from PySide6.QtWidgets import QLineEdit, QProgressBar, QWidget

from kiosk.core.account_service import SignedIn
from kiosk.core.accounts import FieldErrors, SignInOutcome, SignInResult
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import field_error
from kiosk.ui.screens.accounts_away import AccountsAway, accounts_unavailable
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
        self.away = AccountsAway("signin")
        self.away.chosen.connect(self.navigated.emit)
        self.submit = button("signinSubmit", "primary")
        self.forgot = button("signinForgot")
        self.register = button("signinRegister")
        self.submit.clicked.connect(self.sign_in)
        self.forgot.clicked.connect(lambda: self.navigated.emit("forgot"))
        self.register.clicked.connect(lambda: self.navigated.emit("register"))
        # The step after a temporary password: the new password, twice, with the strength meter.
        self.change_intro = label("", "signinChangeIntro")
        self.new_password = FormField("signin_new_password", "password", max_length=20)
        self.new_password_again = FormField("signin_new_password_again", "password", max_length=20)
        reveal, reveal_again = self.new_password.reveal, self.new_password_again.reveal
        assert reveal is not None and reveal_again is not None     # password fields have one
        reveal_again.hide()
        reveal.toggled.connect(lambda on: reveal_again.setChecked(on))  # see search.py
        self.strength = QProgressBar()
        self.strength.setObjectName("signinPasswordStrength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength_label = label("", "signinPasswordStrengthLabel")
        cast(QLineEdit, self.new_password.input).textChanged.connect(self._update_strength)
        self.change_submit = button("signinChangeSubmit", "primary")
        self.change_submit.clicked.connect(self.replace_temporary)
        self._pending: tuple[str, str] | None = None     # (user name, temporary password) during that step
        self.action_bar = ActionBar(left=(self.forgot, self.register), right=(self.submit, self.change_submit))
        layout = self.column()
        for widget in (self.heading, self.change_intro, self.username, self.password, self.new_password,
                       self.new_password_again, self.strength, self.strength_label, self.message, self.away):
            layout.addWidget(widget)
        layout.addStretch()
        self._change_step(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sign in")

    def enter(self) -> None:
        session = self.ctx.sessions.current
        if session is not None and session.signed_in:
            self.navigated.emit("account")

    def leave(self) -> None:
        self._end_change_step()

    def sign_in(self) -> None:
        username, password = self.username.value(), self.password.value()
        if username.strip() and not password and self.username.input.hasFocus():
            self.password.input.setFocus()     # Enter after the user name: on to the password
            return
        self.password.wipe()                 # the password is not kept once it has been sent
        if not username.strip() or not password:
            show_status(self.message, self.tr("Please type your user name and your password."), error=True)
            return
        accounts, terms = self.ctx.accounts, self.ctx.pack.policy("terms", self.ctx.today())
        self._pending = (username, password)
        self.away.hide()
        self.in_background(lambda: accounts.sign_in_to_visit(username, password, terms), self._on_result,
                           self.message, busy=(self.submit,), waiting=self.tr("Signing in…"),
                           failed_text=accounts_unavailable(), on_failed=self.away.show)

    def _on_result(self, outcome: tuple[SignInResult, SignedIn | None]) -> None:
        result, signed_in = outcome
        if result.outcome is SignInOutcome.PASSWORD_CHANGE_NEEDED and self._pending is not None:
            self._change_step(True)
            self.new_password.input.setFocus()
            return
        self._end_change_step()
        if signed_in is not None:
            self.navigated.emit(after_sign_in(self.ctx, signed_in))
            return
        show_status(self.message, sign_in_refusal(self, result), error=True)

    # --- a temporary password: choose a new one ---------------------------------------------------

    def replace_temporary(self) -> None:
        if self._pending is None:            # the step ended meanwhile (the visit did)
            self._change_step(False)
            return
        username, temporary = self._pending
        new, again = self.new_password.value(), self.new_password_again.value()
        for field in (self.new_password, self.new_password_again):
            field.clear_error()
            field.wipe()
        accounts, terms = self.ctx.accounts, self.ctx.pack.policy("terms", self.ctx.today())
        self.in_background(
            lambda: accounts.replace_temporary_password_to_visit(username, temporary, new, again, terms),
            self._on_result, self.message, busy=(self.change_submit,), on_refused=self._on_refused,
            waiting=self.tr("Saving your new password…"), failed_text=accounts_unavailable(), on_failed=self.away.show)

    def _on_refused(self, exc: FieldErrors) -> None:
        for name, field in (("password", self.new_password), ("password_again", self.new_password_again)):
            if name in exc.errors:
                field.show_error(field_error(exc.errors[name]))
        show_status(self.message, self.tr("Please type a new password twice."), error=True)

    def _change_step(self, shown: bool) -> None:
        for widget in (self.change_intro, self.new_password, self.new_password_again, self.strength,
                       self.strength_label, self.change_submit):
            widget.setVisible(shown)
        for widget in (self.username, self.password, self.submit, self.forgot, self.register):
            widget.setVisible(not shown)
        show_status(self.message, "")
        self.retranslate()

    def _end_change_step(self) -> None:
        """Forget the temporary password and go back to the sign-in form."""
        self._pending = None
        for field in (self.new_password, self.new_password_again):
            field.wipe()
        if self.change_submit.isVisibleTo(self):
            self._change_step(False)

    def _update_strength(self, text: str) -> None:
        username = self._pending[0] if self._pending else ""
        score = self.ctx.accounts.password_strength(text, username) if text else 0
        self.strength.setValue(score)
        words = (self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong"))
        set_text(self.strength_label, self.tr("Strength: {word}").format(word=words[score]) if text else "")
        self.strength.setAccessibleName(self.strength_label.text() or self.tr("Password strength"))

    def tour_states(self) -> Iterator[str]:
        """The sign-in form, then the new-password step a temporary password leads to."""
        yield "form"
        self._pending = ("mjcastellanos", "")
        self._change_step(True)
        yield "new_password"
        self._end_change_step()

    def retranslate(self) -> None:
        changing = self._pending is not None and self.change_submit.isVisibleTo(self)
        set_text(self.heading, self.tr("Choose a new password") if changing else self.tr("Sign in to your account"))
        set_text(self.change_intro, self.tr("You signed in with a temporary password from the front desk. Please "
                                            "choose a new password of your own now: 8 to 20 characters, typed twice."))
        self.username.set_caption(self.tr("User name"), "")
        self.password.set_caption(self.tr("Password"), "")
        self.new_password.set_caption(self.tr("New password (8 to 20 characters)"), "")
        self.new_password_again.set_caption(self.tr("Type the new password again"), "")
        set_text(self.change_submit, self.tr("Save my new password and sign in"))
        self._update_strength(self.new_password.value())
        set_text(self.submit, self.tr("Sign in"))
        set_text(self.forgot, self.tr("Forgot your password?"))
        set_text(self.register, self.tr("Create an account"))


def after_sign_in(ctx: ScreenContext, signed_in: SignedIn) -> str:
    """Sign the visit in and say where to go: the new terms first, if there are any to accept."""
    session = ctx.sessions.current
    if session is not None:
        session.sign_in(signed_in.account_id, signed_in.username, may_do_business=not signed_in.needs_terms)
    return "terms_update" if signed_in.needs_terms else "account"


def sign_in_refusal(screen: Screen, result: SignInResult) -> str:
    if result.outcome is SignInOutcome.LOCKED:
        until = screen.ctx.formats(screen.language()).clock(result.locked_until) if result.locked_until else ""
        return screen.tr("For your security, this account is locked until {time} after too many attempts. "
                         "For help now: {front_desk}").format(time=until, front_desk=screen.ctx.pack.front_desk)
    return screen.tr("The user name or password is not right. Please try again.")
