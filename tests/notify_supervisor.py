# SPDX-License-Identifier: Apache-2.0
"""A stand-in for systemd's watchdog, for tests where systemd cannot run (a container): it reads the
same notify socket the same way and acts on the unit's rules.

What it does as systemd does (man systemd.service, sd_notify(3)):
- binds an AF_UNIX datagram socket and hands its name to the service in $NOTIFY_SOCKET ("@" for an
  abstract name, as systemd does), WatchdogSec in $WATCHDOG_USEC;
- takes a message only with the sender's credentials (SO_PASSCRED) and only from its service's
  process (NotifyAccess=all: any process of the service; here the kiosk is the one);
- arms the watchdog at READY=1, and each WATCHDOG=1 starts its WatchdogSec again;
- when WatchdogSec passes without one: WatchdogSignal (SIGABRT) and SIGCONT, then SIGKILL after
  TimeoutAbortSec; Restart=always then starts the service again.
"""

from __future__ import annotations

import resource
import signal
import socket
import struct
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

_UCRED = struct.Struct("iII")         # struct ucred: pid, uid, gid


@dataclass(frozen=True, slots=True)
class Notice:
    pid: int
    fields: dict[str, str]
    at: float                          # time.monotonic()


@dataclass(frozen=True, slots=True)
class WatchdogFired:
    last_ping_at: float
    fired_at: float
    exit_signal: int                   # what ended the service: SIGABRT, or SIGKILL after TimeoutAbortSec


class Supervisor:
    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path, watchdog_sec: float,
                 abort_timeout_sec: float = 5.0) -> None:
        self.argv, self.cwd = argv, cwd
        self.watchdog_sec, self.abort_timeout_sec = watchdog_sec, abort_timeout_sec
        self.address = f"@town-hall-kiosk-test-{uuid.uuid4().hex}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.sock.bind(b"\0" + self.address[1:].encode())
        self.env = dict(env, NOTIFY_SOCKET=self.address, WATCHDOG_USEC=str(int(watchdog_sec * 1_000_000)))
        self.process: subprocess.Popen[bytes] | None = None
        self.last_ping_at: float | None = None

    def start(self) -> int:
        """Start the service (again): a new process, the watchdog disarmed until its READY=1."""
        self.last_ping_at = None
        self.process = subprocess.Popen(self.argv, env=self.env, cwd=self.cwd, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=_no_core_dump)
        return self.process.pid

    def wait_for(self, field: str, timeout: float) -> Notice:
        """The next message of the service's process that sets ``field`` (e.g. "READY")."""
        deadline = time.monotonic() + timeout
        while (notice := self.receive(deadline - time.monotonic())) is not None:
            if field in notice.fields:
                return notice
        raise AssertionError(f"no {field}=1 from the service within {timeout} s")

    def watch(self, limit: float) -> WatchdogFired:
        """Watch the armed watchdog until it fires, then end the service as systemd does. AssertionError
        if it has not fired within ``limit`` seconds (the pings went on)."""
        assert self.process is not None and self.last_ping_at is not None, "the watchdog is armed at READY=1"
        give_up = time.monotonic() + limit
        while True:
            due = self.last_ping_at + self.watchdog_sec
            if time.monotonic() >= due:
                break
            if time.monotonic() >= give_up:
                raise AssertionError(f"the service kept pinging for {limit} s")
            self.receive(min(due, give_up) - time.monotonic())
        fired_at = time.monotonic()
        self.process.send_signal(signal.SIGABRT)        # WatchdogSignal's default
        self.process.send_signal(signal.SIGCONT)        # a stopped process could not act on it
        try:
            code = self.process.wait(self.abort_timeout_sec)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(10)
        return WatchdogFired(self.last_ping_at, fired_at, -code)

    def receive(self, timeout: float) -> Notice | None:
        """One message from the service's process within ``timeout``; None when none came. A
        message from another process is dropped, as systemd drops it."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data, ancillary, _, _ = self.sock.recvmsg(4096, socket.CMSG_SPACE(_UCRED.size))
            except TimeoutError:
                return None
            pids = [_UCRED.unpack(d[:_UCRED.size])[0] for level, kind, d in ancillary
                    if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS]
            if self.process is None or pids != [self.process.pid]:
                continue
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            notice = Notice(pids[0], fields, time.monotonic())
            if "READY" in fields or ("WATCHDOG" in fields and self.last_ping_at is not None):
                self.last_ping_at = notice.at       # READY=1 arms the watchdog; each ping starts it again
            return notice
        return None

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(10)
        self.sock.close()


def _no_core_dump() -> None:
    """SIGABRT dumps core; not into a test's folder."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
