# SPDX-License-Identifier: Apache-2.0
"""Printed property and record summaries, read back with pypdf; the QR code is scanned with zxing-cpp
from a poppler rendering of the page where both are installed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kiosk.core.pack import load_pack
from kiosk.core.records.search import (
    DEMO_SOURCE,
    ParcelDetail,
    ParcelHit,
    RecordDetail,
    RecordHit,
    StatusChange,
)
from kiosk.paths import towns_dir
from kiosk.printing.record_summary import (
    DEMO_BANNER,
    MAX_RECORD_ROWS,
    NOT_OFFICIAL,
    render_parcel_summary,
    render_record_summary,
)

NY = ZoneInfo("America/New_York")
TOWN_ZONE = "America/New_York"
PRINTED = dt.datetime(2024, 5, 1, 14, 3, tzinfo=NY)
PARCEL_LINK = "https://gis.vgsi.com/westportct/Parcel.aspx?pid=4711"
RECORD_LINK = "https://permits.example.gov/records?no=B-2024-0012&src=building"
OWNER = "Quillfeather Family Trust"
APPLICANT = "Juniper Hollow Builders LLC"
TYPES = ("Building permit", "Electrical permit", "Zoning application", "Plumbing permit")


def hit(i: int) -> RecordHit:
    return RecordHit(pk=i, source="building", record_number=f"B-2024-{i:04d}", record_type=TYPES[i % 4],
                     status=("Issued", "Closed", "In review")[i % 3], applied_on=dt.date(2024, 1, 1) + dt.timedelta(i),
                     issued_on=None, address="12 MAIN STREET", parcel_pk=1)


def parcel(records: int = 3, **changes) -> ParcelDetail:
    detail = ParcelDetail(pk=1, parcel_id="4711", map_block_lot="C10/021/000", address="12 MAIN STREET", owner=OWNER,
                          land_use="Single family", lot_size_acres=0.4567, zoning="AA", assessed_value=1234567,
                          year_built=1952, records=tuple(hit(i) for i in range(records, 0, -1)))
    return dataclasses.replace(detail, **changes)


def record(**changes) -> RecordDetail:
    detail = RecordDetail(
        pk=12, source="building", record_number="B-2024-0012", record_type="Building permit", status="Issued",
        applied_on=dt.date(2024, 2, 1), issued_on=dt.date(2024, 3, 4), closed_on=None,
        description="Replace roof shingles on the main house and garage.\nNo structural work.",
        applicant=APPLICANT, valuation=45000, address="12 MAIN STREET",
        parcel=ParcelHit(1, "4711", "C10/021/000", "12 MAIN STREET", None),
        history=(StatusChange("Applied", dt.datetime(2024, 2, 1, 14, 30)),                      # naive: UTC
                 StatusChange("In review", dt.datetime(2024, 2, 3, 9, 15, tzinfo=NY)),
                 StatusChange("Issued", dt.datetime(2024, 3, 4, 16, 0, tzinfo=dt.UTC))))
    return dataclasses.replace(detail, **changes)


def print_parcel(detail: ParcelDetail | None = None, link: str | None = PARCEL_LINK,
                 demo_loaded: bool = False) -> bytes:
    return render_parcel_summary("Town of Westport", "CT", detail or parcel(), PRINTED, "lobby-1", link,
                                 timezone=TOWN_ZONE, demo_loaded=demo_loaded)


def print_record(detail: RecordDetail | None = None, link: str | None = RECORD_LINK) -> bytes:
    return render_record_summary("Town of Westport", "CT", detail or record(), PRINTED, "lobby-1", link,
                                 timezone=TOWN_ZONE)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages(pdf)))


def printed_facts(pdf: bytes, labels: Iterable[str]) -> dict[str, str]:
    """The facts table on page 1 as printed: each of ``labels`` with the line after it, read in order
    (a value is never taken for a label)."""
    wanted, shown = set(labels), {}
    lines = iter(line.strip() for line in pages(pdf)[0].splitlines())
    for line in lines:
        if line in wanted and line not in shown:
            shown[line] = next(lines, "")
    return shown


def scan_qr_codes(pdf: bytes, tmp_path: Path) -> list[str]:
    """What a phone would read off page 1: poppler renders it at 150 dpi, zxing-cpp decodes it."""
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp is not installed (pip install zxing-cpp)")
    image_module = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed, so the page cannot be rendered")
    (tmp_path / "summary.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile",
                    str(tmp_path / "summary.pdf"), str(tmp_path / "page")], check=True, timeout=60)
    with image_module.open(tmp_path / "page.png") as page:
        return [code.text for code in zxingcpp.read_barcodes(page.convert("L"))]


# --- property summary ------------------------------------------------------------------------------

def test_a_property_summary_prints_its_public_facts_and_records():
    pdf = print_parcel()
    text = flat(pdf)

    assert [round(float(v)) for v in PdfReader(io.BytesIO(pdf)).pages[0].mediabox.upper_right] == [612, 792]
    for expected in ("Town of Westport, CT", "Property summary \u2013 4711", "Records on this property (3)",
                     "Printed May 1, 2024, 2:03 PM at kiosk lobby-1", NOT_OFFICIAL, "Page 1 of 1"):
        assert expected in text, expected
    expected = {
        "Parcel ID": "4711", "Map-block-lot": "C10/021/000", "Address": "12 MAIN STREET", "Owner": OWNER,
        "Land use": "Single family", "Lot size": "0.46 acres", "Zoning": "AA", "Assessed value": "$1,234,567",
        "Year built": "1952"}
    assert printed_facts(pdf, expected) == expected
    rows = re.findall(r"(B-2024-\d{4}) (\w+ \w+) (Issued|Closed|In review) (\w+ \d+, 2024)", text)
    assert rows == [("B-2024-0003", "Plumbing permit", "Issued", "January 4, 2024"),
                    ("B-2024-0002", "Zoning application", "In review", "January 3, 2024"),
                    ("B-2024-0001", "Electrical permit", "Closed", "January 2, 2024")]


def test_an_owner_the_town_does_not_publish_is_not_printed():
    pdf = print_parcel(parcel(owner=None))

    assert "Owner" not in flat(pdf) and "Quillfeather" not in flat(pdf)


def test_facts_the_town_has_not_recorded_print_as_a_dash():
    pdf = print_parcel(parcel(records=0, map_block_lot=None, address=None, land_use=None, lot_size_acres=None,
                              zoning=None, assessed_value=None, year_built=None))
    shown = printed_facts(pdf, ["Map-block-lot", "Address", "Land use", "Lot size", "Zoning", "Assessed value",
                                "Year built"])

    for label in ("Map-block-lot", "Address", "Land use", "Lot size", "Zoning", "Assessed value", "Year built"):
        assert shown[label] == "\u2014", label
    assert "Parcel 4711" in flat(pdf)                       # the title, for want of an address
    assert "No records on this property." in flat(pdf)


def test_a_property_with_many_records_lists_the_newest_and_counts_the_rest():
    text = flat(print_parcel(parcel(records=MAX_RECORD_ROWS + 7)))

    assert f"Records on this property ({MAX_RECORD_ROWS + 7})" in text
    assert f"B-2024-{MAX_RECORD_ROWS + 7:04d}" in text and "B-2024-0008" in text
    assert "B-2024-0007 " not in text and "B-2024-0001 " not in text
    assert "and 7 more records" in text
    assert "Number Type Status Date" in text.split("Page 1 of")[-1]    # the header row repeats on page 2


# --- record summary --------------------------------------------------------------------------------

def test_a_record_summary_prints_its_facts_description_and_history():
    pdf = print_record()
    text = flat(pdf)

    for expected in ("Town of Westport, CT", "Record summary \u2013 B-2024-0012", "Building permit B-2024-0012",
                     "Replace roof shingles on the main house and garage.", "No structural work.",
                     "Applied February 1, 2024, 9:30 AM", "In review February 3, 2024, 9:15 AM",
                     "Issued March 4, 2024, 11:00 AM", NOT_OFFICIAL, "Page 1 of 1"):
        assert expected in text, expected
    expected = {
        "Record number": "B-2024-0012", "Type": "Building permit", "Status": "Issued", "Applied": "February 1, 2024",
        "Issued": "March 4, 2024", "Closed": "\u2014", "Valuation": "$45,000", "Address": "12 MAIN STREET",
        "Parcel": "4711 (map-block-lot C10/021/000)", "Applicant": APPLICANT}
    assert printed_facts(pdf, expected) == expected


def test_an_applicant_the_town_does_not_publish_is_not_printed():
    pdf = print_record(record(applicant=None))

    assert "Applicant" not in flat(pdf) and "Juniper" not in flat(pdf)


def test_a_record_with_nothing_but_a_number_still_prints():
    text = flat(print_record(record(record_type=None, status=None, applied_on=None, issued_on=None, description=None,
                                    valuation=None, address=None, parcel=None, history=()), link=None))

    assert "Record B-2024-0012" in text
    assert "Description Not recorded." in text
    assert "No status changes recorded." in text


def test_a_huge_description_runs_onto_numbered_pages():
    words = "The contractor shall replace all roofing, flashing and gutters as shown on the plans. "
    description = "\n".join(f"{i}. {words * 3}" for i in range(1, 301))

    texts = pages(print_record(record(description=description)))

    assert len(texts) >= 5
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))
    assert "300. The contractor" in flat(print_record(record(description=description)))
    assert all("Record summary \u2013 B-2024-0012" in t for t in texts)


def test_the_status_history_is_in_the_towns_time_summer_and_winter():
    history = (StatusChange("Applied", dt.datetime(2024, 1, 15, 3, 30, tzinfo=dt.UTC)),   # EST, day before
               StatusChange("Issued", dt.datetime(2024, 7, 15, 3, 30, tzinfo=dt.UTC)))    # EDT, day before
    text = flat(print_record(record(history=history), link=None))

    assert "Applied January 14, 2024, 10:30 PM" in text and "Issued July 14, 2024, 11:30 PM" in text
    in_calabasas = render_record_summary("City of Calabasas", "CA", record(history=history), PRINTED, "lobby-1",
                                         None, timezone="America/Los_Angeles")
    assert "Applied January 14, 2024, 7:30 PM" in flat(in_calabasas)
    assert "Printed May 1, 2024, 11:03 AM at kiosk lobby-1" in flat(in_calabasas)


# --- demonstration data ----------------------------------------------------------------------------

def test_a_summary_of_demo_data_says_so_on_every_page():
    demo = record(source=DEMO_SOURCE, description="\n".join(["A long description. " * 40] * 30))

    texts = pages(print_record(demo))

    assert len(texts) > 1
    assert all(DEMO_BANNER in re.sub(r"\s+", " ", t) for t in texts)
    assert DEMO_BANNER == "Demonstration data: made up, not a town record"


def test_a_property_is_demo_data_when_its_records_are_or_when_it_has_none_and_demo_data_is_loaded():
    demo_hits = tuple(dataclasses.replace(hit(i), source=DEMO_SOURCE) for i in (2, 1))

    assert DEMO_BANNER in flat(print_parcel(dataclasses.replace(parcel(), records=demo_hits)))
    assert DEMO_BANNER in flat(print_parcel(parcel(records=0), demo_loaded=True))
    assert DEMO_BANNER not in flat(print_parcel(parcel(records=0), demo_loaded=False))
    assert DEMO_BANNER not in flat(print_parcel(parcel(), demo_loaded=True))    # the town's own records


def test_a_summary_of_the_towns_records_carries_no_demo_mark():
    assert DEMO_BANNER not in flat(print_record())
    assert "Demonstration" not in flat(print_parcel())


# --- QR code ---------------------------------------------------------------------------------------

def test_the_qr_code_scans_to_the_link_printed_under_it(tmp_path):
    pdf = print_record()

    assert RECORD_LINK in flat(pdf)
    assert scan_qr_codes(pdf, tmp_path) == [RECORD_LINK]


def test_the_town_packs_links_print_as_scannable_codes(tmp_path):
    links = load_pack(towns_dir() / "westport").records
    record_link = links.link_for_record("B-2024/0012", "building")
    parcel_link = links.link_for_parcel("4711", "C10/021/000")

    record_pdf, parcel_pdf = print_record(link=record_link), print_parcel(link=parcel_link)

    assert "B-2024%2F0012" in re.sub(r"\s+", "", flat(record_pdf))
    assert scan_qr_codes(record_pdf, tmp_path) == [record_link]
    assert scan_qr_codes(parcel_pdf, tmp_path) == [parcel_link]


def test_without_a_link_there_is_no_qr_code(tmp_path):
    for pdf in (print_record(link=None), print_parcel(link=None)):
        assert "Scan to open" not in flat(pdf) and "https://" not in flat(pdf)
        assert scan_qr_codes(pdf, tmp_path) == []


def test_a_long_link_wraps_inside_the_page_and_still_scans(tmp_path):
    link = "https://permits.example.gov/" + "/".join(f"segment{i:02d}" for i in range(20)) + "?no=B-2024-0012"

    pdf = print_record(link=link)

    assert link in re.sub(r"\s+", "", flat(pdf))
    assert scan_qr_codes(pdf, tmp_path) == [link]


# --- any text --------------------------------------------------------------------------------------

def test_names_in_any_script_and_emoji_print_without_a_crash():
    owner = "Muñoz María José & O'Brien <b>Ελληνικά</b> Кузнецов 北京 \U0001F600\u200d\U0001F3E0"
    pdf = print_parcel(parcel(owner=owner, address="1 CAFÉ CT \U0001F3E0", land_use="Comercial\x00\x07"))
    text = flat(pdf)

    assert "Muñoz María José & O'Brien <b>" in text          # as typed, markup characters and all
    assert "1 CAFÉ CT" in text and "Comercial" in text
    description = "Roof 🏠 for Müller & Søn — 屋根の交換 \U0001F477\U0001F3FD‍♀️\n\n\u202eevil\u202c"
    assert "Müller & Søn" in flat(print_record(record(description=description, applicant=owner)))


def test_the_same_summary_prints_the_same_bytes():
    assert print_parcel() == print_parcel()
    assert print_record() == print_record()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.text(max_size=300), number=st.text(min_size=1, max_size=40))
def test_any_stored_text_prints(value, number):
    pdf = print_record(record(record_number=number, description=value, applicant=value, record_type=value or None,
                              address=value, status=value or None), link=None)

    assert pages(pdf)


def test_the_notice_that_this_is_not_the_official_record_prints_even_beside_a_long_kiosk_id():
    kiosk_id = "town-hall-lobby-east-entrance-touchscreen-02"

    pdf = render_record_summary("Town of Westport", "CT", record(), PRINTED, kiosk_id, None, timezone=TOWN_ZONE)

    assert f"Printed May 1, 2024, 2:03 PM at kiosk {kiosk_id}." in flat(pdf)
    assert NOT_OFFICIAL in flat(pdf)
