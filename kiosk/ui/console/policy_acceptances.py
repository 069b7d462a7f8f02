# SPDX-License-Identifier: Apache-2.0
"""Who accepted which version. Every staff member sees how many accounts accepted each version
(counted in the database); a supervisor also sees, for a chosen version, the user names and when
each accepted (PolicyService.accepted_by: a list of people, audited as it is read), and one
account's acceptances by its user name (audited too).

The names come at most NAMES_MAX at a time, oldest first, and are shown a page of rows at a
time (kiosk.ui.widgets.result_list): no widget per name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.accounts import Acceptance
from kiosk.core.policy_service import AcceptedBy
from kiosk.core.staff import Actor
from kiosk.ui.console.page import ConsoleContext, run_in_background
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.result_list import ResultList
from kiosk.ui.widgets.touch_button import TouchRadio

if TYPE_CHECKING:
    from kiosk.ui.console.policies import Loaded

NAMES_MAX = 10_000         # a supervisor looking further finds the account by its user name
ROWS = 10


class AcceptancesView(QWidget):
    def __init__(self, ctx: ConsoleContext, actor: Actor, may_see_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyAcceptances")
        self.ctx, self.actor, self.may_see_names = ctx, actor, may_see_names
        self.loaded: Loaded | None = None
        self.version = ""
        self.names: list[AcceptedBy] = []
        self.counts_heading = label("subtitle", "policyCountsHeading")
        self.counts_box = QVBoxLayout()
        self.counts_box.setSpacing(8)
        self._count_group = QButtonGroup(self)
        self.count_rows: dict[str, QWidget] = {}
        self.names_status = label("status", "policyNamesStatus")
        self.names_list = ResultList("policyNames", ROWS)
        self.names_list.page_requested.connect(self._show_names_page)
        self.names_list.chosen.connect(self._on_name_chosen)
        self.account = FormField("policyAccountName", max_length=40)
        assert isinstance(self.account.input, QLineEdit)      # a text field, not a choice
        self.account.input.returnPressed.connect(self._on_look_up)
        self.look_up = button("policyAccountLookUp")
        self.look_up.clicked.connect(self._on_look_up)
        self.account_heading = label("subtitle", "policyAccountHeading")
        self.account_status = label("status", "policyAccountStatus")
        self.account_result = label("", "policyAccountResult")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.counts_heading)
        column.addLayout(self.counts_box)
        column.addWidget(self.names_list)
        column.addWidget(self.names_status)
        column.addWidget(self.account_heading)
        look = QWidget()
        look_row = QHBoxLayout(look)
        look_row.setContentsMargins(0, 0, 0, 0)
        look_row.addWidget(self.account, 1)
        self.look_up.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        look_row.addWidget(self.look_up, 0)
        column.addWidget(look)
        column.addWidget(self.account_status)
        column.addWidget(self.account_result)
        for hidden in (self.names_status, self.names_list, self.account_status, self.account_result):
            hidden.hide()
        for widget in (self.account_heading, look):       # a list of people: a supervisor's
            widget.setVisible(may_see_names)
        self.retranslate()

    # -- counts ----------------------------------------------------------------------------------

    def show_document(self, loaded: Loaded) -> None:
        if self.loaded is None or self.loaded.doc_id != loaded.doc_id:
            self.names, self.version = [], ""
            self.names_list.hide()
            self.names_status.hide()
        self.loaded = loaded
        for old in self.count_rows.values():
            if isinstance(old, TouchRadio):
                self._count_group.removeButton(old)
            old.deleteLater()
        self.count_rows = {}
        for count in reversed(loaded.counts):        # the newest first, as the versions
            if self.may_see_names:
                choose = TouchRadio()
                choose.setObjectName(f"policyCount_{count.version}")
                choose.clicked.connect(lambda _=False, v=count.version: self.show_names(v))
                self._count_group.addButton(choose)
                row: QWidget = choose
            else:
                row = label("", f"policyCount_{count.version}")
            self.counts_box.addWidget(row)
            self.count_rows[count.version] = row
        self.retranslate()

    def choose_version(self, version: str) -> None:
        """The version read on the Versions view is the one this view offers first."""
        row = self.count_rows.get(version)
        if isinstance(row, TouchRadio) and not self.version:
            row.setChecked(True)

    # -- names (supervisors) -----------------------------------------------------------------------

    def show_names(self, version: str) -> None:
        loaded, service, actor = self.loaded, self.ctx.policies, self.actor
        if loaded is None or service is None:
            return
        doc_id = loaded.doc_id
        row = self.count_rows.get(version)
        if isinstance(row, TouchRadio):
            row.setChecked(True)
        self.version = version
        self.names_list.hide()
        run_in_background(self, self.ctx.tasks, lambda: service.accepted_by(actor, doc_id, version, NAMES_MAX),
                          lambda names: self._names_read(doc_id, version, names), self.names_status,
                          busy=tuple(r for r in self.count_rows.values() if isinstance(r, TouchRadio)),
                          on_answer=lambda _exc: show_status(
                              self.names_status, self.tr("Only a supervisor can see who accepted."), error=True),
                          waiting=self.tr("Reading the names…"))

    def _names_read(self, doc_id: str, version: str, names: list[AcceptedBy]) -> None:
        if self.loaded is None or self.loaded.doc_id != doc_id or self.version != version:
            return
        self.names = names
        if not names:
            show_status(self.names_status, self.tr("No account has accepted version {version}.").format(
                version=version))
            self.names_list.hide()
            return
        count = next((c.accounts for c in self.loaded.counts if c.version == version), len(names))
        note = (self.tr("The first {shown} of {count} are listed, oldest first; find any account by its user "
                        "name below.").format(shown=len(names), count=count) if count > len(names)
                else self.tr("Oldest first. Tap a name to see every version that account accepted."))
        show_status(self.names_status, note)
        self.names_list.show()
        self._show_names_page(0)

    def _show_names_page(self, page: int) -> None:
        start = page * ROWS
        shown = self.names[start:start + ROWS]
        texts = []
        for entry in shown:
            when = self._moment(entry)
            accepted = self.tr("Accepted {when} at {kiosk}").format(when=when, kiosk=entry.kiosk_id)
            texts.append((f"{entry.username}\n{accepted}", f"{entry.username}, {accepted}"))
        pages = max((len(self.names) + ROWS - 1) // ROWS, 1)
        self.names_list.show_page(shown, texts, page, has_next=start + ROWS < len(self.names))
        self._name_spare_rows()
        self.names_list.set_pager_texts(
            self.tr("Who accepted version {version}").format(version=self.version),
            self.tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
            self.tr("Previous"), self.tr("Next"), self.tr("Previous {count} names").format(count=ROWS),
            self.tr("Next {count} names").format(count=ROWS))

    def _name_spare_rows(self) -> None:
        """Rows a page leaves unused are hidden, but never a control without a name."""
        for row in self.names_list.rows:
            if row.isHidden():
                set_text(row, "", self.tr("No name on this row"))

    def _moment(self, entry: AcceptedBy) -> str:
        return self.ctx.town_format().moment(entry.accepted_at)

    def _on_name_chosen(self, entry: object) -> None:
        if isinstance(entry, AcceptedBy):
            self.account.set_value(entry.username)
            self._on_look_up()

    # -- one account (supervisors) -----------------------------------------------------------------

    def _on_look_up(self) -> None:
        name = self.account.value().strip()
        service, actor = self.ctx.policies, self.actor
        if not name or service is None:
            show_status(self.account_status, self.tr("Please type the account's user name."), error=True)
            return
        self.account_result.hide()

        def work() -> list[Acceptance] | None:
            try:
                return service.account_acceptances(actor, name)
            except LookupError as exc:
                if type(exc) is LookupError:         # no such account (a KeyError would be a fault)
                    return None
                raise

        self._run(work, lambda found: self._show_account(name, found), busy=(self.look_up,))

    def _show_account(self, name: str, found: list[Acceptance] | None) -> None:
        if found is None:
            show_status(self.account_status, self.tr("There is no account with the user name {name}.").format(
                name=name), error=True)
            return
        if not found:
            show_status(self.account_status, self.tr("{name} has not accepted any version.").format(name=name))
            return
        show_status(self.account_status, self.tr("What {name} accepted, oldest first:").format(name=name))
        documents = {"terms": self.tr("Terms & conditions"), "privacy": self.tr("Privacy policy")}
        lines = [self.tr("{document}, version {version}: accepted {when} at {kiosk}").format(
            document=documents.get(a.doc_id, a.doc_id), version=a.version,
            when=self._moment(AcceptedBy(name, a.accepted_at, a.kiosk_id)), kiosk=a.kiosk_id) for a in found]
        set_text(self.account_result, "\n".join(lines))
        self.account_result.show()

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None], busy: tuple[QWidget, ...]) -> None:
        run_in_background(self, self.ctx.tasks, work, on_done, self.account_status, busy,
                          on_answer=lambda _exc: show_status(
                              self.account_status, self.tr("Only a supervisor can see this."), error=True))

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.counts_heading, self.tr("How many accounts accepted each version")
                 + (self.tr(" (tap one to see who)") if self.may_see_names else ""))
        set_text(self.account_heading, self.tr("One account's acceptances"))
        self.account.set_caption(self.tr("User name"), "")
        set_text(self.look_up, self.tr("Look up"))
        self._name_spare_rows()
        if not self.names:
            self.names_list.set_pager_texts(self.tr("Who accepted"), "", self.tr("Previous"), self.tr("Next"),
                                            self.tr("Previous {count} names").format(count=ROWS),
                                            self.tr("Next {count} names").format(count=ROWS))
        loaded = self.loaded
        if loaded is None:
            return
        for count in loaded.counts:
            row = self.count_rows.get(count.version)
            if row is None:
                continue
            words = (self.tr("Version {version}: 1 account").format(version=count.version) if count.accounts == 1
                     else self.tr("Version {version}: {count} accounts").format(version=count.version,
                                                                                count=f"{count.accounts:,}"))
            set_text(row, words)  # type: ignore[arg-type]
