# SPDX-License-Identifier: Apache-2.0
"""Address keys: USPS Pub 28 forms for what scourgify parses, a safe key for everything else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kiosk.core.addresses import address_key


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
