# SPDX-License-Identifier: Apache-2.0
"""Arbitrary text in every registration field: register() either makes a valid account or refuses
with field messages naming only fields a screen knows, and a refusal never leaves a row behind."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from kiosk.core.account_service import AccountService
from kiosk.core.accounts import CONTACT_FIELDS, Contact, FieldError, FieldErrors, Licence, Registration, SignInOutcome
from kiosk.core.validation import validate_username
from tests.core.accounts_helpers import (
    QUESTIONS,
    TERMS_1,
    CheapHasher,
    make_service,
    migrated_engine,
    registration,
    row_counts,
)

NASTY = ["", "   ", "a" * 10_000, "😀🏛️👩‍👩‍👧‍👦", "שלום", "مرحبا", "\x00", "a\x00b", "<script>alert(1)</script>",
         "'; DROP TABLE accounts;--", "\ud800", "\u202eevil", "\t\r\n", "Robert'); --", "％００"]
FIELD_NAMES = {"username", "password", "password_again", "security_question", "security_answer", "licences",
               *CONTACT_FIELDS}
LICENCE_FIELD = re.compile(r"licences\.[0-9]+\.(kind|number|state)")
REG_FIELDS = ("username", "password", "password_again", "security_question", "security_answer")

# Every Unicode category, lone surrogates included (st.text() leaves those out by default).
any_text = st.text(st.characters(exclude_categories=()), max_size=40) | st.sampled_from(NASTY)


def maybe(valid: str) -> st.SearchStrategy[str]:
    """Often the good value, so that the other fields' checks get their turn too."""
    return st.just(valid) | any_text


GOOD = registration("placeholder")
contacts = st.builds(Contact, **{name: maybe(getattr(GOOD.contact, name)) for name in CONTACT_FIELDS})
licences = st.lists(st.builds(Licence, maybe("Plumber"), maybe("P1-123"), maybe("CT")), max_size=3).map(tuple)
registrations = st.builds(
    Registration,
    username=st.text("abcdefghij._-", min_size=3, max_size=12) | any_text,
    password=maybe("canoe maple 42"), password_again=maybe("canoe maple 42"),
    security_question=maybe(QUESTIONS[1]) | st.sampled_from(QUESTIONS), security_answer=maybe("Biscuit"),
    contact=contacts, licences=licences,
)


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = migrated_engine(database_url)
    yield engine
    engine.dispose()


def cheap_service(engine: sa.Engine) -> AccountService:
    """The real service and repository, with Argon2 at its cheapest: this test is about checks and rows."""
    return make_service(engine, hasher=CheapHasher())


def attempt(service, engine, reg: Registration) -> bool:
    """True when an account was made."""
    before = row_counts(engine)
    try:
        view = service.register(reg, TERMS_1)
    except FieldErrors as refused:
        assert refused.errors, "a refusal must name at least one field"
        for name, error in refused.errors.items():
            assert name in FIELD_NAMES or LICENCE_FIELD.fullmatch(name), name
            assert isinstance(error, FieldError)
        assert row_counts(engine) == before, "a refused registration left rows behind"
        return False
    assert validate_username(view.username) is None
    assert row_counts(engine) == {"accounts": before["accounts"] + 1,
                                  "licences": before["licences"] + len(view.licences),
                                  "terms_acceptances": before["terms_acceptances"] + 1}
    assert service.sign_in(view.username, reg.password).outcome is SignInOutcome.SIGNED_IN
    return True


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reg=registrations)
@example(reg=registration("fuzz.ok"))
def test_any_text_in_any_field_is_an_account_or_field_messages(engine, reg):
    made = attempt(cheap_service(engine), engine, reg)
    event("account made" if made else "refused")


FUZZABLE = REG_FIELDS + tuple(f"contact.{f}" for f in CONTACT_FIELDS) + ("licence.kind", "licence.number", "licence.state")


def with_value(reg: Registration, field: str, value: str) -> Registration:
    if field.startswith("contact."):
        return dataclasses.replace(reg, contact=dataclasses.replace(reg.contact, **{field[8:]: value}))
    if field.startswith("licence."):
        return dataclasses.replace(reg, licences=(dataclasses.replace(reg.licences[0], **{field[8:]: value}),))
    return dataclasses.replace(reg, **{field: value})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FUZZABLE), value=any_text, n=st.integers(0, 10**9))
def test_any_text_in_one_field_with_the_others_good(engine, field, value, n):
    made = attempt(cheap_service(engine), engine, with_value(registration(f"fuzz{n}"), field, value))
    event("account made" if made else "refused")


def test_each_nasty_value_in_each_field(engine):
    service = cheap_service(engine)
    service.record_policy(TERMS_1)
    made = 0
    for i, value in enumerate(NASTY):
        name = f"fuzz{i}"          # a new user name each time, so values that are fine make accounts
        for field in FUZZABLE:
            made += attempt(service, engine, with_value(registration(f"{name}.{field[-5:]}"), field, value))
    assert made >= 10          # e.g. an emoji street or no street at all is fine (optional, printable)
