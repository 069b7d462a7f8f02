# SPDX-License-Identifier: Apache-2.0
""""Change my password" on the console's My sign-in page: the current password, the new one twice,
and the authenticator's code when the person has two-factor sign-in (StaffService.change_password).

The service checks the current password as a sign-in does: a wrong one (or a wrong code) counts
toward the account's lock and is audited, so a console left open does not let someone guess the
password; the new one is held to the same rules as a first password (kiosk.core.validation), and
the change is audited by the service. Every field is wiped after each try, after success and when
the page is left (another page, sign-out, the lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.core.accounts import FieldErrors
from kiosk.core.staff import StaffMember, StaffRefusal, StaffRefused, StaffSignInOutcome, StaffSignInResult
from kiosk.core.validation import PASSWORD_MAX, PASSWORD_MIN
from kiosk.ui.console.page import ConsoleContext, run_in_background
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.form import FormField


class PasswordChange(QWidget):
    changed = Signal(object)        # the StaffMember, with the new password

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("passwordChange")
        self._member: StaffMember | None = None
        self.heading = label("subtitle", "passwordChangeHeading")
        self.current = FormField("my_current_password", "password", max_length=200)
        self.new = FormField("my_new_password", "password", max_length=200)
        self.again = FormField("my_new_password_again", "password", max_length=200)
        self.code = FormField("my_password_code", "numeric", max_length=8)
        self.message = label("status", "passwordChangeMessage")
        self.submit = button("passwordChangeSubmit", "primary")
        self.submit.clicked.connect(self.change)
        for field in (self.current, self.new, self.again, self.code):
            if isinstance(field.input, QLineEdit):
                field.input.returnPressed.connect(self.change)     # Enter, on either keyboard
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for widget in (self.heading, self.current, self.new, self.again, self.code, self.message,
                       button_row(self.submit)):
            column.addWidget(widget)
        self.code.hide()
        self.retranslate()

    def show_for(self, member: StaffMember) -> None:
        """The form for ``member`` (the person signed in): the code is asked where they have two-factor."""
        self._member = member
        self.code.setVisible(member.totp_enrolled)

    def wipe(self, keep_message: bool = False) -> None:
        """Nothing typed stays: not in the fields, not in their undo history."""
        for field in (self.current, self.new, self.again, self.code):
            field.wipe()
            field.clear_error()
        if not keep_message:
            show_status(self.message, "")

    def change(self) -> None:
        member = self._member
        if member is None or not self.submit.isEnabled():
            return
        current, new, again = self.current.value(), self.new.value(), self.again.value()
        code = "".join(self.code.value().split()) if member.totp_enrolled else None
        self.wipe()
        if not current:
            self.current.show_error(self.tr("Please type your current password."))
            return
        if member.totp_enrolled and not code:
            self.code.show_error(self.tr("Please type the 6-digit code your authenticator app shows now."))
            return
        staff, username = self.ctx.staff, member.username
        run_in_background(self, self.ctx.tasks, lambda: staff.change_password(username, current, new, again, code),
                          self._on_result, self.message, busy=(self.submit,), on_answer=self._on_refused,
                          waiting=self.tr("Changing your password…"))

    def _on_result(self, result: StaffSignInResult) -> None:
        outcome = result.outcome
        if outcome is StaffSignInOutcome.SIGNED_IN and result.staff is not None:
            self._member = result.staff
            show_status(self.message, self.tr("Your password is changed. Use the new one from now on."))
            self.changed.emit(result.staff)
            return
        show_status(self.message, self._refusal(result), error=True)

    def _refusal(self, result: StaffSignInResult) -> str:
        outcome = result.outcome
        if outcome is StaffSignInOutcome.LOCKED:
            until = self.ctx.town_clock(result.locked_until) if result.locked_until is not None else ""
            return self.tr("Too many wrong tries: your account is locked until {time}, and the password is not "
                           "changed. A supervisor can reset it sooner.").format(time=until)
        if outcome is StaffSignInOutcome.DISABLED:
            return self.tr("Your account has been disabled. Please ask a supervisor.")
        if outcome is StaffSignInOutcome.TOTP_ENROLMENT_NEEDED:
            return self.tr("A supervisor requires two-factor sign-in of you: set it up first (above), then change "
                           "your password.")
        if outcome is StaffSignInOutcome.TOTP_NEEDED:
            return self.tr("Please type the 6-digit code your authenticator app shows now.")
        if self._member is not None and self._member.totp_enrolled:
            text = self.tr("The current password or the code is not right, so the password is not changed.")
        else:
            text = self.tr("That is not your current password, so the password is not changed.")
        if result.attempts_left is not None:
            text += " " + self.tr("Wrong tries count toward locking the account: {n} left.").format(
                n=result.attempts_left)
        return text

    def _on_refused(self, exc: Exception) -> None:
        if isinstance(exc, FieldErrors):
            for key, error in exc.errors.items():
                (self.again if key == "password_again" else self.new).show_error(field_error(error))
            show_status(self.message, self.tr("Please choose another new password."), error=True)
        elif isinstance(exc, StaffRefused) and exc.reason is StaffRefusal.SAME_PASSWORD:
            self.new.show_error(self.tr("The new password must not be the current one."))
            show_status(self.message, self.tr("Please choose another new password."), error=True)
        else:
            show_status(self.message, self.tr("That did not work. Please try again."), error=True)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Change my password"))
        self.current.set_caption(self.tr("Current password"), "")
        self.new.set_caption(self.tr("New password ({low} to {high} characters; a few words make a good one)").format(
            low=PASSWORD_MIN, high=PASSWORD_MAX), "")
        self.again.set_caption(self.tr("New password again"), "")
        self.code.set_caption(self.tr("Code from the authenticator app"), "")
        set_text(self.submit, self.tr("Change my password"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
