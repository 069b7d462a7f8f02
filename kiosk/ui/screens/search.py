# SPDX-License-Identifier: Apache-2.0
"""Search the town's public records, no account needed: one box, results as you type.

The box takes a street address, a parcel or map-block-lot number, a record number, or (where
the town's pack publishes them) an owner's name. Results come in two groups, properties and
records, a page at a time; records can be filtered by type, status and date. Searches run off
the GUI thread; while one runs, later keystrokes fold into the next, so the screen never queues
up stale work and always ends on the text in the box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.records.filters import NOTHING_LOADED, RECENT, RecordsOverview, date_range, year_choices
from kiosk.core.records.format import status_kind
from kiosk.core.records.search import ParcelHit, RecordHit, SearchQuery, SearchResults, worth_searching_as_typed
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_text, show_status
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.keyboard import set_keyboard_kind
from kiosk.ui.widgets.result_list import ResultList

PAGE_SIZE = 10
RECHECK_MS = 2000        # while the first start's records load, how often the screen looks again
MAX_TYPED = 200          # longer than any address, parcel id or record number


class SearchScreen(Screen):
    screen_id = "search"
    results_shown = Signal(str)          # the text whose results are now on screen (tests, benchmark)

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = label("", "searchIntro")
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setMaxLength(MAX_TYPED)
        set_keyboard_kind(self.query, "text")
        self.clear = button("searchClear")
        self.filters_toggle = button("searchFilters")
        self.filters_toggle.setCheckable(True)
        self.filter_panel = QWidget()
        self.filter_panel.setObjectName("searchFilterPanel")
        self.filter_panel.hide()           # out of the way of the results until asked for
        self.type_caption = label("fieldLabel", "searchTypeLabel")
        self.status_caption = label("fieldLabel", "searchStatusLabel")
        self.when_caption = label("fieldLabel", "searchWhenLabel")
        self.record_type = _combo("searchType")
        self.status = _combo("searchStatus")
        self.when = _combo("searchWhen")
        self.reset_filters = button("searchResetFilters")
        self.summary = label("status", "searchSummary")
        self.demo_notice = label("notice", "searchDemoNotice")
        self.demo_notice.hide()
        self.parcels = ResultList("searchParcels", PAGE_SIZE)
        self.records = ResultList("searchRecords", PAGE_SIZE)

        self.query.textChanged.connect(self._on_text)
        self.clear.clicked.connect(self._clear)
        # A lambda, not the panel's own slot: PySide6 keeps a little for each connection to another
        # object's C++ slot after both are gone, and this screen is built anew after every visit.
        self.filters_toggle.toggled.connect(lambda shown: self.filter_panel.setVisible(shown))
        for combo in (self.record_type, self.status, self.when):
            combo.currentIndexChanged.connect(self._on_filter)
        self.reset_filters.clicked.connect(self._reset_filters)
        self.parcels.chosen.connect(lambda hit: self.opened.emit("parcel", hit.pk))
        self.records.chosen.connect(lambda hit: self.opened.emit("record", hit.pk))
        self.parcels.page_requested.connect(lambda page: self._turn(parcel_page=page))
        self.records.page_requested.connect(lambda page: self._turn(record_page=page))

        box = QHBoxLayout()
        box.addWidget(self.query, 1)
        box.addWidget(self.clear)
        box.addWidget(self.filters_toggle)
        filters = FlowLayout(self.filter_panel, spacing=16, right=False)   # side by side where they fit
        for caption, picker in ((self.type_caption, self.record_type), (self.status_caption, self.status),
                                (self.when_caption, self.when)):
            one = QWidget()
            column = QVBoxLayout(one)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(caption)
            column.addWidget(picker)
            filters.addWidget(one)
        filters.addWidget(self.reset_filters)
        for caption, picker in ((self.type_caption, self.record_type), (self.status_caption, self.status),
                                (self.when_caption, self.when)):
            caption.setBuddy(picker)
        layout = self.column()
        layout.addWidget(self.intro)
        layout.addWidget(self.demo_notice)
        layout.addLayout(box)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.summary)
        layout.addWidget(self.parcels)
        layout.addWidget(self.records)
        layout.addStretch()

        self._overview = NOTHING_LOADED
        self._overview_known = False
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck.timeout.connect(self._load_overview)
        self._results: tuple[SearchResults, SearchResults] | None = None
        self._pages = (0, 0)             # parcels page, records page
        self._busy = False
        self._pending = False
        self._failed = False
        self._forced = False              # Enter: search even a short text
        self.retranslate()                # also fills the filters and hides the empty result groups
        self._load_overview()

    def title(self) -> str:
        return self.tr("Search records")

    def enter(self) -> None:
        self._load_overview()              # records may have been loaded since (built ahead, hours ago)
        self.query.setFocus()

    def leave(self) -> None:
        self._recheck.stop()

    # --- what is loaded -------------------------------------------------------------------------

    def _load_overview(self) -> None:
        overview = self.ctx.records_overview
        self.ctx.tasks.run(self, overview, self._on_overview, lambda _exc: self._on_overview(None))

    def _on_overview(self, overview: RecordsOverview | None) -> None:
        self._overview_known = overview is not None
        self._overview = overview or NOTHING_LOADED
        self._fill_filters()
        self._show_summary()
        self.demo_notice.setVisible(self._overview.demo and not self._overview.loading)
        if self._overview.loading and self.isVisible():
            self._recheck.start()          # the first start's records are coming: look again soon
        if not self._overview.loading and (self._results is not None or self.query.text().strip()):
            self._search()                 # typed while the records were loading: searched now they are in

    def _fill_filters(self) -> None:
        """The choices, by what is loaded; a choice already made stays chosen."""
        any_type, any_status = self.tr("All types"), self.tr("Any status")
        _refill(self.record_type, [(any_type, None)] + [(self.term(t), t) for t in self._overview.types])
        _refill(self.status, [(any_status, None)] + [(self.term(s), s) for s in self._overview.statuses])
        recent = {"30d": self.tr("Past 30 days"), "12m": self.tr("Past 12 months"), "5y": self.tr("Past 5 years")}
        years = year_choices(self._overview.first_year, self.ctx.today())
        _refill(self.when, [(self.tr("Any date"), "")] + [(recent[k], k) for k in RECENT] + [(y, y) for y in years])

    # --- searching ------------------------------------------------------------------------------

    def current_query(self) -> SearchQuery:
        """What the screen asks for now (record filters included), on the first page."""
        when = date_range(self.when.currentData() or "", self.ctx.today())
        return SearchQuery(self.query.text(), record_type=self.record_type.currentData(),
                           status=self.status.currentData(), date_from=when.start, date_to=when.end,
                           page_size=PAGE_SIZE)

    def _on_text(self, _text: str) -> None:
        self._pages = (0, 0)
        self._forced = False
        self._search()

    def _on_filter(self, _index: int) -> None:
        self._pages = (0, 0)
        self._retranslate_filters_toggle()
        self._search()

    def _turn(self, parcel_page: int | None = None, record_page: int | None = None) -> None:
        parcels, records = self._pages
        self._pages = (parcels if parcel_page is None else max(parcel_page, 0),
                       records if record_page is None else max(record_page, 0))
        self._search()

    def _search(self) -> None:
        if self._busy:
            self._pending = True          # the next search takes the box as it is then
            return
        if self._overview.loading:          # part of a load is not shown: the summary says they are loading
            self._results = None
            self._show_results()
            return
        query = self.current_query()
        short = bool(query.text.strip()) and not worth_searching_as_typed(query.text) and not self._forced
        if short or (not query.text.strip() and not query.has_record_filters):
            self._results = None            # "keep typing": one or two letters would match half the town
            self._show_results()
            return
        parcel_query, record_query = replace(query, page=self._pages[0]), replace(query, page=self._pages[1])
        search = self.ctx.records.search

        def both() -> tuple[SearchResults, SearchResults]:
            found = search(parcel_query)
            return found, (found if record_query == parcel_query else search(record_query))

        self._busy = True
        self.ctx.tasks.run(self, both, self._on_results, self._on_failed)

    def _on_results(self, results: tuple[SearchResults, SearchResults]) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self._search()
            return
        self._failed = False
        self._results = results
        self._show_results()

    def _on_failed(self, _exc: Exception) -> None:
        self._busy = False
        self._pending = False
        self._failed = True
        self._results = None
        self._show_results()

    # --- showing --------------------------------------------------------------------------------

    def _show_results(self) -> None:
        self._show_summary()
        if self._results is None:
            self.parcels.hide()
            self.records.hide()
            return
        parcels, records = self._results
        self.parcels.show_page(parcels.parcels, [self._parcel_text(p) for p in parcels.parcels], self._pages[0],
                               _has_next(parcels.total_parcels, self._pages[0], parcels.more_parcels))
        self.records.show_page(records.records, [self._record_text(r) for r in records.records], self._pages[1],
                               _has_next(records.total_records, self._pages[1], records.more_records),
                               [(self.term(r.status), status_kind(r.status)) for r in records.records])
        self.parcels.setVisible(parcels.total_parcels > 0)
        self.records.setVisible(records.total_records > 0)
        self._retranslate_groups()
        self.results_shown.emit(self.query.text())

    def _show_summary(self) -> None:
        if self._failed:
            show_status(self.summary, self.tr("Sorry, searching is not possible just now. Please try again, "
                                              "or ask at the front desk."), error=True)
        elif self._overview.loading:
            show_status(self.summary, self.tr("The town's records are being loaded on this kiosk. Searching will "
                                              "be ready in a moment."))
        elif self._overview_known and self._overview.empty and not self._found_any():
            show_status(self.summary, self.tr("No records are loaded on this kiosk yet, so there is nothing to "
                                              "search. For help now: {front_desk}").format(
                front_desk=self.ctx.pack.front_desk))
        elif self._results is None and self.query.text().strip():
            show_status(self.summary, self.tr("Keep typing: results appear from the third letter, or press "
                                              "Enter to search now."))
        elif self._results is None:
            show_status(self.summary, self.tr("Results appear here as you type."))
        else:
            parcels, records = self._results
            if parcels.total_parcels == 0 and records.total_records == 0:
                show_status(self.summary, self.tr("No matches. Check the spelling, type less of it (\"12 main\"), "
                                                  "or clear the filters."))
            else:
                show_status(self.summary, self.tr("Found {parcels} and {records}.").format(
                    parcels=self._count_parcels(parcels.total_parcels, parcels.more_parcels),
                    records=self._count_records(records.total_records, records.more_records)))

    def _found_any(self) -> bool:
        return self._results is not None and not (self._results[0].empty and self._results[1].empty)

    def _count_parcels(self, n: int, more: bool = False) -> str:
        return self.tr("1 property") if n == 1 else self.tr("{n} properties").format(n=_number(n, more))

    def _count_records(self, n: int, more: bool = False) -> str:
        return self.tr("1 record") if n == 1 else self.tr("{n} records").format(n=_number(n, more))

    def _parcel_text(self, hit: ParcelHit) -> tuple[str, str]:
        first = hit.address or self.tr("No street address")
        details = [self.tr("Parcel {id}").format(id=hit.parcel_id)]
        if hit.map_block_lot:
            details.append(self.tr("Map-block-lot {mbl}").format(mbl=hit.map_block_lot))
        if hit.owner:
            details.append(self.tr("Owner {name}").format(name=hit.owner))
        return f"{first}\n{' · '.join(details)}", f"{first}. {'. '.join(details)}"

    def _record_text(self, hit: RecordHit) -> tuple[str, str]:
        """The record number and type first (bold), its status as a chip beside them."""
        head = [hit.record_number] + [self.term(v) for v in (hit.record_type,) if v]
        details = [hit.address or self.tr("No street address")]
        if hit.applied_on:
            details.append(self.tr("Applied {date}").format(date=long_date(hit.applied_on, self.language())))
        elif hit.issued_on:
            details.append(self.tr("Issued {date}").format(date=long_date(hit.issued_on, self.language())))
        status = self.term(hit.status) if hit.status else ""
        spoken = ". ".join(head + ([status] if status else []) + details)
        return f"{' · '.join(head)}\n{' · '.join(details)}", spoken

    def enter_action(self) -> tuple[str, Callable[[], None]] | None:
        """Enter searches now (even a short text), then goes to the first result."""
        return self.tr("Search"), self._to_results

    def _to_results(self) -> None:
        """Enter in the box: search now if the text was too short to follow, else put the keyboard
        away and go to the first result."""
        if self._results is None and self.query.text().strip():
            self._forced = True
            self._search()
            return
        for group in (self.parcels, self.records):
            if group.isVisible() and group.rows[0].isVisible():
                group.rows[0].setFocus()
                return

    def _clear(self) -> None:
        self.query.setText("")          # unlike clear(), also empties the undo history
        self.query.setFocus()

    def _reset_filters(self) -> None:
        for combo in (self.record_type, self.status, self.when):
            combo.setCurrentIndex(0)

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.ctx.pack.records.owners_public:
            intro = self.tr("No account needed. Type a street address, a parcel or map-block-lot number, "
                            "a permit or record number, or an owner's name.")
        else:
            intro = self.tr("No account needed. Type a street address, a parcel or map-block-lot number, "
                            "or a permit or record number.")
        set_text(self.intro, intro)
        set_text(self.demo_notice, self.tr("Demonstration data: these properties and records are made up, on the "
                                           "town's real street names. They are not the town's records."))
        self.query.setAccessibleName(self.tr("Search for"))
        self.query.setPlaceholderText(self.tr("For example: 12 Main Street"))
        set_text(self.clear, self.tr("Clear"), self.tr("Clear the search"))
        set_text(self.type_caption, self.tr("Record type"))
        set_text(self.status_caption, self.tr("Status"))
        set_text(self.when_caption, self.tr("Date"))
        self.record_type.set_caption(self.tr("Record type"))
        self.status.set_caption(self.tr("Status"))
        self.when.set_caption(self.tr("Date"))
        set_text(self.reset_filters, self.tr("Clear filters"))
        self._retranslate_filters_toggle()
        self._fill_filters()
        self._retranslate_groups()
        self._show_results()

    def _retranslate_filters_toggle(self) -> None:
        active = sum(combo.currentIndex() > 0 for combo in (self.record_type, self.status, self.when))
        text = self.tr("Filters ({n})").format(n=active) if active else self.tr("Filters")
        set_text(self.filters_toggle, text, self.tr("Filter records by type, status and date") +
                 (f" ({active})" if active else ""))

    def _retranslate_groups(self) -> None:
        results = self._results
        parcels_total = results[0].total_parcels if results else 0
        records_total = results[1].total_records if results else 0
        parcels_more = results[0].more_parcels if results else False
        records_more = results[1].more_records if results else False
        pages = self._pages
        for group, total, more, page, heading, previous, next_ in (
                (self.parcels, parcels_total, parcels_more, pages[0], self.tr("Properties ({n})"),
                 self.tr("Previous properties"), self.tr("Next properties")),
                (self.records, records_total, records_more, pages[1], self.tr("Records ({n})"),
                 self.tr("Previous records"), self.tr("Next records"))):
            first, last = page * PAGE_SIZE + 1, min((page + 1) * PAGE_SIZE, total)
            group.set_pager_texts(heading.format(n=_number(total, more)),
                                  self.tr("{first}–{last} of {total}").format(first=first, last=last,
                                                                              total=_number(total, more)),
                                  self.tr("Previous"), self.tr("Next"), previous, next_)

    def tour_states(self) -> Iterator[str]:
        """Before typing; with the results for a street (that of the first property house
        number 1 finds); and with the filters open."""
        yield ""
        found = self.ctx.records.search(SearchQuery("1", page_size=1))
        address = found.parcels[0].address if found.parcels else None
        self.query.setText(address.split(" ", 1)[-1] if address else "1")
        yield "results"
        self.filters_toggle.setChecked(True)
        yield "filters"


def _combo(name: str) -> ChoicePicker:
    return ChoicePicker(name)


def _refill(picker: ChoicePicker, choices: Sequence[tuple[str, object]]) -> None:
    chosen = picker.currentData()
    picker.blockSignals(True)
    picker.clear()
    for text, data in choices:
        picker.addItem(text, data)
    index = picker.findData(chosen) if chosen not in (None, "") else 0
    picker.setCurrentIndex(max(index, 0))
    picker.blockSignals(False)


def _has_next(total: int, page: int, more: bool = False) -> bool:
    return more or (page + 1) * PAGE_SIZE < total


def _number(n: int, more: bool) -> str:
    """1,234, or "1,000+" when the search stopped counting there."""
    return f"{n:,}+" if more else f"{n:,}"
