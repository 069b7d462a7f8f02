# SPDX-License-Identifier: Apache-2.0
"""The work behind each `kiosk-admin` command; each prints for a person and returns an exit code."""

from __future__ import annotations

import datetime as dt
import sys
from zoneinfo import ZoneInfo

from kiosk.config import describe_settings
from kiosk.startup import EXIT_CONFIG, Prepared
from kiosk.storage.database import describe, open_engine, session_factory
from kiosk.storage.migrations import current_revision, upgrade


def config_check(prepared: Prepared) -> int:
    source = prepared.config_file or "no file (built-in defaults)"
    print(f"Configuration: {source} is valid.")
    print(f"Town pack: {prepared.pack.name}, {prepared.pack.state} ({prepared.pack.folder})")
    for doc_id, history in prepared.pack.policies.items():
        doc = history.in_force(dt.date.today())
        print(f"  {doc_id}: {doc.title} {doc.version}, in force since {doc.effective}{' (sample text)' if doc.sample else ''}")
    print(f"Data folder: {prepared.data_dir}")
    settings = prepared.settings
    for key, description, default in describe_settings():
        value = getattr(settings, key)
        marker = "" if value == default else "   (set)"
        print(f"  {key} = {value!r}{marker}\n      {description}")
    return 0


def db_upgrade(prepared: Prepared) -> int:
    engine = open_engine(prepared.settings.resolved_database_url())
    revision = upgrade(engine)
    print(f"{describe(engine)} is at revision {revision}.")
    engine.dispose()
    return 0


def db_current(prepared: Prepared) -> int:
    engine = open_engine(prepared.settings.resolved_database_url())
    try:
        print(current_revision(engine) or "empty (run: kiosk-admin db upgrade)")
    finally:
        engine.dispose()
    return 0


def stats(prepared: Prepared, since: str | None) -> int:
    from kiosk.storage.stats import MIN_GROUP, UsageStats, message_trends

    try:
        first = dt.date.fromisoformat(since) if since else None
    except ValueError:
        print(f"--since {since!r} is not a date like 2026-01-31", file=sys.stderr)
        return EXIT_CONFIG
    engine = open_engine(prepared.settings.resolved_database_url())
    upgrade(engine)
    summary = UsageStats(session_factory(engine)).summary(first, zone=ZoneInfo(prepared.pack.timezone))
    by_form, by_department = message_trends(session_factory(engine), first)
    engine.dispose()
    print(f"Visits: {summary.visits}")
    if summary.median_duration_s is not None:
        print(f"Median visit length: {summary.median_duration_s:.0f} s")
    for title, rows in (("By day", summary.by_day), ("How visits ended", summary.by_end_reason),
                        ("Language", summary.by_language), ("Screens used", summary.by_screen),
                        ("Messages by form", by_form), ("Messages by department", by_department)):
        print(f"{title}:")
        for key, count in rows:
            print(f"  {key:<24} {count}")
    print(f"(Groups of fewer than {MIN_GROUP} visits or messages are shown only as 'other'.)")
    return 0
