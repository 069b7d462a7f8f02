# SPDX-License-Identifier: Apache-2.0
"""Reference numbers: unique per submission, readable back as a person types them, and a
mistyped one never leads to someone else's submission."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.references import (
    is_valid,
    make_reference,
    normalise,
    parse_reference,
    prefix_for,
)

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
prefixes = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)
years = st.integers(2000, 2200)
numbers = st.integers(0, 10**9)


def test_a_reference_has_town_year_number_and_check_character():
    ref = make_reference("WES", 2026, 42)

    assert ref == "WES-2026-0000042-B"
    assert parse_reference(ref) == ("WES", 2026, 42)
    assert is_valid(ref)


def test_the_prefix_is_the_towns_first_three_letters():
    assert prefix_for("Westport") == "WES"
    assert prefix_for("Calabasas") == "CAL"
    assert prefix_for("Peñasco") == "PEN"
    with pytest.raises(ValueError):
        prefix_for("Ü1")


@pytest.mark.parametrize("typed", ["wes-2026-0000042-b", "WES 2026 0000042 B", "WES20260000042B", " wes 2026-0000042b ",
                                   "WES-2O26-OOOOO42-B", "WES-2026-0000042-B".replace("-", "\u2013"),
                                   "WES-2026-000OO42-B"])
def test_a_reference_is_read_back_as_people_type_it(typed):
    assert parse_reference(typed) == ("WES", 2026, 42)
    assert normalise(typed) == "WES-2026-0000042-B"


def test_letters_and_digits_that_look_alike_are_read_by_position():
    ref = make_reference("OIL", 2026, 101)            # letters O and I in the prefix, 0 and 1 in the number

    assert parse_reference(ref.replace("OIL", "01L").replace("0000101", "OOOOIOI")) == ("OIL", 2026, 101)
    assert parse_reference(ref.lower().replace("0000101", "oooolol")) == ("OIL", 2026, 101)


def test_a_check_character_typed_as_its_look_alike_is_refused():
    """Its alphabet has both O and 0: forgiving one for the other would let a second mistake through."""
    checked = 0
    for number in range(2000):
        ref = make_reference("WES", 2026, number)
        if ref[-1] in "O0I1":
            swapped = ref[:-1] + {"O": "0", "0": "O", "I": "1", "1": "I"}[ref[-1]]
            assert parse_reference(swapped) is None, ref
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("text", ["", "WES", "WES-2026-42-B", "WES-2026-0000042", "WES-2026-0000042-C",
                                  "12A-2026-0000042-B", "WES-2026-0000042-B-X", "WES-2026-00000é2-B", "\x00" * 20])
def test_what_is_not_a_reference_is_refused(text):
    assert parse_reference(text) is None
    assert not is_valid(text)
    assert normalise(text) is None


def test_make_reference_refuses_what_it_cannot_make():
    for args in (("WE", 2026, 1), ("wes", 2026, 1), ("WES", 26, 1), ("WES", 2026, -1)):
        with pytest.raises(ValueError):
            make_reference(*args)


@given(prefixes, years, numbers)
def test_every_reference_reads_back(prefix, year, number):
    ref = make_reference(prefix, year, number)
    assert parse_reference(ref) == (prefix, year, number)
    assert parse_reference(ref.lower().replace("-", " ")) == (prefix, year, number)


def _positions(ref: str) -> list[int]:
    return [i for i, c in enumerate(ref) if c != "-"]


@given(prefixes, years, numbers)
def test_every_single_substitution_is_caught(prefix, year, number):
    """A mistyped character is refused, or (a look-alike, forgiven) reads as the same reference."""
    ref = make_reference(prefix, year, number)
    for i in _positions(ref):
        for c in ALPHABET:
            if c == ref[i]:
                continue
            typed = ref[:i] + c + ref[i + 1:]
            assert parse_reference(typed) in (None, (prefix, year, number)), typed


@given(prefixes, years, numbers)
def test_every_swap_of_neighbours_is_caught(prefix, year, number):
    ref = make_reference(prefix, year, number)
    compact = ref.replace("-", "")
    for i in range(len(compact) - 1):
        if compact[i] == compact[i + 1]:
            continue
        typed = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2:]
        assert parse_reference(typed) in (None, (prefix, year, number)), typed


def test_substitutions_are_refused_not_just_forgiven():
    """The check character does the work: a wrong digit is refused outright."""
    ref = make_reference("WES", 2026, 42)
    wrong = [ref[:15] + d + ref[16:] for d in "013456789"]     # the last digit of the number, 2 -> d

    assert not any(is_valid(w) for w in wrong)


@given(st.text(max_size=60))
def test_arbitrary_text_never_crashes_the_parser(text):
    result = parse_reference(text)
    assert result is None or normalise(text) == make_reference(*result)
