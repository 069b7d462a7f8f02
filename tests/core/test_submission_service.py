# SPDX-License-Identifier: Apache-2.0
"""Sending a message through the service to the real repository, on SQLite and (with
KIOSK_TEST_POSTGRES_URL) PostgreSQL: the channels with and without the town's Open311 endpoint, the
policy versions of the town's date, who sent it (nobody, a visitor, a signed-in resident), and a
refusal that names the fields and keeps nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.core.forms import AnswersRefused, FormIssue, FormSpec
from kiosk.core.pack import Department, TownPack, load_pack
from kiosk.core.session import DisplayPrefs, VisitorSession
from kiosk.core.submission_service import SubmissionService
from kiosk.core.submissions import Channel, Sender, SubmissionRecord
from kiosk.paths import towns_dir
from kiosk.storage.database import session_factory
from kiosk.storage.models import OutboxEntry, Submission, SubmissionStatusChange
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.accounts_helpers import TERMS_1, CheapHasher, Clock, make_service, migrated_engine, registration

WESTPORT = load_pack(towns_dir() / "westport")
OPEN311 = dataclasses.replace(WESTPORT, open311_endpoint="https://311.westport.example/v2")
NOV_22 = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)      # Westport's privacy policy 1.1 is in force
PROBLEM = {"problem": "Pothole", "location": "12 Main Street", "description": "A deep pothole by the curb since Monday.",
           "name": "Ada Rivers", "email": "Ada.Rivers@Example.com", "phone": "(203) 555-0123"}
QUESTION = {"question": "When do the beach passes go on sale?", "name": "Ada Rivers", "email": "ada@example.com",
            "phone": ""}


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = migrated_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def repo(engine: sa.Engine) -> SqlSubmissionRepository:
    return SqlSubmissionRepository(session_factory(engine), "WES")


def service(repo: SqlSubmissionRepository, pack: TownPack = WESTPORT, clock: Clock | None = None) -> SubmissionService:
    return SubmissionService(repo, pack, "lobby-1", clock or Clock(NOV_22))


def visit(tmp_path: Path, language: str = "en") -> VisitorSession:
    return VisitorSession("lobby-1", DisplayPrefs(language), tmp_path / "scratch")


def form(form_id: str) -> FormSpec:
    return next(f for f in WESTPORT.forms if f.form_id == form_id)


def department(dept_id: str) -> Department:
    return next(d for d in WESTPORT.departments if d.dept_id == dept_id)


def stored(repo: SqlSubmissionRepository, submission_id: int) -> SubmissionRecord:
    return repo.get_by_id(submission_id)


def counts(engine: sa.Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                     for t in (Submission, SubmissionStatusChange, OutboxEntry))


def test_a_message_goes_to_the_staff_queue_and_by_e_mail_without_an_open311_endpoint(repo, tmp_path):
    sent = service(repo).send(form("problem"), department("public_works"), PROBLEM, visit(tmp_path))

    record = stored(repo, sent.stored.submission_id)
    assert record.reference == sent.stored.reference and record.kiosk_id == "lobby-1"
    assert record.submission.channels == (Channel.STAFF, Channel.EMAIL)
    assert {s.channel for s in repo.outbox_states(sent.stored.submission_id)} == {Channel.STAFF, Channel.EMAIL}
    assert record.submission.open311_service_code == "pothole"       # kept, for when the town has an endpoint
    assert record.submission.department_email == department("public_works").email


def test_a_problem_report_also_goes_to_the_towns_open311_endpoint(repo, tmp_path):
    sent = service(repo, OPEN311).send(form("problem"), department("public_works"), PROBLEM, visit(tmp_path))

    record = stored(repo, sent.stored.submission_id).submission
    assert record.channels == (Channel.STAFF, Channel.EMAIL, Channel.OPEN311)
    assert record.open311_service_code == "pothole"                   # the chosen problem's own code
    assert {s.channel for s in repo.outbox_states(sent.stored.submission_id)} == set(record.channels)


def test_a_form_without_a_service_code_does_not_go_to_open311(repo, tmp_path):
    sent = service(repo, OPEN311).send(form("question"), department("clerk"), QUESTION, visit(tmp_path))

    record = stored(repo, sent.stored.submission_id).submission
    assert record.channels == (Channel.STAFF, Channel.EMAIL) and record.open311_service_code is None
    assert record.department_id == "clerk"                            # the department the resident chose


@pytest.mark.parametrize(("now", "privacy"), [
    (NOV_22, "1.1"),
    (dt.datetime(2026, 10, 15, 12, 0, tzinfo=dt.UTC), "1.0"),
    # 1.1 takes effect on 1 November in Westport: at 03:00 UTC it is still 31 October there
    (dt.datetime(2026, 11, 1, 3, 0, tzinfo=dt.UTC), "1.0"),
    (dt.datetime(2026, 11, 1, 5, 0, tzinfo=dt.UTC), "1.1"),
])
def test_the_policy_versions_in_force_on_the_towns_date_are_recorded(repo, tmp_path, now, privacy):
    sent = service(repo, clock=Clock(now)).send(form("question"), department("clerk"), QUESTION, visit(tmp_path))

    record = stored(repo, sent.stored.submission_id)
    assert record.submission.policy_versions == {"privacy": privacy, "terms": "1.0"}
    assert record.created_at == now == sent.stored.created_at


def test_a_visitor_who_is_not_signed_in_sends_with_their_name_and_no_account(repo, tmp_path):
    sent = service(repo).send(form("problem"), department("public_works"), PROBLEM, visit(tmp_path, "es"))

    record = stored(repo, sent.stored.submission_id).submission
    assert record.sender == Sender(name="Ada Rivers", email="Ada.Rivers@example.com", phone="+12035550123")
    assert record.account_id is None and record.language == "es"
    assert not sent.anonymous
    assert [a.field_id for a in record.answers] == ["problem", "location", "description"]   # the sender travels apart


def test_a_signed_in_resident_sends_from_their_account_once_the_terms_are_accepted(engine, repo, tmp_path):
    account = make_service(engine, hasher=CheapHasher()).register(registration("asmith"), TERMS_1)
    session = visit(tmp_path)
    session.sign_in(account.account_id, account.username, may_do_business=True)

    sent = service(repo).send(form("problem"), department("public_works"), PROBLEM, session)

    assert stored(repo, sent.stored.submission_id).submission.account_id == account.account_id
    assert [r.reference for r in service(repo).for_account(account.account_id)] == [sent.stored.reference]


def test_a_resident_who_has_not_accepted_the_new_terms_sends_as_a_visitor(engine, repo, tmp_path):
    account = make_service(engine, hasher=CheapHasher()).register(registration("bsmith"), TERMS_1)
    session = visit(tmp_path)
    session.sign_in(account.account_id, account.username, may_do_business=False)

    sent = service(repo).send(form("problem"), department("public_works"), PROBLEM, session)

    assert stored(repo, sent.stored.submission_id).submission.account_id is None
    assert service(repo).for_account(account.account_id) == []


def test_an_anonymous_message_keeps_no_sender(repo, tmp_path):
    sent = service(repo).send(form("problem"), department("public_works"), PROBLEM, visit(tmp_path), anonymous=True)

    record = stored(repo, sent.stored.submission_id).submission
    assert sent.anonymous and record.sender is None
    assert "Ada" not in repr(record)                                  # the name typed before is not kept either


def test_a_signed_in_resident_sending_without_their_name_is_not_linked_to_their_account(engine, repo, tmp_path):
    account = make_service(engine, hasher=CheapHasher()).register(registration("csmith"), TERMS_1)
    session = visit(tmp_path)
    session.sign_in(account.account_id, account.username, may_do_business=True)

    without_name = service(repo).send(form("problem"), department("public_works"), PROBLEM, session, anonymous=True)
    survey = service(repo).send(form("feedback"), department("selectmen"), {"ease": "4", "found": "yes", "comment": ""},
                                session)

    for sent in (without_name, survey):
        assert stored(repo, sent.stored.submission_id).submission.account_id is None
    assert service(repo).for_account(account.account_id) == []     # staff cannot tell who wrote either


def test_a_survey_is_anonymous_whatever_the_screen_says(repo, tmp_path):
    answers = {"ease": "4", "found": "yes", "comment": ""}
    sent = service(repo).send(form("feedback"), department("selectmen"), answers, visit(tmp_path))

    assert sent.anonymous and stored(repo, sent.stored.submission_id).submission.sender is None


@pytest.mark.parametrize(("changes", "issues"), [
    ({"description": ""}, {"description": FormIssue.REQUIRED}),
    ({"email": "ada at example", "problem": "Volcano"},
     {"email": FormIssue.EMAIL_INVALID, "problem": FormIssue.CHOICE_UNKNOWN}),
    ({"email": "", "phone": ""}, {"email": FormIssue.REPLY_NEEDED, "phone": FormIssue.REPLY_NEEDED}),
])
def test_answers_to_correct_are_refused_by_field_and_nothing_is_stored(engine, repo, tmp_path, changes, issues):
    before = counts(engine)
    answers = {**PROBLEM, **changes}

    with pytest.raises(AnswersRefused) as refused:
        service(repo, OPEN311).send(form("problem"), department("public_works"), answers, visit(tmp_path))

    assert refused.value.issues == issues
    assert "Volcano" not in str(refused.value) and "ada at" not in str(refused.value)   # codes, never what was typed
    assert counts(engine) == before == (0, 0, 0)
    assert service(repo).check(form("problem"), answers) == issues   # the review step hears the same


def test_a_date_that_falls_out_of_range_by_send_time_is_refused(repo, tmp_path):
    """Checked again at Send, on the town's date then: a review before midnight does not carry over."""
    clock = Clock(dt.datetime(2027, 1, 1, 3, 0, tzinfo=dt.UTC))      # 10 pm on New Year's Eve in Westport
    answers = {"records": "Building permits for 12 Main Street", "date_from": "01/15/1926", "date_to": "",
               "delivery": "Paper copies", "name": "Ada Rivers", "email": "ada@example.com", "phone": ""}
    records, clerk = form("records"), department("clerk")
    reviewed = service(repo, clock=clock).check(records, answers)
    clock.advance(hours=2)                                            # midnight there: 1927 is 101 years ago

    with pytest.raises(AnswersRefused) as refused:
        service(repo, clock=clock).send(records, clerk, answers, visit(tmp_path))

    assert reviewed == {} and refused.value.issues == {"date_from": FormIssue.DATE_OUT_OF_RANGE}


def test_a_form_is_sent_only_to_its_own_department(repo, tmp_path):
    with pytest.raises(ValueError, match="public_works"):
        service(repo).send(form("problem"), department("clerk"), PROBLEM, visit(tmp_path))
