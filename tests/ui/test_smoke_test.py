# SPDX-License-Identifier: Apache-2.0
"""`kiosk --smoke-test`: every screen and console page built against the configured database, one
line either way, never a traceback (tests/test_packaging.py runs it in the bundle)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from PySide6.QtWidgets import QApplication

from kiosk.ui.console.catalogue import PAGES
from kiosk.ui.screens.catalogue import SCREENS
from kiosk.ui.smoke import check_everything

ROOT = Path(__file__).resolve().parents[2]


def smoke_test(tmp_path: Path, config: str) -> subprocess.CompletedProcess[str]:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'data_dir = "{tmp_path / "data"}"\n{config}', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config_file), "--smoke-test"],
                          env=env, capture_output=True, text=True, timeout=120)


def test_every_screen_and_console_page_is_built_on_the_configured_database(tmp_path: Path) -> None:
    done = smoke_test(tmp_path, 'town = "westport"\n')
    assert done.returncode == 0, done.stderr
    assert f"smoke test passed: {len(SCREENS)} screens and {len(PAGES)} console pages built on sqlite" in done.stdout
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()       # the configured database, migrated


def test_a_start_that_fails_is_named_with_its_exit_code_and_no_traceback(tmp_path: Path) -> None:
    done = smoke_test(tmp_path, 'town = "atlantis"\n')
    assert done.returncode == 3
    assert "Town pack error" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_a_screen_that_cannot_be_built_is_named(qapp: QApplication) -> None:
    def broken(_ctx: object) -> Any:
        raise KeyError("records_overview")

    console = SimpleNamespace(now=lambda: dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.UTC))
    failures = check_everything(cast(Any, None), {"search": broken}, cast(Any, console), (), qapp.processEvents)
    assert failures == ["screen search: KeyError: 'records_overview'"]
