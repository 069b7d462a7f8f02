# SPDX-License-Identifier: Apache-2.0
"""Fixtures for printing tests; the CUPS ones need a real CUPS server (see .ci/start-cups.sh).

Helpers are handed out as fixtures rather than imported, so they work whatever pytest's import mode.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader

from kiosk.core.policies import PolicyDocument
from kiosk.printing.documents import PolicyNotice, render_policy_notice

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T = TypeVar("T")
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}


def make_notice(body: str = "# Notice\n\nHello.\n", *, sample: bool = False, title: str = "Privacy Policy",
                printed_at: dt.datetime = dt.datetime(2024, 5, 1, 14, 3)) -> PolicyNotice:
    doc = PolicyDocument("privacy", title, "2.1", dt.date(2024, 1, 31), body, sample=sample)
    return PolicyNotice("Westport", "CT", doc, printed_at, "lobby-1", "America/New_York")


@pytest.fixture(scope="session")
def notice() -> Callable[..., PolicyNotice]:
    return make_notice


@pytest.fixture(scope="session")
def notice_pdf() -> Callable[..., bytes]:
    """Renders a policy notice; same arguments as ``make_notice``."""
    return lambda *a, **kw: render_policy_notice(make_notice(*a, **kw))


def _wait_for(predicate: Callable[[], T], what: str, timeout: float = 30.0) -> T:
    """Poll an outside process (the CUPS scheduler) until ``predicate`` is truthy, or fail."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def token() -> str:
    """A word unique to one test, to find its job's output among others'."""
    return "kt" + uuid.uuid4().hex[:12]


@pytest.fixture
def cups_printer() -> str:
    name = os.environ.get("KIOSK_TEST_CUPS_PRINTER", "")
    if not name:
        pytest.skip("KIOSK_TEST_CUPS_PRINTER is not set (run: eval \"$(bash .ci/start-cups.sh)\")")
    if shutil.which("lpstat") is None:
        pytest.skip("lpstat is not installed, so there is no CUPS client here")
    return name


@pytest.fixture
def cups_output() -> Path | None:
    folder = os.environ.get("KIOSK_TEST_CUPS_OUTPUT", "")
    return Path(folder) if folder else None


def _pending_jobs(printer: str) -> set[str]:
    """Job ids the scheduler has not completed, straight from lpstat."""
    done = subprocess.run(["lpstat", "-W", "not-completed", "-o", printer], capture_output=True,
                          text=True, timeout=20, env=C_LOCALE, check=True)
    return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}


def _output_with(folder: Path, token: str) -> tuple[Path, str] | None:
    """The complete cups-pdf output whose file name holds ``token``, with its text; None if not (yet) there."""
    for path in folder.glob(f"*{token}*.pdf"):
        try:
            text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
        except Exception:  # noqa: BLE001 - still being written
            continue
        return path, text
    return None


def _admin(tool: str, printer: str) -> None:
    exe = shutil.which(tool) or f"/usr/sbin/{tool}"
    subprocess.run([exe, printer], check=True, timeout=20, env=C_LOCALE)


@contextlib.contextmanager
def _paused(printer: str) -> Iterator[None]:
    """The printer disabled (it queues jobs but prints none) until the block ends."""
    _admin("cupsdisable", printer)
    try:
        yield
    finally:
        _admin("cupsenable", printer)


@contextlib.contextmanager
def _rejecting(printer: str) -> Iterator[None]:
    """The printer refusing new jobs until the block ends."""
    _admin("cupsreject", printer)
    try:
        yield
    finally:
        _admin("cupsaccept", printer)


@pytest.fixture
def cups() -> CupsTools:
    return CupsTools()


class CupsTools:
    """The test-side view of CUPS: independent of the code under test."""

    wait_for = staticmethod(_wait_for)
    pending_jobs = staticmethod(_pending_jobs)
    output_with = staticmethod(_output_with)
    paused = staticmethod(_paused)
    rejecting = staticmethod(_rejecting)
