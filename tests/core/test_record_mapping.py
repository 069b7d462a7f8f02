# SPDX-License-Identifier: Apache-2.0
"""Import mappings and the value readers behind them: money, dates, map-block-lot, translations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.records.mapping import (
    BadValue,
    FieldSpec,
    MappingError,
    convert,
    missing_columns,
    parse_date,
    parse_mbl,
    parse_money,
)
from kiosk.core.records.mapping_schema import parse_mapping
from kiosk.importing.mapping_file import load_mapping
from kiosk.paths import resources_dir


def spec(**kwargs):
    return FieldSpec(name="f", type="text", max_len=60, **kwargs)


@pytest.mark.parametrize(("raw", "dollars"), [
    ("$9,000", 9000), ("$525.00", 525), ("$1,234,567.50", 1234568), ("0", 0), (10000, 10000),
    ("(1,200)", -1200), ("-$5", -5), ("$ 7", 7),
])
def test_money_in_whole_dollars(raw, dollars):
    assert parse_money(raw, spec()) == dollars


@pytest.mark.parametrize("raw", ["five", "$1.200,00", "1,20", "$", "NaN", "Infinity", "9" * 30])
def test_money_that_is_not_money(raw):
    with pytest.raises(BadValue):
        parse_money(raw, spec())


def test_dates_in_the_mappings_formats():
    both = spec(formats=("%Y-%m-%d", "%m/%d/%y", "excel"))
    assert parse_date("2014-06-30", both) == dt.date(2014, 6, 30)
    assert parse_date("02/23/15", both) == dt.date(2015, 2, 23)
    assert parse_date("42395", both) == dt.date(2016, 1, 26)        # Excel serial day
    assert parse_date(42395.0, both) == dt.date(2016, 1, 26)
    assert parse_date(dt.datetime(2016, 1, 27, 0, 0), both) == dt.date(2016, 1, 27)
    with pytest.raises(BadValue, match="is not a date"):
        parse_date("13/45/15", both)
    with pytest.raises(BadValue):
        parse_date("42395", spec(formats=("%Y-%m-%d",)))             # serials only where the mapping says


@pytest.mark.parametrize(("raw", "mbl"), [
    ("201/  86/  /  / ", "201/86"), ("201/86", "201/86"), ("0201/086", "201/86"), ("201/22.2", "201/22.2"),
    ("  412/ 12/ 3/ A/ ", "412/12/3/A"),
])
def test_padded_map_block_lot(raw, mbl):
    assert parse_mbl(raw, spec()) == mbl


def test_text_is_trimmed_collapsed_and_translated():
    mapping = parse_mapping({"import": {"kind": "records", "source": "s"}, "fields": {
        "record_number": {"column": "No"},
        "status": {"column": "St", "translate": {"CERTICATE OF COMPLIANCE": "CERTIFICATE OF COMPLIANCE"}},
        "applicant": {"column": "Who"},
        "record_type": {"value": "Zoning permit"},
        "map_block_lot": {"columns": ["Map", "Lot"]},
    }})
    row = {"No": " 15 - 1 ", "St": "CERTICATE  OF COMPLIANCE", "Who": "Karen R  Keane", "Map": "201", "Lot": 22}
    assert convert(mapping, row) == {
        "record_number": "15 - 1", "status": "CERTIFICATE OF COMPLIANCE", "applicant": "Karen R Keane",
        "record_type": "Zoning permit", "map_block_lot": "201/22"}
    assert missing_columns(mapping, ["No", "St", "Map"]) == ["Who", "Lot"]


@pytest.mark.parametrize(("data", "message"), [
    ({"import": {"kind": "cats"}}, 'kind: must be "parcels" or "records"'),
    ({"import": {"kind": "records"}, "fields": {"record_number": {"column": "N"}}}, "source: missing; records need"),
    ({"import": {"kind": "parcels"}, "fields": {"owner": {"column": "O"}}}, "parcel_id is the natural key"),
    ({"import": {"kind": "parcels"}, "fields": {"parcel_id": {"column": "P"}, "colour": {"column": "C"}}},
     "unknown field 'colour'"),
    ({"import": {"kind": "parcels"}, "fields": {"parcel_id": {"column": "P", "type": "blob"}}}, "type: must be"),
    ({"import": {"kind": "parcels"}, "fields": {"parcel_id": {}}}, "give column = .* columns = .* or value ="),
    ({"import": {"kind": "parcels"}, "fields": {"parcel_id": {"column": "P", "type": "int"}}},
     "parcel_id can only be read as text or mbl"),
])
def test_a_wrong_mapping_says_what_is_wrong(data, message):
    with pytest.raises(MappingError, match=message):
        parse_mapping(data)


def test_the_shipped_mappings_load(tmp_path):
    folder = resources_dir() / "importers"
    names = sorted(p.name for p in folder.glob("*.toml"))
    kinds = {name: load_mapping(folder / name).kind for name in names}        # every shipped mapping loads
    assert {"cary_building_permits.toml": "records", "lyme_vgsi_parcels.toml": "parcels",
            "lyme_zoning_permits_xlsx.toml": "records"}.items() <= kinds.items()
    (tmp_path / "bad.toml").write_text("[import\n", encoding="utf-8")
    with pytest.raises(MappingError, match=r"bad\.toml"):
        load_mapping(tmp_path / "bad.toml")


# The importer reads each field through a short path for the common CSV cases (kiosk.core.records.mapping
# row_converter); whatever the text, it must give what the general readers give, reason included.
_MONEYISH = (st.text(alphabet="$0123456789,.() -5", max_size=14)
             | st.from_regex(r"\$?\d{1,3}(,\d{3}){0,6}(\.\d{0,3})?", fullmatch=True))
_TEXTISH = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Cc")), max_size=70)
_DATEISH = st.text(alphabet="0123456789/- ", max_size=12) | st.dates().map(lambda d: d.strftime("%m/%d/%Y"))


def _general(field_type: str, raw: str, **kwargs):
    from kiosk.core.records.mapping import _PARSERS, _value

    one = FieldSpec(name="f", type=field_type, max_len=60 if field_type == "text" else 0, columns=("c",), **kwargs)
    try:
        return _value(one, raw, _PARSERS[field_type])
    except BadValue as exc:
        return f"f (c): {exc}"


def _short(field_type: str, raw: str, **kwargs):
    from kiosk.core.records.mapping import RecordMapping, row_converter

    one = FieldSpec(name="f", type=field_type, max_len=60 if field_type == "text" else 0, columns=("c",), **kwargs)
    read = row_converter(RecordMapping(kind="parcels", key="f", source="", fields=(one,)), ["c"])
    try:
        return read([raw])["f"]
    except BadValue as exc:
        return str(exc)


@settings(max_examples=400, deadline=None)
@given(raw=_MONEYISH)
def test_money_read_short_is_money_read_in_full(raw):
    assert _short("money", raw) == _general("money", raw)


@settings(max_examples=300, deadline=None)
@given(raw=_TEXTISH)
def test_text_read_short_is_text_read_in_full(raw):
    assert _short("text", raw) == _general("text", raw)


@settings(max_examples=300, deadline=None)
@given(raw=_DATEISH)
def test_dates_read_short_are_dates_read_in_full(raw):
    formats = ("%m/%d/%Y", "%Y-%m-%d", "excel")
    assert _short("date", raw, formats=formats) == _general("date", raw, formats=formats)
