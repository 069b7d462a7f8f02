# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin submissions`: the staff queue of what residents sent, one message in full, and its
state (the town pack's states: kiosk.core.queue_settings), which the resident sees under "My
requests". Changes go through the QueueService as the command line's Actor, so each is audited."""

from __future__ import annotations

import datetime as dt
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from kiosk.core.queue import QueueFilter, QueueRefused
from kiosk.core.queue_service import QueueService
from kiosk.core.references import normalise
from kiosk.core.staff import Actor
from kiosk.core.submissions import SubmissionNotFound
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import upgrade
from kiosk.storage.queue import make_queue_service

LIST_LIMIT = 200


@contextmanager
def _service(prepared: Prepared) -> Iterator[QueueService]:
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        yield make_queue_service(engine, prepared.pack, prepared.settings.kiosk_id, lambda: dt.datetime.now(dt.UTC))
    finally:
        engine.dispose()


def _actor() -> Actor:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):       # no login name and no USER variable (some service managers)
        user = "unknown"
    return Actor.command_line(user)


def _known_state(prepared: Prepared, status: str) -> bool:
    if prepared.pack.queue.knows(status):
        return True
    states = ", ".join(s.state_id for s in prepared.pack.queue.states)
    print(f"{status!r} is not a state of this town's queue; choose from: {states}", file=sys.stderr)
    return False


def submissions_list(prepared: Prepared, status: str | None) -> int:
    if status is not None and not _known_state(prepared, status):
        return EXIT_CONFIG
    zone = ZoneInfo(prepared.pack.timezone)
    with _service(prepared) as queue:
        page = queue.find(_actor(), QueueFilter(statuses=(status,) if status else (), page_size=LIST_LIMIT))
    if not page.items:
        print("No messages" + (f" with status {status}." if status else "."))
        return 0
    for item in page.items:
        late = "  OVERDUE" if item.overdue else ""
        print(f"{item.reference}  {item.status:<16}  {item.created_at.astimezone(zone):%Y-%m-%d %H:%M}  "
              f"{item.department_name}: {item.form_title}{late}")
    more = f" (the first {len(page.items)} of {page.total})" if page.total > len(page.items) else ""
    print(f"{page.total} message(s), oldest first{more}. Read one with: kiosk-admin submissions show REFERENCE")
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
    with _service(prepared) as queue:
        try:
            detail = queue.detail(_actor(), queue.id_for(_actor(), canonical))
        except SubmissionNotFound:
            print(f"{canonical}: no such message.", file=sys.stderr)
            return 1
    record = detail.record
    new = record.submission
    print(f"{record.reference}  {new.form_title} to the {new.department_name}")
    due = f"; due {detail.due_at.astimezone(zone):%Y-%m-%d %H:%M}" if detail.due_at else ""
    print(f"Sent {record.created_at.astimezone(zone):%Y-%m-%d %H:%M} at kiosk {record.kiosk_id}; "
          f"status {record.status}{due}" + (" (OVERDUE)" if detail.overdue else "")
          + (f"; assigned to {detail.assignee_name}" if detail.assignee_name else ""))
    sender = new.sender
    print("From: " + (", ".join(v for v in (sender.name, sender.email, sender.phone) if v) if sender
                      else "anonymous (no reply possible)"))
    for answer in new.answers:
        print(f"{answer.label}: {answer.value}")
    for change in record.history:
        note = f" ({change.note})" if change.note else ""
        print(f"  {change.at.astimezone(zone):%Y-%m-%d %H:%M} {change.status}{note}")
    for event in detail.events:
        words = f": {event.text}" if event.text else ""
        print(f"  staff {event.at.astimezone(zone):%Y-%m-%d %H:%M} {event.actor} {event.kind.value} "
              f"{event.detail}{words}".rstrip())
    for d in detail.deliveries:
        s = d.status
        print(f"  delivery {s.channel.value}: {s.state.value}" + (f" - {s.last_error}" if s.last_error else ""))
    return 0


def submissions_status(prepared: Prepared, reference: str, status: str, note: str) -> int:
    canonical = _reference(reference)
    if canonical is None or not _known_state(prepared, status):
        return EXIT_CONFIG
    with _service(prepared) as queue:
        try:
            queue.set_state(_actor(), [queue.id_for(_actor(), canonical)], status, note)
        except SubmissionNotFound:
            print(f"{canonical}: no such message.", file=sys.stderr)
            return 1
        except QueueRefused as exc:
            print(f"{canonical}: not changed ({exc}).", file=sys.stderr)
            return EXIT_CONFIG
    print(f"{canonical}: now {status}" + (f" ({note})" if note else "") + ".")
    return 0
