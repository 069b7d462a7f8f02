# SPDX-License-Identifier: Apache-2.0
"""Telling systemd how the kiosk is: READY=1 once it is up, then WATCHDOG=1 pings, STOPPING=1 at the end.

This is sd_notify(3)'s protocol written out (one AF_UNIX datagram to the socket $NOTIFY_SOCKET names),
so the kiosk needs no libsystemd binding. Qt-free: the composition root pings from a QTimer on the GUI
thread, so a hung screen stops the pings and systemd restarts the kiosk (WatchdogSec, packaging/systemd).
Without $NOTIFY_SOCKET (not under systemd, or not Type=notify) every call does nothing.

$WATCHDOG_PID is not checked, unlike sd_watchdog_enabled(): under cage the unit's main process is the
shell that starts cage, so it names that shell, never the kiosk; the unit's NotifyAccess=all is what
makes systemd take the kiosk's pings.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping


class ServiceNotifier:
    def __init__(self, address: str | None, watchdog_usec: int | None = None) -> None:
        """``address``: $NOTIFY_SOCKET (a path, or "@name" for an abstract socket); ``watchdog_usec``:
        $WATCHDOG_USEC, systemd's WatchdogSec in microseconds."""
        self._address = _socket_address(address) if address else None
        self._watchdog_usec = watchdog_usec if watchdog_usec and watchdog_usec > 0 else None
        self._socket: socket.socket | None = None
        self._failed_once = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> ServiceNotifier:
        usec = environ.get("WATCHDOG_USEC", "")
        return cls(environ.get("NOTIFY_SOCKET") or None, int(usec) if usec.isdigit() else None)

    @property
    def enabled(self) -> bool:
        return self._address is not None

    @property
    def ping_interval_ms(self) -> int | None:
        """Half of WatchdogSec, as systemd advises (a late timer still pings in time); None: no watchdog."""
        if self._address is None or self._watchdog_usec is None:
            return None
        return max(1, self._watchdog_usec // 2000)

    def ready(self, status: str = "") -> bool:
        return self._send("READY=1" + (f"\nSTATUS={status}" if status else ""))

    def ping(self) -> bool:
        return self._send("WATCHDOG=1")

    def stopping(self) -> bool:
        return self._send("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def _send(self, message: str) -> bool:
        """True once the datagram is sent. Never blocks (MSG_DONTWAIT: the GUI thread calls this) and never
        raises: a notify socket that is gone is logged once; the watchdog then restarts us, as it should."""
        if self._address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(message.encode("utf-8"), socket.MSG_DONTWAIT, self._address)
        except OSError as exc:
            if not self._failed_once:
                self._failed_once = True
                import logging

                logging.getLogger(__name__).error("systemd's notify socket did not take %r: %s",
                                                  message.split("\n")[0], exc.strerror or exc)
            return False
        return True


def _socket_address(address: str) -> str | bytes:
    """An abstract socket's name starts with "@", which stands for the leading NUL byte."""
    return b"\0" + address[1:].encode("utf-8") if address.startswith("@") else address
