# SPDX-License-Identifier: Apache-2.0
"""The staff console's Queue, tapped like a finger on the kiosk's own database: filters and pages,
a message in full, bulk assignment and bulk state change, a redirect the resident's My requests
follows, an internal note the resident never sees, a response from the state's template, edited
and e-mailed to a real SMTP server on 127.0.0.1, a failed e-mail retried, a staff copy printed
(read back from the PDF), what an assistant may not do, and the layout audit at the tour's sizes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.core.staff import Actor, StaffRole
from kiosk.core.submissions import Channel, DeliveryState, SubmissionStatus
from kiosk.storage.submissions import make_repository
from tests.conftest import FROZEN_NOW
from tests.storage.outbox_support import SmtpSink, new_submission
from tests.storage.test_submissions import add_account
from tests.support import choose, find, tap
from tests.ui.test_staff_console import IT, PASSWORD, SIZES, actions, audited, open_console, sign_in, type_into

S = SubmissionStatus
FIRST = "canoe maple 42"
NOW = FROZEN_NOW.replace(tzinfo=dt.UTC)           # the kiosk's clock in these tests (naive: UTC here)


def add_staff(kiosk, username: str, name: str, role: StaffRole) -> None:
    kiosk.staff.add(IT, username, name, role, FIRST, FIRST)
    kiosk.staff.change_password(username, FIRST, PASSWORD, PASSWORD)


def stocked(make_kiosk, **settings):
    """A kiosk with an assistant (Maria Garcia) and a supervisor (Jo Boss) on its staff."""
    kiosk = make_kiosk(**settings)
    add_staff(kiosk, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT)
    add_staff(kiosk, "jboss", "Jo Boss", StaffRole.SUPERVISOR)
    return kiosk


def store(kiosk, n: int, days_ago: float, **changes) -> str:
    """A resident's message as the kiosk stores it, sent ``days_ago`` before the kiosk's clock, with
    the due date of the pack's service level. Returns its reference."""
    pack = kiosk.prepared.pack
    values = {"form_id": "problem", "department_name": "Department of Public Works", **changes}
    new = new_submission(n, **values)
    at = NOW - dt.timedelta(days=days_ago)
    due = pack.queue.due_at(at, new.form_id, new.department_id, pack.timezone)
    repo = make_repository(kiosk.prepared.settings, kiosk.engine, pack)
    return repo.store(replace(new, due_at=due), "lobby-1", at).reference


def contact() -> dict:
    return {"form_id": "contact", "form_title": "Contact us", "department_id": "selectmen",
            "department_name": "Selectmen's Office"}


def open_queue(qtbot, kiosk, username: str = "mgarcia"):
    console = open_console(qtbot, kiosk)
    sign_in(qtbot, console, username)
    qtbot.waitUntil(lambda: not console.showing_sign_in())
    tap(qtbot, find(console, "queuePageButton"))
    page = console.current_page()
    assert page is not None and page.page_id == "queue"
    qtbot.waitUntil(lambda: " of " in page.list.count.text() or "No messages" in page.list.count.text())
    return console, page


def rows(page) -> list[str]:
    return [row.open.accessibleName() for row in page.list.rows if row.isVisible()]


def counted(qtbot, page, words: str) -> None:
    qtbot.waitUntil(lambda: words in page.list.count.text(), timeout=5000)


def open_message(qtbot, page, index: int = 0):
    tap(qtbot, page.list.rows[index].open)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.isVisible() and detail.detail is not None)
    return detail


def service(kiosk):
    return kiosk.console.ctx.queue


# -- the list: filters and pages ------------------------------------------------------------------


def test_the_queue_is_paged_n_of_n_and_each_filter_narrows_it(qtbot, make_kiosk):
    kiosk = stocked(make_kiosk)
    for n in range(22):                                  # Public Works, the older half overdue
        store(kiosk, n, days_ago=30 - n)
    for n in range(3):
        store(kiosk, 100 + n, days_ago=1, **contact())
    _console, page = open_queue(qtbot, kiosk)

    counted(qtbot, page, "Messages 1–20 of 25 (page 1 of 2)")
    assert len(rows(page)) == 20 and "Contact us" in rows(page)[0]        # newest first
    tap(qtbot, page.list.next)
    counted(qtbot, page, "Messages 21–25 of 25 (page 2 of 2)")
    assert len(rows(page)) == 5 and not page.list.next.isVisible()
    tap(qtbot, page.list.previous)
    counted(qtbot, page, "Messages 1–20 of 25")

    choose(qtbot, page, "queueDepartment", 1)            # Selectmen's Office, the pack's first
    counted(qtbot, page, "Messages 1–3 of 3")
    assert all("Selectmen's Office" in r and "Contact us" in r for r in rows(page))
    choose(qtbot, page, "queueDepartment", 0)
    choose(qtbot, page, "queueForm", [f.form_id for f in kiosk.prepared.pack.forms].index("problem") + 1)
    counted(qtbot, page, "of 22")
    choose(qtbot, page, "queueOverdue", 1)               # only overdue
    qtbot.waitUntil(lambda: "of 22" not in page.list.count.text() and " of " in page.list.count.text())
    assert rows(page) and all("OVERDUE" in r for r in rows(page))
    assert all(row.open.chip_text() == "Overdue" for row in page.list.rows if row.isVisible())
    choose(qtbot, page, "queueOverdue", 0)
    choose(qtbot, page, "queueSort", 1)                  # due soonest first
    qtbot.waitUntil(lambda: rows(page) and "OVERDUE" in rows(page)[0])
    choose(qtbot, page, "queueForm", 0)

    day = (NOW - dt.timedelta(days=1)).date().isoformat()
    type_into(qtbot, page.list.sent_from.line, day)
    tap(qtbot, page.list.show_button)
    counted(qtbot, page, "Messages 1–3 of 3")
    type_into(qtbot, page.list.sent_from.line, "yesterday")
    tap(qtbot, page.list.show_button)
    assert "year-month-day" in find(page, "queueFromError").text()
    tap(qtbot, page.list.clear_button)
    counted(qtbot, page, "of 25")

    choose(qtbot, page, "queueAssignee", 2)              # nobody yet
    counted(qtbot, page, "of 25")
    choose(qtbot, page, "queueAssignee", 1)              # me
    counted(qtbot, page, "No messages match these filters.")


# -- bulk actions -----------------------------------------------------------------------------------


def test_selected_messages_are_assigned_and_moved_to_a_state_together(qtbot, make_kiosk):
    kiosk = stocked(make_kiosk)
    for n in range(4):
        store(kiosk, n, days_ago=4 - n)
    _console, page = open_queue(qtbot, kiosk)
    counted(qtbot, page, "of 4")
    lst = page.list
    assert not lst.bulk_assign.isEnabled() and "Nothing selected" in lst.selected_label.text()

    tap(qtbot, lst.rows[0].select)
    tap(qtbot, lst.rows[1].select)
    assert lst.selected_label.text() == "2 selected" and lst.rows[0].select.text() == "Selected"
    tap(qtbot, lst.bulk_assign)                          # nobody chosen yet: nothing done
    assert "Please choose who takes them" in lst.bulk_status.text()
    choose(qtbot, page, "queueBulkAssignee", 0)          # me
    tap(qtbot, lst.bulk_assign)
    qtbot.waitUntil(lambda: "2 message(s) assigned to Me." in lst.bulk_status.text())
    qtbot.waitUntil(lambda: sum("Maria Garcia" in r for r in rows(page)) == 2)
    assert "Nothing selected" in lst.selected_label.text()

    tap(qtbot, lst.select_page)
    assert lst.selected_label.text() == "4 selected"
    choose(qtbot, page, "queueBulkState", [s.state_id for s in page.states()].index(S.IN_PROGRESS))
    tap(qtbot, lst.bulk_set_state)
    qtbot.waitUntil(lambda: "4 message(s) moved to In progress." in lst.bulk_status.text())
    qtbot.waitUntil(lambda: all("In progress" in r for r in rows(page)))

    choose(qtbot, page, "queueAssignee", 1)              # me
    counted(qtbot, page, "Messages 1–2 of 2")
    done = actions(kiosk)
    assert done.count("submission.assigned") == 2 and done.count("submission.state") == 4


# -- one message --------------------------------------------------------------------------------------


def test_a_message_in_full_redirected_with_a_note_the_resident_never_sees(qtbot, make_kiosk):
    kiosk = stocked(make_kiosk)
    ada = add_account(kiosk.engine, "ada")
    reference = store(kiosk, 1, days_ago=2, account_id=ada)
    _console, page = open_queue(qtbot, kiosk)
    detail = open_message(qtbot, page)

    assert reference in detail.heading.text() and not page.list.isVisible()
    shown = " ".join(w.text() for w in detail.findChildren(QWidget) if hasattr(w, "text") and w.isVisible()
                     and isinstance(w.text(), str))
    assert "Deep hole number 1" in shown and "ada1@example.org" in shown and "Ada Lovelace 1" in shown
    assert "Staff queue:" in shown and "E-mail to the department:" in shown

    choose(qtbot, detail, "queueDetailDepartment", [d.dept_id for d in kiosk.prepared.pack.departments]
           .index("planning"))
    type_into(qtbot, detail.redirect_note.line, "Boundary dispute again, planning's call")
    tap(qtbot, detail.redirect)
    qtbot.waitUntil(lambda: "Redirected to Planning & Zoning Department" in detail.redirect_status.text())
    qtbot.waitUntil(lambda: "Planning & Zoning Department" in detail.facts.findChild(QWidget, "queueFactsValue2")
                    .text())

    tap(qtbot, detail.note)
    QTest.keyClicks(detail.note, "Caller is the neighbour")
    tap(qtbot, detail.add_note)
    qtbot.waitUntil(lambda: "never sees it" in detail.note_status.text())
    qtbot.waitUntil(lambda: "Caller is the neighbour" in detail.staff_history.text())
    staff_lines = detail.staff_history.text()
    assert "Internal, never shown to the resident: Caller is the neighbour" in staff_lines
    assert "Internal, never shown to the resident: Boundary dispute" in staff_lines
    assert "neighbour" not in detail.public_history.text() and "Redirected" in detail.public_history.text()

    # The resident's side: My requests has the new department and state, and none of staff's words.
    mine = make_repository(kiosk.prepared.settings, kiosk.engine, kiosk.prepared.pack).for_account(ada)
    assert (mine[0].department_name, mine[0].status) == ("Planning & Zoning Department", S.REDIRECTED)
    assert "neighbour" not in repr(mine) and "Boundary" not in repr(mine)

    tap(qtbot, detail.back)
    qtbot.waitUntil(lambda: page.list.isVisible() and "Planning & Zoning" in rows(page)[0])
    assert {"submission.redirected", "submission.note"} <= set(actions(kiosk))


def test_a_response_from_the_template_is_edited_and_e_mailed_to_the_resident(qtbot, make_kiosk):
    sink = SmtpSink().start()
    try:
        kiosk = stocked(make_kiosk, smtp_host="127.0.0.1", smtp_port=sink.port, smtp_tls="none",
                        outbox_poll_seconds=1)
        store(kiosk, 1, days_ago=1)
        _console, page = open_queue(qtbot, kiosk)
        detail = open_message(qtbot, page)
        assert "ada1@example.org" in detail.recipient.text()            # said before sending

        choose(qtbot, detail, "queueDetailTemplate", [s.state_id for s in page.states()].index(S.ACKNOWLEDGED))
        tap(qtbot, detail.use_template)
        qtbot.waitUntil(lambda: detail.response.toPlainText().startswith("Dear Ada Lovelace 1,"))
        tap(qtbot, detail.response)
        QTest.keyClicks(detail.response, " A crew comes on Tuesday.")
        tap(qtbot, detail.send)
        qtbot.waitUntil(lambda: "Sent: the e-mail to ada1@example.org" in detail.respond_status.text())
        qtbot.waitUntil(lambda: "Acknowledged" in detail.facts.findChild(QWidget, "queueFactsValue3").text())

        assert sink.wait_for(2, timeout=60)           # the department's copy, then the reply
        reply = next(m for m in sink.messages if "ada1@example.org" in str(m["To"]))
        assert "A crew comes on Tuesday." in reply.get_content() and "Dear Ada Lovelace 1," in reply.get_content()
        assert "submission.response" in actions(kiosk)
    finally:
        sink.stop()


def test_a_message_sent_without_an_e_mail_says_the_response_cannot_be_e_mailed(qtbot, make_kiosk):
    kiosk = stocked(make_kiosk)
    store(kiosk, 1, days_ago=1, anonymous=True)
    _console, page = open_queue(qtbot, kiosk)
    detail = open_message(qtbot, page)
    assert "cannot be e-mailed" in detail.recipient.text() and detail.anonymous.isVisible()
    choose(qtbot, detail, "queueDetailTemplate", [s.state_id for s in page.states()].index(S.RESOLVED))
    tap(qtbot, detail.use_template)
    qtbot.waitUntil(lambda: detail.response.toPlainText().startswith("Dear resident,"))
    tap(qtbot, detail.send)
    qtbot.waitUntil(lambda: "It was not e-mailed" in detail.respond_status.text())
    sid = service(kiosk).id_for(Actor.command_line("t"), page.detail.detail.record.reference)
    assert not [d for d in service(kiosk).detail(Actor.command_line("t"), sid).deliveries
                if d.status.channel is Channel.REPLY]


def test_a_failed_e_mail_is_retried_from_its_message(qtbot, make_kiosk):
    sink = SmtpSink().start()
    sink.refuse = "554 5.7.1 relay refused"
    try:
        kiosk = stocked(make_kiosk, smtp_host="127.0.0.1", smtp_port=sink.port, smtp_tls="none",
                        outbox_poll_seconds=1, outbox_max_attempts=1)
        reference = store(kiosk, 1, days_ago=1)
        it = Actor.command_line("t")
        queue = service(kiosk)
        sid = queue.id_for(it, reference)

        def email_state():
            return next(d.status for d in queue.detail(it, sid).deliveries if d.status.channel is Channel.EMAIL)

        kiosk.outbox.wake()
        qtbot.waitUntil(lambda: email_state().state is DeliveryState.FAILED, timeout=30_000)
        _console, page = open_queue(qtbot, kiosk)
        detail = open_message(qtbot, page)
        failed = next(w for w in detail.findChildren(QWidget) if w.objectName().startswith("queueDelivery")
                      and "E-mail to the department" in w.text())
        assert "FAILED after 1 attempt(s)" in failed.text() and "554" in failed.text()
        retry = next(w for w in detail.findChildren(QWidget) if w.objectName().startswith("queueDeliveryRetry"))
        sink.refuse = None
        tap(qtbot, retry)
        qtbot.waitUntil(lambda: "Queued again" in detail.retry_status.text())
        kiosk.outbox.wake()
        assert sink.wait_for(1, timeout=60)
        qtbot.waitUntil(lambda: email_state().state is DeliveryState.DELIVERED, timeout=30_000)
        assert "submission.delivery_retry" in actions(kiosk)
    finally:
        sink.stop()


def test_a_staff_copy_is_printed_with_its_internal_notes(qtbot, make_kiosk, tmp_path):
    spool = tmp_path / "spool"
    kiosk = stocked(make_kiosk, printer_backend="file", printer_name=str(spool))
    reference = store(kiosk, 1, days_ago=1)
    queue, it = service(kiosk), Actor.command_line("t")
    queue.add_note(it, queue.id_for(it, reference), "Pothole reported twice before")
    _console, page = open_queue(qtbot, kiosk)
    detail = open_message(qtbot, page)
    tap(qtbot, detail.print)
    qtbot.waitUntil(lambda: "sent to the printer" in detail.print_status.text())
    (pdf,) = spool.glob("*.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert reference in text and "Staff copy" in text and "Pothole reported twice before" in text
    assert "submission.printed" in actions(kiosk)


# -- roles --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("username", "allowed"), [("mgarcia", False), ("jboss", True)])
def test_an_assistant_works_the_queue_but_only_a_supervisor_reopens_a_closed_message(qtbot, make_kiosk, username,
                                                                                   allowed):
    kiosk = stocked(make_kiosk)
    reference = store(kiosk, 1, days_ago=1)
    queue, it = service(kiosk), Actor.command_line("t")
    queue.set_state(it, [queue.id_for(it, reference)], S.RESOLVED)
    console, page = open_queue(qtbot, kiosk, username)
    assert find(console, "queuePageButton").isVisible()          # both roles see the Queue
    detail = open_message(qtbot, page)
    choose(qtbot, detail, "queueDetailState", [s.state_id for s in page.states()].index(S.IN_PROGRESS))
    tap(qtbot, detail.set_state)
    if allowed:
        qtbot.waitUntil(lambda: "The state is now In progress." in detail.state_status.text())
    else:
        qtbot.waitUntil(lambda: "Only a supervisor can do this" in detail.state_status.text())
        assert detail.state_status.property("role") == "error"
        assert queue.detail(it, queue.id_for(it, reference)).record.status == S.RESOLVED


# -- the layout audit, at the tour's sizes ------------------------------------------------------------


def test_the_queue_passes_the_layout_audit_at_every_size(qtbot, make_kiosk):
    kiosk = stocked(make_kiosk)
    ada = add_account(kiosk.engine, "ada")
    store(kiosk, 1, days_ago=30, account_id=ada)                 # overdue, with a chip
    store(kiosk, 2, days_ago=1, **contact())
    queue, it = service(kiosk), Actor.command_line("t")
    queue.add_note(it, 1, "A long internal note " * 8)
    console, page = open_queue(qtbot, kiosk, "jboss")
    counted(qtbot, page, "of 2")
    tap(qtbot, page.list.rows[0].select)
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    detail = open_message(qtbot, page, 1)
    tap(qtbot, detail.use_template)
    qtbot.waitUntil(lambda: detail.response.toPlainText() != "")
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, detail.note)                                      # with the on-screen keyboard up
    qtbot.waitUntil(lambda: find(console, "onScreenKeyboard").isVisible())
    findings += audited(qtbot, kiosk.window, SIZES[0])
    assert findings == []


def test_the_queue_in_spanish_passes_the_layout_audit(qtbot, make_kiosk):
    from kiosk.core.session import DisplayPrefs

    kiosk = stocked(make_kiosk)
    for n in range(3):
        store(kiosk, n, days_ago=30 - n)
    _console, page = open_queue(qtbot, kiosk, "jboss")
    kiosk.display.apply(DisplayPrefs("es"))
    qtbot.waitUntil(lambda: "Mensajes 1–3 de 3" in page.list.count.text())
    assert all("VENCIDO" in r and "Sin asignar" in r and "Recibido" in r for r in rows(page))   # the pack's label
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    detail = open_message(qtbot, page)
    assert "Interno, nunca se muestra al vecino" in detail.staff_hint.text()
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == []


def test_every_control_of_the_queue_has_an_accessible_name(qtbot, make_kiosk):
    from kiosk.ui.audit import is_interactive

    kiosk = stocked(make_kiosk)
    store(kiosk, 1, days_ago=1)
    _console, page = open_queue(qtbot, kiosk)
    open_message(qtbot, page)
    unnamed = [w.objectName() for w in page.findChildren(QWidget)
               if is_interactive(w) and not w.accessibleName() and w.objectName() != "qt_scrollarea_viewport"]
    assert unnamed == []
