# SPDX-License-Identifier: Apache-2.0
"""A property and a record, opened from the search: their public facts, what is linked to them,
and a printed summary (with a QR code to the town's page when the pack has a link pattern).

Which owner and applicant names show is the pack's choice (kiosk.storage.records.search leaves
them out where the town does not publish them). Details load off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.core.records.format import MISSING, acres, money, plain, status_kind
from kiosk.core.records.search import ParcelDetail, RecordDetail, RecordHit, SearchQuery
from kiosk.ui.context import ScreenContext
from kiosk.ui.i18n import long_date
from kiosk.ui.screens.base import Screen, button, label, set_role, set_text, show_status
from kiosk.ui.widgets.action_bar import ActionBar
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.result_list import ResultList

LINKED_ROWS = 10


class _DetailScreen(Screen):
    """Heading, facts, a print button; subclasses say what to load and how to show it."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title", f"{self.screen_id}Heading")
        self.chip = label("", f"{self.screen_id}Chip", wrap=False)
        self.chip.hide()
        self.subheading = label("subtitle", f"{self.screen_id}Subheading")
        self.print_button = button(f"{self.screen_id}Print", "primary")
        self.print_button.clicked.connect(self.print_summary)
        self.status = label("status", f"{self.screen_id}Status")
        self.facts = FactsTable(f"{self.screen_id}Facts")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.chip)
        self.action_bar = ActionBar(right=(self.print_button,))
        self.layout_column = self.column(spacing=12)
        self.layout_column.addLayout(top)
        for widget in (self.subheading, self.status, self.facts):
            self.layout_column.addWidget(widget)
        self.detail: ParcelDetail | RecordDetail | None = None
        self._pk: int | None = None
        self.print_button.setEnabled(False)

    def show_item(self, item: object) -> None:
        if not isinstance(item, int) or item == self._pk:
            return
        self._pk, self.detail = item, None
        self.print_button.setEnabled(False)
        show_status(self.status, self.tr("Loading…"))
        self.show_detail()
        load = self.loader()
        self.ctx.tasks.run(self, lambda: (item, load(item)), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, result: tuple[int, ParcelDetail | RecordDetail | None]) -> None:
        pk, detail = result
        if pk != self._pk:
            return                      # the resident has opened another one since
        self.detail = detail
        self.print_button.setEnabled(detail is not None)
        show_status(self.status, "" if detail is not None else self.tr("This is no longer in the town's records."),
                  error=detail is None)
        self.show_detail()

    def _on_load_failed(self, _exc: Exception) -> None:
        show_status(self.status, self.tr("Sorry, this cannot be shown just now. Please try again, or ask at the front desk."),
                    error=True)

    def loader(self) -> Callable[[int], ParcelDetail | RecordDetail | None]:
        raise NotImplementedError

    def show_detail(self) -> None:
        raise NotImplementedError

    def document(self) -> tuple[Callable[[], bytes], str] | None:
        """The summary to print (built off the GUI thread) and its title for the spooler."""
        raise NotImplementedError

    def print_summary(self) -> None:
        document = self.document()
        if document is None:
            return
        render, title = document
        self.print_with_feedback(render, title, self.status, self.print_button)

    def show_chip(self, status: str | None) -> None:
        """The status as a coloured chip with its words, beside the heading."""
        set_text(self.chip, self.term(status))
        self.chip.setProperty("chip", status_kind(status))
        set_role(self.chip, "chip")
        self.chip.setVisible(bool(status))


    def day(self, value: dt.date | None) -> str:
        return long_date(value, self.language()) if value is not None else MISSING

    def retranslate(self) -> None:
        set_text(self.print_button, self.tr("Print a summary"))
        self.show_detail()


class ParcelScreen(_DetailScreen):
    screen_id = "parcel"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.linked = ResultList("parcelRecords", LINKED_ROWS)
        self.linked.chosen.connect(lambda hit: self.opened.emit("record", hit.pk))
        self.linked.page_requested.connect(self._show_linked)
        self.layout_column.addWidget(self.linked)
        self.layout_column.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Property")

    def loader(self) -> Callable[[int], ParcelDetail | None]:
        return self.ctx.records.parcel

    def show_detail(self) -> None:
        p = self.detail
        if not isinstance(p, ParcelDetail):
            set_text(self.heading, self.tr("Property"))
            set_text(self.subheading, self.tr("Choose a property from the search to see it here."))
            self.facts.show_facts([])
            self.linked.hide()
            return
        set_text(self.heading, p.address or self.tr("Property {id}").format(id=p.parcel_id))
        set_text(self.subheading, self.tr("Public facts from the town's property records"))
        facts = [(self.tr("Parcel"), p.parcel_id), (self.tr("Map-block-lot"), plain(p.map_block_lot)),
                 (self.tr("Address"), plain(p.address))]
        if p.owner is not None:
            facts.append((self.tr("Owner"), plain(p.owner)))
        facts += [(self.tr("Land use"), plain(p.land_use)), (self.tr("Lot size (acres)"), acres(p.lot_size_acres)),
                  (self.tr("Zoning"), plain(p.zoning)), (self.tr("Assessed value"), money(p.assessed_value)),
                  (self.tr("Year built"), plain(p.year_built))]
        self.facts.show_facts(facts)
        self._show_linked(self.linked.page if self.linked.isVisible() else 0)

    def _show_linked(self, page: int) -> None:
        p = self.detail
        if not isinstance(p, ParcelDetail):
            return
        page = max(0, min(page, (len(p.records) - 1) // LINKED_ROWS if p.records else 0))
        shown = p.records[page * LINKED_ROWS:(page + 1) * LINKED_ROWS]
        self.linked.show_page(shown, [self._record_text(r) for r in shown], page,
                              (page + 1) * LINKED_ROWS < len(p.records),
                              [(self.term(r.status), status_kind(r.status)) for r in shown])
        total = len(p.records)
        self.linked.set_pager_texts(
            self.tr("Records on this property ({n})").format(n=f"{total:,}") if total
            else self.tr("No permits or other records on this property."),
            self.tr("{first}–{last} of {total}").format(first=page * LINKED_ROWS + 1,
                                                        last=min((page + 1) * LINKED_ROWS, total), total=f"{total:,}"),
            self.tr("Previous"), self.tr("Next"), self.tr("Previous records"), self.tr("Next records"))
        self.linked.show()

    def _record_text(self, hit: RecordHit) -> tuple[str, str]:
        head = [hit.record_number] + [self.term(v) for v in (hit.record_type,) if v]
        when = hit.applied_on or hit.issued_on
        line = " · ".join(head) + (f"\n{self.day(when)}" if when else "")
        spoken = ". ".join(head + ([self.term(hit.status)] if hit.status else []) + ([self.day(when)] if when else []))
        return line, spoken

    def document(self) -> tuple[Callable[[], bytes], str] | None:
        p = self.detail
        if not isinstance(p, ParcelDetail):
            return None
        from kiosk.printing.record_summary import render_parcel_summary  # reportlab: not at start-up

        pack, printed_at, kiosk_id = self.ctx.pack, self.ctx.town_time(), self.ctx.kiosk_id
        link = pack.records.link_for_parcel(p.parcel_id, p.map_block_lot)
        overview = self.ctx.records_overview               # cached; the lambda runs off the GUI thread
        return (lambda: render_parcel_summary(pack.name, pack.state, p, printed_at, kiosk_id, link,
                                              timezone=pack.timezone, demo_loaded=overview().demo),
                f"{pack.short_name} property summary")

    def tour_states(self) -> Iterator[str]:
        """The property most of the first records found for house number 1 are on: its facts
        and its list of records."""
        found = self.ctx.records.search(SearchQuery("1", page_size=50))
        linked = Counter(hit.parcel_pk for hit in found.records if hit.parcel_pk is not None)
        pk = linked.most_common(1)[0][0] if linked else next((hit.pk for hit in found.parcels), None)
        if pk is not None:
            self.show_item(pk)
        yield ""


class RecordScreen(_DetailScreen):
    screen_id = "record"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.description = label("", "recordDescription")
        self.history_caption = label("subtitle", "recordHistoryCaption")
        self.history = FactsTable("recordHistory")
        self.parcel = button("recordParcel")
        self.parcel.clicked.connect(self._open_parcel)
        for widget in (self.description, self.parcel, self.history_caption, self.history):
            self.layout_column.addWidget(widget)
        self.layout_column.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Record")

    def loader(self) -> Callable[[int], RecordDetail | None]:
        return self.ctx.records.record

    def show_detail(self) -> None:
        r = self.detail
        if not isinstance(r, RecordDetail):
            set_text(self.heading, self.tr("Record"))
            set_text(self.subheading, self.tr("Choose a record from the search to see it here."))
            self.show_chip(None)
            self.facts.show_facts([])
            for widget in (self.description, self.parcel, self.history_caption, self.history):
                widget.hide()
            return
        set_text(self.heading, r.record_number)
        self.show_chip(r.status)
        set_text(self.subheading, self.term(r.record_type) or self.tr("Record"))
        facts = [(self.tr("Record number"), r.record_number), (self.tr("Type"), plain(self.term(r.record_type))),
                 (self.tr("Status"), plain(self.term(r.status))), (self.tr("Applied"), self.day(r.applied_on)),
                 (self.tr("Issued"), self.day(r.issued_on)), (self.tr("Closed"), self.day(r.closed_on)),
                 (self.tr("Address"), plain(r.address)), (self.tr("Valuation"), money(r.valuation))]
        if r.applicant is not None:
            facts.append((self.tr("Applicant"), plain(r.applicant)))
        self.facts.show_facts(facts)
        set_text(self.description, self.tr("Description: {text}").format(text=plain(r.description)))
        self.description.show()
        if r.parcel is not None:
            place = r.parcel.address or r.parcel.parcel_id
            set_text(self.parcel, self.tr("Open the property: {place}").format(place=place))
        self.parcel.setVisible(r.parcel is not None)
        set_text(self.history_caption, self.tr("Status history") if r.history
                 else self.tr("No status history is recorded."))
        self.history_caption.show()
        self.history.show_facts([(self.day(self.ctx.town_time(change.at).date()), self.term(change.status))
                                 for change in r.history])
        self.history.setVisible(bool(r.history))

    def _open_parcel(self) -> None:
        r = self.detail
        if isinstance(r, RecordDetail) and r.parcel is not None:
            self.opened.emit("parcel", r.parcel.pk)

    def document(self) -> tuple[Callable[[], bytes], str] | None:
        r = self.detail
        if not isinstance(r, RecordDetail):
            return None
        from kiosk.printing.record_summary import render_record_summary  # reportlab: not at start-up

        pack, printed_at, kiosk_id = self.ctx.pack, self.ctx.town_time(), self.ctx.kiosk_id
        link = pack.records.link_for_record(r.record_number, r.source)
        return (lambda: render_record_summary(pack.name, pack.state, r, printed_at, kiosk_id, link,
                                              timezone=pack.timezone),
                f"{pack.short_name} record summary")

    def tour_states(self) -> Iterator[str]:
        """A record on a property (it links to it), among the first found for house number 1."""
        found = self.ctx.records.search(SearchQuery("1", page_size=50))
        pk = next((hit.pk for hit in found.records if hit.parcel_pk is not None),
                  next((hit.pk for hit in found.records), None))
        if pk is not None:
            self.show_item(pk)
        yield ""
