# SPDX-License-Identifier: Apache-2.0
"""A hung kiosk heals itself: the real kiosk, stopped with SIGSTOP, stops pinging systemd's watchdog,
is ended when WatchdogSec passes and starts again, ready. Real processes and a real notify socket; the
supervisor is tests/notify_supervisor.py (systemd cannot run in the CI's container), which follows
the rules of the unit in packaging/systemd."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from tests.notify_supervisor import Supervisor

UNIT = Path(__file__).parents[1] / "packaging" / "systemd" / "town-hall-kiosk.service"
WATCHDOG_SEC = 3.0       # the unit's is 30 s; the kiosk reads whatever $WATCHDOG_USEC says
START_TIMEOUT = 90       # a cold start on a busy machine (the unit allows 10 minutes)
LATE = 1.5               # a message in flight, a busy machine: the supervisor's own slack


def unit_settings() -> dict[str, str]:
    settings = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            settings[key.strip()] = value.strip()
    return settings


def test_the_unit_asks_for_a_watchdog_the_kiosk_can_reach_under_cage():
    unit = unit_settings()

    assert unit["Type"] == "notify"
    assert unit["NotifyAccess"] == "all"          # the kiosk is cage's child, not the main process
    assert float(unit["WatchdogSec"]) > 0
    assert unit["Restart"] == "always"
    assert unit["RestartPreventExitStatus"] == "10"        # Exit to desktop stays out


def test_a_stopped_kiosk_stops_pinging_and_is_restarted_within_watchdog_sec(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\ndemo_records = false\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_CONFIG", "KIOSK_BENCH_MARKS")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    supervisor = Supervisor([sys.executable, "-m", "kiosk", "--config", str(config)], env, tmp_path, WATCHDOG_SEC)
    try:
        first = supervisor.start()
        assert supervisor.wait_for("READY", START_TIMEOUT).pid == first
        for _ in range(3):       # each within WatchdogSec of the last: a healthy kiosk is left alone
            assert supervisor.wait_for("WATCHDOG", WATCHDOG_SEC).pid == first

        os.kill(first, signal.SIGSTOP)
        stopped_at = time.monotonic()
        fired = supervisor.watch(limit=3 * WATCHDOG_SEC)

        assert fired.last_ping_at < stopped_at + LATE            # the pings stopped with the kiosk
        assert fired.fired_at - fired.last_ping_at >= WATCHDOG_SEC
        assert fired.fired_at - stopped_at <= WATCHDOG_SEC + LATE
        assert fired.exit_signal in (signal.SIGABRT, signal.SIGKILL)

        second = supervisor.start()                              # Restart=always
        assert second != first
        assert supervisor.wait_for("READY", START_TIMEOUT).pid == second
        assert supervisor.wait_for("WATCHDOG", WATCHDOG_SEC).pid == second
    finally:
        supervisor.close()
