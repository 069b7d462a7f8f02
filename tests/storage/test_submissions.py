# SPDX-License-Identifier: Apache-2.0
"""Storing what residents send, on SQLite and PostgreSQL: the submission, its first status and its
outbox entries in one transaction with a reference made from its id; nothing half-written ever;
"My requests"; and the staff queue with status changes."""

from __future__ import annotations

import datetime as dt
import threading
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from kiosk.core.queue import QueueFilter
from kiosk.core.references import is_valid, make_reference, parse_reference
from kiosk.core.submissions import (
    Channel,
    DeliveryState,
    SubmissionNotFound,
    SubmissionStatus,
)
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.models import Account
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.outbox_support import POLICIES, T0, new_submission
from tests.storage.queue_support import ASSISTANT, make_desk

TABLES = ("submissions", "submission_status_history", "outbox")


@pytest.fixture
def repo(engine: sa.Engine) -> SqlSubmissionRepository:
    return SqlSubmissionRepository(session_factory(engine), "WES", ZoneInfo("America/New_York"))


def counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TABLES}


def add_account(engine: sa.Engine, name: str) -> int:
    with session_factory(engine).begin() as s:
        row = Account(username=name, username_key=name, password_hash="x", security_question="q",
                      security_answer_hash="x", first_name="", last_name="", street="", city="", state="",
                      zip_code="", phone="", email="", created_at=T0, updated_at=T0)
        s.add(row)
        s.flush()
        return row.id


def test_store_keeps_the_submission_its_status_and_an_outbox_entry_per_channel(repo, engine):
    stored = repo.store(new_submission(7, channels=(Channel.STAFF, Channel.EMAIL, Channel.OPEN311)), "lobby-1", T0)

    assert stored.reference == make_reference("WES", 2026, stored.submission_id)
    assert is_valid(stored.reference)
    assert stored.created_at == T0
    assert (stored.form_title, stored.department_name) == ("Report a problem", "Public Works")
    assert counts(engine) == {"submissions": 1, "submission_status_history": 1, "outbox": 3}

    record = repo.get(stored.reference)
    assert record.submission == new_submission(7, channels=(Channel.STAFF, Channel.EMAIL, Channel.OPEN311))
    assert record.kiosk_id == "lobby-1"
    assert record.status == SubmissionStatus.NEW
    assert [(h.status, h.at) for h in record.history] == [(SubmissionStatus.NEW, T0)]
    states = repo.outbox_states(stored.submission_id)
    assert [(s.channel, s.state, s.attempts, s.next_attempt_at) for s in states] == [
        (c, DeliveryState.QUEUED, 0, T0) for c in (Channel.STAFF, Channel.EMAIL, Channel.OPEN311)]


def test_an_anonymous_submission_keeps_no_sender(repo):
    stored = repo.store(new_submission(1, anonymous=True), "lobby-1", T0)

    record = repo.get(stored.reference)
    assert record.submission.sender is None
    assert record.submission.policy_versions == POLICIES


def test_a_reference_is_found_as_a_person_types_it(repo):
    stored = repo.store(new_submission(), "lobby-1", T0)
    typed = stored.reference.lower().replace("-", " ").replace("0", "o")

    assert repo.get(typed).reference == stored.reference
    with pytest.raises(SubmissionNotFound):
        repo.get(make_reference("WES", 2026, stored.submission_id + 1))
    with pytest.raises(SubmissionNotFound):
        repo.get("WES-2026-0000001-Q")


def test_the_year_is_the_towns(repo):
    new_years_eve = dt.datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("America/New_York"))   # 2027 in UTC

    stored = repo.store(new_submission(), "lobby-1", new_years_eve)

    assert parse_reference(stored.reference)[1] == 2026


def _install_failing_trigger(engine: sa.Engine, table: str) -> None:
    """The database refuses the last rows of the transaction, as a full disk or a lost connection would."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} BEGIN "
                                 "SELECT RAISE(ABORT, 'refused by the test'); END")
        else:
            conn.exec_driver_sql("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                                 "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql")
            conn.exec_driver_sql(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse()")


def _drop_trigger(engine: sa.Engine, table: str) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER refuse")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER refuse ON {table}")
            conn.exec_driver_sql("DROP FUNCTION refuse()")


@pytest.mark.parametrize("table", ["outbox", "submission_status_history"])
def test_a_failure_anywhere_in_store_leaves_nothing(repo, engine, table):
    _install_failing_trigger(engine, table)

    with pytest.raises(sa.exc.DBAPIError, match="refused by the test"):
        repo.store(new_submission(), "lobby-1", T0)

    assert counts(engine) == dict.fromkeys(TABLES, 0)
    _drop_trigger(engine, table)
    stored = repo.store(new_submission(), "lobby-1", T0)
    assert counts(engine) == {"submissions": 1, "submission_status_history": 1, "outbox": 2}
    assert repo.get(stored.reference).status == SubmissionStatus.NEW


def test_what_cannot_be_stored_is_refused_whole(repo, engine):
    with pytest.raises(sa.exc.IntegrityError):
        repo.store(new_submission(account_id=424242), "lobby-1", T0)        # no such account
    with pytest.raises(ValueError):
        repo.store(new_submission(), "lobby-1", T0.replace(tzinfo=None))
    with pytest.raises(ValueError):
        repo.store(new_submission(channels=()), "lobby-1", T0)

    assert counts(engine) == dict.fromkeys(TABLES, 0)


def test_kiosks_storing_at_once_get_different_references(database_url, engine):
    """Four kiosks (each its own engine, as separate machines would have) storing at the same time."""
    found: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def kiosk(k: int) -> None:
        own = open_engine(database_url)
        try:
            repo = SqlSubmissionRepository(session_factory(own), "WES")
            for n in range(15):
                ref = repo.store(new_submission(n), f"kiosk-{k}", T0).reference
                with lock:
                    found.append(ref)
        except BaseException as exc:   # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=kiosk, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert len(found) == len(set(found)) == 60
    assert all(is_valid(r) for r in found)
    assert counts(engine) == {"submissions": 60, "submission_status_history": 60, "outbox": 120}


def test_my_requests_lists_the_residents_own_newest_first(repo, engine):
    ada, bob = add_account(engine, "ada"), add_account(engine, "bob")
    first = repo.store(new_submission(1, account_id=ada), "lobby-1", T0)
    repo.store(new_submission(2, account_id=bob), "lobby-1", T0 + dt.timedelta(minutes=1))
    second = repo.store(new_submission(3, account_id=ada), "lobby-1", T0 + dt.timedelta(minutes=2))
    repo.store(new_submission(4, anonymous=True), "lobby-1", T0 + dt.timedelta(minutes=3))
    queue = make_desk(engine, start=T0 + dt.timedelta(hours=1)).queue
    queue.set_state(ASSISTANT, [queue.id_for(ASSISTANT, first.reference)], SubmissionStatus.IN_PROGRESS)

    mine = repo.for_account(ada)

    assert [s.reference for s in mine] == [second.reference, first.reference]
    assert [s.status for s in mine] == [SubmissionStatus.NEW, SubmissionStatus.IN_PROGRESS]
    assert [h.status for h in mine[1].history] == [SubmissionStatus.NEW, SubmissionStatus.IN_PROGRESS]
    assert repo.for_account(424242) == []


def test_a_deleted_account_leaves_its_submissions_for_the_town(repo, engine):
    ada = add_account(engine, "ada")
    stored = repo.store(new_submission(account_id=ada), "lobby-1", T0)

    with engine.begin() as conn:
        conn.execute(sa.delete(Account).where(Account.id == ada))

    record = repo.get(stored.reference)
    assert record.submission.account_id is None
    assert record.submission.sender is not None          # what the resident chose to send stays with it
    assert repo.for_account(ada) == []


def test_staff_move_a_submission_through_its_statuses(repo, engine):
    a = repo.store(new_submission(1), "lobby-1", T0)
    b = repo.store(new_submission(2), "lobby-1", T0 + dt.timedelta(minutes=1))
    queue = make_desk(engine, start=T0 + dt.timedelta(days=1)).queue
    a_id = queue.id_for(ASSISTANT, a.reference.lower())

    queue.set_state(ASSISTANT, [a_id], SubmissionStatus.REDIRECTED, "sent on to the State DOT (Route 1)")
    queue.set_state(ASSISTANT, [a_id], SubmissionStatus.RESOLVED, "answered by the DOT")

    def listed(*statuses: str) -> list[str]:
        return [i.reference for i in queue.find(ASSISTANT, QueueFilter(statuses=statuses)).items]

    assert listed() == [a.reference, b.reference]          # oldest first
    assert listed(SubmissionStatus.NEW) == [b.reference]
    assert listed(SubmissionStatus.RESOLVED) == [a.reference]
    history = repo.get(a.reference).history
    assert [(h.status, h.note) for h in history] == [
        (SubmissionStatus.NEW, ""), (SubmissionStatus.REDIRECTED, "sent on to the State DOT (Route 1)"),
        (SubmissionStatus.RESOLVED, "answered by the DOT")]
    with pytest.raises(SubmissionNotFound):
        queue.id_for(ASSISTANT, "WES-2026-9999999-X")


def test_ids_are_never_reused_for_a_reference(repo, engine):
    """SQLite would hand out a deleted row's id again without AUTOINCREMENT; a reference must not repeat."""
    first = repo.store(new_submission(1), "lobby-1", T0)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM submissions")

    second = repo.store(new_submission(2), "lobby-1", T0)

    assert second.submission_id > first.submission_id
