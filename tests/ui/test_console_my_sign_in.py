# SPDX-License-Identifier: Apache-2.0
"""The console's My sign-in page, tapped like a finger: changing one's own password (a wrong
current password refused and counted toward the lock, a mismatch refused, then the change, after
which the new password signs in and the old one does not; the authenticator's code asked where the
person has two-factor), every field wiped after a try and when the page is left, and the layout
audit at the tour's sizes."""

from __future__ import annotations

import datetime as dt

import pyotp

from kiosk.core.audit import AuditAction
from kiosk.core.staff import StaffRole, StaffSignInOutcome
from tests.support import find, settle, tap
from tests.ui.test_console_staff import rendered_key, sign_out, signed_in
from tests.ui.test_staff_console import PASSWORD, SIZES, Moment, actions, add_staff, audited, type_into

NEW = "river stone 58"


def my_sign_in(qtbot, console):
    tap(qtbot, find(console, "mySignInPageButton"))
    page = console.current_page()
    assert page is not None and page.page_id == "mySignIn"
    qtbot.waitUntil(page.password.submit.isVisible)
    return page


def change(qtbot, form, current, new, again, code=None):
    type_into(qtbot, form.current.input, current)
    type_into(qtbot, form.new.input, new)
    type_into(qtbot, form.again.input, again)
    if code is not None:
        type_into(qtbot, form.code.input, code)
    tap(qtbot, form.submit)


def typed(form) -> list[str]:
    return [field.value() for field in (form.current, form.new, form.again, form.code) if field.value()]


def test_a_staff_member_changes_their_password_after_a_wrong_one_and_a_mismatch_are_refused(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk, "mgarcia")
    form = my_sign_in(qtbot, console).password
    assert not form.code.isVisible()                             # no two-factor: no code asked

    change(qtbot, form, "not my password", NEW, NEW)
    qtbot.waitUntil(lambda: "not your current password" in form.message.text())
    assert "4 left" in form.message.text() and typed(form) == []     # counted toward the lock, nothing kept

    change(qtbot, form, PASSWORD, NEW, "river stone 59")
    qtbot.waitUntil(form.again.error.isVisible)
    assert "another new password" in form.message.text() and typed(form) == []

    change(qtbot, form, PASSWORD, NEW, NEW)
    qtbot.waitUntil(lambda: "is changed" in form.message.text())
    assert typed(form) == [] and AuditAction.STAFF_PASSWORD_CHANGED in actions(kiosk)
    assert kiosk.staff.sign_in("mgarcia", PASSWORD).outcome is StaffSignInOutcome.FAILED
    sign_out(qtbot, kiosk, console)
    console = signed_in(qtbot, kiosk, "mgarcia", NEW)           # the new password signs in at the glass
    assert console.member is not None and console.member.username == "mgarcia"


def test_wrong_current_passwords_lock_the_account_so_an_open_console_does_not_let_anyone_guess(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk, "mgarcia")
    form = my_sign_in(qtbot, console).password
    for n in range(5):                                           # staff_lock_attempts as shipped
        change(qtbot, form, f"guess number {n}", NEW, NEW)
        qtbot.waitUntil(lambda: form.submit.isEnabled() and "password" in form.message.text())
    assert "locked until" in form.message.text()
    change(qtbot, form, PASSWORD, NEW, NEW)                      # the right one now waits for the lock too
    qtbot.waitUntil(lambda: form.submit.isEnabled() and "locked until" in form.message.text())
    assert kiosk.staff.sign_in("mgarcia", PASSWORD).outcome is StaffSignInOutcome.LOCKED


def test_with_two_factor_the_code_is_asked_and_a_wrong_one_changes_nothing(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk, "mgarcia")
    page = my_sign_in(qtbot, console)
    tap(qtbot, page.set_up)
    secret = rendered_key(qtbot, page.totp_setup)
    assert not page.password.isVisible()                         # one thing at a time
    type_into(qtbot, page.totp_setup.code.input, pyotp.TOTP(secret).at(now.at))
    tap(qtbot, page.totp_setup.confirm)
    qtbot.waitUntil(lambda: "is set up" in page.status.text())
    form = page.password
    assert form.isVisible() and form.code.isVisible()

    now.at += dt.timedelta(seconds=30)                           # a code counts once: the app's next one
    change(qtbot, form, PASSWORD, NEW, NEW, "000000")
    qtbot.waitUntil(lambda: "or the code is not right" in form.message.text())
    change(qtbot, form, PASSWORD, NEW, NEW, pyotp.TOTP(secret).at(now.at))
    qtbot.waitUntil(lambda: "is changed" in form.message.text())
    now.at += dt.timedelta(seconds=30)
    assert kiosk.staff.sign_in("mgarcia", NEW, pyotp.TOTP(secret).at(now.at)).outcome is StaffSignInOutcome.SIGNED_IN


def test_what_was_typed_goes_when_the_page_is_left_or_the_console_locks(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "mgarcia")
    console = signed_in(qtbot, kiosk, "mgarcia")
    form = my_sign_in(qtbot, console).password
    for field, text in ((form.current, PASSWORD), (form.new, NEW), (form.again, NEW)):
        type_into(qtbot, field.input, text)
    tap(qtbot, find(console, "runKioskPageButton"))
    assert typed(form) == []

    form = my_sign_in(qtbot, console).password
    type_into(qtbot, form.current.input, PASSWORD)
    console.lock()                                               # as the idle minutes do
    settle()
    assert console.showing_sign_in() and typed(form) == []


def test_the_password_change_passes_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk)
    form = my_sign_in(qtbot, console).password
    change(qtbot, form, PASSWORD, "short", "shorter")             # errors on the fields, the keyboard up
    qtbot.waitUntil(form.new.error.isVisible)
    type_into(qtbot, form.current.input, "x")
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == [], "\n".join(findings)
