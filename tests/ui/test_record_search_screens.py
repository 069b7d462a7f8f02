# SPDX-License-Identifier: Apache-2.0
"""Searching the town's records at the kiosk, without an account: by each kind of key, as you
type, filtered, page by page; opening a property and a record, going back, printing a summary
(read back from the PDF), and finding nothing."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.records_data import load_sample_records
from tests.support import choose as pick
from tests.support import find, tap


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "printed"


@pytest.fixture
def kiosk(make_kiosk, printed):
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed))
    kiosk.sample = load_sample_records(kiosk.engine)
    return kiosk


def open_search(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_search"))
    screen = kiosk.navigator.current
    assert screen.screen_id == "search"
    assert not (kiosk.sessions.current and kiosk.sessions.current.signed_in)    # no account needed
    return screen


def type_query(qtbot, screen, text: str) -> None:
    field = find(screen, "searchQuery")
    tap(qtbot, field)
    field.setText("")
    qtbot.keyClicks(field, text)


def rows(screen, group: str) -> list[str]:
    """The texts of the result rows on show in a group ("searchParcels" or "searchRecords")."""
    widget = find(screen, group)
    if not widget.isVisible():
        return []
    return [row.text() for row in widget.rows if row.isVisible()]


def wait_for_rows(qtbot, screen, group: str, needle: str) -> None:
    qtbot.waitUntil(lambda: any(needle in text for text in rows(screen, group)))


def summary(screen) -> str:
    return find(screen, "searchSummary").text()


def test_an_address_typed_the_short_way_finds_the_property_and_its_records(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    assert "as you type" in summary(screen)
    type_query(qtbot, screen, "12 main st")
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    [found] = rows(screen, "searchParcels")                                # "12" typed whole: not 125 MAIN ST
    assert found.startswith("12 MAIN STREET") and "Owner SMITH, JOHN" in found   # owners are public in Westport
    wait_for_rows(qtbot, screen, "searchRecords", "B-2026-0101")
    assert summary(screen) == "Found 1 property and 2 records."
    assert find(screen, "searchParcelsHeading").text() == "Properties (1)"


@pytest.mark.parametrize(("typed", "group", "expected"), [
    ("C07005000", "searchParcels", "125 MAIN ST"),            # parcel id
    ("c07/005", "searchParcels", "125 MAIN ST"),              # map-block-lot, padded, lower case
    ("Z-2023-0007", "searchRecords", "Z-2023-0007"),          # record number
    ("doe jane", "searchParcels", "125 MAIN ST"),             # owner
])
def test_each_kind_of_key_finds_what_it_names(qtbot, kiosk, typed, group, expected):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, typed)
    wait_for_rows(qtbot, screen, group, expected)


def test_results_follow_each_key_press_from_the_third_letter(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    field = find(screen, "searchQuery")
    tap(qtbot, field)
    qtbot.keyClicks(field, "12")
    assert summary(screen).startswith("Keep typing")                   # "12" would match half the town
    assert rows(screen, "searchParcels") == []
    qtbot.keyClicks(field, "5")
    wait_for_rows(qtbot, screen, "searchParcels", "125 MAIN ST")
    assert not any("12 MAIN STREET" in t for t in rows(screen, "searchParcels"))
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: summary(screen).startswith("Keep typing"))
    qtbot.keyClicks(field, " main")                                     # "12" is now a whole word
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    assert not any("125 MAIN ST" in t for t in rows(screen, "searchParcels"))


def test_enter_searches_a_short_text_at_once(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    field = find(screen, "searchQuery")
    tap(qtbot, field)
    qtbot.keyClicks(field, "12")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")


def test_paging_through_many_properties(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "oak ave")
    wait_for_rows(qtbot, screen, "searchParcels", "OAK AVENUE")
    first_page = rows(screen, "searchParcels")
    assert len(first_page) == 10
    assert [row.split()[0] for row in first_page] == [str(n) for n in range(1, 11)]     # house numbers as numbers
    assert find(screen, "searchParcelsPosition").text() == "1–10 of 23"
    assert not find(screen, "searchParcelsPrevious").isVisible()
    tap(qtbot, find(screen, "searchParcelsNext"))
    qtbot.waitUntil(lambda: find(screen, "searchParcelsPosition").text() == "11–20 of 23")
    second_page = rows(screen, "searchParcels")
    assert len(second_page) == 10 and not set(first_page) & set(second_page)
    tap(qtbot, find(screen, "searchParcelsNext"))
    qtbot.waitUntil(lambda: len(rows(screen, "searchParcels")) == 3)
    assert not find(screen, "searchParcelsNext").isVisible()
    tap(qtbot, find(screen, "searchParcelsPrevious"))
    qtbot.waitUntil(lambda: rows(screen, "searchParcels") == second_page)


def choose(qtbot, picker, text: str) -> None:
    """Pick a choice as a finger does: open the filters if folded away, tap the field, tap the row."""
    index = picker.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[picker.itemText(i) for i in range(picker.count())]}"
    if not picker.isVisible():
        tap(qtbot, find(picker.window(), "searchFilters"))        # the filters fold away until asked for
    pick(qtbot, picker.parentWidget(), picker.objectName(), index)


def test_filters_by_type_status_and_date(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "main")
    wait_for_rows(qtbot, screen, "searchRecords", "Z-2023-0007")
    qtbot.waitUntil(lambda: find(screen, "searchType").count() > 1)      # the types loaded are offered
    choose(qtbot, find(screen, "searchType"), "Building permit")
    qtbot.waitUntil(lambda: not any("Z-2023-0007" in t for t in rows(screen, "searchRecords")))
    assert len(rows(screen, "searchRecords")) == 2
    choose(qtbot, find(screen, "searchStatus"), "Closed")
    qtbot.waitUntil(lambda: len(rows(screen, "searchRecords")) == 1)
    assert "B-2024-0001" in rows(screen, "searchRecords")[0]
    assert find(screen, "searchFilters").text() == "Filters (2)"
    tap(qtbot, find(screen, "searchResetFilters"))
    qtbot.waitUntil(lambda: len(rows(screen, "searchRecords")) == 3)
    assert find(screen, "searchFilters").text() == "Filters"
    choose(qtbot, find(screen, "searchWhen"), "Past 30 days")             # today is November 22, 2026
    qtbot.waitUntil(lambda: len(rows(screen, "searchRecords")) == 1)
    assert "B-2026-0101" in rows(screen, "searchRecords")[0]
    choose(qtbot, find(screen, "searchWhen"), "2023")
    qtbot.waitUntil(lambda: len(rows(screen, "searchRecords")) == 1 and "Z-2023-0007" in rows(screen, "searchRecords")[0])


def test_a_filter_alone_lists_matching_records(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    qtbot.waitUntil(lambda: find(screen, "searchType").count() > 1)
    choose(qtbot, find(screen, "searchType"), "Licence")
    wait_for_rows(qtbot, screen, "searchRecords", "L-2022-0003")
    assert rows(screen, "searchParcels") == []


def test_open_a_property_then_its_record_then_go_back(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "12 main")
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    tap(qtbot, find(screen, "searchParcelsRow0"))
    parcel = kiosk.navigator.current
    assert parcel.screen_id == "parcel"
    qtbot.waitUntil(lambda: find(parcel, "parcelHeading").text() == "12 MAIN STREET")
    facts = find(parcel, "parcelFacts").values()
    assert facts["Parcel"] == "C07004000" and facts["Owner"] == "SMITH, JOHN"
    assert facts["Assessed value"] == "$1,250,000" and facts["Year built"] == "1958"
    assert facts["Lot size (acres)"] == "0.50" and facts["Zoning"] == "AA"
    assert find(parcel, "parcelRecordsHeading").text() == "Records on this property (2)"
    assert "B-2026-0101" in find(parcel, "parcelRecordsRow0").text()    # newest first

    tap(qtbot, find(parcel, "parcelRecordsRow1"))
    record = kiosk.navigator.current
    assert record.screen_id == "record"
    qtbot.waitUntil(lambda: find(record, "recordHeading").text() == "B-2024-0001")
    facts = find(record, "recordFacts").values()
    assert facts["Type"] == "Building permit" and facts["Status"] == "Closed"
    assert facts["Applied"] == "March 1, 2024" and facts["Issued"] == "—"
    assert "Deck, 300 sq ft" in find(record, "recordDescription").text()
    assert find(record, "recordHistory").values() == {"January 5, 2026": "Applied", "January 14, 2026": "Closed"}
    assert "12 MAIN STREET" in find(record, "recordParcel").text()

    tap(qtbot, kiosk.nav.back)
    assert kiosk.navigator.current is parcel
    assert find(parcel, "parcelHeading").text() == "12 MAIN STREET"
    tap(qtbot, kiosk.nav.back)
    assert kiosk.navigator.current is screen
    assert find(screen, "searchQuery").text() == "12 main"                 # the search is as it was
    assert any("12 MAIN STREET" in t for t in rows(screen, "searchParcels"))


def test_back_returns_to_the_record_seen_before(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "Z-2023-0007")
    wait_for_rows(qtbot, screen, "searchRecords", "Z-2023-0007")
    tap(qtbot, find(screen, "searchRecordsRow0"))
    record = kiosk.navigator.current
    qtbot.waitUntil(lambda: find(record, "recordParcel").isVisible())
    tap(qtbot, find(record, "recordParcel"))                               # its property ...
    parcel = kiosk.navigator.current
    qtbot.waitUntil(lambda: find(parcel, "parcelHeading").text() == "125 MAIN ST")
    tap(qtbot, kiosk.nav.back)                                             # ... and back to the same record
    qtbot.waitUntil(lambda: find(record, "recordHeading").text() == "Z-2023-0007")


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_print_a_property_summary_and_a_record_summary(qtbot, kiosk, printed):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "30 pleasant")
    wait_for_rows(qtbot, screen, "searchParcels", "30 Pleasant Street")
    tap(qtbot, find(screen, "searchParcelsRow0"))
    parcel = kiosk.navigator.current
    qtbot.waitUntil(lambda: find(parcel, "parcelPrint").isEnabled())
    tap(qtbot, find(parcel, "parcelPrint"))
    qtbot.waitUntil(lambda: "Printed" in find(parcel, "parcelStatus").text(), timeout=10_000)
    [summary_pdf] = printed.glob("*.pdf")
    text = pdf_text(summary_pdf)
    assert "Town of Westport" in text and "E09012000" in text and "30 Pleasant Street" in text
    assert "MUÑOZ, ANA" in text and "$640,000" in text and "L-2022-0003" in text

    tap(qtbot, find(parcel, "parcelRecordsRow0"))
    record = kiosk.navigator.current
    qtbot.waitUntil(lambda: find(record, "recordPrint").isEnabled())
    tap(qtbot, find(record, "recordPrint"))
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 2, timeout=10_000)
    [record_pdf] = [p for p in printed.glob("*.pdf") if p != summary_pdf]
    text = pdf_text(record_pdf)
    assert "L-2022-0003" in text and "Licence" in text and "Expired" in text and "Home occupation" in text


def test_a_printer_failure_is_said_plainly(qtbot, make_kiosk, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the spool folder should be")
    kiosk = make_kiosk(printer_backend="file", printer_name=str(blocked))
    load_sample_records(kiosk.engine)
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "L-2022")
    wait_for_rows(qtbot, screen, "searchRecords", "L-2022-0003")
    tap(qtbot, find(screen, "searchRecordsRow0"))
    record = kiosk.navigator.current
    qtbot.waitUntil(lambda: find(record, "recordPrint").isEnabled())
    tap(qtbot, find(record, "recordPrint"))
    qtbot.waitUntil(lambda: "printer is not working" in find(record, "recordStatus").text(), timeout=10_000)
    assert find(record, "recordHeading").text() == "L-2022-0003"           # the record stays on show


@pytest.mark.parametrize("typed", ["zzzz nowhere", "\"'*%_;DROP TABLE parcels;--", "🏠", "x" * 300])
def test_nothing_found_says_so(qtbot, kiosk, typed):
    screen = open_search(qtbot, kiosk)
    field = find(screen, "searchQuery")
    tap(qtbot, field)
    field.setText(typed)                  # pasted in one go (a key at a time is the test above)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: summary(screen).startswith("No matches"))
    assert rows(screen, "searchParcels") == [] and rows(screen, "searchRecords") == []


def test_with_no_records_loaded_the_screen_says_so(qtbot, make_kiosk):
    kiosk = make_kiosk()
    screen = open_search(qtbot, kiosk)
    qtbot.waitUntil(lambda: "No records are loaded" in summary(screen))
    assert "front desk" in summary(screen)


def test_owners_are_not_shown_where_the_town_does_not_publish_them(qtbot, make_kiosk):
    kiosk = make_kiosk(town="calabasas")
    load_sample_records(kiosk.engine)
    screen = open_search(qtbot, kiosk)
    assert "owner" not in find(screen, "searchIntro").text()
    type_query(qtbot, screen, "12 main")
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    assert "SMITH" not in rows(screen, "searchParcels")[0]
    type_query(qtbot, screen, "smith")
    qtbot.waitUntil(lambda: summary(screen).startswith("No matches"))


def test_the_search_is_forgotten_when_the_visit_ends(qtbot, kiosk):
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "12 main")
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    tap(qtbot, kiosk.nav.finish)
    qtbot.waitUntil(lambda: kiosk.navigator.current is None)
    again = open_search(qtbot, kiosk)
    assert again is not screen
    assert find(again, "searchQuery").text() == "" and rows(again, "searchParcels") == []


def test_first_start_on_an_empty_database_loads_the_demo_records(qtbot, make_kiosk):
    """The demo town's made-up records arrive in the background (about 20 s on SQLite). Meanwhile
    the open search screen says they are coming (not that nothing is loaded); once they are in, the
    same screen says they are made up, without being opened again."""
    kiosk = make_kiosk(demo_records=True, idle_seconds=3600)
    from kiosk.storage.demo.load import demo_streets
    street = demo_streets(kiosk.prepared.pack.folder)[0]                   # "ALLEN RAYMOND LN"
    screen = open_search(qtbot, kiosk)
    qtbot.waitUntil(lambda: "being loaded" in summary(screen))
    assert "No records are loaded" not in summary(screen)
    qtbot.waitUntil(lambda: find(screen, "searchDemoNotice").isVisible() and "being loaded" not in summary(screen),
                    timeout=180_000)
    assert kiosk.navigator.current is screen and "made up" in find(screen, "searchDemoNotice").text()
    assert "being loaded" not in summary(screen) and "No records are loaded" not in summary(screen)
    type_query(qtbot, screen, street.lower())
    wait_for_rows(qtbot, screen, "searchParcels", street)


def test_no_demo_records_where_the_town_has_its_own(qtbot, make_kiosk, tmp_path):
    first = make_kiosk()
    load_sample_records(first.engine)
    first.shutdown()
    kiosk = make_kiosk(demo_records=True)                                  # same data folder, same database
    qtbot.waitUntil(lambda: kiosk.tasks.wait_for_done(100))
    screen = open_search(qtbot, kiosk)
    type_query(qtbot, screen, "main")
    wait_for_rows(qtbot, screen, "searchParcels", "12 MAIN STREET")
    assert not find(screen, "searchDemoNotice").isVisible()
    assert summary(screen) == "Found 2 properties and 3 records."
