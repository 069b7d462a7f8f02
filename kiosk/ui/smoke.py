# SPDX-License-Identifier: Apache-2.0
"""`kiosk --smoke-test`: every visitor screen and every console page built and painted once, by the
kiosk's own services (the composition root hands them in), and the Qt modules the kiosk loads late.

What a bundle left out, or a database the release cannot read, then shows as a named failure
("screen search: ImportError: ...") at install time instead of in front of a resident. A failure's
traceback goes to the log only: what the person running the check reads is one line per failure.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QWidget

from kiosk.core.staff import StaffMember, StaffRole
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.context import ScreenContext
from kiosk.ui.navigator import ScreenFactory

log = logging.getLogger(__name__)

# Loaded only when a screen first needs them (icons, the usage charts, the Qt print backend, speech),
# so a start-up alone would not show that a build left one out.
LATE_QT_MODULES = ("PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtPdf", "PySide6.QtTextToSpeech")
PAINT_SIZE = QSize(1280, 800)


def smoke_supervisor(now: dt.datetime) -> StaffMember:
    """A supervisor who sees every page; never stored (id 0 names nobody in the database)."""
    return StaffMember(staff_id=0, username="smoke-test", display_name="Smoke test", role=StaffRole.SUPERVISOR,
                       active=True, must_change_password=False, totp_required=False, totp_enrolled=False,
                       created_at=now, last_sign_in_at=None)


def check_everything(screens: ScreenContext, factories: Mapping[str, ScreenFactory], console: ConsoleContext,
                     pages: Sequence[type[ConsolePage]], settle: Callable[[], None],
                     checks: Mapping[str, Callable[[], object]] | None = None) -> list[str]:
    """Builds and paints each screen and page (``settle`` lets their background work land), and runs
    each of ``checks`` (a name: what it checks); returns one line per failure, empty when all is well."""
    failures: list[str] = []
    with _uncaught(failures):
        for name in LATE_QT_MODULES:
            _attempt(failures, f"Qt module {name.removeprefix('PySide6.')}", partial(importlib.import_module, name))
        for what, check in (checks or {}).items():
            _attempt(failures, what, check)
        host = QWidget()          # hidden: the screens are painted into pixmaps, never shown
        member = smoke_supervisor(console.now())
        for screen_id, factory in factories.items():
            _attempt(failures, f"screen {screen_id}", partial(_build_and_paint, partial(factory, screens), host, settle))
        for page in pages:
            _attempt(failures, f"console page {page.page_id}",
                     partial(_build_and_paint, partial(page, console, member), host, settle))
        host.deleteLater()
        settle()
    return failures


def _build_and_paint(build: Callable[[], QWidget], host: QWidget, settle: Callable[[], None]) -> None:
    widget = build()
    widget.setParent(host)
    widget.resize(PAINT_SIZE)
    settle()
    if widget.grab().isNull():
        raise RuntimeError("it could not be painted")
    widget.deleteLater()


def _attempt(failures: list[str], what: str, step: Callable[[], object]) -> None:
    try:
        step()
    except Exception as exc:      # any failure is the finding: named on stdout, its traceback in the log
        log.error("smoke test: %s failed", what, exc_info=exc)
        failures.append(f"{what}: {_described(exc)}")


def _described(exc: BaseException) -> str:
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {first_line}" if first_line else exc.__class__.__name__


@contextmanager
def _uncaught(failures: list[str]) -> Iterator[None]:
    """An exception raised in a slot or a background thread meanwhile (Qt reports those to the hooks,
    not to the caller) is a failure too."""
    old = sys.excepthook, threading.excepthook

    def on_exception(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("smoke test: uncaught error", exc_info=(kind, exc, tb))
        failures.append(f"uncaught error: {_described(exc)}")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        on_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook, threading.excepthook = on_exception, on_thread_exception
    try:
        yield
    finally:
        QCoreApplication.processEvents()
        sys.excepthook, threading.excepthook = old
