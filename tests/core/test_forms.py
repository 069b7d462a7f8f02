# SPDX-License-Identifier: Apache-2.0
"""Contact forms from the town pack: the shipped forms load, a broken form file is refused naming the
file and the key, and every kind of answer is cleaned or refused, whatever a resident types."""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from kiosk.core.forms import (
    CHOOSE_DEPARTMENT,
    Anonymous,
    FieldKind,
    FormCategory,
    FormError,
    FormFieldSpec,
    FormIssue,
    FormSpec,
    answers_for,
    load_forms,
    sender_from,
    service_code_for,
    validate_answers,
)
from kiosk.core.pack import PackError, TownPack, load_pack
from kiosk.core.submissions import Answer, Sender
from kiosk.paths import towns_dir

TODAY = dt.date(2026, 11, 20)
TOWNS = ("westport", "calabasas")


@pytest.fixture(scope="module", params=TOWNS)
def pack(request) -> TownPack:
    return load_pack(towns_dir() / request.param)


def form(pack: TownPack, form_id: str) -> FormSpec:
    return next(f for f in pack.forms if f.form_id == form_id)


def one_field(kind: FieldKind, required: bool = True, **extra) -> FormSpec:
    if kind is FieldKind.CHOICE:
        extra.setdefault("choices", ("Pothole", "Streetlight out"))
        extra.setdefault("choices_es", ("Bache", "Farola apagada"))
    spec = FormFieldSpec(field_id="answer", kind=kind, label="Answer", required=required, **extra)
    return FormSpec(form_id="test", version="1", title="Test", category=FormCategory.CONTACT,
                    department="clerk", fields=(spec,))


def check(kind: FieldKind, value: str, state: str = "CT", **extra) -> tuple[str, FormIssue | None]:
    cleaned, issues = validate_answers(one_field(kind, **extra), {"answer": value}, state, today=TODAY)
    return cleaned["answer"], issues.get("answer")


# --- the shipped forms ----------------------------------------------------------------------------

def test_each_town_ships_the_five_forms_in_menu_order(pack):
    assert [f.form_id for f in pack.forms] == ["contact", "question", "problem", "records", "feedback"]
    assert [f.category for f in pack.forms] == list(FormCategory)
    departments = {d.dept_id for d in pack.departments}
    for f in pack.forms:
        assert f.department in departments | {CHOOSE_DEPARTMENT}
        assert f.version and f.title and f.intro
    assert form(pack, "question").department == CHOOSE_DEPARTMENT
    assert form(pack, "records").department == "clerk"
    assert form(pack, "problem").department == "public_works"


def test_every_shipped_text_has_its_spanish(pack):
    for f in pack.forms:
        assert f.title_es and f.intro_es and f.title_for("es") == f.title_es
        for spec in f.fields:
            assert spec.label_es, f"{f.form_id}.{spec.field_id}"
            assert bool(spec.help) == bool(spec.help_es), f"{f.form_id}.{spec.field_id}"
            assert len(spec.choices_es) == len(spec.choices)


def test_the_shipped_forms_use_every_field_kind(pack):
    assert {spec.kind for f in pack.forms for spec in f.fields} == set(FieldKind)


def test_the_records_form_names_the_state_law(pack):
    law = {"westport": "Connecticut Freedom of Information Act", "calabasas": "California Public Records Act"}
    records = form(pack, "records")

    assert law[pack.pack_id] in records.intro
    assert records.anonymous is Anonymous.NOT_ALLOWED         # the clerk needs a way to answer...
    assert not next(f for f in records.fields if f.prefill == "name").required   # ...but not a name


def test_the_feedback_survey_is_anonymous_and_asks_nobody_who_they_are(pack):
    survey = form(pack, "feedback")

    assert survey.anonymous is Anonymous.ONLY
    assert not survey.sender_fields and not any(f.identifies for f in survey.fields)
    assert [f.kind for f in survey.fields][:2] == [FieldKind.RATING, FieldKind.YES_NO]
    assert not any(f.required for f in survey.fields if f.kind is FieldKind.LONG_TEXT)


def test_forms_that_can_reply_ask_for_a_way_to_reply(pack):
    for f in pack.forms:
        if f.anonymous is not Anonymous.ONLY:
            assert {"name", "email", "phone"} <= {s.prefill for s in f.sender_fields}, f.form_id
            assert all(s.identifies for s in f.sender_fields)


def test_a_problem_report_is_sent_with_the_chosen_problems_service_code(pack):
    problem = form(pack, "problem")
    raw = {"problem": "Farola apagada", "location": "Main Street at the library", "description": "Dark for a week now",
           "email": "resident@example.com"}

    cleaned, issues = validate_answers(problem, raw, pack.state, today=TODAY)

    assert issues == {}
    assert cleaned["problem"] == "Streetlight out"            # chosen in Spanish, stored in English
    assert service_code_for(problem, cleaned) == "streetlight"
    assert service_code_for(problem, {}) == problem.open311_service_code == "other"
    assert [f.kind for f in problem.fields if f.field_id == "location"] == [FieldKind.ADDRESS]


# --- answers, sender and anonymity ------------------------------------------------------------------

def test_a_contact_message_becomes_answers_and_a_sender(pack):
    contact = form(pack, "contact")
    raw = {"subject": "  Beach   passes ", "message": "When do the\r\nbeach passes go on sale?",
           "name": "Ana  Ruiz", "email": "Ana.Ruiz@Example.COM", "phone": "(203) 555-0143", "extra": "ignored"}

    cleaned, issues = validate_answers(contact, raw, pack.state, today=TODAY)

    assert issues == {}
    assert answers_for(contact, cleaned) == (
        Answer("subject", "Subject", "Beach passes"),
        Answer("message", "Your message", "When do the\nbeach passes go on sale?"),
    )
    assert sender_from(contact, cleaned) == Sender(name="Ana Ruiz", email="Ana.Ruiz@example.com", phone="+12035550143")


def test_an_anonymous_resident_is_not_asked_and_not_kept(pack):
    contact = form(pack, "contact")
    raw = {"subject": "Noise", "message": "Leaf blowers at 6 am every day", "name": "Ana Ruiz", "email": "not checked"}

    cleaned, issues = validate_answers(contact, raw, pack.state, anonymous=True, today=TODAY)

    assert issues == {}
    assert set(cleaned) == {"subject", "message"}
    assert [f.field_id for f in contact.fields_for(anonymous=True)] == ["subject", "message"]
    assert sender_from(contact, cleaned) is None


def test_a_form_that_must_reply_cannot_be_sent_anonymously(pack):
    with pytest.raises(ValueError, match="records"):
        validate_answers(form(pack, "records"), {}, pack.state, anonymous=True)


def test_a_survey_is_anonymous_even_if_the_screen_forgets_to_say_so(pack):
    survey = form(pack, "feedback")

    cleaned, issues = validate_answers(survey, {"ease": "４", "found": "YES"}, pack.state, today=TODAY)

    assert issues == {}
    assert cleaned == {"ease": "4", "found": "yes", "comment": ""}
    assert sender_from(survey, cleaned) is None


def test_without_e_mail_or_phone_the_resident_is_asked_for_one_or_to_stay_anonymous(pack):
    question = form(pack, "question")
    raw = {"question": "Is the transfer station open on holidays?", "name": "Ana Ruiz"}

    _cleaned, issues = validate_answers(question, raw, pack.state, today=TODAY)
    assert issues == {"email": FormIssue.REPLY_NEEDED, "phone": FormIssue.REPLY_NEEDED}

    _cleaned, issues = validate_answers(question, {**raw, "phone": "818 555 0199"}, pack.state, today=TODAY)
    assert issues == {}
    _cleaned, issues = validate_answers(question, {**raw, "email": "ana@"}, pack.state, today=TODAY)
    assert issues == {"email": FormIssue.EMAIL_INVALID}        # the real problem, not "give one"


def test_every_problem_is_reported_at_once_and_the_other_answers_kept(pack):
    problem = form(pack, "problem")
    raw = {"problem": "Sinkhole", "location": "", "description": "short", "email": "ana@example.com",
           "phone": "12"}

    cleaned, issues = validate_answers(problem, raw, pack.state, today=TODAY)

    assert issues == {"problem": FormIssue.CHOICE_UNKNOWN, "location": FormIssue.REQUIRED,
                      "description": FormIssue.TOO_SHORT, "phone": FormIssue.PHONE_INVALID}
    assert cleaned["email"] == "ana@example.com" and cleaned["description"] == "short"


def test_first_and_last_name_prefills_make_one_sender_name():
    fields = (FormFieldSpec("first", FieldKind.TEXT, "First name", prefill="first_name", identifies=True),
              FormFieldSpec("last", FieldKind.TEXT, "Last name", prefill="last_name", identifies=True),
              FormFieldSpec("street", FieldKind.ADDRESS, "Street", prefill="street", identifies=True))
    spec = FormSpec("f", "1", "F", FormCategory.CONTACT, "clerk", fields)

    cleaned, issues = validate_answers(spec, {"first": "Ana", "last": "Ruiz", "street": "1 Elm St"}, "CT")

    assert issues == {}
    assert sender_from(spec, cleaned) == Sender(name="Ana Ruiz")
    assert answers_for(spec, cleaned) == (Answer("street", "Street", "1 Elm St"),)


def test_a_screen_in_spanish_falls_back_to_english_where_a_text_is_missing():
    spec = FormFieldSpec("a", FieldKind.CHOICE, "Colour", label_es="Color", choices=("Red", "Blue"), help="Pick one")

    assert spec.label_for("es") == "Color" and spec.label_for("en") == "Colour"
    assert spec.help_for("es") == "Pick one"
    assert spec.choices_for("es") == ("Red", "Blue")


# --- each field kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, cleaned, issue", [
    ("  Beach   passes  ", "Beach passes", None),
    ("Ｍｕñｏｚ", "Muñoz", None),                                  # full-width letters, NFKC
    ("", "", FormIssue.REQUIRED),
    ("   ", "", FormIssue.REQUIRED),
    ("x" * 200, "x" * 200, None),
    ("x" * 201, "x" * 201, FormIssue.TOO_LONG),
    ("a\x00b", "", FormIssue.BAD_CHARACTERS),
    ("two\nlines", "", FormIssue.BAD_CHARACTERS),
    ("\u202eevil", "", FormIssue.BAD_CHARACTERS),
    ("\ud800", "", FormIssue.BAD_CHARACTERS),
    ("😀🏛️ <script>alert(1)</script>", "😀🏛️ <script>alert(1)</script>", None),
])
def test_text(value, cleaned, issue):
    assert check(FieldKind.TEXT, value) == (cleaned, issue)


def test_text_limits_are_the_forms():
    assert check(FieldKind.TEXT, "abc", min_length=5)[1] is FormIssue.TOO_SHORT
    assert check(FieldKind.TEXT, "abcdef", max_length=5)[1] is FormIssue.TOO_LONG
    assert check(FieldKind.TEXT, "", required=False) == ("", None)
    assert check(FieldKind.TEXT, "ab", required=False, min_length=5)[1] is FormIssue.TOO_SHORT


def test_long_text_keeps_its_lines():
    text = "First line\r\n\r\n\r\n\r\nSecond\tline   here  \rThird\n"

    assert check(FieldKind.LONG_TEXT, text) == ("First line\n\nSecond line here\nThird", None)
    assert check(FieldKind.LONG_TEXT, "x" * 4000)[1] is None
    assert check(FieldKind.LONG_TEXT, "x" * 4001)[1] is FormIssue.TOO_LONG
    assert check(FieldKind.LONG_TEXT, "bell\x07")[1] is FormIssue.BAD_CHARACTERS
    assert check(FieldKind.LONG_TEXT, "a\u2028b")[1] is FormIssue.BAD_CHARACTERS


@pytest.mark.parametrize("value, cleaned, issue", [
    (" Ana.Ruiz@Example.COM ", "Ana.Ruiz@example.com", None),
    ("ana@example", "ana@example", FormIssue.EMAIL_INVALID),
    ("ana at example.com", "ana at example.com", FormIssue.EMAIL_INVALID),
    ("a" * 250 + "@example.com", None, FormIssue.EMAIL_INVALID),
    ("ana@exa\x00mple.com", "", FormIssue.BAD_CHARACTERS),
])
def test_email(value, cleaned, issue):
    got, got_issue = check(FieldKind.EMAIL, value)
    assert got_issue is issue
    if cleaned is not None:
        assert got == cleaned


@pytest.mark.parametrize("value, cleaned, issue", [
    ("(203) 555-0143", "+12035550143", None),
    ("818.555.0199", "+18185550199", None),
    ("+44 20 7946 0958", "+442079460958", None),
    ("555-0143", "555-0143", FormIssue.PHONE_INVALID),
    ("call me", "call me", FormIssue.PHONE_INVALID),
])
def test_phone(value, cleaned, issue):
    assert check(FieldKind.PHONE, value) == (cleaned, issue)


@pytest.mark.parametrize("value, cleaned, issue", [
    ("03/15/2024", "2024-03-15", None),
    ("3/5/2024", "2024-03-05", None),
    ("2024-03-15", "2024-03-15", None),
    ("02/29/2024", "2024-02-29", None),                          # a leap year
    ("02/29/2023", "02/29/2023", FormIssue.DATE_INVALID),
    ("02/30/2024", "02/30/2024", FormIssue.DATE_INVALID),
    ("13/01/2024", "13/01/2024", FormIssue.DATE_INVALID),        # day and month the European way round
    ("15.03.2024", "15.03.2024", FormIssue.DATE_INVALID),
    ("yesterday", "yesterday", FormIssue.DATE_INVALID),
    ("٠٣/١٥/٢٠٢٤", "٠٣/١٥/٢٠٢٤", FormIssue.DATE_INVALID),     # only digits 0-9
    ("1926-11-20", "1926-11-20", None),
    ("1925-11-20", "1925-11-20", FormIssue.DATE_OUT_OF_RANGE),
    ("2127-01-01", "2127-01-01", FormIssue.DATE_OUT_OF_RANGE),
])
def test_date(value, cleaned, issue):
    assert check(FieldKind.DATE, value) == (cleaned, issue)


@pytest.mark.parametrize("value, cleaned, issue", [
    ("1", "1", None), (" 5 ", "5", None), ("３", "3", None),
    ("0", "0", FormIssue.RATING_INVALID), ("6", "6", FormIssue.RATING_INVALID),
    ("3.5", "3.5", FormIssue.RATING_INVALID), ("٣", "٣", FormIssue.RATING_INVALID),
    ("five", "five", FormIssue.RATING_INVALID),
])
def test_rating(value, cleaned, issue):
    assert check(FieldKind.RATING, value) == (cleaned, issue)


@pytest.mark.parametrize("value, cleaned, issue", [
    ("yes", "yes", None), ("No", "no", None), ("YES", "yes", None),
    ("maybe", "maybe", FormIssue.CHOICE_UNKNOWN), ("sí", "sí", FormIssue.CHOICE_UNKNOWN),
])
def test_yes_no(value, cleaned, issue):
    assert check(FieldKind.YES_NO, value) == (cleaned, issue)


@pytest.mark.parametrize("value, cleaned, issue", [
    ("Pothole", "Pothole", None),
    (" Streetlight   out ", "Streetlight out", None),
    ("Bache", "Pothole", None),                                   # the Spanish choice stores the English one
    ("pothole", "pothole", FormIssue.CHOICE_UNKNOWN),
    ("Sinkhole", "Sinkhole", FormIssue.CHOICE_UNKNOWN),
])
def test_choice(value, cleaned, issue):
    assert check(FieldKind.CHOICE, value) == (cleaned, issue)


@pytest.mark.parametrize("value, state, issue", [
    ("Main Street at the Saugatuck River bridge", "CT", None),
    ("110 Myrtle Ave, Westport, CT 06880", "CT", None),
    ("110 Myrtle Ave, Westport, CT 06880-1234", "CT", None),
    ("100 Civic Center Way, Calabasas, CA 91302", "CA", None),
    ("100 Civic Center Way, Calabasas, CA 91302", "CT", FormIssue.ADDRESS_NOT_IN_STATE),
    ("110 Myrtle Ave, Westport, CT 91302", "CT", FormIssue.ADDRESS_NOT_IN_STATE),     # a California ZIP
    ("110 Myrtle Ave, Westport, CT 00000", "CT", FormIssue.ZIP_INVALID),
    ("1 Oak Ln 91302", "CT", None),                               # no state named: nothing to compare
    ("x" * 201, "CT", FormIssue.TOO_LONG),
])
def test_address(value, state, issue):
    assert check(FieldKind.ADDRESS, value, state)[1] is issue


# --- arbitrary text, every kind -------------------------------------------------------------------

NASTY = ["", "   ", "a" * 200_000, " " * 200_000 + "a", "\n" * 50_000, "😀🏛️👩‍👩‍👧‍👦", "שלום", "مرحبا",
         "\x00", "a\x00b", "<script>alert(1)</script>", "'; DROP TABLE submissions;--", "\ud800", "\u202eevil",
         "\t\r\n", "％００", "ﷺ" * 300, "1", "yes", "Bache", "03/15/2024", "+1 203 555 0143", "a@b.co",
         "x, CT 06880", "e\u0301" * 3000]
# Every Unicode category, lone surrogates included (st.text() leaves those out by default).
any_text = st.text(st.characters(exclude_categories=()), max_size=300) | st.sampled_from(NASTY)
SHAPES: dict[FieldKind, Callable[[str], bool]] = {
    FieldKind.EMAIL: lambda v: "@" in v,
    FieldKind.PHONE: lambda v: re.fullmatch(r"\+[0-9]{6,15}", v) is not None,
    FieldKind.DATE: lambda v: dt.date.fromisoformat(v).isoformat() == v,
    FieldKind.RATING: lambda v: v in "12345" and len(v) == 1,
    FieldKind.YES_NO: lambda v: v in ("yes", "no"),
    FieldKind.CHOICE: lambda v: v in ("Pothole", "Streetlight out"),
}


@pytest.mark.parametrize("kind", list(FieldKind))
@settings(max_examples=150, deadline=None)
@given(value=any_text, required=st.booleans())
@example(value="\x00", required=True)
@example(value="a" * 1_000_000, required=False)
def test_arbitrary_text_never_crashes_and_is_kept_only_within_limits(kind, value, required):
    spec = one_field(kind, required)

    cleaned, issues = validate_answers(spec, {"answer": value}, "CT", today=TODAY)

    assert set(issues) <= {"answer"} and all(isinstance(i, FormIssue) for i in issues.values())
    if issues:
        return                                                    # nothing may be stored
    answer = cleaned["answer"]
    field = spec.fields[0]
    assert len(answer) <= field.max_length
    assert not any(ord(ch) < 32 and ch != "\n" for ch in answer)
    assert answer == answer.strip()
    if not answer:
        assert not required
    elif kind in SHAPES:
        assert SHAPES[kind](answer), answer
    elif kind is not FieldKind.LONG_TEXT:
        assert "\n" not in answer
    if kind is FieldKind.TEXT or kind is FieldKind.LONG_TEXT:
        assert len(answer) >= field.min_length


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_arbitrary_answers_to_a_shipped_form_are_all_kept_or_none_is(data):
    pack = _shipped(data.draw(st.sampled_from(TOWNS)))
    spec = data.draw(st.sampled_from(pack.forms))
    # Mostly good answers, so that whole forms get through too, and arbitrary text in some fields.
    raw = {f.field_id: data.draw(st.sampled_from([_good(f)] * 4 + [""]) | any_text, label=f.field_id)
           for f in spec.fields}
    anonymous = spec.anonymous is not Anonymous.NOT_ALLOWED and data.draw(st.booleans(), label="anonymous")

    cleaned, issues = validate_answers(spec, raw, pack.state, anonymous=anonymous, today=TODAY)

    event("refused" if issues else "kept")
    if issues:
        return
    shown = spec.fields_for(anonymous)
    assert set(cleaned) == {f.field_id for f in shown}
    assert all(cleaned[f.field_id] for f in shown if f.required)
    answers = answers_for(spec, cleaned)
    assert all(len(a.value) <= next(f.max_length for f in shown if f.field_id == a.field_id) for a in answers)
    if anonymous:
        assert sender_from(spec, cleaned) is None


@functools.cache
def _shipped(town: str) -> TownPack:
    return load_pack(towns_dir() / town)

GOOD = {FieldKind.TEXT: "Beach passes", FieldKind.LONG_TEXT: "When do the beach passes go on sale?",
        FieldKind.EMAIL: "ana@example.com", FieldKind.PHONE: "(203) 555-0143", FieldKind.DATE: "03/15/2024",
        FieldKind.ADDRESS: "Main Street at the library", FieldKind.RATING: "4", FieldKind.YES_NO: "no"}


def _good(spec: FormFieldSpec) -> str:
    return spec.choices[-1] if spec.kind is FieldKind.CHOICE else GOOD[spec.kind]


# --- broken form files ----------------------------------------------------------------------------

def _edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _in(file: str, old: str, new: str) -> Callable[[Path], Path]:
    return lambda forms: _edit(forms / file, old, new)


def _cut(file: str, pattern: str) -> Callable[[Path], Path]:
    def breaker(forms: Path) -> Path:
        path = forms / file
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(pattern, "", text), encoding="utf-8")
        return path
    return breaker


def _copy_as(source: str, name: str) -> Callable[[Path], Path]:
    def breaker(forms: Path) -> Path:
        shutil.copy(forms / source, forms / name)
        return forms / (max(source, name))                        # the later file in name order is refused
    return breaker


# name -> (break a copy of Westport's forms/ and return the file the message must name, words it must hold)
BREAKAGES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "invalid TOML": (_in("contact.toml", 'title = "Contact us"', 'title = "Contact us'), "cannot be read"),
    "unknown top-level key": (_in("contact.toml", 'order = 10', 'order = 10\ncolour = "red"'),
                              "unknown key(s) colour; allowed: id, version"),
    "unknown field key": (_in("contact.toml", 'label = "Subject"', 'labl = "Subject"'),
                          "unknown key(s) labl in fields[0]"),
    "missing id": (_in("contact.toml", 'id = "contact"\n', ""), "'id' is missing"),
    "bad form id": (_in("contact.toml", 'id = "contact"', 'id = "Contact us"'), "'id' must be a form id"),
    "version as a number": (_in("contact.toml", 'version = "1"', "version = 1"), "'version' must be a version in quotes"),
    "unknown category": (_in("contact.toml", 'category = "contact"', 'category = "complaint"'),
                         "'category' is 'complaint'; must be one of: contact, department"),
    "unknown anonymous": (_in("contact.toml", 'anonymous = "allowed"', 'anonymous = "yes"'),
                          "'anonymous' is 'yes'; must be one of: allowed, not_allowed, only"),
    "unknown department": (_in("contact.toml", 'department = "selectmen"', 'department = "mayor"'),
                           "'department' is 'mayor', which is not a department of the pack"),
    "order as text": (_in("contact.toml", "order = 10", 'order = "10"'), "'order' must be a whole number"),
    "empty title": (_in("contact.toml", 'title = "Contact us"', 'title = " "'), "'title' must not be empty"),
    "no fields": (_cut("feedback.toml", r"\[\[fields\]\][\s\S]*"), "'fields' is missing"),
    "duplicate field ids": (_in("contact.toml", 'id = "message"', 'id = "subject"'),
                            "'fields[1].id' 'subject' is already used by fields[0]"),
    "missing kind": (_in("contact.toml", 'kind = "text"\nlabel = "Subject"', 'label = "Subject"'),
                     "'fields[0].kind' is missing"),
    "unknown kind": (_in("contact.toml", 'kind = "long_text"', 'kind = "essay"'),
                     "'fields[1].kind' is 'essay'; must be one of: text, long_text, choice"),
    "choice without choices": (_cut("problem.toml", r"(?m)^(choices|choices_es|service_codes) = .*\n"),
                               "'fields[0].choices' must list at least two choices"),
    "one choice": (_in("records.toml", '"Electronic copies by e-mail", "Paper copies", "Inspect them at Town Hall"',
                       '"Paper copies"'), "'fields[3].choices' must list at least two choices"),
    "choices on a text field": (_in("contact.toml", 'max_length = 120\n\n[[fields]]\nid = "message"',
                                    'choices = ["a", "b"]\n\n[[fields]]\nid = "message"'),
                                "'fields[0].choices' applies only to choice fields"),
    "Spanish choices missing one": (_in("problem.toml", '"Bache", ', ""),
                                    "'fields[0].choices_es' must have one entry per choice (7)"),
    "duplicate choice": (_in("problem.toml", '"Streetlight out"', '"Pothole"'), "'fields[0].choices' lists the same text twice"),
    "unknown prefill": (_in("contact.toml", 'prefill = "name"', 'prefill = "full_name"'),
                        "'fields[2].prefill' is 'full_name'; must be one of: name, first_name"),
    "prefill of the wrong kind": (_in("contact.toml", 'prefill = "phone"', 'prefill = "email"'),
                                  "'fields[4].prefill' 'email' fills a field of kind email, not phone"),
    "prefill twice": (_in("contact.toml", 'label = "Subject"', 'label = "Subject"\nprefill = "name"'),
                      "'fields[2].prefill' 'name' is already used by fields[0]"),
    "prefilled but not identifying": (_in("contact.toml", 'prefill = "name"', 'prefill = "name"\nidentifies = false'),
                                      "'fields[2].identifies' must be true"),
    "limit out of range": (_in("contact.toml", "max_length = 4000", "max_length = 40000"),
                           "'fields[1].max_length' must be a whole number from 1 to 10000"),
    "minimum above maximum": (_in("contact.toml", "min_length = 10", "min_length = 5000"),
                              "'fields[1].min_length' must be a whole number from 0 to 4000"),
    "limit as true": (_in("contact.toml", "max_length = 120", "max_length = true"),
                      "'fields[0].max_length' must be a whole number"),
    "limit on an e-mail field": (_in("contact.toml", 'prefill = "email"', 'prefill = "email"\nmax_length = 80'),
                                 "'fields[3].max_length' applies only to text, long_text and address fields"),
    "required as text": (_in("contact.toml", "required = true", 'required = "yes"'),
                         "'fields[0].required' must be true or false"),
    "label with a control character": (_in("contact.toml", 'label = "Subject"', 'label = "Sub\\u0000ject"'),
                                       "'fields[0].label' contains control characters"),
    "identifying field in an anonymous survey": (
        _in("feedback.toml", 'label = "Did you find what you came for?"',
            'label = "Did you find what you came for?"\nidentifies = true'),
        "'anonymous' is \"only\", so no field may identify the resident: fields[1] ('found')"),
    "bad service code": (_in("problem.toml", 'open311_service_code = "other"', 'open311_service_code = "a b"'),
                         "'open311_service_code' must be a service code"),
    "service codes missing one": (_in("problem.toml", '"pothole", ', ""), "'fields[0].service_codes' must have one entry"),
    "duplicate form id": (_copy_as("contact.toml", "contact2.toml"), "'id' 'contact' is already the id of contact.toml"),
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_form_file_is_refused_naming_the_file_and_the_key(tmp_path, breakage):
    breaker, words = breakage
    pack = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", pack)
    culprit = breaker(pack / "forms")

    with pytest.raises(PackError) as caught:
        load_pack(pack)

    message = str(caught.value)
    assert message.startswith(f"{culprit}: "), message
    assert words in message


def test_load_forms_reads_a_folder_and_raises_form_error(tmp_path):
    assert load_forms(tmp_path / "forms", {"clerk"}) == ()
    (tmp_path / "forms").mkdir()
    assert load_forms(tmp_path / "forms", {"clerk"}) == ()

    (tmp_path / "forms" / "b.toml").write_text(
        'id = "b"\nversion = "2026-11"\ncategory = "records"\ndepartment = "clerk"\nanonymous = "only"\n'
        'title = "B"\norder = 2\n\n[[fields]]\nid = "when"\nkind = "date"\nlabel = "When"\n', encoding="utf-8")
    (tmp_path / "forms" / "a.toml").write_text(
        'id = "a"\nversion = "1"\ncategory = "feedback"\ndepartment = "choose"\nanonymous = "allowed"\n'
        'title = "A"\norder = 5\n\n[[fields]]\nid = "stars"\nkind = "rating"\nlabel = "Stars"\nrequired = true\n',
        encoding="utf-8")
    (tmp_path / "forms" / "notes.txt").write_text("not a form", encoding="utf-8")

    forms = load_forms(tmp_path / "forms", {"clerk"})

    assert [f.form_id for f in forms] == ["b", "a"]                # menu order, not file order
    assert forms[0].version == "2026-11" and forms[0].fields[0].max_length == 10
    assert forms[1].department == CHOOSE_DEPARTMENT and forms[1].open311_service_code is None
    with pytest.raises(FormError, match=r"b\.toml: 'department' is 'clerk', which is not"):
        load_forms(tmp_path / "forms", {"tax"})
