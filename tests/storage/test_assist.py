# SPDX-License-Identifier: Apache-2.0
"""Staff assisting residents, on each engine: search by each key, unlock, a temporary password
that must be replaced, corrections validated as at registration, a staff view without secrets,
the records export (JSON and PDF), closing, the roles, and an audit row for every action."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from kiosk.core.account_service import AccountNotFound
from kiosk.core.accounts import Contact, FieldError, FieldErrors, LockoutPolicy, SignInOutcome
from kiosk.core.assist import SEARCH_LIMIT, AssistRefused, StaffAccountView, export_json
from kiosk.core.assist_service import AssistService
from kiosk.core.audit import AuditAction, verify_chain
from kiosk.core.staff import Actor, StaffMember, StaffRole
from kiosk.core.submissions import Answer, NewSubmission, Sender
from kiosk.printing.account_export import render_account_export
from kiosk.printing.temporary_password import TemporaryPasswordSlip, render_temporary_password_slip
from kiosk.storage.assist_repo import SqlAssistRepository
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import session_factory
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.accounts_helpers import PASSWORD, RULES, TERMS_1, CheapHasher, Clock, make_service, registration
from tests.storage.staff_support import entries

LOCKOUT = LockoutPolicy(attempts=3)
NEW = "harbour lamp 77"


def staff(role: StaffRole, name: str = "mgarcia") -> Actor:
    return Actor.staff(StaffMember(1, name, "Maria Garcia", role, True, False, False, False,
                                   dt.datetime(2026, 1, 1, tzinfo=dt.UTC), None))


ASSISTANT, SUPERVISOR = staff(StaffRole.ASSISTANT), staff(StaffRole.SUPERVISOR, "lchen")


@pytest.fixture
def world(engine):
    clock = Clock()
    accounts = make_service(engine, clock, lockout=LOCKOUT, hasher=CheapHasher())
    assist = AssistService(SqlAssistRepository(session_factory(engine)), RULES, LOCKOUT, "desk-1", clock,
                           hasher=CheapHasher(), town_name="Westport")
    jane = accounts.register(registration("jsmith"), TERMS_1)
    jose = accounts.register(registration("jose.r", contact=Contact(
        first_name="José", last_name="Ramírez", phone="2035550188", email="Jose.Ramirez@Example.com")), TERMS_1)
    return accounts, assist, clock, jane, jose


def test_search_finds_by_user_name_name_and_email(world, engine):
    _, assist, _, jane, jose = world
    by = lambda text: [m.account_id for m in assist.find(ASSISTANT, text)]  # noqa: E731
    assert by("JSmith") == [jane.account_id]                       # user name, case forgiven
    assert by("jose ramirez") == [jose.account_id]                 # accents forgiven
    assert by("Ram") == [jose.account_id]                          # a name's start
    assert by("jane smi") == [jane.account_id]
    assert by("jose.ramirez@example.com") == [jose.account_id]     # e-mail, case forgiven
    assert by("jose@example.com") == []
    assert by("%") == [] and by("_") == []                         # a typed wildcard is a letter
    match = assist.find(ASSISTANT, "jsmith")[0]
    assert not hasattr(match, "password_hash") and match.email == "jane.smith@example.com"
    searches = [e for e in entries(engine) if e.event.action == AuditAction.ACCOUNT_SEARCHED]
    assert searches and all("smith" not in e.event.detail.casefold() for e in searches)   # never what was typed
    assert searches[0].event.actor == "mgarcia" and searches[0].event.kiosk_id == "desk-1"
    with pytest.raises(AssistRefused):
        assist.find(ASSISTANT, "   ")


def test_a_search_marks_locked_accounts_and_says_when_more_match_than_are_shown(world):
    accounts, assist, _, jane, _ = world
    for _ in range(3):
        accounts.sign_in("jsmith", "wrong password 1")
    found = assist.search(ASSISTANT, "jsmith")
    assert [(m.account_id, m.locked) for m in found.matches] == [(jane.account_id, True)] and not found.more
    assert [m.locked for m in assist.search(ASSISTANT, "jose.r").matches] == [False]
    for i in range(SEARCH_LIMIT):                       # a town's Smiths: more than one screen's worth
        accounts.register(registration(f"smith{i:02d}"), TERMS_1)
    many = assist.search(ASSISTANT, "smith")
    assert len(many.matches) == SEARCH_LIMIT and many.more
    assert len(assist.find(ASSISTANT, "smith")) == SEARCH_LIMIT


def test_the_staff_view_carries_no_secret(world):
    _, assist, _, jane, _ = world
    view = assist.view(ASSISTANT, jane.account_id)
    names = {f.name for f in dataclasses.fields(StaffAccountView)}
    assert not names & {"password_hash", "security_answer_hash", "security_question", "password", "security_answer"}
    assert "$argon2" not in repr(view) and "Beagle" not in repr(view)


def test_unlock_lifts_the_lock(world, engine):
    accounts, assist, _, jane, _ = world
    for _ in range(3):
        accounts.sign_in("jsmith", "wrong password 1")
    assert accounts.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.LOCKED
    assert assist.view(ASSISTANT, jane.account_id).locked_until is not None
    assert assist.unlock(ASSISTANT, jane.account_id).username == "jsmith"
    assert assist.view(ASSISTANT, jane.account_id).locked_until is None
    assert accounts.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    unlocked = [e for e in entries(engine) if e.event.action == AuditAction.ACCOUNT_UNLOCKED]
    assert [(e.event.record_kind, e.event.record_id) for e in unlocked] == [("account", str(jane.account_id))]


def test_a_temporary_password_must_be_changed_at_the_next_sign_in(world, engine):
    accounts, assist, _, jane, _ = world
    for _ in range(3):
        accounts.sign_in("jsmith", "wrong password 1")              # locked: the temporary password lifts it
    temporary = assist.issue_temporary_password(ASSISTANT, jane.account_id)
    assert temporary.username == "jsmith" and 8 <= len(temporary.password) <= 20
    assert not set(temporary.password) & set("01ilo")
    assert accounts.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.FAILED       # the old one is gone
    result, signed_in = accounts.sign_in_to_visit("jsmith", temporary.password, TERMS_1)
    assert result.outcome is SignInOutcome.PASSWORD_CHANGE_NEEDED and signed_in is None
    assert assist.view(ASSISTANT, jane.account_id).must_change_password
    with pytest.raises(FieldErrors) as refused:
        accounts.replace_temporary_password_to_visit("jsmith", temporary.password, "password", "password", TERMS_1)
    assert refused.value.errors["password"] in (FieldError.PASSWORD_COMMON, FieldError.PASSWORD_WEAK)
    with pytest.raises(FieldErrors) as refused:
        accounts.replace_temporary_password_to_visit("jsmith", temporary.password, temporary.password,
                                                     temporary.password, TERMS_1)
    assert refused.value.errors == {"password": FieldError.PASSWORD_REUSED}
    result, signed_in = accounts.replace_temporary_password_to_visit("jsmith", temporary.password, NEW, NEW, TERMS_1)
    assert result.outcome is SignInOutcome.SIGNED_IN and signed_in is not None and signed_in.username == "jsmith"
    assert not assist.view(ASSISTANT, jane.account_id).must_change_password
    assert accounts.sign_in("jsmith", NEW).outcome is SignInOutcome.SIGNED_IN
    assert accounts.sign_in("jsmith", temporary.password).outcome is SignInOutcome.FAILED
    issued = [e for e in entries(engine) if e.event.action == AuditAction.ACCOUNT_TEMPORARY_PASSWORD]
    assert len(issued) == 1 and temporary.password not in issued[0].event.detail


def test_the_slip_carries_the_name_and_password_and_nothing_else_personal(world):
    _, assist, clock, jane, _ = world
    temporary = assist.issue_temporary_password(ASSISTANT, jane.account_id)
    pdf = render_temporary_password_slip(TemporaryPasswordSlip(
        "Westport", "CT", temporary.username, temporary.password, clock(), "desk-1",
        "Ask at the front desk in Town Hall.", "America/New_York"))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "jsmith" in text and temporary.password in text and "new password" in text
    for personal in ("Jane", "Smith", "Myrtle", "341", "example.com"):
        assert personal not in text


def test_contact_corrections_are_checked_as_at_registration(world, engine):
    _, assist, _, jane, _ = world
    bad = Contact(first_name="Jane", last_name="", phone="12", email="not-an-address")
    with pytest.raises(FieldErrors) as refused:
        assist.correct_contact(ASSISTANT, jane.account_id, bad)
    assert refused.value.errors == {"last_name": FieldError.REQUIRED, "phone": FieldError.PHONE_INVALID,
                                    "email": FieldError.EMAIL_INVALID}
    fixed = dataclasses.replace(assist.view(ASSISTANT, jane.account_id).contact, last_name="Smith-Ortiz",
                                phone="(203) 555-0199", email="jane.ortiz@example.com")
    view = assist.correct_contact(ASSISTANT, jane.account_id, fixed)
    assert view.contact.phone == "+12035550199" and view.contact.last_name == "Smith-Ortiz"
    assert [m.account_id for m in assist.find(ASSISTANT, "ortiz")] == [jane.account_id]     # keys follow
    assert [m.account_id for m in assist.find(ASSISTANT, "jane.ortiz@example.com")] == [jane.account_id]
    corrected = [e for e in entries(engine) if e.event.action == AuditAction.ACCOUNT_CONTACT_CORRECTED]
    assert [e.event.detail for e in corrected] == ["last_name, phone, email"]      # which fields, not values


def test_export_holds_everything_but_the_secrets_and_says_so(world, engine):
    accounts, assist, clock, jane, _ = world
    submissions = SqlSubmissionRepository(session_factory(engine), "WES")
    submissions.store(NewSubmission(
        form_id="pothole", form_version="1", form_title="Report a pothole", department_id="dpw",
        department_name="Public Works", department_email="dpw@example.gov",
        answers=(Answer("where", "Where is it?", "Outside 110 Myrtle Avenue"),),
        sender=Sender("Jane Smith", "jane.smith@example.com", "+12033411000"), account_id=jane.account_id,
        policy_versions={"terms": "1.0"}, language="en"), "lobby-1", clock())
    accounts.sign_in("jsmith", "wrong password 1")
    with pytest.raises(AssistRefused):
        assist.export(ASSISTANT, jane.account_id)                 # supervisors only
    export = assist.export(SUPERVISOR, jane.account_id)
    text = export_json(export)
    doc = json.loads(text)
    assert doc["account"]["username"] == "jsmith" and doc["contact"]["email"] == "jane.smith@example.com"
    assert doc["licences"] == [{"kind": "Plumber", "number": "P1-123456", "state": "CT"}]
    assert [a["version"] for a in doc["terms_acceptances"]] == ["1.0"]
    [sent] = doc["submissions"]
    assert sent["answers"][0]["value"] == "Outside 110 Myrtle Avenue"
    assert [h["status"] for h in sent["history"]] == ["new"] and sent["deliveries"]
    assert doc["sign_in"]["failed_attempts_counting"] == 1
    assert doc["withheld"]["held_not_disclosed"] == ["password", "security_answer"]
    assert "$argon2" not in text and "Biscuit" not in text.casefold().title() and "biscuit" not in text.casefold()
    pdf = render_account_export(export, "America/New_York")
    read = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    for expected in ("jsmith", "jane.smith@example.com", "Report a pothole", "Outside 110 Myrtle Avenue",
                     "not disclosed", "P1-123456"):
        assert expected in read, expected
    assert "$argon2" not in read
    exported = [e for e in entries(engine) if e.event.action == AuditAction.ACCOUNT_EXPORTED]
    assert [e.event.actor for e in exported] == ["lchen"]


def test_closing_stops_sign_in_and_is_for_supervisors(world, engine):
    accounts, assist, _, jane, _ = world
    with pytest.raises(AssistRefused):
        assist.close(ASSISTANT, jane.account_id)
    assert assist.close(SUPERVISOR, jane.account_id).closed_at is not None
    assert accounts.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.FAILED
    assert assist.find(ASSISTANT, "jsmith")[0].closed
    with pytest.raises(AssistRefused):
        assist.close(SUPERVISOR, jane.account_id)
    with pytest.raises(AccountNotFound):
        assist.view_by_username(ASSISTANT, "nobody")
    log = SqlAuditLog(session_factory(engine))
    assert verify_chain(log.entries(), log.head()).intact
