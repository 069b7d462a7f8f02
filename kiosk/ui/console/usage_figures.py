# SPDX-License-Identifier: Apache-2.0
"""The usage dashboard's figures in words: every published figure of a UsageReport as the text a
table cell shows ("fewer than 5", "not shown", never the hidden count), and the tables themselves.

Each chart of the dashboard has one of these tables below it: the same figures, readable by a screen
reader and by anyone who prefers numbers to bars. No chart code here (kiosk.ui.console.usage_charts
has it, loaded only when the dashboard opens)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from kiosk.core.session import EndReason
from kiosk.core.submissions import SubmissionStatus
from kiosk.core.suppression import Figure, PublishedSeries, PublishedTable, Reason, Suppressed
from kiosk.core.usage import UsageReport

Rows = list[list[str]]


class FigureWords(QObject):
    """The words of the figures, in the console's language (the tr() context of the dashboard's cells)."""

    def figure(self, value: Figure | None) -> str:
        if value is None:
            return self.tr("none")
        if isinstance(value, Suppressed):
            small, hidden = self.suppressed_words()
            return small.format(k=value.k) if value.reason is Reason.SMALL else hidden
        return f"{value:,}"

    def suppressed_words(self) -> tuple[str, str]:
        """A suppressed figure's words with its k to fill in, small and hidden, as figure() says them."""
        return self.tr("fewer than {k}"), self.tr("not shown")

    def duration(self, seconds: float | Suppressed | None) -> str:
        if not isinstance(seconds, float):
            return self.figure(seconds)
        minutes, rest = divmod(round(seconds), 60)
        return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{rest:02d}")

    def hours(self, value: float | Suppressed | None) -> str:
        if not isinstance(value, float):
            return self.figure(value)
        return self.tr("{hours} hours").format(hours=f"{value:.1f}")

    def weekdays(self) -> tuple[str, ...]:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))

    def short_weekdays(self) -> tuple[str, ...]:
        """For a table's seven columns (a portrait screen's 820 px do not hold "Wednesday" nine times)."""
        return (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun"))

    def months(self) -> tuple[str, ...]:
        return (self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"), self.tr("May"),
                self.tr("June"), self.tr("July"), self.tr("August"), self.tr("September"), self.tr("October"),
                self.tr("November"), self.tr("December"))

    def end_reason(self, value: str) -> str:
        words = {EndReason.FINISH.value: self.tr("Finished"), EndReason.START_OVER.value: self.tr("Started over"),
                 EndReason.IDLE.value: self.tr("Timed out"), EndReason.STAFF_RESET.value: self.tr("Ended by staff"),
                 EndReason.SHUTDOWN.value: self.tr("Kiosk stopped"), EndReason.ERROR.value: self.tr("Ended by an error")}
        return words.get(value, value)

    def state(self, value: str) -> str:
        """A built-in state in words; a pack's own state as its code, spaced (the pack's labels are English)."""
        words = {SubmissionStatus.NEW.value: self.tr("New"), SubmissionStatus.ACKNOWLEDGED.value: self.tr("Acknowledged"),
                 SubmissionStatus.IN_PROGRESS.value: self.tr("In progress"),
                 SubmissionStatus.WAITING.value: self.tr("Waiting for the resident"),
                 SubmissionStatus.REDIRECTED.value: self.tr("Redirected"),
                 SubmissionStatus.RESOLVED.value: self.tr("Resolved"),
                 SubmissionStatus.CLOSED_NO_ACTION.value: self.tr("Closed without action"),
                 SubmissionStatus.DUPLICATE.value: self.tr("Duplicate")}
        return words.get(value, value.replace("_", " ").capitalize())

    def total(self) -> str:
        return self.tr("Total")

    # -- the tables --------------------------------------------------------------------------------

    def series(self, what: str, series: PublishedSeries, labels: Sequence[str] | None = None) -> tuple[list[str], Rows]:
        """One row per label, then the total."""
        names = list(labels if labels is not None else series.labels)
        rows = [[name, self.figure(value)] for name, value in zip(names, series.values, strict=True)]
        rows.append([self.total(), self.figure(series.total)])
        return [what, self.tr("Count")], rows

    def calendar(self, days: PublishedSeries, first: dt.date, last: dt.date,
                 weeks: PublishedTable | None = None) -> tuple[list[str], Rows]:
        """A per-day series as a calendar: a row per week (its Monday), a column per weekday. ``weeks``:
        the same days published as weekday x week (UsageReport.calendar), whose week and weekday totals
        are then shown too; without it only the series' total is."""
        values = dict(zip(days.labels, days.values, strict=True))
        monday = first - dt.timedelta(days=first.weekday())
        rows: Rows = []
        week = 0
        while monday <= last:
            in_week = [monday + dt.timedelta(days=d) for d in range(7)]
            total = self.figure(weeks.column_totals[week]) if weeks is not None else ""
            rows.append([monday.isoformat(),
                         *[self.figure(values[d.isoformat()]) if first <= d <= last else "" for d in in_week], total])
            monday += dt.timedelta(weeks=1)
            week += 1
        by_weekday = [self.figure(v) for v in weeks.row_totals] if weeks is not None else [""] * 7
        rows.append([self.total(), *by_weekday, self.figure(days.total)])
        return [self.tr("Week of"), *self.short_weekdays(), self.total()], rows

    def week_hours(self, table: PublishedTable) -> tuple[list[str], Rows]:
        """Weekday x hour, turned to a row per hour (eight columns fit a page; twenty-five do not)."""
        rows = [[f"{hour}:00", *[self.figure(table.cells[d][h]) for d in range(len(table.row_labels))],
                 self.figure(table.column_totals[h])] for h, hour in enumerate(table.column_labels)]
        rows.append([self.total(), *map(self.figure, table.row_totals), self.figure(table.total)])
        return [self.tr("Hour"), *self.short_weekdays()[:len(table.row_labels)], self.total()], rows

    def by_state(self, table: PublishedTable) -> tuple[list[str], Rows]:
        """Department x state, turned to a row per state and a column per department."""
        rows = [[self.state(state), *[self.figure(line[j]) for line in table.cells], self.figure(table.column_totals[j])]
                for j, state in enumerate(table.column_labels)]
        rows.append([self.total(), *map(self.figure, table.row_totals), self.figure(table.total)])
        return [self.tr("State"), *table.row_labels, self.total()], rows

    def resolve_times(self, report: UsageReport) -> tuple[list[str], Rows]:
        return ([self.tr("Department"), self.tr("Median time to resolve")],
                [[department, self.hours(value)] for department, value in report.hours_to_resolve])


class TextTable(QAbstractTableModel):
    """Rows of text under a header, read only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: Rows = []

    def show_rows(self, header: list[str], rows: Rows) -> None:
        self.beginResetModel()
        self._header, self._rows = header, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._header):
            return self._header[section]
        return None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def find_row(self, first_cell: str) -> list[str]:
        return next(row for row in self._rows if row[0] == first_cell)


class FigureTable(QTableView):
    """A TextTable as tall as its rows (the page scrolls, not the table) and never wider than the page:
    columns share the width, long headings wrap."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.table = TextTable(self)
        self.setModel(self.table)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)       # reachable by a screen reader's keys, not by a tap
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)      # nothing to select; named all the same, as every button is
        for corner in self.findChildren(QAbstractButton):
            corner.setAccessibleName(name)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def show_rows(self, header: list[str], rows: Rows) -> None:
        self.table.show_rows(header, rows)
        # The labels' column as wide as its longest label (a week's Monday, a department), the figures share the rest.
        mode = QHeaderView.ResizeMode.ResizeToContents if len(header) > 2 else QHeaderView.ResizeMode.Stretch
        self.horizontalHeader().setSectionResizeMode(0, mode)
        self._fit()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        """Header as tall as its longest wrapped heading; the view as tall as all its rows."""
        header = self.horizontalHeader()
        columns = max(self.table.columnCount(), 1)
        width = max(self.viewport().width() // columns - 8, 40)
        lines = 1
        metrics = self.fontMetrics()
        for section in range(self.table.columnCount()):
            text = str(self.table.headerData(section, Qt.Orientation.Horizontal) or "")
            shown = metrics.boundingRect(0, 0, width, 1 << 16, int(Qt.TextFlag.TextWordWrap.value), text)
            lines = max(lines, -(-shown.height() // max(metrics.lineSpacing(), 1)))
        header.setFixedHeight(lines * metrics.lineSpacing() + 16)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.table.rowCount()))
        self.setFixedHeight(header.height() + rows + 2 * self.frameWidth() + 2)
