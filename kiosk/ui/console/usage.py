# SPDX-License-Identifier: Apache-2.0
""""Usage": how the kiosk is used over a chosen date range, for every staff member (the figures are
aggregates: nobody's data), with the CSV and the monthly PDF report.

Every figure is shown as kiosk.core.usage published it: a count of 1 to k-1 reads "fewer than k" and
some others "not shown", never a number, on screen as in the files. The counting (the database) and
the drawing of the charts (reportlab, as SVG) run off the GUI thread while "Counting…" shows; the
page stays usable, and a later choice wins over an earlier one still counting.

Each chart is the SVG of kiosk.printing.charts, the PDF's own drawing, shown with QtSvg; below it
a table holds the same figures, for screen readers and for anyone who prefers numbers. The chart
code and QtSvg are imported when the page first shows figures, never on the visitor's path.

Exports: on a front-desk PC, Save as CSV and Save the report (PDF) through a file dialog; on the
kiosk, Print the report on its printer (no file to take away from a public machine). The service
writes the audit entry of each export (who, which range, which kind).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from kiosk.config import SUPPORTED_LANGUAGES
from kiosk.core.printing import PrinterError
from kiosk.core.session import EndReason
from kiosk.core.staff import StaffMember
from kiosk.core.usage import DateRange, ExportKind, UsageReport
from kiosk.printing.chart_words import ChartWords
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.console.usage_figures import FigureTable, FigureWords, Rows
from kiosk.ui.console.usage_range import RangeChooser
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.flow import button_row

if TYPE_CHECKING:
    from kiosk.ui.console.usage_charts import ChartView


class Section(QWidget):
    """One figure: its heading, its chart (once the chart code is loaded) and its table."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"usage_{key}")
        self.heading = label("subtitle", f"usage_{key}Heading")
        self.table = FigureTable(f"usage_{key}Table")
        self.chart: ChartView | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(8)
        self._column.addWidget(self.heading)
        self._column.addWidget(self.table)

    def show_chart(self, svg: bytes) -> None:
        # QtSvg: when the dashboard first shows figures
        from kiosk.ui.console.usage_charts import ChartView

        if self.chart is None:
            self.chart = ChartView(f"usage_{self.key}Chart")
            self._column.insertWidget(1, self.chart)
        self.chart.load(svg)

    def name_things(self, title: str, chart_name: str, chart_description: str, table_name: str) -> None:
        set_text(self.heading, title)
        if self.chart is not None:
            self.chart.setAccessibleName(chart_name)
            self.chart.setAccessibleDescription(chart_description)
        self.table.setAccessibleName(table_name)


class UsagePage(ConsolePage):
    page_id = "usage"

    # The figures in their order; those with a chart bear its name in kiosk.printing.charts.
    SECTIONS = ("visits_per_day", "week_hours", "end_reasons", "languages", "screens", "messages_by_form",
                "pages_per_day", "messages_by_department", "resolve_times")

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self.words = FigureWords(self)
        self._zone = ZoneInfo(ctx.pack.timezone)
        self._asked = 0                    # the latest choice; answers to earlier ones are dropped
        self.report: UsageReport | None = None
        self.heading = label("title", "usageHeading")
        self.rule = label("hint", "usageRule")
        self.range = RangeChooser(self.today)
        self.range.chosen.connect(self.show_period)
        self.status = label("status", "usageStatus")
        self.status.hide()
        self.period_heading = label("subtitle", "usagePeriod")
        self.summary = FactsTable("usageSummary")
        self.sections = {key: Section(key) for key in self.SECTIONS}
        self.figures = QWidget()
        self.figures.setObjectName("usageFigures")
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setSpacing(24)
        figures.addWidget(self.period_heading)
        figures.addWidget(self.summary)
        for section in self.sections.values():
            figures.addWidget(section)
        self.figures.hide()
        self.export_heading = label("subtitle", "usageExportHeading")
        self.save_csv = button("usageSaveCsv")
        self.save_pdf = button("usageSavePdf")
        self.print_pdf = button("usagePrintPdf", "primary")
        self.export_status = label("status", "usageExportStatus")
        self.export_status.hide()
        self.save_csv.clicked.connect(lambda: self._ask_file(ExportKind.CSV))
        self.save_pdf.clicked.connect(lambda: self._ask_file(ExportKind.PDF))
        self.print_pdf.clicked.connect(self._print)
        at_kiosk = ctx.on_kiosk
        exports = button_row(self.print_pdf, self.save_csv, self.save_pdf)
        for choose, shown in ((self.print_pdf, at_kiosk), (self.save_csv, not at_kiosk), (self.save_pdf, not at_kiosk)):
            choose.setEnabled(False)             # until there are figures to take out
            choose.setVisible(shown)             # once in the row: a parentless widget shown is a window

        layout = self.column()
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(self.range)
        layout.addWidget(self.status)
        layout.addWidget(self.export_heading)
        layout.addWidget(exports)
        layout.addWidget(self.export_status)
        layout.addWidget(self.figures)
        layout.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Usage")

    def today(self) -> dt.date:
        now = self.ctx.now()
        now = now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)
        return now.astimezone(self._zone).date()

    def enter(self) -> None:
        if self.report is None and not self._asked:
            self.range.choose_quick("last30")          # something to read at once; any choice replaces it

    def leave(self) -> None:
        self._asked += 1                               # an answer still counting is not wanted any more
        show_status(self.status, "")

    # -- the figures -------------------------------------------------------------------------------

    def show_period(self, period: DateRange) -> None:
        usage = self.ctx.usage
        if usage is None:
            show_status(self.status, self.tr("Usage statistics are not available here."), error=True)
            return
        self._asked += 1
        asked = self._asked
        show_status(self.status, self.tr("Counting…"))

        text = self._chart_text()

        def count() -> tuple[UsageReport, list[tuple[str, bytes]]]:
            from kiosk.ui.console.usage_charts import chart_svgs

            report = usage.report(period)
            return report, chart_svgs(report, text)

        def failed(_exc: Exception) -> None:          # a refusal (ValueError): the range itself
            if asked == self._asked:
                show_status(self.status, self.tr("These days cannot be counted. Please choose other days."),
                            error=True)

        self.in_background(count, lambda answer: self._counted(asked, *answer), self.status, on_answer=failed)

    def _counted(self, asked: int, report: UsageReport, svgs: list[tuple[str, bytes]]) -> None:
        if asked != self._asked:
            return                                     # a later choice is counting, or the page was left
        self.report = report
        show_status(self.status, "")
        for name, svg in svgs:
            if name in self.sections:
                self.sections[name].show_chart(svg)
        for choose in (self.save_csv, self.save_pdf, self.print_pdf):
            choose.setEnabled(True)
        self._name_sections()
        self._show_figures()
        self.figures.show()

    def _show_figures(self) -> None:
        report, words = self.report, self.words
        if report is None:
            return
        set_text(self.period_heading, self.tr("From {first} to {last}").format(
            first=report.period.first.isoformat(), last=report.period.last.isoformat()))
        self.summary.show_facts([
            (self.tr("Visits"), words.figure(report.visits)),
            (self.tr("Average visit length"), words.duration(report.average_visit_s)),
            (self.tr("Pages printed"), words.figure(report.pages_per_day.total)),
            (self.tr("Messages sent"), words.figure(report.messages)),
        ])
        first, last = report.period.first, report.period.last
        tables: dict[str, tuple[list[str], Rows]] = {
            "visits_per_day": words.calendar(report.visits_per_day, first, last, report.calendar),
            "week_hours": words.week_hours(report.week_hours),
            "end_reasons": words.series(self.tr("How the visit ended"), report.end_reasons,
                                        [words.end_reason(r) for r in report.end_reasons.labels]),
            "languages": words.series(self.tr("Language"), report.languages,
                                      [self._language(code) for code in report.languages.labels]),
            "screens": words.series(self.tr("Screen"), report.screens),
            "messages_by_form": words.series(self.tr("Form"), report.messages_by_form),
            "pages_per_day": words.calendar(report.pages_per_day, first, last),
            "messages_by_department": words.by_state(report.messages_by_state),
            "resolve_times": words.resolve_times(report),
        }
        for key, (header, rows) in tables.items():
            self.sections[key].table.show_rows(header, rows)
        self.sections["resolve_times"].setVisible(bool(report.hours_to_resolve))

    def _chart_text(self) -> ChartWords:
        """The charts' words in the console's language, as its tables have them."""

        words = self.words
        small, hidden = words.suppressed_words()
        return ChartWords(
            titles={"visits_per_day": self.tr("Visits per day"), "week_hours": self.tr("Visits by weekday and hour"),
                    "end_reasons": self.tr("How visits ended"), "languages": self.tr("Visits by language"),
                    "screens": self.tr("Visits that used each screen"), "pages_per_day": self.tr("Pages printed per day"),
                    "messages_by_form": self.tr("Messages by form"),
                    "messages_by_department": self.tr("Messages by department")},
            key=self.tr("Crossed box: fewer than {k}, or not shown so that a small count cannot be worked out"),
            small=small, hidden=hidden, weekdays=words.short_weekdays(),
            end_reasons={reason.value: words.end_reason(reason.value) for reason in EndReason},
            labels={code: self._language(code) for code in SUPPORTED_LANGUAGES})

    def _language(self, code: str) -> str:
        """A visit's language by its name in the console's language (Babel's CLDR names: no words of
        our own, so "English" is never a source the Spanish screens' audit would take as untranslated)."""
        from babel import Locale, UnknownLocaleError

        from kiosk.ui.console.queue_words import language

        try:
            name = Locale.parse(code).get_display_name(language()) or code
        except (ValueError, UnknownLocaleError):
            return code
        return name[:1].upper() + name[1:]

    # -- exports -----------------------------------------------------------------------------------

    def _ask_file(self, kind: ExportKind) -> None:
        report = self.report
        if report is None:
            return
        period = report.period
        name = f"kiosk-usage-{period.first.isoformat()}-to-{period.last.isoformat()}.{kind.value}"
        dialog = QFileDialog(self.window(), self.tr("Save as CSV") if kind is ExportKind.CSV
                             else self.tr("Save the report"), str(Path.home() / name))
        dialog.setObjectName("usageSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(kind.value)
        dialog.setNameFilter(self.tr("Spreadsheet (*.csv)") if kind is ExportKind.CSV else self.tr("PDF (*.pdf)"))
        dialog.fileSelected.connect(lambda chosen: self._save(kind, period, Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()                              # not exec(): the console's timers and tasks go on

    def _save(self, kind: ExportKind, period: DateRange, path: Path) -> None:
        make = self._document(kind, period)

        def save() -> str:
            data = make()
            try:
                path.write_bytes(data)
            except OSError as exc:
                return exc.strerror or type(exc).__name__
            return ""

        def saved(problem: str) -> None:
            if problem:
                show_status(self.export_status, self.tr("The file could not be saved there ({why}). Please choose "
                                                        "another folder.").format(why=problem), error=True)
            else:
                show_status(self.export_status, self.tr("Saved as {file}.").format(file=str(path)))

        self.in_background(save, saved, self.export_status, busy=(self.save_csv, self.save_pdf),
                           waiting=self.tr("Saving…"))

    def _print(self) -> None:
        report, printer = self.report, self.ctx.printer
        if report is None:
            return
        if printer is None:
            show_status(self.export_status, self.tr("This console has no printer."), error=True)
            return
        make = self._document(ExportKind.PDF, report.period)
        self.in_background(lambda: printer.submit(make(), "Kiosk usage report"),
                           lambda _job: show_status(self.export_status, self.tr("The report was sent to the printer.")),
                           self.export_status, busy=(self.print_pdf,), waiting=self.tr("Printing…"),
                           on_answer=self._not_printed)

    def _not_printed(self, exc: Exception) -> None:
        if isinstance(exc, PrinterError):
            show_status(self.export_status, self.tr("The report did not print: the printer is not working. "
                                                    "\u201cRun the kiosk\u201d can check it."), error=True)
        else:
            show_status(self.export_status, self.tr("The report could not be made."), error=True)

    def _document(self, kind: ExportKind, period: DateRange) -> Callable[[], bytes]:
        """What to write, made off the GUI thread after the service has audited the export."""
        usage, actor, ctx = self.ctx.usage, self.actor, self.ctx
        assert usage is not None                     # there is a report: the service made it

        def make() -> bytes:
            report = usage.export(actor, period, kind)
            if kind is ExportKind.CSV:
                from kiosk.core.usage_csv import usage_csv

                return usage_csv(report).encode("utf-8")
            from kiosk.printing.usage_report import render_usage_report

            return render_usage_report(report, ctx.pack.name, ctx.pack.timezone, ctx.now(), ctx.kiosk_id)
        return make

    # -- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        k = self.ctx.usage.min_count if self.ctx.usage is not None else 5
        set_text(self.rule, self.tr(
            "Every figure counts visits or messages together, never a person. A count of 1 to {small} reads "
            "\u201cfewer than {k}\u201d, and a few others read \u201cnot shown\u201d so that no small count can be "
            "worked out from the totals. Days and hours are the town's.").format(small=k - 1, k=k))
        set_text(self.export_heading, self.tr("Take the figures out"))
        set_text(self.save_csv, self.tr("Save as CSV…"))
        set_text(self.save_pdf, self.tr("Save the report (PDF)…"))
        set_text(self.print_pdf, self.tr("Print the report"))
        self._name_sections()
        self._show_figures()

    def _name_sections(self) -> None:
        titles = {
            "visits_per_day": self.tr("Visits per day"),
            "week_hours": self.tr("Visits by weekday and hour"),
            "end_reasons": self.tr("How visits ended"),
            "languages": self.tr("Languages"),
            "screens": self.tr("Screens used"),
            "messages_by_form": self.tr("Forms used (messages sent with each)"),
            "pages_per_day": self.tr("Pages printed per day"),
            "messages_by_department": self.tr("Messages by department and state"),
            "resolve_times": self.tr("Median time to resolve, by department"),
        }
        for key, section in self.sections.items():
            title = titles[key]
            section.name_things(title, self.tr("Chart: {title}").format(title=title),
                                self.tr("The same figures are in the table below the chart."),
                                self.tr("Table: {title}").format(title=title))
