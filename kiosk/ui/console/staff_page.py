# SPDX-License-Identifier: Apache-2.0
""""Staff" (supervisors): who has a staff account and how they sign in; add a member, disable an
account, reset a password, require two-factor sign-in.

StaffService does each action, refuses it to an assistant (the page is hidden from them too) and
writes its audit entry; this page asks and says in words what the service answered. A temporary
password is shown once, to be written down and handed over, and goes from the screen when it is
handed over, another member is chosen or the page is left.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.accounts import FieldErrors
from kiosk.core.staff import StaffMember, StaffRefusal, StaffRefused, StaffRole
from kiosk.ui.console.layout import reveal
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.messages import field_error
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.result_list import ResultList

ROWS = 8            # staff a page of the list; a town hall has a few dozen at most
ROLES = (StaffRole.ASSISTANT, StaffRole.SUPERVISOR)


class StaffPage(ConsolePage):
    page_id = "staff"
    roles = frozenset({StaffRole.SUPERVISOR})

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self._staff: list[StaffMember] = []
        self._page = 0
        self._chosen: StaffMember | None = None
        self.heading = label("title", "staffHeading")
        self.list_status = label("status", "staffListStatus")
        self.list = ResultList("staffList", ROWS)
        self.list.chosen.connect(self._choose)
        self.list.page_requested.connect(self._show_list)
        # -- the chosen member
        self.chosen_heading = label("subtitle", "staffChosenHeading")
        self.chosen_facts = label("", "staffChosenFacts")
        self.disable = button("staffDisable")
        self.reset = button("staffResetPassword")
        self.require = button("staffRequireTotp")
        self.disable.clicked.connect(self._ask_disable)
        self.reset.clicked.connect(self._on_reset)
        self.require.clicked.connect(self._on_require)
        self.confirm_question = label("status", "staffDisableQuestion")
        self.confirm_yes = button("staffDisableYes", "primary")
        self.confirm_no = button("staffDisableNo")
        self.confirm_yes.clicked.connect(self._on_disable)
        self.confirm_no.clicked.connect(self._hide_question)
        self.temporary_intro = label("", "staffTemporaryIntro")
        self.temporary = label("reference", "staffTemporaryPassword")
        self.temporary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.handed_over = button("staffHandedOver", "primary")
        self.handed_over.clicked.connect(self._forget_temporary)
        self.chosen_status = label("status", "staffChosenStatus")
        self.action_row = button_row(self.disable, self.reset, self.require)
        self.question_row = button_row(self.confirm_yes, self.confirm_no)
        self.handed_row = button_row(self.handed_over)
        self.chosen_box = QWidget()
        self.chosen_box.setObjectName("staffChosen")
        chosen = QVBoxLayout(self.chosen_box)
        chosen.setContentsMargins(0, 0, 0, 0)
        chosen.setSpacing(12)
        for widget in (self.chosen_heading, self.chosen_facts, self.action_row, self.confirm_question, self.question_row,
                       self.temporary_intro, self.temporary, self.handed_row, self.chosen_status):
            chosen.addWidget(widget)
        # -- adding a member
        self.add_heading = label("subtitle", "staffAddHeading")
        self.add_intro = label("hint", "staffAddIntro")
        self.username = FormField("staff_new_username", max_length=40)
        self.display_name = FormField("staff_new_name", max_length=120)
        self.role = FormField("staff_new_role", "choice")
        self.password = FormField("staff_first_password", "password", max_length=200)
        self.password_again = FormField("staff_first_password_again", "password", max_length=200)
        self.add = button("staffAdd", "primary")
        self.add_status = label("status", "staffAddStatus")
        self.add.clicked.connect(self._on_add)

        layout = self.column()
        for widget in (self.heading, self.list_status, self.list, self.chosen_box, self.add_heading, self.add_intro,
                       self.username, self.display_name, self.role, self.password, self.password_again,
                       button_row(self.add), self.add_status):
            layout.addWidget(widget)
        layout.addStretch()
        for widget in (self.list_status, self.add_status, self.chosen_box):
            widget.hide()
        self._hide_question()
        self._forget_temporary()
        self.retranslate()
        self._picker().setCurrentIndex(0)        # most staff are assistants

    def title(self) -> str:
        return self.tr("Staff")

    def enter(self) -> None:
        self._load()

    def leave(self) -> None:
        """Nothing handed over stays on show, nor a password typed for a new member."""
        self._forget_temporary()
        self._hide_question()
        for field in (self.password, self.password_again):
            field.wipe()

    # -- the list --------------------------------------------------------------------------------

    def _load(self, then_choose: str | None = None) -> None:
        staff = self.ctx.staff

        def loaded(members: list[StaffMember]) -> None:
            self._staff = members
            self._show_list(self._page)
            chosen = then_choose or (self._chosen.username if self._chosen is not None else None)
            found = next((m for m in members if m.username == chosen), None)
            if found is not None:
                self._show_chosen(found)

        self.in_background(staff.list, loaded, self.list_status)

    def _show_list(self, page: int) -> None:
        pages = max(1, -(-len(self._staff) // ROWS))
        self._page = page = min(max(page, 0), pages - 1)
        shown = self._staff[page * ROWS:(page + 1) * ROWS]
        self.list.show_page(shown, [self._row_text(m) for m in shown], page, page + 1 < pages,
                            chips=[(self.tr("disabled"), "bad") if not m.active else ("", "") for m in shown])
        self.list.set_pager_texts(
            self.tr("{count} staff accounts").format(count=len(self._staff)),
            self.tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
            self.tr("Previous"), self.tr("Next"), self.tr("Previous staff accounts"), self.tr("Next staff accounts"))

    def _row_text(self, member: StaffMember) -> tuple[str, str]:
        title = f"{member.display_name} — {member.username}"
        facts = " · ".join((self._role(member.role), self._state(member), self._two_factor(member),
                            self._last_sign_in(member)))
        return f"{title}\n{facts}", f"{title}. {facts}"

    def _role(self, role: StaffRole) -> str:
        return self.tr("Supervisor") if role is StaffRole.SUPERVISOR else self.tr("Assistant")

    def _state(self, member: StaffMember) -> str:
        if not member.active:
            return self.tr("disabled")
        return self.tr("active, must change the password") if member.must_change_password else self.tr("active")

    def _two_factor(self, member: StaffMember) -> str:
        if member.totp_enrolled:
            return self.tr("two-factor: set up") + (self.tr(", required") if member.totp_required else "")
        return self.tr("two-factor: required, not set up yet") if member.totp_required else self.tr(
            "two-factor: not required")

    def _last_sign_in(self, member: StaffMember) -> str:
        if member.last_sign_in_at is None:
            return self.tr("never signed in")
        return self.tr("last sign-in {when}").format(when=self._moment(member.last_sign_in_at))

    def _moment(self, when: dt.datetime) -> str:
        return self.ctx.town_format().moment(when)

    # -- the chosen member -----------------------------------------------------------------------

    def _choose(self, item: object) -> None:
        if isinstance(item, StaffMember):
            self._forget_temporary()
            self._hide_question()
            show_status(self.chosen_status, "")
            self._show_chosen(item)
            reveal(self.chosen_heading, margin=48)

    def _show_chosen(self, member: StaffMember) -> None:
        self._chosen = member
        set_text(self.chosen_heading, f"{member.display_name} — {member.username}")
        facts = (self._role(member.role), self._state(member), self._two_factor(member), self._last_sign_in(member))
        set_text(self.chosen_facts, "\n".join(fact[:1].upper() + fact[1:] for fact in facts))
        yourself = member.username == self.member.username
        self.disable.setVisible(member.active and not yourself)      # the service refuses it too
        self.reset.setVisible(member.active)
        self.require.setVisible(member.active)
        set_text(self.require, self.tr("Stop requiring two-factor sign-in") if member.totp_required
                 else self.tr("Require two-factor sign-in"))
        self.chosen_box.show()

    def _ask_disable(self) -> None:
        member = self._chosen
        if member is None:
            return
        show_status(self.chosen_status, "")
        set_text(self.confirm_question, self.tr("Disable {name}'s account? They can no longer sign in. The account "
                                                "stays, as the audit log names it.").format(name=member.display_name))
        self.action_row.hide()
        self.confirm_question.show()
        self.question_row.show()
        reveal(self.confirm_no, margin=48)

    def _hide_question(self) -> None:
        self.confirm_question.hide()
        self.question_row.hide()
        self.action_row.show()

    def _on_disable(self) -> None:
        member = self._chosen
        if member is None:
            return
        staff, actor = self.ctx.staff, self.actor

        def done(changed: StaffMember) -> None:
            self._hide_question()
            self._done(changed, self.tr("{name}'s account is disabled.").format(name=changed.display_name))

        self.in_background(lambda: staff.disable(actor, member.username), done, self.chosen_status,
                           busy=(self.confirm_yes, self.confirm_no), on_answer=self._on_refused)

    def _on_reset(self) -> None:
        member = self._chosen
        if member is None:
            return
        staff, actor = self.ctx.staff, self.actor
        show_status(self.chosen_status, "")

        def done(temporary: str) -> None:
            set_text(self.temporary_intro, self.tr(
                "The temporary password for {name}, shown only this once. Write it down and hand it over: they "
                "must choose a new password when they next sign in.").format(name=member.display_name))
            self.temporary.setText(temporary)
            self.temporary.setAccessibleName(self.tr("Temporary password: {password}").format(
                password=", ".join(" ".join(part) for part in temporary.split("-"))))
            for widget in (self.temporary_intro, self.temporary, self.handed_row):
                widget.show()
            self._load(member.username)
            reveal(self.handed_over, margin=48)

        self.in_background(lambda: staff.reset_password(actor, member.username), done, self.chosen_status,
                           busy=(self.reset,), on_answer=self._on_refused)

    def _forget_temporary(self) -> None:
        self.temporary.clear()
        self.temporary.setAccessibleName("")
        for widget in (self.temporary_intro, self.temporary, self.handed_row):
            widget.hide()

    def _on_require(self) -> None:
        member = self._chosen
        if member is None:
            return
        staff, actor, required = self.ctx.staff, self.actor, not member.totp_required

        def done(changed: StaffMember) -> None:
            if required and not changed.totp_enrolled:
                words = self.tr("{name} will set up two-factor sign-in at their next sign-in.")
            elif required:
                words = self.tr("{name} already uses two-factor sign-in; it is now required.")
            else:
                words = self.tr("Two-factor sign-in is no longer required of {name}. (Once set up, it is still "
                                "asked for.)")
            self._done(changed, words.format(name=changed.display_name))

        self.in_background(lambda: staff.require_totp(actor, member.username, required), done, self.chosen_status,
                           busy=(self.require,), on_answer=self._on_refused)

    def _done(self, changed: StaffMember, words: str) -> None:
        self._show_chosen(changed)
        show_status(self.chosen_status, words)
        self._load(changed.username)

    def _on_refused(self, exc: Exception) -> None:
        show_status(self.chosen_status, self._refusal(exc), error=True)

    # -- adding a member -------------------------------------------------------------------------

    def _on_add(self) -> None:
        for field in (self.username, self.display_name, self.role, self.password, self.password_again):
            field.clear_error()
        show_status(self.add_status, "")
        role = self._picker().currentData()
        if not isinstance(role, StaffRole):
            self.role.show_error(self.tr("Please choose a role."))
            return
        username, name = self.username.value().strip(), self.display_name.value()
        password, again = self.password.value(), self.password_again.value()
        staff, actor = self.ctx.staff, self.actor

        def added(member: StaffMember) -> None:
            for field in (self.username, self.display_name, self.password, self.password_again):
                field.wipe()
            self._picker().setCurrentIndex(0)
            show_status(self.add_status, self.tr(
                "{name} can now sign in as {username} with the first password you chose, and must then choose "
                "their own.").format(name=member.display_name, username=member.username))
            self._load(member.username)

        self.in_background(lambda: staff.add(actor, username, name, role, password, again), added, self.add_status,
                           busy=(self.add,), on_answer=self._on_add_refused, waiting=self.tr("Adding…"))

    def _on_add_refused(self, exc: Exception) -> None:
        if isinstance(exc, FieldErrors):
            self.password.wipe()          # typed again, both: a first password is handed over as typed
            self.password_again.wipe()
            for key, error in exc.errors.items():
                field = self.password_again if key == "password_again" else self.password
                field.show_error(field_error(error))
            show_status(self.add_status, self.tr("Please choose another first password."), error=True)
            return
        if isinstance(exc, StaffRefused) and exc.reason in (StaffRefusal.USERNAME_TAKEN, StaffRefusal.USERNAME_INVALID):
            self.username.show_error(self._refusal(exc))
            self.username.input.setFocus()
        elif isinstance(exc, StaffRefused) and exc.reason is StaffRefusal.NAME_INVALID:
            self.display_name.show_error(self._refusal(exc))
        show_status(self.add_status, self._refusal(exc), error=True)

    def _refusal(self, exc: Exception) -> str:
        reason = exc.reason if isinstance(exc, StaffRefused) else None
        return {
            StaffRefusal.NOT_ALLOWED: self.tr("Only a supervisor can manage staff accounts."),
            StaffRefusal.USERNAME_TAKEN: self.tr("That user name is taken (perhaps by a disabled account). Please "
                                                 "choose another."),
            StaffRefusal.USERNAME_INVALID: self.tr("A user name is 3 to 40 characters: lower-case letters a-z, "
                                                   "digits, dots, dashes or underscores, starting with a letter."),
            StaffRefusal.NAME_INVALID: self.tr("Please type the name as it should show, up to 120 characters."),
            StaffRefusal.ALREADY_DISABLED: self.tr("This account is already disabled."),
            StaffRefusal.NOT_YOURSELF: self.tr("You cannot disable your own account. Another supervisor can."),
        }.get(reason, self.tr("That did not work. Please try again.")) if reason else self.tr(
            "That did not work. Please try again.")

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.disable, self.tr("Disable the account"))
        set_text(self.reset, self.tr("Reset the password"))
        set_text(self.confirm_yes, self.tr("Yes, disable it"))
        set_text(self.confirm_no, self.tr("Keep the account"))
        set_text(self.handed_over, self.tr("Handed over: hide it"))
        set_text(self.add_heading, self.tr("Add a staff member"))
        set_text(self.add_intro, self.tr("Choose a first password to hand over: they must replace it with their "
                                         "own when they first sign in."))
        self.username.set_caption(self.tr("User name (for signing in)"), "")
        self.display_name.set_caption(self.tr("Name as it shows"), "")
        self.role.set_caption(self.tr("Role"), "")
        self._picker().set_items([(self._role(role), role) for role in ROLES])
        self.password.set_caption(self.tr("First password"), "")
        self.password_again.set_caption(self.tr("First password again"), "")
        set_text(self.add, self.tr("Add the staff member"))
        set_text(self.require, self.tr("Require two-factor sign-in"))
        for row in self.list.rows:              # named once filled; until then, what a row is
            if not row.isVisible():
                row.setAccessibleName(self.tr("A staff account"))
        self._show_list(self._page)
        if self._chosen is not None:
            self._show_chosen(self._chosen)

    def _picker(self) -> ChoicePicker:
        return cast(ChoicePicker, self.role.input)

