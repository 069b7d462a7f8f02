# SPDX-License-Identifier: Apache-2.0
"""A receipt or notice that has not come out when the visit ends is cancelled on the real CUPS
server, so it can never print later for the next visitor (say, after paper is refilled)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.support import ManualClock, find, tap

PRINTER = os.environ.get("KIOSK_TEST_CUPS_PRINTER", "")
pytestmark = [
    pytest.mark.cups,
    pytest.mark.skipif(not PRINTER or shutil.which("lpstat") is None,
                       reason="needs a CUPS printer: eval \"$(bash .ci/start-cups.sh)\""),
]


def unprinted_jobs() -> str:
    return subprocess.run(["lpstat", "-W", "not-completed", "-o", PRINTER],
                          capture_output=True, text=True, timeout=10).stdout


@pytest.mark.parametrize("path", ["navFinish", "idle"])
def test_unprinted_jobs_of_a_visit_are_cancelled_when_it_ends(qtbot, make_kiosk, path):
    clock = ManualClock()
    kiosk = make_kiosk(printer_backend="cups", printer_name=PRINTER, idle_clock=clock)
    subprocess.run(["cupsdisable", PRINTER], check=True, timeout=10)   # out of paper
    try:
        tap(qtbot, kiosk.attract.start)
        qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
        tap(qtbot, find(kiosk.navigator.current, "home_policies"))
        session = kiosk.sessions.current
        tap(qtbot, find(kiosk.navigator.current, "policyPrint"))
        qtbot.waitUntil(lambda: len(session.print_jobs) == 1, timeout=15_000)
        job_id = session.print_jobs[0].job_id
        assert job_id in unprinted_jobs()
        if path == "idle":
            with qtbot.waitSignal(kiosk.visits.visit_ended, timeout=10_000):
                clock.advance(kiosk.idle.timings.idle_ms + kiosk.idle.timings.warning_ms)   # nobody answers
        else:
            tap(qtbot, find(kiosk.window, path))
        qtbot.waitUntil(lambda: job_id not in unprinted_jobs(), timeout=15_000)
    finally:
        subprocess.run(["cupsenable", PRINTER], check=True, timeout=10)
