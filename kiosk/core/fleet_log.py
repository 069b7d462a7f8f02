# SPDX-License-Identifier: Apache-2.0
"""The last error the kiosk logged, as one line for its heartbeat (kiosk.core.fleet).

Only the message's template is kept ("background task %s failed"), with the exception's class: the
arguments and the exception's text may hold what a resident typed, and a heartbeat is read by any
staff member of the fleet. The full record is in the kiosk's own log.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading

SUMMARY_MAX = 200
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrifgex]")


def summary(record: logging.LogRecord) -> str:
    """"kiosk.ui.tasks: background task … failed (OperationalError)": where, what, and which exception."""
    template = _PLACEHOLDER.sub("…", str(record.msg)).splitlines()[0] if str(record.msg) else ""
    text = f"{record.name}: {template}"
    if record.exc_info and record.exc_info[0] is not None:
        text += f" ({record.exc_info[0].__name__})"
    return " ".join(text.split())[:SUMMARY_MAX]


class LastErrorHandler(logging.Handler):
    """Remembers the last ERROR (or worse) record's summary and when; installed on the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self._lock_last = threading.Lock()
        self._last: tuple[str, dt.datetime | None] = ("", None)

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_last:
            self._last = (summary(record), dt.datetime.fromtimestamp(record.created, dt.UTC))

    def last(self) -> tuple[str, dt.datetime | None]:
        with self._lock_last:
            return self._last
