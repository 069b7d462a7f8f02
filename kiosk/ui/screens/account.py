# SPDX-License-Identifier: Apache-2.0
"""My account: contact details (checked again on save), password, licences, the terms accepted,
a printed copy, and signing out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from kiosk.core.accounts import AccountView, FieldErrors
from kiosk.ui.context import ScreenContext
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.screens.register_pages import ContactPage
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.licences import LicenceEditor


class AccountScreen(Screen):
    screen_id = "account"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        rules = ctx.accounts.rules
        self.heading = label("title", "accountHeading")
        self.terms = label("notice", "accountTerms")
        self.contact_caption = label("subtitle", "accountContactCaption")
        self.contact = ContactPage(rules)
        self.save_contact = button("accountSaveContact", "primary")
        self.contact_status = label("status", "accountContactStatus")
        self.licence_caption = label("subtitle", "accountLicenceCaption")
        self.licences = LicenceEditor(rules.licence_types, rules.town_state)
        self.save_licences = button("accountSaveLicences")
        self.licence_status = label("status", "accountLicenceStatus")
        self.password_caption = label("subtitle", "accountPasswordCaption")
        self.current = FormField("account_current_password", "password", max_length=20)
        self.new = FormField("account_new_password", "password", max_length=20)
        self.again = FormField("account_new_password_again", "password", max_length=20)
        self.change_password = button("accountChangePassword")
        self.password_status = label("status", "accountPasswordStatus")
        self.print_copy = button("accountPrint")
        self.print_status = label("status", "accountPrintStatus")
        self.load_status = label("status", "accountLoadStatus")
        self.load_status.hide()
        self.requests = button("accountRequests")
        self.requests.clicked.connect(lambda: self.navigated.emit("requests"))
        self.save_contact.clicked.connect(self._save_contact)
        self.save_licences.clicked.connect(self._save_licences)
        self.change_password.clicked.connect(self._change_password)
        self.print_copy.clicked.connect(self._print_copy)
        top = QWidget()                # My requests and a printed copy; Sign out is in the header
        links = FlowLayout(top, spacing=12, right=False)
        for link in (self.requests, self.print_copy):
            links.addWidget(link)
        layout = self.column(spacing=12)
        layout.addWidget(self.heading)
        layout.addWidget(self.load_status)
        layout.addWidget(top)
        for widget in (self.print_status, self.terms, self.contact_caption, self.contact, self.save_contact,
                       self.contact_status, self.licence_caption, self.licences, self.save_licences,
                       self.licence_status, self.password_caption, self.current, self.new, self.again,
                       self.change_password, self.password_status):
            layout.addWidget(widget)
        layout.addStretch()
        self._account: AccountView | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("My account")

    def enter(self) -> None:
        session = self.ctx.sessions.current
        if session is None or session.account_id is None:
            self.navigated.emit("signin")
            return
        account_id, accounts = session.account_id, self.ctx.accounts
        self.in_background(lambda: accounts.account(account_id), self._show, self.load_status,
                           busy=self._needs_account(), waiting=self.tr("One moment…"))

    def _needs_account(self) -> tuple[QWidget, ...]:
        """What waits until the account is shown (and stays off if it cannot be)."""
        return (self.save_contact, self.save_licences, self.change_password, self.print_copy)

    def _show(self, account: AccountView) -> None:
        self._account = account
        phone = self.ctx.formats(self.language()).phone(account.contact.phone)      # (203) 555-0123, not E.164
        self.contact.set_contact(replace(account.contact, phone=phone))
        self.licences.set_licences(account.licences)
        self.retranslate()

    def _save_contact(self) -> None:
        if self._account is None:
            return
        self.contact.clear_errors()
        account_id, contact, accounts = self._account.account_id, self.contact.contact(), self.ctx.accounts
        self.in_background(lambda: accounts.update_contact(account_id, contact), self._contact_saved,
                           self.contact_status, busy=(self.save_contact,), on_refused=self._contact_refused)

    def _contact_saved(self, account: AccountView) -> None:
        self._show(account)
        show_status(self.contact_status, self.tr("Your contact details were saved."))

    def _contact_refused(self, exc: FieldErrors) -> None:
        self.contact.show_errors(exc.errors)
        show_status(self.contact_status, self.tr("Please correct the marked fields. Nothing was changed."), error=True)

    def _save_licences(self) -> None:
        if self._account is None:
            return
        account_id, licences, accounts = self._account.account_id, self.licences.licences(), self.ctx.accounts
        self.in_background(lambda: accounts.set_licences(account_id, licences),
                           lambda _account: show_status(self.licence_status, self.tr("Your licenses were saved.")),
                           self.licence_status, busy=(self.save_licences,), on_refused=self._licences_refused)

    def _licences_refused(self, exc: FieldErrors) -> None:
        self.licences.show_errors(exc.errors)
        show_status(self.licence_status, self.tr("Please correct the marked licenses. Nothing was changed."), error=True)

    def _change_password(self) -> None:
        if self._account is None:
            return
        values = (self.current.value(), self.new.value(), self.again.value())
        for field in (self.current, self.new, self.again):
            field.wipe()
        account_id, accounts = self._account.account_id, self.ctx.accounts
        self.in_background(lambda: accounts.change_password(account_id, *values),
                           lambda _r: show_status(self.password_status, self.tr("Your password was changed.")),
                           self.password_status, busy=(self.change_password,), on_refused=self._on_password_refused)

    def _on_password_refused(self, exc: FieldErrors) -> None:
        fields = {"current_password": self.current, "password": self.new, "password_again": self.again}
        for name, error in exc.errors.items():
            if name in fields:
                fields[name].show_error(field_error(error))
        show_status(self.password_status, self.tr("Your password was not changed. Please type the passwords again."), error=True)

    def _print_copy(self) -> None:
        from kiosk.printing.receipts import AccountCopy, render_account_copy  # reportlab: not at start-up

        account = self._account
        if account is None:
            return
        copy = AccountCopy(town_name=self.ctx.pack.name, town_state=self.ctx.pack.state, username=account.username,
                           contact=account.contact, licences=account.licences, terms=account.terms,
                           terms_title=self.ctx.pack.policy("terms", self.ctx.today()).title,
                           printed_at=self.ctx.town_time(), kiosk_id=self.ctx.kiosk_id, timezone=self.ctx.pack.timezone,
                           page=self.ctx.receipt_page())
        self.print_with_feedback(lambda: render_account_copy(copy), f"{self.ctx.pack.short_name} account copy",
                                 self.print_status, self.print_copy,
                                 printed=self.tr("Printed. Please take your copy with you."))

    def enter_action(self) -> tuple[str, Callable[[], None]] | None:
        """Enter saves the part being typed in: the contact details, the licenses or the password."""
        focused = self.focusWidget()
        for part, action in ((self.contact, self.save_contact), (self.licences, self.save_licences),
                             (self.current, self.change_password), (self.new, self.change_password),
                             (self.again, self.change_password)):
            if focused is not None and part.isAncestorOf(focused):
                return action.text().replace("&&", "&"), action.click
        return super().enter_action()


    def retranslate(self) -> None:
        account = self._account
        set_text(self.heading, self.tr("Signed in as {username}").format(username=account.username) if account
                 else self.tr("My account"))
        if account is not None and account.terms is not None:
            set_text(self.terms, self.tr("You accepted the terms, version {version}, on {date}.").format(
                version=account.terms.version, date=self.ctx.formats(self.language()).day(account.terms.accepted_at)))
        session = self.ctx.sessions.current
        if session is not None and session.signed_in and not session.may_do_business:
            set_text(self.terms, self.tr("You have not accepted the terms in force, so you can search and read, "
                                         "but not do business with the town. Sign in again to accept them."))
        set_text(self.contact_caption, self.tr("Contact details"))
        self.contact.retranslate()
        set_text(self.save_contact, self.tr("Save contact details"))
        set_text(self.licence_caption, self.tr("Licenses"))
        set_text(self.save_licences, self.tr("Save licenses"))
        set_text(self.password_caption, self.tr("Change password"))
        self.current.set_caption(self.tr("Current password"), "")
        self.new.set_caption(self.tr("New password (8 to 20 characters)"), "")
        self.again.set_caption(self.tr("Type the new password again"), "")
        set_text(self.change_password, self.tr("Change password"))
        set_text(self.print_copy, self.tr("Print a copy"))
        set_text(self.requests, self.tr("My requests"))

