# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: a real SQLite (always) and PostgreSQL (when KIOSK_TEST_POSTGRES_URL is set),
and the kiosk built by its own composition root, offscreen."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def _offscreen_kiosk_screen() -> str:
    """Qt's offscreen platform on a 1280x800 screen, the smallest a kiosk has (its default is smaller)."""
    import json

    path = Path(tempfile.gettempdir()) / f"kiosk-test-screen-{os.getpid()}.json"
    path.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1280, "height": 800,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


os.environ.setdefault("QT_QPA_PLATFORM", _offscreen_kiosk_screen())
# No test, nor a kiosk it starts, touches a real keyring: keyring's null backend keeps nothing, so a
# kiosk on the test PostgreSQL (trust authentication) finds no password to add. memory_keyring swaps
# in one that keeps secrets, for the tests that store some.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import pytest  # noqa: E402

POSTGRES_URL = os.environ.get("KIOSK_TEST_POSTGRES_URL", "")
FROZEN_NOW = dt.datetime(2026, 11, 22, 10, 30)   # Westport's privacy policy 1.1 took effect 3 weeks before


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each engine the kiosk supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured: set KIOSK_TEST_POSTGRES_URL (.ci/run starts a throwaway server)")
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"kiosk_t_{secrets.token_hex(6)}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process's temporary folder, pointed at a folder of this test's own so it can be searched."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def make_kiosk(qtbot: Any, tmp_path: Path, private_tmp: Path) -> Iterator[Callable[..., Any]]:
    """Builds the kiosk as `kiosk` does (settings -> pack -> window -> database), ready for a tap."""
    from kiosk.app import Kiosk
    from kiosk.startup import prepare
    from kiosk.ui.idle import IdleClock, IdleTimings
    from tests.support import ManualClock

    built: list[Any] = []

    def build(timings: IdleTimings | None = None, now: Callable[[], dt.datetime] = lambda: FROZEN_NOW,
              idle_clock: IdleClock | None = None, console_clock: IdleClock | None = None,
              hold_clock: IdleClock | None = None, fleet_clock: IdleClock | None = None, **overrides: Any) -> Any:
        """``idle_clock``: the idle timer's clock, which stands still unless the test moves it (a
        tests.support.ManualClock of its own), so no test is timed out because the machine is slow.
        ``console_clock``, ``hold_clock``, ``fleet_clock``: the same for the staff console's lock, the
        corner hold and the console's Kiosks page refresh."""
        settings = {"data_dir": str(tmp_path / "data"), "demo_records": False, **overrides}
        from PySide6.QtWidgets import QApplication
        kiosk = Kiosk(prepare(None, settings), QApplication.instance(), timings=timings, now=now,
                      idle_clock=idle_clock or ManualClock(), console_clock=console_clock or ManualClock(),
                      hold_clock=hold_clock or ManualClock(), fleet_clock=fleet_clock or ManualClock())
        built.append(kiosk)
        qtbot.addWidget(kiosk.window)
        kiosk.show()
        qtbot.waitExposed(kiosk.window)
        kiosk.finish_startup()
        return kiosk

    yield build
    for kiosk in built:
        kiosk.shutdown()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Any]) -> Any:
    return make_kiosk()


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """The OS keyring replaced by one in memory (tests.storage.outbox_support.MemoryKeyring) for one test."""
    import keyring

    from tests.storage.outbox_support import MemoryKeyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
