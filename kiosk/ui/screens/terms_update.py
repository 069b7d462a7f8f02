# SPDX-License-Identifier: Apache-2.0
"""New terms since the resident last accepted: what changed, print them, accept or decline.
Declining leaves the resident signed in for searching and reading only."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from kiosk.core.accounts import TermsStatus
from kiosk.core.policy_diff import Change, diff_paragraphs
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, button, label, set_text
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.document_view import DocumentView


class TermsUpdateScreen(Screen):
    screen_id = "terms_update"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.document = ctx.pack.policy("terms", ctx.today())
        self.heading = label("title", "termsUpdateHeading")
        self.intro = label("", "termsUpdateIntro")
        self.changes = DocumentView()
        self.changes.setObjectName("termsUpdateChanges")
        self.status = label("status", "termsUpdateStatus")
        self.print = button("termsUpdatePrint")
        self.decline = button("termsUpdateDecline")
        self.accept = button("termsUpdateAccept", "primary")
        self.print.clicked.connect(self.print_terms)
        self.decline.clicked.connect(self.decline_terms)
        self.accept.clicked.connect(self.accept_terms)
        # Accept sits in the middle, never where Sign in was on the screen before.
        self.action_bar = ActionBar(left=(self.print, self.decline), centre=(self.accept,))
        layout = self.column(spacing=12)
        for widget in (self.heading, self.intro, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.changes)
        layout.addStretch()
        self._old_version = ""
        self.retranslate()

    def title(self) -> str:
        return self.tr("New terms")

    def enter(self) -> None:
        session = self.ctx.sessions.current
        if session is None or session.account_id is None:
            return
        account_id, accounts, document = session.account_id, self.ctx.accounts, self.document
        self.accept.setEnabled(False)        # until what changed is shown: nothing is accepted unseen
        self.in_background(lambda: accounts.terms_status(account_id, document), self._show_changes, self.status,
                           waiting=self.tr("One moment…"))

    def _show_changes(self, status: TermsStatus) -> None:
        self.accept.setEnabled(True)
        self._old_version = status.accepted.version if status.accepted else ""
        self.changes.show_markdown(self._as_markdown(status.accepted_text or ""))
        self.retranslate()

    def _as_markdown(self, old_text: str) -> str:
        added, removed = self.tr("Added:"), self.tr("Removed:")
        parts = []
        for paragraph in diff_paragraphs(old_text, self.document.body_markdown):
            text = paragraph.text.replace("~", "\\~")
            if paragraph.change is Change.ADDED:
                parts.append(f"**{added}** {text}")
            elif paragraph.change is Change.REMOVED:
                parts.append(f"**{removed}** ~~{text}~~")
            else:
                parts.append(text)
        return "\n\n".join(parts)

    def accept_terms(self) -> None:
        session = self.ctx.sessions.current
        if session is None or session.account_id is None:
            return
        account_id, accounts, document = session.account_id, self.ctx.accounts, self.document
        self.in_background(lambda: accounts.accept_terms(account_id, document), self._accepted, self.status,
                           busy=(self.accept, self.decline))

    def _accepted(self, _acceptance: object) -> None:
        session = self.ctx.sessions.current
        if session is not None:
            session.may_do_business = True
        self.navigated.emit("account")

    def decline_terms(self) -> None:
        session = self.ctx.sessions.current
        if session is not None:
            session.may_do_business = False
        self.navigated.emit("home")

    def print_terms(self) -> None:
        from kiosk.printing.documents import PolicyNotice, render_policy_notice  # reportlab: not at start-up

        notice = PolicyNotice(self.ctx.pack.name, self.ctx.pack.state, self.document, self.ctx.now(), self.ctx.kiosk_id,
                              self.ctx.pack.timezone)
        title = f"{self.ctx.pack.short_name} {self.document.title} {self.document.version}"
        self.print_with_feedback(lambda: render_policy_notice(notice), title, self.status, self.print)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("The town's terms have changed"))
        intro = self.tr("You accepted version {old}. Version {new} is now in force. Below, what changed is "
                        "marked Added or Removed. Accept to do business with the town; if you decline, you can "
                        "still search records and read the town's information.").format(
                            old=self._old_version or "—", new=self.document.version)
        set_text(self.intro, intro)
        set_text(self.print, self.tr("Print the new terms"))
        set_text(self.decline, self.tr("Decline"))
        set_text(self.accept, self.tr("Accept the new terms"))
        self.changes.setAccessibleName(self.tr("What changed in the terms"))

    def tour_states(self) -> Iterator[str]:
        """Only a signed-in resident is shown new terms."""
        session = self.ctx.sessions.current
        if session is not None and session.account_id is not None:
            yield ""
