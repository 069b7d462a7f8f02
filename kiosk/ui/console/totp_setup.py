# SPDX-License-Identifier: Apache-2.0
"""Setting up two-factor sign-in for the person at the screen: a QR code of the provisioning URI
for an authenticator app, the same key as text in groups of four for typing by hand, then the
app's first code to confirm (StaffService.enrol_totp, confirm_totp).

Used by the staff sign-in (an account a supervisor requires it of, not yet set up) and by the
console's "My sign-in" page. The key must not linger: :meth:`clear` takes it out of every widget
(the code, the text, the accessible names), and whoever shows this calls it when the step ends,
whichever way. The key is never logged: it is only ever in the enrolment the service returns and
in these widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.staff import Actor, StaffMember, StaffRefusal, StaffRefused, TotpEnrolment
from kiosk.ui.console.page import ConsoleContext, run_in_background
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.qr_code import QrCode

GROUP = 4            # characters a group of the key, as authenticator apps show and take it


def grouped(secret: str) -> str:
    """``JBSWY3DPEHPK3PXP`` as ``JBSW Y3DP EHPK 3PXP``: easier to read out and to type."""
    return " ".join(secret[i:i + GROUP] for i in range(0, len(secret), GROUP))


class TotpSetUp(QWidget):
    confirmed = Signal(object)      # the StaffMember, now asked for a code at every sign-in
    cancelled = Signal()

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("totpSetUp")
        self._member: StaffMember | None = None
        self.heading = label("subtitle", "totpHeading")
        self.scan = label("", "totpScan")
        self.qr = QrCode("totpQrCode")
        self.by_hand = label("", "totpByHand")
        self.secret = label("reference", "totpSecret")
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)   # no copy to a clipboard
        self.code = FormField("totp_code", "numeric", max_length=8)
        self.message = label("status", "totpMessage")
        self.confirm = button("totpConfirm", "primary")
        self.cancel = button("totpCancel")
        self.confirm.clicked.connect(self._on_confirm)
        self.cancel.clicked.connect(self._on_cancel)
        if isinstance(self.code.input, QLineEdit):
            self.code.input.returnPressed.connect(self._on_confirm)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for widget in (self.heading, self.scan, self.qr, self.by_hand, self.secret, self.code, self.message):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for choose in (self.confirm, self.cancel):
            choose.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            row.addWidget(choose)
        row.addStretch()
        column.addLayout(row)
        self.clear()
        self.retranslate()

    # -- the step --------------------------------------------------------------------------------

    def start(self, member: StaffMember) -> None:
        """A new key for ``member`` (who is the one at the screen), then the code and the text."""
        self.clear()
        self._member = member
        staff, actor, username = self.ctx.staff, Actor.staff(member), member.username
        run_in_background(self, self.ctx.tasks, lambda: staff.enrol_totp(actor, username), self._show,
                          self.message, busy=(self.confirm,), on_answer=self._on_refused,
                          waiting=self.tr("Making a new key…"))

    def clear(self) -> None:
        """The key out of every widget, the code typed too; nothing of this step is left on show."""
        self._member = None
        self.qr.clear()
        self.secret.clear()
        self.secret.setAccessibleName("")
        self.code.wipe()
        show_status(self.message, "")
        for widget in (self.scan, self.by_hand, self.secret):
            widget.hide()

    def showing_key(self) -> bool:
        return self.qr.encoded() is not None

    def provisioning_uri(self) -> str | None:
        """What the QR code on show encodes."""
        return self.qr.encoded()

    def _show(self, enrolment: TotpEnrolment) -> None:
        if self._member is None:       # cleared while the key was being made: do not show it now
            return
        self.qr.show_code(enrolment.provisioning_uri)
        text = grouped(enrolment.secret)
        self.secret.setText(text)
        # Spoken one character at a time: a screen reader reads "JBSW" as a word otherwise.
        self.secret.setAccessibleName(self.tr("The key, to type in by hand: {key}").format(
            key=", ".join(" ".join(group) for group in text.split())))
        for widget in (self.scan, self.by_hand, self.secret):
            widget.show()
        # No focus on the code yet: on the kiosk the keyboard would come up over the QR code.

    def _on_confirm(self) -> None:
        member, code = self._member, "".join(self.code.value().split())
        if member is None or not self.showing_key():
            return
        if not code:
            self.code.show_error(self.tr("Please type the 6-digit code the app shows."))
            return
        self.code.wipe()
        staff, actor = self.ctx.staff, Actor.staff(member)
        run_in_background(self, self.ctx.tasks, lambda: staff.confirm_totp(actor, member.username, code),
                          self._done, self.message, busy=(self.confirm, self.cancel), on_answer=self._on_refused,
                          waiting=self.tr("Checking the code…"))

    def _done(self, member: StaffMember) -> None:
        self.clear()
        self.confirmed.emit(member)

    def _on_cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def _on_refused(self, exc: Exception) -> None:
        if isinstance(exc, StaffRefused) and exc.reason is StaffRefusal.TOTP_WRONG:
            text = self.tr("That code is not right. Type the code the app shows now (it changes every 30 seconds); "
                           "check the phone's clock is right if it keeps failing.")
        elif isinstance(exc, StaffRefused) and exc.reason is StaffRefusal.TOTP_NOT_STARTED:
            text = self.tr("The key was replaced meanwhile. Please cancel and start again.")
        else:
            text = self.tr("That did not work. Please try again.")
        show_status(self.message, text, error=True)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Set up two-factor sign-in"))
        set_text(self.scan, self.tr("1. On your phone, open an authenticator app (for example FreeOTP, Google "
                                    "Authenticator or Microsoft Authenticator) and add an account by scanning "
                                    "this code:"))
        self.qr.setAccessibleName(self.tr("QR code for your authenticator app"))
        set_text(self.by_hand, self.tr("Cannot scan it? Add the account by hand instead, time-based, with this "
                                       "key:"))
        self.code.set_caption(self.tr("2. The 6-digit code the app now shows"), "")
        set_text(self.confirm, self.tr("Confirm"))
        set_text(self.cancel, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
