# SPDX-License-Identifier: Apache-2.0
"""The data folder is the kiosk user's alone (issue 11): 0700, and the database, its -wal and -shm,
and the log 0600, whatever umask the shell gave, also for files an older install left open."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_kiosk_started_from_a_shell_keeps_its_files_private(tmp_path):
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{data}"\ndemo_records = false\n')
    script = (
        "import sys, os\n"
        "from kiosk.startup import prepare\n"
        "from kiosk.storage.database import open_engine\n"
        "from kiosk.storage.migrations import upgrade\n"
        "import logging\n"
        f"p = prepare({str(config)!r})\n"
        "engine = open_engine(p.settings.resolved_database_url())\n"
        "upgrade(engine)\n"
        "logging.getLogger('kiosk').warning('written')\n"
        "conn = engine.raw_connection()\n"
        "print(sorted(os.listdir(p.data_dir)))\n"
        "sys.stdout.flush()\n"
        "input()\n"                                   # hold the connection: -wal and -shm exist
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             preexec_fn=lambda: os.umask(0o022))
    try:
        listing = child.stdout.readline()
        assert "kiosk.sqlite3-wal" in listing, listing
        files = list(data.rglob("*"))
        assert mode(data) == 0o700
        assert {p.name: mode(p) for p in files if p.is_file()} == {p.name: 0o600 for p in files if p.is_file()}
        assert all(mode(p) == 0o700 for p in files if p.is_dir())
        assert {"kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm", "kiosk.log"} <= {p.name for p in files}
    finally:
        child.communicate("\n", timeout=30)


def test_an_older_install_is_tightened(tmp_path):
    from kiosk.startup import check_data_dir

    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    for folder in (data, data / "logs"):
        folder.chmod(0o755)
    old = data / "logs" / "kiosk.log"
    old.write_text("old\n")
    old.chmod(0o644)
    check_data_dir(data)
    assert (mode(data), mode(data / "logs"), mode(old)) == (0o700, 0o700, 0o600)
