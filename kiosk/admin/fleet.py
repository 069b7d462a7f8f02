# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin fleet`: every kiosk writing its heartbeat to this database, with its status (OK,
warning, error, offline) and why, as the console's Kiosks page shows them; `--json` for monitoring
tools (Nagios, Zabbix, a cron job): the exit status is 0 when every kiosk is OK, 1 otherwise."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.core.fleet import KioskStatus
    from kiosk.startup import Prepared


def add_arguments(sub: Any) -> None:
    fleet = sub.add_parser("fleet", help="every kiosk of the database with its status (OK, warning, error, offline)")
    fleet.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(prepared: Prepared, args: argparse.Namespace) -> int:
    from kiosk.core.fleet import FleetService, FleetStatus, worst
    from kiosk.storage.database import open_engine, session_factory
    from kiosk.storage.fleet_repo import SqlFleetRepository
    from kiosk.storage.migrations import upgrade

    engine = open_engine(prepared.settings.resolved_database_url())
    try:
        upgrade(engine)
        kiosks = FleetService(SqlFleetRepository(session_factory(engine)), lambda: dt.datetime.now(dt.UTC)).kiosks()
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps({"status": worst(kiosks).value, "kiosks": [_as_json(k) for k in kiosks]}, indent=2))
    elif not kiosks:
        print("No kiosk has written its heartbeat to this database yet.")
    else:
        for k in kiosks:
            why = ", ".join(c.value.replace("_", " ") for c in k.concerns) or "everything answers"
            print(f"{k.beat.kiosk_id:<24} {k.status.value.upper():<8} {why}  (last heartbeat "
                  f"{int(k.age.total_seconds())} s ago, version {k.beat.version})")
    return 0 if worst(kiosks) is FleetStatus.OK else 1


def _as_json(status: KioskStatus) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, dict):
            return {key: plain(v) for key, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    beat = plain(dataclasses.asdict(status.beat))
    return {"kiosk_id": status.beat.kiosk_id, "status": status.status.value,
            "concerns": [c.value for c in status.concerns], "age_s": round(status.age.total_seconds(), 1),
            "uptime_s": round(status.beat.uptime.total_seconds()), "heartbeat": beat}
