# SPDX-License-Identifier: Apache-2.0
"""From any answers to a shipped form to the database, on every engine: a form with any problem
stores nothing at all; a form without one is stored whole, and reads back exactly as checked."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.core.forms import Anonymous, answers_for, sender_from, validate_answers
from kiosk.core.submissions import NewSubmission
from kiosk.storage.database import session_factory
from kiosk.storage.models import OutboxEntry, Submission, SubmissionStatusChange
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.test_forms import TODAY, TOWNS, _good, _shipped, any_text

NOW = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)


def counts(engine: sa.Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                     for t in (Submission, SubmissionStatusChange, OutboxEntry))  # type: ignore[return-value]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_answers_store_a_whole_submission_or_nothing(engine, data):
    pack = _shipped(data.draw(st.sampled_from(TOWNS)))
    form = data.draw(st.sampled_from(pack.forms))
    raw = {f.field_id: data.draw(st.sampled_from([_good(f)] * 4 + [""]) | any_text, label=f.field_id)
           for f in form.fields}
    anonymous = form.anonymous is not Anonymous.NOT_ALLOWED and data.draw(st.booleans(), label="anonymous")
    before = counts(engine)

    cleaned, issues = validate_answers(form, raw, pack.state, anonymous=anonymous, today=TODAY)

    if issues:                                   # the screen sends nothing: nothing may be in the database
        event("refused")
        assert counts(engine) == before
        return
    event("stored")
    department = next(d for d in pack.departments if form.department in (d.dept_id, "choose"))
    new = NewSubmission(form.form_id, form.version, form.title, department.dept_id, department.name, department.email,
                        answers_for(form, cleaned), None if anonymous else sender_from(form, cleaned), None,
                        {"privacy": "1.1"}, "en")
    repo = SqlSubmissionRepository(session_factory(engine), "WES")
    stored = repo.store(new, "kiosk-1", NOW)
    assert counts(engine) == (before[0] + 1, before[1] + 1, before[2] + len(new.channels))
    back = repo.get(stored.reference).submission
    assert back.answers == new.answers and back.sender == new.sender
