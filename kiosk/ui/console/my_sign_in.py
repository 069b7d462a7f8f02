# SPDX-License-Identifier: Apache-2.0
""""My sign-in" (every role): how the person signed in signs in, and setting up two-factor sign-in
with an authenticator app, or setting it up again on a new phone (kiosk.ui.console.totp_setup),
and changing one's own password (kiosk.ui.console.password_change). A key set up again replaces
the old one only once the new one is confirmed (StaffService)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.staff import StaffMember, StaffRole
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.password_change import PasswordChange
from kiosk.ui.console.totp_setup import TotpSetUp
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.flow import button_row


class MySignInPage(ConsolePage):
    page_id = "mySignIn"

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self.heading = label("title", "mySignInHeading")
        self.facts = label("", "mySignInFacts")
        self.two_factor = label("", "mySignInTwoFactor")
        self.set_up = button("mySignInSetUp", "primary")
        self.set_up.clicked.connect(self._on_set_up)
        self.status = label("status", "mySignInStatus")
        self.totp_setup = TotpSetUp(ctx)
        self.totp_setup.confirmed.connect(self._on_confirmed)
        self.totp_setup.cancelled.connect(self._end_set_up)
        self.set_up_row = button_row(self.set_up)
        self.password = PasswordChange(ctx)
        self.password.changed.connect(self._refresh)
        self.password.show_for(member)
        layout = self.column()
        for widget in (self.heading, self.facts, self.two_factor, self.set_up_row, self.status, self.totp_setup,
                       self.password):
            layout.addWidget(widget)
        layout.addStretch()
        self.status.hide()
        self.totp_setup.hide()
        self.retranslate()

    def title(self) -> str:
        return self.tr("My sign-in")

    def enter(self) -> None:
        staff, username = self.ctx.staff, self.member.username
        self.in_background(lambda: staff.get(username), self._refresh, self.status)

    def leave(self) -> None:
        """The key and any password typed go from the screen whenever the page is left (another page,
        sign-out, the lock)."""
        self._end_set_up()
        self.password.wipe()

    def _refresh(self, member: StaffMember) -> None:
        self.member = member
        self.password.show_for(member)
        self._retranslate_state()

    def _on_set_up(self) -> None:
        show_status(self.status, "")
        self.set_up_row.hide()
        self.password.hide()          # one thing at a time: the set-up, then the rest of the page again
        self.totp_setup.show()
        self.totp_setup.start(self.member)

    def _end_set_up(self) -> None:
        self.totp_setup.clear()
        self.totp_setup.hide()
        self.set_up_row.show()
        self.password.show()

    def _on_confirmed(self, member: StaffMember) -> None:
        self._end_set_up()
        self._refresh(member)
        show_status(self.status, self.tr("Two-factor sign-in is set up: from now on, signing in asks for the code "
                                         "your authenticator app shows."))

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        self._retranslate_state()

    def _retranslate_state(self) -> None:
        member = self.member
        role = self.tr("supervisor") if member.role is StaffRole.SUPERVISOR else self.tr("assistant")
        set_text(self.facts, self.tr("Signed in as {name} (user name {username}), {role}.").format(
            name=member.display_name, username=member.username, role=role))
        if member.totp_enrolled:
            words = self.tr("Two-factor sign-in is set up: signing in asks for your authenticator app's code.")
        elif member.totp_required:
            words = self.tr("A supervisor requires two-factor sign-in of you: please set it up.")
        else:
            words = self.tr("Two-factor sign-in is not set up. It keeps your account safe even if someone "
                            "learns your password.")
        set_text(self.two_factor, words)
        set_text(self.set_up, self.tr("Set it up again (a new phone)") if member.totp_enrolled
                 else self.tr("Set up two-factor sign-in"))
