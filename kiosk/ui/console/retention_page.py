# SPDX-License-Identifier: Apache-2.0
""""Records retention" (supervisors): how long the kiosk keeps each kind of record (the settings
retention_*_days, as RetentionService holds them), when retention last deleted and what, and a
run now. A run always counts first (a dry run, itself audited) and shows what would go; only a
second, confirmed tap deletes. RetentionService refuses anyone but a supervisor, whatever the
screen shows.

The counts are shown exactly, not suppressed (kiosk.core.suppression): they are not statistics
about residents but the size of a deletion the supervisor is about to authorise, the same
figures `kiosk-admin retention run` prints and the audit row records; one total per kind of
record, of rows past a date, broken down by nothing that could single a person out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.core.retention import LastRun, RetentionCounts, RetentionReport
from kiosk.core.staff import StaffMember, StaffRole
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.widgets import Confirm
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.flow import button_row


class RetentionPage(ConsolePage):
    page_id = "retention"
    roles = frozenset({StaffRole.SUPERVISOR})

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self.heading = label("title", "retentionHeading")
        self.intro = label("", "retentionIntro")
        self.periods_heading = label("subtitle", "retentionPeriodsHeading")
        self.periods = FactsTable("retentionPeriods")
        self.last_heading = label("subtitle", "retentionLastHeading")
        self.last = label("", "retentionLast")
        self.run_heading = label("subtitle", "retentionRunHeading")
        self.run = button("retentionRun", "primary")
        self.confirm = Confirm("retentionConfirm")
        self.status = label("status", "retentionStatus")
        self.run.clicked.connect(self._on_count)
        layout = self.column()
        for widget in (self.heading, self.intro, self.periods_heading, self.periods, self.last_heading, self.last,
                       self.run_heading, button_row(self.run), self.confirm, self.status):
            layout.addWidget(widget)
        layout.addStretch()
        self.status.hide()
        self._last: LastRun | None = None
        self._loaded = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Records retention")

    def enter(self) -> None:
        tools = self.ctx.assist
        if tools is None:
            return
        retention = tools.retention
        self.in_background(retention.last_run, self._show_last, self.status)

    def leave(self) -> None:
        self.confirm.dismiss()

    def _show_last(self, last: LastRun | None) -> None:
        self._last, self._loaded = last, True
        self._retranslate_last()

    # -- a run: count first, then delete once confirmed -------------------------------------------

    def _on_count(self) -> None:
        tools = self.ctx.assist
        if tools is None:
            return
        retention, actor = tools.retention, self.actor
        self.confirm.dismiss()
        self.in_background(lambda: retention.run(actor, dry_run=True), self._counted, self.status, busy=(self.run,),
                           waiting=self.tr("Counting what is past its period…"), on_answer=self._refused)

    def _counted(self, report: RetentionReport) -> None:
        c = report.counts
        if not (c.submissions or c.statistics_events or c.closed_accounts):
            show_status(self.status, self.tr("Nothing is past its period: there is nothing to delete."))
            return
        self.confirm.ask(
            self.tr("Delete {what}? They are past their period and cannot be brought back. The audit log is "
                    "kept.").format(what=self._counts(c)),
            self.tr("Delete them now"), self.tr("Cancel"), self._on_delete)

    def _on_delete(self) -> None:
        tools = self.ctx.assist
        if tools is None:
            return
        retention, actor = tools.retention, self.actor
        self.in_background(lambda: retention.run(actor), self._deleted, self.status, busy=(self.run,),
                           waiting=self.tr("Deleting…"), on_answer=self._refused)

    def _deleted(self, report: RetentionReport) -> None:
        show_status(self.status, self.tr("Deleted {what}.").format(what=self._counts(report.counts)))
        self._show_last(LastRun(report.ran_at, report.by, report.counts))

    def _refused(self, _exc: Exception) -> None:
        show_status(self.status, self.tr("Only a supervisor can run retention."), error=True)

    # -- words -----------------------------------------------------------------------------------

    def _counts(self, c: RetentionCounts) -> str:
        return self.tr("{submissions} message(s) sent to the town (with their history and deliveries), "
                       "{events} anonymous visit(s) of the usage statistics, and {accounts} closed account(s)").format(
                           submissions=c.submissions, events=c.statistics_events, accounts=c.closed_accounts)

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.intro, self.tr("The kiosk keeps each kind of record for the period the town set, then "
                                     "deletes it. The audit log of what staff did is kept for good."))
        set_text(self.periods_heading, self.tr("How long records are kept"))
        tools = self.ctx.assist
        if tools is not None:
            p = tools.retention.periods
            self.periods.show_facts([
                (self.tr("Messages sent to the town"),
                 self.tr("%n day(s) after the last change", "", p.submissions_days)),
                (self.tr("Anonymous visits (usage statistics)"), self.tr("%n day(s)", "", p.statistics_days)),
                (self.tr("Closed accounts"), self.tr("%n day(s) after closing", "", p.closed_accounts_days)),
                (self.tr("Audit log of staff actions"), self.tr("kept for good")),
            ])
        set_text(self.last_heading, self.tr("Last run"))
        set_text(self.run_heading, self.tr("Run retention now"))
        set_text(self.run, self.tr("Run retention now"),
                 self.tr("Run retention now: first count what would be deleted"))
        self._retranslate_last()

    def _retranslate_last(self) -> None:
        last = self._last
        if not self._loaded:
            text = ""
        elif last is None:
            text = self.tr("Retention has not run yet.")
        else:
            text = self.tr("{date} at {time}, by {who}: deleted {what}.").format(
                date=self._day(last), time=self.ctx.town_clock(last.ran_at), who=last.by,
                what=self._counts(last.counts))
        set_text(self.last, text)

    def _day(self, last: LastRun) -> str:
        return self.ctx.town_format().day(last.ran_at)
