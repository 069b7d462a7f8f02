# SPDX-License-Identifier: Apache-2.0
"""Kiosk mode covers the screen it is on: on a real X server with no window manager (where Qt's
full screen request reaches nobody) and with one, and again after the screen turns or changes
resolution (xrandr). Nothing the window shows makes it larger than its screen.

The X tests start their own Xvfb and the real `kiosk` program, and look at its window from outside
with xdotool and xwininfo, as a technician at the kiosk would."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)
LARGEST = 1920          # Xvfb cannot grow past its start size: it starts square and shrinks to a mode
WAIT_MS = 30_000        # a cold start of the kiosk on a busy CI machine
X_TOOLS = ("Xvfb", "xrandr", "xdotool", "xwininfo", "xprop")
WINDOW_MANAGERS = {"openbox": ["openbox", "--sm-disable"], "matchbox": ["matchbox-window-manager"]}

needs_x = pytest.mark.skipif(not all(shutil.which(t) for t in X_TOOLS),
                             reason="needs Xvfb, xrandr, xdotool, xwininfo and xprop (.ci/run installs them)")

Geometry = tuple[int, int, int, int]    # x, y, width, height


@dataclass
class XServer:
    """An Xvfb of this test's own, with the modes of a screen that turns between portrait and landscape."""

    folder: Path
    display: str = ""
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[IO[bytes]] = field(default_factory=list)

    def start(self) -> None:
        read_end, write_end = os.pipe()
        # -noreset: each xrandr call is a client of its own, and a server that resets when its last
        # client leaves would forget the modes added by the one before.
        self.spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{LARGEST}x{LARGEST}x24",
                    "-nolisten", "tcp", "-noreset"], "xvfb", pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()     # written once the server takes connections
        assert number, f"Xvfb did not start: {(self.folder / 'xvfb.log').read_text()}"
        self.display = f":{number}"
        for width, height in (PORTRAIT, LANDSCAPE):
            name = f"{width}x{height}"
            self.xrandr("--newmode", name, "0", *[str(width)] * 4, *[str(height)] * 4)
            self.xrandr("--addmode", "screen", name)
        self.turn(*PORTRAIT)

    def spawn(self, command: list[str], name: str, env: dict[str, str] | None = None,
              pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"{name}.log", "wb")    # noqa: SIM115 - closed in stop()
        self.logs.append(log)
        process = subprocess.Popen(command, env=env or self.env(), stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, pass_fds=pass_fds, cwd=self.folder)
        self.processes.append(process)
        return process

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("KIOSK_CONFIG", "KIOSK_BENCH_MARKS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(DISPLAY=self.display, XDG_RUNTIME_DIR=str(runtime),
                   XDG_CONFIG_HOME=str(self.folder / "xdg-config"), XDG_DATA_HOME=str(self.folder / "xdg-data"))
        return env

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=30, check=check)

    def xrandr(self, *args: str) -> None:
        self.run("xrandr", *args)

    def turn(self, width: int, height: int) -> None:
        """What `xrandr --output ... --rotate` or a new resolution does to the screen Qt sees."""
        self.xrandr("--output", "screen", "--mode", f"{width}x{height}", "--fb", f"{width}x{height}")

    def start_window_manager(self, qtbot: Any, name: str) -> None:
        self.spawn(WINDOW_MANAGERS[name], name)
        qtbot.waitUntil(lambda: "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").stdout,
                        timeout=WAIT_MS)

    def windows_of(self, pid: int) -> list[Geometry]:
        """Where the mapped windows of a process are on the screen, from the X server itself."""
        found = self.run("xdotool", "search", "--onlyvisible", "--pid", str(pid), check=False).stdout.split()
        return [self.geometry(window) for window in found]

    def geometry(self, window: str) -> Geometry:
        info = self.run("xwininfo", "-id", window).stdout
        values = [int(re.search(rf"{label}:\s+(-?\d+)", info).group(1))   # type: ignore[union-attr]
                  for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")]
        return values[0], values[1], values[2], values[3]

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for log in self.logs:
            log.close()


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[XServer]:
    server = XServer(tmp_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def start_kiosk(x: XServer, fullscreen: bool) -> subprocess.Popen[bytes]:
    config = x.folder / "kiosk.toml"
    config.write_text(f"config_version = 1\ndata_dir = {json.dumps(str(x.folder / 'data'))}\n"
                      f"demo_records = false\nfullscreen = {str(fullscreen).lower()}\n", encoding="utf-8")
    env = x.env()
    env["QT_QPA_PLATFORM"] = "xcb"
    return x.spawn([sys.executable, "-m", "kiosk", "--config", str(config)], "kiosk", env=env)


def wait_for_window(qtbot: Any, x: XServer, kiosk: subprocess.Popen[bytes], expected: Geometry) -> None:
    def shows_it() -> None:
        assert kiosk.poll() is None, (x.folder / "kiosk.log").read_text()
        assert x.windows_of(kiosk.pid) == [expected]
    qtbot.waitUntil(shows_it, timeout=WAIT_MS)


@needs_x
@pytest.mark.parametrize("window_manager", [None, "matchbox", "openbox"],
                         ids=["no window manager", "matchbox", "openbox"])
def test_kiosk_mode_covers_the_screen_and_follows_it_when_it_turns(qtbot, x_server, window_manager):
    if window_manager is not None:
        if shutil.which(WINDOW_MANAGERS[window_manager][0]) is None:
            pytest.skip(f"{WINDOW_MANAGERS[window_manager][0]} is not installed")
        x_server.start_window_manager(qtbot, window_manager)
    kiosk = start_kiosk(x_server, fullscreen=True)
    wait_for_window(qtbot, x_server, kiosk, (0, 0, *PORTRAIT))
    x_server.turn(*LANDSCAPE)
    wait_for_window(qtbot, x_server, kiosk, (0, 0, *LANDSCAPE))
    x_server.turn(*PORTRAIT)
    wait_for_window(qtbot, x_server, kiosk, (0, 0, *PORTRAIT))


@needs_x
def test_windowed_mode_opens_at_1280x800_or_narrower_on_a_narrower_screen(qtbot, x_server):
    kiosk = start_kiosk(x_server, fullscreen=False)
    wait_for_window(qtbot, x_server, kiosk, (0, 0, 1080, 800))


# The kiosk as `kiosk` builds it, on an offscreen screen of 1280x800 (the tests' own offscreen screen
# is Qt's default size, so this runs in a process of its own). It prints the window's geometry after
# each step: the keyboard up with Large text asks for 848 px of height (the window grew to 1280x848
# and stayed so), then the header asks for 1600x1000, then both go away again.
GROWTH_SCRIPT = r"""
import json, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from kiosk.app import Kiosk
from kiosk.startup import prepare

app = QApplication(sys.argv[:1])
kiosk = Kiosk(prepare(None, json.loads(sys.argv[1])), app)
seen = []

def settle(step, until=lambda: True):
    deadline = time.monotonic() + 30
    while not until():
        assert time.monotonic() < deadline, step
        app.processEvents()
    for _ in range(3):
        QApplication.sendPostedEvents()
        app.processEvents()
    g = kiosk.window.geometry()
    seen.append([step, g.x(), g.y(), g.width(), g.height()])

def tap(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

def named(name):
    return kiosk.navigator.current.findChild(QWidget, name)

kiosk.show()
kiosk.finish_startup()
settle("shown", kiosk.window.isVisible)
tap(kiosk.attract.start)
settle("visit", lambda: kiosk.navigator.current is not None)
tap(named("home_search"))
settle("search", lambda: named("searchQuery") is not None)
tap(kiosk.header.large_text)
tap(named("searchQuery"))
settle("keyboard with large text", kiosk.keyboard.isVisible)
kiosk.header.setMinimumSize(1600, 1000)
settle("contents want 1600x1000")
kiosk.header.setMinimumSize(0, 0)
tap(kiosk.header.large_text)
settle("contents shrink again")
print(json.dumps(seen))
kiosk.shutdown()
"""


@pytest.mark.parametrize("fullscreen", [True, False], ids=["kiosk mode", "windowed"])
def test_the_window_never_grows_past_its_screen_for_its_contents(tmp_path, fullscreen):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1280, "height": 800,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_CONFIG", "KIOSK_BENCH_MARKS")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screens}", XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    settings = {"data_dir": str(tmp_path / "data"), "demo_records": False, "fullscreen": fullscreen}
    done = subprocess.run([sys.executable, "-c", GROWTH_SCRIPT, json.dumps(settings)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert [step for step, *_ in seen] == ["shown", "visit", "search", "keyboard with large text",
                                           "contents want 1600x1000", "contents shrink again"]
    for step, x, y, width, height in seen:
        assert (width, height) == (1280, 800), step
        if fullscreen:
            assert (x, y) == (0, 0), step
