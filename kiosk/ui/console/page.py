# SPDX-License-Identifier: Apache-2.0
"""What every console page is given (ConsoleContext) and the contract it keeps (ConsolePage).
See kiosk.ui.console for how to add a page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.account_service import AccountNotFound
from kiosk.core.assist import AssistRefused
from kiosk.core.kiosk_control import KioskControl, ServiceState
from kiosk.core.pack import TownPack
from kiosk.core.policy_service import PolicyRefused, PolicyService
from kiosk.core.printing import PrinterError
from kiosk.core.queue import QueueRefused
from kiosk.core.refusals import Refusal
from kiosk.core.retention import RetentionRefused
from kiosk.core.staff import Actor, StaffMember, StaffRefused, StaffRole
from kiosk.core.staff_service import StaffService
from kiosk.core.submissions import SubmissionNotFound
from kiosk.core.usage import UsageService
from kiosk.ui.screens.base import SIDE_MARGIN, TOP_MARGIN
from kiosk.ui.screens.base import run_in_background as screens_run_in_background
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.core.fleet import FleetService
    from kiosk.core.printing import Printer
    from kiosk.core.queue_service import QueueService
    from kiosk.core.town_format import TownFormat
    from kiosk.ui.console.assist_tools import AssistTools
    from kiosk.ui.idle import IdleClock

# What a service answers instead of doing the work: shown to staff as the page words it, never as
# "cannot reach the records" (and the task runner does not log them as failures).
# The services' own refusals, which the kiosk's task runner also takes as answers, not faults.
STAFF_ANSWERS: tuple[type[Exception], ...] = (StaffRefused, PolicyRefused, QueueRefused, SubmissionNotFound,
                                              AssistRefused, AccountNotFound, RetentionRefused)
ANSWERS: tuple[type[Exception], ...] = (Refusal, PrinterError, ValueError, *STAFF_ANSWERS)


def console_language() -> str:
    """The language the console is shown in now ("en", "es"), for what the console formats itself
    (dates and times through Babel, the pack's own labels): the translation loaded says its code."""
    # Translators: the language code of this translation ("es" for Spanish); dates and the pack's labels follow it.
    code = QCoreApplication.translate("ConsoleLanguage", "en")
    return code if code in ("en", "es") else "en"


@dataclass(frozen=True, slots=True)
class ConsoleContext:
    staff: StaffService
    control: KioskControl
    tasks: TaskRunner
    pack: TownPack
    kiosk_id: str
    now: Callable[[], dt.datetime]                     # aware, or naive UTC
    on_kiosk: bool                                     # the kiosk's own console, not a front-desk PC's window
    # Ends this kiosk's visit in progress, if there is one (True then); the kiosk's window does it.
    end_visit: Callable[[], bool] = lambda: False
    # The out-of-service state changed: the resident side shows it (the kiosk's attract screen).
    service_changed: Callable[[ServiceState], None] = lambda _state: None
    # Exit to desktop (False) or restart (True), after the service has allowed and audited it; None: not here.
    leave_kiosk_mode: Callable[[bool], None] | None = None
    # The versions, publishing and acceptances of the Policies page (kiosk.ui.console.policies).
    policies: PolicyService | None = None
    # The staff queue (kiosk.ui.console.queue) and the printer its staff copy goes to; None: no Queue page.
    queue: QueueService | None = None
    # The usage dashboard's figures and exports, and the printer the kiosk prints its report on.
    usage: UsageService | None = None
    printer: Printer | None = None
    # Assisting residents and records retention (kiosk.ui.console.assist_page, retention_page).
    assist: AssistTools | None = None
    # Large text and high contrast for the console (the visitor's look, kiosk.ui.display); None: no toggles.
    set_look: Callable[[bool, bool], None] | None = None
    # Every kiosk's heartbeat and status (kiosk.ui.console.kiosks), and the clock its refresh runs on
    # (None: a QTimer of the page's own; tests move theirs by hand).
    fleet: FleetService | None = None
    fleet_clock: IdleClock | None = None

    def town_clock(self, when: dt.datetime) -> str:
        """A moment as the town's clock shows it, in the console's language (Babel: loaded off the first paint)."""
        return self.town_format().clock(when)

    def town_format(self) -> TownFormat:
        """How the town writes dates and times in the console's language now."""
        from kiosk.core.town_format import town_format

        return town_format(self.pack.timezone, console_language())


def run_in_background(owner: QWidget, tasks: TaskRunner, work: Callable[[], Any], on_done: Callable[[Any], None],
                      status: QLabel, busy: Sequence[QWidget] = (),
                      on_answer: Callable[[Exception], None] | None = None, waiting: str = "") -> None:
    """kiosk.ui.screens.base.run_in_background with the console's answers (ANSWERS) as refusals."""
    screens_run_in_background(owner, tasks, work, on_done, status, busy, on_answer, waiting, answers=ANSWERS)


class ConsolePage(QWidget):
    page_id: str = ""
    roles: frozenset[StaffRole] = frozenset(StaffRole)

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.setObjectName(f"{self.page_id}Page")

    @property
    def actor(self) -> Actor:
        return Actor.staff(self.member)

    def title(self) -> str:
        return ""

    def enter(self) -> None:
        """Shown: refresh what may have changed."""

    def leave(self) -> None:
        """Hidden: stop anything running."""

    def retranslate(self) -> None:
        """Every visible text with self.tr(); called at build and on a language switch."""

    def tour_states(self) -> Iterator[str]:
        """Put the page in each state staff can see, in turn, yielding a short name for each, as a
        visitor's Screen.tour_states does (`kiosk-admin tour` pictures and checks the page at every
        yield, once background work has finished). Called once the page is shown; by default, the
        page as it opens."""
        yield ""

    def column(self, spacing: int = 16) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, TOP_MARGIN)
        layout.setSpacing(spacing)
        return layout

    def in_background(self, work: Callable[[], Any], on_done: Callable[[Any], None], status: QLabel,
                      busy: Sequence[QWidget] = (), on_answer: Callable[[Exception], None] | None = None,
                      waiting: str = "") -> None:
        run_in_background(self, self.ctx.tasks, work, on_done, status, busy, on_answer, waiting)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
