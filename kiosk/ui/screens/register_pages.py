# SPDX-License-Identifier: Apache-2.0
"""The larger pages of the account wizard: contact details, review, terms, and the receipt."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.accounts import AccountView, Contact, FieldError, Registration, RegistrationRules
from kiosk.core.policies import PolicyDocument
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.document_view import DocumentView
from kiosk.ui.widgets.form import FormField


class _Page(QWidget):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set visible texts."""


class ContactPage(_Page):
    KINDS: ClassVar[dict[str, str]] = {"zip_code": "numeric", "phone": "phone", "email": "email"}
    LIMITS: ClassVar[dict[str, int]] = {"state": 2, "zip_code": 10, "phone": 25, "email": 120, "street": 100}

    def __init__(self, rules: RegistrationRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.fields = {
            name: FormField(name, self.KINDS.get(name, "text"), optional=name not in rules.required,
                            max_length=self.LIMITS.get(name, 60))
            for name in ("first_name", "last_name", "street", "city", "state", "zip_code", "phone", "email")
        }
        self.fields["state"].set_value(rules.town_state)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        places = {"first_name": (0, 0), "last_name": (0, 1), "street": (1, 0, 1, 2), "city": (2, 0),
                  "state": (2, 1), "zip_code": (3, 0), "phone": (3, 1), "email": (4, 0, 1, 2)}
        for name, place in places.items():
            grid.addWidget(self.fields[name], *place)
        grid.setRowStretch(5, 1)

    def contact(self) -> Contact:
        return Contact(**{name: field.value() for name, field in self.fields.items()})

    def set_contact(self, contact: Contact) -> None:
        for name, field in self.fields.items():
            field.set_value(getattr(contact, name))

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        for name, field in self.fields.items():
            if name in errors:
                field.show_error(field_error(errors[name]))

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.clear_error()

    def retranslate(self) -> None:
        optional = self.tr("optional")
        captions = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "street": self.tr("Street address"), "city": self.tr("City or town"), "state": self.tr("State"),
            "zip_code": self.tr("ZIP code"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
        }
        for name, caption in captions.items():
            self.fields[name].set_caption(caption, optional)


class ReviewPage(_Page):
    edit_requested = Signal(str)     # the wizard step to go back to
    PARTS = ("username", "security", "contact", "licences")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = {part: label("", f"review_{part}") for part in self.PARTS}
        self.captions = {part: label("fieldLabel", f"review_{part}Caption") for part in self.PARTS}
        self.edits = {part: button(f"review_{part}Edit") for part in self.PARTS}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for part in self.PARTS:
            row = QHBoxLayout()
            text = QVBoxLayout()
            text.addWidget(self.captions[part])
            text.addWidget(self.values[part])
            row.addLayout(text, 1)
            row.addWidget(self.edits[part])
            self.edits[part].clicked.connect(lambda _=False, p=part: self.edit_requested.emit(p))
            column.addLayout(row)
        column.addStretch()

    def show_draft(self, draft: Registration, rules: RegistrationRules, phone: Callable[[str], str] = str) -> None:
        """``phone``: how the town writes a number (TownFormat.phone)."""
        c = draft.contact
        lines = [f"{c.first_name} {c.last_name}".strip(), c.street,
                 " ".join(p for p in (c.city, c.state, c.zip_code) if p), phone(c.phone), c.email]
        set_text(self.values["username"], draft.username)
        set_text(self.values["security"], draft.security_question)
        set_text(self.values["contact"], "\n".join(line for line in lines if line) or "—")
        set_text(self.values["licences"], "\n".join(f"{x.kind} {x.number} ({x.state})" for x in draft.licences) or "—")

    def retranslate(self) -> None:
        for part, caption in (("username", self.tr("User name")), ("security", self.tr("Security question")),
                              ("contact", self.tr("Contact details")), ("licences", self.tr("Licenses"))):
            set_text(self.captions[part], caption)
            set_text(self.edits[part], self.tr("Edit"), self.tr("Edit {part}").format(part=caption))


class TermsPage(_Page):
    def __init__(self, document: PolicyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.declaration = label("notice", "termsDeclaration")
        self.text = DocumentView()
        self.text.setObjectName("registerTermsText")
        self.text.show_markdown(document.body_markdown)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.declaration)
        column.addWidget(self.text)

    def retranslate(self) -> None:
        set_text(self.declaration, self.tr(
            "By accepting you declare that, when you act on a property, you are its owner or the owner's "
            "authorized agent, and that what you provide is true and correct. What you provide to the town "
            "may become a public record. {title}, version {version}.").format(
                title=self.document.title, version=self.document.version))
        self.text.setAccessibleName(self.document.title)


class DonePage(_Page):
    """The receipt, shown on screen (and printed by the wizard, whose bar has Continue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = label("notice", "registerReceipt")
        self.status = label("status", "registerPrintStatus")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.status)
        column.addStretch()
        self._account: AccountView | None = None

    def show_account(self, account: AccountView, when: str) -> None:
        self._account, self._when = account, when
        self.retranslate()

    def retranslate(self) -> None:
        account = self._account
        if account is None:
            return
        when = self._when
        set_text(self.summary, self.tr(
            "Your account has been created.\n\nUser name: {username}\nCreated: {when}\n\n"
            "Next: sign in at any kiosk or on the town's online portal with your user name and password. "
            "If you forget your password, use \"Forgot password\" and your security question, or ask at the "
            "front desk. The town never asks for your password by phone or e-mail.").format(
                username=account.username, when=when))
