# SPDX-License-Identifier: Apache-2.0
"""kiosk.service_notify speaks sd_notify(3)'s protocol over a real AF_UNIX datagram socket, and is
silent where there is no service manager to hear it."""

from __future__ import annotations

import socket

from kiosk.service_notify import ServiceNotifier


def listening(path) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    return sock


def test_ready_pings_and_stopping_reach_a_socket_named_by_its_path(tmp_path):
    with listening(tmp_path / "notify") as sock:
        notifier = ServiceNotifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "notify"),
                                                     "WATCHDOG_USEC": "30000000"})

        assert notifier.ready("kiosk lobby ready") and notifier.ping() and notifier.stopping()
        assert [sock.recv(4096) for _ in range(3)] == [b"READY=1\nSTATUS=kiosk lobby ready", b"WATCHDOG=1",
                                                       b"STOPPING=1"]
        assert notifier.ping_interval_ms == 15_000          # half of WatchdogSec
        notifier.close()


def test_without_a_notify_socket_nothing_is_sent_and_no_watchdog_runs():
    notifier = ServiceNotifier.from_environment({"WATCHDOG_USEC": "30000000"})

    assert not notifier.enabled
    assert notifier.ping_interval_ms is None
    assert not notifier.ready() and not notifier.ping()


def test_without_a_watchdog_the_kiosk_says_ready_and_never_pings(tmp_path):
    for usec in ({}, {"WATCHDOG_USEC": "0"}, {"WATCHDOG_USEC": "soon"}):
        notifier = ServiceNotifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "notify"), **usec})
        assert notifier.enabled and notifier.ping_interval_ms is None


def test_a_notify_socket_that_is_gone_is_no_error(tmp_path):
    notifier = ServiceNotifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "gone"), "WATCHDOG_USEC": "2000000"})

    assert not notifier.ready()
    assert not notifier.ping()       # logged once; systemd's watchdog then restarts the kiosk, as it should
    notifier.close()
