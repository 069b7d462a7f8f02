# SPDX-License-Identifier: Apache-2.0
"""One resident's account, as the front desk helps with it: what is held (contact details,
licences, the lock, the terms accepted; never a password, a security answer or a hash: the
service's StaffAccountView has none), unlocking it, a temporary password printed on a slip for the
resident, correcting contact details (the registration's own editor and words), and, for a
supervisor, closing the account and answering a records request (kiosk.ui.console.assist_export).

The temporary password shows once, large, until the staff member leaves the account: it is not
kept anywhere else (the service stores only its hash), so a slip that did not print can still be
written out by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from kiosk.core.accounts import FieldErrors
from kiosk.core.assist import AccountExport, AssistRefusal, AssistRefused, StaffAccountView, TemporaryPassword
from kiosk.core.pack import TownPack
from kiosk.core.printing import PrinterError, PrintJob
from kiosk.core.staff import StaffRole
from kiosk.core.town_format import TownFormat
from kiosk.ui.console.assist_export import SavedExport, print_export, save_export
from kiosk.ui.console.assist_tools import AssistTools
from kiosk.ui.console.layout import reveal
from kiosk.ui.console.page import ConsolePage
from kiosk.ui.console.widgets import Confirm
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.screens.register_pages import ContactPage
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.flow import button_row


@dataclass(frozen=True, slots=True)
class _Issued:
    temporary: TemporaryPassword
    printed: bool              # the slip went to the printer


class AccountPanel(QWidget):
    back_requested = Signal()
    changed = Signal(object)          # the StaffAccountView after a change (the results' marks follow)

    def __init__(self, page: ConsolePage, tools: AssistTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistAccount")
        self._page, self._tools = page, tools
        self._supervisor = page.member.role is StaffRole.SUPERVISOR
        self._view: StaffAccountView | None = None
        self._issued: TemporaryPassword | None = None
        self.back = button("assistBack")
        self.back.clicked.connect(self.back_requested)
        self.heading = label("title", "assistAccountHeading")
        self.marks = label("status", "assistAccountMarks")
        self.facts = FactsTable("assistFacts")
        # -- signing in
        self.help_heading = label("subtitle", "assistHelpHeading")
        self.unlock = button("assistUnlock", "primary")
        self.temporary = button("assistTemporary")
        self.help_confirm = Confirm("assistTemporaryConfirm")
        self.help_status = label("status", "assistHelpStatus")
        self.issued_heading = label("fieldLabel", "assistTemporaryHeading")
        self.issued_password = label("", "assistTemporaryPassword", wrap=False)
        self.issued_note = label("notice", "assistTemporaryNote")
        self.unlock.clicked.connect(self._on_unlock)
        self.temporary.clicked.connect(self._ask_temporary)
        # -- contact details
        self.contact_heading = label("subtitle", "assistContactHeading")
        self.contact = ContactPage(tools.rules)
        self.save_contact = button("assistSaveContact", "primary")
        self.contact_status = label("status", "assistContactStatus")
        self.save_contact.clicked.connect(self._on_save_contact)
        # -- supervisors: closing, records requests
        self.records_heading = label("subtitle", "assistRecordsHeading")
        self.close_account = button("assistClose")
        self.export = button("assistExport")
        self.records_confirm = Confirm("assistRecordsConfirm")
        self.records_status = label("status", "assistRecordsStatus")
        self.close_account.clicked.connect(self._ask_close)
        self.export.clicked.connect(self._ask_export)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for widget in (button_row(self.back), self.heading, self.marks, self.facts, self.help_heading,
                       button_row(self.unlock, self.temporary, spacing=16), self.help_confirm, self.help_status,
                       self.issued_heading, self.issued_password, self.issued_note,
                       self.contact_heading, self.contact, button_row(self.save_contact), self.contact_status):
            column.addWidget(widget)
        supervisor_part = (self.records_heading, button_row(self.close_account, self.export, spacing=16), self.records_confirm,
                           self.records_status)
        for widget in supervisor_part:
            column.addWidget(widget)
            widget.setVisible(self._supervisor)       # hidden; and the service refuses anyone else
        for widget in (self.help_status, self.contact_status, self.records_status, self.help_confirm,
                       self.records_confirm):
            widget.hide()
        self._show_issued(None)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------------

    def show_account(self, view: StaffAccountView) -> None:
        """A newly opened account: nothing of the one before stays (its password, its messages)."""
        self.forget()
        self._view = view
        self.contact.set_contact(replace(view.contact, phone=self._fmt().phone(view.contact.phone)))
        self.contact.clear_errors()
        self._refresh(view)

    def forget(self) -> None:
        """Leaving the account: the temporary password goes from the screen, questions are dropped."""
        self._view = None
        self._show_issued(None)
        self.help_confirm.dismiss()
        self.records_confirm.dismiss()
        for status in (self.help_status, self.contact_status, self.records_status):
            show_status(status, "")

    def _refresh(self, view: StaffAccountView) -> None:
        self._view = view
        open_ = view.closed_at is None
        self.unlock.setVisible(view.locked_until is not None and open_)
        self.temporary.setVisible(open_)
        self.save_contact.setEnabled(open_)
        self.close_account.setVisible(self._supervisor and open_)
        self.retranslate()

    def _show_issued(self, temporary: TemporaryPassword | None) -> None:
        self._issued = temporary
        for widget in (self.issued_heading, self.issued_password, self.issued_note):
            widget.setVisible(temporary is not None)
        if temporary is None:
            self.issued_password.clear()
            self.issued_password.setAccessibleName("")
        self._retranslate_issued()

    # -- unlock and temporary password ------------------------------------------------------------

    def _on_unlock(self) -> None:
        view, assist, actor = self._view, self._tools.assist, self._page.actor
        if view is None:
            return
        self._page.in_background(lambda: assist.unlock(actor, view.account_id), self._unlocked, self.help_status,
                                 busy=(self.unlock,), on_answer=self._answer(self.help_status))

    def _unlocked(self, view: StaffAccountView) -> None:
        self._refresh(view)
        self.changed.emit(view)
        show_status(self.help_status, self.tr("Unlocked: {username} can sign in again now.").format(
            username=view.username))

    def _ask_temporary(self) -> None:
        if self._view is None:
            return
        self.help_confirm.ask(
            self.tr("Issue a temporary password for {username}? Their present password stops working. A slip "
                    "with the temporary one prints for them, and the kiosk makes them choose a new password "
                    "at their next sign-in. Only do this with the resident at the desk.").format(
                        username=self._view.username),
            self.tr("Issue and print the slip"), self.tr("Cancel"), self._on_temporary)

    def _on_temporary(self) -> None:
        view, tools, actor, ctx = self._view, self._tools, self._page.actor, self._page.ctx
        if view is None:
            return

        def work() -> _Issued:
            temporary = tools.assist.issue_temporary_password(actor, view.account_id)
            try:
                _print_slip(tools, ctx.pack, ctx.kiosk_id, ctx.now(), temporary)
            except PrinterError:           # the password is issued all the same: shown, for writing out
                return _Issued(temporary, printed=False)
            return _Issued(temporary, printed=True)

        self._show_issued(None)
        self._page.in_background(work, self._temporary_issued, self.help_status,
                                 busy=(self.temporary, self.unlock), on_answer=self._answer(self.help_status),
                                 waiting=self.tr("Issuing and printing…"))

    def _temporary_issued(self, issued: _Issued) -> None:
        self._show_issued(issued.temporary)
        reveal(self.issued_note)
        if issued.printed:
            show_status(self.help_status, self.tr("The slip is printing. Hand it to the resident yourself."))
        else:
            show_status(self.help_status, self.tr(
                "The temporary password is issued, but the printer is not working, so no slip printed. "
                "Write the user name and the password below on paper for the resident."), error=True)
        view = self._view
        if view is not None:          # a lock is lifted by a temporary password too
            assist, actor, account_id = self._tools.assist, self._page.actor, view.account_id
            self._page.in_background(lambda: assist.view(actor, account_id), self._after_change, self.help_status)

    def _after_change(self, view: StaffAccountView) -> None:
        self._refresh(view)
        self.changed.emit(view)

    # -- contact details -------------------------------------------------------------------------

    def _on_save_contact(self) -> None:
        view, assist, actor = self._view, self._tools.assist, self._page.actor
        if view is None:
            return
        self.contact.clear_errors()
        contact = self.contact.contact()
        self._page.in_background(lambda: assist.correct_contact(actor, view.account_id, contact), self._contact_saved,
                                 self.contact_status, busy=(self.save_contact,), on_answer=self._contact_refused)

    def _contact_saved(self, view: StaffAccountView) -> None:
        self.contact.set_contact(replace(view.contact, phone=self._fmt().phone(view.contact.phone)))
        self._refresh(view)
        self.changed.emit(view)
        show_status(self.contact_status, self.tr("The contact details were corrected."))

    def _contact_refused(self, exc: Exception) -> None:
        if isinstance(exc, FieldErrors):
            self.contact.show_errors(exc.errors)
            show_status(self.contact_status, self.tr("Please correct the marked fields. Nothing was changed."),
                        error=True)
        else:
            self._answer(self.contact_status)(exc)

    # -- closing and records requests (supervisors) ----------------------------------------------

    def _ask_close(self) -> None:
        if self._view is None:
            return
        self.records_confirm.ask(
            self.tr("Close the account {username}? The resident can no longer sign in, and the user name stays "
                    "taken. Their messages are kept as before; the account itself is deleted {days} days after "
                    "closing. This cannot be undone here.").format(
                        username=self._view.username, days=self._tools.retention.periods.closed_accounts_days),
            self.tr("Close the account"), self.tr("Keep it open"), self._on_close)

    def _on_close(self) -> None:
        view, assist, actor = self._view, self._tools.assist, self._page.actor
        if view is None:
            return
        self._page.in_background(lambda: assist.close(actor, view.account_id), self._closed, self.records_status,
                                 busy=(self.close_account,), on_answer=self._answer(self.records_status))

    def _closed(self, view: StaffAccountView) -> None:
        self._show_issued(None)
        self._refresh(view)
        self.changed.emit(view)
        show_status(self.records_status, self.tr("The account is closed."))

    def _ask_export(self) -> None:
        if self._view is None:
            return
        if self._page.ctx.on_kiosk:
            self.records_confirm.ask(
                self.tr("Print everything held about {username} for a records request? The readable copy prints "
                        "here, on the kiosk's printer: stay by it. The same records as a JSON file come from a "
                        "front-desk PC (kiosk --staff) or from kiosk-admin accounts export.").format(
                            username=self._view.username),
                self.tr("Print the records"), self.tr("Cancel"), self._export_to_printer)
        else:
            self._choose_folder()

    def _choose_folder(self) -> None:
        """A folder on this PC for both files (a dialog of its own: the console is a normal window here)."""
        dialog = QFileDialog(self, self.tr("Choose the folder for the records export"))
        dialog.setObjectName("assistExportFolder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda chosen: self._export_to_folder(Path(chosen)) if chosen else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _export_to_folder(self, folder: Path) -> None:
        view, assist, actor, zone = self._view, self._tools.assist, self._page.actor, self._page.ctx.pack.timezone
        if view is None:
            return

        def work() -> SavedExport | OSError:
            export = assist.export(actor, view.account_id)
            try:
                return save_export(export, folder, zone)
            except OSError as exc:          # a folder that cannot be written: said, not raised
                return exc

        self._page.in_background(work, self._saved, self.records_status, busy=(self.export,),
                                 on_answer=self._answer(self.records_status), waiting=self.tr("Exporting…"))

    def _saved(self, outcome: SavedExport | OSError) -> None:
        if isinstance(outcome, OSError):
            show_status(self.records_status, self.tr(
                "The export could not be saved in that folder (it cannot be written, or files of that name are "
                "there already). Please choose another folder."), error=True)
            return
        show_status(self.records_status, self.tr(
            "Saved: {json} and {pdf}. Both hold the resident's personal data: send them only to the requester "
            "and keep them with the request.").format(json=outcome.json_path, pdf=outcome.pdf_path))

    def _export_to_printer(self) -> None:
        view, tools, actor, zone = self._view, self._tools, self._page.actor, self._page.ctx.pack.timezone
        if view is None:
            return

        def work() -> PrintJob | None:
            export: AccountExport = tools.assist.export(actor, view.account_id)
            try:
                return print_export(export, tools.printer, zone)
            except PrinterError:
                return None

        self._page.in_background(work, self._printed, self.records_status, busy=(self.export,),
                                 on_answer=self._answer(self.records_status), waiting=self.tr("Printing…"))

    def _printed(self, job: PrintJob | None) -> None:
        if job is None:
            show_status(self.records_status, self.tr(
                "The printer is not working, so the records did not print. Export them from a front-desk PC "
                "(kiosk --staff) or with kiosk-admin accounts export."), error=True)
        else:
            show_status(self.records_status, self.tr(
                "The records are printing. The JSON copy comes from a front-desk PC (kiosk --staff) or from "
                "kiosk-admin accounts export."))

    # -- words -----------------------------------------------------------------------------------

    def _answer(self, status: QLabel) -> Callable[[Exception], None]:
        def said(exc: Exception) -> None:
            show_status(status, self.refusal_words(exc), error=True)
        return said

    def refusal_words(self, exc: Exception) -> str:
        if isinstance(exc, AssistRefused):
            return {AssistRefusal.NOT_ALLOWED: self.tr("Only a supervisor can do this."),
                    AssistRefusal.ALREADY_CLOSED: self.tr("This account is closed already."),
                    AssistRefusal.EMPTY_QUERY: self.tr("Please type a user name, a name or an e-mail address.")
                    }[exc.reason]
        if isinstance(exc, LookupError):
            return self.tr("This account no longer exists (retention may have deleted it).")
        return self.tr("That did not work. Please try again.")

    def _fmt(self) -> TownFormat:
        return self._page.ctx.town_format()

    def retranslate(self) -> None:
        set_text(self.back, self.tr("Back to the results"))
        set_text(self.help_heading, self.tr("Signing in"))
        set_text(self.unlock, self.tr("Unlock"), self.tr("Unlock the account"))
        set_text(self.temporary, self.tr("Issue a temporary password"))
        set_text(self.contact_heading, self.tr("Contact details"))
        self.contact.retranslate()
        set_text(self.save_contact, self.tr("Save the corrections"))
        set_text(self.records_heading, self.tr("Closing and records requests (supervisors)"))
        set_text(self.close_account, self.tr("Close the account"))
        set_text(self.export, self.tr("Export everything held"),
                 self.tr("Export everything held about this account, for a records request"))
        view = self._view
        if view is not None:
            set_text(self.heading, self.tr("Account {username}").format(username=view.username))
            set_text(self.marks, self._marks(view))
            self.facts.show_facts(self._facts(view))
        self._retranslate_issued()

    def _retranslate_issued(self) -> None:
        issued = self._issued
        if issued is None:
            return
        set_text(self.issued_heading, self.tr("Temporary password for {username}").format(username=issued.username))
        set_text(self.issued_password, issued.password,
                 self.tr("Temporary password: {letters}").format(letters=" ".join(issued.password)))
        set_text(self.issued_note, self.tr(
            "Shown this once: it goes from the screen when you leave this account. Hand the slip to the resident "
            "(check the user name on it); the kiosk makes them choose their own password at the next sign-in."))

    def _marks(self, view: StaffAccountView) -> str:
        fmt = self._fmt()
        marks = []
        if view.closed_at is not None:
            marks.append(self.tr("Closed on {date}.").format(date=fmt.day(view.closed_at)))
        if view.locked_until is not None:
            marks.append(self.tr("Locked after too many failed sign-ins, until {time}.").format(
                time=fmt.clock(view.locked_until)))
        if view.must_change_password:
            marks.append(self.tr("A temporary password is waiting to be replaced."))
        return " ".join(marks) or self.tr("Open, not locked.")

    def _facts(self, view: StaffAccountView) -> list[tuple[str, str]]:
        c, fmt = view.contact, self._fmt()
        place = " ".join(p for p in (c.city, c.state, c.zip_code) if p)
        terms = (self.tr("version {version}, on {date}").format(version=view.terms.version,
                                                                 date=fmt.day(view.terms.accepted_at))
                 if view.terms is not None else self.tr("none accepted"))
        return [
            (self.tr("Name"), " ".join(p for p in (c.first_name, c.last_name) if p) or "—"),
            (self.tr("Address"), ", ".join(p for p in (c.street, place) if p) or "—"),
            (self.tr("Phone"), fmt.phone(c.phone) if c.phone else "—"),
            (self.tr("E-mail"), c.email or "—"),
            (self.tr("Licenses"), "\n".join(f"{x.kind} {x.number} ({x.state})" for x in view.licences) or "—"),
            (self.tr("Terms accepted"), terms),
            (self.tr("Account created"), fmt.day(view.created_at)),
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _print_slip(tools: AssistTools, pack: TownPack, kiosk_id: str, now: dt.datetime,
                temporary: TemporaryPassword) -> PrintJob:
    """The slip (kiosk.printing.temporary_password: the user name and the password, nothing else
    about the resident) on the console's printer. The job's title reaches the spooler: no name."""
    from kiosk.printing.temporary_password import TemporaryPasswordSlip, render_temporary_password_slip  # reportlab

    issued_at = now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)
    slip = TemporaryPasswordSlip(pack.name, pack.state, temporary.username, temporary.password, issued_at,
                                 kiosk_id, pack.front_desk, pack.timezone, tools.slip_page())
    return tools.printer.submit(render_temporary_password_slip(slip), "Temporary password")
