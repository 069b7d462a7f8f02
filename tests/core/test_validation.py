# SPDX-License-Identifier: Apache-2.0
"""What a resident types when registering: each check says which field is wrong and why, and none
raises on any text at all."""

from __future__ import annotations

import dataclasses
import time

import pytest

from kiosk.core.accounts import Contact, FieldError, Licence
from kiosk.core.validation import (
    US_STATES,
    check_contact,
    check_licences,
    clean_contact,
    normalise_answer,
    password_strength,
    username_key,
    username_skeleton,
    validate_contact,
    validate_licences,
    validate_password,
    validate_security,
    validate_username,
    warm_up,
)

QUESTIONS = ("What was the name of your first pet?", "In which town did you go to primary school?")
NASTY = ["", "   ", "a" * 10_000, "😀" * 40, "👩‍👩‍👧‍👦", "שלום", "مرحبا بالعالم", "\x00", "a\x00b", "\t\n\r",
         "<script>alert(1)</script>", "'; DROP TABLE accounts;--", "\ud800", "\u202eevil", "\u2028", "０６８８０",
         "ﷺ", "ǅ", "\ufeff", "x" * 300 + "@example.com", "+" + "1" * 300, "Ω" * 31]


# --- user names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["jsmith", "j.smith_2-b", "José.Núñez", "Сергей", "σοφία", "山田タロウ", "abc",
                                  "a" * 30, "  jsmith  ", "ｊｓｍｉｔｈ"])
def test_good_user_names(name):
    assert validate_username(name) is None


@pytest.mark.parametrize("name, error", [
    ("", FieldError.REQUIRED), ("    ", FieldError.REQUIRED), ("ab", FieldError.TOO_SHORT),
    ("  ab  ", FieldError.TOO_SHORT), ("a" * 31, FieldError.TOO_LONG), ("john smith", FieldError.BAD_CHARACTERS),
    ("john@home", FieldError.BAD_CHARACTERS), ("jo\x00hn", FieldError.BAD_CHARACTERS),
    ("jo\u200dhn", FieldError.BAD_CHARACTERS), ("<script>", FieldError.BAD_CHARACTERS),
    ("john😀", FieldError.BAD_CHARACTERS), ("\u202ejohn", FieldError.BAD_CHARACTERS),
    ("jоhn", FieldError.USERNAME_MIXED_SCRIPTS),           # Cyrillic о
    ("pаypal", FieldError.USERNAME_MIXED_SCRIPTS),         # Cyrillic а
    ("αdmin", FieldError.USERNAME_MIXED_SCRIPTS),          # Greek alpha
    ("abc١٢٣", FieldError.USERNAME_MIXED_SCRIPTS),         # Arabic-Indic digits
])
def test_refused_user_names(name, error):
    assert validate_username(name) is error


def test_user_name_keys_ignore_case_width_and_compatibility_forms():
    assert username_key("JOHN") == username_key("john") == username_key("ｊｏｈｎ") == username_key(" John ") == "john"
    assert username_key("STRASSE") == username_key("straße")
    assert username_key("ﬁona") == username_key("FIONA")            # the "fi" ligature
    assert username_key("jоhn") != username_key("john")             # look-alikes are refused, not merged


@pytest.mark.parametrize("first, second", [
    ("cope1855", "соре1855"),          # Cyrillic с о р е: one alphabet each, so not refused as a mix
    ("paypal", "раураl"),
    ("damian", "darnian"),             # rn
    ("bill1", "BILLL"),                # 1, l and I
    ("bob0", "BOBO"),                  # 0 and O, whatever the case
    ("Ωmega", "ωmega"),                # OHM SIGN, GREEK CAPITAL OMEGA, small omega
    ("jsmith", "ｊｓｍｉｔｈ"),
])
def test_names_that_look_alike_have_one_skeleton(first, second):
    assert username_skeleton(first) == username_skeleton(second)


@pytest.mark.parametrize("first, second", [("cope1855", "cope1856"), ("john", "joan"), ("anna", "ana"),
                                           ("müller", "muller")])
def test_names_that_differ_to_the_eye_have_different_skeletons(first, second):
    assert username_skeleton(first) != username_skeleton(second)


# --- passwords ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("password", ["canoe maple 42", "kdjf83hd", "Tr0ub4dor&3", "x7#Lq9!vB2@mW4$zR8^k"])
def test_good_passwords(password):
    assert validate_password(password, password, "jsmith") == {}


@pytest.mark.parametrize("password, error", [
    ("", FieldError.REQUIRED), ("k8#Lq9!", FieldError.TOO_SHORT), ("x7#Lq9!vB2@mW4$zR8^kY", FieldError.TOO_LONG),
    ("password", FieldError.PASSWORD_COMMON), ("password1", FieldError.PASSWORD_COMMON),
    ("12345678", FieldError.PASSWORD_COMMON), ("iloveyou1", FieldError.PASSWORD_COMMON),
    ("P@ssw0rd", FieldError.PASSWORD_COMMON), ("qwertyui", FieldError.PASSWORD_COMMON),
    ("abcdefgh", FieldError.PASSWORD_WEAK), ("aaaaaaaaaa", FieldError.PASSWORD_WEAK),
    ("xx JSmith 99 yy", FieldError.PASSWORD_HAS_USERNAME), ("canoe\x00maple", FieldError.BAD_CHARACTERS),
    ("canoe\nmaple 42", FieldError.BAD_CHARACTERS),
])
def test_refused_passwords(password, error):
    assert validate_password(password, password, "jsmith").get("password") is error


def test_the_limits_are_the_towns_8_to_20_characters():
    assert "password" not in validate_password("k8#Lq9!v", "k8#Lq9!v")
    assert "password" not in validate_password("x7#Lq9!vB2@mW4$zR8^k", "x7#Lq9!vB2@mW4$zR8^k")
    assert validate_password("ｋ８＃Ｌｑ９！", "ｋ８＃Ｌｑ９！")["password"] is FieldError.TOO_SHORT   # counted after NFKC


def test_the_password_must_be_typed_the_same_twice():
    assert validate_password("canoe maple 42", "canoe maple 43") == {"password_again": FieldError.PASSWORD_MISMATCH}
    assert validate_password("canoe maple 42", "") == {"password_again": FieldError.REQUIRED}
    assert validate_password("ｃａｎｏｅ maple 42", "canoe maple 42") == {}      # the same after NFKC


def test_the_strength_meter_grows_and_is_fast():
    password_strength("warm up", "")
    started = time.perf_counter()
    scores = [password_strength(p, "jsmith") for p in ("", "abc", "password1", "kdjf83hd", "canoe maple 42")]
    assert (time.perf_counter() - started) / 5 < 0.05
    assert scores[0] == 0 and scores[2] == 0 and scores[-1] == 4
    assert all(0 <= s <= 4 for s in scores)


# --- security question -------------------------------------------------------------------------------

def test_answers_are_normalised_for_case_spacing_and_unicode():
    assert normalise_answer("  Fluffy   the\tCAT ") == "fluffy the cat"
    assert normalise_answer("ＦＬＵＦＦＹ") == normalise_answer("fluffy")
    assert normalise_answer("Straße") == normalise_answer("STRASSE")
    assert normalise_answer("cafe\u0301") == normalise_answer("café")


def test_security_question_and_answer():
    assert validate_security(QUESTIONS[0], "Biscuit", QUESTIONS) == {}
    assert validate_security("", "Biscuit", QUESTIONS) == {"security_question": FieldError.REQUIRED}
    assert validate_security("Favourite colour?", "Biscuit", QUESTIONS) == {"security_question": FieldError.QUESTION_UNKNOWN}
    assert validate_security(QUESTIONS[0], "   ", QUESTIONS) == {"security_answer": FieldError.REQUIRED}
    assert validate_security(QUESTIONS[0], "a" * 101, QUESTIONS) == {"security_answer": FieldError.TOO_LONG}
    assert validate_security(QUESTIONS[0], "a  " * 49 + "ab", QUESTIONS) == {}          # 100 once spaces collapse
    assert validate_security(QUESTIONS[0], "Bis\x00cuit", QUESTIONS) == {"security_answer": FieldError.BAD_CHARACTERS}


# --- contact -----------------------------------------------------------------------------------------

GOOD = Contact(first_name="  Jane ", last_name="Smith", street="110  Myrtle Avenue", city="Westport", state="ct",
               zip_code="06880-1234", phone="(203) 341-1000", email="Jane.Smith@EXAMPLE.com")


def test_a_good_contact_is_stored_normalised():
    cleaned, errors = check_contact(GOOD, {"first_name", "last_name", "phone", "email"})

    assert errors == {}
    assert cleaned == Contact(first_name="Jane", last_name="Smith", street="110 Myrtle Avenue", city="Westport",
                              state="CT", zip_code="06880-1234", phone="+12033411000", email="Jane.Smith@example.com")
    assert clean_contact(GOOD) == cleaned


def test_only_the_towns_required_fields_are_required():
    empty = Contact()
    assert validate_contact(empty, ()) == {}
    assert validate_contact(empty, {"first_name", "email"}) == {"first_name": FieldError.REQUIRED,
                                                                "email": FieldError.REQUIRED}
    assert validate_contact(Contact(first_name="   "), {"first_name"}) == {"first_name": FieldError.REQUIRED}


@pytest.mark.parametrize("field, value, error", [
    ("first_name", "J" * 61, FieldError.TOO_LONG), ("street", "1" * 101, FieldError.TOO_LONG),
    ("city", "W" * 61, FieldError.TOO_LONG), ("last_name", "Smith\x00", FieldError.BAD_CHARACTERS),
    ("street", "110 Myrtle\nAvenue", FieldError.BAD_CHARACTERS), ("state", "XX", FieldError.STATE_UNKNOWN),
    ("state", "Connecticut", FieldError.STATE_UNKNOWN), ("zip_code", "0688", FieldError.ZIP_INVALID),
    ("zip_code", "06880-12", FieldError.ZIP_INVALID), ("zip_code", "ABCDE", FieldError.ZIP_INVALID),
    ("zip_code", "00000", FieldError.ZIP_INVALID), ("zip_code", "90210", FieldError.ZIP_NOT_IN_STATE),
    ("phone", "555-1234", FieldError.PHONE_INVALID), ("phone", "call me", FieldError.PHONE_INVALID),
    ("phone", "1" * 300, FieldError.PHONE_INVALID), ("email", "jane", FieldError.EMAIL_INVALID),
    ("email", "jane@localhost", FieldError.EMAIL_INVALID), ("email", "a" * 250 + "@example.com", FieldError.EMAIL_INVALID),
])
def test_refused_contact_values(field, value, error):
    assert validate_contact(dataclasses.replace(GOOD, **{field: value}), ()) == {field: error}


def test_zip_codes_belong_to_the_state_and_stand_alone_when_no_state_is_given():
    assert validate_contact(Contact(state="CA", zip_code="90210"), ()) == {}
    assert validate_contact(Contact(zip_code="90210"), ()) == {}
    assert validate_contact(Contact(state="PR", zip_code="00601"), ()) == {}
    assert check_contact(Contact(zip_code="068801234"), ())[0].zip_code == "06880-1234"
    assert validate_contact(Contact(state="XX", zip_code="90210"), ()) == {"state": FieldError.STATE_UNKNOWN}


def test_the_state_list_is_usps():
    assert len(US_STATES) == len(set(US_STATES)) == 50 + 1 + 5 + 3 + 3
    assert {"CT", "DC", "PR", "GU", "VI", "AS", "MP"} <= set(US_STATES)


def test_other_countries_phone_numbers_are_kept_in_e164():
    assert check_contact(Contact(phone="+44 20 7946 0958"), ())[0].phone == "+442079460958"


def test_warm_up_loads_the_tables():
    warm_up()
    started = time.perf_counter()
    assert validate_contact(Contact(state="CT", zip_code="06880"), ()) == {}
    assert username_skeleton("соре1855") == username_skeleton("cope1855")
    assert time.perf_counter() - started < 0.05


# --- licences ----------------------------------------------------------------------------------------

def test_licences_are_checked_and_cleaned():
    kinds = ("Electrician", "Plumber")
    cleaned, errors = check_licences([Licence("Plumber", " p1-123  456 ", "ct"), Licence("Electrician", "E1", "NY")], kinds)

    assert errors == {}
    assert cleaned == (Licence("Plumber", "P1-123 456", "CT"), Licence("Electrician", "E1", "NY"))


def test_refused_licences_name_their_row_and_part():
    errors = validate_licences([
        Licence("Plumber", "P1-123", "CT"), Licence("Plumber", "p1-123", "ct"),     # the same one twice
        Licence("Welder", "W1", "CT"), Licence("", "X", "CT"), Licence("Plumber", "", "CT"),
        Licence("Plumber", "A/B", "CT"), Licence("Plumber", "1" * 31, "CT"), Licence("Plumber", "P2", "ZZ"),
        Licence("Plumber", "P3\x00", "CT"),
    ], ("Plumber",))

    assert errors == {
        "licences.1.number": FieldError.DUPLICATE_LICENCE,
        "licences.2.kind": FieldError.LICENCE_TYPE_UNKNOWN, "licences.3.kind": FieldError.REQUIRED,
        "licences.4.number": FieldError.REQUIRED, "licences.5.number": FieldError.BAD_CHARACTERS,
        "licences.6.number": FieldError.TOO_LONG, "licences.7.state": FieldError.STATE_UNKNOWN,
        "licences.8.number": FieldError.BAD_CHARACTERS,
    }


def test_the_same_number_in_another_state_is_another_licence():
    assert validate_licences([Licence("Plumber", "P1", "CT"), Licence("Plumber", "P1", "NY")], ("Plumber",)) == {}


def test_no_licences_is_fine_and_too_many_is_refused():
    assert validate_licences([], ("Plumber",)) == {}
    many = [Licence("Plumber", f"P{i}", "CT") for i in range(21)]
    assert validate_licences(many, ("Plumber",)) == {"licences": FieldError.TOO_LONG}


# --- nothing raises ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", NASTY)
def test_no_check_raises_on_any_text(text):
    assert validate_username(text) is None or isinstance(validate_username(text), FieldError)
    username_key(text)
    username_skeleton(text)
    for errors in (validate_password(text, text, text), validate_password("canoe maple 42", text, text),
                   validate_security(text, text, QUESTIONS), validate_security(text, text, (text,)),
                   validate_licences([Licence(text, text, text)], (text,))):
        assert all(isinstance(e, FieldError) for e in errors.values())
    assert 0 <= password_strength(text, text) <= 4
    normalise_answer(text)
    for field in ("first_name", "last_name", "street", "city", "state", "zip_code", "phone", "email"):
        contact = dataclasses.replace(GOOD, **{field: text})
        cleaned, errors = check_contact(contact, {field})
        assert set(errors) <= {field}
        assert isinstance(cleaned, Contact)
