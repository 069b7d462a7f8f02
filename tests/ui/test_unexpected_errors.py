# SPDX-License-Identifier: Apache-2.0
"""An exception nobody caught (issue 11): it is logged once with its traceback, the visit it broke
ends, and the attract screen welcomes the next resident; a failed background task is logged once
with its traceback too."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer

from kiosk.ui.crash_guard import CrashGuard
from tests.support import find, tap


@pytest.fixture
def guarded(qtbot, kiosk):
    guard = CrashGuard(kiosk.recover_from_error)
    guard.install()
    yield kiosk, guard
    guard.uninstall()


def visit_with_typing(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_signin"))
    field = find(kiosk.navigator.current, "signin_username")
    tap(qtbot, field)
    qtbot.keyClicks(field, "half.typed")


def broken() -> None:
    raise RuntimeError("a defect")


@pytest.mark.parametrize("where", ["slot", "thread"])
def test_an_uncaught_error_ends_the_visit_and_welcomes_the_next_resident(qtbot, guarded, caplog, where):
    kiosk, guard = guarded
    visit_with_typing(qtbot, kiosk)
    if where == "slot":
        QTimer.singleShot(0, broken)                    # raised inside Qt's event loop
    else:
        threading.Thread(target=broken, name="worker").start()
    qtbot.waitUntil(lambda: kiosk.sessions.current is None and kiosk.window.attract.isVisible())
    assert guard.count == 1
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert len(errors) == 1 and "RuntimeError" in errors[0].getMessage()
    tap(qtbot, kiosk.attract.start)                     # the next resident starts afresh
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None and kiosk.navigator.current.screen_id == "home")
    assert not kiosk.navigator.current.has_typed()


def test_a_failed_background_task_is_logged_once_with_its_traceback(qtbot, kiosk, caplog):
    heard = []
    kiosk.tasks.run(kiosk, broken, on_error=heard.append)
    qtbot.waitUntil(lambda: bool(heard))
    errors = [r for r in caplog.records if r.name == "kiosk.ui.tasks"]
    assert len(errors) == 1 and errors[0].exc_info and "broken" in errors[0].getMessage()
    assert "RuntimeError: a defect" in caplog.text                 # the traceback is in the log
