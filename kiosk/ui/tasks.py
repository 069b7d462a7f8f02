# SPDX-License-Identifier: Apache-2.0
"""Slow work (database, printing, e-mail) off the GUI thread, with the outcome reported back on it.

Workers never touch widgets: ``fn`` runs on a pool thread and its result or exception is handed
to ``on_done`` / ``on_error`` on the GUI thread, and only while ``owner`` still exists (a visit
may have ended and its screens been deleted in the meantime).

Every failure is logged once, where it happened, with its traceback: the resident is told in plain
words, and the town's IT finds the why in the log. Refusals (a field a resident must correct) are
answers, not failures: the runner is told their types and does not log them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, refusals: tuple[type[Exception], ...]) -> None:
        super().__init__()
        self._fn, self._relay, self._refusals = fn, relay, refusals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the caller, who turns it into plain words
            if not isinstance(exc, self._refusals):
                log.error("background task %s failed", _name_of(self._fn), exc_info=exc)
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def _name_of(fn: Callable[[], Any]) -> str:
    """What the task was, for the log: a function's qualified name (a lambda says where it was written)."""
    target = getattr(fn, "func", fn)           # functools.partial
    code = getattr(target, "__code__", None)
    name = getattr(target, "__qualname__", type(target).__name__)
    return f"{name} ({code.co_filename.rsplit('/', 1)[-1]}:{code.co_firstlineno})" if code is not None else name


class TaskRunner(QObject):
    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None,
                 refusals: tuple[type[Exception], ...] = ()) -> None:
        super().__init__(parent)
        self._refusals = refusals
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, self._pool.maxThreadCount()))
        self._relays: set[_Relay] = set()

    def run(
        self,
        owner: QObject,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            # The relay's connections hold this closure, which holds the relay and the owner: a
            # cycle through Qt that Python cannot collect. Cut it, or every task keeps its screen.
            relay.done.disconnect()
            relay.failed.disconnect()
            relay.deleteLater()
            if handler is not None and shiboken6.isValid(owner):
                handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, relay, self._refusals))

    def wait_for_done(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
