# SPDX-License-Identifier: Apache-2.0
"""Delivering submissions from the outbox, on SQLite and PostgreSQL, to a real SMTP server on
127.0.0.1 (aiosmtpd) and a small local Open311 server: what arrives, a server that is down or
refuses, retries and giving up, several kiosks sharing the work, and the worker's thread."""

from __future__ import annotations

import datetime as dt
import http.server
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from typing import ClassVar

import pytest
import sqlalchemy as sa

from kiosk.config import validate
from kiosk.core.pack import load_pack
from kiosk.core.submissions import Channel, DeliveryState, SubmissionStatus
from kiosk.core.town_format import town_format
from kiosk.delivery.open311 import Open311Deliverer
from kiosk.delivery.secrets import KEYRING_SERVICE, get_secret, set_secret
from kiosk.delivery.smtp import NOT_LEGAL_NOTICE, SmtpConfig, SmtpDeliverer
from kiosk.delivery.worker import EMAIL_OFF, OutboxWorker, StaffQueue, make_worker
from kiosk.paths import towns_dir
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.outbox import Outbox, RetryPolicy, worker_name
from kiosk.storage.submissions import SqlSubmissionRepository, make_repository
from tests.storage.outbox_support import (
    T0,
    SmtpSink,
    free_port,
    new_submission,
)

FROM = "kiosk@westport.example"


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


@pytest.fixture
def repo(engine: sa.Engine) -> SqlSubmissionRepository:
    return SqlSubmissionRepository(session_factory(engine), "WES")


def smtp(port: int, **config: object) -> SmtpDeliverer:
    return SmtpDeliverer(SmtpConfig("127.0.0.1", port, tls="none", from_address=FROM, timeout_s=5, **config),
                         lambda: get_secret("smtp"))


def worker(engine: sa.Engine, *deliverers: object, clock: Clock | None = None, policy: RetryPolicy | None = None,
           **kwargs: object) -> OutboxWorker:
    sessions = session_factory(engine)
    return OutboxWorker(Outbox(sessions, policy or RetryPolicy()), SqlSubmissionRepository(sessions, "WES"),
                        [StaffQueue(), *deliverers], kiosk_id="lobby-1", now=clock or Clock(), **kwargs)


def states(repo: SqlSubmissionRepository, reference: str) -> dict[Channel, tuple]:
    record = repo.get(reference)
    return {s.channel: (s.state, s.attempts, s.last_error) for s in repo.outbox_states(record.submission_id)}


# -- what arrives --------------------------------------------------------------------------------------

def test_the_email_that_arrives_is_the_submissions_and_only_its(engine, repo, sink):
    first = repo.store(new_submission(1), "lobby-1", T0)
    second = repo.store(new_submission(2, anonymous=True), "lobby-1", T0)

    assert worker(engine, smtp(sink.port, timezone="America/New_York")).run_once() == 4

    assert len(sink.messages) == 2
    by_ref = {m["Message-ID"]: m for m in sink.messages}
    msg = by_ref[f"<{first.reference}.email@westport.example>"]
    assert msg["To"] == "publicworks@westport.example"
    assert msg["From"] == FROM
    assert msg["Subject"] == f"Report a problem [{first.reference}]"
    assert msg["Reply-To"] == "Ada Lovelace 1 <ada1@example.org>"
    body = msg.get_content()
    for line in ("What is the problem: Pothole", "Where: 1 Myrtle Avenue", "Describe it: Deep hole number 1",
                 "    near the curb", "Name: Ada Lovelace 1", "E-mail: ada1@example.org", "Phone: (203) 555-0100",
                 "Sent: November 23, 2026, 10:00 AM at kiosk lobby-1",   # T0, 15:00 UTC, on Westport's clock
                 f"reference {first.reference}", "Policies in force when sent: privacy 1.1, terms 2.0", NOT_LEGAL_NOTICE):
        assert line in body, line
    assert "number 2" not in body and "Myrtle Avenue 2" not in body
    assert sink.envelopes[0][1] == ["publicworks@westport.example"]

    anonymous = by_ref[f"<{second.reference}.email@westport.example>"]
    assert anonymous["Reply-To"] is None
    assert "stay anonymous: the town cannot reply" in anonymous.get_content()
    assert "Lovelace" not in anonymous.as_string()

    for ref in (first.reference, second.reference):
        assert states(repo, ref) == {Channel.STAFF: (DeliveryState.DELIVERED, 1, None),
                                     Channel.EMAIL: (DeliveryState.DELIVERED, 1, None)}
    email_state = [s for s in repo.outbox_states(repo.get(first.reference).submission_id) if s.channel is Channel.EMAIL]
    assert email_state[0].message_id == f"<{first.reference}.email@westport.example>"
    assert email_state[0].delivered_at == T0
    assert worker(engine, smtp(sink.port)).run_once() == 0       # nothing is sent twice


def test_a_server_that_is_down_leaves_it_queued_and_once_back_it_is_delivered_once(engine, repo):
    port, clock = free_port(), Clock()
    stored = repo.store(new_submission(), "lobby-1", T0)
    w = worker(engine, smtp(port), clock=clock)

    w.run_once()

    state, attempts, reason = states(repo, stored.reference)[Channel.EMAIL]
    assert (state, attempts) == (DeliveryState.QUEUED, 1)
    assert f"127.0.0.1:{port} cannot be reached" in reason
    assert states(repo, stored.reference)[Channel.STAFF][0] is DeliveryState.DELIVERED
    [email] = [s for s in repo.outbox_states(stored.submission_id) if s.channel is Channel.EMAIL]
    assert email.next_attempt_at == T0 + dt.timedelta(seconds=30)

    sink = SmtpSink(port).start()
    try:
        assert w.run_once() == 0                          # not due yet: the back-off holds
        clock.advance(seconds=30)
        assert w.run_once() == 1
        clock.advance(hours=2)
        assert w.run_once() == 0
        assert sink.message_ids() == [f"<{stored.reference}.email@westport.example>"]
    finally:
        sink.stop()
    assert states(repo, stored.reference)[Channel.EMAIL] == (DeliveryState.DELIVERED, 2, None)


def test_one_unreachable_server_is_not_waited_on_for_every_message(engine, repo):
    port = free_port()
    for n in range(3):
        repo.store(new_submission(n, channels=(Channel.EMAIL,)), "lobby-1", T0)

    worker(engine, smtp(port)).run_once()

    lines = Outbox(session_factory(engine)).lines()
    assert [(line.status.attempts, "cannot be reached" in (line.status.last_error or "")) for line in lines] \
        == [(1, True)] * 3


def test_a_refused_message_stays_queued_then_fails_with_the_reason_and_can_be_retried(engine, repo, sink):
    clock = Clock()
    stored = repo.store(new_submission(), "lobby-1", T0)
    w = worker(engine, smtp(sink.port), clock=clock, policy=RetryPolicy(max_attempts=3))
    sink.refuse = "550 5.7.1 message refused by policy"

    w.run_once()
    assert states(repo, stored.reference)[Channel.EMAIL] == (
        DeliveryState.QUEUED, 1, "the mail server refused the message (550 5.7.1 message refused by policy)")
    for wait in (30, 60):
        clock.advance(seconds=wait)
        w.run_once()

    state, attempts, reason = states(repo, stored.reference)[Channel.EMAIL]
    assert (state, attempts) == (DeliveryState.FAILED, 3)
    assert "550" in reason
    clock.advance(days=1)
    assert w.run_once() == 0                                # failed stays failed

    sink.refuse = None
    assert Outbox(session_factory(engine)).retry(stored.reference.lower(), clock()) == 1
    assert w.run_once() == 1
    assert states(repo, stored.reference)[Channel.EMAIL] == (DeliveryState.DELIVERED, 1, None)
    assert len(sink.messages) == 1


def test_a_message_waiting_too_long_fails(engine, repo):
    clock = Clock()
    stored = repo.store(new_submission(channels=(Channel.EMAIL,)), "lobby-1", T0)
    w = worker(engine, smtp(free_port()), clock=clock, policy=RetryPolicy(max_attempts=100, max_hours=2))

    w.run_once()
    clock.advance(hours=3)
    w.run_once()

    assert states(repo, stored.reference)[Channel.EMAIL][:2] == (DeliveryState.FAILED, 2)


def test_back_off_doubles_from_30_seconds_to_an_hour():
    policy = RetryPolicy()
    assert [policy.delay(n).total_seconds() for n in range(1, 10)] == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert policy.delay(500).total_seconds() == 3600


def test_without_smtp_email_waits_with_the_reason_for_a_kiosk_that_can_send(engine, repo, sink):
    stored = repo.store(new_submission(), "lobby-1", T0)

    worker(engine, waiting={Channel.EMAIL: EMAIL_OFF}).run_once()

    assert states(repo, stored.reference) == {Channel.STAFF: (DeliveryState.DELIVERED, 1, None),
                                              Channel.EMAIL: (DeliveryState.QUEUED, 0, EMAIL_OFF)}
    worker(engine, smtp(sink.port)).run_once()
    assert states(repo, stored.reference)[Channel.EMAIL] == (DeliveryState.DELIVERED, 1, None)


def test_the_smtp_password_comes_from_the_keyring(engine, repo, memory_keyring):
    sink = SmtpSink(login=("kiosk", "pa55-word")).start()
    try:
        stored = repo.store(new_submission(), "lobby-1", T0)
        clock = Clock()
        w = worker(engine, smtp(sink.port, user="kiosk"), clock=clock)

        w.run_once()
        assert states(repo, stored.reference)[Channel.EMAIL][2] == "no SMTP password is set (kiosk-admin secrets set smtp)"

        set_secret("smtp", "wrong")
        clock.advance(seconds=30)
        w.run_once()
        assert "refused the user name or password (535" in states(repo, stored.reference)[Channel.EMAIL][2]

        set_secret("smtp", "pa55-word")
        clock.advance(seconds=60)
        w.run_once()
        assert states(repo, stored.reference)[Channel.EMAIL][0] is DeliveryState.DELIVERED
        assert len(sink.messages) == 1
        assert memory_keyring.secrets == {(KEYRING_SERVICE, "smtp"): "pa55-word"}
    finally:
        sink.stop()


# -- several workers -----------------------------------------------------------------------------------

def test_kiosks_sharing_a_database_send_each_message_exactly_once(database_url, engine, repo, sink):
    refs = [repo.store(new_submission(n), "lobby-1", T0).reference for n in range(40)]
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def kiosk() -> None:
        own = open_engine(database_url)           # each its own connections, as separate kiosks have
        try:
            w = worker(own, smtp(sink.port), batch=3)
            start.wait()
            while w.run_once():
                pass
        except BaseException as exc:   # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=kiosk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert sorted(sink.message_ids()) == sorted(f"<{r}.email@westport.example>" for r in refs)
    assert all(states(repo, r) == {Channel.STAFF: (DeliveryState.DELIVERED, 1, None),
                                   Channel.EMAIL: (DeliveryState.DELIVERED, 1, None)} for r in refs)


def test_a_claim_whose_lease_ran_out_goes_to_another_worker(engine, repo, sink):
    clock = Clock()
    stored = repo.store(new_submission(channels=(Channel.EMAIL,)), "lobby-1", T0)
    outbox = Outbox(session_factory(engine))
    [stuck] = outbox.claim("gone@elsewhere:1/0", T0, dt.timedelta(minutes=10), [Channel.EMAIL])
    w = worker(engine, smtp(sink.port), clock=clock)

    assert w.run_once() == 0
    clock.advance(minutes=10, seconds=1)
    assert w.run_once() == 1

    assert sink.message_ids() == [f"<{stored.reference}.email@westport.example>"]
    assert not outbox.delivered(stuck, "gone@elsewhere:1/0", clock(), "late")      # the old claim counts for nothing
    assert states(repo, stored.reference)[Channel.EMAIL] == (DeliveryState.DELIVERED, 1, None)


def test_a_restarted_kiosk_frees_what_its_dead_process_had_claimed(engine, repo):
    repo.store(new_submission(channels=(Channel.STAFF,)), "lobby-1", T0)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    name = worker_name("lobby-1").rsplit(":", 1)[0] + f":{dead}/0"
    outbox = Outbox(session_factory(engine))
    assert len(outbox.claim(name, T0, dt.timedelta(minutes=10), [Channel.STAFF])) == 1
    assert outbox.claim("other", T0, dt.timedelta(minutes=10), [Channel.STAFF]) == []

    assert outbox.release_dead("lobby-2", T0) == 0                    # another kiosk's claims are not ours
    assert outbox.release_dead("lobby-1", T0) == 1

    assert len(outbox.claim("other", T0, dt.timedelta(minutes=10), [Channel.STAFF])) == 1


# -- the thread ----------------------------------------------------------------------------------------

def test_the_worker_thread_delivers_when_woken_and_stops(engine, repo, sink):
    w = worker(engine, smtp(sink.port), poll_seconds=300)     # only wake() can make it look again soon
    w.start()
    try:
        assert sink.wait_for(0)
        stored = repo.store(new_submission(), "lobby-1", T0)
        w.wake()
        assert sink.wait_for(1)
        assert sink.message_ids() == [f"<{stored.reference}.email@westport.example>"]
    finally:
        assert w.stop(10)
    assert not any(t.name == "outbox-worker" and t.is_alive() for t in threading.enumerate())


def test_make_worker_builds_the_kiosks_worker_from_the_settings(tmp_path, database_url, engine, sink):
    pack = load_pack(towns_dir() / "westport")
    settings = validate({"data_dir": str(tmp_path), "database_url": database_url, "smtp_host": "127.0.0.1",
                         "smtp_port": sink.port, "smtp_tls": "none", "smtp_from": FROM}, "test")
    now = dt.datetime.now(dt.UTC)          # the kiosk's worker runs on the real clock
    stored = make_repository(settings, engine, pack).store(new_submission(), "kiosk-1", now)
    assert stored.reference.startswith(f"WES-{now.year}-")

    assert make_worker(settings, engine, pack).run_once() == 2

    assert sink.message_ids() == [f"<{stored.reference}.email@westport.example>"]
    in_westport = town_format(pack.timezone, "en").moment(now)           # hours from the UTC time, always
    assert in_westport != town_format("UTC", "en").moment(now)
    assert f"Sent: {in_westport} at kiosk kiosk-1" in sink.messages[0].get_content()
    off = validate({"data_dir": str(tmp_path)}, "test")
    repo = make_repository(off, engine, pack)
    later = repo.store(new_submission(), "kiosk-1", now)
    make_worker(off, engine, pack).run_once()
    assert states(repo, later.reference)[Channel.EMAIL] == (DeliveryState.QUEUED, 0, EMAIL_OFF)


# -- Open311 -------------------------------------------------------------------------------------------

class _GeoReport(http.server.BaseHTTPRequestHandler):
    posts: ClassVar[list[tuple[str, dict[str, list[str]]]]] = []
    answer: tuple[int, bytes] = (201, b'[{"service_request_id": "SR-1001"}]')

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        type(self).posts.append((self.path, urllib.parse.parse_qs(body)))
        code, payload = type(self).answer
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def georeport() -> Iterator[tuple[str, type[_GeoReport]]]:
    handler = type("GeoReport", (_GeoReport,), {"posts": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/open311/v2/", handler
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_problem_report_is_posted_to_open311(engine, repo, georeport, memory_keyring):
    url, handler = georeport
    set_secret("open311", "key-123")
    stored = repo.store(new_submission(3, channels=(Channel.OPEN311,)), "lobby-1", T0)

    worker(engine, Open311Deliverer(url, lambda: get_secret("open311"))).run_once()

    [(path, fields)] = handler.posts
    assert path == "/open311/v2/requests.json"
    assert fields["service_code"] == ["pothole"]
    assert fields["address_string"] == ["3 Myrtle Avenue"]
    assert fields["api_key"] == ["key-123"]
    assert fields["email"] == ["ada3@example.org"]
    assert fields["description"] == [(f"What is the problem: Pothole\nDescribe it: Deep hole number 3\nnear the curb\n"
                                      f"Kiosk reference: {stored.reference}")]
    [entry] = repo.outbox_states(stored.submission_id)
    assert (entry.state, entry.message_id) == (DeliveryState.DELIVERED, "SR-1001")


@pytest.mark.parametrize(("answer", "state"), [((503, b"busy"), DeliveryState.QUEUED),
                                               ((400, b'[{"code":400,"description":"bad"}]'), DeliveryState.FAILED)])
def test_open311_errors_wait_or_fail(engine, repo, georeport, answer, state):
    url, handler = georeport
    handler.answer = answer
    stored = repo.store(new_submission(channels=(Channel.OPEN311,)), "lobby-1", T0)

    worker(engine, Open311Deliverer(url)).run_once()

    got, attempts, reason = states(repo, stored.reference)[Channel.OPEN311]
    assert (got, attempts) == (state, 1)
    assert f"answered {answer[0]}" in reason


def test_a_report_without_a_service_code_fails_at_once(engine, repo, georeport):
    url, handler = georeport
    stored = repo.store(new_submission(channels=(Channel.OPEN311,), open311_service_code=None), "lobby-1", T0)

    worker(engine, Open311Deliverer(url)).run_once()

    assert states(repo, stored.reference)[Channel.OPEN311] == (
        DeliveryState.FAILED, 1, "the form has no Open311 service code")
    assert handler.posts == []
    assert repo.get(stored.reference).status == SubmissionStatus.NEW       # the staff still have it
