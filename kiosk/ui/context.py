# SPDX-License-Identifier: Apache-2.0
"""What a screen may use: services and facts, handed in by the composition root (kiosk.app)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from kiosk.core.pack import TownPack
from kiosk.core.printing import Printer
from kiosk.core.session import SessionService
from kiosk.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class ScreenContext:
    pack: TownPack
    sessions: SessionService
    printer: Printer
    tasks: TaskRunner
    kiosk_id: str
    now: Callable[[], dt.datetime]

    def today(self) -> dt.date:
        return self.now().date()
