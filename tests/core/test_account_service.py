# SPDX-License-Identifier: Apache-2.0
"""Residents' accounts end to end through the service and the real SQLAlchemy repository, on SQLite
and (with KIOSK_TEST_POSTGRES_URL) PostgreSQL: registration, one account per user name, sign-in and
lockout, recovery, terms versions, my account, and what is stored of secrets (only Argon2id hashes)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.low_level import Type

from kiosk.core.account_service import AccountNotFound, RecoveryStart
from kiosk.core.accounts import (
    Contact,
    FieldError,
    FieldErrors,
    Licence,
    LockoutPolicy,
    SignInOutcome,
)
from tests.core.accounts_helpers import (
    ANSWER,
    PASSWORD,
    QUESTIONS,
    TERMS_1,
    TERMS_2,
    Clock,
    make_service,
    migrated_engine,
    registration,
    row_counts,
)

UTC = dt.UTC


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = migrated_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(engine, clock):
    return make_service(engine, clock)


def all_text(engine: sa.Engine) -> str:
    """Every value of every table, as text: what someone reading the database file would see."""
    chunks = []
    with engine.connect() as conn:
        for table in sa.inspect(conn).get_table_names():
            for row in conn.execute(sa.text(f"SELECT * FROM {table}")):
                chunks.extend(str(value) for value in row)
    return "\n".join(chunks)


# --- registration ------------------------------------------------------------------------------------

def test_register_stores_the_account_its_licences_and_the_terms_acceptance(service, engine, clock):
    view = service.register(registration("Jane.Smith", contact=Contact(
        first_name=" Jane ", last_name="Smith", state="ct", zip_code="06880", phone="203-341-1000",
        email="Jane@EXAMPLE.com")), TERMS_1)

    assert view.username == "Jane.Smith"
    assert view.contact == Contact(first_name="Jane", last_name="Smith", state="CT", zip_code="06880",
                                   phone="+12033411000", email="Jane@example.com")
    assert view.licences == (Licence("Plumber", "P1-123456", "CT"),)
    assert view.security_question == QUESTIONS[0]
    assert view.created_at == clock.now and view.created_at.tzinfo is not None
    assert view.terms is not None
    assert (view.terms.doc_id, view.terms.version, view.terms.sha256) == ("terms", "1.0", TERMS_1.sha256)
    assert view.terms.accepted_at == clock.now and view.terms.kiosk_id == "lobby-1"
    assert service.account(view.account_id) == view
    assert row_counts(engine) == {"accounts": 1, "licences": 1, "terms_acceptances": 1}


def test_every_refused_field_is_named_and_nothing_is_stored(service, engine):
    reg = registration("ab", password="short", password_again="other", security_question="Pick one?",
                       security_answer="", contact=Contact(email="not an address", zip_code="1234"),
                       licences=(Licence("Welder", "W/1", "ZZ"),))

    with pytest.raises(FieldErrors) as refused:
        service.register(reg, TERMS_1)

    assert refused.value.errors == {
        "username": FieldError.TOO_SHORT, "password": FieldError.TOO_SHORT,
        "password_again": FieldError.PASSWORD_MISMATCH, "security_question": FieldError.QUESTION_UNKNOWN,
        "security_answer": FieldError.REQUIRED, "first_name": FieldError.REQUIRED, "last_name": FieldError.REQUIRED,
        "phone": FieldError.REQUIRED, "email": FieldError.EMAIL_INVALID, "zip_code": FieldError.ZIP_INVALID,
        "licences.0.kind": FieldError.LICENCE_TYPE_UNKNOWN, "licences.0.number": FieldError.BAD_CHARACTERS,
        "licences.0.state": FieldError.STATE_UNKNOWN,
    }
    assert row_counts(engine) == {"accounts": 0, "licences": 0, "terms_acceptances": 0}


def test_the_wizard_checks_one_step_at_a_time(service):
    service.register(registration("jsmith"), TERMS_1)
    draft = registration("JSmith", password="password1", password_again="password1", security_answer=" ",
                         contact=Contact(first_name="Jane"), licences=(Licence("Plumber", "", "CT"),))

    assert service.validate_step("username", draft) == {"username": FieldError.USERNAME_TAKEN}
    assert service.validate_step("password", draft) == {"password": FieldError.PASSWORD_COMMON}
    assert service.validate_step("security", draft) == {"security_answer": FieldError.REQUIRED}
    assert service.validate_step("contact", draft) == {"last_name": FieldError.REQUIRED, "phone": FieldError.REQUIRED,
                                                       "email": FieldError.REQUIRED}
    assert service.validate_step("licences", draft) == {"licences.0.number": FieldError.REQUIRED}
    assert service.validate_step("username", registration("someone.else")) == {}
    with pytest.raises(ValueError):
        service.validate_step("review", draft)


@pytest.mark.parametrize("second", ["JOHN", "ｊｏｈｎ", " John ", "ＪＯＨＮ"])
def test_one_account_per_user_name_whatever_the_case_or_width(service, engine, second):
    service.register(registration("john"), TERMS_1)

    with pytest.raises(FieldErrors) as refused:
        service.register(registration(second), TERMS_1)

    assert refused.value.errors == {"username": FieldError.USERNAME_TAKEN}
    assert row_counts(engine)["accounts"] == 1


def test_compatibility_forms_are_one_name(service):
    service.register(registration("ﬁona"), TERMS_1)          # the "fi" ligature

    with pytest.raises(FieldErrors, match="username_taken"):
        service.register(registration("FIONA"), TERMS_1)


def test_a_look_alike_from_another_alphabet_is_refused(service, engine):
    service.register(registration("john"), TERMS_1)

    with pytest.raises(FieldErrors) as refused:
        service.register(registration("jоhn"), TERMS_1)      # Cyrillic о

    assert refused.value.errors == {"username": FieldError.USERNAME_MIXED_SCRIPTS}
    assert row_counts(engine)["accounts"] == 1


@pytest.mark.parametrize("first, second", [
    ("cope1855", "соре1855"),        # all Cyrillic: с о р е
    ("соре1855", "COPE1855"),
    ("damian", "darnian"),           # rn looks like m
    ("bill1", "billl"),              # 1 looks like l
    ("john0", "JOHNO"),              # 0 looks like O, and case does not count
])
def test_a_look_alike_in_one_alphabet_is_taken(service, engine, first, second):
    service.register(registration(first), TERMS_1)

    assert service.validate_step("username", registration(second)) == {"username": FieldError.USERNAME_TAKEN}
    with pytest.raises(FieldErrors) as refused:
        service.register(registration(second), TERMS_1)

    assert refused.value.errors == {"username": FieldError.USERNAME_TAKEN}
    assert row_counts(engine)["accounts"] == 1


def test_names_that_only_share_letters_are_not_look_alikes(service, engine):
    for name in ("cope1855", "cope1856", "copes1855", "соре"):
        service.register(registration(name), TERMS_1)

    assert row_counts(engine)["accounts"] == 4


def test_a_name_of_thirty_of_the_widest_letters_is_stored(service):
    """A Hangul syllable's skeleton is its jamo, some of them two strokes: 7 characters of the
    skeleton column for each of the name's 30 (PostgreSQL refuses a value longer than the column)."""
    name = "\ucb94" * 30          # HANGUL SYLLABLE JJWESS

    assert service.register(registration(name), TERMS_1).username == name


# --- secrets at rest ---------------------------------------------------------------------------------

def test_passwords_and_answers_are_stored_only_as_argon2id_hashes(service, engine):
    service.register(registration("jsmith"), TERMS_1)
    service.sign_in("jsmith", "wrong password 1")
    service.sign_in("nobody.here", PASSWORD)

    with engine.connect() as conn:
        pw_hash, answer_hash = conn.execute(sa.text(
            "SELECT password_hash, security_answer_hash FROM accounts")).one()
    assert pw_hash.startswith("$argon2id$") and answer_hash.startswith("$argon2id$")
    everything = all_text(engine).casefold()
    for secret in (PASSWORD, ANSWER, "biscuit", "wrong password 1", "nobody.here"):
        assert secret.casefold() not in everything


# --- signing in --------------------------------------------------------------------------------------

def test_sign_in_with_the_right_password_in_any_case_of_the_name(service):
    view = service.register(registration("JSmith"), TERMS_1)

    result = service.sign_in("jsmith", PASSWORD)

    assert result.outcome is SignInOutcome.SIGNED_IN and result.account_id == view.account_id
    assert service.sign_in("ＪＳＭＩＴＨ", PASSWORD).outcome is SignInOutcome.SIGNED_IN


def test_a_wrong_password_and_an_unknown_name_look_the_same(service):
    service.register(registration("jsmith"), TERMS_1)

    wrong_password = service.sign_in("jsmith", "canoe maple 43")
    unknown_name = service.sign_in("jsmyth", PASSWORD)

    assert wrong_password == unknown_name
    assert wrong_password.outcome is SignInOutcome.FAILED and wrong_password.account_id is None
    assert wrong_password.attempts_left == 4


def test_five_failures_within_the_window_lock_the_account(service, clock):
    service.register(registration("jsmith"), TERMS_1)
    results = []
    for _ in range(5):
        results.append(service.sign_in("jsmith", "not it at all"))
        clock.advance(minutes=2)

    assert [r.attempts_left for r in results[:4]] == [4, 3, 2, 1]
    assert results[4].outcome is SignInOutcome.LOCKED
    assert results[4].locked_until == clock.now - dt.timedelta(minutes=2) + dt.timedelta(minutes=15)
    locked = service.sign_in("jsmith", PASSWORD)                  # even the right password, during the lock
    assert locked.outcome is SignInOutcome.LOCKED and locked.account_id is None

    clock.now = results[4].locked_until - dt.timedelta(seconds=1)
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.LOCKED
    clock.now = results[4].locked_until
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN


def test_five_failures_spread_beyond_the_window_do_not_lock(service, clock):
    service.register(registration("jsmith"), TERMS_1)
    for _ in range(6):
        result = service.sign_in("jsmith", "not it at all")
        assert result.outcome is SignInOutcome.FAILED
        clock.advance(minutes=4)      # the 1st has left the 15-minute window when the 5th comes

    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN


def test_a_successful_sign_in_clears_the_count(service):
    service.register(registration("jsmith"), TERMS_1)
    for _ in range(4):
        service.sign_in("jsmith", "not it at all")

    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN
    assert service.sign_in("jsmith", "not it at all").attempts_left == 4


def test_after_a_lock_the_count_starts_again(service, clock):
    service.register(registration("jsmith"), TERMS_1)
    for _ in range(5):
        service.sign_in("jsmith", "not it at all")
    clock.advance(minutes=15)

    result = service.sign_in("jsmith", "still not it")

    assert result.outcome is SignInOutcome.FAILED and result.attempts_left == 4


def test_unknown_user_names_are_counted_and_locked_too(service, clock):
    results = [service.sign_in("no.such.person", f"guess number {i}") for i in range(5)]

    assert [r.outcome for r in results] == [SignInOutcome.FAILED] * 4 + [SignInOutcome.LOCKED]
    assert results[4].locked_until == clock.now + dt.timedelta(minutes=15)
    assert service.sign_in("NO.SUCH.PERSON", "another").outcome is SignInOutcome.LOCKED   # the same key
    assert service.sign_in("someone.else", "another").outcome is SignInOutcome.FAILED


def test_known_and_unknown_names_give_the_same_answers_all_the_way_to_the_lock(service):
    service.register(registration("jsmith"), TERMS_1)

    known = [service.sign_in("jsmith", "not it at all") for _ in range(6)]
    unknown = [service.sign_in("jsmyth", "not it at all") for _ in range(6)]

    assert known == unknown


def test_kiosks_sharing_a_database_share_the_count(engine, clock):
    lobby, annex = make_service(engine, clock, "lobby-1"), make_service(engine, clock, "annex-1")
    lobby.register(registration("jsmith"), TERMS_1)
    for kiosk in (lobby, annex, lobby, annex):
        kiosk.sign_in("jsmith", "not it at all")

    assert annex.sign_in("jsmith", "not it at all").outcome is SignInOutcome.LOCKED
    assert lobby.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.LOCKED


def test_the_lockout_follows_the_settings(engine, clock):
    strict = make_service(engine, clock, lockout=LockoutPolicy(attempts=3, window=dt.timedelta(minutes=5),
                                                               lock_for=dt.timedelta(hours=1)))
    results = [strict.sign_in("jsmith", "x") for _ in range(3)]

    assert results[-1].outcome is SignInOutcome.LOCKED
    assert results[-1].locked_until == clock.now + dt.timedelta(hours=1)


def failures(engine: sa.Engine) -> int:
    return row_counts(engine, ("sign_in_failures",))["sign_in_failures"]


def test_a_failure_is_deleted_as_soon_as_its_window_has_passed(service, engine, clock):
    """The kiosk's sweep (every minute, kiosk.app) deletes it: no later failure is needed."""
    service.sign_in("jsmith", "x")
    clock.advance(minutes=15, seconds=-1)

    assert service.forget_expired_failures() == 0 and failures(engine) == 1
    clock.advance(seconds=1)
    assert service.forget_expired_failures() == 1 and failures(engine) == 0


def test_a_later_failure_of_another_name_deletes_it_too(service, engine, clock):
    service.sign_in("jsmith", "x")
    clock.advance(minutes=15)
    service.sign_in("someone", "x")

    assert failures(engine) == 1


def test_the_failure_that_locked_the_name_is_kept_until_the_lock_ends(engine, clock):
    strict = make_service(engine, clock, lockout=LockoutPolicy(attempts=3, window=dt.timedelta(minutes=5),
                                                               lock_for=dt.timedelta(hours=1)))
    strict.register(registration("jsmith"), TERMS_1)
    for _ in range(3):
        clock.advance(minutes=1)
        locked = strict.sign_in("jsmith", "not it at all")
    clock.advance(minutes=30)

    assert strict.forget_expired_failures() == 2 and failures(engine) == 1
    assert strict.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.LOCKED     # the sweep lifts no lock
    clock.now = locked.locked_until - dt.timedelta(seconds=1)
    assert strict.forget_expired_failures() == 0
    clock.now = locked.locked_until
    assert strict.forget_expired_failures() == 1 and failures(engine) == 0
    assert strict.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN


def test_the_sweep_keeps_the_failures_that_still_count(service, engine, clock):
    service.register(registration("jsmith"), TERMS_1)
    service.sign_in("jsmith", "one")
    clock.advance(minutes=10)
    service.sign_in("jsmith", "two")
    clock.advance(minutes=6)           # the first has left the window, the second has not

    assert service.forget_expired_failures() == 1 and failures(engine) == 1
    assert service.sign_in("jsmith", "three").attempts_left == 3


def test_an_old_hash_is_upgraded_at_sign_in(service, engine):
    view = service.register(registration("jsmith"), TERMS_1)
    old = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, type=Type.ID).hash(PASSWORD)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE accounts SET password_hash = :h WHERE id = :i"), {"h": old, "i": view.account_id})

    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN

    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT password_hash FROM accounts")).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=47104,t=1,p=1$")
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN


def test_sign_in_with_any_text_never_raises(service):
    for name in ("", "\x00", "a" * 10_000, "\ud800", "'; DROP TABLE accounts;--", "שלום"):
        assert service.sign_in(name, name).outcome in (SignInOutcome.FAILED, SignInOutcome.LOCKED)
        assert service.security_question_for(name) in QUESTIONS


# --- forgotten password ------------------------------------------------------------------------------

def test_the_security_question_of_an_account_and_a_steady_decoy_for_unknown_names(service, engine, clock):
    service.register(registration("jsmith", security_question=QUESTIONS[2]), TERMS_1)

    assert service.security_question_for("JSMITH") == QUESTIONS[2]
    decoys = {name: service.security_question_for(name) for name in (f"nobody{i}" for i in range(30))}
    assert set(decoys.values()) <= set(QUESTIONS) and len(set(decoys.values())) > 1
    other_kiosk = make_service(engine, clock, "annex-1")
    assert all(other_kiosk.security_question_for(name.upper()) == q for name, q in decoys.items())


def test_recovery_starts_with_the_question_of_an_account_or_a_steady_decoy(service):
    service.register(registration("jsmith", security_question=QUESTIONS[2]), TERMS_1)

    assert service.start_recovery("JSmith") == RecoveryStart(question=QUESTIONS[2], locked_until=None)
    unknown = service.start_recovery("jsmyth")
    assert unknown == RecoveryStart(question=service.security_question_for("jsmyth")) and not unknown.locked
    assert unknown.question in QUESTIONS


def test_a_locked_name_is_told_at_the_first_step_alike_whether_it_has_an_account_or_not(service, clock):
    service.register(registration("jsmith"), TERMS_1)
    for name in ("jsmith", "jsmyth"):
        for _ in range(5):
            service.sign_in(name, "not it at all")

    known, unknown = service.start_recovery("jsmith"), service.start_recovery("JSMYTH")

    assert known == unknown                                       # nothing tells the two apart
    assert known.locked and known.question == ""
    assert known.locked_until == clock.now + dt.timedelta(minutes=15) and known.locked_until.tzinfo == UTC
    clock.now = known.locked_until
    assert service.start_recovery("jsmith") == RecoveryStart(question=QUESTIONS[0])


def test_starting_a_recovery_is_not_a_failed_attempt(service):
    service.register(registration("jsmith"), TERMS_1)
    for _ in range(10):
        service.start_recovery("jsmith")
        service.start_recovery("jsmyth")

    assert service.sign_in("jsmith", "not it at all").attempts_left == 4
    assert service.sign_in("jsmyth", "not it at all").attempts_left == 4


def test_the_right_answer_sets_a_new_password_and_signs_in(service):
    view = service.register(registration("jsmith"), TERMS_1)

    result = service.recover("jsmith", "  biscuit   THE beagle ", "river stone 77", "river stone 77")

    assert result.outcome is SignInOutcome.SIGNED_IN and result.account_id == view.account_id
    assert service.sign_in("jsmith", "river stone 77").outcome is SignInOutcome.SIGNED_IN
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.FAILED


def test_wrong_answers_count_toward_the_lockout(service):
    service.register(registration("jsmith"), TERMS_1)
    answers = [service.recover("jsmith", f"Rex {i}", "river stone 77", "river stone 77") for i in range(4)]

    assert [a.attempts_left for a in answers] == [4, 3, 2, 1]
    assert service.sign_in("jsmith", "not it at all").outcome is SignInOutcome.LOCKED
    assert service.recover("jsmith", ANSWER, "river stone 77", "river stone 77").outcome is SignInOutcome.LOCKED
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.LOCKED


def test_recovery_of_an_unknown_name_fails_like_a_wrong_answer(service):
    service.register(registration("jsmith"), TERMS_1)

    assert (service.recover("jsmith", "Rex", "river stone 77", "river stone 77")
            == service.recover("jsmyth", ANSWER, "river stone 77", "river stone 77"))


def test_an_unusable_new_password_is_refused_before_the_answer_is_looked_at(service):
    service.register(registration("jsmith"), TERMS_1)

    with pytest.raises(FieldErrors) as refused:
        service.recover("jsmith", "Rex", "password1", "password1")

    assert refused.value.errors == {"password": FieldError.PASSWORD_COMMON}
    assert service.sign_in("jsmith", "x").attempts_left == 4          # the wrong answer was not counted
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.SIGNED_IN


# --- terms -------------------------------------------------------------------------------------------

def test_terms_accepted_at_registration_need_no_new_acceptance(service):
    view = service.register(registration("jsmith"), TERMS_1)

    status = service.terms_status(view.account_id, TERMS_1)

    assert not status.needs_acceptance
    assert status.accepted == view.terms and status.accepted_text == TERMS_1.body_markdown


def test_a_new_version_needs_acceptance_and_the_old_text_is_kept_for_the_diff(service, engine, clock):
    view = service.register(registration("jsmith"), TERMS_1)
    service.record_policy(TERMS_2)
    clock.advance(days=30)

    status = service.terms_status(view.account_id, TERMS_2)

    assert status.needs_acceptance
    assert status.accepted.version == "1.0" and status.accepted_text == TERMS_1.body_markdown

    accepted = service.accept_terms(view.account_id, TERMS_2)

    assert (accepted.version, accepted.sha256, accepted.accepted_at) == ("1.1", TERMS_2.sha256, clock.now)
    after = service.terms_status(view.account_id, TERMS_2)
    assert not after.needs_acceptance and after.accepted_text == TERMS_2.body_markdown
    assert service.account(view.account_id).terms == accepted
    assert row_counts(engine, ("terms_acceptances", "policy_texts")) == {"terms_acceptances": 2, "policy_texts": 2}


def test_a_text_changed_under_the_same_version_needs_acceptance_and_both_texts_are_kept(service, engine):
    view = service.register(registration("jsmith"), TERMS_1)
    edited = dataclasses.replace(TERMS_1, body_markdown=TERMS_1.body_markdown + "One more sentence.\n")

    assert service.terms_status(view.account_id, edited).needs_acceptance
    service.accept_terms(view.account_id, edited)
    assert not service.terms_status(view.account_id, edited).needs_acceptance
    assert service.terms_status(view.account_id, TERMS_1).accepted_text == edited.body_markdown
    assert row_counts(engine, ("policy_texts",)) == {"policy_texts": 2}


def test_recording_a_policy_twice_keeps_one_copy(service, engine):
    for _ in range(3):
        service.record_policy(TERMS_1)
        service.record_policy(TERMS_2)

    assert row_counts(engine, ("policy_texts",)) == {"policy_texts": 2}


def test_an_account_that_never_accepted_needs_acceptance(service, engine):
    view = service.register(registration("jsmith"), TERMS_1)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM terms_acceptances"))

    status = service.terms_status(view.account_id, TERMS_1)

    assert status.needs_acceptance and status.accepted is None and status.accepted_text is None


# --- my account --------------------------------------------------------------------------------------

def test_contact_changes_are_validated_again(service, clock):
    view = service.register(registration("jsmith"), TERMS_1)
    clock.advance(days=1)

    with pytest.raises(FieldErrors) as refused:
        service.update_contact(view.account_id, dataclasses.replace(view.contact, email="jane@", phone=""))

    assert refused.value.errors == {"email": FieldError.EMAIL_INVALID, "phone": FieldError.REQUIRED}
    assert service.account(view.account_id).contact == view.contact

    changed = service.update_contact(view.account_id, dataclasses.replace(
        view.contact, street="  15 Jesup Road ", phone="(203) 227-8981", email="JANE@Example.org"))

    assert changed.contact.street == "15 Jesup Road"
    assert changed.contact.phone == "+12032278981" and changed.contact.email == "JANE@example.org"
    assert service.account(view.account_id).contact == changed.contact


def test_change_password(service):
    view = service.register(registration("jsmith"), TERMS_1)

    with pytest.raises(FieldErrors) as refused:
        service.change_password(view.account_id, "not my password", "river stone 77", "river stone 77")
    assert refused.value.errors == {"current_password": FieldError.PASSWORD_WRONG}

    with pytest.raises(FieldErrors) as refused:
        service.change_password(view.account_id, PASSWORD, "jsmith river 1", "jsmith river 2")
    assert refused.value.errors == {"password": FieldError.PASSWORD_HAS_USERNAME,
                                    "password_again": FieldError.PASSWORD_MISMATCH}

    service.change_password(view.account_id, PASSWORD, "river stone 77", "river stone 77")

    assert service.sign_in("jsmith", "river stone 77").outcome is SignInOutcome.SIGNED_IN
    assert service.sign_in("jsmith", PASSWORD).outcome is SignInOutcome.FAILED


def test_wrong_current_passwords_count_toward_the_lockout(service):
    view = service.register(registration("jsmith"), TERMS_1)
    for _ in range(5):
        with pytest.raises(FieldErrors):
            service.change_password(view.account_id, "guess", "river stone 77", "river stone 77")

    with pytest.raises(FieldErrors) as refused:
        service.change_password(view.account_id, PASSWORD, "river stone 77", "river stone 77")

    assert refused.value.errors == {"current_password": FieldError.ACCOUNT_LOCKED}


def test_licences_are_replaced_checked_and_can_be_removed(service, engine):
    view = service.register(registration("jsmith"), TERMS_1)

    changed = service.set_licences(view.account_id, [Licence("Electrician", "e-77", "ny"),
                                                     Licence("Plumber", "P1-123456", "CT")])
    assert changed.licences == (Licence("Electrician", "E-77", "NY"), Licence("Plumber", "P1-123456", "CT"))

    with pytest.raises(FieldErrors) as refused:
        service.set_licences(view.account_id, [Licence("Plumber", "P9", "CT"), Licence("Plumber", "p9", "CT")])
    assert refused.value.errors == {"licences.1.number": FieldError.DUPLICATE_LICENCE}
    assert service.account(view.account_id).licences == changed.licences

    assert service.set_licences(view.account_id, []).licences == ()
    assert row_counts(engine)["licences"] == 0


def test_an_unknown_account_id_is_a_lookup_error(service):
    with pytest.raises(AccountNotFound):
        service.account(999)
    with pytest.raises(AccountNotFound):
        service.accept_terms(999, TERMS_1)
    with pytest.raises(AccountNotFound):
        service.update_contact(999, registration().contact)


def test_a_naive_clock_is_read_as_local_time_and_stored_as_utc(engine):
    local = dt.datetime(2026, 11, 22, 10, 30)
    service = make_service(engine, clock=lambda: local)  # type: ignore[arg-type]

    view = service.register(registration("jsmith"), TERMS_1)

    assert view.created_at == local.astimezone().astimezone(UTC)
    assert view.created_at.tzinfo == UTC
