# SPDX-License-Identifier: Apache-2.0
"""A throwaway PostgreSQL server of the benchmark's own, on loopback and a free port, to freeze
(SIGSTOP its processes) without disturbing any other server; as .ci/start-postgres.sh starts one
for the tests. As root it runs as the `postgres` user, since initdb refuses to run as root."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path


class NoPostgres(Exception):
    """No server could be started here (none installed, or it would not start); the message says why."""


def server_bin() -> Path | None:
    """The newest server binaries Debian installed, else the folder of an initdb on PATH."""
    def version(initdb: str) -> tuple[int, ...]:
        return tuple(int(x) for x in Path(initdb).parent.parent.name.split(".") if x.isdigit())

    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if installed:
        return Path(installed[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


class ThrowawayPostgres:
    """Started by start(), removed with everything in it by stop()."""

    def __init__(self) -> None:
        self.bin = server_bin()
        self.data: Path | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/kiosk_bench"

    def _as_owner(self, *command: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        if self.bin is None:
            raise NoPostgres("no PostgreSQL server installed (no initdb)")
        if os.geteuid() == 0 and shutil.which("runuser") is None:
            raise NoPostgres("running as root without runuser: initdb refuses to run as root")
        # /tmp, not $TMPDIR: the `postgres` user must reach it and the socket path must stay short.
        self.data = Path(tempfile.mkdtemp(prefix="kiosk-bench-pg-", dir="/tmp"))
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        done = self._as_owner(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                              "--encoding=UTF8", "--locale=C.UTF-8")
        if done.returncode != 0:
            raise NoPostgres(f"initdb failed: {done.stderr.strip()[-300:]}")
        for _ in range(3):        # a free port can be taken between the probe and the bind
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                self.port = probe.getsockname()[1]
            options = (f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off")
            done = self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.data / "log"), "-w",
                                  "-t", "60", "-o", options, "start")
            if done.returncode == 0:
                break
        else:
            raise NoPostgres(f"the server would not start: {done.stderr.strip()[-300:]}")
        done = self._as_owner(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                              "kiosk_bench")
        if done.returncode != 0:
            raise NoPostgres(f"createdb failed: {done.stderr.strip()[-300:]}")

    def stop(self) -> None:
        if self.data is None:
            return
        self.thaw()              # a stopped server cannot be shut down
        if (self.data / "postmaster.pid").exists() and self.bin is not None:
            self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", timeout=60)
        shutil.rmtree(self.data, ignore_errors=True)
        self.data = None

    def crash(self) -> None:
        """Stopped at once (pg_ctl -m immediate), its files kept: as a power cut would leave it."""
        assert self.data is not None and self.bin is not None
        self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", timeout=60)

    def start_durable(self) -> None:
        """Started again on the same files and port, every commit on disk before it is confirmed
        (start() trades that for speed: with synchronous_commit=off an immediate stop loses commits
        the server had confirmed, which no kiosk could help)."""
        assert self.data is not None and self.bin is not None
        done = self._as_owner(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.data / "log"), "-w", "-t",
                              "60", "-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1", "start")
        if done.returncode != 0:
            raise NoPostgres(f"the server would not start again: {done.stderr.strip()[-300:]}")

    def pids(self) -> list[int]:
        """The postmaster and its children (backends, checkpointer, ...): all of them must stop for a freeze."""
        assert self.data is not None
        return server_pids(self.data / "postmaster.pid")

    def thaw(self) -> None:
        if self.data is not None and (self.data / "postmaster.pid").exists():
            for pid in self.pids():
                _signal(pid, signal.SIGCONT)


def server_pids(pid_file: Path) -> list[int]:
    """The postmaster named in pid_file and its children, read from /proc."""
    main = int(pid_file.read_text().split()[0])
    children = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue                  # ended meanwhile
        if int(fields[1]) == main:
            children.append(int(Path(stat).parent.name))
    return [main, *children]


def freeze(pid_file: Path) -> list[int]:
    """SIGSTOP the server: its kernel still accepts connections and data, nothing answers."""
    pids = server_pids(pid_file)
    for pid in pids:
        _signal(pid, signal.SIGSTOP)
    return pids


def thaw(pids: list[int]) -> None:
    for pid in pids:
        _signal(pid, signal.SIGCONT)


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):        # ended meanwhile
        os.kill(pid, sig)
