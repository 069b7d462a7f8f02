# SPDX-License-Identifier: Apache-2.0
"""Staff accounts on each engine: roles, the lockout, temporary passwords, two-factor sign-in,
and an audit entry for every action."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.core.accounts import FieldError, FieldErrors
from kiosk.core.audit import AuditAction
from kiosk.core.staff import Actor, StaffNotFound, StaffRefusal, StaffRefused, StaffRole
from kiosk.core.staff import StaffSignInOutcome as Outcome
from tests.core.accounts_helpers import Clock
from tests.storage.staff_support import IT, NEW_PASSWORD, PASSWORD, add_staff, code, entries, make_service


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(engine, clock):
    return make_service(engine, clock)


def actions(engine) -> list[str]:
    return [e.event.action for e in entries(engine)]


def test_a_new_account_must_change_its_first_password_then_signs_in(service, engine):
    member = service.add(IT, "MGarcia", "  Maria   Garcia ", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    assert (member.username, member.display_name, member.role, member.must_change_password) == \
        ("mgarcia", "Maria Garcia", StaffRole.ASSISTANT, True)

    first = service.sign_in("mgarcia", PASSWORD)
    assert first.outcome is Outcome.PASSWORD_CHANGE_NEEDED and first.staff.username == "mgarcia"

    with pytest.raises(StaffRefused) as refused:
        service.change_password("mgarcia", PASSWORD, PASSWORD, PASSWORD)
    assert refused.value.reason is StaffRefusal.SAME_PASSWORD
    changed = service.change_password("mgarcia", PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert changed.outcome is Outcome.SIGNED_IN and not changed.staff.must_change_password

    assert service.sign_in("mgarcia", PASSWORD).outcome is Outcome.FAILED          # the old one is gone
    again = service.sign_in("MGARCIA ", NEW_PASSWORD)
    assert again.outcome is Outcome.SIGNED_IN and again.staff.last_sign_in_at is not None


def test_a_password_is_stored_only_as_an_argon2id_hash(service, engine):
    service.add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM staff").scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_bad_input_is_refused_and_nothing_is_stored(service, engine):
    for username in ("ab", "9lives", "maría", "has space"):
        with pytest.raises(StaffRefused) as refused:
            service.add(IT, username, "Someone", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
        assert refused.value.reason is StaffRefusal.USERNAME_INVALID
    with pytest.raises(FieldErrors) as weak:
        service.add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, "password", "password")
    assert weak.value.errors["password"] in (FieldError.PASSWORD_COMMON, FieldError.PASSWORD_WEAK)
    with pytest.raises(StaffRefused):
        service.add(IT, "mgarcia", "", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    assert service.list() == [] and entries(engine) == []

    service.add(IT, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    with pytest.raises(StaffRefused) as taken:
        service.add(IT, "MGARCIA", "Another Maria", StaffRole.SUPERVISOR, PASSWORD, PASSWORD)
    assert taken.value.reason is StaffRefusal.USERNAME_TAKEN
    assert [m.display_name for m in service.list()] == ["Maria Garcia"]
    assert actions(engine) == [AuditAction.STAFF_ADDED]


def test_only_a_supervisor_manages_staff(service):
    add_staff(service, "boss", StaffRole.SUPERVISOR)
    add_staff(service, "helper", StaffRole.ASSISTANT)
    assistant = Actor.staff(service.get("helper"))
    supervisor = Actor.staff(service.get("boss"))

    for attempt in (lambda: service.add(assistant, "newbie", "New Person", StaffRole.ASSISTANT, PASSWORD, PASSWORD),
                    lambda: service.disable(assistant, "boss"),
                    lambda: service.reset_password(assistant, "boss"),
                    lambda: service.require_totp(assistant, "boss"),
                    lambda: service.enrol_totp(assistant, "boss")):
        with pytest.raises(StaffRefused) as refused:
            attempt()
        assert refused.value.reason is StaffRefusal.NOT_ALLOWED
    assert service.get("boss").active

    service.add(supervisor, "newbie", "New Person", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    assert service.disable(supervisor, "newbie").active is False


def test_a_supervisor_cannot_disable_their_own_account(service, engine):
    add_staff(service, "boss", StaffRole.SUPERVISOR)
    boss = Actor.staff(service.get("boss"))
    with pytest.raises(StaffRefused) as refused:
        service.disable(boss, "BOSS")
    assert refused.value.reason is StaffRefusal.NOT_YOURSELF
    assert service.get("boss").active and AuditAction.STAFF_DISABLED not in actions(engine)


def test_a_disabled_account_cannot_sign_in(service):
    add_staff(service)
    service.disable(IT, "mgarcia")
    assert service.sign_in("mgarcia", NEW_PASSWORD).outcome is Outcome.DISABLED
    assert service.sign_in("mgarcia", "wrong password 1").outcome is Outcome.FAILED   # says nothing more
    with pytest.raises(StaffRefused) as refused:
        service.disable(IT, "mgarcia")
    assert refused.value.reason is StaffRefusal.ALREADY_DISABLED
    with pytest.raises(StaffNotFound):
        service.disable(IT, "nobody")


def test_repeated_failures_lock_the_name_for_a_while(service, clock):
    add_staff(service)
    results = [service.sign_in("mgarcia", f"wrong guess {n}") for n in range(3)]
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.FAILED, Outcome.LOCKED]
    assert [r.attempts_left for r in results[:2]] == [2, 1]

    locked = service.sign_in("mgarcia", NEW_PASSWORD)          # the right password waits for the lock
    assert locked.outcome is Outcome.LOCKED and locked.locked_until == clock.now + service._lockout.policy.lock_for
    clock.advance(minutes=16)
    assert service.sign_in("mgarcia", NEW_PASSWORD).outcome is Outcome.SIGNED_IN


def test_an_unknown_name_is_locked_the_same_and_never_written_down(service, engine):
    outcomes = [service.sign_in("nobody-here", "a secret typed").outcome for _ in range(3)]
    assert outcomes == [Outcome.FAILED, Outcome.FAILED, Outcome.LOCKED]
    logged = entries(engine)
    assert {e.event.actor for e in logged} == {"(unknown name)"}
    assert not any("nobody" in e.event.detail or "secret" in e.event.detail for e in logged)


def test_a_temporary_password_works_once_and_lifts_a_lock(service):
    add_staff(service)
    for n in range(3):
        service.sign_in("mgarcia", f"wrong guess {n}")
    temporary = service.reset_password(IT, "mgarcia")
    assert len(temporary) == 19 and temporary.count("-") == 3

    assert service.sign_in("mgarcia", NEW_PASSWORD).outcome is Outcome.FAILED      # the old one no longer
    assert service.sign_in("mgarcia", temporary).outcome is Outcome.PASSWORD_CHANGE_NEEDED
    assert service.change_password("mgarcia", temporary, "lantern quay 58", "lantern quay 58").outcome \
        is Outcome.SIGNED_IN
    assert service.sign_in("mgarcia", temporary).outcome is Outcome.FAILED
    assert service.sign_in("mgarcia", "lantern quay 58").outcome is Outcome.SIGNED_IN


def wrong_code(secret: str, at: dt.datetime) -> str:
    """A code the app shows neither now nor a step before or after."""
    near = {code(secret, at + dt.timedelta(seconds=30 * k)) for k in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in near)


def test_a_supervisor_requires_totp_and_it_is_set_up_then_asked_for(service, clock):
    add_staff(service)
    service.require_totp(IT, "mgarcia")
    pending = service.sign_in("mgarcia", NEW_PASSWORD)
    assert pending.outcome is Outcome.TOTP_ENROLMENT_NEEDED

    me = Actor.staff(pending.staff)
    enrolment = service.enrol_totp(me, "mgarcia")                 # one's own: no supervisor needed
    assert enrolment.provisioning_uri.startswith("otpauth://totp/Town%20of%20Westport:mgarcia?secret=")
    assert "issuer=Town%20of%20Westport" in enrolment.provisioning_uri
    with pytest.raises(StaffRefused) as wrong:
        service.confirm_totp(me, "mgarcia", wrong_code(enrolment.secret, clock.now))
    assert wrong.value.reason is StaffRefusal.TOTP_WRONG
    assert service.confirm_totp(me, "mgarcia", code(enrolment.secret, clock.now)).totp_enrolled

    clock.advance(minutes=2)
    assert service.sign_in("mgarcia", NEW_PASSWORD).outcome is Outcome.TOTP_NEEDED
    assert service.sign_in("mgarcia", NEW_PASSWORD, wrong_code(enrolment.secret, clock.now)).outcome is Outcome.FAILED
    right = code(enrolment.secret, clock.now)
    assert service.sign_in("mgarcia", NEW_PASSWORD, f"{right[:3]} {right[3:]}").outcome is Outcome.SIGNED_IN
    assert service.sign_in("mgarcia", NEW_PASSWORD, right).outcome is Outcome.FAILED       # no replay

    clock.advance(minutes=5)
    behind = code(enrolment.secret, clock.now - dt.timedelta(seconds=30))   # the phone's clock 30 s behind
    assert service.sign_in("mgarcia", NEW_PASSWORD, behind).outcome is Outcome.SIGNED_IN
    later = code(enrolment.secret, clock.now + dt.timedelta(minutes=5))
    assert service.sign_in("mgarcia", NEW_PASSWORD, later).outcome is Outcome.FAILED


def test_a_temporary_password_with_totp_asks_for_the_code_once_with_the_new_password(service, clock):
    add_staff(service)
    enrolment = service.enrol_totp(IT, "mgarcia")
    service.confirm_totp(IT, "mgarcia", code(enrolment.secret, clock.now))
    temporary = service.reset_password(IT, "mgarcia")
    clock.advance(minutes=1)
    assert service.sign_in("mgarcia", temporary).outcome is Outcome.PASSWORD_CHANGE_NEEDED
    assert service.change_password("mgarcia", temporary, "lantern quay 58", "lantern quay 58").outcome \
        is Outcome.TOTP_NEEDED
    assert service.change_password("mgarcia", temporary, "lantern quay 58", "lantern quay 58",
                                   code(enrolment.secret, clock.now)).outcome is Outcome.SIGNED_IN


def test_a_new_authenticator_replaces_the_old_one_only_once_confirmed(service, clock):
    add_staff(service)
    first = service.enrol_totp(IT, "mgarcia")
    service.confirm_totp(IT, "mgarcia", code(first.secret, clock.now))
    second = service.enrol_totp(IT, "mgarcia")
    clock.advance(minutes=1)
    assert service.sign_in("mgarcia", NEW_PASSWORD, code(first.secret, clock.now)).outcome is Outcome.SIGNED_IN
    clock.advance(minutes=1)
    service.confirm_totp(IT, "mgarcia", code(second.secret, clock.now))
    clock.advance(minutes=1)
    assert service.sign_in("mgarcia", NEW_PASSWORD, code(first.secret, clock.now)).outcome is Outcome.FAILED
    assert service.sign_in("mgarcia", NEW_PASSWORD, code(second.secret, clock.now)).outcome is Outcome.SIGNED_IN


def test_every_staff_action_writes_an_audit_entry(service, engine, clock):
    service.add(IT, "mgarcia", "Maria Garcia", StaffRole.SUPERVISOR, PASSWORD, PASSWORD)
    service.change_password("mgarcia", PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    service.sign_in("mgarcia", "wrong guess 1")
    service.sign_in("mgarcia", NEW_PASSWORD)
    boss = Actor.staff(service.get("mgarcia"))
    service.require_totp(boss, "mgarcia")
    enrolment = service.enrol_totp(boss, "mgarcia")
    service.confirm_totp(boss, "mgarcia", code(enrolment.secret, clock.now))
    service.add(boss, "jlee", "Jamie Lee", StaffRole.ASSISTANT, PASSWORD, PASSWORD)
    service.reset_password(boss, "jlee")
    service.disable(boss, "jlee")

    logged = entries(engine)
    staff_id = {m.username: str(m.staff_id) for m in service.list()}
    assert [(e.event.actor, e.event.action, e.event.record_kind, e.event.record_id) for e in logged] == [
        ("kiosk-admin:it-admin", AuditAction.STAFF_ADDED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.STAFF_PASSWORD_CHANGED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.SIGNED_IN, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.SIGN_IN_FAILED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.SIGNED_IN, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.STAFF_TOTP_REQUIRED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.STAFF_TOTP_ENROLLED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.STAFF_TOTP_CONFIRMED, "staff", staff_id["mgarcia"]),
        ("mgarcia", AuditAction.STAFF_ADDED, "staff", staff_id["jlee"]),
        ("mgarcia", AuditAction.STAFF_PASSWORD_RESET, "staff", staff_id["jlee"]),
        ("mgarcia", AuditAction.STAFF_DISABLED, "staff", staff_id["jlee"]),
    ]
    assert [e.seq for e in logged] == list(range(1, 12))
    assert {e.event.kiosk_id for e in logged} == {"desk-1"} and {e.event.at for e in logged} == {clock.now}
    assert all(e.event.at.tzinfo is not None and e.event.at.utcoffset().total_seconds() == 0 for e in logged)
    words = " ".join(e.event.detail for e in logged)
    assert PASSWORD not in words and NEW_PASSWORD not in words and enrolment.secret not in words
