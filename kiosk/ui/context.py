# SPDX-License-Identifier: Apache-2.0
"""What a screen may use: services and facts, handed in by the composition root (kiosk.app)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.core.pack import TownPack
from kiosk.core.printing import Printer, ReceiptPaper
from kiosk.core.session import SessionService
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.core.account_service import AccountService
    from kiosk.core.records.filters import RecordsOverview
    from kiosk.core.records.search import RecordSearch
    from kiosk.core.submission_service import SubmissionService
    from kiosk.core.town_format import TownFormat
    from kiosk.printing.layout import PageFormat


@dataclass(frozen=True, slots=True)
class ScreenContext:
    pack: TownPack
    sessions: SessionService
    printer: Printer
    tasks: TaskRunner
    kiosk_id: str
    now: Callable[[], dt.datetime]                     # aware, or naive UTC (kiosk.core.town_format)
    accounts: AccountService
    records: RecordSearch
    records_overview: Callable[[], RecordsOverview]   # slow: call it off the GUI thread
    submissions: SubmissionService                     # sends messages, lists a resident's own
    outbox_wake: Callable[[], None]                    # a message was stored: deliver it now
    receipt_paper: str = ReceiptPaper.LETTER.value     # the setting: a ReceiptPaper's value
    # "Discard what you typed?": runs its argument only if the resident says so (kiosk.ui.widgets.discard_question)
    ask_discard: Callable[[Callable[[], None]], None] = lambda then: then()

    def today(self) -> dt.date:
        """The town's date: a kiosk in Westport turns the page at midnight in Westport."""
        return self.town_time().date()

    def now_utc(self) -> dt.datetime:
        return self.town_time().astimezone(dt.UTC)

    def town_time(self, when: dt.datetime | None = None) -> dt.datetime:
        """A moment (default: now) on the town's clock, aware; a naive moment is UTC (the one rule,
        kept by :func:`kiosk.core.town_format.town_time`)."""
        from kiosk.core.town_format import town_time

        return town_time(when or self.now(), self.pack.timezone)

    def formats(self, language: str) -> TownFormat:
        """Dates, times and phone numbers in the town's zone and the visitor's ``language``."""
        from kiosk.core.town_format import town_format  # Babel: not before the first paint

        return town_format(self.pack.timezone, language)

    def receipt_page(self) -> PageFormat:
        from kiosk.printing.layout import LETTER_PAGE, ROLL_80MM  # reportlab: not at start-up

        return ROLL_80MM if ReceiptPaper(self.receipt_paper) is ReceiptPaper.ROLL80 else LETTER_PAGE
