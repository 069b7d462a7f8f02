# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin fleet`, as IT's monitoring runs it, on each engine: every kiosk with its status,
as text and as JSON, exit 0 only when every kiosk is OK."""

from __future__ import annotations

import datetime as dt
import json

from kiosk.admin import main
from kiosk.core.fleet import Heartbeat, PrinterState, PrinterStatus
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.fleet_repo import SqlFleetRepository
from kiosk.storage.migrations import upgrade
from tests.test_admin_cli import toml_str, write_config


def test_fleet_lists_every_kiosk_with_its_status(database_url, tmp_path, capsys):
    config = write_config(tmp_path, database_url=toml_str(database_url))
    assert main(["--config", str(config), "fleet"]) == 0
    assert "No kiosk has written its heartbeat" in capsys.readouterr().out
    engine = open_engine(database_url)
    upgrade(engine)
    now = dt.datetime.now(dt.UTC)
    repo = SqlFleetRepository(session_factory(engine))
    repo.write(Heartbeat("lobby-1", now, "1.0", now - dt.timedelta(hours=1), printer=PrinterStatus(PrinterState.READY)))
    repo.write(Heartbeat("library", now - dt.timedelta(minutes=10), "1.0", now - dt.timedelta(hours=1),
                         printer=PrinterStatus(PrinterState.READY, ("media-empty-error",))))
    engine.dispose()
    assert main(["--config", str(config), "fleet"]) == 1
    text = capsys.readouterr().out
    assert "lobby-1" in text and "OK" in text and "OFFLINE" in text
    assert main(["--config", str(config), "fleet", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "offline"
    library, lobby = report["kiosks"]
    assert library["status"] == "offline" and library["concerns"] == ["offline", "printer_paper_out"]
    assert library["heartbeat"]["printer"]["reasons"] == ["media-empty-error"]
    assert lobby["status"] == "ok" and lobby["uptime_s"] == 3600
