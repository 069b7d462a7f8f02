# SPDX-License-Identifier: Apache-2.0
"""Address keys: USPS Pub 28 forms for what scourgify parses, a safe key for everything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.records.addresses import AddressOrder, address_key, address_order, query_key, reference_key


@pytest.mark.parametrize(("typed", "key"), [
    ("12 main street", "12 MAIN ST"),
    ("12 MAIN STREET", "12 MAIN ST"),
    ("  12   Main   St. ", "12 MAIN ST"),
    ("1 North Main Street", "1 N MAIN ST"),
    ("45 Elm Avenue Apartment 4", "45 ELM AVE APT 4"),
    ("30 PLEASANT ST", "30 PLEASANT ST"),
])
def test_pub_28_forms(typed, key):
    assert address_key(typed) == key


def test_a_house_number_range_is_not_run_together():
    """scourgify drops the "+" of "12+14 PLEASANT ST", making house number 1214: the fallback keeps it."""
    assert address_key("12+14 PLEASANT ST") == "12+14 PLEASANT ST"


@pytest.mark.parametrize(("typed", "key"), [
    ("Route 10", "RTE 10"),          # unparseable: fallback, still with Pub 28 abbreviations
    ("PO Box 5", "PO BOX 5"),
    ("Main Street", "MAIN ST"),
])
def test_what_scourgify_cannot_parse_falls_back(typed, key):
    assert address_key(typed) == key


@pytest.mark.parametrize("typed", ["", "   ", None, "\x00\x01", "😀", "'; DROP TABLE parcels; --", "x" * 10_000, 42])
def test_nothing_usable_or_odd_input_never_raises(typed):
    key = address_key(typed)
    assert isinstance(key, str)
    assert len(key) <= 200


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_a_key_and_keys_are_stable(text):
    key = address_key(text)
    assert isinstance(key, str)
    assert address_key(key) == key


# --- the house-number shortcut gives exactly the parser's key -------------------------------------------

_WORDS = ["MAIN", "Oak", "north", "N", "SOUTH-WEST", "Route", "PO", "Box", "apt", "#", "Unit", "1/2", "&", "of", "CT",
          "Cary", "NC", "27513", "-", ",", ".", "12th", "1ST", "A", "UN", "ste", "HWY", "County", "Road", "(", ")",
          "\u00bd", "caf\u00e9", "9", "99", "999", "0", "00", "100", "street", "Avenue", "Ave", "Lane", "ln", "Drive",
          "Pkwy", "Circle", "Way", "Blvd", "Terrace", "Greymist", "Kendlewick"]


@settings(max_examples=400, deadline=None)
@given(number=st.one_of(st.integers(0, 99999).map(str), st.integers(0, 99).map(lambda n: f"0{n}"),
                        st.integers(1, 9).flatmap(lambda d: st.integers(1, 4).map(lambda z: f"{d}{'0' * z}"))),
       words=st.lists(st.sampled_from(_WORDS), max_size=6), spacing=st.sampled_from([" ", "  ", " \t"]))
def test_the_house_number_shortcut_equals_parsing_the_address_as_is(number, words, spacing):
    text = number + " " + spacing.join(words)
    assert address_key(text) == reference_key(text)


def test_a_repeated_street_is_parsed_once_per_number_shape():
    from kiosk.core.records.addresses import _stable_key

    before = _stable_key.cache_info().misses
    keys = [address_key(f"{n} Quillfeather Drive") for n in (3, 5, 7)]
    assert keys == ["3 QUILLFEATHER DR", "5 QUILLFEATHER DR", "7 QUILLFEATHER DR"]
    assert _stable_key.cache_info().misses - before == 1       # "9 QUILLFEATHER DRIVE", then cached


def cached_texts() -> set[str]:
    """Every text the address-key cache holds, read through the garbage collector (lru_cache keeps its
    entries in a dict it does not show)."""
    import gc

    from kiosk.core.records.addresses import _stable_key

    return {k for d in gc.get_referents(_stable_key) if isinstance(d, dict) and "__module__" not in d
            for k in d if isinstance(k, str)}


def test_a_query_is_keyed_without_the_cache():
    from kiosk.core.records.addresses import _stable_key

    marker = "Quillmarker"
    before = _stable_key.cache_info()

    assert query_key(f"12 {marker} Street") == f"12 {marker.upper()} ST" == reference_key(f"12 {marker} Street")
    assert query_key(f"12 {marker} Street Apt 3") == address_key(f"12 {marker} Street Apt 3")

    cache = _stable_key.cache_info()
    assert (cache.hits, cache.misses) == (before.hits, before.misses + 1)    # only the address_key above
    address_key("12 Other Street")
    assert not any("QUILLMARKER" in t and "APT" not in t for t in cached_texts())
    assert "99 OTHER STREET" in cached_texts()           # the inspection sees what is there


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_a_query_key_is_the_address_key(text):
    assert query_key(text) == address_key(text)


@pytest.mark.parametrize(("key", "order"), [
    ("12 MAIN ST", AddressOrder("MAIN ST", 12, "")),
    ("12A MAIN ST", AddressOrder("MAIN ST", 12, "A")),
    ("12 1/2 MAIN ST", AddressOrder("MAIN ST", 12, "000000001/000000002")),
    ("12-14 MAIN ST", AddressOrder("MAIN ST", 12, "-000000014")),
    ("12 MAIN ST APT 3", AddressOrder("MAIN ST", 12, " APT 000000003")),
    ("12 MAIN ST # 3", AddressOrder("MAIN ST", 12, " # 000000003")),
    ("5 N MAIN ST UNIT REAR", AddressOrder("N MAIN ST", 5, " UNIT REAR")),
    ("5 MAIN ST REAR", AddressOrder("MAIN ST", 5, " REAR")),
    ("12 OLD PIER RD", AddressOrder("OLD PIER RD", 12, "")),          # a designator word inside a street name
    ("12 MAIN ST BLDG 2 APT 3", AddressOrder("MAIN ST", 12, " BLDG 000000002 APT 000000003")),
    ("1 2ND ST", AddressOrder("000000002ND ST", 1, "")),
    ("10TH ST", AddressOrder("000000010TH ST", None, "")),            # a numbered street, no house number
    ("RTE 10", AddressOrder("RTE 000000010", None, "")),
    ("PO BOX 12", AddressOrder("PO BOX 000000012", None, "")),
    ("12", AddressOrder("000000012", None, "")),
])
def test_the_order_of_an_address(key, order):
    assert address_order(key) == order


def test_addresses_sort_by_street_then_number_then_unit():
    typed = ["1015 Main St", "2 Main St", "10 Main St Apt 10", "10 Main St", "1007 Main St", "10 Main St Apt 2",
             "2 Elm St", "10th Street", "10 2nd St", "Main St", "3 Main St Rear", "3A Main St", "3A Main St Apt 1"]
    def as_listed(key: str) -> tuple[str, int, str]:      # as kiosk.storage.records.parcel_order orders them
        order = address_order(key)
        return order.street, -1 if order.number is None else order.number, order.unit

    keys = sorted((address_key(t) for t in typed), key=as_listed)

    assert keys == ["10 2ND ST", "10TH ST", "2 ELM ST", "MAIN ST", "2 MAIN ST", "3 MAIN ST UNIT REAR", "3A MAIN ST",
                    "3A MAIN ST APT 1", "10 MAIN ST", "10 MAIN ST APT 2", "10 MAIN ST APT 10", "1007 MAIN ST", "1015 MAIN ST"]
    assert address_order("") is None and address_order(None) is None


@pytest.mark.skipif(not (_REAL := Path(__file__).resolve().parents[2].parent / "shared" / "realdata").is_dir(),
                    reason="the real municipal exports are not at ../shared/realdata")
def test_the_shortcut_equals_parsing_on_every_address_of_the_real_exports():
    from kiosk.importing.tabular import open_table

    files = [(_REAL / "cary-nc" / "cary_permits_fy2015.csv", "address"),
             (_REAL / "lyme-nh" / "lyme_parcels_vgsi_24Feb2022.csv", "Street Address"),
             (_REAL / "lyme-nh" / "lyme_zoning_permits_2016-2021_20Apr2021.xlsx", "Address")]
    for path, column in files:
        with open_table(path) as (header, rows):
            at = header.index(column)
            addresses = {values[at] for _line, values in rows if len(values) > at}
        assert len(addresses) > 200
        assert [a for a in addresses if address_key(a) != reference_key(a)] == [], path.name
