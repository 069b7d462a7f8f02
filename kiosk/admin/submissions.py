# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin submissions`: the staff queue of what residents sent, one message in full, and its
status (new, in progress, redirected, closed), which the resident sees under "My requests"."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from kiosk.core.references import normalise
from kiosk.core.submissions import SubmissionNotFound, SubmissionStatus
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import upgrade
from kiosk.storage.submissions import SqlSubmissionRepository, make_repository


@contextmanager
def _repository(prepared: Prepared) -> Iterator[SqlSubmissionRepository]:
    engine = open_engine(prepared.settings.resolved_database_url())
    try:
        upgrade(engine)
        yield make_repository(prepared.settings, engine, prepared.pack)
    finally:
        engine.dispose()


def submissions_list(prepared: Prepared, status: str | None) -> int:
    zone = ZoneInfo(prepared.pack.timezone)
    with _repository(prepared) as repo:
        queue = repo.queue(SubmissionStatus(status) if status else None)
    if not queue:
        print("No messages" + (f" with status {status}." if status else "."))
        return 0
    for item in queue:
        print(f"{item.reference}  {item.status.value:<11}  {item.created_at.astimezone(zone):%Y-%m-%d %H:%M}  "
              f"{item.department_name}: {item.form_title}")
    print(f"{len(queue)} message(s), oldest first. Read one with: kiosk-admin submissions show REFERENCE")
    return 0


def _reference(text: str) -> str | None:
    canonical = normalise(text)
    if canonical is None:
        print(f"{text!r} is not a reference number (like WES-2026-0000042-B); check it for typing mistakes.",
              file=sys.stderr)
    return canonical


def submissions_show(prepared: Prepared, reference: str) -> int:
    canonical = _reference(reference)
    if canonical is None:
        return EXIT_CONFIG
    zone = ZoneInfo(prepared.pack.timezone)
    with _repository(prepared) as repo:
        try:
            record = repo.get(canonical)
        except SubmissionNotFound:
            print(f"{canonical}: no such message.", file=sys.stderr)
            return 1
        deliveries = repo.outbox_states(record.submission_id)
    new = record.submission
    print(f"{record.reference}  {new.form_title} to the {new.department_name}")
    print(f"Sent {record.created_at.astimezone(zone):%Y-%m-%d %H:%M} at kiosk {record.kiosk_id}; "
          f"status {record.status.value}")
    sender = new.sender
    print("From: " + (", ".join(v for v in (sender.name, sender.email, sender.phone) if v) if sender
                      else "anonymous (no reply possible)"))
    for answer in new.answers:
        print(f"{answer.label}: {answer.value}")
    for change in record.history:
        note = f" ({change.note})" if change.note else ""
        print(f"  {change.at.astimezone(zone):%Y-%m-%d %H:%M} {change.status.value}{note}")
    for d in deliveries:
        print(f"  delivery {d.channel.value}: {d.state.value}" + (f" - {d.last_error}" if d.last_error else ""))
    return 0


def submissions_status(prepared: Prepared, reference: str, status: str, note: str) -> int:
    canonical = _reference(reference)
    if canonical is None:
        return EXIT_CONFIG
    with _repository(prepared) as repo:
        try:
            repo.set_status(canonical, SubmissionStatus(status), note, dt.datetime.now(dt.UTC))
        except SubmissionNotFound:
            print(f"{canonical}: no such message.", file=sys.stderr)
            return 1
    print(f"{canonical}: now {status}" + (f" ({note})" if note else "") + ".")
    return 0
