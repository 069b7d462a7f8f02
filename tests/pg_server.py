# SPDX-License-Identifier: Apache-2.0
"""A PostgreSQL server of a test module's own (.ci/start-postgres.sh), to stop hard, freeze and start
again without disturbing the other tests' server."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]


class Server:
    """A PostgreSQL of this module's own, to stop and freeze without disturbing other tests."""

    def __init__(self) -> None:
        out = subprocess.run([str(ROOT / ".ci" / "start-postgres.sh")], capture_output=True, text=True, check=True).stdout
        env = dict(line.split("=", 1) for line in out.split())
        self.url, self.data = env["KIOSK_TEST_POSTGRES_URL"], env["KIOSK_TEST_POSTGRES_DATA"]
        self.bin = env["KIOSK_TEST_POSTGRES_BIN"]
        self.port = make_url(self.url).port

    def _as_owner(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True)

    def pids(self) -> list[int]:
        main = int((Path(self.data) / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True).stdout.split()
        return [main, *map(int, children)]

    def stop_hard(self) -> None:
        self._as_owner(f"{self.bin}/pg_ctl", "-D", self.data, "-m", "immediate", "stop")

    def start(self) -> None:
        self._as_owner(f"{self.bin}/pg_ctl", "-D", self.data, "-l", f"{self.data}/log", "-w", "-t", "60", "-o",
                       f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def close(self) -> None:
        subprocess.run([str(ROOT / ".ci" / "start-postgres.sh"), "--stop", self.data], capture_output=True)
