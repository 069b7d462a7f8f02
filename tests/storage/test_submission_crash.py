# SPDX-License-Identifier: Apache-2.0
"""Crash safety, on SQLite and PostgreSQL: kiosk processes killed with SIGKILL at random moments,
many times over, while storing submissions and while delivering them.

Every submission a process acknowledged (printed after store() returned, as the screen would
show it) is in the database with its status and its outbox entries; none is half-written; and
every message reaches the SMTP server, twice at most for a delivery killed in the window after
the server took it and before the outbox noted it, and then with the same Message-ID.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer
from kiosk.delivery.worker import OutboxWorker, StaffQueue
from kiosk.storage.database import session_factory
from kiosk.storage.outbox import Outbox
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.storage.crash_child import KIOSK_ID, submission

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 30


def child(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)


def kill(proc: subprocess.Popen[str]) -> tuple[list[str], str]:
    """SIGKILL now; every whole line it wrote before dying, and its stderr."""
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    return [line for line in out.split("\n")[:-1] if line], err   # a line cut off mid-write is not acknowledged


def read_lines(proc: subprocess.Popen[str], count: int) -> list[str]:
    assert proc.stdout is not None
    lines = []
    while len(lines) < count:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
    return lines


def whole_submissions(engine: sa.Engine) -> dict[str, tuple[int, int]]:
    """reference -> (status rows, outbox entries), for every submission in the database."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.reference, (SELECT count(*) FROM submission_status_history h WHERE h.submission_id = s.id), "
            "(SELECT count(*) FROM outbox o WHERE o.submission_id = s.id) FROM submissions s").all()
        orphans = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM outbox WHERE submission_id NOT IN (SELECT id FROM submissions)) + "
            "(SELECT count(*) FROM submission_status_history WHERE submission_id NOT IN (SELECT id FROM submissions))"
        ).scalar()
    assert orphans == 0
    return {ref: (history, outbox) for ref, history, outbox in rows}


def deliver_all(engine: sa.Engine, port: int) -> None:
    """A kiosk restarted after the crashes: frees its dead processes' claims and sends the rest."""
    sessions = session_factory(engine)
    worker = OutboxWorker(Outbox(sessions), SqlSubmissionRepository(sessions, "WES"),
                          [StaffQueue(), SmtpDeliverer(SmtpConfig("127.0.0.1", port, tls="none",
                                                                  from_address="kiosk@westport.example"),
                                                       lambda: None)], kiosk_id=KIOSK_ID)
    worker.outbox.release_dead(KIOSK_ID, worker.now())
    while worker.run_once():
        pass


def test_a_kiosk_killed_while_storing_loses_nothing_it_acknowledged(database_url, engine, sink):
    rng = random.Random(5)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        proc = child("store", database_url)
        acknowledged += read_lines(proc, rng.randint(1, 6))      # then kill: it is in the middle of the next one
        lines, err = kill(proc)
        acknowledged += lines
        assert "Traceback" not in err, err

    stored = whole_submissions(engine)
    assert len(acknowledged) >= KILLS and len(set(acknowledged)) == len(acknowledged)
    assert set(acknowledged) <= set(stored)
    assert set(stored.values()) == {(1, 2)}                       # each with its status and both outbox entries
    assert not [ref for ref in stored if ref.startswith("pending-")]

    deliver_all(engine, sink.port)

    assert sorted(sink.message_ids()) == sorted(f"<{ref}.email@westport.example>" for ref in stored)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT DISTINCT state FROM outbox").scalars().all() == ["delivered"]


def test_a_kiosk_killed_while_sending_repeats_a_message_at_most_once_and_as_the_same_message(database_url, engine,
                                                                                            sink):
    rng = random.Random(11)
    repo = SqlSubmissionRepository(session_factory(engine), "WES")
    now = dt.datetime.now(dt.UTC)
    refs = [repo.store(submission(n), KIOSK_ID, now).reference for n in range(60)]
    kills = 0
    for _ in range(KILLS):
        proc = child("deliver", database_url, str(sink.port))
        # Kill just after the server took a message: the second to the fifth of this run, so that the
        # one repeated from the last kill (sent first, and recorded before the next is sent) is done.
        target = len(sink.messages) + rng.randint(2, 5)
        while not sink.wait_for(target, timeout=0.05) and proc.poll() is None:
            pass                                                     # (or until it has nothing left to send)
        lines, err = kill(proc)
        assert "Traceback" not in err, err
        kills += 1
        if "idle" in lines:
            break

    deliver_all(engine, sink.port)

    sent = collections.Counter(sink.message_ids())
    assert set(sent) == {f"<{ref}.email@westport.example>" for ref in refs}
    repeats = sum(n - 1 for n in sent.values())
    assert max(sent.values()) <= 2
    assert 0 < repeats <= kills                                     # one at most per kill (and the window is real)
    by_id = collections.defaultdict(list)
    for msg in sink.messages:
        by_id[msg["Message-ID"]].append(msg)
    for copies in by_id.values():                                  # a repeat is the very same message
        assert len({(m["Subject"], m["Date"], m["To"], m.get_content()) for m in copies}) == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT DISTINCT state FROM outbox").scalars().all() == ["delivered"]
