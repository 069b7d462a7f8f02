# SPDX-License-Identifier: Apache-2.0
"""A kiosk process for tests/storage/test_submission_crash.py to kill with SIGKILL.

``store URL``: stores submissions in a loop and prints each reference only after store()
returned (the moment the screen would show it). ``deliver URL PORT``: delivers the outbox to
the SMTP server on 127.0.0.1:PORT, printing ``round N`` after each round, ``idle`` at the end.
"""

from __future__ import annotations

import datetime as dt
import sys

from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.submissions import SqlSubmissionRepository

KIOSK_ID = "crash-kiosk"


def submission(n: int) -> NewSubmission:
    return NewSubmission(
        form_id="contact", form_version="1", form_title="Contact us", department_id="selectmen",
        department_name="First Selectwoman's Office", department_email="selectmen@westport.example",
        answers=(Answer("message", "Your message", f"message {n} from process"),),
        sender=Sender("Grace Hopper", "grace@example.org", ""), account_id=None,
        policy_versions={"privacy": "1.1"}, language="en", channels=(Channel.STAFF, Channel.EMAIL))


def store(url: str) -> None:
    engine = open_engine(url)
    repo = SqlSubmissionRepository(session_factory(engine), "WES")
    n = 0
    while True:
        stored = repo.store(submission(n), KIOSK_ID, dt.datetime.now(dt.UTC))
        print(stored.reference, flush=True)
        n += 1


def deliver(url: str, port: int) -> None:
    from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer
    from kiosk.delivery.worker import OutboxWorker, StaffQueue
    from kiosk.storage.outbox import Outbox

    engine = open_engine(url)
    sessions = session_factory(engine)
    worker = OutboxWorker(Outbox(sessions), SqlSubmissionRepository(sessions, "WES"),
                          [StaffQueue(), SmtpDeliverer(SmtpConfig("127.0.0.1", port, tls="none",
                                                                  from_address="kiosk@westport.example"),
                                                       lambda: None)],
                          kiosk_id=KIOSK_ID, batch=5)
    worker.outbox.release_dead(KIOSK_ID, worker.now())
    rounds = 0
    while worker.run_once():
        rounds += 1
        print(f"round {rounds}", flush=True)
    print("idle", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "store":
        store(sys.argv[2])
    else:
        deliver(sys.argv[2], int(sys.argv[3]))
