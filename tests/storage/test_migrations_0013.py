# SPDX-License-Identifier: Apache-2.0
"""A kiosk's database from before the staff queue (0010) upgraded on each engine: the four old
statuses become the new states (closed -> resolved), their history too, old changes appear in
staff's history, old messages get a due date and work in the queue; down again and up again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from kiosk.core.queue import EventKind, QueueFilter
from kiosk.core.submissions import SubmissionStatus
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import SCHEMA_HEAD, alembic_config, upgrade
from tests.storage.queue_support import ASSISTANT, MONDAY, make_desk


def _revision_before_this_one() -> str:
    """The revision this part's migration (db/versions/*_staff_queue.py) follows, whatever number
    the integrator gives it."""
    from alembic.script import ScriptDirectory

    from kiosk.storage.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config(open_engine("sqlite://")))
    mine = next(r for r in script.walk_revisions() if str(r.path).endswith("_staff_queue.py"))
    return str(mine.down_revision)


BEFORE = _revision_before_this_one()
OLD = ("new", "in_progress", "redirected", "closed")
T = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def old_engine(database_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(database_url)
    command.upgrade(alembic_config(engine), BEFORE)
    yield engine
    engine.dispose()


def _old_rows(engine: sa.Engine) -> None:
    """One message in each old status, as 0006's code wrote them, with their history and outbox entries."""
    with engine.begin() as conn:
        for n, status in enumerate(OLD, start=1):
            conn.execute(sa.text(
                "INSERT INTO submissions (id, reference, form_id, form_version, form_title, department_id, "
                "department_name, department_email, answers, sender_name, sender_email, sender_phone, account_id, "
                "policy_versions, language, open311_service_code, kiosk_id, created_at, status) VALUES "
                f"({n}, 'WES-2026-000000{n}-X', 'problem', '1', 'Report a problem', 'public_works', 'Public Works', "
                "'pw@westport.example', '[]', 'Ada', 'ada@example.org', NULL, NULL, '{}', 'en', NULL, 'lobby-1', "
                ":at, :status)"), {"at": T + dt.timedelta(hours=n), "status": status})
            conn.execute(sa.text("INSERT INTO submission_status_history (submission_id, status, at, note) VALUES "
                                 "(:n, 'new', :at, '')"), {"n": n, "at": T + dt.timedelta(hours=n)})
            if status != "new":
                conn.execute(sa.text("INSERT INTO submission_status_history (submission_id, status, at, note) "
                                     "VALUES (:n, :status, :at, 'old note')"),
                             {"n": n, "status": status, "at": T + dt.timedelta(days=1, hours=n)})
            conn.execute(sa.text("INSERT INTO outbox (submission_id, channel, state, attempts, queued_at, "
                                 "next_attempt_at) VALUES (:n, 'email', 'delivered', 1, :at, :at)"),
                         {"n": n, "at": T})


def test_old_statuses_become_the_new_states_without_losing_a_row(old_engine):
    _old_rows(old_engine)

    assert upgrade(old_engine) == SCHEMA_HEAD

    with old_engine.connect() as conn:
        statuses = conn.execute(sa.text("SELECT status FROM submissions ORDER BY id")).scalars().all()
        history = conn.execute(sa.text("SELECT status FROM submission_status_history ORDER BY id")).scalars().all()
        assert conn.execute(sa.text("SELECT count(*) FROM outbox")).scalar() == 4
    assert statuses == ["new", "in_progress", "redirected", "resolved"]
    assert history.count("resolved") == 1 and "closed" not in history and len(history) == 7
    desk = make_desk(old_engine, start=MONDAY)
    detail = desk.queue.detail(ASSISTANT, 4)
    assert detail.record.status == SubmissionStatus.RESOLVED and not detail.overdue
    assert detail.due_at == T + dt.timedelta(hours=4, days=14)
    assert detail.updated_at == T + dt.timedelta(days=1, hours=4)              # the last old change
    assert [(e.kind, e.detail, e.text) for e in detail.events] == [
        (EventKind.STATE, "to new", ""), (EventKind.STATE, "to resolved", "old note")]
    overdue = desk.queue.find(ASSISTANT, QueueFilter(overdue=True))
    assert [i.submission_id for i in overdue.items] == [1, 2, 3]               # open and past the old due dates
    desk.queue.set_state(ASSISTANT, [1], SubmissionStatus.ACKNOWLEDGED)
    sid = 2
    desk.queue.respond(ASSISTANT, sid, SubmissionStatus.IN_PROGRESS, "We are on it.")
    desk.queue.respond(ASSISTANT, sid, SubmissionStatus.IN_PROGRESS, "Still on it.")   # many replies fit now


def test_down_to_the_revision_before_maps_the_new_states_back_and_up_again(old_engine):
    _old_rows(old_engine)
    upgrade(old_engine)
    desk = make_desk(old_engine, start=MONDAY)
    desk.queue.set_state(ASSISTANT, [1], SubmissionStatus.WAITING)
    desk.queue.set_state(ASSISTANT, [2], SubmissionStatus.DUPLICATE)
    desk.queue.respond(ASSISTANT, 3, SubmissionStatus.REDIRECTED, "Sent on.")

    command.downgrade(alembic_config(old_engine), BEFORE)

    with old_engine.connect() as conn:
        statuses = conn.execute(sa.text("SELECT status FROM submissions ORDER BY id")).scalars().all()
        channels = conn.execute(sa.text("SELECT channel FROM outbox")).scalars().all()
    assert statuses == ["in_progress", "closed", "redirected", "closed"]
    assert channels == ["email"] * 4
    assert "submission_events" not in sa.inspect(old_engine).get_table_names()
    assert upgrade(old_engine) == SCHEMA_HEAD
