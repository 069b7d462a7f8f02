# SPDX-License-Identifier: Apache-2.0
"""Privacy & terms: read the town's policies (the screen flicks), find a word, print a notice."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.policies import PolicyDocument
from kiosk.core.printing import failure_of
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.widgets.document_view import DocumentView

log = logging.getLogger(__name__)
DOCS = ("privacy", "terms")


class PoliciesScreen(Screen):
    screen_id = "policies"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.doc_buttons = {doc_id: button(f"policy_{doc_id}") for doc_id in DOCS}
        group = QButtonGroup(self)
        tabs = QHBoxLayout()
        for doc_id, widget in self.doc_buttons.items():
            widget.setCheckable(True)
            group.addButton(widget)
            widget.clicked.connect(lambda _=False, d=doc_id: self.show_document(d))
            tabs.addWidget(widget)
        tabs.addStretch()
        self.meta = label("subtitle", "policyMeta")
        self.changes = label("notice", "policyChanges")
        self.language_note = label("", "policyLanguageNote")
        self.text = DocumentView()
        self.text.setObjectName("policyText")
        self.find_field = QLineEdit()
        self.find_field.setObjectName("policyFind")
        self.find_field.setMaxLength(100)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_button = button("policyFindNext")
        self.find_button.clicked.connect(self.find_next)
        self.print_button = button("policyPrint", "primary")
        self.print_button.clicked.connect(self.print_current)
        self.status = label("status", "policyStatus")
        tools = QHBoxLayout()
        tools.addWidget(self.find_field, 2)
        tools.addWidget(self.find_button)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        layout.addLayout(tabs)
        layout.addWidget(self.meta)
        layout.addWidget(self.changes)
        layout.addWidget(self.language_note)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(self.text)
        self.document: PolicyDocument | None = None
        self.show_document(self._first_changed() or "privacy")

    def _first_changed(self) -> str | None:
        changed = self.ctx.pack.policy_notices(self.ctx.today())
        return changed[0].doc_id if changed else None

    def title(self) -> str:
        return self.tr("Privacy & terms")

    def show_document(self, doc_id: str) -> None:
        self.document = self.ctx.pack.policy(doc_id, self.ctx.today())
        self.doc_buttons[doc_id].setChecked(True)
        self.text.show_markdown(self.document.body_markdown)
        self._set_status("")
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.doc_buttons["privacy"], self.tr("Privacy policy"))
        set_text(self.doc_buttons["terms"], self.tr("Terms & conditions"))
        self.text.setAccessibleName(self.tr("Policy text"))
        self.find_field.setPlaceholderText(self.tr("Find a word in this document"))
        self.find_field.setAccessibleName(self.tr("Find a word in this document"))
        set_text(self.find_button, self.tr("Find next"))
        set_text(self.print_button, self.tr("Print this policy"))
        doc = self.document
        if doc is None:
            return
        meta = self.tr("{title}, version {version}, in force since {date}").format(
            title=doc.title, version=doc.version, date=long_date(doc.effective, self.language()))
        if doc.sample:
            meta += " " + self.tr("(sample text, not adopted by the town)")
        set_text(self.meta, meta)
        recent = doc.changes and doc in self.ctx.pack.policy_notices(self.ctx.today())
        set_text(self.changes, self.tr("What changed: {changes}").format(changes=doc.changes) if recent else "")
        self.changes.setVisible(bool(recent))
        translated = self.language() != "en"
        set_text(self.language_note, self.tr("This document is published in English only.") if translated else "")
        self.language_note.setVisible(translated)

    def find_next(self) -> None:
        needle = self.find_field.text().strip()
        if not needle:
            return
        if not self.text.find_and_show(needle):
            self._set_status(self.tr("That word is not in this document."))
            return
        self._set_status("")

    def print_current(self) -> None:
        doc = self.document
        if doc is None:
            return
        from kiosk.printing.documents import PolicyNotice, render_policy_notice  # reportlab: not at start-up

        notice = PolicyNotice(town_name=self.ctx.pack.name, town_state=self.ctx.pack.state, document=doc,
                              printed_at=self.ctx.now(), kiosk_id=self.ctx.kiosk_id, timezone=self.ctx.pack.timezone)
        title = f"{self.ctx.pack.short_name} {doc.title} {doc.version}"
        if self.print_for_visit(lambda: render_policy_notice(notice), title, self._on_printed, self._on_print_failed):
            self.print_button.setEnabled(False)
            self._set_status(self.tr("Printing…"))

    def _on_printed(self, _job: object) -> None:
        self.print_button.setEnabled(True)
        self._set_status(self.tr("Printed. Please take your copy from the printer."))

    def _on_print_failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        log.warning("policy notice not printed: %s", failure_of(exc).value)
        self._set_status(self.tr("Sorry, the printer is not working right now. "
                                 "Please ask at the front desk for a printed copy."), error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        show_status(self.status, text, error)
