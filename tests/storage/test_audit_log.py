# SPDX-License-Identifier: Apache-2.0
"""The audit log on each engine: the chain holds, an edited or removed row is found, the database
refuses UPDATE and DELETE, and kiosks appending at once never fork the chain."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from kiosk.core.audit import GENESIS, AuditAction, AuditEvent, Break, verify_chain
from kiosk.storage.audit_log import SqlAuditLog
from kiosk.storage.database import open_engine, session_factory

T0 = dt.datetime(2026, 12, 6, 14, 0, tzinfo=dt.UTC)


def event(n: int, kiosk_id: str = "desk-1") -> AuditEvent:
    return AuditEvent(T0 + dt.timedelta(seconds=n, microseconds=n), "mgarcia", AuditAction.SIGNED_IN, "staff",
                      str(n), kiosk_id, f"entry {n} — café")


@pytest.fixture
def log(engine) -> SqlAuditLog:
    return SqlAuditLog(session_factory(engine))


def check(log: SqlAuditLog):
    return verify_chain(log.entries(), log.head())


def bypassing_triggers(engine: sa.Engine, statement: str) -> None:
    """What someone with the rights to change the schema could do: switch the guard off, edit."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql(statement)


def test_an_empty_log_and_a_long_one_verify(log):
    assert check(log).intact and check(log).entries == 0
    appended = [log.append(event(n)) for n in range(1, 2101)]          # more than one batch of reading
    assert appended[0].prev_hash == GENESIS and appended[1].prev_hash == appended[0].row_hash
    result = check(log)
    assert result.intact and result.entries == 2100
    assert [e.event for e in log.entries()][:2] == [event(1), event(2)]      # read back exactly as written


def test_an_edited_row_is_found(engine, log):
    for n in range(1, 6):
        log.append(event(n))
    bypassing_triggers(engine, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3")
    result = check(log)
    assert (result.first_bad_seq, result.reason) == (3, Break.ALTERED)


def test_a_row_edited_and_rehashed_breaks_the_link_from_the_next(engine, log):
    from kiosk.core.audit import row_hash

    entries = [log.append(event(n)) for n in range(1, 6)]
    forged = AuditEvent(entries[2].event.at, "someone-else", *[getattr(entries[2].event, f) for f in
                        ("action", "record_kind", "record_id", "kiosk_id", "detail")])
    new_hash = row_hash(3, forged, entries[2].prev_hash)
    bypassing_triggers(engine, f"UPDATE audit_log SET actor = 'someone-else', row_hash = '{new_hash}' WHERE seq = 3")
    result = check(log)
    assert (result.first_bad_seq, result.reason) == (4, Break.LINK)


def test_removed_rows_are_found(engine, log):
    for n in range(1, 6):
        log.append(event(n))
    bypassing_triggers(engine, "DELETE FROM audit_log WHERE seq = 2")
    assert (check(log).first_bad_seq, check(log).reason) == (3, Break.GAP)


def test_removed_last_rows_are_found(engine, log):
    for n in range(1, 6):
        log.append(event(n))
    bypassing_triggers(engine, "DELETE FROM audit_log WHERE seq >= 4")
    assert (check(log).first_bad_seq, check(log).reason) == (4, Break.TAIL)


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'x' WHERE seq = 1",
                                       "DELETE FROM audit_log WHERE seq = 1", "DELETE FROM audit_log",
                                       "DELETE FROM audit_chain_head"])
def test_the_database_refuses_to_change_or_remove_entries(engine, log, statement):
    log.append(event(1))
    with pytest.raises(SqlDatabaseError) as refused, engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert "append-only" in str(refused.value.orig)
    assert check(log).intact and check(log).entries == 1


def test_the_database_refuses_truncate_on_postgresql(engine, log):
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    log.append(event(1))
    for table in ("audit_log", "audit_chain_head"):
        with pytest.raises(SqlDatabaseError) as refused, engine.begin() as conn:
            conn.exec_driver_sql(f"TRUNCATE {table} CASCADE")
        assert "append-only" in str(refused.value.orig)
    assert check(log).entries == 1


def test_kiosks_appending_at_once_never_fork_the_chain(engine, database_url):
    """Four kiosks (own engines, own connections) append 25 entries each at the same time."""
    kiosks = [open_engine(database_url) for _ in range(4)]
    start = threading.Barrier(len(kiosks))
    errors: list[BaseException] = []

    def append_many(kiosk: sa.Engine, number: int) -> None:
        log = SqlAuditLog(session_factory(kiosk))
        try:
            start.wait()
            for n in range(25):
                log.append(event(n, kiosk_id=f"desk-{number}"))
        except BaseException as exc:      # noqa: BLE001 - handed to the test thread, which fails on it
            errors.append(exc)

    threads = [threading.Thread(target=append_many, args=(k, i)) for i, k in enumerate(kiosks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in kiosks:
        k.dispose()

    assert errors == []
    result = check(SqlAuditLog(session_factory(engine)))
    assert result.intact and result.entries == 100
