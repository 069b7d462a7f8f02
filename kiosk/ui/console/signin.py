# SPDX-License-Identifier: Apache-2.0
"""The staff sign-in: user name and password, then the authenticator's code where the account has
one, and a new password where the current one is temporary. An account a supervisor requires
two-factor sign-in of, not yet set up, sets it up here (kiosk.ui.console.totp_setup), then signs
in with the app's next code. The rules (lockout, which step comes next, the audit entries) are
StaffService's; this screen asks and says what it answered. It never says which of name, password
or code was wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.core.accounts import FieldErrors
from kiosk.core.staff import StaffMember, StaffRefusal, StaffRefused, StaffSignInOutcome, StaffSignInResult
from kiosk.ui.console.page import ConsoleContext, run_in_background
from kiosk.ui.console.totp_setup import TotpSetUp
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import SIDE_MARGIN, TOP_MARGIN, button, label, set_text, show_status
from kiosk.ui.widgets.form import FormField


class StaffSignIn(QWidget):
    signed_in = Signal(object)      # the StaffMember
    cancelled = Signal()            # Back to the kiosk (the kiosk's console only)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("staffSignInScreen")
        self.heading = label("title", "staffSignInHeading")
        self.intro = label("", "staffSignInIntro")
        self.username = FormField("staff_username", max_length=40)
        self.password = FormField("staff_password", "password", max_length=200)
        self.new_password = FormField("staff_new_password", "password", max_length=200)
        self.new_again = FormField("staff_new_again", "password", max_length=200)
        self.code = FormField("staff_code", "numeric", max_length=8)
        self.totp_setup = TotpSetUp(ctx)
        self.totp_setup.confirmed.connect(self._on_totp_set_up)
        self.totp_setup.cancelled.connect(self.reset)
        self.message = label("status", "staffSignInMessage")
        self.submit = button("staffSignInSubmit", "primary")
        self.back = button("staffSignInBack")
        self.submit.clicked.connect(self.sign_in)
        self.back.clicked.connect(self.cancelled)
        for field in (self.username, self.password, self.new_password, self.new_again, self.code):
            if isinstance(field.input, QLineEdit):
                field.input.returnPressed.connect(self._on_return)      # Enter, on either keyboard
        layout = self.layout_column()
        for widget in (self.heading, self.intro, self.username, self.password, self.new_password, self.new_again,
                       self.code, self.message, self.totp_setup, self.submit, self.back):
            layout.addWidget(widget)
        layout.addStretch()
        self.back.setVisible(ctx.on_kiosk)     # once laid out: a parentless widget shown is a window of its own
        self._password = ""          # kept between the steps of one sign-in only
        self._changing = False       # a new password was typed before the two-factor set-up step
        self.reset()
        self.retranslate()

    def layout_column(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, TOP_MARGIN)
        layout.setSpacing(16)
        return layout

    def reset(self) -> None:
        """Back to the first step, every field empty (at the lock, at sign-out, when opened)."""
        self._password = ""
        self._changing = False
        self.totp_setup.clear()
        self.totp_setup.hide()
        for field in (self.username, self.password, self.new_password, self.new_again, self.code):
            field.wipe()
        for field in (self.new_password, self.new_again, self.code):
            field.hide()
        self.username.input.setEnabled(True)
        self.username.show()
        self.password.show()
        self.submit.show()
        show_status(self.message, "")
        self.retranslate()

    def focus_first(self) -> None:
        self.username.input.setFocus()

    # -- the steps -------------------------------------------------------------------------------

    def _on_return(self) -> None:
        """Enter after the user name goes on to the password; anywhere else it signs in."""
        if self.username.input.hasFocus() and not self.password.isHidden() and not self.password.value():
            self.password.input.setFocus()
        elif self.submit.isEnabled():
            self.sign_in()

    def sign_in(self) -> None:
        username = self.username.value().strip()
        if not self.password.isHidden():
            self._password = self.password.value()
            self.password.wipe()
        password, code = self._password, self.code.value().strip() if not self.code.isHidden() else None
        if not username or not password:
            show_status(self.message, self.tr("Please type your user name and your password."), error=True)
            return
        staff = self.ctx.staff
        if not self.new_password.isHidden():
            new, again = self.new_password.value(), self.new_again.value()
            work = lambda: staff.change_password(username, password, new, again, code)  # noqa: E731
        else:
            work = lambda: staff.sign_in(username, password, code)  # noqa: E731
        if not self.code.isHidden():
            self.code.set_value("")
        run_in_background(self, self.ctx.tasks, work, self._on_result, self.message, busy=(self.submit, self.back),
                          on_answer=self._on_refused, waiting=self.tr("Signing in…"))

    def _on_result(self, result: StaffSignInResult) -> None:
        outcome = result.outcome
        if outcome is StaffSignInOutcome.SIGNED_IN and result.staff is not None:
            member: StaffMember = result.staff
            self.reset()
            self.signed_in.emit(member)
            return
        if outcome is StaffSignInOutcome.TOTP_NEEDED:
            self._second_step(code=True, new_password=not self.new_password.isHidden())
            show_status(self.message, self.tr("Type the 6-digit code your authenticator app shows now."))
            self.code.input.setFocus()
            return
        if outcome is StaffSignInOutcome.TOTP_ENROLMENT_NEEDED and result.staff is not None:
            self._set_up_totp(result.staff)
            return
        if outcome is StaffSignInOutcome.PASSWORD_CHANGE_NEEDED and result.staff is not None:
            self._second_step(code=result.staff.totp_enrolled, new_password=True)
            show_status(self.message, self.tr("Your password is a temporary one. Choose a new password to go on."))
            self.new_password.input.setFocus()
            return
        self.reset() if outcome is not StaffSignInOutcome.FAILED else self._start_again()
        show_status(self.message, self._refusal(result), error=True)

    def _second_step(self, code: bool, new_password: bool) -> None:
        """The name and password were right: ask for what comes next, the name kept, the password held."""
        self.username.input.setEnabled(False)
        self.password.hide()
        self.code.setVisible(code)
        self.new_password.setVisible(new_password)
        self.new_again.setVisible(new_password)

    def _set_up_totp(self, member: StaffMember) -> None:
        """Name and password were right, and a supervisor requires two-factor sign-in, not yet set
        up: set it up now (the new password typed, if any, is kept for the sign-in after it)."""
        self._changing = not self.new_password.isHidden()
        for widget in (self.username, self.password, self.new_password, self.new_again, self.code, self.submit):
            widget.hide()
        show_status(self.message, self.tr("A supervisor has asked for two-factor sign-in on this account. Set it "
                                          "up now: it takes a minute, with an authenticator app on your phone."))
        self.totp_setup.show()
        self.totp_setup.start(member)

    def _on_totp_set_up(self, _member: StaffMember) -> None:
        """Set up: sign in with the app's next code (the one just typed counts once only)."""
        self.totp_setup.clear()
        self.totp_setup.hide()
        self.username.show()
        self.submit.show()
        self._second_step(code=True, new_password=self._changing)
        show_status(self.message, self.tr("Two-factor sign-in is set up. To finish signing in, wait for the app "
                                          "to show a new code, then type it here."))
        self.code.input.setFocus()

    def _start_again(self) -> None:
        username = self.username.value()
        self.reset()
        self.username.set_value(username)
        self.password.input.setFocus()

    def _on_refused(self, exc: Exception) -> None:
        if isinstance(exc, FieldErrors):
            messages = [field_error(error) for error in exc.errors.values()]
            show_status(self.message, " ".join(dict.fromkeys(messages)), error=True)
        elif isinstance(exc, StaffRefused) and exc.reason is StaffRefusal.SAME_PASSWORD:
            show_status(self.message, self.tr("The new password must not be the temporary one."), error=True)
        else:
            show_status(self.message, self.tr("That did not work. Please try again."), error=True)
        self.new_password.set_value("")
        self.new_again.set_value("")

    def _refusal(self, result: StaffSignInResult) -> str:
        outcome = result.outcome
        if outcome is StaffSignInOutcome.LOCKED:
            until = self.ctx.town_clock(result.locked_until) if result.locked_until is not None else ""
            return self.tr("Too many wrong tries: this staff account is locked until {time}. A supervisor can "
                           "reset its password sooner.").format(time=until)
        if outcome is StaffSignInOutcome.DISABLED:
            return self.tr("This staff account is disabled. Please ask a supervisor.")
        return self.tr("The user name, password or code is not right. Please try again.")

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Staff sign-in"))
        set_text(self.intro, self.tr("For town hall staff only. Residents: please tap Back to the kiosk.")
                 if self.ctx.on_kiosk else self.tr("For town hall staff only."))
        self.username.set_caption(self.tr("Staff user name"), "")
        self.password.set_caption(self.tr("Password"), "")
        self.new_password.set_caption(self.tr("New password"), "")
        self.new_again.set_caption(self.tr("New password again"), "")
        self.code.set_caption(self.tr("Code from the authenticator app"), "")
        set_text(self.submit, self.tr("Sign in"))
        set_text(self.back, self.tr("Back to the kiosk"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
