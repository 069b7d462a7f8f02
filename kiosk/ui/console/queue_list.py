# SPDX-License-Identifier: Apache-2.0
"""The Queue page's list: filters, one page of messages at a time, and the bulk actions.

The queue can hold 100,000 messages: the service filters, sorts, counts and pages them in the
database, and this list shows one page of ``ROWS`` through a pool of row widgets built once and
refilled, so nothing here grows with the queue. What is selected (for bulk assign and bulk state
change) is kept by id across pages, and cleared once a bulk action is done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.queue import UNASSIGNED, QueueFilter, QueueItem, QueuePage, QueueSort
from kiosk.core.town_format import town_format
from kiosk.ui.console import queue_words as words
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.flow import button_row
from kiosk.ui.widgets.form import FormField

if TYPE_CHECKING:
    from kiosk.ui.console.queue import QueuePage as Page

ROWS = 20                        # messages a page
FILTER_COLUMN_PX = 340          # a filter's least width: as many side by side as fit, up to MAX_FILTER_COLUMNS
MAX_FILTER_COLUMNS = 3
SELECT_BESIDE = 3                # a row at least this many select toggles wide has the toggle beside the message
ANY, ME, NOBODY = "any", "me", "nobody"
SORTS: dict[str, tuple[QueueSort, bool]] = {
    "newest": (QueueSort.CREATED, True), "due": (QueueSort.DUE, False),
    "oldest": (QueueSort.CREATED, False), "changed": (QueueSort.UPDATED, True)}


class ChoiceField(FormField):
    """A FormField of kind "choice", its picker typed as such."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "choice")

    @property
    def picker(self) -> ChoicePicker:
        assert isinstance(self.input, ChoicePicker)
        return self.input


class TextField(FormField):
    """A FormField of one line of text, its line typed as such."""

    def __init__(self, name: str, kind: str = "text", optional: bool = False, max_length: int = 200) -> None:
        super().__init__(name, kind, optional=optional, max_length=max_length)

    @property
    def line(self) -> QLineEdit:
        assert isinstance(self.input, QLineEdit)
        return self.input


class QueueRow(QWidget):
    """One message of the page: a select toggle for a finger and the message itself, which opens it;
    the toggle above the message where beside it would leave the message too narrow for its
    reference (a portrait screen, large text, Spanish's "Seleccionado")."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: QueueItem | None = None
        self.select = button(f"queueSelect{index}")
        self.select.setCheckable(True)
        self.select.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.open = button(f"queueRow{index}", "result")
        self.open.set_title_style()
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.select, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.open, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        beside = self.width() >= SELECT_BESIDE * self.select.minimumWidth()
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        super().resizeEvent(event)


class QueueList(QWidget):
    opened = Signal(int)                  # a submission id

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("queueList")
        self._result: QueuePage | None = None
        self._page_no = 0
        self._asked = 0                    # the latest request: an older answer arriving late is dropped
        self.selected: set[int] = set()
        # -- filters
        self.filters_heading = label("subtitle", "queueFiltersHeading")
        self.department = ChoiceField("queueDepartment")
        self.status = ChoiceField("queueStatus")
        self.form = ChoiceField("queueForm")
        self.assignee = ChoiceField("queueAssignee")
        self.overdue = ChoiceField("queueOverdue")
        self.sort = ChoiceField("queueSort")
        self.sent_from = TextField("queueFrom", "numeric", max_length=10)
        self.sent_to = TextField("queueTo", "numeric", max_length=10)
        self._filters: tuple[FormField, ...] = (self.department, self.status, self.form, self.assignee, self.overdue, self.sort,
                         self.sent_from, self.sent_to)
        self.show_button = button("queueShow", "primary")
        self.clear_button = button("queueClearFilters")
        self.show_button.clicked.connect(lambda: self.refresh(page_no=0))
        self.clear_button.clicked.connect(self._clear_filters)
        for field in (self.department, self.status, self.form, self.assignee, self.overdue, self.sort):
            field.picker.currentIndexChanged.connect(lambda _i: self.refresh(page_no=0))
        for edit in (self.sent_from, self.sent_to):
            edit.line.returnPressed.connect(lambda: self.refresh(page_no=0))
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(12)
        self._columns = 0
        self._place_filters(1)
        # -- bulk actions
        self.bulk_heading = label("subtitle", "queueBulkHeading")
        self.selected_label = label("status", "queueSelectedCount")
        self.select_page = button("queueSelectPage")
        self.clear_selection = button("queueClearSelection")
        self.bulk_assignee = ChoiceField("queueBulkAssignee")
        self.bulk_assign = button("queueBulkAssign")
        self.bulk_state = ChoiceField("queueBulkState")
        self.bulk_set_state = button("queueBulkSetState")
        self.bulk_status = label("status", "queueBulkStatus")
        self.select_page.clicked.connect(self._select_page)
        self.clear_selection.clicked.connect(self._clear_selection)
        self.bulk_assign.clicked.connect(self._on_bulk_assign)
        self.bulk_set_state.clicked.connect(self._on_bulk_state)
        # -- the page of messages
        self.count = label("status", "queueCount")
        self.list_status = label("status", "queueListStatus")
        self.rows = [QueueRow(i) for i in range(ROWS)]
        for row in self.rows:
            row.select.toggled.connect(lambda on, row=row: self._on_select(row, on))
            row.open.clicked.connect(lambda _=False, row=row: self._open(row))
        self.previous = button("queuePrevious")
        self.next = button("queueNext")
        self.previous.clicked.connect(lambda: self.refresh(page_no=self._page_no - 1))
        self.next.clicked.connect(lambda: self.refresh(page_no=self._page_no + 1))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self.filters_heading)
        column.addLayout(self._grid)
        column.addWidget(button_row(self.show_button, self.clear_button))
        column.addWidget(self.bulk_heading)
        column.addWidget(self.selected_label)
        column.addWidget(button_row(self.select_page, self.clear_selection))
        column.addWidget(choice_and_button(self.bulk_assignee, self.bulk_assign))
        column.addWidget(choice_and_button(self.bulk_state, self.bulk_set_state))
        column.addWidget(self.bulk_status)
        column.addWidget(self.count)
        column.addWidget(self.list_status)
        for row in self.rows:
            column.addWidget(row)
            row.hide()
        column.addWidget(button_row(self.previous, self.next))
        self.bulk_status.hide()
        self.list_status.hide()
        self.previous.hide()
        self.next.hide()

    # -- choices ---------------------------------------------------------------------------------

    def fill_choices(self, staff: list[tuple[str, int]]) -> None:
        """The pickers' choices: the pack's departments, states and forms, and the staff who can take messages."""
        pack, lang = self.page.ctx.pack, words.language()
        states = self.page.states()
        self.department.picker.set_items([(self.tr("Any department"), ANY),
                                         *[(d.name, d.dept_id) for d in pack.departments]])
        self.status.picker.set_items([(self.tr("Any state"), ANY), *[(s.label_for(lang), s.state_id) for s in states]])
        self.form.picker.set_items([(self.tr("Any form"), ANY),
                                   *[(f.title_es if lang == "es" and f.title_es else f.title, f.form_id)
                                     for f in pack.forms]])
        self.assignee.picker.set_items([(self.tr("Anyone"), ANY), (self.tr("Me"), ME),
                                       (self.tr("Nobody yet (unassigned)"), NOBODY), *staff])
        self.overdue.picker.set_items([(self.tr("Overdue or not"), ANY), (self.tr("Only overdue"), True),
                                      (self.tr("Only not overdue"), False)])
        self.sort.picker.set_items([(self.tr("Newest first"), "newest"), (self.tr("Due soonest first"), "due"),
                                   (self.tr("Oldest first"), "oldest"), (self.tr("Changed most recently"), "changed")])
        self.bulk_assignee.picker.set_items([(self.tr("Me"), ME), (self.tr("Nobody (take it off everyone)"), NOBODY),
                                            *staff])
        self.bulk_state.picker.set_items([(s.label_for(lang), s.state_id) for s in states])
        for picker in (self.department, self.status, self.form, self.assignee, self.overdue, self.sort):
            if picker.picker.currentIndex() < 0:
                picker.picker.blockSignals(True)        # the first choice is "any": no refresh for each
                picker.picker.setCurrentIndex(0)
                picker.picker.blockSignals(False)
        self._show_selection()

    # -- loading ---------------------------------------------------------------------------------

    def query(self, page_no: int) -> QueueFilter | None:
        """The filter on show, or None (and the field marked) when a date cannot be read."""
        dates: list[dt.datetime | None] = []
        zone = ZoneInfo(self.page.ctx.pack.timezone)
        for field, extra in ((self.sent_from, 0), (self.sent_to, 1)):
            field.clear_error()
            text = field.value().strip()
            if not text:
                dates.append(None)
                continue
            try:
                day = dt.date.fromisoformat(text) + dt.timedelta(days=extra)    # "to" takes in its whole day
            except ValueError:
                field.show_error(self.tr("Please type a date as year-month-day, for example 2026-11-02."))
                return None
            dates.append(dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC))
        me = self.page.member.staff_id
        who = self.assignee.picker.currentData()
        assignee: Any = {ANY: None, ME: me, NOBODY: UNASSIGNED}.get(who, who) if isinstance(who, str) else who
        overdue = self.overdue.picker.currentData()
        sort, descending = SORTS.get(self.sort.picker.currentData() or "newest", SORTS["newest"])
        return QueueFilter(departments=_chosen(self.department), statuses=_chosen(self.status),
                           forms=_chosen(self.form), created_from=dates[0], created_to=dates[1], assignee=assignee,
                           overdue=overdue if isinstance(overdue, bool) else None, sort=sort, descending=descending,
                           page=max(page_no, 0), page_size=ROWS)

    def refresh(self, page_no: int | None = None) -> None:
        """Ask for the page (this one again by default) with the filters on show."""
        query = self.query(self._page_no if page_no is None else page_no)
        if query is None:
            return
        queue, actor = self.page.queue, self.page.actor
        self._asked += 1
        asked = self._asked
        self.page.in_background(lambda: queue.find(actor, query), lambda found: self._show(found, asked),
                                self.list_status, on_answer=lambda exc: show_status(self.list_status,
                                                                                   words.refusal(exc), error=True))

    def _show(self, found: QueuePage, asked: int) -> None:
        if asked != self._asked:
            return
        if found.total and not found.items and found.page > 0:      # the last page emptied: go back one
            self.refresh(page_no=found.pages - 1)
            return
        self._result, self._page_no = found, found.page
        show_status(self.list_status, "")
        self._fill(found)

    def _fill(self, found: QueuePage) -> None:
        fmt = town_format(self.page.ctx.pack.timezone, words.language())
        lang = words.language()
        for i, row in enumerate(self.rows):
            item = found.items[i] if i < len(found.items) else None
            row.item = item
            row.setVisible(item is not None)
            if item is None:
                self._word_empty(row)
                continue
            state = self.page.settings().state(item.status).label_for(lang)
            who = item.assignee_name or self.tr("Unassigned")
            if item.due_at is None:
                due = self.tr("No due date")
            elif item.overdue:
                due = self.tr("OVERDUE: was due {date}").format(date=fmt.day(item.due_at))
            else:
                due = self.tr("Due {date}").format(date=fmt.day(item.due_at))
            # Short lines: a reference and a form, or a department, state and assignee, do not fit one line
            # of a portrait screen in large text.
            lines = [item.reference, item.form_title, item.department_name, f"{state} · {who}",
                     self.tr("Sent {date}").format(date=fmt.day(item.created_at)) + f" · {due}"]
            set_text(row.open, "\n".join(lines), ". ".join(lines))
            row.open.set_chip(*((self.tr("Overdue"), "bad") if item.overdue else ("", "")))
            row.select.blockSignals(True)
            row.select.setChecked(item.submission_id in self.selected)
            row.select.blockSignals(False)
            self._word_select(row)
        self._retranslate_count()
        self.previous.setVisible(found.page > 0)
        self.next.setVisible(found.page + 1 < found.pages)

    # -- selecting and bulk actions --------------------------------------------------------------

    def _on_select(self, row: QueueRow, on: bool) -> None:
        if row.item is not None:
            (self.selected.add if on else self.selected.discard)(row.item.submission_id)
        self._word_select(row)
        self._show_selection()

    def _select_page(self) -> None:
        for row in self.rows:
            if row.item is not None:
                row.select.setChecked(True)

    def _clear_selection(self) -> None:
        self.selected.clear()
        for row in self.rows:
            row.select.blockSignals(True)
            row.select.setChecked(False)
            row.select.blockSignals(False)
            self._word_select(row)
        self._show_selection()

    def _on_bulk_assign(self) -> None:
        who = self.bulk_assignee.picker.currentData()
        if who is None:
            show_status(self.bulk_status, self.tr("Please choose who takes them first."), error=True)
            return
        staff_id = self.page.member.staff_id if who == ME else None if who == NOBODY else who
        queue, actor, ids = self.page.queue, self.page.actor, sorted(self.selected)
        self._bulk(lambda: queue.assign(actor, ids, staff_id),
                   self.tr("{n} message(s) assigned to {who}.").format(who=self.bulk_assignee.value(), n="{n}"))

    def _on_bulk_state(self) -> None:
        state = self.bulk_state.picker.currentData()
        if state is None:
            show_status(self.bulk_status, self.tr("Please choose the state first."), error=True)
            return
        queue, actor, ids = self.page.queue, self.page.actor, sorted(self.selected)
        self._bulk(lambda: queue.set_state(actor, ids, state),
                   self.tr("{n} message(s) moved to {state}.").format(state=self.bulk_state.value(), n="{n}"))

    def _bulk(self, work: Callable[[], int], done: str) -> None:
        def finished(changed: int) -> None:
            self._clear_selection()
            show_status(self.bulk_status, done.replace("{n}", str(changed)))
            self.refresh()

        self.page.in_background(work, finished, self.bulk_status, busy=(self.bulk_assign, self.bulk_set_state),
                                on_answer=lambda exc: show_status(self.bulk_status, words.refusal(exc), error=True))

    def _show_selection(self) -> None:
        n = len(self.selected)
        set_text(self.selected_label, self.tr("{n} selected").format(n=n) if n else
                 self.tr("Nothing selected: tap Select on a message"))
        for widget in (self.bulk_assign, self.bulk_set_state, self.clear_selection):
            widget.setEnabled(n > 0)

    def _word_select(self, row: QueueRow) -> None:
        reference = row.item.reference if row.item is not None else ""
        set_text(row.select, self.tr("Selected"))      # as wide as its longer word: tapped, the row stays put
        row.select.setMinimumWidth(row.select.sizeHint().width())
        set_text(row.select, self.tr("Selected") if row.select.isChecked() else self.tr("Select"),
                 self.tr("Select {reference}").format(reference=reference))

    def _word_empty(self, row: QueueRow) -> None:
        """A row of the pool with no message on this page (hidden, but named like every control)."""
        set_text(row.open, "", self.tr("No message on this line"))

    def _open(self, row: QueueRow) -> None:
        if row.item is not None:
            self.opened.emit(row.item.submission_id)

    def _clear_filters(self) -> None:
        for field in (self.department, self.status, self.form, self.assignee, self.overdue, self.sort):
            field.picker.blockSignals(True)
            field.picker.setCurrentIndex(0)
            field.picker.blockSignals(False)
        for edit in (self.sent_from, self.sent_to):
            edit.set_value("")
            edit.clear_error()
        self.refresh(page_no=0)

    # -- words and layout ------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.filters_heading, self.tr("Find messages"))
        self.department.set_caption(self.tr("Department"), "")
        self.status.set_caption(self.tr("State"), "")
        self.form.set_caption(self.tr("Form"), "")
        self.assignee.set_caption(self.tr("Assigned to"), "")
        self.overdue.set_caption(self.tr("Overdue"), "")
        self.sort.set_caption(self.tr("Order"), "")
        self.sent_from.set_caption(self.tr("Sent from (year-month-day)"), "")
        self.sent_to.set_caption(self.tr("Sent up to and including"), "")
        for field in (self.sent_from, self.sent_to):
            field.line.setPlaceholderText(self.tr("e.g. 2026-11-02"))
        set_text(self.show_button, self.tr("Show messages"))
        set_text(self.clear_button, self.tr("Clear the filters"))
        set_text(self.bulk_heading, self.tr("Selected messages"))
        set_text(self.select_page, self.tr("Select all on this page"))
        set_text(self.clear_selection, self.tr("Clear the selection"))
        self.bulk_assignee.set_caption(self.tr("Assign the selected to"), "")
        set_text(self.bulk_assign, self.tr("Assign selected"))
        self.bulk_state.set_caption(self.tr("Move the selected to the state"), "")
        set_text(self.bulk_set_state, self.tr("Change state of selected"))
        set_text(self.previous, self.tr("Previous page"))
        set_text(self.next, self.tr("Next page"))
        if self._result is not None:
            self._fill(self._result)             # the rows' words: "Due", "Unassigned", the state's label
        for row in self.rows:
            self._word_select(row)
            if row.item is None:
                self._word_empty(row)
        self._show_selection()
        self._retranslate_count()

    def _retranslate_count(self) -> None:
        found = self._result
        if found is None:
            set_text(self.count, "")
        elif not found.total:
            set_text(self.count, self.tr("No messages match these filters."))
        else:
            first = found.page * found.page_size + 1
            last = first + len(found.items) - 1
            set_text(self.count, self.tr("Messages {first}–{last} of {total} (page {page} of {pages})").format(
                first=first, last=last, total=f"{found.total:,}", page=found.page + 1, pages=found.pages))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_filters(max(1, min(MAX_FILTER_COLUMNS, self.width() // FILTER_COLUMN_PX)))

    def _place_filters(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for shown in self._filters:
            self._grid.removeWidget(shown)
        for i, shown in enumerate(self._filters):
            self._grid.addWidget(shown, i // columns, i % columns)
        for c in range(MAX_FILTER_COLUMNS):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)


def _chosen(field: ChoiceField) -> tuple[str, ...]:
    data = field.picker.currentData()
    return () if data in (None, ANY) else (str(data),)


def choice_and_button(field: FormField, action: QWidget) -> QWidget:
    """A choice and, under it, the button that acts on it: side by side, a portrait screen with
    large text left the button too narrow for its words."""
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(field)
    layout.addWidget(button_row(action))
    return row
