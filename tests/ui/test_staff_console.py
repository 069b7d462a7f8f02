# SPDX-License-Identifier: Apache-2.0
"""The staff console's shell, tapped like a finger: opening it on the kiosk (a 3 s hold in the
top-left corner, Ctrl+Alt+S), the staff sign-in (wrong password, lockout, the authenticator's code,
a temporary password), the lock after idle minutes, and "Run the kiosk" (out of service across a
restart, a test page, the health checks against a real SMTP server, kiosk mode for supervisors).
The lock and the hold run on clocks the tests move by hand (tests.support.ManualClock)."""

from __future__ import annotations

import datetime as dt
import itertools

import pyotp
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.session import EndReason
from kiosk.core.staff import Actor, StaffRole
from kiosk.startup import EXIT_TO_DESKTOP
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.ui.console.opening import HOLD_MS
from tests.conftest import FROZEN_NOW
from tests.storage.outbox_support import SmtpSink, free_port
from tests.support import ManualClock, find, settle, tap

IT = Actor.command_line("it-admin")
FIRST, PASSWORD = "canoe maple 42", "harbour lamp 77"
LOCK_MS = 5 * 60_000          # staff_lock_minutes as shipped


class Moment:
    """The kiosk's clock, moved by the test (a TOTP code signs in once per 30 s step)."""

    def __init__(self) -> None:
        self.at = FROZEN_NOW

    def __call__(self) -> dt.datetime:
        return self.at


def add_staff(kiosk, username="mgarcia", role=StaffRole.ASSISTANT, changed=True):
    kiosk.staff.add(IT, username, "Maria Garcia", role, FIRST, FIRST)
    if changed:
        kiosk.staff.change_password(username, FIRST, PASSWORD, PASSWORD)


def hold(qtbot, kiosk, clock: ManualClock, ms: int, point: QPoint | None = None, move_to: QPoint | None = None):
    """A finger on the glass at ``point`` (default: in the corner) for ``ms`` (moving to ``move_to``
    half-way), then lifted."""
    point = point or QPoint(10, 10)
    handle = kiosk.window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    settle()
    if move_to is not None:
        clock.advance(ms // 2)
        QTest.mouseMove(handle, move_to)
        settle()
        clock.advance(ms - ms // 2)
    else:
        clock.advance(ms)
    settle()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, move_to or point)
    settle()


def open_console(qtbot, kiosk):
    """Ctrl+Alt+S on the kiosk's keyboard (a shortcut works in the active window, as the kiosk's is)."""
    kiosk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window)
    QTest.keyClick(kiosk.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(kiosk.window.showing_console)
    return kiosk.console


def type_into(qtbot, widget, text):
    tap(qtbot, widget)
    widget.clear()
    QTest.keyClicks(widget, text)


def sign_in(qtbot, console, username="mgarcia", password=PASSWORD, code=None):
    screen = console.sign_in
    type_into(qtbot, screen.username.input, username)
    type_into(qtbot, screen.password.input, password)
    tap(qtbot, screen.submit)
    if code is not None:
        qtbot.waitUntil(screen.code.isVisible)
        type_into(qtbot, screen.code.input, code)
        tap(qtbot, screen.submit)


def signed_in(qtbot, kiosk, username="mgarcia"):
    """The console opened on the kiosk and ``username`` signed in: the first page on show."""
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, username)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    return console


def message(console) -> str:
    return console.sign_in.message.text()


def actions(kiosk) -> list[str]:
    return [entry.event.action for entry in SqlAuditLog(session_factory(kiosk.engine)).entries()]


# -- opening ---------------------------------------------------------------------------------------


def test_a_3_s_hold_in_the_top_left_corner_opens_the_staff_sign_in_and_starts_no_visit(qtbot, make_kiosk):
    clock = ManualClock()
    kiosk = make_kiosk(hold_clock=clock)
    handle = kiosk.window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(12, 12))
    settle()
    clock.advance(HOLD_MS - 1)
    assert kiosk.window.showing_attract()             # nothing shows while holding
    clock.advance(1)
    assert kiosk.window.showing_console() and kiosk.console.showing_sign_in()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(12, 12))
    settle()
    assert kiosk.sessions.current is None              # the press on Start began no visit
    assert find(kiosk.console, "staff_username").isVisible()


@pytest.mark.parametrize("how", ["shorter", "moved out", "elsewhere"])
def test_a_shorter_hold_one_that_moves_out_or_one_elsewhere_opens_nothing(qtbot, make_kiosk, how):
    clock = ManualClock()
    kiosk = make_kiosk(hold_clock=clock)
    if how == "shorter":
        hold(qtbot, kiosk, clock, HOLD_MS - 100)
    elif how == "moved out":
        hold(qtbot, kiosk, clock, HOLD_MS + 500, move_to=QPoint(200, 10))
    else:
        hold(qtbot, kiosk, clock, HOLD_MS + 500, point=QPoint(100, 100))
    clock.advance(10 * HOLD_MS)
    assert not kiosk.window.showing_console()


def test_opening_the_console_ends_the_visit_and_nothing_typed_survives(qtbot, make_kiosk):
    kiosk = make_kiosk()
    ended = []
    kiosk.visits.visit_ended.connect(ended.append)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    kiosk.navigator.go("signin")
    field = find(kiosk.navigator.current, "signin_username")
    type_into(qtbot, field, "resident-typed")

    console = open_console(qtbot, kiosk)

    assert ended == [EndReason.STAFF_RESET] and kiosk.sessions.current is None
    assert console.sign_in.username.value() == ""
    qtbot.waitUntil(lambda: "kiosk.visit_ended" in actions(kiosk))
    tap(qtbot, find(console, "staffSignInBack"))
    assert kiosk.window.showing_attract()
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    kiosk.navigator.go("signin")
    assert find(kiosk.navigator.current, "signin_username").text() == ""


# -- signing in ------------------------------------------------------------------------------------


def test_a_wrong_password_says_so_and_repeated_failures_lock_the_account(qtbot, make_kiosk):
    kiosk = make_kiosk(lockout_attempts=3)
    add_staff(kiosk)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, password="not it at all")
    qtbot.waitUntil(lambda: "not right" in message(console))
    assert console.showing_sign_in() and console.sign_in.password.value() == ""
    for _ in range(2):
        sign_in(qtbot, console, password="not it either")
        qtbot.waitUntil(lambda: console.sign_in.submit.isEnabled())
    qtbot.waitUntil(lambda: "locked until" in message(console))
    sign_in(qtbot, console)                               # the right password, too late
    qtbot.waitUntil(lambda: "locked until" in message(console) and console.sign_in.submit.isEnabled())
    assert console.showing_sign_in()


def test_the_authenticator_code_is_asked_after_the_password(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    add_staff(kiosk)
    enrolment = kiosk.staff.enrol_totp(IT, "mgarcia")
    kiosk.staff.confirm_totp(IT, "mgarcia", pyotp.TOTP(enrolment.secret).at(now.at))
    now.at += dt.timedelta(minutes=1)
    console = open_console(qtbot, kiosk)

    sign_in(qtbot, console)
    qtbot.waitUntil(console.sign_in.code.isVisible)
    assert "6-digit code" in message(console) and not console.sign_in.password.isVisible()
    type_into(qtbot, console.sign_in.code.input, "000000")
    tap(qtbot, console.sign_in.submit)
    qtbot.waitUntil(lambda: "not right" in message(console))
    sign_in(qtbot, console, code=pyotp.TOTP(enrolment.secret).at(now.at))
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert "Maria Garcia" in find(console, "consoleWho").text()


def test_a_temporary_password_must_be_changed_before_the_console_opens(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, changed=False)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, password=FIRST)
    screen = console.sign_in
    qtbot.waitUntil(screen.new_password.isVisible)
    assert "temporary" in message(console)
    type_into(qtbot, screen.new_password.input, FIRST)
    type_into(qtbot, screen.new_again.input, FIRST)
    tap(qtbot, screen.submit)
    qtbot.waitUntil(lambda: "must not be the temporary one" in message(console))
    type_into(qtbot, screen.new_password.input, PASSWORD)
    type_into(qtbot, screen.new_again.input, PASSWORD)
    tap(qtbot, screen.submit)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert kiosk.staff.sign_in("mgarcia", PASSWORD).staff is not None


# -- the lock --------------------------------------------------------------------------------------


def test_the_console_locks_itself_after_idle_minutes(qtbot, make_kiosk):
    clock = ManualClock()
    kiosk = make_kiosk(console_clock=clock)
    add_staff(kiosk)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    clock.advance(LOCK_MS - 1000)
    tap(qtbot, find(console, "runKioskPageButton"))        # a touch: the time starts again
    clock.advance(LOCK_MS - 1)
    assert not console.showing_sign_in()
    clock.advance(1)
    assert console.showing_sign_in() and console.pages == {}
    assert kiosk.window.showing_console()
    qtbot.waitUntil(lambda: "staff.signed_out" in actions(kiosk))
    clock.advance(LOCK_MS)                                 # a sign-in nobody answers: back to residents
    assert kiosk.window.showing_attract()


# -- roles -----------------------------------------------------------------------------------------


def test_an_assistant_does_not_see_exit_to_desktop_and_a_supervisor_does(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "mgarcia", StaffRole.ASSISTANT)
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, "mgarcia")
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    assert not find(console, "runKioskExit").isVisible() and not find(console, "runKioskRestart").isVisible()
    tap(qtbot, find(console, "consoleSignOut"))
    assert kiosk.window.showing_attract()

    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, "jboss")
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    exit_button = find(console, "runKioskExit")
    assert exit_button.isVisible() and find(console, "runKioskRestart").isVisible()
    tap(qtbot, exit_button)
    qtbot.waitUntil(lambda: kiosk.leave_code == EXIT_TO_DESKTOP and not kiosk.window.isVisible())
    assert "kiosk.exited_to_desktop" in actions(kiosk)


# -- run the kiosk ---------------------------------------------------------------------------------


def signed_in_run_page(qtbot, kiosk):
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    page = console.current_page()
    assert page is not None and page.page_id == "runKiosk"
    return console, page


def test_out_of_service_shows_the_message_to_residents_even_after_a_restart(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk)
    console, page = signed_in_run_page(qtbot, kiosk)
    qtbot.waitUntil(page.out_of_service.isVisible)
    type_into(qtbot, page.message, "Being serviced until 2 pm. Please ask at the front desk.")
    tap(qtbot, page.out_of_service)
    qtbot.waitUntil(page.in_service.isVisible)
    tap(qtbot, find(console, "consoleBack"))
    assert kiosk.window.showing_attract()
    assert "Being serviced until 2 pm" in kiosk.attract.invite.text() and not kiosk.attract.start.isEnabled()
    kiosk.shutdown()

    again = make_kiosk()                                   # the same data folder, so the same database
    assert "Being serviced until 2 pm" in again.attract.invite.text() and not again.attract.start.isEnabled()
    console, page = signed_in_run_page(qtbot, again)
    qtbot.waitUntil(page.in_service.isVisible)
    assert "Out of service since" in find(page, "runKioskServiceState").text()
    tap(qtbot, page.in_service)
    qtbot.waitUntil(page.out_of_service.isVisible)
    tap(qtbot, find(console, "consoleBack"))
    assert "Touch the screen to begin" in again.attract.invite.text() and again.attract.start.isEnabled()
    assert {"kiosk.out_of_service", "kiosk.in_service"} <= set(actions(again))


def test_a_test_page_is_printed(qtbot, make_kiosk, tmp_path):
    spool = tmp_path / "spool"
    kiosk = make_kiosk(printer_backend="file", printer_name=str(spool))
    add_staff(kiosk)
    _console, page = signed_in_run_page(qtbot, kiosk)
    tap(qtbot, page.test_page)
    qtbot.waitUntil(lambda: "sent to the printer" in page.parts_status.text())
    (pdf,) = spool.glob("*.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Printer test page" in text and "Kiosk: kiosk-1" in text
    assert "kiosk.test_page" in actions(kiosk)


def test_the_checks_show_a_stopped_mail_server_as_not_reachable(qtbot, make_kiosk):
    sink = SmtpSink().start()
    kiosk = make_kiosk(smtp_host="127.0.0.1", smtp_port=sink.port, smtp_tls="none")
    add_staff(kiosk)
    _console, page = signed_in_run_page(qtbot, kiosk)
    result = find(page, "runKioskCheck_email")
    tap(qtbot, page.check)
    qtbot.waitUntil(result.isVisible)
    assert result.text().startswith("E-mail server: reachable")
    assert find(page, "runKioskCheck_database").text().startswith("Database: reachable")
    assert find(page, "runKioskCheck_printer").text().startswith("Printer: reachable")
    sink.stop()

    tap(qtbot, page.check)
    qtbot.waitUntil(lambda: result.isVisible() and "not reachable" in result.text())
    assert "nothing answers" in result.text() and f"127.0.0.1:{sink.port}" in result.text()
    assert result.property("role") == "error"
    assert actions(kiosk).count("kiosk.checked") == 2


def test_no_mail_server_configured_is_said_plainly(qtbot, make_kiosk):
    kiosk = make_kiosk(smtp_host="")
    add_staff(kiosk)
    _console, page = signed_in_run_page(qtbot, kiosk)
    tap(qtbot, page.check)
    result = find(page, "runKioskCheck_email")
    qtbot.waitUntil(result.isVisible)
    assert "not set up" in result.text()


def test_end_the_visit_now_says_there_is_none_once_the_console_is_open(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk)
    _console, page = signed_in_run_page(qtbot, kiosk)
    tap(qtbot, page.end_visit)
    assert "No visit is in progress" in page.visit_status.text()


def test_an_unreachable_port_for_the_mail_server_is_not_reachable(qtbot, make_kiosk):
    kiosk = make_kiosk(smtp_host="127.0.0.1", smtp_port=free_port(), smtp_tls="none")
    results = kiosk.control.check(Actor("test", StaffRole.ASSISTANT))
    email = next(r for r in results if r.check.value == "email")
    assert not email.reachable and email.reason.value == "refused"


# -- the layout audit, at the tour's sizes ------------------------------------------------------------

SIZES = ((1280, 800), (1920, 1080), (1080, 1920))


def audited(qtbot, window, size) -> list[str]:
    """kiosk.ui.audit's checks on the window at ``size`` (the test screen is 1280x800: a larger
    window is larger than it by design here, so only that check is left out)."""
    from kiosk.ui.audit import audit

    window.resize(*size)
    settle()
    qtbot.waitUntil(lambda: window.size().width() == size[0] and window.size().height() == size[1])
    settle()
    return [f"{size}: {f.kind} {f.widget} {f.detail}" for f in audit(window) if f.kind != "window_too_large"]


def test_the_console_screens_pass_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = open_console(qtbot, kiosk)
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, console.sign_in.username.input)                   # with the on-screen keyboard up
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    findings += audited(qtbot, kiosk.window, SIZES[0])
    sign_in(qtbot, console, "jboss")
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    page = console.current_page()
    qtbot.waitUntil(page.out_of_service.isVisible)
    tap(qtbot, page.check)
    qtbot.waitUntil(lambda: find(page, "runKioskCheck_email").isVisible())
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == []


def test_every_control_of_the_console_has_an_accessible_name(qtbot, make_kiosk):
    from kiosk.ui.audit import is_interactive

    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk, "jboss")
    for screen in (console.sign_in, console):
        unnamed = [w.objectName() for w in screen.findChildren(QWidget)
                   if is_interactive(w) and not w.accessibleName() and w.objectName() != "qt_scrollarea_viewport"
                   and not w.objectName().startswith("key_")]
        assert unnamed == []


# -- kiosk --staff --------------------------------------------------------------------------------


def test_kiosk_staff_opens_the_console_alone_as_a_normal_window(qtbot, tmp_path, private_tmp):
    from kiosk.app import StaffDesk, parse_args
    from kiosk.startup import prepare

    assert parse_args(["--staff"]).staff
    desk = StaffDesk(prepare(None, {"data_dir": str(tmp_path / "data"), "demo_records": False}),
                     QApplication.instance(), now=lambda: FROZEN_NOW, console_clock=ManualClock())
    qtbot.addWidget(desk.window)
    desk.finish_startup()
    desk.show()
    qtbot.waitExposed(desk.window)
    try:
        desk.staff.add(IT, "jboss", "Jo Boss", StaffRole.SUPERVISOR, FIRST, FIRST)
        desk.staff.change_password("jboss", FIRST, PASSWORD, PASSWORD)
        console = desk.console
        assert not find(console, "staffSignInBack").isVisible() and desk.window.findChild(QWidget, "attractScreen") is None
        sign_in(qtbot, console, "jboss")
        qtbot.waitUntil(lambda: not console.showing_sign_in())
        page = console.current_page()
        assert page.test_page.isVisible() and page.check.isVisible()
        assert not page.end_visit.isVisible() and not page.message.isVisible() and not page.exit.isVisible()
        tap(qtbot, find(console, "consoleSignOut"))           # back to the sign-in; the window stays
        assert console.showing_sign_in() and desk.window.isVisible()
    finally:
        desk.shutdown()


def test_a_supervisors_side_bar_scrolls_in_a_small_window_instead_of_squeezing_its_buttons(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk, "jboss")
    kiosk.window.resize(800, 500)                      # a front-desk PC's window, made small
    settle()
    side = find(console, "consoleSide")
    buttons = sorted((b for b in side.findChildren(QWidget) if b.objectName().endswith("PageButton")),
                     key=lambda b: b.y())
    assert len(buttons) >= 7                           # every page a supervisor may open
    for upper, lower in itertools.pairwise(buttons):
        assert upper.geometry().bottom() < lower.geometry().top()      # none overlaps the next: a tap lands
    assert min(b.height() for b in buttons) >= 60                      # finger-sized still
    assert side.height() > find(console, "consoleSideScroll").viewport().height()   # so it scrolls


def test_on_a_portrait_screen_the_pages_are_a_row_above_the_page(qtbot, make_kiosk):
    """Beside a portrait page the side bar would leave it too narrow for a queue row in large text:
    the pages' buttons wrap in a row above it instead, and go back beside it on a landscape screen."""
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk, "jboss")
    kiosk.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: find(console, "consolePageRow").isVisible())
    settle()
    row = find(console, "consolePageRow")
    assert not find(console, "consoleSideScroll").isVisible()
    queue_button = find(console, "queuePageButton")
    assert row.isAncestorOf(queue_button) and row.isAncestorOf(find(console, "consoleLargeText"))
    assert console.page_stack.width() == console.width()                 # the page has the whole width
    buttons = [b for b in row.findChildren(QWidget) if b.objectName().endswith("PageButton")]
    assert len({b.y() for b in buttons}) > 1                               # eight pages: more than one line
    for a, b in itertools.combinations(buttons, 2):
        assert not a.geometry().intersects(b.geometry())                    # a tap lands on one
    tap(qtbot, queue_button)
    qtbot.waitUntil(lambda: console.current_page() is console.pages["queue"])
    assert queue_button.isChecked()
    kiosk.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: find(console, "consoleSideScroll").isVisible())
    assert not row.isVisible() and find(console, "consoleSide").isAncestorOf(queue_button)


def test_staff_can_have_large_text_and_high_contrast_until_they_sign_out(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk, "jboss")
    heading = console.current_page().heading
    normal_px = heading.fontInfo().pixelSize()
    background = console.grab().toImage().pixelColor(console.width() // 2, console.height() - 4)
    tap(qtbot, find(console, "consoleLargeText"))
    qtbot.waitUntil(lambda: heading.fontInfo().pixelSize() > normal_px * 1.3)
    tap(qtbot, find(console, "consoleHighContrast"))
    qtbot.waitUntil(lambda: console.grab().toImage().pixelColor(console.width() // 2, console.height() - 4) != background)
    assert find(console, "consoleLargeText").isChecked() and find(console, "consoleHighContrast").isChecked()
    tap(qtbot, find(console, "consoleSignOut"))           # on the kiosk: back to the residents
    qtbot.waitUntil(lambda: not kiosk.window.showing_console())
    console = signed_in(qtbot, kiosk, "jboss")
    assert not find(console, "consoleLargeText").isChecked() and not find(console, "consoleHighContrast").isChecked()
    assert console.current_page().heading.fontInfo().pixelSize() == normal_px      # the next person: the kiosk's look
