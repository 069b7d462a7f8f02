# SPDX-License-Identifier: Apache-2.0
"""The console's "Staff" page (supervisors) and the two-factor set-up, tapped like a finger:
adding a member (after the refusals), disabling (asked first, never oneself), a password reset
(shown once, then changed at the sign-in), requiring two-factor sign-in, and then that member's
sign-in setting it up from the QR code, with codes from pyotp on the kiosk's clock, moved by the
test. The key leaves every widget when the step ends; an assistant sees no Staff page and the
service refuses them; the pages pass the layout audit at the tour's sizes."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
import segno
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.core.staff import Actor, StaffRefusal, StaffRefused, StaffRole
from kiosk.ui.widgets.qr_code import MIN_PX, QUIET_MODULES
from tests.support import find, settle, tap
from tests.ui.test_staff_console import (
    FIRST,
    PASSWORD,
    SIZES,
    Moment,
    actions,
    add_staff,
    audited,
    message,
    open_console,
    sign_in,
    type_into,
)

NEW = "river stone 58"


def signed_in(qtbot, kiosk, username="jboss", password=PASSWORD, code=None):
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, username, password, code)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    return console


def staff_page(qtbot, console):
    tap(qtbot, find(console, "staffPageButton"))
    page = console.current_page()
    assert page.page_id == "staff"
    qtbot.waitUntil(lambda: page.list.rows[0].isVisible())
    return page


def row_of(page, name):
    return next(row for row in page.list.rows if row.isVisible() and name in row.text())


def choose(qtbot, page, name):
    tap(qtbot, row_of(page, name))
    qtbot.waitUntil(page.chosen_box.isVisible)
    assert name in page.chosen_heading.text()


def sign_out(qtbot, kiosk, console):
    tap(qtbot, find(console, "consoleSignOut"))
    assert kiosk.window.showing_attract()


def texts_in(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or tells a screen reader."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
    return found


def assert_no_key_anywhere(kiosk, secret: str):
    squeezed = secret.replace(" ", "")
    for text in texts_in(kiosk.window):
        flat = "".join(text.replace(",", "").split())
        assert squeezed not in flat, f"the key is still on show: {text!r}"
    for qr in kiosk.window.findChildren(QWidget, "totpQrCode"):
        assert qr.encoded() is None and qr.modules() == [] and not qr.isVisible()


def rendered_key(qtbot, setup) -> str:
    """The key the set-up shows, checked three ways: the QR code's modules are segno's for the URI
    it encodes, that URI is the one the service stored the pending key of, and the text is that key."""
    qtbot.waitUntil(setup.showing_key)
    uri = setup.provisioning_uri()
    secret = parse_qs(urlparse(uri).query)["secret"][0]
    assert [tuple(r) for r in segno.make(uri, error="m", micro=False).matrix_iter(scale=1, border=QUIET_MODULES)] \
        == setup.qr.modules()
    assert setup.qr.width() >= MIN_PX and setup.qr.width() == setup.qr.height()
    assert setup.secret.text().replace(" ", "") == secret and len(setup.secret.text().split()[0]) == 4
    return secret


def pending_key(kiosk, username) -> str:
    with kiosk.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT totp_pending FROM staff WHERE username = ?", (username,)).scalar()


# -- the Staff page ----------------------------------------------------------------------------------


def test_a_supervisor_adds_a_member_after_the_refusals_are_said_in_words(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)
    assert "Maria Garcia" in row_of(page, "jboss").text()        # add_staff's display name
    assert "Supervisor" in row_of(page, "jboss").text() and "two-factor: not required" in row_of(page, "jboss").text()

    type_into(qtbot, page.username.input, "9lives")
    type_into(qtbot, page.display_name.input, "Ana Ortiz")
    type_into(qtbot, page.password.input, FIRST)
    type_into(qtbot, page.password_again.input, FIRST)
    tap(qtbot, page.add)
    qtbot.waitUntil(page.username.error.isVisible)
    assert "starting with a letter" in page.username.error.text()

    type_into(qtbot, page.username.input, "JBoss")
    type_into(qtbot, page.password.input, FIRST)
    type_into(qtbot, page.password_again.input, "another one 12")
    tap(qtbot, page.add)
    qtbot.waitUntil(page.password_again.error.isVisible)
    assert "not the same" in page.password_again.error.text()
    assert page.password.value() == "" and page.password_again.value() == ""     # typed again, both

    type_into(qtbot, page.password.input, FIRST)
    type_into(qtbot, page.password_again.input, FIRST)
    tap(qtbot, page.add)
    qtbot.waitUntil(page.username.error.isVisible)
    assert "taken" in page.username.error.text()

    type_into(qtbot, page.username.input, "aortiz")
    type_into(qtbot, page.password.input, FIRST)
    type_into(qtbot, page.password_again.input, FIRST)
    tap(qtbot, page.role.input)                                 # the role: a list over the window
    chooser = page.role.input.choices_list
    tap(qtbot, _choice_row(chooser, "Supervisor"))
    assert page.role.value() == "Supervisor"
    tap(qtbot, page.add)
    qtbot.waitUntil(lambda: "can now sign in as aortiz" in page.add_status.text())
    qtbot.waitUntil(lambda: any("Ana Ortiz" in row.text() for row in page.list.rows if row.isVisible()))
    assert "Supervisor" in row_of(page, "Ana Ortiz").text() and "must change the password" in row_of(
        page, "Ana Ortiz").text()
    assert page.username.value() == "" and page.password.value() == ""
    added = kiosk.staff.get("aortiz")
    assert added.role is StaffRole.SUPERVISOR and added.must_change_password
    assert actions(kiosk).count("staff.added") == 2


def _choice_row(chooser, text):
    return next(b for b in chooser.findChildren(QAbstractButton) if b.isVisible() and b.text() == text)


def test_disable_asks_first_and_a_supervisor_cannot_disable_themselves(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)

    choose(qtbot, page, "jboss")                                # oneself: no Disable
    assert not page.disable.isVisible() and page.reset.isVisible()
    with pytest.raises(StaffRefused) as refused:                # nor from the service
        kiosk.staff.disable(Actor.staff(kiosk.staff.get("jboss")), "jboss")
    assert refused.value.reason is StaffRefusal.NOT_YOURSELF

    choose(qtbot, page, "mgarcia")
    tap(qtbot, page.disable)
    assert "Disable Maria Garcia's account?" in page.confirm_question.text() and not page.disable.isVisible()
    tap(qtbot, page.confirm_no)                                  # kept
    assert page.disable.isVisible() and kiosk.staff.get("mgarcia").active
    tap(qtbot, page.disable)
    tap(qtbot, page.confirm_yes)
    qtbot.waitUntil(lambda: "is disabled" in page.chosen_status.text())
    qtbot.waitUntil(lambda: "disabled" in row_of(page, "mgarcia").text())
    assert not page.disable.isVisible() and not kiosk.staff.get("mgarcia").active
    assert "staff.disabled" in actions(kiosk)

    sign_out(qtbot, kiosk, console)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, "mgarcia")
    qtbot.waitUntil(lambda: "disabled" in message(console))


def test_a_reset_password_is_shown_once_and_must_be_changed_at_the_next_sign_in(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)
    choose(qtbot, page, "mgarcia")
    tap(qtbot, page.reset)
    qtbot.waitUntil(page.temporary.isVisible)
    temporary = page.temporary.text()
    assert len(temporary) == 19 and "shown only this once" in page.temporary_intro.text()
    qtbot.waitUntil(lambda: "must change the password" in row_of(page, "mgarcia").text())
    tap(qtbot, page.handed_over)
    assert not page.temporary.isVisible() and temporary not in texts_in(kiosk.window)
    assert "staff.password_reset" in actions(kiosk)

    sign_out(qtbot, kiosk, console)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, "mgarcia", temporary)
    screen = console.sign_in
    qtbot.waitUntil(screen.new_password.isVisible)
    assert "temporary" in message(console)
    type_into(qtbot, screen.new_password.input, NEW)
    type_into(qtbot, screen.new_again.input, NEW)
    tap(qtbot, screen.submit)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert kiosk.staff.sign_in("mgarcia", NEW).staff is not None


def test_leaving_the_page_takes_a_temporary_password_off_the_screen(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)
    choose(qtbot, page, "mgarcia")
    tap(qtbot, page.reset)
    qtbot.waitUntil(page.temporary.isVisible)
    temporary = page.temporary.text()
    tap(qtbot, find(console, "runKioskPageButton"))
    assert temporary not in texts_in(kiosk.window)


# -- two-factor sign-in ------------------------------------------------------------------------------


def require_two_factor(qtbot, kiosk, console, username="mgarcia"):
    page = staff_page(qtbot, console)
    choose(qtbot, page, username)
    assert page.require.text() == "Require two-factor sign-in"
    tap(qtbot, page.require)
    qtbot.waitUntil(lambda: "will set up two-factor sign-in" in page.chosen_status.text())
    qtbot.waitUntil(lambda: "required, not set up yet" in row_of(page, username).text())
    assert page.require.text() == "Stop requiring two-factor sign-in"
    assert kiosk.staff.get(username).totp_required and "staff.totp_required" in actions(kiosk)


def test_a_required_two_factor_sign_in_is_set_up_from_the_qr_code_at_the_next_sign_in(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk)
    require_two_factor(qtbot, kiosk, console)
    sign_out(qtbot, kiosk, console)

    console = open_console(qtbot, kiosk)
    screen, setup = console.sign_in, console.sign_in.totp_setup
    sign_in(qtbot, console, "mgarcia")
    qtbot.waitUntil(setup.isVisible)
    assert "asked for two-factor sign-in" in message(console) and "ask a supervisor" not in message(console)
    secret = rendered_key(qtbot, setup)
    assert secret == pending_key(kiosk, "mgarcia")
    assert urlparse(setup.provisioning_uri()).path.endswith("mgarcia")
    assert not screen.password.isVisible() and not screen.submit.isVisible()

    type_into(qtbot, setup.code.input, "000000")
    tap(qtbot, setup.confirm)
    qtbot.waitUntil(lambda: "not right" in setup.message.text())
    type_into(qtbot, setup.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, setup.confirm)
    qtbot.waitUntil(screen.code.isVisible)
    assert "set up" in message(console) and not setup.isVisible()
    assert_no_key_anywhere(kiosk, secret)
    assert "staff.totp_confirmed" in actions(kiosk)

    now.at += dt.timedelta(seconds=30)                          # the app's next code
    type_into(qtbot, screen.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, screen.submit)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert "Maria Garcia" in find(console, "consoleWho").text()
    assert_no_key_anywhere(kiosk, secret)
    sign_out(qtbot, kiosk, console)

    now.at += dt.timedelta(minutes=1)                           # and from now on, the code is asked
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, "mgarcia")
    qtbot.waitUntil(console.sign_in.code.isVisible)
    assert "6-digit code" in message(console) and not console.sign_in.totp_setup.isVisible()
    type_into(qtbot, console.sign_in.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, console.sign_in.submit)
    qtbot.waitUntil(lambda: not console.showing_sign_in())


def test_a_reset_password_and_required_two_factor_are_both_done_in_one_sign_in(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    temporary = kiosk.staff.reset_password(Actor.staff(kiosk.staff.get("jboss")), "mgarcia")
    console = signed_in(qtbot, kiosk)
    require_two_factor(qtbot, kiosk, console)
    sign_out(qtbot, kiosk, console)

    console = open_console(qtbot, kiosk)
    screen, setup = console.sign_in, console.sign_in.totp_setup
    sign_in(qtbot, console, "mgarcia", temporary)
    qtbot.waitUntil(screen.new_password.isVisible)
    type_into(qtbot, screen.new_password.input, NEW)
    type_into(qtbot, screen.new_again.input, NEW)
    tap(qtbot, screen.submit)
    qtbot.waitUntil(setup.isVisible)
    secret = rendered_key(qtbot, setup)
    type_into(qtbot, setup.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, setup.confirm)
    qtbot.waitUntil(screen.code.isVisible)
    assert screen.new_password.isVisible() and screen.new_password.value() == NEW     # kept for the sign-in
    now.at += dt.timedelta(seconds=30)
    type_into(qtbot, screen.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, screen.submit)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert kiosk.staff.sign_in("mgarcia", NEW).outcome.value == "totp_needed"


def test_cancelling_the_set_up_or_the_lock_takes_the_key_off_the_screen(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "mgarcia")
    kiosk.staff.require_totp(Actor.command_line("it"), "mgarcia")
    console = open_console(qtbot, kiosk)
    setup = console.sign_in.totp_setup
    sign_in(qtbot, console, "mgarcia")
    secret = rendered_key(qtbot, setup)
    tap(qtbot, setup.cancel)
    assert console.sign_in.username.isVisible() and console.sign_in.password.isVisible()
    assert_no_key_anywhere(kiosk, secret)

    sign_in(qtbot, console, "mgarcia")
    secret = rendered_key(qtbot, setup)
    tap(qtbot, find(console, "staffSignInBack"))                 # back to the residents
    assert kiosk.window.showing_attract()
    assert_no_key_anywhere(kiosk, secret)


def test_an_assistant_sets_up_two_factor_from_my_sign_in_and_sees_no_staff_page(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk, "mgarcia")
    assert console.window().findChild(QWidget, "staffPageButton") is None and "staff" not in console.pages
    assistant = Actor.staff(kiosk.staff.get("mgarcia"))
    for attempt in (lambda: kiosk.staff.add(assistant, "newbie", "New Person", StaffRole.ASSISTANT, FIRST, FIRST),
                    lambda: kiosk.staff.reset_password(assistant, "mgarcia"),
                    lambda: kiosk.staff.require_totp(assistant, "mgarcia")):
        with pytest.raises(StaffRefused) as refused:
            attempt()
        assert refused.value.reason is StaffRefusal.NOT_ALLOWED

    tap(qtbot, find(console, "mySignInPageButton"))
    page = console.current_page()
    qtbot.waitUntil(lambda: "not set up" in page.two_factor.text())
    tap(qtbot, page.set_up)
    secret = rendered_key(qtbot, page.totp_setup)
    tap(qtbot, find(console, "runKioskPageButton"))              # left half-way: the key goes
    assert_no_key_anywhere(kiosk, secret)
    assert not kiosk.staff.get("mgarcia").totp_enrolled

    tap(qtbot, find(console, "mySignInPageButton"))
    tap(qtbot, page.set_up)
    secret = rendered_key(qtbot, page.totp_setup)
    type_into(qtbot, page.totp_setup.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, page.totp_setup.confirm)
    qtbot.waitUntil(lambda: "is set up" in page.status.text())
    assert "Set it up again" in page.set_up.text() and kiosk.staff.get("mgarcia").totp_enrolled
    assert_no_key_anywhere(kiosk, secret)


# -- the layout audit ----------------------------------------------------------------------------------


def test_the_staff_page_and_the_two_factor_set_up_pass_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    add_staff(kiosk, "mgarcia")
    kiosk.staff.require_totp(Actor.command_line("it"), "mgarcia")
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)
    choose(qtbot, page, "mgarcia")
    tap(qtbot, page.reset)
    qtbot.waitUntil(page.temporary.isVisible)
    temporary = page.temporary.text()
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, page.disable)
    findings += audited(qtbot, kiosk.window, SIZES[2])
    tap(qtbot, page.confirm_no)
    tap(qtbot, page.username.input)                              # with the on-screen keyboard up
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    findings += audited(qtbot, kiosk.window, SIZES[0])

    tap(qtbot, find(console, "mySignInPageButton"))
    my = console.current_page()
    qtbot.waitUntil(my.set_up.isVisible)
    tap(qtbot, my.set_up)
    qtbot.waitUntil(my.totp_setup.showing_key)
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    sign_out(qtbot, kiosk, console)

    console = open_console(qtbot, kiosk)
    screen = console.sign_in
    sign_in(qtbot, console, "mgarcia", temporary)
    qtbot.waitUntil(screen.new_password.isVisible)
    type_into(qtbot, screen.new_password.input, NEW)
    type_into(qtbot, screen.new_again.input, NEW)
    tap(qtbot, screen.submit)
    qtbot.waitUntil(screen.totp_setup.showing_key)
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    settle()
    assert findings == []


@pytest.mark.parametrize("text", ["Disable the account", "Reset the password", "Require two-factor sign-in",
                                  "Stop requiring two-factor sign-in", "Keep the account", "Handed over: hide it"])
def test_a_button_at_its_natural_width_keeps_its_text_on_one_line(qtbot, text):
    """Kerning makes some lines narrower than their words' widths summed: the natural width
    (measured whole) must not then wrap the last word."""
    from kiosk.ui.screens.base import button

    shown = button("probe")
    qtbot.addWidget(shown)
    shown.setText(text)
    hint = shown.sizeHint()
    one_line = button("probe_one")
    qtbot.addWidget(one_line)
    one_line.setText("Word")
    assert shown.heightForWidth(hint.width()) == hint.height() == one_line.sizeHint().height()
