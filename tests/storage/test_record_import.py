# SPDX-License-Identifier: Apache-2.0
"""The record importer on every engine: the three real exports in ../shared/realdata, messy CSVs,
wrong mappings (nothing written), one transaction per file, idempotent re-imports.

Rows are counted as the importer reads them: blank lines are not rows. A natural key seen twice in
one file keeps the first row and rejects the later one.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.core.records.mapping import MappingError
from kiosk.core.records.mapping_schema import parse_mapping
from kiosk.importing.mapping_file import load_mapping
from kiosk.importing.pipeline import ImportSummary, run_import
from kiosk.importing.tabular import FileShapeError
from kiosk.paths import resources_dir
from kiosk.storage.models import Parcel, PublicRecord, RecordStatusHistory
from kiosk.storage.records.store import open_import_sink

REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"
MAPPINGS = resources_dir() / "importers"
LYME_ROLL = REALDATA / "lyme-nh" / "lyme_parcels_vgsi_24Feb2022.csv"
LYME_PERMITS = REALDATA / "lyme-nh" / "lyme_zoning_permits_2016-2021_20Apr2021.xlsx"
CARY_PERMITS = REALDATA / "cary-nc" / "cary_permits_fy2015.csv"
NOW = dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.UTC)

needs_realdata = pytest.mark.skipif(
    not LYME_ROLL.is_file(), reason=f"the real municipal exports are not at {REALDATA} (a checkout with ../shared)")


def do_import(engine: sa.Engine, path: Path, mapping: Any, reject_path: Path | None = None,
              **kwargs: Any) -> ImportSummary:
    if isinstance(mapping, str):
        mapping = load_mapping(MAPPINGS / mapping)
    return run_import(path, mapping, lambda: open_import_sink(engine, mapping, now=lambda: NOW),
                      reject_path=reject_path, **kwargs)


def counts(engine: sa.Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()  # type: ignore[return-value]
                     for t in (Parcel.__table__, PublicRecord.__table__, RecordStatusHistory.__table__))


def record(engine: sa.Engine, source: str, number: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(sa.select(PublicRecord).where(PublicRecord.source == source,
                                                          PublicRecord.record_number == number)).one()


# --- the real exports ---------------------------------------------------------------------------------

@needs_realdata
def test_the_three_real_exports_import_row_for_row(engine, tmp_path):
    roll = do_import(engine, LYME_ROLL, "lyme_vgsi_parcels.toml", tmp_path / "roll.rej.csv")
    permits = do_import(engine, LYME_PERMITS, "lyme_zoning_permits_xlsx.toml", tmp_path / "permits.rej.csv")
    cary = do_import(engine, CARY_PERMITS, "cary_building_permits.toml", tmp_path / "cary.rej.csv")

    # Every row imported or rejected with a reason (SOURCES.md: 1,058 / 313 / 5,890 data rows).
    assert (roll.read, roll.imported, roll.rejected) == (1058, 1057, 1)
    assert [(r.line, r.reason) for r in roll.rejects] == [(496, "map_block_lot (MBLU): required value missing")]
    assert (permits.read, permits.imported, permits.rejected) == (313, 309, 4)
    assert {r.line: r.reason for r in permits.rejects}[3] == "record_number '2016-04' already on line 2 (the first is kept)"
    assert (cary.read, cary.imported, cary.rejected) == (5890, 5890, 0)
    assert permits.linked >= 300
    assert counts(engine) == (1057, 309 + 5890, 5890)      # Lyme permits have no status column

    with (tmp_path / "roll.rej.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["line", "reason", "PID", "Owner"]
    assert rows[1][:4] == ["496", "map_block_lot (MBLU): required value missing", "83", "Can't reach the server"]

    with engine.connect() as conn:
        parcel = conn.execute(sa.select(Parcel).where(Parcel.parcel_id == "123")).one()
        linked = conn.execute(sa.select(sa.func.count()).select_from(PublicRecord.__table__).where(
            PublicRecord.source == "lyme-zoning", PublicRecord.parcel_id.is_not(None))).scalar_one()
        high_st = conn.execute(sa.select(Parcel.address).join(PublicRecord, PublicRecord.parcel_id == Parcel.id)
                               .where(PublicRecord.record_number == "2016-04")).scalar_one()
    assert (parcel.map_block_lot, parcel.address, parcel.address_key) == ("201/86", "30 PLEASANT ST", "30 PLEASANT ST")
    assert (parcel.owner, parcel.assessed_value, parcel.lot_size_acres, parcel.zoning, parcel.land_use) == \
        ("HAYES, LISA F", 284100, 0.69, "LCD", "SINGLE FAM MDL01")
    assert linked == permits.linked >= 300
    assert high_st == "49 HIGH ST"

    first = record(engine, "lyme-zoning", "2016-04")          # the first of the two rows is kept
    assert (first.applicant, first.applied_on, first.issued_on, first.valuation) == \
        ("Fred Clow", dt.date(2016, 1, 26), dt.date(2016, 1, 27), 10000)      # Excel serial 42395
    assert record(engine, "lyme-zoning", "2016-63").applied_on is None          # the one blank date
    assert record(engine, "lyme-zoning", "2021-27").applicant == "Karen R Keane Trustee"   # double space

    iso = record(engine, "cary-permits", "15 - 1")
    assert (iso.applied_on, iso.valuation, iso.status) == (dt.date(2014, 6, 30), 525, "CERTIFICATE OF COMPLIANCE")
    quoted = record(engine, "cary-permits", "15 - 5616")
    assert (quoted.applied_on, quoted.valuation, quoted.address_key) == (dt.date(2015, 3, 16), 9000, "101 GREYMIST LN")
    assert record(engine, "cary-permits", "15 - 5890").applied_on == dt.date(2015, 3, 27)   # last line, no newline

    # A nightly re-import changes nothing.
    again = [do_import(engine, path, name) for path, name in (
        (LYME_ROLL, "lyme_vgsi_parcels.toml"), (LYME_PERMITS, "lyme_zoning_permits_xlsx.toml"),
        (CARY_PERMITS, "cary_building_permits.toml"))]
    assert [(s.read, s.imported, s.rejected, s.linked) for s in again] == \
        [(s.read, s.imported, s.rejected, s.linked) for s in (roll, permits, cary)]
    assert counts(engine) == (1057, 309 + 5890, 5890)


# --- messy CSV ----------------------------------------------------------------------------------------

MAPPING = parse_mapping({
    "import": {"kind": "records", "source": "test"},
    "fields": {
        "record_number": {"column": "Number"},
        "status": {"column": "Status"},
        "applied_on": {"column": "Applied", "type": "date", "formats": ["%m/%d/%Y", "%Y-%m-%d"]},
        "valuation": {"column": "Cost", "type": "money"},
        "description": {"column": "Description"},
        "address": {"column": "Address"},
    },
})
HEADER = "Number,Status,Applied,Cost,Description,Address"


def write(tmp_path: Path, text: str | bytes, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_bom_and_semicolons(engine, tmp_path):
    path = write(tmp_path, ("\ufeff" + HEADER.replace(",", ";") + "\n"
                            "B-1;Open;01/02/2024;$1.200,00;roof;12 main street\n"
                            "B-2;Closed;2024-01-03;$300;deck;4 Elm Avenue\n"))
    summary = do_import(engine, path, MAPPING)

    assert (summary.read, summary.imported, summary.rejected) == (2, 1, 1)
    assert "Cost" in summary.rejects[0].reason and summary.rejects[0].line == 2     # "1.200,00" is no US money
    b2 = record(engine, "test", "B-2")
    assert (b2.applied_on, b2.valuation, b2.address_key) == (dt.date(2024, 1, 3), 300, "4 ELM AVE")


def test_quoted_newlines_keep_the_line_numbers_right(engine, tmp_path):
    path = write(tmp_path, (f"{HEADER}\n"
                            'B-1,Open,01/02/2024,"$9,000","new roof,\nsecond line\nthird line",12 Main St\n'
                            "B-2,Open,not a date,$5,deck,1 Elm St\n"))
    summary = do_import(engine, path, MAPPING)

    assert (summary.imported, summary.rejected) == (1, 1)
    assert summary.rejects[0].line == 5
    assert "'not a date' is not a date" in summary.rejects[0].reason
    b1 = record(engine, "test", "B-1")
    assert (b1.valuation, b1.description) == (9000, "new roof, second line third line")


def test_missing_values_bad_values_and_duplicate_keys(engine, tmp_path):
    path = write(tmp_path, (f"{HEADER}\n"
                            "B-1,,,,,\n"                      # only the key: fine
                            ",Open,01/02/2024,$5,x,1 Main St\n"   # no key
                            "B-2,Open,13/45/2024,$5,x,1 Main St\n"
                            "B-3,Open,01/02/2024,five dollars,x,1 Main St\n"
                            "B-1,Closed,01/02/2024,$5,later,1 Main St\n"
                            "\n"                              # blank lines are not rows
                            "B-4,Open,01/02/2024,$5\n"))      # too few values
    summary = do_import(engine, path, MAPPING, tmp_path / "rejects.csv")

    assert (summary.read, summary.imported, summary.rejected) == (6, 1, 5)
    reasons = {r.line: r.reason for r in summary.rejects}
    assert reasons[3] == "record_number (Number): required value missing"
    assert "'13/45/2024' is not a date" in reasons[4]
    assert "'five dollars' is not a number" in reasons[5]
    assert reasons[6] == "record_number 'B-1' already on line 2 (the first is kept)"
    assert reasons[8] == "4 values where the header has 6 (line cut short?)"
    b1 = record(engine, "test", "B-1")
    assert (b1.status, b1.applied_on, b1.valuation, b1.address, b1.address_key) == (None, None, None, None, None)
    with (tmp_path / "rejects.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["line", "reason", *HEADER.split(",")]
    assert rows[-1] == ["8", reasons[8], "B-4", "Open", "01/02/2024", "$5"]


def test_a_cp1252_file_is_read_as_cp1252(engine, tmp_path):
    path = write(tmp_path, f"{HEADER}\nB-1,Open,01/02/2024,$5,Caf\u00e9 \u2013 new sign,1 Main St\n".encode("cp1252"))
    assert do_import(engine, path, MAPPING).imported == 1
    assert record(engine, "test", "B-1").description == "Caf\u00e9 \u2013 new sign"


def test_a_truncated_last_line_is_rejected_and_the_rest_imported(engine, tmp_path):
    path = write(tmp_path, f'{HEADER}\nB-1,Open,01/02/2024,$5,x,1 Main St\nB-2,Open,01/02/2024,"$5')
    summary = do_import(engine, path, MAPPING)

    assert (summary.read, summary.imported, summary.rejected) == (2, 1, 1)
    assert summary.rejects[0].line == 3 and "cut short" in summary.rejects[0].reason


def test_excel_serial_numbers_and_real_dates(engine, tmp_path):
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Permits")
    sheet.append(["Number", "Status", "Applied", "Cost", "Description", "Address"])
    sheet.append(["P-1", "Open", 42395, 9000, "shed", "12 main street"])
    sheet.append(["P-2", "Open", dt.datetime(2016, 1, 27), "$1,500.50", None, None])
    sheet.append([3, "Open", "soon", 1, None, None])
    book.save(tmp_path / "permits.xlsx")
    mapping = parse_mapping({"import": {"kind": "records", "source": "x", "sheet": "Permits"}, "fields": {
        "record_number": {"column": "Number"}, "status": {"column": "Status"},
        "applied_on": {"column": "Applied", "type": "date", "formats": ["excel"]},
        "valuation": {"column": "Cost", "type": "money"}, "address": {"column": "Address"}}})

    summary = do_import(engine, tmp_path / "permits.xlsx", mapping)

    assert (summary.imported, summary.rejected) == (2, 1)
    assert [(r.line, r.reason) for r in summary.rejects] == [(4, "applied_on (Applied): 'soon' is not a date (excel)")]
    assert (record(engine, "x", "P-1").applied_on, record(engine, "x", "P-1").address_key) == \
        (dt.date(2016, 1, 26), "12 MAIN ST")
    assert (record(engine, "x", "P-2").applied_on, record(engine, "x", "P-2").valuation) == (dt.date(2016, 1, 27), 1501)



def test_duplicate_keys_far_apart_in_a_long_file_are_still_caught(engine, tmp_path):
    """The keys seen so far are kept by the database, not in memory: batches of 3 here."""
    lines = [f"B-{n},Open,,,row {n},{n} Main St" for n in range(1, 11)]
    lines[8] = "B-2,Closed,,,again,9 Main St"            # line 10 repeats line 3, three batches later
    lines[9] = "B-2,Closed,,,and again,10 Main St"       # line 11 too
    lines.insert(5, "B-99,Open,not a date,,,")            # a bad row between them
    path = write(tmp_path, HEADER + "\n" + "\n".join(lines) + "\n")

    summary = do_import(engine, path, MAPPING, tmp_path / "rejects.csv", batch_size=3)

    assert (summary.read, summary.imported, summary.rejected) == (11, 8, 3)
    assert [(r.line, r.reason.split(":")[0]) for r in summary.rejects] == [
        (7, "applied_on (Applied)"), (11, "record_number 'B-2' already on line 3 (the first is kept)"),
        (12, "record_number 'B-2' already on line 3 (the first is kept)")]
    with (tmp_path / "rejects.csv").open(encoding="utf-8", newline="") as fh:
        assert [row[0] for row in csv.reader(fh)] == ["line", "7", "11", "12"]
    assert (record(engine, "test", "B-2").description, record(engine, "test", "B-8").description) == ("row 2", "row 8")
    do_import(engine, path, MAPPING, batch_size=3)                        # the next import starts afresh
    assert counts(engine) == (0, 8, 8)


@pytest.mark.parametrize("parallel", [False, True])
def test_duplicates_last_keeps_the_last_row_of_a_number_batches_apart(engine, tmp_path, parallel):
    """duplicates = "last" (an export that appends a row per change): batches of 3 here, and the
    repeats far apart; read here and in a second process alike."""
    last = parse_mapping({"import": {"kind": "records", "source": "test", "duplicates": "last"},
                          "fields": {"record_number": {"column": "Number"}, "status": {"column": "Status"},
                                     "description": {"column": "Description"}}})
    do_import(engine, write(tmp_path, "Number,Status,Description\nB-1,Applied,\nB-2,Applied,\n", "before.csv"), last)
    lines = [f"B-{n},Applied,row {n}" for n in range(1, 11)]
    lines[7] = "B-2,Issued,row 8"             # line 9 replaces line 3, two batches later
    lines[9] = "B-2,Closed,row 10"            # and line 11 replaces both
    lines[8] = "B-1,Issued,row 9"             # line 10 replaces line 2
    path = write(tmp_path, "Number,Status,Description\n" + "\n".join(lines) + "\n")

    summary = do_import(engine, path, last, tmp_path / "rejects.csv", batch_size=3, parallel=parallel)

    assert (summary.read, summary.imported, summary.rejected) == (10, 7, 3)
    assert [(r.line, r.reason) for r in summary.rejects] == [
        (2, "record_number 'B-1' again on line 10 (the last is kept)"),
        (3, "record_number 'B-2' again on line 11 (the last is kept)"),
        (9, "record_number 'B-2' again on line 11 (the last is kept)")]
    with (tmp_path / "rejects.csv").open(encoding="utf-8", newline="") as fh:
        assert [row[:3] for row in csv.reader(fh)][1:] == [["2", summary.rejects[0].reason, "B-1"],
                                                           ["3", summary.rejects[1].reason, "B-2"],
                                                           ["9", summary.rejects[2].reason, "B-2"]]
    assert (record(engine, "test", "B-1").status, record(engine, "test", "B-1").description) == ("Issued", "row 9")
    assert (record(engine, "test", "B-2").status, record(engine, "test", "B-2").description) == ("Closed", "row 10")
    with engine.connect() as conn:
        history = conn.execute(sa.select(RecordStatusHistory.status).join(
            PublicRecord, PublicRecord.id == RecordStatusHistory.record_id)
            .where(PublicRecord.record_number == "B-2").order_by(RecordStatusHistory.id)).scalars().all()
    assert history == ["Applied", "Closed"]        # the import before, then what this file ends with
    assert counts(engine) == (0, 7, 2 + 5 + 2)      # B-1 to B-7; statuses: 2 before, 5 new, 2 changed


def test_a_large_file_read_in_a_second_process_imports_exactly_as_one_read_here(engine, tmp_path):
    """Large files are read and converted beside the import (run_import's `parallel`); the outcome,
    rejects and reject file included, must be the same row for row."""
    lines = [f"B-{n},Open,01/{n % 28 + 1:02d}/2024,${n},row {n},{n} Main St" for n in range(1, 2500)]
    lines[1500] = "B-7,Closed,,,again,7 Main St"                    # a duplicate, batches later
    lines[700] = "B-700,Open,13/45/2024,$5,bad date,1 Main St"
    path = write(tmp_path, (HEADER + "\n" + "\n".join(lines) + '\nB-9999,Open,01/02/2024,"$5').encode("cp1252"))

    here = do_import(engine, path, MAPPING, tmp_path / "here.csv", batch_size=100, parallel=False)
    with engine.begin() as conn:
        conn.execute(sa.delete(RecordStatusHistory.__table__))
        conn.execute(sa.delete(PublicRecord.__table__))
    beside = do_import(engine, path, MAPPING, tmp_path / "beside.csv", batch_size=100, parallel=True)

    assert (beside.read, beside.imported, beside.rejected) == (here.read, here.imported, here.rejected) == (2500, 2497, 3)
    assert beside.rejects == here.rejects
    assert (tmp_path / "beside.csv").read_bytes() == (tmp_path / "here.csv").read_bytes()
    assert counts(engine) == (0, 2497, 2497)
    assert record(engine, "test", "B-2499").valuation == 2499


@pytest.mark.skipif(not REALDATA.is_dir(), reason=f"{REALDATA} is absent (the real exports are not in the project)")
def test_real_exports_read_in_a_second_process(engine, tmp_path):
    roll = do_import(engine, LYME_ROLL, "lyme_vgsi_parcels.toml", parallel=True)
    permits = do_import(engine, LYME_PERMITS, "lyme_zoning_permits_xlsx.toml", parallel=True)
    assert (roll.read, roll.imported, roll.rejected, permits.read, permits.imported) == (1058, 1057, 1, 313, 309)


def test_a_reading_process_that_fails_stops_the_import_with_nothing_written(engine, tmp_path):
    path = write(tmp_path, f"{HEADER}\nB-1,Open,01/02/2024,$5,x,1 Main St\n")

    def open_sink():
        path.rename(path.with_suffix(".gone"))      # gone by the time the second process opens it
        return open_import_sink(engine, MAPPING, now=lambda: NOW)

    with pytest.raises(OSError, match="No such file"):
        run_import(path, MAPPING, open_sink, parallel=True)
    assert counts(engine) == (0, 0, 0)


# --- nothing half-written -----------------------------------------------------------------------------

def test_a_wrong_mapping_stops_before_anything_is_written(engine, tmp_path):
    do_import(engine, write(tmp_path, f"{HEADER}\nB-1,Open,,,,\n", "good.csv"), MAPPING)
    other_shape = write(tmp_path, "Permit,When\nB-2,2024-01-01\n")

    with pytest.raises(MappingError) as caught:
        do_import(engine, other_shape, MAPPING, tmp_path / "rejects.csv")

    for column in ("'Status'", "'Applied'", "'Cost'", "'Description'", "'Address'", "'Number'"):
        assert column in str(caught.value)
    assert counts(engine) == (0, 1, 1)
    assert not (tmp_path / "rejects.csv").exists()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip"])
def test_a_file_of_another_kind_stops_with_a_plain_error(engine, tmp_path, content):
    with pytest.raises(FileShapeError):
        do_import(engine, write(tmp_path, content, "export.xlsx" if content else "export.csv"), MAPPING)
    assert counts(engine) == (0, 0, 0)


def test_a_failure_part_way_leaves_the_previous_data_untouched(engine, tmp_path):
    do_import(engine, write(tmp_path, f"{HEADER}\nB-1,Open,,,old,\n", "first.csv"), MAPPING)
    rows = "".join(f"B-{n},Closed,,,new,\n" for n in range(1, 30))
    _fail_on_writing(engine, "B-25")        # in the third batch of ten: as a full disk would

    with pytest.raises(sa.exc.DBAPIError, match="disk full"):
        do_import(engine, write(tmp_path, f"{HEADER}\n{rows}"), MAPPING, batch_size=10)

    assert counts(engine) == (0, 1, 1)
    assert (record(engine, "test", "B-1").status, record(engine, "test", "B-1").description) == ("Open", "old")


def _fail_on_writing(engine: sa.Engine, number: str) -> None:
    """A trigger in the database that refuses to write the record with this number."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"CREATE TRIGGER test_fail BEFORE INSERT ON records WHEN new.record_number = "
                                 f"'{number}' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        else:
            conn.exec_driver_sql(f"CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                 f"IF new.record_number = '{number}' THEN RAISE EXCEPTION 'disk full'; END IF; "
                                 "RETURN new; END $$")
            conn.exec_driver_sql("CREATE TRIGGER test_fail BEFORE INSERT ON records FOR EACH ROW "
                                 "EXECUTE FUNCTION test_fail()")


def test_a_status_change_is_kept_in_the_history(engine, tmp_path):
    do_import(engine, write(tmp_path, f"{HEADER}\nB-1,Applied,,,,\nB-2,Applied,,,,\n", "a.csv"), MAPPING)
    do_import(engine, write(tmp_path, f"{HEADER}\nB-1,Applied,,,,\nB-2,Issued,,,,\nB-3,Applied,,,,\nB-4,,,,,\n",
                            "b.csv"), MAPPING)

    with engine.connect() as conn:
        history = conn.execute(sa.select(PublicRecord.record_number, RecordStatusHistory.status)
                               .join(PublicRecord, PublicRecord.id == RecordStatusHistory.record_id)
                               .order_by(RecordStatusHistory.id)).all()
    assert sorted(tuple(h) for h in history) == [("B-1", "Applied"), ("B-2", "Applied"), ("B-2", "Issued"),
                                                 ("B-3", "Applied")]


def test_imported_rows_are_searchable_and_the_index_keeps_following_afterwards(engine, tmp_path):
    from kiosk.core.records.search import SearchQuery
    from kiosk.storage.database import session_factory
    from kiosk.storage.records.search import SqlRecordSearch

    search = SqlRecordSearch(session_factory(engine))
    first = write(tmp_path, f"{HEADER}\nB-1,Open,01/02/2024,$9,roof,12 Main St\n")
    do_import(engine, first, MAPPING)
    second = write(tmp_path, f"{HEADER}\nB-1,Closed,01/02/2024,$9,roof,12 Main St\nB-2,Open,01/03/2024,$5,deck,4 Elm Avenue\n")
    do_import(engine, second, MAPPING)                    # one row changed, one new: both found
    assert {r.record_number for r in search.search(SearchQuery("b")).records} == {"B-1", "B-2"}
    assert [r.record_number for r in search.search(SearchQuery("4 elm")).records] == ["B-2"]
    with engine.begin() as conn:                          # written outside an import: indexed as before
        conn.execute(sa.insert(PublicRecord).values(source="town", record_number="Z-9", address="9 Oak Rd",
                                                    address_key="9 OAK RD"))
    assert [r.record_number for r in search.search(SearchQuery("z-9")).records] == ["Z-9"]


def test_the_search_tables_have_the_columns_the_importer_indexes(engine):
    from kiosk.storage.records.store import FTS_COLUMNS

    if engine.dialect.name != "sqlite":
        pytest.skip("FTS5 search tables are SQLite's (PostgreSQL indexes the columns themselves)")
    with engine.connect() as conn:
        for table, columns in FTS_COLUMNS.items():
            found = tuple(row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table}_fts)"))
            assert found == columns, table
