# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin records import` with a town's own mapping file, as its IT writes one: every mistake in
the mapping stops the import with exit 2 and a message naming the file, the key and what it takes
(never a traceback), and the layouts other towns' exports have (title rows above the header, no
header, another encoding or delimiter, a number repeated with its later row the one that counts) are
read as the mapping says. Files are written here, small; the real exports are in tests/storage."""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.admin import main
from tests.test_records_cli import counts, figure, write_config

HEADER = "Number,Status,Applied,Cost,Description,Address"
ROWS = ("B-1,Open,01/02/2024,$5,roof,12 Main St\n"
        "B-2,Closed,2024-01-03,$300,deck,4 Elm Avenue\n")
MAPPING_HEAD = '[import]\nkind = "records"\nsource = "town"\n'
FIELDS = ('[fields.record_number]\ncolumn = "Number"\n'
          '[fields.status]\ncolumn = "Status"\n'
          '[fields.applied_on]\ncolumn = "Applied"\ntype = "date"\nformats = ["%m/%d/%Y", "%Y-%m-%d"]\n'
          '[fields.valuation]\ncolumn = "Cost"\ntype = "money"\n'
          '[fields.description]\ncolumn = "Description"\n'
          '[fields.address]\ncolumn = "Address"\n')


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], export: Path, mapping_text: str,
        kind: str = "records") -> tuple[int, str, str]:
    """The import as IT runs it: (exit code, stdout, stderr)."""
    mapping = tmp_path / "mine.toml"
    mapping.write_text(mapping_text, encoding="utf-8")
    code = main(["--config", str(write_config(tmp_path)), "records", "import", kind, str(export),
                 "--mapping", str(mapping), "--rejects", str(tmp_path / "rejects.csv")])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def export_file(tmp_path: Path, content: str | bytes, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def records(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """What the kiosk now holds: record number -> its columns."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    try:
        with engine.connect() as conn:
            return {row.record_number: dict(row._mapping) for row in conn.execute(sa.text("SELECT * FROM records"))}
    finally:
        engine.dispose()


def status_history(tmp_path: Path, number: str) -> list[str]:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(
                "SELECT h.status FROM record_status_history h JOIN records r ON r.id = h.record_id "
                "WHERE r.record_number = :n ORDER BY h.id"), {"n": number}).scalars())
    finally:
        engine.dispose()


def assert_stopped(code: int, out: str, err: str, tmp_path: Path) -> None:
    assert code == 2
    assert err.startswith("Import stopped, nothing written:") and "Traceback" not in err
    assert out == ""
    assert counts(tmp_path) == (0, 0) and not (tmp_path / "rejects.csv").exists()


# --- a wrong mapping: exit 2, the file, the key, what it takes ------------------------------------------

@pytest.mark.parametrize(("mistake", "key", "said"), [
    # Values of the wrong type (each was a traceback, or read as something else)
    (FIELDS.replace('column = "Address"', "column = 6"), "[fields.address] column",
     'must be a column name in quotes, e.g. "Address", not 6; a column by its position needs header_row = 0'),
    (FIELDS + 'translate = "roof"\n', "[fields.address] translate", "must be a table of values"),
    (FIELDS.replace('column = "Address"', 'columns = "Address"'), "[fields.address] columns",
     'must be a list, e.g. columns = ["Address", ...], not the text "Address"; for one column write column = "Address"'),
    (FIELDS.replace('formats = ["%m/%d/%Y", "%Y-%m-%d"]', 'formats = "%Y-%m-%d"'), "[fields.applied_on] formats",
     'must be a list, e.g. formats = ["%Y-%m-%d"]'),
    (FIELDS + 'required = "false"\n', "[fields.address] required", 'must be true or false, without quotes, not "false"'),
    (FIELDS.replace('type = "money"', 'type = "dollars"'), "[fields.valuation] type", 'must be "text" or "int"'),
    (FIELDS.replace('formats = ["%m/%d/%Y", "%Y-%m-%d"]', 'formats = ["MM/DD/YYYY"]'), "[fields.applied_on] formats",
     '"MM/DD/YYYY" has no % codes: write e.g. "%m/%d/%Y"'),
    # Keys that were silently ignored
    (FIELDS.replace("formats =", "format ="), "[fields.applied_on] format",
     "no such key in a field; did you mean formats? (a field takes: column, columns, join, value, type, formats"),
    (FIELDS + 'encoding = "cp1252"\n', "[fields.address] encoding",
     "no such key in a field; encoding belongs in [import] (keys below a [fields.NAME] line belong to that field)"),
    (FIELDS + "[fields.colour]\ncolumn = \"Colour\"\n", "[fields.colour]", "unknown field 'colour'; the fields of records:"),
])
def test_a_mistake_in_a_field_stops_the_import_naming_the_file_the_key_and_what_it_takes(tmp_path, capsys, mistake,
                                                                                          key, said):
    export = export_file(tmp_path, f"{HEADER}\n{ROWS}")

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + mistake)

    assert_stopped(code, out, err, tmp_path)
    assert f"mapping {tmp_path / 'mine.toml'}: {key}: {said}" in err


@pytest.mark.parametrize(("head", "key", "said"), [
    ('import = "records"\n', "import",
     'must be a table, not import = "records": write [import] on a line of its own, then kind = "records" under it'),
    (MAPPING_HEAD + "header_rows = 3\n", "[import] header_rows",
     "no such key in [import]; did you mean header_row? ([import] takes: kind, source, description, sheet, header_row"),
    (MAPPING_HEAD + 'encodng = "cp1252"\n', "[import] encodng", "no such key in [import]; did you mean encoding?"),
    (MAPPING_HEAD + 'delimeter = ";"\n', "[import] delimeter", "no such key in [import]; did you mean delimiter?"),
    (MAPPING_HEAD + 'header_row = "3"\n', "[import] header_row",
     'must be a whole number from 0 to 10000, without quotes, not "3"'),
    (MAPPING_HEAD + 'encoding = "latin-9"\n', "[import] encoding", '"latin-9" is not an encoding Python knows'),
    (MAPPING_HEAD + 'delimiter = "tab"\n', "[import] delimiter",
     'must be one character in quotes, e.g. ";" or "|" or "\\t" for a tab, not "tab"'),
    (MAPPING_HEAD + 'duplicates = "latest"\n', "[import] duplicates",
     'must be "first" or "last", not "latest"; did you mean "last"?'),
    (MAPPING_HEAD.replace('"records"', '"record"'), "[import] kind", 'must be "parcels" or "records", not "record"'),
    ('kind = "records"\n' + MAPPING_HEAD, "kind",
     "no such table or key at the top of the file; kind belongs in [import], under its line"),
])
def test_a_mistake_in_import_stops_the_import_naming_the_file_the_key_and_what_it_takes(tmp_path, capsys, head,
                                                                                         key, said):
    export = export_file(tmp_path, f"{HEADER}\n{ROWS}")

    code, out, err = run(tmp_path, capsys, export, head + FIELDS)

    assert_stopped(code, out, err, tmp_path)
    assert f"{key}: {said}" in err and str(tmp_path / "mine.toml") in err


def test_every_mistake_is_listed_at_once(tmp_path, capsys):
    export = export_file(tmp_path, f"{HEADER}\n{ROWS}")
    mapping = (MAPPING_HEAD + 'delimeter = ";"\n' + FIELDS.replace("formats =", "format =")
               + 'required = "false"\n')

    code, out, err = run(tmp_path, capsys, export, mapping)

    assert_stopped(code, out, err, tmp_path)
    assert f"mapping {tmp_path / 'mine.toml'} has 3 problems:" in err
    for key in ("[import] delimeter:", "[fields.applied_on] format:", "[fields.address] required:"):
        assert f"\n  {key}" in err


def test_keys_for_the_other_kind_of_file_are_not_ignored(tmp_path, capsys):
    """An encoding for a workbook, a sheet for a CSV file: said, not ignored."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(HEADER.split(","))
    book.save(tmp_path / "export.xlsx")
    csv_export = export_file(tmp_path, f"{HEADER}\n{ROWS}")

    code, out, err = run(tmp_path, capsys, tmp_path / "export.xlsx", MAPPING_HEAD + 'encoding = "cp1252"\n' + FIELDS)
    assert_stopped(code, out, err, tmp_path)
    assert "an Excel workbook has no encoding or delimiter; remove encoding from the mapping's [import]" in err

    code, out, err = run(tmp_path, capsys, csv_export, MAPPING_HEAD + 'sheet = "Permits"\n' + FIELDS)
    assert_stopped(code, out, err, tmp_path)
    assert "the mapping names sheet 'Permits', but this is a CSV file" in err


# Generated mapping files: a good one with up to three changes, as a hand-edited file has them (a key set to a
# value of any TOML type, dropped, misspelt, or put in another table), written as TOML. Each import ends in
# success or exit 2 with a message.
_COLUMNS = HEADER.split(",")
_WORDS = ["records", "parcels", "town", "first", "last", "text", "date", "money", "mbl", "int", "excel", "%m/%d/%Y",
          "%Y-%m-%d", "%Q", "cp1252", "utf-8", "utf-32", "idna", "rot13", ";", ",", "|", "\t", "/", "", "false"]
_KEYS = ["kind", "source", "sheet", "header_row", "encoding", "delimiter", "duplicates", "description", "column",
         "columns", "join", "value", "type", "formats", "translate", "required", "fields", "import", "record_number",
         "status", "applied_on", "issued_on", "valuation", "address", "owner", "format", "headerrow", "Column"]
_SCALARS = (st.sampled_from(_COLUMNS + _WORDS) | st.text(max_size=6) | st.integers(-2, 8) | st.booleans()
            | st.floats() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.sampled_from(_COLUMNS + _WORDS + _KEYS), inner, max_size=2), max_leaves=5)
_GOOD = {"import": {"kind": "records", "source": "town"},
         "fields": {"record_number": {"column": "Number"}, "status": {"column": "Status"},
                    "applied_on": {"column": "Applied", "type": "date", "formats": ["%m/%d/%Y", "%Y-%m-%d"]},
                    "valuation": {"column": "Cost", "type": "money"}}}


@st.composite
def _mappings(draw: st.DrawFn) -> dict[str, Any]:
    mapping = copy.deepcopy(_GOOD)
    for _ in range(draw(st.integers(0, 3))):
        tables = [mapping] + [v for v in mapping.values() if isinstance(v, dict)]
        tables += [v for t in tables[1:] for v in t.values() if isinstance(v, dict)]
        table = draw(st.sampled_from(tables))
        key = draw(st.sampled_from(sorted(table) + _KEYS))
        change = draw(st.sampled_from(["set", "drop", "misspell", "move"]))
        if change == "set":
            table[key] = draw(_VALUES)
        elif key in table and change == "drop":
            del table[key]
        elif key in table and change == "misspell":
            table[draw(st.sampled_from([key[:-1], key + "s", key.upper(), key.replace("_", "")]))] = table.pop(key)
        elif key in table:
            draw(st.sampled_from(tables))[key] = copy.deepcopy(table.pop(key))     # a copy: never inside itself
    return mapping


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else "inf" if value == math.inf else "-inf" if value == -math.inf else repr(value)
    if isinstance(value, (int, dt.date)):
        return str(value) if isinstance(value, int) else value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mapping=_mappings())
def test_any_mapping_file_imports_or_stops_with_a_message_never_a_traceback(tmp_path, capsys, mapping):
    export = export_file(tmp_path, f"{HEADER}\n{ROWS}B-1,Open,,,again,\n")
    text = "\n".join(f"{json.dumps(key)} = {_toml(value)}" for key, value in mapping.items())

    code, out, err = run(tmp_path, capsys, export, text)

    assert "Traceback" not in err
    event(f"exit {code}")       # --hypothesis-show-statistics: how many imported
    if code == 0:
        assert figure(out, "Rows read") in (3, 4)      # 4: header_row = 0, the header line is a row
    else:
        assert code == 2, err
        assert err.startswith("Import stopped, nothing written:") and out == ""
        assert str(tmp_path / "mine.toml") in err or str(export) in err or "export.csv" in err


# --- what other towns' exports need ----------------------------------------------------------------------

def test_a_header_below_title_lines(tmp_path, capsys):
    export = export_file(tmp_path, f"Town of Lyme - building permits,,,,,\nPrinted 04/20/2021,,,,,\n{HEADER}\n{ROWS}"
                                   "B-3,Open,not a date,$5,shed,1 Oak Rd\n")

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + FIELDS)            # the header is not on line 1
    assert_stopped(code, out, err, tmp_path)
    assert "export.csv has no column 'Number'" in err
    assert "Its line 3 has every column the mapping names: if the header is there (below title lines), " \
           "set header_row = 3 in the mapping's [import]" in err

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + "header_row = 3\n" + FIELDS)
    assert code == 0, err
    assert [figure(out, k) for k in ("Rows read", "Imported", "Rejected")] == [3, 2, 1]
    assert "line 6: applied_on (Applied): 'not a date' is not a date" in out      # lines as the file has them
    assert records(tmp_path)["B-2"]["valuation"] == 300


def test_an_xlsx_header_below_merged_title_cells(tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Town of Lyme - zoning permits 2016-2021"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "as of 20 April 2021"
    sheet.merge_cells("A2:C2")
    sheet.append(HEADER.split(","))
    sheet.append(["P-1", "Open", 42395, 9000, "shed", "12 main street"])
    sheet.append(["P-2", "Open", "soon", 1, None, None])
    book.save(tmp_path / "permits.xlsx")
    mapping = MAPPING_HEAD + "header_row = 3\n" + FIELDS.replace('"%Y-%m-%d"]', '"excel"]')

    code, out, err = run(tmp_path, capsys, tmp_path / "permits.xlsx", mapping)

    assert code == 0, err
    assert [figure(out, k) for k in ("Rows read", "Imported", "Rejected")] == [2, 1, 1]
    assert "line 5: applied_on (Applied): 'soon' is not a date" in out               # the sheet's row 5
    assert records(tmp_path)["P-1"]["applied_on"] == "2016-01-26"


def test_a_file_without_a_header_with_columns_by_position(tmp_path, capsys):
    export = export_file(tmp_path, ROWS + "B-3,Open,13/45/2024,$5,shed,1 Oak Rd\n")
    by_position = MAPPING_HEAD + "header_row = 0\n" + FIELDS
    for position, name in enumerate(HEADER.split(","), start=1):
        by_position = by_position.replace(f'column = "{name}"', f"column = {position}")

    code, out, err = run(tmp_path, capsys, export, by_position)

    assert code == 0, err
    assert [figure(out, k) for k in ("Rows read", "Imported", "Rejected")] == [3, 2, 1]     # line 1 is a row
    assert "line 3: applied_on (column 3): '13/45/2024' is not a date" in out
    assert (records(tmp_path)["B-1"]["status"], records(tmp_path)["B-2"]["address"]) == ("Open", "4 Elm Avenue")
    header = (tmp_path / "rejects.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "line,reason,column 1,column 2,column 3,column 4,column 5,column 6"

    code, out, err = run(tmp_path, capsys, export, by_position.replace("column = 6", "column = 9"))
    assert code == 2 and "export.csv has 6 values on its first line, but the mapping reads column 9" in err

    code, out, err = run(tmp_path, capsys, export, by_position.replace("column = 6", 'column = "Address"'))
    assert code == 2 and "[fields.address] column: must be a column's position, 1 for the first" in err


def test_the_encoding_the_mapping_gives_is_used(tmp_path, capsys):
    """A DOS-era export in code page 850: sniffed, its bytes read as Windows-1252 ("Caf‚")."""
    export = export_file(tmp_path, f"{HEADER}\nB-1,Open,01/02/2024,$5,Caf\u00e9 sign,1 Main St\n".encode("cp850"))

    code, _out, err = run(tmp_path, capsys, export, MAPPING_HEAD + 'encoding = "cp850"\n' + FIELDS)

    assert code == 0, err
    assert records(tmp_path)["B-1"]["description"] == "Caf\u00e9 sign"


def test_the_delimiter_the_mapping_gives_is_used(tmp_path, capsys):
    """Semicolons, and commas in a column name and the owners' names: the sniffer takes the comma."""
    export = export_file(tmp_path, "Number;Owner (last, first);Address\nB-1;SMITH, JOHN;1 Main St\n"
                                   "B-2;DOE, JANE;2 Elm St\nB-3;ROE, RICH;3 Oak Rd\n")
    mapping = (MAPPING_HEAD + 'delimiter = ";"\n[fields.record_number]\ncolumn = "Number"\n'
               '[fields.applicant]\ncolumn = "Owner (last, first)"\n[fields.address]\ncolumn = "Address"\n')

    code, out, err = run(tmp_path, capsys, export, mapping)

    assert code == 0, err
    assert figure(out, "Imported") == 3
    assert (records(tmp_path)["B-2"]["applicant"], records(tmp_path)["B-2"]["address"]) == ("DOE, JANE", "2 Elm St")


def test_duplicates_last_keeps_the_last_row_of_a_number(tmp_path, capsys):
    """An export that appends a row when a permit changes: its last row is the permit now."""
    export = export_file(tmp_path, f"{HEADER}\nB-1,Applied,01/02/2024,$5,roof,12 Main St\n"
                                   "B-2,Applied,01/03/2024,$9,deck,4 Elm Ave\n"
                                   "B-1,Issued,01/02/2024,$6,roof and gutters,12 Main St\n"
                                   "B-2,Closed,not a date,$9,deck,4 Elm Ave\n"
                                   "B-1,Closed,01/02/2024,$6,roof and gutters,12 Main St\n")

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + 'duplicates = "last"\n' + FIELDS)

    assert code == 0, err
    assert [figure(out, k) for k in ("Rows read", "Imported", "Rejected")] == [5, 1, 4]
    assert "line 2: record_number 'B-1' again on line 6 (the last is kept)" in out
    assert "line 4: record_number 'B-1' again on line 6 (the last is kept)" in out
    assert "line 3: record_number 'B-2' again on line 5 (the last is kept)" in out
    assert "line 5: applied_on (Applied): 'not a date' is not a date" in out   # the last B-2: none is imported
    held = records(tmp_path)
    assert set(held) == {"B-1"}
    assert (held["B-1"]["status"], held["B-1"]["description"], held["B-1"]["valuation"]) == \
        ("Closed", "roof and gutters", 6)
    assert status_history(tmp_path, "B-1") == ["Closed"]      # the earlier rows were never the permit's state


def test_duplicates_first_is_the_default(tmp_path, capsys):
    export = export_file(tmp_path, f"{HEADER}\nB-1,Applied,,,,\nB-1,Issued,,,,\n")

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + 'duplicates = "first"\n' + FIELDS)

    assert code == 0, err
    assert "line 3: record_number 'B-1' already on line 2 (the first is kept)" in out
    assert records(tmp_path)["B-1"]["status"] == "Applied"


# --- other import defects --------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "said"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, "not a text file, so not a CSV export: "),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, "an Excel .xlsx workbook under another name? then name it .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "an old Excel .xls (or other Office) file: save it from Excel"),
    ("Number,Status\nB-1,Open\n".encode("utf-16-le"), "text in another encoding (UTF-16 without a byte-order mark"),
])
def test_a_file_that_is_not_text_is_reported_as_such(tmp_path, capsys, content, said):
    export = export_file(tmp_path, content)

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + FIELDS)

    assert_stopped(code, out, err, tmp_path)
    assert f"{export}: not a text file" in err and said in err
    assert "\x00" not in err and "IHDR" not in err and "columns are" not in err      # no garbage as column names


def test_progress_shows_the_share_of_rows_done(tmp_path, capsys):
    export = export_file(tmp_path, HEADER + "\n" + "".join(f"B-{n},Open,,,,\n" for n in range(5622)))

    code, _out, err = run(tmp_path, capsys, export, MAPPING_HEAD + FIELDS)

    assert code == 0
    lines = [line for line in err.splitlines() if "rows" in line]
    assert lines == ["Importing export.csv: 2,000 of about 5,622 rows (35%)",
                     "Importing export.csv: 3,000 of about 5,622 rows (53%)",
                     "Importing export.csv: 5,000 of about 5,622 rows (88%)",
                     "Importing export.csv: done, 5,622 rows read"]


def test_a_nul_byte_is_not_copied_into_the_reject_file(tmp_path, capsys):
    export = export_file(tmp_path, f"{HEADER}\n{ROWS}B-3,Open,01/02/2024,$5,ro\x00of,1 Oak Rd\n")

    code, out, err = run(tmp_path, capsys, export, MAPPING_HEAD + FIELDS)

    assert code == 0, err
    assert [figure(out, k) for k in ("Imported", "Rejected")] == [2, 1]
    assert "line 4: description (Description): contains a NUL character" in out
    rejects = (tmp_path / "rejects.csv").read_bytes()
    assert b"\x00" not in rejects
    assert rejects.decode("utf-8").splitlines()[1].endswith(",ro\u2400of,1 Oak Rd")     # where it was, shown
