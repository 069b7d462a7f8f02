# SPDX-License-Identifier: Apache-2.0
"""The work behind each `kiosk-admin` command; each prints for a person and returns an exit code."""

from __future__ import annotations

import datetime as dt

from kiosk.config import describe_settings
from kiosk.startup import Prepared
from kiosk.storage.database import describe, open_engine
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
    engine = open_engine(prepared.database_url)
    revision = upgrade(engine)
    print(f"{describe(engine)} is at revision {revision}.")
    engine.dispose()
    return 0


def db_current(prepared: Prepared) -> int:
    engine = open_engine(prepared.database_url)
    try:
        print(current_revision(engine) or "empty (run: kiosk-admin db upgrade)")
    finally:
        engine.dispose()
    return 0
