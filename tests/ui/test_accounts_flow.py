# SPDX-License-Identifier: Apache-2.0
"""Residents' accounts through the real screens: register, cancel, decline, sign in, lock out,
recover, accept new terms, and edit the account."""

from __future__ import annotations

import io
import shutil

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from kiosk.paths import towns_dir
from tests.support import answer_discard, choose, find, tap

PASSWORD = "Maple-Harbor-72"
ANSWER = "Blue Heron"


def begin(qtbot, kiosk, tile: str):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, tile))
    return kiosk.navigator.current


def type_into(qtbot, screen: QWidget, name: str, text: str) -> None:
    field = find(screen, name)
    tap(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def next_step(qtbot, screen) -> None:
    step = screen.step
    tap(qtbot, find(screen, "registerNext"))
    qtbot.waitUntil(lambda: screen.step == step + 1)


def fill_registration(qtbot, screen, username: str = "harbor.resident") -> None:
    type_into(qtbot, screen, "username", username)
    next_step(qtbot, screen)
    type_into(qtbot, screen, "password", PASSWORD)
    type_into(qtbot, screen, "password_again", PASSWORD)
    assert "Strength" in find(screen, "passwordStrengthLabel").text()
    next_step(qtbot, screen)
    choose(qtbot, screen, "security_question", 2)
    type_into(qtbot, screen, "security_answer", ANSWER)
    next_step(qtbot, screen)
    type_into(qtbot, screen, "first_name", "Ada")
    type_into(qtbot, screen, "last_name", "Rivers")
    type_into(qtbot, screen, "phone", "2035550123")
    type_into(qtbot, screen, "email", "ada.rivers@example.com")
    next_step(qtbot, screen)          # contact
    next_step(qtbot, screen)          # licences: none


def accounts_rows(kiosk) -> int:
    with kiosk.engine.connect() as conn:
        return conn.execute(sa.text("SELECT COUNT(*) FROM accounts")).scalar()


def register(qtbot, kiosk, username: str = "harbor.resident"):
    screen = begin(qtbot, kiosk, "home_register")
    fill_registration(qtbot, screen, username)
    assert username in find(screen, "review_username").text()
    next_step(qtbot, screen)          # review -> terms
    assert "owner" in find(screen, "termsDeclaration").text()
    tap(qtbot, find(screen, "registerAccept"))
    qtbot.waitUntil(lambda: "Your account has been created" in find(screen, "registerReceipt").text(), timeout=10_000)
    return screen


@pytest.fixture
def printed(tmp_path):
    return tmp_path / "tray"


@pytest.fixture
def kiosk(make_kiosk, printed):
    return make_kiosk(printer_backend="file", printer_name=str(printed))


def test_register_prints_a_receipt_and_signs_in(qtbot, kiosk, printed):
    screen = register(qtbot, kiosk)
    assert kiosk.sessions.current.signed_in and kiosk.sessions.current.may_do_business
    qtbot.waitUntil(lambda: "printing" in find(screen, "registerPrintStatus").text().lower(), timeout=10_000)
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 1, timeout=10_000)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(next(printed.glob("*.pdf")).read_bytes())).pages)
    assert "harbor.resident" in text and "Town of Westport" in text
    for secret in (PASSWORD, ANSWER, "555", "ada.rivers", "Rivers"):
        assert secret not in text
    assert accounts_rows(kiosk) == 1
    tap(qtbot, find(screen, "registerDoneHome"))
    home = kiosk.navigator.current
    assert find(home, "home_register").text().startswith("My account")     # instead of "Create an account"
    assert not find(home, "home_signin").isVisible()
    assert kiosk.header.signed_in.text() == "Signed in as harbor.resident" and kiosk.header.sign_out.isVisible()


def test_every_field_error_is_shown_next_to_its_field_and_nothing_else_is_lost(qtbot, kiosk):
    screen = begin(qtbot, kiosk, "home_register")
    tap(qtbot, find(screen, "registerNext"))
    qtbot.waitUntil(lambda: find(screen, "usernameError").isVisible())    # the name step asks the database, off the GUI thread
    assert screen.step == 0
    type_into(qtbot, screen, "username", "harbor.resident")
    next_step(qtbot, screen)
    type_into(qtbot, screen, "password", "password123")
    type_into(qtbot, screen, "password_again", "password123")
    tap(qtbot, find(screen, "registerNext"))
    assert "common" in find(screen, "passwordError").text()
    type_into(qtbot, screen, "password", PASSWORD)
    type_into(qtbot, screen, "password_again", PASSWORD + "x")
    tap(qtbot, find(screen, "registerNext"))
    assert "not the same" in find(screen, "password_againError").text()
    type_into(qtbot, screen, "password_again", PASSWORD)
    next_step(qtbot, screen)
    assert find(screen, "password").text() == ""          # not kept in the widget after its step
    choose(qtbot, screen, "security_question", 0)
    type_into(qtbot, screen, "security_answer", ANSWER)
    next_step(qtbot, screen)
    type_into(qtbot, screen, "first_name", "Ada")
    type_into(qtbot, screen, "phone", "12")
    type_into(qtbot, screen, "email", "not an address")
    tap(qtbot, find(screen, "registerNext"))
    assert find(screen, "last_nameError").isVisible()
    assert "phone" in find(screen, "phoneError").text()
    assert "e-mail" in find(screen, "emailError").text()
    assert find(screen, "first_name").text() == "Ada"           # kept as typed
    assert find(screen, "street").text() == ""
    assert "optional" in find(screen, "streetLabel").text()


def test_cancel_midway_asks_once_then_discards_everything(qtbot, kiosk):
    screen = begin(qtbot, kiosk, "home_register")
    type_into(qtbot, screen, "username", "half.done")
    next_step(qtbot, screen)
    tap(qtbot, find(screen, "registerCancel"))
    answer_discard(qtbot, kiosk.window, discard=False)                     # "Keep what I typed": nothing lost
    assert kiosk.navigator.current is screen and find(screen, "username").text() == "half.done"
    tap(qtbot, find(screen, "registerCancel"))
    answer_discard(qtbot, kiosk.window, discard=True)
    cancelled = kiosk.navigator.current
    assert cancelled.screen_id == "register_cancelled"
    assert "search" in find(cancelled, "cancelledBody").text().lower()
    tap(qtbot, kiosk.nav.back)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "home")
    again = kiosk.navigator.go("register")
    assert again is not screen and find(again, "username").text() == ""
    assert accounts_rows(kiosk) == 0


def test_cancel_with_nothing_typed_asks_nothing(qtbot, kiosk):
    screen = begin(qtbot, kiosk, "home_register")
    tap(qtbot, find(screen, "registerCancel"))
    assert kiosk.navigator.current.screen_id == "register_cancelled"
    assert not kiosk.window.findChild(QWidget, "discardQuestion").isVisible()


def test_declining_the_terms_creates_nothing(qtbot, kiosk):
    screen = begin(qtbot, kiosk, "home_register")
    fill_registration(qtbot, screen)
    next_step(qtbot, screen)
    tap(qtbot, find(screen, "registerDecline"))
    answer_discard(qtbot, kiosk.window, discard=True)
    assert kiosk.navigator.current.screen_id == "register_cancelled"
    assert accounts_rows(kiosk) == 0 and not kiosk.sessions.current.signed_in


def sign_in(qtbot, kiosk, username: str, password: str):
    screen = begin(qtbot, kiosk, "home_signin")
    type_into(qtbot, screen, "signin_username", username)
    type_into(qtbot, screen, "signin_password", password)
    tap(qtbot, find(screen, "signinSubmit"))
    return screen


def test_sign_in_never_says_which_part_was_wrong_and_locks_after_five(qtbot, kiosk):
    register(qtbot, kiosk)
    tap(qtbot, kiosk.nav.finish)
    screen = sign_in(qtbot, kiosk, "nobody.here", "Whatever-123")
    message = find(screen, "signinMessage")
    qtbot.waitUntil(lambda: "not right" in message.text(), timeout=10_000)
    unknown_user = message.text()
    for _ in range(4):
        message.clear()
        type_into(qtbot, screen, "signin_username", "harbor.resident")
        type_into(qtbot, screen, "signin_password", "Wrong-Password-1")
        tap(qtbot, find(screen, "signinSubmit"))
        qtbot.waitUntil(lambda: message.text() not in ("", "Signing in…"), timeout=10_000)
    assert message.text() == unknown_user                     # same words either way
    message.clear()
    type_into(qtbot, screen, "signin_username", "harbor.resident")
    type_into(qtbot, screen, "signin_password", "Wrong-Password-1")
    tap(qtbot, find(screen, "signinSubmit"))
    qtbot.waitUntil(lambda: "locked" in message.text(), timeout=10_000)
    assert "front desk" in message.text()
    message.clear()
    type_into(qtbot, screen, "signin_username", "harbor.resident")
    type_into(qtbot, screen, "signin_password", PASSWORD)           # right, but locked
    tap(qtbot, find(screen, "signinSubmit"))
    qtbot.waitUntil(lambda: "locked" in message.text(), timeout=10_000)
    assert not kiosk.sessions.current.signed_in


def test_sign_in_and_out(qtbot, kiosk):
    register(qtbot, kiosk)
    tap(qtbot, kiosk.nav.finish)
    sign_in(qtbot, kiosk, "HARBOR.RESIDENT", PASSWORD)         # user names are not case-sensitive
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)
    account = kiosk.navigator.current
    # My account loads off the GUI thread: its heading and terms line fill in once it is read
    qtbot.waitUntil(lambda: "harbor.resident" in find(account, "accountHeading").text(), timeout=10_000)
    assert "version 1.0" in find(account, "accountTerms").text()
    tap(qtbot, kiosk.header.sign_out)                             # the header's, on every screen
    assert kiosk.navigator.current.screen_id == "home" and not kiosk.header.sign_out.isVisible()
    assert not kiosk.sessions.current.signed_in


def test_forgotten_password_with_the_security_question(qtbot, kiosk):
    register(qtbot, kiosk)
    tap(qtbot, kiosk.nav.finish)
    signin = begin(qtbot, kiosk, "home_signin")
    tap(qtbot, find(signin, "signinForgot"))
    screen = kiosk.navigator.current
    type_into(qtbot, screen, "forgot_username", "harbor.resident")
    tap(qtbot, find(screen, "forgotNext"))
    qtbot.waitUntil(lambda: find(screen, "forgotQuestion").text() == kiosk.prepared.pack.security_questions[2])
    type_into(qtbot, screen, "forgot_answer", "wrong answer")
    type_into(qtbot, screen, "forgot_password", "River-Stone-88")
    type_into(qtbot, screen, "forgot_password_again", "River-Stone-88")
    tap(qtbot, find(screen, "forgotSubmit"))
    qtbot.waitUntil(lambda: "not right" in find(screen, "forgotMessage").text(), timeout=10_000)
    assert find(screen, "forgot_answer").text() == ""
    type_into(qtbot, screen, "forgot_answer", "  blue   HERON ")     # case and spacing do not matter
    type_into(qtbot, screen, "forgot_password", "River-Stone-88")
    type_into(qtbot, screen, "forgot_password_again", "River-Stone-88")
    tap(qtbot, find(screen, "forgotSubmit"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)
    tap(qtbot, kiosk.nav.finish)
    sign_in(qtbot, kiosk, "harbor.resident", "River-Stone-88")
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)


def test_an_unknown_user_name_gets_a_question_too(qtbot, kiosk):
    screen = begin(qtbot, kiosk, "home_signin")
    tap(qtbot, find(screen, "signinForgot"))
    screen = kiosk.navigator.current
    type_into(qtbot, screen, "forgot_username", "no.such.person")
    tap(qtbot, find(screen, "forgotNext"))
    qtbot.waitUntil(lambda: find(screen, "forgotQuestion").text() in kiosk.prepared.pack.security_questions)


def newer_terms_pack(tmp_path):
    pack = tmp_path / "westport-next"
    shutil.copytree(towns_dir() / "westport", pack)
    old = (pack / "policies" / "terms" / "1.0.md").read_text()
    new = old.replace('version = "1.0"', 'version = "1.1"').replace("effective = 2024-07-01", "effective = 2026-11-15")
    new += "\n## Kiosk printing\n\nReceipts printed at the kiosk carry no personal data beyond your user name.\n"
    (pack / "policies" / "terms" / "1.1.md").write_text(new)
    return pack


@pytest.mark.parametrize("choice", ["accept", "decline"])
def test_new_terms_must_be_accepted_before_doing_business(qtbot, make_kiosk, tmp_path, printed, choice):
    first = make_kiosk(printer_backend="file", printer_name=str(printed))
    register(qtbot, first)
    tap(qtbot, first.nav.finish)
    url = first.prepared.settings.resolved_database_url()
    first.shutdown()
    kiosk = make_kiosk(printer_backend="file", printer_name=str(printed), town=str(newer_terms_pack(tmp_path)),
                       database_url=url)
    sign_in(qtbot, kiosk, "harbor.resident", PASSWORD)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "terms_update", timeout=10_000)
    screen = kiosk.navigator.current
    qtbot.waitUntil(lambda: "Added:" in find(screen, "termsUpdateChanges").toPlainText())
    changes = find(screen, "termsUpdateChanges").toPlainText()
    assert "no personal data beyond your user name" in changes
    assert "version 1.0" in find(screen, "termsUpdateIntro").text()
    tap(qtbot, find(screen, "termsUpdatePrint"))
    qtbot.waitUntil(lambda: "Printed" in find(screen, "termsUpdateStatus").text(), timeout=10_000)
    if choice == "accept":
        tap(qtbot, find(screen, "termsUpdateAccept"))
        qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account")
        assert kiosk.sessions.current.may_do_business
        qtbot.waitUntil(lambda: "version 1.1" in find(kiosk.navigator.current, "accountTerms").text())
    else:
        tap(qtbot, find(screen, "termsUpdateDecline"))
        session = kiosk.sessions.current
        assert session.signed_in and not session.may_do_business
        assert kiosk.navigator.current.screen_id == "home"


def test_edit_the_account(qtbot, kiosk, printed):
    register(qtbot, kiosk)
    account = kiosk.navigator.go("account")
    qtbot.waitUntil(lambda: "version" in find(account, "accountTerms").text())     # the account is shown
    type_into(qtbot, account, "email", "not valid")
    tap(qtbot, find(account, "accountSaveContact"))
    qtbot.waitUntil(lambda: "Nothing was changed" in find(account, "accountContactStatus").text())
    assert find(account, "emailError").isVisible()
    type_into(qtbot, account, "email", "ada@example.org")
    type_into(qtbot, account, "street", "12 Main Street")
    tap(qtbot, find(account, "accountSaveContact"))
    qtbot.waitUntil(lambda: "saved" in find(account, "accountContactStatus").text())
    assert kiosk.accounts.account(kiosk.sessions.current.account_id).contact.street == "12 Main Street"
    type_into(qtbot, account, "account_current_password", PASSWORD)
    type_into(qtbot, account, "account_new_password", "Quiet-Lantern-41")
    type_into(qtbot, account, "account_new_password_again", "Quiet-Lantern-41")
    tap(qtbot, find(account, "accountChangePassword"))
    qtbot.waitUntil(lambda: "changed" in find(account, "accountPasswordStatus").text(), timeout=10_000)
    assert find(account, "account_new_password").text() == ""
    tap(qtbot, find(account, "accountPrint"))
    qtbot.waitUntil(lambda: "Printed" in find(account, "accountPrintStatus").text(), timeout=10_000)
    copies = [p for p in printed.glob("*.pdf") if "copy" in p.name]
    assert copies and "ada@example.org" in PdfReader(io.BytesIO(copies[0].read_bytes())).pages[0].extract_text()


@pytest.mark.parametrize("known", [True, False])
def test_forgot_password_on_a_locked_name_says_so_at_the_first_step(qtbot, kiosk, known):
    register(qtbot, kiosk)
    tap(qtbot, kiosk.nav.finish)
    name = "harbor.resident" if known else "no.such.person"
    for _ in range(kiosk.prepared.settings.lockout_attempts):
        kiosk.accounts.sign_in(name, "Wrong-Password-1")
    signin = begin(qtbot, kiosk, "home_signin")
    tap(qtbot, find(signin, "signinForgot"))
    screen = kiosk.navigator.current
    type_into(qtbot, screen, "forgot_username", name)
    tap(qtbot, find(screen, "forgotNext"))
    message = find(screen, "forgotMessage")
    qtbot.waitUntil(lambda: "locked until" in message.text(), timeout=10_000)
    assert not find(screen, "forgot_answer").isVisible()          # nothing asked for nothing
    assert not find(screen, "forgot_password").isVisible()
    assert message.text().startswith("For your security, this account is locked until")


def test_the_kiosk_deletes_failed_sign_ins_its_lockout_is_done_with(qtbot, make_kiosk, tmp_path):
    """At start (what a kiosk that was off left behind), then every minute."""
    import datetime as dt

    from kiosk.storage.database import open_engine
    from kiosk.storage.migrations import upgrade

    (tmp_path / "data").mkdir()
    engine = open_engine(f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}")
    upgrade(engine)
    an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO sign_in_failures (key_digest, at) VALUES (:d, :at)"),
                     {"d": "0" * 64, "at": an_hour_ago})
    engine.dispose()

    kiosk = make_kiosk()

    def failures() -> int:
        with kiosk.engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM sign_in_failures")).scalar_one()

    qtbot.waitUntil(lambda: failures() == 0, timeout=10_000)
    assert kiosk.failure_sweep.isActive() and kiosk.failure_sweep.interval() == 60_000
