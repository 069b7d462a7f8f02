# SPDX-License-Identifier: Apache-2.0
"""Privacy & terms: read the town's policies (the screen flicks), find a word, print a notice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QWidget

from kiosk.core.policies import PolicyDocument
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.document_view import DocumentView
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.keyboard import set_keyboard_kind
from kiosk.ui.widgets.touch_button import TouchRadio

DOCS = ("privacy", "terms")


class PoliciesScreen(Screen):
    screen_id = "policies"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.doc_buttons = {doc_id: TouchRadio() for doc_id in DOCS}     # one of two: radio buttons
        group = QButtonGroup(self)
        tabs = QHBoxLayout()
        for doc_id, widget in self.doc_buttons.items():
            widget.setObjectName(f"policy_{doc_id}")
            group.addButton(widget)
            widget.clicked.connect(lambda _=False, d=doc_id: self.show_document(d))
            tabs.addWidget(widget)
        tabs.addStretch()
        self.meta = label("subtitle", "policyMeta")
        self.changes = label("notice", "policyChanges")
        # A version published to take effect later, readable before it applies (its notice is on Home).
        self.upcoming_button = button("policyUpcoming")
        self.upcoming_button.setCheckable(True)
        self.upcoming_button.clicked.connect(self._show_version)
        self.language_note = label("", "policyLanguageNote")
        self.text = DocumentView()
        self.text.setObjectName("policyText")
        self.find_field = QLineEdit()
        self.find_field.setObjectName("policyFind")
        self.find_field.setMaxLength(100)
        set_keyboard_kind(self.find_field, "text")
        self.find_button = button("policyFindNext")
        self.find_button.clicked.connect(self.find_next)
        self.print_button = button("policyPrint", "primary")
        self.print_button.clicked.connect(self.print_current)
        self.status = label("status", "policyStatus")
        # Find and print stay in reach, below the scrolling text: finding a word scrolls to it
        # without taking the find box off the screen.
        find = QWidget()
        find_row = QHBoxLayout(find)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_button)
        self.action_bar = ActionBar(left=(find,), right=(self.print_button,), wide=find)
        layout = self.column(spacing=12)
        layout.addLayout(tabs)
        layout.addWidget(self.meta)
        layout.addWidget(self.changes)
        layout.addWidget(button_row(self.upcoming_button))
        layout.addWidget(self.language_note)
        layout.addWidget(self.status)
        layout.addWidget(self.text)
        self.document: PolicyDocument | None = None
        self.show_document(self._first_changed() or "privacy")

    def _first_changed(self) -> str | None:
        today = self.ctx.today()
        changed = [*self.ctx.pack.upcoming_policies(today), *self.ctx.pack.policy_notices(today)]
        return changed[0].doc_id if changed else None

    def _upcoming(self, doc_id: str) -> PolicyDocument | None:
        return next((d for d in self.ctx.pack.upcoming_policies(self.ctx.today()) if d.doc_id == doc_id), None)

    def title(self) -> str:
        return self.tr("Privacy & terms")

    def show_document(self, doc_id: str) -> None:
        self.doc_buttons[doc_id].setChecked(True)
        self.upcoming_button.setChecked(False)
        self._show_version()

    def _show_version(self) -> None:
        """The chosen document in force, or its version to come when that is asked for."""
        doc_id = next(d for d, b in self.doc_buttons.items() if b.isChecked())
        upcoming = self._upcoming(doc_id)
        self.upcoming_button.setVisible(upcoming is not None)
        reading_upcoming = self.upcoming_button.isChecked()
        document = upcoming if upcoming is not None and reading_upcoming else self.ctx.pack.policy(doc_id, self.ctx.today())
        self.document = document
        self.text.show_markdown(document.body_markdown)
        show_status(self.status, "")
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
        today, language = self.ctx.today(), self.language()
        meta = (self.tr("{title}, version {version}, takes effect on {date}") if doc.effective > today
                else self.tr("{title}, version {version}, in force since {date}")).format(
            title=doc.title, version=doc.version, date=long_date(doc.effective, language))
        if doc.sample:
            meta += " " + self.tr("(sample text, not adopted by the town)")
        set_text(self.meta, meta)
        coming = doc.effective > today
        recent = doc.changes and (coming or doc in self.ctx.pack.policy_notices(today))
        words = self.tr("What will change: {changes}") if coming else self.tr("What changed: {changes}")
        set_text(self.changes, words.format(changes=doc.changes) if recent else "")
        self.changes.setVisible(bool(recent))
        upcoming = self._upcoming(doc.doc_id) if not coming else doc
        if upcoming is not None:
            set_text(self.upcoming_button, self.tr("Back to the version in force") if coming else
                     self.tr("Read the version that takes effect on {date}").format(
                         date=long_date(upcoming.effective, language)))
        translated = self.language() != "en"
        set_text(self.language_note, self.tr("This document is published in English only.") if translated else "")
        self.language_note.setVisible(translated)

    def enter_action(self) -> tuple[str, Callable[[], None]] | None:
        """Enter in the find box finds the next match."""
        if self.find_field.hasFocus():
            return self.find_button.text().replace("&&", "&"), self.find_next
        return super().enter_action()

    def find_next(self) -> None:
        needle = self.find_field.text().strip()
        if not needle:
            return
        if not self.text.find_and_show(needle):
            show_status(self.status, self.tr("That word is not in this document."))
            return
        show_status(self.status, "")

    def print_current(self) -> None:
        doc = self.document
        if doc is None:
            return
        from kiosk.printing.documents import PolicyNotice, render_policy_notice  # reportlab: not at start-up

        notice = PolicyNotice(town_name=self.ctx.pack.name, town_state=self.ctx.pack.state, document=doc,
                              printed_at=self.ctx.now(), kiosk_id=self.ctx.kiosk_id, timezone=self.ctx.pack.timezone)
        title = f"{self.ctx.pack.short_name} {doc.title} {doc.version}"
        self.print_with_feedback(lambda: render_policy_notice(notice), title, self.status, self.print_button)

