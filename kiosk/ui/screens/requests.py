# SPDX-License-Identifier: Apache-2.0
"""My requests: what a signed-in resident has sent the town, newest first, with where each stands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.submissions import SubmissionStatus, SubmissionSummary
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, label, set_text, show_status
from kiosk.ui.widgets.facts import FactsTable


class RequestsScreen(Screen):
    screen_id = "requests"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = label("", "requestsIntro")
        self.status = label("status", "requestsStatus")
        self.list = FactsTable("requestsList")
        layout = self.column()
        for widget in (self.intro, self.status, self.list):
            layout.addWidget(widget)
        layout.addStretch()
        self._requests: list[SubmissionSummary] | None = None
        self._failed = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("My requests")

    def enter(self) -> None:
        session = self.ctx.sessions.current
        if session is None or session.account_id is None:
            self.navigated.emit("signin")
            return
        submissions, account_id = self.ctx.submissions, session.account_id
        self.ctx.tasks.run(self, lambda: submissions.for_account(account_id), self._on_loaded, self._on_failed)

    def _on_loaded(self, requests: list[SubmissionSummary]) -> None:
        self._requests, self._failed = requests, False
        self.retranslate()

    def _on_failed(self, _exc: Exception) -> None:
        self._failed = True
        self.retranslate()

    def status_name(self, status: str) -> str:
        """The kiosk's own words for its default states (written for residents, translated here);
        a state the town pack added is shown with the pack's label in the visitor's language."""
        words: dict[str, str] = {
            SubmissionStatus.NEW: self.tr("Received"),
            SubmissionStatus.ACKNOWLEDGED: self.tr("Received and being looked at"),
            SubmissionStatus.IN_PROGRESS: self.tr("Being worked on"),
            SubmissionStatus.WAITING: self.tr("Waiting for more information from you"),
            SubmissionStatus.REDIRECTED: self.tr("Passed to another department or agency"),
            SubmissionStatus.RESOLVED: self.tr("Resolved"),
            SubmissionStatus.CLOSED_NO_ACTION: self.tr("Closed without action"),
            SubmissionStatus.DUPLICATE: self.tr("Closed: already reported"),
        }
        found = words.get(status)
        return found if found is not None else self.ctx.pack.queue.state(status).label_for(self.language())

    def retranslate(self) -> None:
        set_text(self.intro, self.tr("What you have sent the town from your account, newest first. Quote the "
                                     "reference number if you ask about one."))
        requests = self._requests
        if self._failed:
            show_status(self.status, self.tr("Sorry, your requests cannot be shown just now. Please try again, or "
                                             "ask at the front desk."), error=True)
        elif requests is None:
            show_status(self.status, self.tr("Loading…"))
        elif not requests:
            show_status(self.status, self.tr("You have not sent the town anything from your account yet."))
        else:
            show_status(self.status, "")
        language = self.language()
        rows = []
        for r in requests or ():
            when = long_date(self.ctx.town_time(r.created_at).date(), language)
            details = self.tr("{form} to the {department}, sent {date}. Status: {status}.").format(
                form=r.form_title, department=r.department_name, date=when, status=self.status_name(r.status))
            notes = [change.note for change in r.history if change.note]
            if notes:
                details += " " + notes[-1]
            rows.append((r.reference, details))
        self.list.show_facts(rows)
