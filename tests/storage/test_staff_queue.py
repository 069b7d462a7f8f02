# SPDX-License-Identifier: Apache-2.0
"""The staff queue on SQLite and PostgreSQL, through the real QueueService: every filter, paging and
sorting; bulk assignment and status changes; service levels and the overdue flag on a clock the test
turns; response templates, edited and e-mailed to the resident; redirects the resident sees; internal
notes the resident never sees; retrying a failed e-mail; and an audit row for every action."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from kiosk.core.audit import AuditAction, verify_chain
from kiosk.core.queue import UNASSIGNED, EventKind, QueueFilter, QueueRefusal, QueueRefused, QueueSort
from kiosk.core.queue_settings import QueueSettings, QueueState, StateKind
from kiosk.core.staff import Actor
from kiosk.core.submissions import Channel, DeliveryState, SubmissionNotFound, SubmissionStatus
from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer, SmtpReplies, body_text
from kiosk.delivery.worker import OutboxWorker, StaffQueue
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.storage.outbox import Outbox, RetryPolicy
from tests.storage.outbox_support import new_submission
from tests.storage.queue_support import ASSISTANT, MONDAY, SUPERVISOR, WESTPORT, Desk, make_desk
from tests.storage.staff_support import entries
from tests.storage.test_submissions import add_account

S = SubmissionStatus


@pytest.fixture
def desk(engine: sa.Engine) -> Desk:
    return make_desk(engine)


def refs(page) -> list[str]:
    return [i.reference for i in page.items]


def queue_actions(engine: sa.Engine) -> list[tuple[str, str, str]]:
    return [(e.event.action, e.event.record_id, e.event.actor) for e in entries(engine)
            if e.event.record_kind == "submission"]


def test_every_filter_narrows_the_queue_in_the_database(desk):
    pw = desk.store(new_submission(1), MONDAY)
    clerk = desk.store(new_submission(2, department_id="clerk", department_name="Town Clerk", form_id="contact",
                                      form_title="Contact us"), MONDAY + dt.timedelta(days=1))
    late = desk.store(new_submission(3), MONDAY - dt.timedelta(days=30))
    ids = {r.reference: desk.queue.id_for(ASSISTANT, r.reference) for r in (pw, clerk, late)}
    desk.queue.assign(ASSISTANT, [ids[pw.reference]], desk.staff["mgarcia"])
    desk.queue.set_state(ASSISTANT, [ids[clerk.reference]], S.IN_PROGRESS)
    find = lambda **kw: refs(desk.queue.find(ASSISTANT, QueueFilter(**kw)))  # noqa: E731

    assert find() == [late.reference, pw.reference, clerk.reference]                # oldest first
    assert find(departments=("clerk",)) == [clerk.reference]
    assert find(departments=("clerk", "public_works")) == [late.reference, pw.reference, clerk.reference]
    assert find(statuses=(S.IN_PROGRESS,)) == [clerk.reference]
    assert find(statuses=(S.NEW,)) == [late.reference, pw.reference]
    assert find(forms=("contact",)) == [clerk.reference]
    assert find(created_from=MONDAY) == [pw.reference, clerk.reference]
    assert find(created_from=MONDAY - dt.timedelta(days=31), created_to=MONDAY) == [late.reference]
    assert find(assignee=desk.staff["mgarcia"]) == [pw.reference]
    assert find(assignee=UNASSIGNED) == [late.reference, clerk.reference]
    assert find(overdue=True) == [late.reference]
    assert find(overdue=False) == [pw.reference, clerk.reference]
    assert find(overdue=True, departments=("clerk",)) == []
    assert find(sort=QueueSort.CREATED, descending=True) == [clerk.reference, pw.reference, late.reference]
    assert find(sort=QueueSort.DEPARTMENT) == [late.reference, pw.reference, clerk.reference]   # Public Works < Town
    assert find(sort=QueueSort.DUE)[0] == late.reference
    assert find(sort=QueueSort.UPDATED, descending=True)[0] == clerk.reference                  # changed last
    with pytest.raises(QueueRefused) as refused:
        desk.queue.find(ASSISTANT, QueueFilter(statuses=("closed",)))          # the state before 0011
    assert refused.value.reason is QueueRefusal.UNKNOWN_STATE

    page = desk.queue.find(ASSISTANT, QueueFilter())
    item = next(i for i in page.items if i.reference == pw.reference)
    assert (item.assignee_name, item.status, item.overdue, item.anonymous) == ("Maria Garcia", S.NEW, False, False)


def test_pages_are_counted_in_full_and_cut_in_the_database(desk):
    stored = [desk.store(new_submission(n), MONDAY + dt.timedelta(minutes=n)) for n in range(7)]

    first = desk.queue.find(ASSISTANT, QueueFilter(page_size=3))
    last = desk.queue.find(ASSISTANT, QueueFilter(page_size=3, page=2))

    assert (first.total, first.pages, refs(first)) == (7, 3, [s.reference for s in stored[:3]])
    assert refs(last) == [stored[6].reference]
    assert desk.queue.find(ASSISTANT, QueueFilter(page_size=10_000)).page_size == 200     # capped


def test_bulk_assign_and_bulk_status_change_each_audited_in_one_go(desk, engine):
    stored = [desk.store(new_submission(n)) for n in range(4)]
    ids = [desk.queue.id_for(ASSISTANT, s.reference) for s in stored]

    assert desk.queue.assign(ASSISTANT, ids[:3], desk.staff["jchen"]) == 3
    assert desk.queue.assign(ASSISTANT, ids[:3], desk.staff["jchen"]) == 0          # nothing changed hands
    assert desk.queue.set_state(ASSISTANT, ids, S.ACKNOWLEDGED, "We have your message.") == 4
    assert desk.queue.assign(ASSISTANT, ids[:1], None) == 1

    page = desk.queue.find(ASSISTANT, QueueFilter(assignee=desk.staff["jchen"]))
    assert refs(page) == [s.reference for s in stored[1:3]]
    assert all(i.status == S.ACKNOWLEDGED for i in desk.queue.find(ASSISTANT, QueueFilter()).items)
    actions = queue_actions(engine)
    assert actions.count((AuditAction.SUBMISSION_ASSIGNED, stored[0].reference, "mgarcia")) == 2
    assert len([a for a in actions if a[0] == AuditAction.SUBMISSION_STATE]) == 4
    log = SqlAuditLog(session_factory(engine))
    assert verify_chain(log.entries(), log.head()).intact
    detail = desk.queue.detail(ASSISTANT, ids[0])
    assert [(e.kind, e.detail) for e in detail.events] == [
        (EventKind.ASSIGNED, "jchen"), (EventKind.STATE, "new -> acknowledged"), (EventKind.ASSIGNED, "")]
    assert [h.note for h in detail.record.history] == ["", "We have your message."]   # what the resident sees

    for bad in ([desk.staff["left"]], [424242]):                                     # disabled, or nobody
        with pytest.raises(QueueRefused) as refused:
            desk.queue.assign(ASSISTANT, ids, bad[0])
        assert refused.value.reason is QueueRefusal.UNKNOWN_STAFF
    before = len(entries(engine))
    with pytest.raises(SubmissionNotFound):                                          # all or nothing
        desk.queue.set_state(ASSISTANT, [ids[0], 999_999], S.IN_PROGRESS)
    assert len(entries(engine)) == before
    assert desk.queue.detail(ASSISTANT, ids[0]).record.status == S.ACKNOWLEDGED
    with pytest.raises(QueueRefused):
        desk.queue.set_state(ASSISTANT, [], S.IN_PROGRESS)


def test_reopening_a_closed_message_takes_a_supervisor(desk):
    sid = desk.queue.id_for(ASSISTANT, desk.store(new_submission(1)).reference)
    desk.queue.set_state(ASSISTANT, [sid], S.RESOLVED)

    with pytest.raises(QueueRefused) as refused:
        desk.queue.set_state(ASSISTANT, [sid], S.IN_PROGRESS)
    assert refused.value.reason is QueueRefusal.NOT_ALLOWED
    assert desk.queue.set_state(ASSISTANT, [sid], S.DUPLICATE) == 1                   # closed to closed: fine
    assert desk.queue.set_state(SUPERVISOR, [sid], S.IN_PROGRESS) == 1
    assert desk.queue.set_state(Actor.command_line("it"), [sid], S.NEW) == 1


def test_the_due_date_follows_the_service_level_and_overdue_follows_the_clock(engine):
    levels = dataclasses.replace(WESTPORT.queue, default_days=10, department_days={"clerk": 2},
                                 form_days={"contact": 1})
    desk = make_desk(engine, dataclasses.replace(WESTPORT, queue=levels))
    default = desk.store(new_submission(1))                                        # public works, problem
    clerk = desk.store(new_submission(2, department_id="clerk", department_name="Town Clerk"))
    contact = desk.store(new_submission(3, department_id="clerk", form_id="contact"))
    friday = desk.store(new_submission(4, department_id="clerk"), MONDAY + dt.timedelta(days=4))
    due = {s.reference: desk.queue.detail(ASSISTANT, desk.queue.id_for(ASSISTANT, s.reference)).due_at
           for s in (default, clerk, contact, friday)}

    assert due[default.reference] == MONDAY + dt.timedelta(days=14)                # ten working days
    assert due[clerk.reference] == MONDAY + dt.timedelta(days=2)                   # the department's level
    assert due[contact.reference] == MONDAY + dt.timedelta(days=1)                 # the form's, before it
    assert due[friday.reference] == MONDAY + dt.timedelta(days=8)                  # over the weekend

    desk.clock.advance(days=1, minutes=1)
    assert refs(desk.queue.find(ASSISTANT, QueueFilter(overdue=True))) == [contact.reference]
    desk.clock.advance(days=1)
    assert refs(desk.queue.find(ASSISTANT, QueueFilter(overdue=True))) == [clerk.reference, contact.reference]
    sid = desk.queue.id_for(ASSISTANT, contact.reference)
    assert desk.queue.detail(ASSISTANT, sid).overdue
    desk.queue.set_state(ASSISTANT, [sid], S.RESOLVED)                             # closed: no longer overdue
    assert not desk.queue.detail(ASSISTANT, sid).overdue
    assert refs(desk.queue.find(ASSISTANT, QueueFilter(overdue=True))) == [clerk.reference]
    desk.clock.advance(days=30)
    assert len(desk.queue.find(ASSISTANT, QueueFilter(overdue=True)).items) == 3


def test_a_pack_of_its_own_states_is_used_whole(engine):
    states = (QueueState("new", "New", "", StateKind.OPEN), QueueState("redirected", "Sent on", "", StateKind.OPEN),
              QueueState("scheduled", "Work scheduled", "Programado", StateKind.OPEN),
              QueueState("fixed", "Fixed", "Arreglado", StateKind.FIXED))
    desk = make_desk(engine, dataclasses.replace(WESTPORT, queue=QueueSettings(states=states, templates={})))
    sid = desk.queue.id_for(ASSISTANT, desk.store(new_submission(1)).reference)

    desk.queue.set_state(ASSISTANT, [sid], "scheduled")
    with pytest.raises(QueueRefused):
        desk.queue.set_state(ASSISTANT, [sid], S.IN_PROGRESS)                     # not this town's state
    assert refs(desk.queue.find(ASSISTANT, QueueFilter(statuses=("scheduled",))))
    assert desk.queue.draft_response(ASSISTANT, sid, "fixed").text == ""          # no template: staff write it


def test_a_template_is_offered_in_the_residents_language_and_sent_as_edited(desk, engine, sink):
    spanish = desk.store(new_submission(1, language="es"))
    anonymous = desk.store(new_submission(2, anonymous=True))
    sid = desk.queue.id_for(ASSISTANT, spanish.reference)

    draft = desk.queue.draft_response(ASSISTANT, sid, S.ACKNOWLEDGED)
    assert draft.language == "es" and draft.to_email == "ada1@example.org"
    assert draft.text.startswith("Estimado/a Ada Lovelace 1:") and spanish.reference in draft.text
    assert "Public Works" in draft.text and draft.text.rstrip().endswith("Town of Westport")
    edited = draft.text.replace("lo estudiará.", "enviará una cuadrilla el martes.")
    desk.queue.respond(ASSISTANT, sid, S.ACKNOWLEDGED, edited)

    detail = desk.queue.detail(ASSISTANT, sid)
    assert detail.record.status == S.ACKNOWLEDGED
    reply = next(d for d in detail.deliveries if d.status.channel is Channel.REPLY)
    assert reply.response_id is not None and reply.status.state is DeliveryState.QUEUED
    assert detail.events[-1].kind is EventKind.RESPONSE and detail.events[-1].text == edited
    smtp = SmtpDeliverer(SmtpConfig("127.0.0.1", sink.port, tls="none", from_address="kiosk@westport.example"),
                         lambda: None)
    worker = OutboxWorker(Outbox(session_factory(engine)), desk.submissions, [StaffQueue(), smtp],
                          kiosk_id="desk-1", replies=SmtpReplies(smtp), now=desk.clock)
    while worker.run_once():
        pass
    assert sink.wait_for(3)                      # two e-mails to the department, one reply to the resident
    sent = next(m for m in sink.messages if "ada1@example.org" in str(m["To"]))
    assert "enviará una cuadrilla el martes." in sent.get_content()
    assert sent["Subject"] == f"Re: su mensaje [{spanish.reference}]"
    assert sent["Reply-To"] == "publicworks@westport.example"
    assert sent["In-Reply-To"] == f"<{spanish.reference}.email@westport.example>"
    delivered = desk.queue.detail(ASSISTANT, sid).deliveries
    assert {d.status.channel: d.status.state for d in delivered}[Channel.REPLY] is DeliveryState.DELIVERED

    anon = desk.queue.id_for(ASSISTANT, anonymous.reference)
    draft = desk.queue.draft_response(ASSISTANT, anon, S.RESOLVED)
    assert draft.to_email is None and draft.text.startswith("Dear resident,")
    desk.queue.respond(ASSISTANT, anon, S.RESOLVED, draft.text)                     # kept, not e-mailed
    assert not [d for d in desk.queue.detail(ASSISTANT, anon).deliveries if d.status.channel is Channel.REPLY]
    with pytest.raises(QueueRefused) as refused:
        desk.queue.respond(ASSISTANT, anon, S.RESOLVED, "   ")
    assert refused.value.reason is QueueRefusal.EMPTY
    assert [a[0] for a in queue_actions(engine)].count(AuditAction.SUBMISSION_RESPONSE) == 2


def test_a_redirect_shows_in_my_requests_with_the_new_department(desk, engine):
    ada = add_account(engine, "ada")
    stored = desk.store(new_submission(1, account_id=ada))
    sid = desk.queue.id_for(ASSISTANT, stored.reference)
    desk.clock.advance(days=1)

    desk.queue.redirect(ASSISTANT, sid, "planning", "Zoning question, not a road repair.")

    mine = desk.submissions.for_account(ada)
    assert (mine[0].department_name, mine[0].status) == ("Planning & Zoning Department", S.REDIRECTED)
    assert [h.status for h in mine[0].history] == [S.NEW, S.REDIRECTED]
    detail = desk.queue.detail(ASSISTANT, sid)
    assert detail.record.submission.department_email == "planning@westport.example"
    assert detail.due_at == desk.clock() + dt.timedelta(days=14)          # the clock starts again there
    assert (detail.events[0].kind, detail.events[0].detail) == (EventKind.REDIRECTED, "public_works -> planning")
    assert refs(desk.queue.find(ASSISTANT, QueueFilter(departments=("planning",)))) == [stored.reference]
    assert queue_actions(engine)[-1] == (AuditAction.SUBMISSION_REDIRECTED, stored.reference, "mgarcia")
    for department in ("planning", "nowhere"):
        with pytest.raises(QueueRefused):
            desk.queue.redirect(ASSISTANT, sid, department)


def test_internal_notes_never_reach_what_the_resident_sees(desk, engine):
    ada = add_account(engine, "ada")
    stored = desk.store(new_submission(1, account_id=ada))
    sid = desk.queue.id_for(ASSISTANT, stored.reference)
    secret = "Caller is the neighbour in the boundary dispute"

    desk.queue.add_note(ASSISTANT, sid, secret)
    desk.queue.redirect(ASSISTANT, sid, "planning", secret + " (redirect)")
    desk.queue.set_state(ASSISTANT, [sid], S.IN_PROGRESS, "We are looking at it.")

    assert secret in repr(desk.queue.detail(ASSISTANT, sid).events)
    for seen in (desk.submissions.for_account(ada), desk.submissions.get(stored.reference),
                 body_text(desk.submissions.get(stored.reference))):
        assert "boundary dispute" not in repr(seen)
    assert "We are looking at it." in repr(desk.submissions.for_account(ada))
    assert queue_actions(engine)[0][0] == AuditAction.SUBMISSION_NOTE
    assert all("boundary" not in e.event.detail for e in entries(engine))         # not in the audit log either


def test_a_failed_email_is_retried_from_the_queue(desk, engine, sink):
    stored = desk.store(new_submission(1))
    sid = desk.queue.id_for(ASSISTANT, stored.reference)
    sessions = session_factory(engine)
    smtp = SmtpDeliverer(SmtpConfig("127.0.0.1", sink.port, tls="none", from_address="kiosk@westport.example"),
                         lambda: None)
    worker = OutboxWorker(Outbox(sessions, RetryPolicy(max_attempts=1)), desk.submissions, [StaffQueue(), smtp],
                          kiosk_id="desk-1", now=desk.clock)
    sink.refuse = "554 5.7.1 relay refused"
    worker.run_once()
    email = next(d for d in desk.queue.detail(ASSISTANT, sid).deliveries if d.status.channel is Channel.EMAIL)
    staff = next(d for d in desk.queue.detail(ASSISTANT, sid).deliveries if d.status.channel is Channel.STAFF)
    assert email.status.state is DeliveryState.FAILED and "554" in (email.status.last_error or "")

    with pytest.raises(QueueRefused) as refused:
        desk.queue.retry_delivery(ASSISTANT, sid, staff.delivery_id)            # delivered: nothing to retry
    assert refused.value.reason is QueueRefusal.NOT_RETRYABLE
    sink.refuse = None
    desk.queue.retry_delivery(ASSISTANT, sid, email.delivery_id)
    worker.run_once()

    assert sink.wait_for(1)
    email = next(d for d in desk.queue.detail(ASSISTANT, sid).deliveries if d.status.channel is Channel.EMAIL)
    assert email.status.state is DeliveryState.DELIVERED
    assert desk.queue.detail(ASSISTANT, sid).events[-1].kind is EventKind.RETRY
    assert queue_actions(engine)[-1] == (AuditAction.SUBMISSION_RETRY, stored.reference, "mgarcia")


def test_printing_is_audited(desk, engine):
    stored = desk.store(new_submission(1))
    sid = desk.queue.id_for(ASSISTANT, stored.reference)

    detail = desk.queue.printed(SUPERVISOR, sid, staff_copy=True)

    assert detail.record.reference == stored.reference
    assert entries(engine)[-1].event.action == AuditAction.SUBMISSION_PRINTED
    assert entries(engine)[-1].event.detail == "staff copy"
