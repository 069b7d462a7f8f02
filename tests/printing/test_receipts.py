# SPDX-License-Identifier: Apache-2.0
"""Account receipts and account copies, read back with pypdf (and poppler's word boxes where it is installed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from kiosk.core.accounts import Acceptance, AccountView, Contact, Licence, Registration
from kiosk.printing import receipts
from kiosk.printing.layout import LETTER_PAGE, ROLL_80MM
from kiosk.printing.receipts import (
    KEEP_PRIVATE,
    NEVER_ASK,
    PUBLIC_RECORD,
    AccountCopy,
    AccountReceipt,
    render_account_copy,
    render_account_receipt,
)

TOWN_ZONE = "America/New_York"
WHEN = dt.datetime(2024, 5, 1, 18, 3, tzinfo=dt.UTC)             # 2:03 PM in Westport (EDT)
ACCEPTED = dt.datetime(2024, 5, 1, 14, 2, tzinfo=ZoneInfo("Europe/Paris"))  # 8:02 AM in Westport
FRONT_DESK = "Town Clerk's office, Town Hall room 105, 203-341-1110, Mon\u2013Fri 8:30\u20134:30"
WEBSITE = "https://www.westportct.gov"
PAGES = pytest.mark.parametrize("page", [ROLL_80MM, LETTER_PAGE], ids=["roll", "letter"])

# Everything a registration carries besides the user name, each value unique enough to search for.
PASSWORD = "Plum-Gazebo-4417"
QUESTION = "What was the name of your first pet?"
ANSWER = "Whiskerton Fluffbottom"
CONTACT = Contact(first_name="Marguerite", last_name="Quillfeather", street="77 Juniper Hollow Road",
                  city="Saugatuck", state="CT", zip_code="06880", phone="+12035550187",
                  email="m.quillfeather@example.org")
PHONE_FORMS = ("+12035550187", "2035550187", "555-0187", "5550187")
LICENCES = (Licence("Electrician", "E1-0123456", "CT"), Licence("Home improvement contractor", "HIC.0654321", "NY"))


def registration(username: str = "mquill") -> Registration:
    return Registration(username, PASSWORD, PASSWORD, QUESTION, ANSWER, CONTACT, LICENCES)


def view_of(reg: Registration) -> AccountView:
    """The account as the service hands it back after registering ``reg``."""
    return AccountView(account_id=7, username=reg.username, contact=reg.contact, licences=reg.licences,
                       security_question=reg.security_question, created_at=WHEN,
                       terms=Acceptance("terms", "3.0", "ab" * 32, ACCEPTED, "lobby-2"))


def receipt(username: str = "mquill", page=ROLL_80MM, **changes) -> AccountReceipt:
    r = AccountReceipt.from_view(view_of(registration(username)), town_name="Westport", town_state="CT",
                                 kiosk_id="lobby-1", front_desk=FRONT_DESK, website=WEBSITE,
                                 terms_title="Terms & Conditions", timezone=TOWN_ZONE, page=page)
    return dataclasses.replace(r, **changes)


def copy(username: str = "mquill", page=LETTER_PAGE, **changes) -> AccountCopy:
    c = AccountCopy.from_view(view_of(registration(username)), town_name="Westport", town_state="CT",
                              terms_title="Terms & Conditions", printed_at=WHEN, kiosk_id="lobby-1",
                              timezone=TOWN_ZONE, page=page)
    return dataclasses.replace(c, **changes)


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def flat(pdf: bytes) -> str:
    """All pages' text with runs of white space as one space."""
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in read(pdf).pages))


def squeezed(pdf: bytes) -> str:
    """All text with no white space at all, so a value wrapped over lines is still found."""
    return re.sub(r"\s+", "", flat(pdf))


@pytest.fixture(params=["dejavu", "helvetica"])
def font(request, monkeypatch) -> str:
    """Runs a test with the embedded DejaVu Sans and again with the built-in Helvetica fallback."""
    if request.param == "helvetica":
        monkeypatch.setattr(receipts, "_fonts_cache", receipts._HELVETICA)
    elif receipts.prepare_fonts() != "KioskSans":
        pytest.skip("DejaVu Sans is not installed here")
    return request.param


# --- the receipt -------------------------------------------------------------------------------------

@PAGES
def test_receipt_says_what_was_done_and_what_to_do_next(page):
    pdf = render_account_receipt(receipt(page=page))
    text = flat(pdf)
    for expected in ("Westport, CT", "Account created", "Your account is ready", "User name", "mquill",
                     "May 1, 2024, 2:03 PM", "Terms & Conditions, version 3.0",
                     "Printed May 1, 2024, 2:03 PM at kiosk lobby-1", "Page 1 of 1", "What to do next",
                     "Sign in at any Westport kiosk", "with your user name and password",
                     "Forgot your password? Touch Forgot password at the kiosk and answer your security question",
                     "ask the front desk", "Keep this receipt.", NEVER_ASK):
        assert expected in text, expected
    squeezed_text = squeezed(pdf)
    assert re.sub(r"\s+", "", FRONT_DESK) in squeezed_text and WEBSITE in squeezed_text
    assert read(pdf).metadata.title == "Account created"


def test_receipt_without_a_website_still_points_to_the_portal():
    text = flat(render_account_receipt(receipt(website="", front_desk="")))
    assert "on the town's online portal with your user name and password" in text
    assert "or ask the front desk." in text


@PAGES
def test_receipt_prints_nothing_personal_but_the_user_name(page):
    pdf = render_account_receipt(receipt(page=page))
    reader = read(pdf)
    text, squeezed_text = flat(pdf).casefold(), squeezed(pdf).casefold()
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values()).casefold()
    secrets = (PASSWORD, QUESTION, ANSWER, CONTACT.first_name, CONTACT.last_name, CONTACT.street, CONTACT.city,
               CONTACT.zip_code, CONTACT.email, *PHONE_FORMS, *(lic.number for lic in LICENCES))
    for secret in secrets:
        needle = secret.casefold()
        assert needle not in text and re.sub(r"\s+", "", needle) not in squeezed_text, secret
        assert needle not in metadata, secret
        assert needle.encode() not in pdf.lower(), secret
    assert "security question" in text            # named only in the advice, never its words
    assert "password" in text and "mquill" in text


def test_receipt_roll_is_80_mm_wide_and_no_longer_than_its_content():
    reader = read(render_account_receipt(receipt(page=ROLL_80MM)))
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * mm, abs=0.01) == pytest.approx(226.77, abs=0.01)
    assert len(reader.pages) == 1
    assert float(box.height) < ROLL_80MM.size[1]       # the printer cuts below the receipt, not 10 cm on


def test_letter_receipt_is_a_letter_page():
    reader = read(render_account_receipt(receipt(page=LETTER_PAGE)))
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [612, 792]


def test_long_user_name_wraps_on_the_roll():
    name = "Bartholomew.Featherstonehaugh-Cholmondeley.of.Greens.Farms.Road.1999"
    pdf = render_account_receipt(receipt(name, page=ROLL_80MM))
    lines = [line.strip() for line in read(pdf).pages[0].extract_text().splitlines()]
    assert name not in lines                       # not on one line (it would run off the paper) ...
    assert name in squeezed(pdf)                   # ... yet all there, over several
    assert len(read(pdf).pages) == 1


def test_same_receipt_gives_same_bytes():
    assert render_account_receipt(receipt()) == render_account_receipt(receipt())
    assert render_account_copy(copy()) == render_account_copy(copy())


# --- the copy ----------------------------------------------------------------------------------------

@PAGES
def test_copy_holds_what_the_town_holds(page):
    pdf = render_account_copy(copy(page=page))
    text = flat(pdf)
    squeezed_text = squeezed(pdf)
    for expected in ("Westport, CT", "Your account", "printed at your request", "mquill",
                     "Account opened", "May 1, 2024, 2:03 PM",
                     "Contact details", CONTACT.first_name, CONTACT.last_name, CONTACT.street, CONTACT.city,
                     CONTACT.zip_code, CONTACT.email,
                     "Professional licences", "Electrician", "No. E1-0123456, issued in CT", "Home improvement",
                     "No. HIC.0654321, issued in NY",
                     "Terms and conditions", "Terms & Conditions, version 3.0", "May 1, 2024, 8:02 AM",
                     "Kiosk lobby-2", "Printed May 1, 2024, 2:03 PM at kiosk lobby-1", "Page 1 of"):
        assert re.sub(r"\s+", "", expected) in squeezed_text, expected
    assert KEEP_PRIVATE in text and PUBLIC_RECORD in text
    assert PUBLIC_RECORD == "Information you give the town may become a public record under state law."
    assert "5550187" in re.sub(r"\D", "", text)       # the phone, however it is written
    for secret in (PASSWORD, QUESTION, ANSWER):       # the question is in the view, but not printed
        assert secret.casefold() not in text.casefold()


def test_copy_writes_phone_numbers_as_people_do():
    assert "(203) 555-0187" in flat(render_account_copy(copy()))
    abroad = copy(contact=dataclasses.replace(CONTACT, phone="+442079460123"))
    assert "+44 20 7946 0123" in flat(render_account_copy(abroad))
    assert "+12035550187" not in flat(render_account_copy(copy()))


def test_copy_without_licences_terms_or_optional_fields():
    bare = copy(contact=Contact(first_name="Ana", last_name="Ruiz"), licences=(), terms=None, created_at=None)
    text = flat(render_account_copy(bare))
    assert "None recorded." in text and "Not yet accepted." in text
    assert text.count("not given") == 6               # street, city, state, ZIP, phone, e-mail
    assert "Account opened" not in text


def test_copy_roll_page_is_80_mm_wide():
    reader = read(render_account_copy(copy(page=ROLL_80MM)))
    assert all(float(p.mediabox.width) == pytest.approx(226.77, abs=0.01) for p in reader.pages)
    total = len(reader.pages)
    assert all(f"Page {n} of {total}" in p.extract_text() for n, p in enumerate(reader.pages, start=1))


# --- what residents type -----------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["<b>&", "a<b>&c", "&amp; <br/> <font size='40'>x</font>", "Tom & Jerry's <Lot>"])
def test_markup_in_names_prints_literally(value):
    contact = dataclasses.replace(CONTACT, first_name=value, street=value)
    for pdf in (render_account_receipt(receipt(value)), render_account_copy(copy(value, contact=contact))):
        assert value.replace(" ", "") in squeezed(pdf)
    assert flat(render_account_copy(copy(value, contact=contact))).count(value) >= 2


SCRIPTS = {
    "emoji": "Jo \U0001F600\U0001F468\u200d\U0001F469\u200d\U0001F467 \u2764\ufe0f",
    "hebrew": "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "arabic": "\u0645\u0631\u062d\u0628\u0627",
    "cjk": "\u5c71\u7530\u592a\u90ce \uae40\ubbfc\uc900",
    "mixed": "\u202eevil\u202c \u0301e\u0301 Zo\u00eb \u00c5ngstr\u00f6m \u0416\u0443\u043a",
    "control": "a\x00b\x07c\td\ne\x7f\x1b[31m\ud800",
}


@pytest.mark.parametrize("value", list(SCRIPTS.values()), ids=list(SCRIPTS))
@pytest.mark.parametrize("page", [ROLL_80MM, LETTER_PAGE], ids=["roll", "letter"])
def test_any_script_prints_without_crashing(font, page, value):
    contact = Contact(*(value,) * 8)
    lic = (Licence(value, value, value),)
    for pdf in (render_account_receipt(receipt(value, page=page, town_name=value, front_desk=value, website=value)),
                render_account_copy(copy(value, page=page, contact=contact, licences=lic, town_name=value,
                                         kiosk_id=value))):
        text = flat(pdf)
        assert "Page 1 of" in text
        assert "\x00" not in text


def test_characters_the_font_cannot_draw_print_as_question_marks(font):
    text = flat(render_account_receipt(receipt("Yamada \u5c71\u7530 \U0001F600 Zo\u00eb")))
    assert "Yamada ?? ? Zo\u00eb" in text               # Latin-1 survives in either font
    hebrew = flat(render_account_receipt(receipt("\u05e9\u05dc\u05d5\u05dd")))
    if font == "helvetica":
        assert "????" in hebrew
    else:                                                # DejaVu draws Hebrew (in typed order, no bidi)
        assert "????" not in hebrew


def _words(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(page, xMin, xMax, word) for every word, from poppler's own reading of the file."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True,
                         timeout=60).stdout.decode()
    words, box = [], re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for x0, x1, word in box.findall(page):
            words.append((number, float(x0), float(x1), word))
    return words


@pytest.mark.parametrize("document", ["receipt", "copy"])
def test_long_values_stay_inside_the_roll(font, document):
    long_word = "Featherstonehaugh" * 6
    long_text = "Apartment 4B, " + " ".join(["Juniper Hollow Road"] * 8)
    if document == "receipt":
        pdf = render_account_receipt(receipt(long_word, page=ROLL_80MM, front_desk=long_text + long_word,
                                             website=f"https://www.westportct.gov/{long_word}/{long_word}"))
    else:
        contact = Contact(long_word, long_text, long_text, long_word, "CT", "06880", "+12035550187",
                          f"{long_word}@example.org")
        pdf = render_account_copy(copy(long_word, page=ROLL_80MM, contact=contact,
                                       licences=(Licence(long_text, long_word, "CT"),)))
    left, right = ROLL_80MM.margin, ROLL_80MM.size[0] - ROLL_80MM.margin
    words = _words(pdf)
    assert words
    outside = [(p, round(x0, 1), round(x1, 1), w) for p, x0, x1, w in words if x0 < left - 0.5 or x1 > right + 0.5]
    assert not outside
    assert long_word in squeezed(pdf)


_TEXT = st.one_of(st.text(max_size=60), st.sampled_from(["", " ", "<b>&", "\x00", "\u202e", "x" * 300,
                                                          "\U0001F600" * 5, "'; DROP TABLE accounts;--"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=_TEXT, fields=st.lists(_TEXT, min_size=8, max_size=8), roll=st.booleans())
def test_any_text_prints(username, fields, roll):
    page = ROLL_80MM if roll else LETTER_PAGE
    receipt_pdf = render_account_receipt(receipt(username, page=page, front_desk=fields[0], website=fields[1]))
    copy_pdf = render_account_copy(copy(username, page=page, contact=Contact(*fields),
                                        licences=(Licence(fields[2], fields[3], fields[4]),)))
    for pdf in (receipt_pdf, copy_pdf):
        assert "Page 1 of" in read(pdf).pages[0].extract_text()


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("zone, created, shown", [
    ("America/New_York", dt.datetime(2024, 1, 5, 2, 7), "January 4, 2024, 9:07 PM"),          # naive: UTC
    ("America/New_York", dt.datetime(2024, 7, 5, 2, 7, tzinfo=dt.UTC), "July 4, 2024, 10:07 PM"),
    ("America/Los_Angeles", dt.datetime(2024, 7, 5, 2, 7, tzinfo=dt.UTC), "July 4, 2024, 7:07 PM"),
])
def test_receipts_print_the_town_time(zone, created, shown):
    text = flat(render_account_receipt(receipt(created_at=created, timezone=zone)))
    assert f"Created {shown}" in text and f"Printed {shown} at kiosk lobby-1" in text


@pytest.mark.parametrize("document", ["receipt", "copy"])
def test_a_roll_page_shortened_to_its_content_never_spills_over(document):
    for words in range(0, 1200, 60):
        if document == "receipt":
            pdf = render_account_receipt(receipt(page=ROLL_80MM, front_desk="word " * words))
        else:
            contact = dataclasses.replace(CONTACT, street="word " * words)
            pdf = render_account_copy(copy(page=ROLL_80MM, contact=contact))
        pages = read(pdf).pages
        if len(pages) > 1:   # more than one page: every page is the format's full length
            assert all(float(p.mediabox.height) == pytest.approx(ROLL_80MM.size[1]) for p in pages), words
