# SPDX-License-Identifier: Apache-2.0
"""The database goes away, and nothing is lost (issue 13): messages wait in the kiosk's local
outbox with a reference from the kiosk's reserved block, sealed with a key from the keyring, and
are forwarded exactly once when the database is back, even by a forwarder killed with SIGKILL."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.core.offline import NOT_FORWARDED, BlockPolicy, NoReferenceNumbers, Pending, ResilientSubmissions
from kiosk.core.references import parse_reference
from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender
from kiosk.delivery.forwarder import Forwarder, local_outbox_path, outbox_cipher
from kiosk.delivery.secrets import KEYRING_SERVICE, SecretName
from kiosk.storage.database import DatabaseLimits, open_engine, session_factory
from kiosk.storage.local_outbox import SqliteLocalOutbox, outbox_depth
from kiosk.storage.migrations import upgrade
from kiosk.storage.models import OutboxEntry, Submission
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.pg_server import Server

ROOT = Path(__file__).resolve().parents[2]
AT = dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.UTC)


def message(n: int, text: str = "") -> NewSubmission:
    return NewSubmission(
        form_id="contact", form_version="1", form_title="Contact us", department_id="selectmen",
        department_name="First Selectwoman's Office", department_email="selectmen@westport.example",
        answers=(Answer("message", "Your message", text or f"the pothole on Elm Street, message {n}"),),
        sender=Sender("Grace Hopper", "grace@example.org", "+12035550100"), account_id=None,
        policy_versions={"privacy": "1.1"}, language="en", channels=(Channel.STAFF, Channel.EMAIL))


def kiosk_repo(engine: sa.Engine, data_dir: Path, policy: BlockPolicy) -> ResilientSubmissions:
    local = SqliteLocalOutbox(local_outbox_path(data_dir), outbox_cipher)
    return ResilientSubmissions(SqlSubmissionRepository(session_factory(engine), "WES"), local, policy)


def stored_references(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(sa.select(Submission.reference)))


def test_the_local_outbox_file_shows_nothing_a_resident_wrote(tmp_path, memory_keyring):
    local = SqliteLocalOutbox(local_outbox_path(tmp_path), outbox_cipher)
    secret_text = "my neighbour at 12 Birch Lane keeps a lion"
    local.put(Pending("k1", "WES-2026-0000001-X", "lobby-1", AT, message(1, secret_text)))
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for clear in (secret_text, "Grace Hopper", "grace@example.org", "+12035550100", "Birch"):
        assert clear.encode() not in raw
    assert memory_keyring.get_password(KEYRING_SERVICE, SecretName.OUTBOX.value)    # made on first use
    assert local.waiting(5)[0].submission == message(1, secret_text)           # and read back with it
    assert outbox_depth(local.path, AT + dt.timedelta(minutes=3)).oldest_age_s == 180


def test_numbers_of_two_kiosks_and_of_a_plain_store_never_meet(engine, tmp_path, memory_keyring):
    plain = SqlSubmissionRepository(session_factory(engine), "WES")
    before = plain.store(message(0), "old-kiosk", AT)         # as stored before blocks: a number of its own
    one = kiosk_repo(engine, tmp_path / "one", BlockPolicy(size=5, reserve_below=2))
    two = kiosk_repo(engine, tmp_path / "two", BlockPolicy(size=5, reserve_below=2))
    refs = [before.reference]
    for n in range(12):
        refs.append(one.store(message(n), "one", AT).reference)
        refs.append(two.store(message(n), "two", AT).reference)
        refs.append(plain.store(message(n), "tool", AT).reference)
    assert len(set(refs)) == len(refs) == len(stored_references(engine))
    assert all(parse_reference(r) is not None for r in refs)


def test_a_message_stored_twice_under_one_key_is_stored_once(engine):
    shared = SqlSubmissionRepository(session_factory(engine), "WES")
    first = shared.store_keyed(message(1), "lobby-1", AT, shared.reference_for(900, AT), "same-key")
    again = shared.store_keyed(message(1), "lobby-1", AT, shared.reference_for(900, AT), "same-key")
    assert again == first
    with engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(Submission)) == 1
        assert conn.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 2


@pytest.fixture
def server():
    if not os.environ.get("KIOSK_TEST_POSTGRES_URL"):
        pytest.skip("PostgreSQL not configured: set KIOSK_TEST_POSTGRES_URL (.ci/run starts a throwaway server)")
    own = Server()
    # Started again without the test servers' synchronous_commit=off: with it, a commit is answered
    # before it is written, and a server stopped hard loses what it had acknowledged.
    own._as_owner(f"{own.bin}/pg_ctl", "-D", own.data, "-m", "fast", "-w", "stop")
    own.start()
    yield own
    own.close()


def forwarder(mode: str, url: str, data_dir: Path, key: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.storage.forward_child", mode, url, str(data_dir)],
                            cwd=ROOT, env={**os.environ, "OUTBOX_KEY": key, "PYTHONPATH": str(ROOT)},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate()                   # reaped, its pipes closed


def first_line(child: subprocess.Popen[str], starting: str) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith(starting), line
    return line


@pytest.mark.postgres
def test_postgres_stopped_hard_while_sending_loses_nothing_and_forwards_each_once(server, tmp_path, memory_keyring):
    engine = open_engine(server.url, DatabaseLimits(connect_s=2, statement_s=2.0))
    upgrade(engine)
    kiosk = kiosk_repo(engine, tmp_path, BlockPolicy(size=20, reserve_below=0))
    acknowledged = [kiosk.store(message(n), "lobby-1", AT).reference for n in range(5)]     # online

    server.stop_hard()
    offline = [kiosk.store(message(n), "lobby-1", AT) for n in range(5, 20)]
    assert all(s.submission_id == NOT_FORWARDED for s in offline)             # kept locally, with a reference
    acknowledged += [s.reference for s in offline]
    with pytest.raises(NoReferenceNumbers):       # the block is used up and none can be reserved: refused
        kiosk.store(message(20), "lobby-1", AT)
    assert kiosk.local.depth(AT).depth == 15
    server.start()

    key = memory_keyring.get_password(KEYRING_SERVICE, SecretName.OUTBOX.value)
    paused = forwarder("pause", server.url, tmp_path, key)       # killed between the shared commit and removal
    first_line(paused, "committed ")
    kill(paused)
    running = forwarder("run", server.url, tmp_path, key)        # killed while forwarding freely
    first_line(running, "forwarded ")
    kill(running)

    worker = Forwarder(kiosk, "lobby-1", now=lambda: AT, batch=50)   # the kiosk's own, after its restart
    worker.run_once()
    assert kiosk.local.depth(AT).depth == 0
    refs = stored_references(engine)
    assert sorted(refs) == sorted(acknowledged)                      # every acknowledged one, exactly once
    assert len(set(acknowledged)) == len(acknowledged)
    with engine.connect() as conn:                                   # and each delivered once by each channel
        assert conn.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 2 * len(acknowledged)
    assert kiosk.local.numbers_left() == 20                          # the forwarder reserved the next block
    engine.dispose()
