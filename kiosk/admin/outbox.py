# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin outbox`: messages from residents still waiting to be delivered or given up on, with
the reason; `outbox retry REFERENCE` sends a failed one again."""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

from kiosk.core.references import normalise
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import upgrade
from kiosk.storage.outbox import Outbox


def outbox_list(prepared: Prepared) -> int:
    zone = ZoneInfo(prepared.pack.timezone)
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        lines = Outbox(session_factory(engine)).lines()
    finally:
        engine.dispose()
    if not lines:
        print("Nothing waiting: every message has been delivered.")
        return 0
    for line in lines:
        s = line.status
        when = f"next try {s.next_attempt_at.astimezone(zone):%Y-%m-%d %H:%M}" if s.state.value == "queued" else "gave up"
        print(f"{line.reference}  {s.channel.value:<7}  {s.state.value:<6}  {s.attempts} attempt(s), {when}"
              f"  ({line.form_title}, sent {line.created_at.astimezone(zone):%Y-%m-%d %H:%M})")
        if s.last_error:
            print(f"    reason: {s.last_error}")
    queued = sum(1 for line in lines if line.status.state.value == "queued")
    print(f"{queued} waiting, {len(lines) - queued} failed. Send a failed one again with: "
          "kiosk-admin outbox retry REFERENCE")
    return 0


def outbox_retry(prepared: Prepared, reference: str) -> int:
    canonical = normalise(reference)
    if canonical is None:
        print(f"{reference!r} is not a reference number (like WES-2026-0000042-B); check it for typing mistakes.",
              file=sys.stderr)
        return EXIT_CONFIG
    engine = open_engine(prepared.database_url)
    try:
        upgrade(engine)
        count = Outbox(session_factory(engine)).retry(canonical, dt.datetime.now(dt.UTC))
    finally:
        engine.dispose()
    if not count:
        print(f"{canonical}: nothing to send again (no such submission, already delivered, or being sent now).",
              file=sys.stderr)
        return 1
    print(f"{canonical}: {count} deliver{'y' if count == 1 else 'ies'} queued again; a running kiosk sends "
          f"{'it' if count == 1 else 'them'} within {prepared.settings.outbox_poll_seconds} s.")
    return 0
