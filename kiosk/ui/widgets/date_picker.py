# SPDX-License-Identifier: Apache-2.0
"""A day chosen with a finger: a month of touch-sized day buttons, with the previous and next
month a tap away, and days outside the allowed range shown but not choosable.

Why not QDateEdit or QCalendarWidget: the spin box's arrows and sections are a few pixels wide,
and the calendar's cells and header buttons are drawn at the style's small size, below the
kiosk's touch size, and neither wraps its words for Large text. Typing a date on the on-screen
keyboard (as the contact forms' date fields do) invites a wrong year; a calendar shows the weekday.

The grid keeps six rows, with the cells outside the month hidden but keeping their place, so the
page below does not move when the month changes under the finger.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label, set_text
from kiosk.ui.widgets.touch_button import TouchButton

CELLS = 42                  # six weeks: every month fits
FIRST_WEEKDAY = calendar.SUNDAY      # US towns' calendars start on Sunday


class DatePicker(QWidget):
    changed = Signal(object)        # the dt.date chosen

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._language = "en"
        self._minimum = dt.date.min
        self._maximum = dt.date.max
        self._chosen = dt.date.today()
        self._month = self._chosen.replace(day=1)
        self._days: list[dt.date | None] = [None] * CELLS
        self.previous = button(f"{name}Previous")
        self.next = button(f"{name}Next")
        self.month = label("subtitle", f"{name}Month")
        self.chosen = label("status", f"{name}Chosen")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.next.clicked.connect(lambda: self._turn(1))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        for turn in (self.previous, self.next):
            turn.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        head.addWidget(self.previous)
        head.addWidget(self.month, 1)
        head.addWidget(self.next)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.weekdays = [label("", f"{name}Weekday{i}") for i in range(7)]
        for column, weekday in enumerate(self.weekdays):
            grid.addWidget(weekday, 0, column)
        self.cells: list[TouchButton] = []
        for index in range(CELLS):
            cell = button(f"{name}Cell{index}")
            cell.setCheckable(True)
            policy = cell.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            cell.setSizePolicy(policy)
            cell.clicked.connect(lambda _=False, i=index: self._choose_cell(i))
            grid.addWidget(cell, 1 + index // 7, index % 7)
            self.cells.append(cell)
        grid_box = QWidget()
        grid_box.setLayout(grid)
        # A calendar at its natural width, not a table stretched across a wide screen.
        grid_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addLayout(head)
        outer.addWidget(grid_box)
        outer.addWidget(self.chosen)
        self._fill()

    # -- the value -------------------------------------------------------------------------------

    def date(self) -> dt.date:
        return self._chosen

    def set_range(self, minimum: dt.date, maximum: dt.date) -> None:
        """The days that may be chosen; the chosen one moves into the range if it was outside."""
        self._minimum, self._maximum = minimum, max(minimum, maximum)
        self.set_date(min(max(self._chosen, self._minimum), self._maximum))

    def set_date(self, day: dt.date) -> None:
        """Choose ``day`` (as given: the service says whether it may be published) and show its month."""
        self._chosen = day
        self._month = day.replace(day=1)
        self._fill()
        self.changed.emit(day)

    def cell_for(self, day: dt.date) -> TouchButton | None:
        """The button of ``day`` in the month on show (None: another month)."""
        return next((self.cells[i] for i, shown in enumerate(self._days) if shown == day), None)

    def set_language(self, language: str) -> None:
        self._language = language
        self._fill()

    # -- taps ------------------------------------------------------------------------------------

    def _turn(self, months: int) -> None:
        year, month = divmod(self._month.year * 12 + self._month.month - 1 + months, 12)
        self._month = dt.date(year, month + 1, 1)
        self._fill()

    def _choose_cell(self, index: int) -> None:
        day = self._days[index]
        if day is None:
            return
        self._chosen = day
        self._fill()
        self.changed.emit(day)

    # -- showing ---------------------------------------------------------------------------------

    def _fill(self) -> None:
        from babel import dates  # as kiosk.core.town_format: not before the console opens

        from kiosk.core.town_format import LOCALES

        locale = LOCALES.get(self._language, self._language)
        first, last = self._month, _last_day(self._month)
        weeks = calendar.Calendar(FIRST_WEEKDAY).itermonthdates(first.year, first.month)
        self._days = [day if day.month == first.month else None for day in weeks][:CELLS]
        self._days += [None] * (CELLS - len(self._days))
        for index, cell in enumerate(self.cells):
            day = self._days[index]
            cell.setVisible(day is not None)
            if day is None:
                set_text(cell, "", self.tr("No day"))      # hidden, but never a control without a name
                continue
            set_text(cell, str(day.day), _plain(dates.format_date(day, "full", locale=locale)))
            cell.setEnabled(self._minimum <= day <= self._maximum)
            cell.setChecked(day == self._chosen)
        names = dates.get_day_names("abbreviated", locale=locale)       # Monday is 0, as in Python
        for column, weekday in enumerate(self.weekdays):
            set_text(weekday, str(names[(FIRST_WEEKDAY + column) % 7]))
        set_text(self.month, _plain(dates.format_skeleton("yMMMM", first, locale=locale)).capitalize())
        self.previous.setEnabled(first > self._minimum)
        self.next.setEnabled(last < self._maximum)
        self._retranslate()

    def _retranslate(self) -> None:
        from babel import dates

        from kiosk.core.town_format import LOCALES

        locale = LOCALES.get(self._language, self._language)
        set_text(self.previous, self.tr("Previous month"))
        set_text(self.next, self.tr("Next month"))
        set_text(self.chosen, self.tr("Chosen: {date}").format(
            date=_plain(dates.format_date(self._chosen, "full", locale=locale))))

    def retranslate(self) -> None:
        self._retranslate()


def _last_day(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")
