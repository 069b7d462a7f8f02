# SPDX-License-Identifier: Apache-2.0
"""The usage dashboard's date range: one tap for the usual ones (the last 7 or 30 days, this month,
last month, any month of the last two years), or a first and a last day typed in the fields (numeric
on-screen keyboard on the kiosk: "2026-11-30"; 11/30/2026 is read too, as the residents' date fields do).
Days are the town's (``today`` comes from the town's clock)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.usage import LONGEST_RANGE_DAYS, DateRange, RangeError
from kiosk.ui.console.usage_figures import FigureWords
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.choice import ChoicePicker
from kiosk.ui.widgets.flow import FlowLayout, button_row
from kiosk.ui.widgets.keyboard import set_keyboard_kind
from kiosk.ui.widgets.touch_button import TouchButton

MONTHS_OFFERED = 24
_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def quick_range(which: str, today: dt.date) -> DateRange:
    """"last7", "last30" (today included), "this_month" (to today), "last_month" (all of it)."""
    if which == "last7":
        return DateRange(today - dt.timedelta(days=6), today)
    if which == "last30":
        return DateRange(today - dt.timedelta(days=29), today)
    first = today.replace(day=1)
    if which == "this_month":
        return DateRange(first, today)
    if which == "last_month":
        last = first - dt.timedelta(days=1)
        return DateRange(last.replace(day=1), last)
    raise ValueError(f"no quick range {which!r}")


def read_day(text: str) -> dt.date | None:
    """A day typed as 2026-11-30 or 11/30/2026; None if it is not one."""
    text = text.strip()
    us = _US_DATE.fullmatch(text)
    try:
        if us:
            month, day, year = (int(g) for g in us.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) else None
    except ValueError:
        return None


class RangeChooser(QWidget):
    chosen = Signal(object)          # a DateRange

    QUICK = ("last7", "last30", "this_month", "last_month")

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageRange")
        self._today = today
        self._words = FigureWords(self)
        self.quick: dict[str, TouchButton] = {}
        self._group = QButtonGroup(self)
        for which in self.QUICK:
            choose = button(f"usageRange_{which}")
            choose.setCheckable(True)
            choose.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            choose.clicked.connect(lambda _=False, w=which: self.choose_quick(w))
            self._group.addButton(choose)
            self.quick[which] = choose
        self.month = ChoicePicker("usageRangeMonth")
        self.month.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.month.currentIndexChanged.connect(self._on_month)
        self.first_label = label("fieldLabel", "usageRangeFromLabel")
        self.last_label = label("fieldLabel", "usageRangeToLabel")
        self.first, self.last = self._day_field("usageRangeFrom"), self._day_field("usageRangeTo")
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.show_days = button("usageRangeShow", "primary")
        self.show_days.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.show_days.clicked.connect(self.choose_typed)
        self.first.returnPressed.connect(self.last.setFocus)
        self.last.returnPressed.connect(self.choose_typed)
        self.error = label("error", "usageRangeError")
        self.error.hide()

        quick_row = QWidget()
        flow = FlowLayout(quick_row, spacing=12, right=False)
        for choose in (*self.quick.values(), self.month):
            flow.addWidget(choose)
        days = QGridLayout()
        days.setContentsMargins(0, 0, 0, 0)
        days.setHorizontalSpacing(16)
        days.addWidget(self.first_label, 0, 0)
        days.addWidget(self.last_label, 0, 1)
        days.addWidget(self.first, 1, 0)
        days.addWidget(self.last, 1, 1)
        days.setColumnStretch(0, 1)
        days.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(quick_row)
        column.addLayout(days)
        column.addWidget(button_row(self.show_days))     # under the days: beside them, large text cut it off
        column.addWidget(self.error)
        self.retranslate()

    def _day_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(10)
        set_keyboard_kind(field, "numeric")             # digits and "-": 2026-11-30
        field.textEdited.connect(self._typing)
        return field

    # -- choosing ----------------------------------------------------------------------------------

    def choose_quick(self, which: str) -> None:
        self._choose(quick_range(which, self._today()), which)

    def _on_month(self, index: int) -> None:
        month = self.month.itemData(index)
        if isinstance(month, str):
            self._choose(DateRange.month(month), "month")

    def choose_typed(self) -> None:
        first, last = read_day(self.first.text()), read_day(self.last.text())
        if first is None or last is None:
            self._refuse(self.tr("Please type each day as year-month-day, for example {day}.")
                         .format(day=self._today().isoformat()), self.last if first is not None else self.first)
            return
        if last < first:
            self._refuse(self.tr("The last day is before the first day."), self.last)
            return
        try:
            period = DateRange(first, last)
        except RangeError:
            self._refuse(self.tr("Please choose at most {days} days (a year) at a time.")
                         .format(days=LONGEST_RANGE_DAYS), self.last)
            return
        self._choose(period, "typed")

    def _choose(self, period: DateRange, how: str) -> None:
        show_status(self.error, "")
        self._group.setExclusive(False)
        for which, choose in self.quick.items():
            choose.setChecked(which == how)
        self._group.setExclusive(True)
        if how != "month":
            self.month.blockSignals(True)
            self.month.setCurrentIndex(-1)
            self.month.blockSignals(False)
        self.first.setText(period.first.isoformat())
        self.last.setText(period.last.isoformat())
        self.chosen.emit(period)

    def _refuse(self, why: str, field: QLineEdit) -> None:
        show_status(self.error, why, error=True)
        field.setFocus()

    def _typing(self) -> None:
        if self.error.isVisible():
            show_status(self.error, "")

    # -- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        words = {"last7": self.tr("Last 7 days"), "last30": self.tr("Last 30 days"),
                 "this_month": self.tr("This month"), "last_month": self.tr("Last month")}
        for which, choose in self.quick.items():
            set_text(choose, words[which])
        months = self._words.months()
        today = self._today()
        offered = []
        year, month = today.year, today.month
        for _ in range(MONTHS_OFFERED):
            offered.append((f"{months[month - 1]} {year}", f"{year:04d}-{month:02d}"))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.month.blockSignals(True)
        self.month.set_items(offered)
        self.month.blockSignals(False)
        self.month.setPlaceholderText(self.tr("Choose a month…"))
        self.month.set_caption(self.tr("Month"))
        set_text(self.first_label, self.tr("First day"))
        set_text(self.last_label, self.tr("Last day"))
        for field, caption in ((self.first, self.first_label), (self.last, self.last_label)):
            field.setAccessibleName(caption.text())
            field.setPlaceholderText(self.tr("e.g. {day}").format(day=today.isoformat()))
        set_text(self.show_days, self.tr("Show these days"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
