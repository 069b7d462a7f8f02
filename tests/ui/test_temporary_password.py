# SPDX-License-Identifier: Apache-2.0
"""A temporary password from the front desk, through the real sign-in screen: it signs nobody in
until the resident has chosen a new password (twice, the registration rules), then it is spent."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from kiosk.core.accounts import LockoutPolicy
from kiosk.core.assist_service import AssistService
from kiosk.core.staff import Actor, StaffMember, StaffRole
from kiosk.storage.assist_repo import SqlAssistRepository
from kiosk.storage.database import session_factory
from tests.core.accounts_helpers import registration
from tests.support import find, tap

NEW_PASSWORD = "Lantern-Quay-58"
DESK = Actor.staff(StaffMember(1, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT, True, False, False, False,
                               dt.datetime(2026, 1, 1, tzinfo=dt.UTC), None))


@pytest.fixture
def temporary(kiosk):
    """A resident registered at this kiosk, then given a temporary password at the desk."""
    terms = kiosk.prepared.pack.policy("terms", dt.date(2026, 11, 22))
    reg = dataclasses.replace(registration("harbor.resident"), licences=(),
                              security_question=kiosk.prepared.pack.security_questions[0])
    view = kiosk.accounts.register(reg, terms)
    assist = AssistService(SqlAssistRepository(session_factory(kiosk.engine)), kiosk.accounts.rules, LockoutPolicy(),
                           "desk-1", lambda: dt.datetime.now(dt.UTC))
    return assist.issue_temporary_password(DESK, view.account_id).password


def type_into(qtbot, screen, name: str, text: str) -> None:
    field = find(screen, name)
    tap(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def sign_in(qtbot, kiosk, password: str):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_signin"))
    screen = kiosk.navigator.current
    type_into(qtbot, screen, "signin_username", "harbor.resident")
    type_into(qtbot, screen, "signin_password", password)
    tap(qtbot, find(screen, "signinSubmit"))
    return screen


def test_a_temporary_password_makes_the_resident_choose_a_new_one_first(qtbot, kiosk, temporary):
    screen = sign_in(qtbot, kiosk, temporary)
    change = find(screen, "signinChangeSubmit")
    qtbot.waitUntil(change.isVisible, timeout=10_000)
    assert find(screen, "signinHeading").text() == "Choose a new password"
    assert not kiosk.sessions.current.signed_in                  # nothing else before the new password
    assert not find(screen, "signin_password").isVisible()

    type_into(qtbot, screen, "signin_new_password", "password1")   # the registration rules hold
    type_into(qtbot, screen, "signin_new_password_again", "password1")
    assert "Strength" in find(screen, "signinPasswordStrengthLabel").text()
    tap(qtbot, change)
    message = find(screen, "signinMessage")
    qtbot.waitUntil(lambda: "new password twice" in message.text(), timeout=10_000)
    assert not kiosk.sessions.current.signed_in

    type_into(qtbot, screen, "signin_new_password", NEW_PASSWORD)
    type_into(qtbot, screen, "signin_new_password_again", NEW_PASSWORD)
    tap(qtbot, find(screen, "signinChangeSubmit"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)
    assert kiosk.sessions.current.signed_in
    with kiosk.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT must_change_password FROM accounts")).scalar() in (False, 0)

    tap(qtbot, kiosk.header.sign_out)
    tap(qtbot, kiosk.nav.finish)
    screen = sign_in(qtbot, kiosk, temporary)                    # spent
    qtbot.waitUntil(lambda: "not right" in find(screen, "signinMessage").text(), timeout=10_000)
    find(screen, "signinMessage").clear()
    type_into(qtbot, screen, "signin_password", NEW_PASSWORD)
    tap(qtbot, find(screen, "signinSubmit"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "account", timeout=10_000)


def test_walking_away_leaves_the_next_visitor_only_the_sign_in_form(qtbot, kiosk, temporary):
    screen = sign_in(qtbot, kiosk, temporary)
    qtbot.waitUntil(find(screen, "signinChangeSubmit").isVisible, timeout=10_000)
    type_into(qtbot, screen, "signin_new_password", NEW_PASSWORD)
    tap(qtbot, kiosk.nav.finish)                                  # the visit ends mid-step
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_signin"))
    fresh = kiosk.navigator.current
    assert find(fresh, "signinSubmit").isVisible() and not find(fresh, "signinChangeSubmit").isVisible()
    assert find(fresh, "signinHeading").text() == "Sign in to your account"
    assert not kiosk.sessions.current.signed_in
