# SPDX-License-Identifier: Apache-2.0
"""The visitor session: one walk-up visit, from the first tap to Finish, Start over or inactivity.

It holds everything of the visit the kiosk must forget (signed-in identity, display choices,
print jobs, scratch files) and, when it ends, leaves behind only an anonymous usage record:
a random token, the kiosk id, when, how long, which screens, which language, how it ended.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.core.printing import Printer, PrintJob, page_count

log = logging.getLogger(__name__)


class EndReason(enum.Enum):
    FINISH = "finish"
    START_OVER = "start_over"
    IDLE = "idle"
    STAFF_RESET = "staff_reset"   # the staff console ends a visit from outside
    SHUTDOWN = "shutdown"         # the kiosk is stopped mid-visit
    ERROR = "error"               # an unexpected error (logged): the visit it broke is forgotten


MORE_TIME_FACTOR = 10    # WCAG 2.2.1 asks that a time limit can be extended at least tenfold


@dataclass(frozen=True, slots=True)
class DisplayPrefs:
    language: str
    large_text: bool = False
    high_contrast: bool = False
    more_time: bool = False          # every time limit of the visit MORE_TIME_FACTOR times as long (WCAG 2.2.1)

    @property
    def time_factor(self) -> int:
        """How many times longer the visit's time limits are than the town's settings."""
        return MORE_TIME_FACTOR if self.more_time else 1


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """What statistics keep of a visit: nothing that identifies the visitor."""

    token: str
    kiosk_id: str
    started_at: dt.datetime
    duration_s: float
    screens: tuple[str, ...]
    language: str
    large_text: bool
    high_contrast: bool
    end_reason: EndReason
    pages_printed: int = 0           # how many pages, never what


class UsageRecorder(Protocol):
    def record(self, usage: UsageRecord) -> None:
        """Keep one record; may queue it for later, must not block the screen."""


@dataclass(slots=True)
class VisitorSession:
    kiosk_id: str
    prefs: DisplayPrefs
    scratch_root: Path
    token: str = field(default_factory=lambda: secrets.token_hex(16))
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    started_mono: float = field(default_factory=time.monotonic)
    account_id: int | None = None
    username: str | None = None
    may_do_business: bool = False     # signed in and the terms in force accepted
    screens: list[str] = field(default_factory=list)
    used_large_text: bool = False
    used_high_contrast: bool = False
    print_jobs: list[PrintJob] = field(default_factory=list)
    pages_printed: int = 0
    ended: EndReason | None = None
    _scratch: Path | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def visit(self, screen_id: str) -> None:
        if screen_id not in self.screens:
            self.screens.append(screen_id)

    def sign_in(self, account_id: int, username: str, may_do_business: bool) -> None:
        self.account_id, self.username, self.may_do_business = account_id, username, may_do_business

    def sign_out(self) -> None:
        self.account_id, self.username, self.may_do_business = None, None, False

    @property
    def signed_in(self) -> bool:
        return self.account_id is not None

    def set_prefs(self, prefs: DisplayPrefs) -> None:
        self.prefs = prefs
        self.used_large_text |= prefs.large_text
        self.used_high_contrast |= prefs.high_contrast

    def scratch_dir(self) -> Path:
        """A private folder for this visit's temporary files (previews, spool); deleted when it ends."""
        if self._scratch is None:
            self.scratch_root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._scratch = Path(tempfile.mkdtemp(prefix=f"visit-{self.token[:8]}-", dir=self.scratch_root))
        return self._scratch

    def track_print_job(self, job: PrintJob, printer: Printer, pages: int = 0) -> bool:
        """Remember a job to cancel if it has not printed when the visit ends.

        A job that comes back after the visit ended (the spooler was slow) is cancelled at once:
        a receipt must never come out for the next visitor. Returns whether the visit is still on.
        """
        with self._lock:
            if self.ended is None:
                self.print_jobs.append(job)
                self.pages_printed += pages        # counted for statistics: how many, never what
                return True
        printer.cancel_unprinted([job])
        return False


class SessionService:
    """Starts and ends visits; the only owner of the current one."""

    def __init__(
        self,
        kiosk_id: str,
        default_prefs: DisplayPrefs,
        scratch_root: Path,
        printer: Printer,
        recorder: UsageRecorder,
        run_in_background: Callable[[Callable[[], None]], None],
    ) -> None:
        self.kiosk_id = kiosk_id
        self.default_prefs = default_prefs
        self.scratch_root = scratch_root
        self.printer = printer
        self.recorder = recorder
        self._background = run_in_background
        self.current: VisitorSession | None = None
        self.last_ended_at: dt.datetime | None = None      # for the fleet's heartbeat (kiosk.core.fleet)

    def purge_leftovers(self) -> None:
        """Delete scratch folders a crash may have left behind (called once at start-up)."""
        shutil.rmtree(self.scratch_root, ignore_errors=True)

    def begin(self) -> VisitorSession:
        if self.current is not None:
            self.end(EndReason.START_OVER)
        self.current = VisitorSession(self.kiosk_id, self.default_prefs, self.scratch_root)
        log.info("visit started")
        return self.current

    def end(self, reason: EndReason) -> UsageRecord | None:
        session, self.current = self.current, None
        if session is None:
            return None
        with session._lock:
            session.ended = reason
            jobs = list(session.print_jobs)
            pages = session.pages_printed
        usage = UsageRecord(
            token=session.token, kiosk_id=session.kiosk_id, started_at=session.started_at,
            duration_s=round(time.monotonic() - session.started_mono, 1), screens=tuple(session.screens),
            language=session.prefs.language, large_text=session.used_large_text,
            high_contrast=session.used_high_contrast, end_reason=reason, pages_printed=pages,
        )
        scratch = session._scratch
        session.sign_out()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        if jobs:
            self._background(lambda: self.printer.cancel_unprinted(jobs))
        self.recorder.record(usage)
        self.last_ended_at = dt.datetime.now(dt.UTC)
        log.info("visit ended: %s after %.0f s", reason.value, usage.duration_s)
        return usage

    def print_for(self, session: VisitorSession, pdf: bytes, title: str) -> PrintJob:
        """Print a document of this visit (blocking: call off the GUI thread).

        The title goes to the spooler, so it must never carry personal data. Raises PrinterError.
        """
        job = self.printer.submit(pdf, title)
        session.track_print_job(job, self.printer, pages=page_count(pdf))
        return job
