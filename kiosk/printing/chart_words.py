# SPDX-License-Identifier: Apache-2.0
"""What the usage charts say (kiosk.printing.charts), in one language: no reportlab here, so the
console gathers its translated words on the GUI thread and the chart code loads only to draw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.core.suppression import Reason, Suppressed
from kiosk.core.usage import END_REASON_WORDS

WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class ChartWords:
    """What the charts say, in one language. English by default (the monthly PDF); the console gives
    its own, translated, so a Spanish dashboard's charts read as its tables do."""
    titles: Mapping[str, str]            # a chart's name (usage_charts) -> its title
    key: str = "Crossed box: fewer than {k}, or not shown so that a small count cannot be worked out"
    small: str = "fewer than {k}"        # a suppressed figure beside its crossed box
    hidden: str = "not shown"
    weekdays: Sequence[str] = WEEKDAY_SHORT
    end_reasons: Mapping[str, str] = field(default_factory=lambda: dict(END_REASON_WORDS))
    labels: Mapping[str, str] = field(default_factory=dict)   # a bar's label -> its words (a language's code -> its name)

    def suppressed(self, value: Suppressed) -> str:
        return self.small.format(k=value.k) if value.reason is Reason.SMALL else self.hidden


ENGLISH = ChartWords(titles={
    "visits_per_day": "Visits per day", "week_hours": "Visits by weekday and hour", "end_reasons": "How visits ended",
    "languages": "Visits by language", "screens": "Visits that used each screen",
    "pages_per_day": "Pages printed per day", "messages_by_form": "Messages by form",
    "messages_by_department": "Messages by department"})
