# SPDX-License-Identifier: Apache-2.0
"""The staff console's Usage page, tapped like a finger: the date range's quick choices and typed days,
the figures of a known data set with every small count in words (on the page and in the CSV saved
through it), the charts (QtSvg) with their names and tables, the exports (a file dialog on a front-desk
PC, the printer on the kiosk, each audited), the layout audit at the tour's sizes, and a visitor's
kiosk that never loads the chart code."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QWidget

from kiosk.core.session import DisplayPrefs, EndReason, UsageRecord
from kiosk.core.staff import Actor, StaffRole
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.storage.stats import UsageStats
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.conftest import FROZEN_NOW
from tests.storage.outbox_support import new_submission
from tests.support import ManualClock, find, settle, tap
from tests.ui.test_staff_console import SIZES, add_staff, audited, open_console, sign_in, type_into

NEW_YORK = ZoneInfo("America/New_York")      # Westport's; FROZEN_NOW is Sunday 22 November 2026 there
IT = Actor.command_line("it-admin")
FIRST, PASSWORD = "canoe maple 42", "harbour lamp 77"


# -- a known month -----------------------------------------------------------------------------------

def local(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=NEW_YORK).astimezone(dt.UTC)


def visit(n: int, at: dt.datetime, reason: EndReason = EndReason.FINISH, language: str = "en",
          duration: float = 60.0, pages: int = 0) -> UsageRecord:
    return UsageRecord(token=f"{n:032x}", kiosk_id="kiosk-1", started_at=at, duration_s=duration,
                       screens=("home", "forms"), language=language, large_text=False, high_contrast=False,
                       end_reason=reason, pages_printed=pages)


def known_month(engine) -> None:
    """November: 12 visits on Monday the 2nd at 10, 8 in Spanish on Tuesday the 3rd at 14 (timed out),
    2 on Friday the 6th at 9 (ended by staff), 1 in October; 7 messages to Public Works, 3 to the Town Clerk."""
    sessions = session_factory(engine)
    stats = UsageStats(sessions)
    for i in range(12):
        stats.add(visit(i, local(2, 10, i), duration=100.0, pages=1))
    for i in range(8):
        stats.add(visit(20 + i, local(3, 14, i), EndReason.IDLE, "es", duration=40.0))
    for i in range(2):
        stats.add(visit(40 + i, local(6, 9, i), EndReason.STAFF_RESET, duration=200.0))
    stats.add(visit(50, local(30, 12, month=10)))
    repo = SqlSubmissionRepository(sessions, "WES")
    for i in range(7):
        repo.store(new_submission(i), "kiosk-1", local(4, 11, i))
    for i in range(3):
        repo.store(new_submission(10 + i, form_title="Request public records", department_name="Town Clerk",
                                  department_id="clerk"), "kiosk-1", local(5, 15, i))


def actions(engine) -> list[str]:
    return [entry.event.action for entry in SqlAuditLog(session_factory(engine)).entries()]


def usage_page(qtbot, console):
    tap(qtbot, find(console, "usagePageButton"))
    page = console.current_page()
    assert page is not None and page.page_id == "usage"
    qtbot.waitUntil(lambda: page.report is not None and not page.status.isVisible(), timeout=20_000)
    return page


def signed_in_usage(qtbot, kiosk, role=StaffRole.ASSISTANT):
    add_staff(kiosk, role=role)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    return console, usage_page(qtbot, console)


def choose(qtbot, page, which: str, first: str, last: str) -> None:
    tap(qtbot, page.range.quick[which])
    wait_for(qtbot, page, first, last)


def wait_for(qtbot, page, first: str, last: str) -> None:
    qtbot.waitUntil(lambda: page.report is not None and str(page.report.period) == f"{first} to {last}"
                    and not page.status.isVisible(), timeout=20_000)


def summary(page) -> dict[str, str]:
    facts = {}
    for i in range(4):
        facts[find(page, f"usageSummaryLabel{i}").text()] = find(page, f"usageSummaryValue{i}").text()
    return facts


def table(page, key: str):
    return page.sections[key].table.table


def cells(page) -> list[str]:
    """Every figure of every table on the page (their first column is a label)."""
    out = []
    for section in page.sections.values():
        model = section.table.table
        out += [model.cell(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount())]
    return out


# -- the figures ---------------------------------------------------------------------------------------

def test_this_month_shows_the_known_figures_and_small_counts_in_words(qtbot, make_kiosk):
    kiosk = make_kiosk()
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)

    choose(qtbot, page, "this_month", "2026-11-01", "2026-11-22")

    assert page.range.quick["this_month"].isChecked() and not page.range.quick["last30"].isChecked()
    assert summary(page) == {"Visits": "22", "Average visit length": "1 min 27 s", "Pages printed": "12",
                             "Messages sent": "10"}
    week = table(page, "visits_per_day").find_row("2026-11-02")
    # Monday's 12; Friday's 2 in words, and Tuesday's 8 hidden with it (or 22 - 12 would give Friday away).
    assert week[1:3] == ["12", "not shown"] and week[5] == "fewer than 5"
    assert table(page, "visits_per_day").find_row("2026-11-16")[7] == "0"       # Sunday the 22nd
    assert table(page, "visits_per_day").find_row("2026-10-26")[1:7] == [""] * 6  # October: not in range
    ends = dict(row[:2] for row in table(page, "end_reasons")._rows)
    assert ends["Finished"] == "12" and ends["Timed out"] == "not shown" and ends["Ended by staff"] == "fewer than 5"
    assert dict(row[:2] for row in table(page, "languages")._rows) == {"English": "14", "Spanish": "8", "Total": "22"}
    assert table(page, "week_hours").find_row("10:00")[1] == "12"
    assert table(page, "week_hours").find_row("09:00")[5] == "fewer than 5"
    by_state = table(page, "messages_by_department")
    # Public Works' 7 is hidden beside the Clerk's 3: the 10 messages are public, and 10 - 7 would say 3.
    assert by_state.find_row("New")[1:] == ["not shown", "fewer than 5", "10"]
    # Whatever the table, a count of 1 to 4 never shows as a number.
    shown = [c.replace(",", "") for c in cells(page)]
    assert not [c for c in shown if c.isdigit() and 0 < int(c) < 5]
    assert "not shown" in shown or "fewer than 5" in shown


def test_the_quick_choices_the_month_picker_and_typed_days(qtbot, make_kiosk):
    kiosk = make_kiosk()
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)
    assert str(page.report.period) == "2026-10-24 to 2026-11-22"           # the last 30 days, at once
    assert page.range.quick["last30"].isChecked()

    choose(qtbot, page, "last7", "2026-11-16", "2026-11-22")
    assert summary(page)["Visits"] == "0"
    choose(qtbot, page, "last_month", "2026-10-01", "2026-10-31")
    assert summary(page)["Visits"] == "fewer than 5"                        # the one October visit

    tap(qtbot, page.range.month)
    picker = page.range.month.choices_list
    qtbot.waitUntil(lambda: picker is not None and picker.isVisible())
    tap(qtbot, find(picker, "choiceRow1"))                                   # October, after November
    wait_for(qtbot, page, "2026-10-01", "2026-10-31")
    assert not any(b.isChecked() for b in page.range.quick.values())

    type_into(qtbot, page.range.first, "2026-11-02")
    type_into(qtbot, page.range.last, "11/03/2026")
    tap(qtbot, page.range.show_days)
    wait_for(qtbot, page, "2026-11-02", "2026-11-03")
    assert summary(page)["Visits"] == "20"
    assert page.range.month.currentIndex() == -1

    type_into(qtbot, page.range.first, "2026-13-01")
    tap(qtbot, page.range.show_days)
    assert page.range.error.isVisible() and "year-month-day" in page.range.error.text()
    type_into(qtbot, page.range.first, "2026-11-05")
    type_into(qtbot, page.range.last, "2026-11-01")
    tap(qtbot, page.range.show_days)
    assert "before the first day" in page.range.error.text()
    assert str(page.report.period) == "2026-11-02 to 2026-11-03"            # nothing changed meanwhile


def test_the_charts_load_with_names_and_tables_beside_them(qtbot, make_kiosk):
    from kiosk.ui.audit import is_interactive

    kiosk = make_kiosk()
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)

    with_charts = [s for s in page.sections.values() if s.chart is not None]
    assert len(with_charts) == 8
    qtbot.waitUntil(lambda: all(s.chart.height() > 0 for s in with_charts))        # laid out
    for section in with_charts:
        chart = section.chart
        assert chart.renderer.isValid(), section.key
        assert chart.accessibleName().startswith("Chart: ") and chart.accessibleDescription()
        assert section.table.accessibleName() == chart.accessibleName().replace("Chart: ", "Table: ")
        assert section.table.table.rowCount() > 0
        assert chart.height() == pytest.approx(chart.width() * chart._ratio(), abs=2)
        image = chart.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
        assert len(colours) > 3, f"{section.key} painted blank"
    unnamed = [w.objectName() for w in page.findChildren(QWidget) if is_interactive(w) and not w.accessibleName()]
    assert unnamed == []


def test_a_new_choice_while_counting_wins_and_the_page_stays_usable(qtbot, make_kiosk):
    kiosk = make_kiosk()
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)

    tap(qtbot, page.range.quick["last7"])
    assert page.status.text() == "Counting…" and page.range.quick["this_month"].isEnabled()
    tap(qtbot, page.range.quick["this_month"])
    wait_for(qtbot, page, "2026-11-01", "2026-11-22")
    kiosk.tasks.wait_for_done(5000)
    settle()
    assert str(page.report.period) == "2026-11-01 to 2026-11-22"


# -- exports -----------------------------------------------------------------------------------------

def save_through_dialog(qtbot, path: Path) -> None:
    """What a clerk does in the save dialog: type a file name, Save."""
    qtbot.waitUntil(lambda: any(isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))
    dialog.accept()


@pytest.fixture
def desk(qtbot, tmp_path, private_tmp):
    from kiosk.app import StaffDesk
    from kiosk.startup import prepare

    made = StaffDesk(prepare(None, {"data_dir": str(tmp_path / "data"), "demo_records": False}),
                     QApplication.instance(), now=lambda: FROZEN_NOW, console_clock=ManualClock())
    qtbot.addWidget(made.window)
    made.finish_startup()
    made.show()
    qtbot.waitExposed(made.window)
    yield made
    made.shutdown()


def test_a_front_desk_pc_saves_the_csv_and_the_pdf_each_audited(qtbot, desk, tmp_path):
    known_month(desk.engine)
    desk.staff.add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, FIRST, FIRST)
    desk.staff.change_password("mgarcia", FIRST, PASSWORD, PASSWORD)
    sign_in(qtbot, desk.console)
    qtbot.waitUntil(lambda: not desk.console.showing_sign_in())
    page = usage_page(qtbot, desk.console)
    assert not page.print_pdf.isVisible() and page.save_csv.isVisible()
    choose(qtbot, page, "this_month", "2026-11-01", "2026-11-22")

    tap(qtbot, page.save_csv)
    saved = tmp_path / "november.csv"
    save_through_dialog(qtbot, saved)
    qtbot.waitUntil(lambda: "Saved as" in page.export_status.text(), timeout=10_000)
    rows = list(csv.reader(saved.read_text(encoding="utf-8").splitlines()))
    values = {(figure, row, column): value for figure, row, column, value in rows[1:]}
    assert values[("visits", "", "")] == "22"
    assert values[("visits by weekday and hour", "Friday", "09")] == "fewer than 5"
    assert values[("messages by department and state", "Town Clerk", "new")] == "fewer than 5"
    small = [key for key, v in values.items() if v.isdigit() and 0 < int(v) < 5 and key[0] != "rule"]
    assert small == []

    tap(qtbot, page.save_pdf)
    report = tmp_path / "november.pdf"
    save_through_dialog(qtbot, report)
    qtbot.waitUntil(lambda: report.exists() and "november.pdf" in page.export_status.text(), timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(report).pages)
    assert "2026-11-01 to 2026-11-22" in text and "fewer than 5" in text
    assert actions(desk.engine).count("statistics.exported") == 2


def test_a_file_that_cannot_be_written_says_so(qtbot, desk, tmp_path):
    desk.staff.add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, FIRST, FIRST)
    desk.staff.change_password("mgarcia", FIRST, PASSWORD, PASSWORD)
    sign_in(qtbot, desk.console)
    qtbot.waitUntil(lambda: not desk.console.showing_sign_in())
    page = usage_page(qtbot, desk.console)
    tap(qtbot, page.save_csv)
    save_through_dialog(qtbot, tmp_path / "no such folder" / "usage.csv")
    qtbot.waitUntil(lambda: "could not be saved" in page.export_status.text(), timeout=10_000)
    assert page.export_status.property("role") == "error"


def test_the_kiosk_prints_the_report_and_offers_no_csv(qtbot, make_kiosk, tmp_path):
    spool = tmp_path / "spool"
    kiosk = make_kiosk(printer_backend="file", printer_name=str(spool))
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)
    assert not page.save_csv.isVisible() and not page.save_pdf.isVisible()

    tap(qtbot, page.print_pdf)
    qtbot.waitUntil(lambda: "sent to the printer" in page.export_status.text(), timeout=20_000)
    (pdf,) = spool.glob("*.pdf")
    assert "Kiosk usage" in PdfReader(pdf).pages[0].extract_text()
    assert "statistics.exported" in actions(kiosk.engine)


# -- the layout audit ----------------------------------------------------------------------------------

def test_the_usage_page_passes_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = make_kiosk()
    known_month(kiosk.engine)
    console, page = signed_in_usage(qtbot, kiosk)
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, page.range.first)                                       # with the on-screen keyboard up
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    findings += audited(qtbot, kiosk.window, SIZES[0])
    kiosk.display.apply(DisplayPrefs("es"))                            # Spanish words are longer
    qtbot.waitUntil(lambda: page.summary.findChild(QLabel, "usageSummaryLabel0").text() == "Visitas")
    assert table(page, "end_reasons").find_row("Terminada por el personal")[1] == "menos de 5"
    assert table(page, "end_reasons").find_row("Por inactividad")[1] == "oculto"
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == []


# -- the visitor's path ----------------------------------------------------------------------------------

VISITS = """
import json, sys
from pathlib import Path
from kiosk.bench.inprocess import Bench, rss_mb
bench = Bench(Path(sys.argv[1]), visits=0, warmup=0)
bench.one_visit()
before = rss_mb()
for _ in range(10):
    bench.one_visit()
after = rss_mb()
loaded = [m for m in ("kiosk.printing.charts", "kiosk.ui.console.usage_charts", "reportlab.graphics.renderSVG",
                      "PySide6.QtSvgWidgets") if m in sys.modules]
bench.kiosk.shutdown()
print("RESULT " + json.dumps({"loaded": loaded, "before": before, "after": after}))
"""


def test_a_visitors_visits_load_no_chart_code_and_grow_no_memory(tmp_path):
    """A fresh kiosk process, visits tapped through: the chart code is never imported (the console's
    page is built, its charts are not), and the memory after ten more visits is what it was.

    PySide6.QtSvg itself is not in the list: the visitor's own buttons draw their icons with it
    (kiosk.ui.icons), so the dashboard's charts add no Qt library to the kiosk, only the chart code."""
    from kiosk.bench.context import child_env

    data = tmp_path / "bench"
    data.mkdir()
    done = subprocess.run([sys.executable, "-c", VISITS, str(data)], capture_output=True, text=True, timeout=240,
                          env={**child_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    assert result["loaded"] == []
    assert result["after"] - result["before"] < 2.0, result         # MiB: the charts alone would add more


def test_a_spanish_consoles_charts_speak_spanish_as_its_tables_do(qtbot, make_kiosk):
    kiosk = make_kiosk()
    known_month(kiosk.engine)
    _console, page = signed_in_usage(qtbot, kiosk)
    kiosk.display.apply(DisplayPrefs("es"))                            # the console in Spanish
    choose(qtbot, page, "this_month", "2026-11-01", "2026-11-22")
    charts = {key: s.chart.svg.decode("utf-8") for key, s in page.sections.items() if s.chart is not None}

    assert "Visitas por día" in charts["visits_per_day"] and "Casilla tachada: menos de 5" in charts["visits_per_day"]
    assert "Mar" in charts["week_hours"] and "Tue" not in charts["week_hours"]
    assert "Español" in charts["languages"] and ">es<" not in charts["languages"]
    assert "Terminada por el personal" in charts["end_reasons"]
    assert "menos de 5" in charts["end_reasons"] and "fewer than" not in charts["end_reasons"]
    for svg in charts.values():
        assert "Crossed box" not in svg
