# SPDX-License-Identifier: Apache-2.0
"""Slow work (database, printing, e-mail) off the GUI thread, with the outcome reported back on it.

Workers never touch widgets: ``fn`` runs on a pool thread and its result or exception is handed
to ``on_done`` / ``on_error`` on the GUI thread, and only while ``owner`` still exists (a visit
may have ended and its screens been deleted in the meantime).
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
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - reported to the caller, who turns it into plain words
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
            elif isinstance(value, Exception) and handler is None:
                log.error("background task failed: %s", value.__class__.__name__)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
