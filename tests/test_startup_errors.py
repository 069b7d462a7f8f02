# SPDX-License-Identifier: Apache-2.0
"""What IT sees when the kiosk cannot start: the real program, a plain message on stderr naming what
to fix, no traceback, and the exit code their scripts test (2 configuration, 3 town pack,
4 data folder or database)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import towns_dir

BIN = Path(sys.executable).parent
TIMEOUT = 60


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_CONFIG", "KIOSK_BENCH_MARKS")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    return env


def run(command: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, env=_env(tmp_path), cwd=tmp_path, capture_output=True, text=True,
                          timeout=TIMEOUT)
    assert "Traceback" not in done.stderr, done.stderr
    assert "Traceback" not in done.stdout, done.stdout
    return done


def run_kiosk(tmp_path: Path, config: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    path = tmp_path / "kiosk.toml"
    path.write_text(config, encoding="utf-8")
    return run([sys.executable, "-m", "kiosk", "--config", str(path)], tmp_path), path


def last_line(done: subprocess.CompletedProcess[str]) -> str:
    """The kiosk's own message (Qt may print a line of its own before it)."""
    return done.stderr.strip().splitlines()[-1]


def toml_str(value: Path | str) -> str:
    return '"' + str(value).replace("\\", "\\\\") + '"'


@pytest.mark.parametrize("setting, key, allowed", [
    ("idle_timeout = 90", "idle_timeout", "Allowed keys:"),
    ('idle_seconds = "ninety"', "idle_seconds", "a whole number"),
    ("warning_seconds = 5", "warning_seconds", "20 to 600"),
], ids=["unknown key", "wrong type", "impossible value"])
def test_a_bad_configuration_exits_2_naming_the_file_and_the_key(tmp_path, setting, key, allowed):
    done, path = run_kiosk(tmp_path, f'data_dir = {toml_str(tmp_path / "data")}\n{setting}\n')

    assert done.returncode == 2
    message = last_line(done)
    assert message.startswith("Configuration error:")
    assert str(path) in message and f"'{key}'" in message and allowed in message
    assert not (tmp_path / "data").exists()                     # nothing was started


def test_a_town_without_a_pack_exits_3(tmp_path):
    done, _ = run_kiosk(tmp_path, f'data_dir = {toml_str(tmp_path / "data")}\ntown = "atlantis"\n')

    assert done.returncode == 3
    message = last_line(done)
    assert message.startswith("Town pack error:")
    assert str(towns_dir() / "atlantis") in message and "does not exist" in message


def test_a_broken_town_pack_exits_3_naming_the_file(tmp_path):
    pack = tmp_path / "mytown"
    shutil.copytree(towns_dir() / "calabasas", pack)
    manifest = pack / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('accent = "#A65A24"', 'accent = "terracotta"'),
                        encoding="utf-8")

    done, _ = run_kiosk(tmp_path, f'data_dir = {toml_str(tmp_path / "data")}\ntown = {toml_str(pack)}\n')

    assert done.returncode == 3
    message = last_line(done)
    assert message.startswith("Town pack error:")
    assert str(manifest) in message and "colours.accent" in message


def test_a_data_folder_that_cannot_be_written_exits_4(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    data_dir = blocker / "data"

    done, _ = run_kiosk(tmp_path, f"data_dir = {toml_str(data_dir)}\n")

    assert done.returncode == 4
    message = last_line(done)
    assert message.startswith("Data folder error:")
    assert str(data_dir) in message and "cannot be written" in message


def test_a_locked_database_exits_4_saying_it_is_locked(tmp_path):
    database = tmp_path / "shared" / "kiosk.sqlite3"
    database.parent.mkdir()
    other_program = sqlite3.connect(database, isolation_level=None)
    try:
        other_program.execute("BEGIN EXCLUSIVE")
        other_program.execute("CREATE TABLE being_written (x)")
        done, _ = run_kiosk(tmp_path, f'data_dir = {toml_str(tmp_path / "data")}\n'
                                      f'database_url = "sqlite:///{database}"\n')
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()

    assert done.returncode == 4
    message = last_line(done)
    assert message.startswith("Database error:")
    assert str(database) in message and "locked" in message
    log = (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "start-up failed" in log and "locked" in log         # and the log says so too


def test_a_damaged_database_exits_4_saying_it_is_damaged(tmp_path):
    database = tmp_path / "kiosk.sqlite3"
    database.write_bytes(random.Random(2026).randbytes(16384))

    done, _ = run_kiosk(tmp_path, f'data_dir = {toml_str(tmp_path / "data")}\n'
                                  f'database_url = "sqlite:///{database}"\n')

    assert done.returncode == 4
    message = last_line(done)
    assert message.startswith("Database error:")
    assert str(database) in message and "damaged" in message


def test_kiosk_admin_refuses_a_bad_configuration_with_exit_2(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('printer_backend = "lpr"\n', encoding="utf-8")

    done = run([str(BIN / "kiosk-admin"), "--config", str(path), "config", "check"], tmp_path)

    assert done.returncode == 2
    message = last_line(done)
    assert str(path) in message and "'printer_backend'" in message and "file, cups, qt" in message
    assert done.stdout == ""
