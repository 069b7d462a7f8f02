# SPDX-License-Identifier: Apache-2.0
"""What happens to an exception nobody caught: it is logged once with its traceback, the visit it
broke ends (nothing typed survives it), and the attract screen welcomes the next resident.

Python reports uncaught exceptions of the GUI thread (including those raised in a Qt slot) to
``sys.excepthook`` and those of other threads to ``threading.excepthook``. Both hand over to the
GUI thread through a queued signal: only it may touch the screens.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class CrashGuard(QObject):
    """Installed once by the composition root; ``recover`` ends the visit (on the GUI thread)."""

    _happened = Signal(str)

    def __init__(self, recover: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self._recovering = False
        self.count = 0                      # uncaught exceptions so far (the staff console may show it)
        self._happened.connect(self._on_happened, Qt.ConnectionType.QueuedConnection)
        self._old = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._old

    def _on_exception(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._old[0](kind, exc, tb)
            return
        log.error("unexpected error (%s); the visit ends", kind.__name__, exc_info=(kind, exc, tb))
        self._happened.emit(kind.__name__)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("unexpected error in thread %s (%s); the visit ends", name, args.exc_type.__name__,
                  exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))
        self._happened.emit(args.exc_type.__name__)

    def _on_happened(self, _kind: str) -> None:
        self.count += 1
        if self._recovering:                # an error while recovering from one: logged, not looped
            return
        self._recovering = True
        try:
            self._recover()
        except Exception:
            log.exception("the visit could not be ended after an unexpected error")
        finally:
            self._recovering = False
