# SPDX-License-Identifier: Apache-2.0
""""Run the kiosk": end the visit in progress, put the kiosk out of service with a message and back,
print a test page, see whether the database, the printer and the e-mail server answer; and, for a
supervisor at the kiosk itself, restart it or leave kiosk mode for the desktop.

It acts on this kiosk only (the one whose window shows it, or on a front-desk PC the printer and
servers of that PC): acting on another kiosk of a fleet through the shared database is later work,
though the out-of-service state is already stored per kiosk id for it. KioskControl does each
action, decides who may, and writes its audit entry.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kiosk.core.kiosk_control import MESSAGE_MAX, Check, CheckResult, Reason, ServiceState, may_leave_kiosk_mode
from kiosk.core.staff import StaffMember
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.keyboard import set_keyboard_kind


class RunKioskPage(ConsolePage):
    page_id = "runKiosk"

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self._state = ServiceState()
        self.heading = label("title", "runKioskHeading")
        # -- the visit
        self.visit_heading = label("subtitle", "runKioskVisitHeading")
        self.end_visit = button("runKioskEndVisit")
        self.visit_status = label("status", "runKioskVisitStatus")
        self.end_visit.clicked.connect(self._on_end_visit)
        # -- in service or not
        self.service_heading = label("subtitle", "runKioskServiceHeading")
        self.service_state = label("status", "runKioskServiceState")
        self.message_label = label("fieldLabel", "runKioskMessageLabel")
        self.message = QLineEdit()
        self.message.setObjectName("runKioskMessage")
        self.message.setMaxLength(MESSAGE_MAX)
        set_keyboard_kind(self.message, "text")
        self.message_label.setBuddy(self.message)
        self.out_of_service = button("runKioskOutOfService", "primary")
        self.in_service = button("runKioskInService", "primary")
        self.service_status = label("status", "runKioskServiceStatus")
        self.out_of_service.clicked.connect(self._on_out_of_service)
        self.in_service.clicked.connect(self._on_in_service)
        # -- printer and servers
        self.parts_heading = label("subtitle", "runKioskPartsHeading")
        self.test_page = button("runKioskTestPage")
        self.check = button("runKioskCheck")
        self.parts_status = label("status", "runKioskPartsStatus")
        self.results: dict[Check, QLabel] = {which: label("", f"runKioskCheck_{which.value}") for which in Check}
        self.test_page.clicked.connect(self._on_test_page)
        self.check.clicked.connect(self._on_check)
        # -- kiosk mode (supervisors, at the kiosk)
        self.mode_heading = label("subtitle", "runKioskModeHeading")
        self.restart = button("runKioskRestart")
        self.exit = button("runKioskExit")
        self.mode_status = label("status", "runKioskModeStatus")
        self.restart.clicked.connect(lambda: self._on_leave(restart=True))
        self.exit.clicked.connect(lambda: self._on_leave(restart=False))

        layout = self.column()
        layout.addWidget(self.heading)
        at_kiosk = ctx.on_kiosk
        for widget in (self.visit_heading, button_row(self.end_visit), self.visit_status):
            layout.addWidget(widget)
            widget.setVisible(at_kiosk)
        for widget in (self.service_heading, self.service_state, self.message_label, self.message,
                       button_row(self.out_of_service, self.in_service), self.service_status):
            layout.addWidget(widget)
            widget.setVisible(at_kiosk)
        layout.addWidget(self.parts_heading)
        layout.addWidget(button_row(self.test_page, self.check))
        layout.addWidget(self.parts_status)
        for result in self.results.values():
            layout.addWidget(result)
            result.hide()
        supervisor = at_kiosk and ctx.leave_kiosk_mode is not None and may_leave_kiosk_mode(self.actor)
        for widget in (self.mode_heading, button_row(self.restart, self.exit), self.mode_status):
            layout.addWidget(widget)
            widget.setVisible(supervisor)
        layout.addStretch()
        for status in (self.visit_status, self.service_status, self.parts_status, self.mode_status):
            status.hide()
        self.out_of_service.hide()           # until the state is read (enter)
        self.in_service.hide()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Run the kiosk")

    def enter(self) -> None:
        if self.ctx.on_kiosk:
            control = self.ctx.control
            self.in_background(control.state, self._show_state, self.service_status)

    # -- the visit -------------------------------------------------------------------------------

    def _on_end_visit(self) -> None:
        ended = self.ctx.end_visit()
        if ended:
            control, actor = self.ctx.control, self.actor
            self.in_background(lambda: control.visit_ended(actor, "from the console"), lambda _: None,
                               self.visit_status)
        show_status(self.visit_status, self.tr("The visit in progress has ended.") if ended else
                    self.tr("No visit is in progress on this kiosk. (A visit in progress ends when the console opens.)"))

    # -- in service or not -----------------------------------------------------------------------

    def _on_out_of_service(self) -> None:
        text = " ".join(self.message.text().split())
        if not text:
            show_status(self.service_status, self.tr("Please type the message residents will read."), error=True)
            self.message.setFocus()
            return
        control, actor = self.ctx.control, self.actor
        self.in_background(lambda: control.put_out_of_service(actor, text), self._changed, self.service_status,
                           busy=(self.out_of_service,), on_answer=lambda _exc: show_status(
                               self.service_status, self.tr("Please use a shorter message."), error=True))

    def _on_in_service(self) -> None:
        control, actor = self.ctx.control, self.actor
        self.in_background(lambda: control.put_in_service(actor), self._changed, self.service_status,
                           busy=(self.in_service,))

    def _changed(self, state: ServiceState) -> None:
        self._show_state(state)
        self.ctx.service_changed(state)
        show_status(self.service_status, self.tr("Residents now see the message instead of Start.")
                    if state.out_of_service else self.tr("The kiosk is back in service."))

    def _show_state(self, state: ServiceState) -> None:
        self._state = state
        self.out_of_service.setVisible(not state.out_of_service)
        self.in_service.setVisible(state.out_of_service)
        self.message.setEnabled(not state.out_of_service)
        if state.out_of_service:
            self.message.setText(state.message)
        self._retranslate_state()

    # -- printer and servers ---------------------------------------------------------------------

    def _on_test_page(self) -> None:
        control, actor = self.ctx.control, self.actor
        self.in_background(lambda: control.print_test_page(actor),
                           lambda _job: show_status(self.parts_status, self.tr("The test page was sent to the printer.")),
                           self.parts_status, busy=(self.test_page,), waiting=self.tr("Printing…"),
                           on_answer=lambda _exc: show_status(
                               self.parts_status, self.tr("The test page did not print: the printer is not "
                                                          "working. Use Check to see why."), error=True))

    def _on_check(self) -> None:
        control, actor = self.ctx.control, self.actor
        for result in self.results.values():
            result.hide()
        self.in_background(lambda: control.check(actor), self._show_results, self.parts_status,
                           busy=(self.check,), waiting=self.tr("Checking… (each takes a few seconds at most)"))

    def _show_results(self, results: list[CheckResult]) -> None:
        for result in results:
            shown = self.results[result.check]
            words = self._words(result)
            set_text(shown, words)
            fine = result.reachable or result.reason is Reason.NOT_SET_UP     # nothing to reach is no fault
            shown.setProperty("role", "status" if fine else "error")
            shown.style().unpolish(shown)
            shown.style().polish(shown)
            shown.show()

    def _words(self, result: CheckResult) -> str:
        part = {Check.DATABASE: self.tr("Database"), Check.PRINTER: self.tr("Printer"),
                Check.EMAIL: self.tr("E-mail server")}[result.check]
        reason = {
            Reason.OK: self.tr("reachable"),
            Reason.NOT_SET_UP: self.tr("not set up (no e-mail is sent from this kiosk)"),
            Reason.NO_ANSWER: self.tr("not reachable: no answer in time"),
            Reason.REFUSED: self.tr("not reachable: nothing answers at that address"),
            Reason.LOGIN_REFUSED: self.tr("not reachable: it refused the kiosk's user name or password"),
            Reason.NOT_FOUND: self.tr("not reachable: not found, or not accepting work"),
            Reason.FAILED: self.tr("not reachable (details in the log)"),
        }[result.reason]
        return f"{part}: {reason}" + (f" — {result.detail}" if result.detail else "")

    # -- kiosk mode ------------------------------------------------------------------------------

    def _on_leave(self, restart: bool) -> None:
        control, actor, leave = self.ctx.control, self.actor, self.ctx.leave_kiosk_mode
        if leave is None:
            return
        self.in_background(lambda: control.leave_kiosk_mode(actor, restart), lambda _: leave(restart),
                           self.mode_status, busy=(self.restart, self.exit),
                           on_answer=lambda _exc: show_status(
                               self.mode_status, self.tr("Only a supervisor can do this."), error=True))

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.visit_heading, self.tr("The visit"))
        set_text(self.end_visit, self.tr("End the visit now"))
        set_text(self.service_heading, self.tr("In service"))
        set_text(self.message_label, self.tr("Message residents read while the kiosk is out of service"))
        self.message.setAccessibleName(self.message_label.text())
        self.message.setPlaceholderText(self.tr("e.g. This kiosk is being serviced. Please ask at the front desk."))
        set_text(self.out_of_service, self.tr("Put out of service"))
        set_text(self.in_service, self.tr("Bring back into service"))
        set_text(self.parts_heading, self.tr("Printer and servers"))
        set_text(self.test_page, self.tr("Print a test page"))
        set_text(self.check, self.tr("Check the database, printer and e-mail"))
        set_text(self.mode_heading, self.tr("Kiosk mode (supervisors)"))
        set_text(self.restart, self.tr("Restart the kiosk"))
        set_text(self.exit, self.tr("Exit to desktop"))
        self._retranslate_state()

    def _retranslate_state(self) -> None:
        state = self._state
        if state.out_of_service:
            text = self.tr("Out of service since {time}, set by {who}.").format(
                time=self.ctx.town_clock(state.changed_at) if state.changed_at else "", who=state.changed_by)
        else:
            text = self.tr("In service: residents can start a visit.")
        set_text(self.service_state, text)
