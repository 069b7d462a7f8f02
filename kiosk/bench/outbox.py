# SPDX-License-Identifier: Apache-2.0
"""Outbox throughput for `kiosk-admin bench`: N stored submissions delivered (staff queue and
e-mail) by one worker to a local SMTP server (aiosmtpd on 127.0.0.1), on a throwaway SQLite
database. aiosmtpd is a test extra: without it the figure is None and the details say why."""

from __future__ import annotations

import datetime as dt
import socket
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext


class _Counter:
    """The SMTP server's handler: counts what it accepts."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.count += 1
        return "250 OK"


def measure_outbox(ctx: BenchContext) -> dict[str, object]:
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        ctx.details["outbox"] = "skipped: aiosmtpd not installed"
        return {"outbox_messages_per_s": None}
    from kiosk.core.submissions import Answer, Channel, NewSubmission, Sender
    from kiosk.delivery.smtp import SmtpConfig, SmtpDeliverer
    from kiosk.delivery.worker import OutboxWorker, StaffQueue
    from kiosk.storage.database import open_engine, session_factory
    from kiosk.storage.migrations import upgrade
    from kiosk.storage.outbox import Outbox
    from kiosk.storage.submissions import SqlSubmissionRepository

    count = 200 if ctx.quick else 1000
    engine = open_engine(f"sqlite:///{ctx.workdir / 'outbox.sqlite3'}")
    handler = _Counter()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        repo = SqlSubmissionRepository(sessions, "WES")
        now = dt.datetime.now(dt.UTC)
        for n in range(count):
            repo.store(NewSubmission(
                form_id="contact", form_version="1", form_title="Contact us", department_id="clerk",
                department_name="Town Clerk", department_email="clerk@westport.example",
                answers=(Answer("message", "Your message", f"Bench message {n}. " * 20),),
                sender=Sender("Bench Resident", "resident@example.org", "+12035550100"), account_id=None,
                policy_versions={"privacy": "1.1", "terms": "2.0"}, language="en",
                channels=(Channel.STAFF, Channel.EMAIL)), "bench", now)
        smtp = SmtpDeliverer(SmtpConfig("127.0.0.1", port, tls="none", from_address="kiosk@westport.example"),
                             lambda: None)
        worker = OutboxWorker(Outbox(sessions), repo, [StaffQueue(), smtp], kiosk_id="bench", batch=50)
        start = time.perf_counter()
        while worker.run_once():
            pass
        elapsed = time.perf_counter() - start
    finally:
        controller.stop()
        engine.dispose()
    if handler.count != count:
        ctx.details["outbox"] = f"{handler.count} of {count} messages arrived"
        return {"outbox_messages_per_s": None}
    ctx.details["outbox"] = {"messages": count, "seconds": elapsed, "database": "sqlite"}
    return {"outbox_messages_per_s": count / elapsed}
