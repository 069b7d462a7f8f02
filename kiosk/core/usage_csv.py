# SPDX-License-Identifier: Apache-2.0
"""A UsageReport as CSV, for a spreadsheet: one line per published figure, suppressed ones in words.

Columns: figure, row, column, value. ``value`` is a number, or "fewer than k" / "not shown" (never the
count); the first lines say the period and the rule. Nothing here is a person's: labels are days, hours,
screen ids, form titles, departments and states.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from kiosk.core.suppression import Figure, PublishedSeries, PublishedTable, english
from kiosk.core.usage import END_REASON_WORDS, UsageReport

HEADER = ("figure", "row", "column", "value")


def usage_csv(report: UsageReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_lines(report))
    return out.getvalue()


def _lines(report: UsageReport) -> Iterator[tuple[str, str, str, str]]:
    yield "period", "first day", "", report.period.first.isoformat()
    yield "period", "last day", "", report.period.last.isoformat()
    yield "rule", "smallest count shown", "", str(report.k)
    yield "visits", "", "", english(report.visits)
    yield from _series("visits per day", report.visits_per_day)
    yield from _table("visits by weekday and hour", report.week_hours)
    yield from _series("visits per week", PublishedSeries(report.calendar.column_labels, report.calendar.column_totals,
                                                          report.calendar.total, report.k))
    yield from _series("how visits ended", PublishedSeries(
        tuple(END_REASON_WORDS.get(r, r) for r in report.end_reasons.labels), report.end_reasons.values,
        report.end_reasons.total, report.k))
    yield from _series("visits by language", report.languages)
    yield from _series("visits that used each screen", report.screens)
    yield "average visit length (seconds)", "", "", _number(report.average_visit_s)
    yield from _series("pages printed per day", report.pages_per_day)
    yield "messages", "", "", english(report.messages)
    yield from _series("messages by form", report.messages_by_form)
    yield from _table("messages by department and state", report.messages_by_state)
    for department, hours in report.hours_to_resolve:
        yield "median hours to resolve", department, "", _number(hours)


def _series(name: str, series: PublishedSeries) -> Iterator[tuple[str, str, str, str]]:
    for label, value in zip(series.labels, series.values, strict=True):
        yield name, label, "", english(value)
    yield name, "total", "", english(series.total)


def _table(name: str, table: PublishedTable) -> Iterator[tuple[str, str, str, str]]:
    for row, line, total in zip(table.row_labels, table.cells, table.row_totals, strict=True):
        for column, value in zip(table.column_labels, line, strict=True):
            yield name, row, column, english(value)
        yield name, row, "total", english(total)
    for column, value in zip(table.column_labels, table.column_totals, strict=True):
        yield name, "total", column, english(value)
    yield name, "total", "total", english(table.total)


def _number(value: float | Figure | None) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return english(value)
