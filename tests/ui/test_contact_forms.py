# SPDX-License-Identifier: Apache-2.0
"""Contacting the town at the kiosk, for every form each town pack ships: fill in, review, send
(the reference on screen is the stored one, and the receipt carries it and nothing typed),
cancel (nothing kept), anonymous, a signed-in resident's details filled in, a printer failure,
and a database that cannot take the message."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk.core.forms import CHOOSE_DEPARTMENT, Anonymous, FieldKind
from kiosk.core.pack import load_pack
from kiosk.paths import towns_dir
from kiosk.storage.models import OutboxEntry, Submission
from kiosk.ui.widgets.choice import ChoicePicker
from tests.support import answer_discard, choose, find, tap
from tests.ui.widget_walk import sign_in_a_resident

MESSAGE = "The streetlight in front of number 12 has been out since Monday night."
TYPED = {
    FieldKind.TEXT: "Ada Rivers", FieldKind.LONG_TEXT: MESSAGE, FieldKind.EMAIL: "ada.rivers@example.com",
    FieldKind.PHONE: "2035550123", FieldKind.ADDRESS: "12 Main Street", FieldKind.DATE: "03/15/2026",
}
PACK_FORMS = [(town, form) for town in ("westport", "calabasas") for form in load_pack(towns_dir() / town).forms]
FORMS = [(town, form.form_id) for town, form in PACK_FORMS]
ANONYMOUS_FORMS = [(town, form.form_id) for town, form in PACK_FORMS if form.anonymous is Anonymous.ALLOWED]
PREFILLED_FORMS = [(town, form.form_id) for town, form in PACK_FORMS
                   if form.anonymous is not Anonymous.ONLY and any(f.prefill for f in form.fields)]


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "printed"


def start(qtbot, make_kiosk, printed, town="westport", **settings):
    kiosk = make_kiosk(town=town, printer_backend="file", printer_name=str(printed), **settings)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    return kiosk


def open_form(qtbot, kiosk, form_id: str):
    """From the home menu (or the contact menu), the form as a resident reaches it."""
    if kiosk.navigator.current.screen_id != "contact":
        tap(qtbot, find(kiosk.navigator.current, "home_contact"))
    menu = kiosk.navigator.current
    assert menu.screen_id == "contact"
    form = next(f for f in kiosk.prepared.pack.forms if f.form_id == form_id)
    if form.department == CHOOSE_DEPARTMENT:
        tap(qtbot, find(menu, f"contact_department_{kiosk.prepared.pack.departments[-1].dept_id}"))
    else:
        tap(qtbot, find(menu, f"contact_{form_id}"))
    screen = kiosk.navigator.current
    assert screen.screen_id == "contact_form" and screen.form.form_id == form_id
    return screen


def fill(qtbot, screen, skip_optional: bool = False) -> None:
    """Answer every field on show as a resident would: typing, picking, tapping."""
    for widget in screen.inputs:
        spec = widget.spec
        if widget.isHidden() or (skip_optional and not spec.required):
            continue
        field = widget.input
        if spec.kind is FieldKind.CHOICE:
            assert isinstance(field, ChoicePicker)
            choose(qtbot, screen, field.objectName(), 0)
        elif spec.kind in (FieldKind.YES_NO, FieldKind.RATING):
            tap(qtbot, widget.buttons["yes" if spec.kind is FieldKind.YES_NO else "4"])
        else:
            assert isinstance(field, (QLineEdit, QPlainTextEdit))
            tap(qtbot, field)
            if isinstance(field, QLineEdit):
                field.setText("")
            qtbot.keyClicks(field, TYPED[spec.kind][:spec.max_length])


def review_and_send(qtbot, screen) -> str:
    tap(qtbot, find(screen, "formReviewButton"))
    assert screen.pages.currentIndex() == 1, find(screen, "formStatus").text()
    tap(qtbot, find(screen, "formSend"))
    qtbot.waitUntil(lambda: screen.stored is not None, timeout=10_000)
    reference = find(screen, "formReference").text()
    assert reference == screen.stored.reference
    return reference


def stored(kiosk, reference: str) -> tuple[Submission, list[OutboxEntry]]:
    with kiosk.engine.connect() as conn:
        row = conn.execute(sa.select(Submission).where(Submission.reference == reference)).one()
        outbox = conn.execute(sa.select(OutboxEntry).where(OutboxEntry.submission_id == row.id)).all()
    return row, outbox


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize(("town", "form_id"), FORMS)
def test_fill_review_send_and_take_the_receipt(qtbot, make_kiosk, printed, town, form_id):
    kiosk = start(qtbot, make_kiosk, printed, town)
    screen = open_form(qtbot, kiosk, form_id)
    fill(qtbot, screen)
    tap(qtbot, find(screen, "formReviewButton"))
    review = find(screen, "formReview").values()
    assert review["To"] == screen.department.name
    notices = find(screen, "formReviewNotices").text()
    assert "public record" in notices and "not legal notice" in notices and "trends" in notices
    tap(qtbot, find(screen, "formSend"))
    qtbot.waitUntil(lambda: screen.stored is not None, timeout=10_000)
    reference = find(screen, "formReference").text()

    row, outbox = stored(kiosk, reference)
    assert row.form_id == form_id and row.department_id == screen.department.dept_id
    assert row.status == "new" and {e.channel for e in outbox} >= {"staff", "email"}
    assert all(w.value() in ("", None) for w in screen.inputs)           # nothing typed is left on screen
    qtbot.waitUntil(lambda: "printed" in find(screen, "formReceiptStatus").text(), timeout=10_000)
    [receipt] = printed.glob("*.pdf")
    text = pdf_text(receipt)
    assert reference in text and screen.department.name in text
    for secret in ("Ada", "Rivers", "ada.rivers", "555", "streetlight in front"):
        assert secret not in text                                         # no personal data, no message


def test_a_missing_answer_is_said_next_to_its_field_and_the_rest_is_kept(qtbot, make_kiosk, printed):
    kiosk = start(qtbot, make_kiosk, printed)
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen)
    location = next(w for w in screen.inputs if w.spec.field_id == "location")
    location.input.setText("")
    tap(qtbot, find(screen, "formReviewButton"))
    assert screen.pages.currentIndex() == 0
    assert location.error.isVisible() and location.error.text() == "Please fill this in."
    description = next(w for w in screen.inputs if w.spec.field_id == "description")
    assert description.value() == MESSAGE and not description.error.isVisible()


def test_an_e_mail_that_is_not_one_is_said_plainly(qtbot, make_kiosk, printed):
    kiosk = start(qtbot, make_kiosk, printed)
    screen = open_form(qtbot, kiosk, "contact")
    fill(qtbot, screen)
    email = next(w for w in screen.inputs if w.spec.kind is FieldKind.EMAIL)
    email.input.setText("ada at example")
    tap(qtbot, find(screen, "formReviewButton"))
    assert "not an e-mail address" in email.error.text()


@pytest.mark.parametrize(("town", "form_id"), FORMS)
def test_cancel_keeps_nothing(qtbot, make_kiosk, printed, town, form_id):
    kiosk = start(qtbot, make_kiosk, printed, town)
    screen = open_form(qtbot, kiosk, form_id)
    fill(qtbot, screen)
    tap(qtbot, find(screen, "formReviewButton"))
    tap(qtbot, find(screen, "formCancel"))             # Cancel on the review: asked once
    answer_discard(qtbot, kiosk.window, discard=True)
    cancelled = kiosk.navigator.current
    assert cancelled.screen_id == "contact_cancelled"
    assert "not sent" in find(cancelled, "cancelledBody").text()
    with kiosk.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Submission)).scalar_one() == 0
    tap(qtbot, kiosk.nav.back)                   # back to the menu: the form is gone with what was typed in it
    assert kiosk.navigator.current.screen_id == "contact"
    again = open_form(qtbot, kiosk, form_id)
    assert again is not screen and all(not w.value() for w in again.inputs)


@pytest.mark.parametrize(("town", "form_id"), ANONYMOUS_FORMS)
def test_anonymous_drops_the_name_and_says_the_town_cannot_reply(qtbot, make_kiosk, printed, town, form_id):
    kiosk = start(qtbot, make_kiosk, printed, town)
    screen = open_form(qtbot, kiosk, form_id)
    tap(qtbot, find(screen, "formAnonymous"))
    assert find(screen, "formAnonymousNotice").isVisible()
    assert "cannot reply" in find(screen, "formAnonymousNotice").text()
    shown = [w.spec for w in screen.inputs if not w.isHidden()]
    assert not [f.field_id for f in shown if f.prefill or f.identifies]
    fill(qtbot, screen)
    reference = review_and_send(qtbot, screen)
    assert "cannot reply" in find(screen, "formSentBody").text()
    row, _ = stored(kiosk, reference)
    assert row.sender_name is None and row.sender_email is None and row.sender_phone is None


def test_a_survey_is_anonymous_only(qtbot, make_kiosk, printed):
    kiosk = start(qtbot, make_kiosk, printed)
    screen = open_form(qtbot, kiosk, "feedback")
    assert screen.form.anonymous is Anonymous.ONLY
    assert not find(screen, "formAnonymous").isVisible() and find(screen, "formAnonymousNotice").isVisible()


@pytest.mark.parametrize(("town", "form_id"), PREFILLED_FORMS)
def test_a_signed_in_resident_finds_their_details_filled_in_and_sees_my_requests(qtbot, make_kiosk, printed, town,
                                                                                   form_id):
    kiosk = start(qtbot, make_kiosk, printed, town)
    sign_in_a_resident(kiosk)                    # Wal Ker, 2035550199, walker@example.com
    screen = open_form(qtbot, kiosk, form_id)
    account = {"name": "Wal Ker", "first_name": "Wal", "last_name": "Ker", "email": "walker@example.com",
               "phone": "(203) 555-0199"}                                      # as the town writes it, not E.164
    def prefilled() -> dict[str, str]:
        return {w.spec.prefill: w.value() for w in screen.inputs if w.spec.prefill in account}

    qtbot.waitUntil(lambda: prefilled() and all(value == account[p] for p, value in prefilled().items()))
    email = next((w for w in screen.inputs if w.spec.prefill == "email"), None)
    if email is not None:
        email.input.setText("other.address@example.com")                   # changed for this message only
    fill(qtbot, screen, skip_optional=True)
    reference = review_and_send(qtbot, screen)
    row, _ = stored(kiosk, reference)
    assert row.account_id == kiosk.sessions.current.account_id
    if email is not None:
        assert row.sender_email == "other.address@example.com"
    assert kiosk.accounts.account(row.account_id).contact.email == "walker@example.com"   # the account is unchanged

    tap(qtbot, find(screen, "formDone"))
    kiosk.navigator.go("account")
    tap(qtbot, find(kiosk.navigator.current, "accountRequests"))
    requests = kiosk.navigator.current
    assert requests.screen_id == "requests"
    qtbot.waitUntil(lambda: reference in find(requests, "requestsList").values())
    assert "Status: Received" in find(requests, "requestsList").values()[reference]


@pytest.mark.parametrize(("town", "form_id"), FORMS)
def test_a_printer_failure_keeps_the_reference_on_screen(qtbot, make_kiosk, tmp_path, town, form_id):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the spool folder should be")
    kiosk = start(qtbot, make_kiosk, blocked, town)
    screen = open_form(qtbot, kiosk, form_id)
    fill(qtbot, screen)
    reference = review_and_send(qtbot, screen)
    qtbot.waitUntil(lambda: "printer is not working" in find(screen, "formReceiptStatus").text(), timeout=10_000)
    assert "write down your reference number" in find(screen, "formReceiptStatus").text()
    assert find(screen, "formReference").text() == reference and find(screen, "formReference").isVisible()
    stored(kiosk, reference)                      # sent all the same


def test_a_database_that_cannot_take_the_message_is_said_and_nothing_is_acknowledged(qtbot, make_kiosk, printed):
    kiosk = start(qtbot, make_kiosk, printed)
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen)
    tap(qtbot, find(screen, "formReviewButton"))
    with kiosk.engine.begin() as conn:            # the table is gone: every store fails
        conn.exec_driver_sql("ALTER TABLE submissions RENAME TO submissions_away")
    tap(qtbot, find(screen, "formSend"))
    qtbot.waitUntil(lambda: "could not be sent" in find(screen, "formStatus").text(), timeout=10_000)
    assert screen.stored is None and screen.pages.currentIndex() == 1     # still on the review, ready to retry
    with kiosk.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE submissions_away RENAME TO submissions")
    tap(qtbot, find(screen, "formSend"))
    qtbot.waitUntil(lambda: screen.stored is not None, timeout=10_000)


def test_an_answer_that_no_longer_passes_at_send_goes_back_to_the_answers(qtbot, make_kiosk, printed):
    """Reviewed at 11:30 pm on New Year's Eve, sent after midnight: a date 100 years back is 101 years
    back by then. Send checks again, keeps nothing, and shows the answer to correct."""
    import datetime as dt

    clock = {"now": dt.datetime(2027, 1, 1, 4, 30, tzinfo=dt.UTC)}        # 11:30 pm, 31 December, in Westport
    kiosk = start(qtbot, make_kiosk, printed, now=lambda: clock["now"])
    screen = open_form(qtbot, kiosk, "records")
    fill(qtbot, screen)
    date_from = find(screen, "form_date_from")
    tap(qtbot, date_from)
    date_from.setText("")
    qtbot.keyClicks(date_from, "01/15/1926")
    tap(qtbot, find(screen, "formReviewButton"))
    assert screen.pages.currentIndex() == 1, find(screen, "formStatus").text()
    clock["now"] += dt.timedelta(hours=1)                                  # midnight has passed in Westport

    tap(qtbot, find(screen, "formSend"))
    qtbot.waitUntil(lambda: find(screen, "form_date_fromError").isVisible(), timeout=10_000)
    assert screen.pages.currentIndex() == 0 and screen.stored is None      # back to the answers, nothing sent
    assert "check the answers" in find(screen, "formStatus").text()
    assert "year" in find(screen, "form_date_fromError").text()
    assert find(screen, "form_date_from").text() == "01/15/1926"           # kept as typed, to correct
    with kiosk.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Submission)).scalar_one() == 0
    date_from.setText("")
    qtbot.keyClicks(date_from, "01/15/1927")
    review_and_send(qtbot, screen)                                         # corrected, it goes


def test_the_forms_speak_spanish(qtbot, make_kiosk, printed):
    kiosk = start(qtbot, make_kiosk, printed)
    tap(qtbot, kiosk.header.language)
    screen = open_form(qtbot, kiosk, "problem")
    assert find(screen, "formHeading").text() == "Reportar un problema"
    choice = next(w for w in screen.inputs if w.spec.kind is FieldKind.CHOICE)
    assert choice.input.itemText(0) == "Bache"
    fill(qtbot, screen)
    assert choice.value() == "Pothole"                                     # stored in the pack's language


def test_a_sent_message_reaches_the_department_by_e_mail(qtbot, make_kiosk, printed):
    """From Send on the screen to the town's mail server (a real one on 127.0.0.1), in the background;
    a server that is down at first gets the message once it is back (retried at once, as IT's
    `kiosk-admin outbox retry` does, rather than after the first back-off of 30 s)."""
    import datetime as dt

    from kiosk.storage.database import session_factory
    from kiosk.storage.outbox import Outbox
    from kiosk.storage.submissions import make_repository
    from tests.storage.outbox_support import SmtpSink, free_port

    port = free_port()
    kiosk = start(qtbot, make_kiosk, printed, smtp_host="127.0.0.1", smtp_port=port, smtp_tls="none",
                  outbox_poll_seconds=1, now=dt.datetime.now)     # the outbox keeps real time
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen)
    reference = review_and_send(qtbot, screen)                 # the server is down: the screen does not wait
    stored = make_repository(kiosk.prepared.settings, kiosk.engine, kiosk.prepared.pack)   # as IT reads the outbox

    def email_state():
        states = stored.outbox_states(screen.stored.submission_id)
        return next(s for s in states if s.channel.value == "email")

    qtbot.waitUntil(lambda: "cannot be reached" in (email_state().last_error or ""), timeout=15_000)
    sink = SmtpSink(port=port).start()
    try:
        assert Outbox(session_factory(kiosk.engine)).retry(reference, dt.datetime.now(dt.UTC)) >= 1
        kiosk.outbox.wake()
        assert sink.wait_for(1, timeout=120)
        [message] = sink.messages
        assert reference in message["Subject"] and message["To"] == "publicworks@westport.example"
        assert message["Message-ID"].startswith(f"<{reference}.email@")
        assert MESSAGE in message.get_body(("plain",)).get_content()
    finally:
        sink.stop()


@pytest.mark.parametrize("large_text", [False, True])
def test_every_form_is_named_and_big_enough_for_a_finger(qtbot, make_kiosk, printed, large_text):
    from tests.ui.test_accessibility import problems_on

    kiosk = start(qtbot, make_kiosk, printed)
    if large_text:
        tap(qtbot, kiosk.header.large_text)
    problems = []
    for form in kiosk.prepared.pack.forms:
        kiosk.navigator.go("home")
        screen = open_form(qtbot, kiosk, form.form_id)
        problems += [f"{form.form_id}: {p}" for p in problems_on(kiosk.window)]
        fill(qtbot, screen)
        tap(qtbot, find(screen, "formReviewButton"))
        problems += [f"{form.form_id} review: {p}" for p in problems_on(kiosk.window)]
    assert problems == []
