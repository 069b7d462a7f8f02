# SPDX-License-Identifier: Apache-2.0
""""Assist a resident": find the account by user name, name or e-mail address in one field (the
service reads which it is: kiosk.core.assist_service.read_query), then help with it on the
account's own view (kiosk.ui.console.assist_account). AssistService does each action, decides who
may (closing and exporting are a supervisor's) and writes its audit entry; a search is audited by
which accounts it showed, never by what was typed.

The list shows at most the service's SEARCH_LIMIT matches, a page of rows at a time, and says
when more match than that: the staff member then types more of the name, rather than paging
through a town's Smiths.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.core.assist import SEARCH_LIMIT, AccountMatch, AccountSearch, StaffAccountView
from kiosk.core.staff import StaffMember
from kiosk.ui.console.assist_account import AccountPanel
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.form import FormField
from kiosk.ui.widgets.result_list import ResultList
from kiosk.ui.widgets.screen_scroll import ScreenScroll

ROWS = 8          # rows a page of results: eight two-line rows fit above the keyboard at 1280x800


class AssistPage(ConsolePage):
    page_id = "assist"

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self.heading = label("title", "assistHeading")
        self.intro = label("", "assistIntro")
        self.query = FormField("assist_query", max_length=320)
        self.search_button = button("assistFind", "primary")
        self.search_status = label("status", "assistSearchStatus")
        self.results = ResultList("assistResults", ROWS)
        self.search_button.clicked.connect(self._on_find)
        assert isinstance(self.query.input, QLineEdit)
        self.query.input.returnPressed.connect(self._on_find)     # Enter, on either keyboard
        self.results.chosen.connect(self._open)
        self.results.page_requested.connect(self._show_page)
        self.searching = QWidget()
        self.searching.setObjectName("assistSearch")
        part = QVBoxLayout(self.searching)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(16)
        for widget in (self.intro, self.query, button_row(self.search_button), self.search_status, self.results):
            part.addWidget(widget)
        self.account: AccountPanel | None = None
        layout = self.column()
        layout.addWidget(self.heading)
        layout.addWidget(self.searching)
        if ctx.assist is not None:
            self.account = AccountPanel(self, ctx.assist)
            self.account.back_requested.connect(self._back_to_results)
            self.account.changed.connect(self._changed)
            layout.addWidget(self.account)
            self.account.hide()
        layout.addStretch()
        self.results.hide()
        self.search_status.hide()
        self._matches: tuple[AccountMatch, ...] = ()
        self._more = False
        self._page = 0
        self._searched = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Assist a resident")

    def leave(self) -> None:
        """Leaving the page leaves the account too: its temporary password goes from the screen."""
        self._back_to_results()

    # -- finding ---------------------------------------------------------------------------------

    def _on_find(self) -> None:
        tools = self.ctx.assist
        text = self.query.value()
        if not " ".join(text.split()):
            show_status(self.search_status, self.tr("Please type a user name, a name or an e-mail address."),
                        error=True)
            return
        if tools is None:
            return
        assist, actor = tools.assist, self.actor
        self.in_background(lambda: assist.search(actor, text), self._found, self.search_status, busy=(self.search_button,),
                           waiting=self.tr("Searching…"), on_answer=self._search_refused)

    def _search_refused(self, _exc: Exception) -> None:
        show_status(self.search_status, self.tr("Please type a user name, a name or an e-mail address."), error=True)

    def _found(self, found: AccountSearch) -> None:
        self._matches, self._more, self._searched = found.matches, found.more, True
        show_status(self.search_status, "")
        self._show_page(0)

    def _show_page(self, page: int) -> None:
        matches = self._matches
        pages = max(1, -(-len(matches) // ROWS))
        self._page = page = min(max(page, 0), pages - 1)
        shown = matches[page * ROWS:(page + 1) * ROWS]
        self.results.show_page(shown, [self._row_text(m) for m in shown], page, has_next=(page + 1) < pages,
                               chips=[self._chip(m) for m in shown])
        self.results.setVisible(bool(matches))
        self._retranslate_results()

    def _row_text(self, m: AccountMatch) -> tuple[str, str]:
        name = " ".join(p for p in (m.first_name, m.last_name) if p) or self.tr("(no name given)")
        details = " · ".join(p for p in (name, m.email, m.city) if p)
        marks = ", ".join(w for w, _kind in (self._chip(m),) if w)
        spoken = ", ".join(p for p in (m.username, name, m.email, m.city, marks) if p)
        return f"{m.username}\n{details}", spoken

    def _chip(self, m: AccountMatch) -> tuple[str, str]:
        if m.closed:
            return self.tr("Closed"), "other"
        if m.locked:
            return self.tr("Locked"), "bad"
        return "", ""

    # -- one account -----------------------------------------------------------------------------

    def _open(self, item: object) -> None:
        tools, panel = self.ctx.assist, self.account
        if tools is None or panel is None or not isinstance(item, AccountMatch):
            return
        assist, actor, account_id = tools.assist, self.actor, item.account_id
        self.in_background(lambda: assist.view(actor, account_id), self._show_account, self.search_status,
                           busy=tuple(self.results.rows), on_answer=lambda exc: show_status(
                               self.search_status, panel.refusal_words(exc), error=True))

    def _show_account(self, view: StaffAccountView) -> None:
        if self.account is None:
            return
        self.account.show_account(view)
        self.searching.hide()
        self.account.show()
        self._to_top()

    def _back_to_results(self) -> None:
        if self.account is not None:
            self.account.forget()
            self.account.hide()
        self.searching.show()

    def _changed(self, view: StaffAccountView) -> None:
        """The list's marks follow what was done to the account."""
        self._matches = tuple(replace(m, locked=view.locked_until is not None, closed=view.closed_at is not None)
                              if m.account_id == view.account_id else m for m in self._matches)
        if self._matches:
            self._show_page(self._page)

    def _to_top(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, ScreenScroll):
            parent = parent.parentWidget()
        if parent is not None:
            parent.to_top()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.intro, self.tr("Find the resident's account by their user name, their name, or their "
                                     "e-mail address. Ask to see an ID before you change anything."))
        self.query.set_caption(self.tr("User name, name or e-mail address"), "")
        self.query.input.setPlaceholderText(self.tr("e.g. jsmith, Jane Smith, jane@example.com"))
        set_text(self.search_button, self.tr("Find"), self.tr("Find the account"))
        for row in self.results.rows:              # until a search fills them (hidden till then)
            row.setAccessibleName(row.accessibleName() or self.tr("An account found"))
        if self._searched:
            self._show_page(self._page)
        else:
            self._retranslate_results()

    def _retranslate_results(self) -> None:
        count, pages = len(self._matches), max(1, -(-len(self._matches) // ROWS))
        if self._more:
            heading = self.tr("More than {limit} accounts match: the first {limit} are shown. Type more of the "
                              "name, or the e-mail address.").format(limit=SEARCH_LIMIT)
        else:
            heading = self.tr("%n account(s) found", "", count)
        self.results.set_pager_texts(
            heading, self.tr("Page {page} of {pages}").format(page=self._page + 1, pages=pages),
            self.tr("Previous"), self.tr("Next"), self.tr("Previous accounts"), self.tr("Next accounts"))
        if not count and self._searched:
            show_status(self.search_status, self.tr("No account matches. Check the spelling, or try the e-mail "
                                                    "address."))
