# SPDX-License-Identifier: Apache-2.0
"""The staff console's Policies page, tapped like a finger: reading every version of the terms and
the privacy policy (the one in force marked, what changed against the one before), a supervisor
publishing a new version from the editor (refused first, in plain words, then published and seen
by another kiosk of the same database), an assistant who cannot publish (the view is not there and
the service refuses), the acceptances (counts for anyone, names and one account for a supervisor),
a front-desk PC opening a Markdown file, and the layout audit at the tour's sizes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.pack import load_pack
from kiosk.core.policy_service import PolicyRefusal, PolicyRefused
from kiosk.core.staff import Actor, StaffRefused, StaffRole
from kiosk.paths import towns_dir
from kiosk.storage.database import open_engine
from tests.conftest import FROZEN_NOW
from tests.core.accounts_helpers import registration
from tests.storage.policy_support import policy_service
from tests.support import ManualClock, find, settle, tap
from tests.ui.test_staff_console import FIRST, IT, PASSWORD, SIZES, Moment, add_staff, audited, open_console, sign_in

NEW_TEXT = ("# Terms & Conditions\n\nWhat you send through the kiosk can become a public record.\n\n"
            "Messages are kept for three years.\n")
SUMMARY = "Messages are now kept for three years."


def policies_page(qtbot, kiosk, username="jboss", role=StaffRole.SUPERVISOR):
    add_staff(kiosk, username, role)
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, username)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    tap(qtbot, find(console, "policiesPageButton"))
    page = console.current_page()
    assert page is not None and page.page_id == "policies"
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.doc_id == page.doc_id)
    return console, page


def choose_document(qtbot, page, doc_id):
    tap(qtbot, page.documents[doc_id])
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.doc_id == doc_id)


def type_text(qtbot, widget, text):
    """Typed as the keys give it (the on-screen keyboard sends the same key events)."""
    tap(qtbot, widget)
    widget.clear() if hasattr(widget, "clear") else None
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)


def problem(page) -> str:
    editor = page.editor
    return editor.problem.text() if editor.problem.isVisible() else ""


def register_resident(kiosk, username):
    """A resident registered at this kiosk, accepting the terms in force (the accounts' own clock)."""
    pack = kiosk.prepared.pack
    reg = registration(username, security_question=pack.security_questions[0], licences=(),
                       contact=dataclasses.replace(registration().contact, email=f"{username}@example.com"))
    return kiosk.accounts.register(reg, pack.policy("terms", FROZEN_NOW.date()))


# -- reading ------------------------------------------------------------------------------------------


def test_staff_read_every_version_with_the_one_in_force_marked_and_what_changed(qtbot, make_kiosk):
    kiosk = make_kiosk()
    _console, page = policies_page(qtbot, kiosk, "mgarcia", StaffRole.ASSISTANT)
    terms = page.version_buttons["1.0"]
    assert "Version 1.0: in force today" in terms.text() and "From the town pack" in terms.text()
    assert page.reading.isVisible() and "Registration Instructions" in page.reading.view.toPlainText()

    choose_document(qtbot, page, "privacy")
    assert list(page.version_buttons) == ["1.1", "1.0"]          # the newest first
    newest, oldest = page.version_buttons["1.1"], page.version_buttons["1.0"]
    assert "in force today" in newest.text() and "no longer in force" in oldest.text()
    assert "What changed: Adds a section on the Town Hall lobby kiosk" in newest.text()
    assert newest.isChecked() and "Privacy Policy, version 1.1" in page.reading.heading.text()
    tap(qtbot, page.reading.changes)
    marked = page.reading.view.toPlainText()
    assert "Added:" in marked and page.reading.showing_changes()
    tap(qtbot, oldest)                                            # an older version stays readable
    assert "Privacy Policy, version 1.0" in page.reading.heading.text()
    assert not page.reading.changes.isVisible()                   # nothing before the first
    assert "Added:" not in page.reading.view.toPlainText() and "privacy" in page.reading.view.toPlainText()


# -- publishing -----------------------------------------------------------------------------------------


def test_a_supervisor_publishes_from_the_editor_after_what_was_refused_is_said_plainly(qtbot, make_kiosk):
    now = Moment()
    kiosk = make_kiosk(now=now)
    _console, page = policies_page(qtbot, kiosk)
    tap(qtbot, page.views["publish"])
    editor = page.editor
    assert editor.isVisible() and not editor.open_file.isVisible()          # the kiosk: no files at hand
    assert editor.number.value() == "1.1"                                     # next_version's suggestion
    assert editor.date.date() == dt.date(2026, 11, 22)                        # today in Westport

    type_text(qtbot, editor.text, "# Terms\n\nSee <b>this</b> first.\n")
    tap(qtbot, editor.check)
    qtbot.waitUntil(lambda: "summary of what changed" in problem(page))
    assert not editor.preview.isVisible()

    type_text(qtbot, editor.summary.input, SUMMARY)
    tap(qtbot, editor.check)
    qtbot.waitUntil(lambda: "HTML" in problem(page))
    assert "on line 3" in problem(page) and not editor.preview.isVisible()

    type_text(qtbot, editor.text, NEW_TEXT)
    tap(qtbot, editor.check)
    qtbot.waitUntil(editor.preview.isVisible)
    assert "can be published" in editor.status.text() and not problem(page)
    assert "public record" in editor.preview.view.toPlainText()
    tap(qtbot, editor.preview.changes)                                       # against the version in force
    assert "Added:" in editor.preview.view.toPlainText()

    now.at += dt.timedelta(days=1)                  # midnight passed in the town while the page was open
    tap(qtbot, editor.publish)
    qtbot.waitUntil(lambda: "in the past" in problem(page))
    assert "today is November 23, 2026 in the town" in problem(page) and not editor.confirm_box.isVisible()

    tap(qtbot, editor.date.next)                    # December
    tap(qtbot, editor.date.cell_for(dt.date(2026, 12, 7)))
    tap(qtbot, editor.publish)
    qtbot.waitUntil(editor.confirm_box.isVisible)
    question = editor.confirm_text.text()
    assert "Publish version 1.1 of the Terms & Conditions, taking effect on December 7, 2026?" in question
    assert "asked to accept the new terms" in question
    assert kiosk.policies.versions("terms")[-1].document.version == "1.0"      # nothing stored before Yes
    tap(qtbot, editor.confirm)

    qtbot.waitUntil(lambda: "1.1" in page.version_buttons and page.versions_box.isVisible())
    assert "Version 1.1 is published. It takes effect on December 7, 2026" in page.status.text()
    row = page.version_buttons["1.1"].text()
    assert "takes effect later" in row and "Published by jboss" in row and SUMMARY in row
    assert page.version_buttons["1.1"].isChecked() and "public record" in page.reading.view.toPlainText()
    assert "policy.published" in [e.event.action for e in _audit(kiosk)]

    # Another kiosk of the same database reads it from its own copy of the pack.
    engine = open_engine(kiosk.prepared.settings.resolved_database_url())
    try:
        other = policy_service(engine, load_pack(towns_dir() / "westport"), lambda: now.at, kiosk_id="kiosk-2")
        published = other.version("terms", "1.1")
        assert published.published_by == "jboss" and published.document.changes == SUMMARY
        assert published.document.effective == dt.date(2026, 12, 7)
    finally:
        engine.dispose()
    # ... and this kiosk's residents get it on its date (the home notice follows the library).
    assert kiosk.prepared.pack.policy("terms", dt.date(2026, 12, 7)).version == "1.1"


def test_an_assistant_has_no_publish_view_and_the_service_refuses_anyway(qtbot, make_kiosk):
    kiosk = make_kiosk()
    _console, page = policies_page(qtbot, kiosk, "mgarcia", StaffRole.ASSISTANT)
    assert not page.views["publish"].isVisible() and not page.editor.isVisible()
    page.show_view("publish")                                                  # not even when asked
    assert not page.editor.isVisible()
    tap(qtbot, page.views["acceptances"])
    assert not page.acceptances.account.isVisible()
    assert all(not isinstance(row, type(page.version_buttons["1.0"])) for row in page.acceptances.count_rows.values())
    assistant = Actor("mgarcia", StaffRole.ASSISTANT)
    with pytest.raises(StaffRefused):
        kiosk.policies.publish(assistant, "terms", NEW_TEXT, dt.date(2026, 12, 7), SUMMARY)
    with pytest.raises(StaffRefused):
        kiosk.policies.accepted_by(assistant, "terms", "1.0")


def test_the_editor_checks_what_the_service_would_refuse_in_its_own_words(qtbot, make_kiosk):
    from kiosk.core.policy_markdown import MarkdownProblem
    from kiosk.ui.console.policy_words import markdown_words, refusal_words

    kiosk = make_kiosk()
    _console, page = policies_page(qtbot, kiosk)
    for reason in PolicyRefusal:
        words = refusal_words(PolicyRefused(reason), str, dt.date(2026, 11, 22), "1.0", dt.date(2024, 7, 1), "1.1")
        assert words and "_" not in words
    for kind in MarkdownProblem:
        assert markdown_words(kind, "line 4").strip()
    tap(qtbot, page.views["publish"])
    editor = page.editor
    type_text(qtbot, editor.text, "+++\nversion = 2\n+++\n# Terms\n\nText.\n")
    type_text(qtbot, editor.summary.input, SUMMARY)
    type_text(qtbot, editor.number.input, "1.0")
    tap(qtbot, editor.check)
    qtbot.waitUntil(lambda: "There is a version with that number already" in problem(page))
    assert "1.1 is the next one" in problem(page)
    type_text(qtbot, editor.number.input, "1.1")
    tap(qtbot, editor.check)
    qtbot.waitUntil(lambda: "+++ block" in problem(page))


def test_a_front_desk_pc_opens_a_markdown_file_into_the_editor(qtbot, tmp_path, private_tmp):
    from kiosk.app import StaffDesk
    from kiosk.startup import prepare

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
        sign_in(qtbot, console, "jboss")
        qtbot.waitUntil(lambda: not console.showing_sign_in())
        tap(qtbot, find(console, "policiesPageButton"))
        page = console.current_page()
        qtbot.waitUntil(lambda: page.loaded is not None)
        tap(qtbot, page.views["publish"])
        editor = page.editor
        good, bad = tmp_path / "terms-1.1.md", tmp_path / "scan.md"
        good.write_text(NEW_TEXT, encoding="utf-8")
        bad.write_bytes(b"\xff\xfe\x00 not text")
        editor.choose_file = lambda: bad              # the file dialog's answer
        tap(qtbot, editor.open_file)
        qtbot.waitUntil(lambda: "cannot be opened as text" in problem(page))
        editor.choose_file = lambda: good
        tap(qtbot, editor.open_file)
        qtbot.waitUntil(lambda: editor.text.toPlainText() == NEW_TEXT)
        assert "terms-1.1.md is in the editor" in editor.status.text()
    finally:
        desk.shutdown()


# -- acceptances ---------------------------------------------------------------------------------------


def test_counts_for_anyone_and_names_and_one_account_for_a_supervisor(qtbot, make_kiosk):
    kiosk = make_kiosk()
    for username in ("harbor.resident", "cove.resident"):
        register_resident(kiosk, username)
    _console, page = policies_page(qtbot, kiosk)
    tap(qtbot, page.views["acceptances"])
    view = page.acceptances
    count = view.count_rows["1.0"]
    assert count.text() == "Version 1.0: 2 accounts"
    tap(qtbot, count)
    qtbot.waitUntil(view.names_list.isVisible)
    rows = [row.text() for row in view.names_list.rows if row.isVisible()]
    assert [row.split("\n")[0] for row in rows] == ["harbor.resident", "cove.resident"]
    assert rows[0].split("\n")[1].startswith("Accepted ") and rows[0].endswith("at kiosk-1")
    tap(qtbot, view.names_list.rows[1])                     # that account's acceptances
    qtbot.waitUntil(view.account_result.isVisible)
    assert view.account_result.text().startswith("Terms & conditions, version 1.0: accepted ")
    assert view.account.value() == "cove.resident"

    type_text(qtbot, view.account.input, "nobody.here")
    tap(qtbot, view.look_up)
    qtbot.waitUntil(lambda: "no account with the user name nobody.here" in view.account_status.text())
    actions = [e.event.action for e in _audit(kiosk)]
    assert "policy.acceptances_viewed" in actions and "account.acceptances_viewed" in actions


def test_an_assistant_sees_the_counts_only(qtbot, make_kiosk):
    kiosk = make_kiosk()
    register_resident(kiosk, "harbor.resident")
    _console, page = policies_page(qtbot, kiosk, "mgarcia", StaffRole.ASSISTANT)
    tap(qtbot, page.views["acceptances"])
    view = page.acceptances
    assert view.count_rows["1.0"].text() == "Version 1.0: 1 account"
    assert not view.names_list.isVisible() and not view.look_up.isVisible()


# -- the layout audit ---------------------------------------------------------------------------------


def test_the_policies_page_passes_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = make_kiosk()
    register_resident(kiosk, "harbor.resident")
    console, page = policies_page(qtbot, kiosk)
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, page.views["publish"])
    type_text(qtbot, page.editor.text, "# Terms\n\n<b>bold</b>\n")      # with the keyboard up and a problem shown
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    tap(qtbot, page.editor.check)
    qtbot.waitUntil(page.editor.problem.isVisible)
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, page.views["acceptances"])
    tap(qtbot, page.acceptances.count_rows["1.0"])
    qtbot.waitUntil(page.acceptances.names_list.isVisible)
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == [], '\n'.join(findings)


def test_every_control_of_the_policies_page_has_an_accessible_name(qtbot, make_kiosk):
    from kiosk.ui.audit import is_interactive

    kiosk = make_kiosk()
    _console, page = policies_page(qtbot, kiosk)
    for view in ("publish", "acceptances", "versions"):
        tap(qtbot, page.views[view])
        settle()
        unnamed = [w.objectName() for w in page.findChildren(QWidget)
                   if is_interactive(w) and w.isVisible() and not w.accessibleName()
                   and w.objectName() != "qt_scrollarea_viewport"]
        assert unnamed == [], view


def _audit(kiosk):
    from kiosk.storage.audit_log import SqlAuditLog
    from kiosk.storage.database import session_factory

    return SqlAuditLog(session_factory(kiosk.engine)).entries()
