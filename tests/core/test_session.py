# SPDX-License-Identifier: Apache-2.0
"""The visitor session: what a visit leaves behind (an anonymous record) and what it must not
(scratch files, print jobs that could come out for the next visitor)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from kiosk.core.printing import PrintJob
from kiosk.core.session import DisplayPrefs, EndReason, SessionService, UsageRecord


class SpoolPrinter:
    """A printer double: remembers what was sent and what the kiosk asked to cancel."""

    name = "test-spool"

    def __init__(self) -> None:
        self.submitted: list[PrintJob] = []
        self.cancelled: list[PrintJob] = []

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        job = PrintJob("test", f"job-{len(self.submitted) + 1}", title)
        self.submitted.append(job)
        return job

    def cancel_unprinted(self, jobs: Iterable[PrintJob]) -> None:
        self.cancelled.extend(jobs)


class ListRecorder:
    def __init__(self) -> None:
        self.records: list[UsageRecord] = []

    def record(self, usage: UsageRecord) -> None:
        self.records.append(usage)


def at_once(fn: Callable[[], None]) -> None:
    fn()


@pytest.fixture
def printer() -> SpoolPrinter:
    return SpoolPrinter()


@pytest.fixture
def recorder() -> ListRecorder:
    return ListRecorder()


@pytest.fixture
def scratch_root(tmp_path: Path) -> Path:
    return tmp_path / "visit-scratch"


@pytest.fixture
def service(printer: SpoolPrinter, recorder: ListRecorder, scratch_root: Path) -> SessionService:
    return SessionService("lobby-1", DisplayPrefs("en"), scratch_root, printer, recorder, at_once)


def test_ending_a_visit_leaves_one_anonymous_record(service, recorder):
    visit = service.begin()
    visit.started_mono -= 42.0                      # the visit began 42 seconds ago
    for screen in ("home", "policies", "home", "catalogue", "policies"):
        visit.visit(screen)
    visit.set_prefs(DisplayPrefs("es", large_text=True))
    visit.account_id = 7_301_946_285_113            # signed in during the visit (too long to turn up in a time)
    before_end = dt.datetime.now(dt.UTC)

    usage = service.end(EndReason.FINISH)

    assert recorder.records == [usage]
    assert usage.end_reason is EndReason.FINISH
    assert usage.kiosk_id == "lobby-1"
    assert usage.token == visit.token
    assert usage.screens == ("home", "policies", "catalogue")       # in the order first used, once each
    assert usage.language == "es"
    assert usage.large_text is True and usage.high_contrast is False
    assert 42.0 <= usage.duration_s < 50.0
    assert usage.duration_s == round(usage.duration_s, 1)
    assert usage.started_at.tzinfo is not None and usage.started_at <= before_end
    # Nothing that could identify the visitor is kept.
    assert "7301946285113" not in repr(usage)
    assert not hasattr(usage, "account_id")
    assert not any("account" in f.name for f in dataclasses.fields(UsageRecord))
    assert visit.account_id is None
    assert service.current is None


@pytest.mark.parametrize("reason", list(EndReason))
def test_the_record_says_how_the_visit_ended(service, recorder, reason):
    service.begin()

    service.end(reason)

    assert [r.end_reason for r in recorder.records] == [reason]


def test_display_choices_used_at_any_time_are_counted(service):
    visit = service.begin()
    visit.set_prefs(DisplayPrefs("en", high_contrast=True))
    visit.set_prefs(DisplayPrefs("es"))             # switched back before leaving

    usage = service.end(EndReason.IDLE)

    assert usage.high_contrast is True and usage.large_text is False
    assert usage.language == "es"


def test_a_visit_that_touched_nothing_is_still_recorded(service, recorder):
    service.begin()

    usage = service.end(EndReason.IDLE)

    assert usage.screens == () and usage.language == "en"
    assert recorder.records == [usage]


def test_ending_when_no_visit_is_open_records_nothing(service, recorder):
    assert service.end(EndReason.IDLE) is None
    service.begin()
    service.end(EndReason.FINISH)
    assert service.end(EndReason.IDLE) is None

    assert len(recorder.records) == 1


def test_the_scratch_folder_is_private_and_gone_when_the_visit_ends(service, scratch_root):
    visit = service.begin()
    scratch = visit.scratch_dir()
    (scratch / "preview.pdf").write_bytes(b"%PDF-1.4 resident's form")
    (scratch / "nested").mkdir()
    (scratch / "nested" / "note.txt").write_text("typed by the visitor", encoding="utf-8")

    assert scratch.parent == scratch_root
    assert visit.scratch_dir() == scratch                       # one folder per visit
    assert stat.S_IMODE(scratch.stat().st_mode) == 0o700

    service.end(EndReason.FINISH)

    assert not scratch.exists()
    assert list(scratch_root.iterdir()) == []


def test_each_visit_gets_its_own_scratch_folder(service):
    first = service.begin().scratch_dir()
    second = service.begin().scratch_dir()                      # the first visit ended here

    assert first != second
    assert not first.exists() and second.exists()


def test_print_jobs_of_the_visit_are_cancelled_when_it_ends(service, printer):
    visit = service.begin()
    receipt = service.print_for(visit, b"%PDF-1.4", "Receipt")
    notice = service.print_for(visit, b"%PDF-1.4", "Privacy notice")
    assert printer.cancelled == []

    service.end(EndReason.IDLE)

    assert printer.submitted == [receipt, notice]
    assert printer.cancelled == [receipt, notice]


def test_cancelling_is_left_to_the_background_and_not_done_while_ending(printer, recorder, scratch_root):
    """Ending a visit must not wait on a slow spooler: the cancel runs through run_in_background."""
    queued: list[Callable[[], None]] = []
    service = SessionService("lobby-1", DisplayPrefs("en"), scratch_root, printer, recorder, queued.append)
    visit = service.begin()
    job = service.print_for(visit, b"%PDF-1.4", "Receipt")

    service.end(EndReason.FINISH)

    assert printer.cancelled == [] and len(queued) == 1
    queued.pop()()
    assert printer.cancelled == [job]


def test_a_visit_without_print_jobs_asks_for_no_cancel(printer, recorder, scratch_root):
    queued: list[Callable[[], None]] = []
    service = SessionService("lobby-1", DisplayPrefs("en"), scratch_root, printer, recorder, queued.append)
    service.begin()

    service.end(EndReason.FINISH)

    assert queued == [] and printer.cancelled == []


def test_a_job_that_comes_back_after_the_visit_ended_is_cancelled_at_once(service, printer):
    visit = service.begin()
    service.end(EndReason.IDLE)
    late = printer.submit(b"%PDF-1.4", "Receipt")               # the spooler answered late

    still_on = visit.track_print_job(late, printer)

    assert still_on is False
    assert printer.cancelled == [late]
    assert late not in visit.print_jobs


def test_a_job_during_the_visit_is_tracked_not_cancelled(service, printer):
    visit = service.begin()
    job = printer.submit(b"%PDF-1.4", "Receipt")

    assert visit.track_print_job(job, printer) is True
    assert printer.cancelled == []


def test_purge_leftovers_removes_what_a_crash_left_behind(service, scratch_root):
    stale = scratch_root / "visit-0123abcd-xyz"
    stale.mkdir(parents=True)
    (stale / "preview.pdf").write_bytes(b"%PDF-1.4 someone else's form")

    service.purge_leftovers()

    assert not stale.exists()
    scratch = service.begin().scratch_dir()                     # and visits still get scratch folders
    assert scratch.is_dir()


def test_purge_leftovers_with_nothing_left_is_fine(service, scratch_root):
    service.purge_leftovers()

    assert not scratch_root.exists()


def test_beginning_a_visit_while_one_is_open_ends_it_as_start_over(service, recorder, printer):
    first = service.begin()
    first.visit("home")
    job = service.print_for(first, b"%PDF-1.4", "Receipt")

    second = service.begin()

    assert second is not first and service.current is second
    assert [(r.token, r.end_reason) for r in recorder.records] == [(first.token, EndReason.START_OVER)]
    assert first.ended is EndReason.START_OVER
    assert printer.cancelled == [job]
    assert second.screens == [] and second.prefs == DisplayPrefs("en")


def test_a_new_visit_starts_with_the_default_display_choices(service):
    service.begin().set_prefs(DisplayPrefs("es", large_text=True, high_contrast=True))
    service.end(EndReason.FINISH)

    visit = service.begin()

    assert visit.prefs == DisplayPrefs("en")
    assert visit.used_large_text is False and visit.used_high_contrast is False
    assert visit.account_id is None and visit.print_jobs == []


def test_tokens_are_random_and_32_hex_characters(service):
    tokens = []
    for _ in range(50):
        tokens.append(service.begin().token)
    service.end(EndReason.FINISH)

    assert all(re.fullmatch(r"[0-9a-f]{32}", t) for t in tokens)
    assert len(set(tokens)) == len(tokens)
    assert len({t[:8] for t in tokens}) == len(tokens)          # not a counter, not a timestamp
