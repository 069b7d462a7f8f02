# SPDX-License-Identifier: Apache-2.0
"""The composition root: settings -> database -> services -> printer -> window, built in one place.

Start-up paints the attract screen first and only then imports and opens the slow parts
(SQLAlchemy, Alembic, the database, reportlab), so the kiosk looks alive at once; the attract
screen answers taps when the kiosk is ready.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

# The Qt-free start-up comes before PySide6: modules imported after it are read through
# PySide6's import hook, which costs start-up time for nothing.
from kiosk import __version__
from kiosk.paths import themes_dir, translations_dir
from kiosk.service_notify import ServiceNotifier
from kiosk.startup import (
    EXIT_DATA,
    EXIT_RESTART,
    EXIT_SMOKE,
    EXIT_TO_DESKTOP,
    EXIT_UNEXPECTED,
    Prepared,
    StartupError,
    prepare,
    setup_logging,
)
from kiosk.ui.import_hook import keep_no_source

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer

keep_no_source()        # as soon as PySide6 is in: it would read and keep every later module's source
from PySide6.QtGui import QImageReader, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QStackedWidget  # noqa: E402

from kiosk.ui.display import DisplayController  # noqa: E402
from kiosk.ui.screens.attract import AttractScreen  # noqa: E402
from kiosk.ui.theme import Look  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402

if TYPE_CHECKING:
    import logging

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.core.fleet import FleetService, Heart
    from kiosk.core.fleet_log import LastErrorHandler
    from kiosk.core.kiosk_control import KioskControl, ServiceState
    from kiosk.core.pack import TownPack
    from kiosk.core.policies import PolicyDocument
    from kiosk.core.policy_service import PolicyService
    from kiosk.core.printing import Printer
    from kiosk.core.queue_service import QueueService
    from kiosk.core.records.search import RecordSearch
    from kiosk.core.session import SessionService
    from kiosk.core.staff_service import StaffService
    from kiosk.core.usage import UsageService
    from kiosk.delivery.forwarder import Forwarder
    from kiosk.delivery.worker import OutboxWorker
    from kiosk.storage.records.local_copy import LocalRecordsCopy
    from kiosk.storage.records.overview import CachedOverview
    from kiosk.storage.stats import BackgroundUsageRecorder
    from kiosk.ui.console.assist_tools import AssistTools
    from kiosk.ui.idle import IdleClock, IdleTimings
    from kiosk.ui.visit import VisitController

START = time.perf_counter()
# A failed sign-in is deleted within this long of its lockout window's end: the window is a
# minute at the least (lockout_window_minutes), and the sweep is one indexed DELETE.
FAILURE_SWEEP_SECONDS = 60
# How often a fleet kiosk asks whether the shared records changed (one row read; a new copy of them
# is built only when they did: kiosk.storage.records.local_copy).
RECORDS_COPY_SECONDS = 60
# How often a kiosk reads the policy versions staff published (at any kiosk of its database): one
# small query a minute, off the GUI thread. A version takes effect on a whole day, today at the
# earliest, so the most a resident can see is a minute of the version before (see
# kiosk.core.policy_library for why screens read a snapshot, not the database).
POLICY_REFRESH_SECONDS = 60


def _logo(prepared: Prepared, height: int) -> QPixmap:
    """The town's logo drawn at the size shown (an SVG stays sharp; a bitmap is scaled)."""
    reader = QImageReader(str(prepared.pack.logo))
    size = reader.size()
    if size.isValid() and size.height() > 0:
        reader.setScaledSize(size * (height / size.height()))
    return QPixmap.fromImage(reader.read())


class Kiosk(QObject):
    """Owns everything the kiosk is made of. Tests build it exactly as `kiosk` does."""

    def __init__(self, prepared: Prepared, app: QApplication, timings: IdleTimings | None = None,
                 now: Callable[[], dt.datetime] | None = None, idle_clock: IdleClock | None = None,
                 console_clock: IdleClock | None = None, hold_clock: IdleClock | None = None,
                 fleet_clock: IdleClock | None = None) -> None:
        """``console_clock`` times the staff console's lock, ``hold_clock`` the corner hold that opens
        it, ``fleet_clock`` the console's Kiosks page refresh; each an IdleClock of its own (one
        waiting call each), the real ones by default."""
        super().__init__()
        self._console_clock, self._hold_clock, self._fleet_clock = console_clock, hold_clock, fleet_clock
        self.leave_code = 0          # EXIT_TO_DESKTOP or EXIT_RESTART once a supervisor asked for it
        self.prepared = prepared
        self.app = app
        self.now = now or (lambda: dt.datetime.now(dt.UTC))    # aware: see kiosk.core.town_format
        self._timings = timings
        self._idle_clock = idle_clock        # None: the real one (QtIdleClock); tests move theirs by hand
        screen = app.primaryScreen().size()
        self.display = DisplayController(app, prepared.pack.colours, themes_dir() / "kiosk.qss", translations_dir(),
                                         short_side=min(screen.width(), screen.height()))
        self.attract = AttractScreen(prepared.pack, _logo(prepared, 220))
        self.attract.start.setEnabled(False)          # until the database is open
        self.window = KioskWindow(self.attract, kiosk_mode=prepared.settings.fullscreen)
        self.ready = False
        self.visits: VisitController | None = None
        self.recorder: BackgroundUsageRecorder | None = None
        self.outbox: OutboxWorker | None = None
        self.forwarder: Forwarder | None = None
        self.engine: Engine | None = None
        self._stopping = threading.Event()     # set at shutdown: long background work stops between steps
        # Deletes failed sign-ins once the lockout is done with them (AccountService.forget_expired_failures).
        self.failure_sweep = QTimer(self, interval=FAILURE_SWEEP_SECONDS * 1000)
        self.policy_refresh = QTimer(self, interval=POLICY_REFRESH_SECONDS * 1000)
        self.fleet_beat = QTimer(self, interval=HEARTBEAT_MS)     # this kiosk's heartbeat (kiosk.core.fleet)
        self.records_refresh = QTimer(self, interval=RECORDS_COPY_SECONDS * 1000)
        self.records_copy: LocalRecordsCopy | None = None
        self.heart: Heart | None = None
        self._last_error: LastErrorHandler | None = None

    def show(self) -> None:
        self.window.present()

    def finish_startup(self) -> None:
        """The slow half of start-up: database, services, the visitor's screens. Raises StartupError."""
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.core.account_service import AccountService
        from kiosk.core.accounts import LockoutPolicy, RegistrationRules
        from kiosk.core.forms import FormError
        from kiosk.core.passwords import DEFAULT as ARGON2ID
        from kiosk.core.refusals import Refusal
        from kiosk.core.session import DisplayPrefs, SessionService
        from kiosk.core.submission_service import SubmissionService
        from kiosk.delivery.forwarder import Forwarder, make_resilient
        from kiosk.delivery.worker import make_worker
        from kiosk.printing.backends import make_printer
        from kiosk.storage.accounts_repo import SqlAccountRepository
        from kiosk.storage.database import describe, session_factory
        from kiosk.storage.records.overview import CachedOverview
        from kiosk.storage.stats import BackgroundUsageRecorder, UsageStats
        from kiosk.ui.console.page import STAFF_ANSWERS
        from kiosk.ui.context import ScreenContext
        from kiosk.ui.idle import IdleTimings, IdleWarning, IdleWatcher, QtIdleClock
        from kiosk.ui.navigator import Navigator
        from kiosk.ui.screens.catalogue import SCREENS
        from kiosk.ui.tasks import TaskRunner
        from kiosk.ui.visit import VisitController
        from kiosk.ui.widgets.chrome import HeaderBar, NavBar
        from kiosk.ui.widgets.discard_question import DiscardQuestion
        from kiosk.ui.widgets.keyboard import OnScreenKeyboard
        from kiosk.ui.widgets.modal import HOST_PROPERTY

        settings, data_dir = self.prepared.settings, self.prepared.data_dir
        self.engine = open_database(self.prepared)
        sessions = session_factory(self.engine)
        self.stats = UsageStats(sessions)
        pack = self.prepared.pack
        self.accounts = AccountService(
            SqlAccountRepository(sessions),
            RegistrationRules(required=pack.required_contact, security_questions=pack.security_questions,
                              licence_types=pack.licence_types, town_state=pack.state),
            LockoutPolicy(settings.lockout_attempts, dt.timedelta(minutes=settings.lockout_window_minutes),
                          dt.timedelta(minutes=settings.lockout_minutes)),
            settings.kiosk_id, now=lambda: dt.datetime.now(dt.UTC), hasher=ARGON2ID)
        try:
            for history in pack.policies.values():
                for version in history.versions:      # kept forever, whatever later packs hold
                    self.accounts.record_policy(version)
            # Published versions over the pack's: read now, so the first visitor sees them, then every minute.
            self.policies = policy_service(self.prepared, sessions, self.now)
            self.policies.refresh()
        except SQLAlchemyError as exc:
            raise StartupError(f"Database error: {describe(self.engine)}: {exc.__class__.__name__}", EXIT_DATA) from None
        self.recorder = BackgroundUsageRecorder(self.stats)
        self.outbox = make_worker(settings, self.engine, pack)     # delivers residents' messages, off the GUI thread
        self.outbox.start()
        # The console's refusals are answers to staff, not failures to log (a ValueError stays one).
        # The console's refusals are answers too (kiosk.ui.console.page.STAFF_ANSWERS); a ValueError or a
        # printer failure on the visitor's side stays a fault to log.
        self.tasks = TaskRunner(parent=self, refusals=(Refusal, FormError, *STAFF_ANSWERS))
        spool = (Path(settings.printer_name).expanduser() if settings.printer_backend == "file" and settings.printer_name
                 else data_dir / "printed")
        self.printer = make_printer(settings.printer_backend, settings.printer_name, spool)
        self.default_prefs = DisplayPrefs(settings.languages[0])
        self.sessions = SessionService(settings.kiosk_id, self.default_prefs, data_dir / "visit-scratch",
                                       self.printer, self.recorder, self._in_background)
        self.sessions.purge_leftovers()

        # Built as children of the window: a parentless widget is a window of its own, and making
        # one would take the focus away from the kiosk's window.
        self.header = HeaderBar(self.prepared.pack.short_name, _logo(self.prepared, 56), settings.languages, self.window)
        self.nav = NavBar(self.window)
        self.keyboard = OnScreenKeyboard(self.window)
        self.screen_stack = QStackedWidget(self.window)
        self.window.add_visitor_area(self.header, self.screen_stack, self.nav, self.keyboard)
        timings = self._timings or IdleTimings.from_seconds(settings.idle_seconds, settings.warning_seconds)
        self.idle = IdleWatcher(timings, self._idle_clock or QtIdleClock(self), self)
        warning = IdleWarning(self.idle, self.window)
        discard = DiscardQuestion(self.window)
        self.window.visitor.setProperty(HOST_PROPERTY, True)     # lists and questions of a screen cover it
        self.display.attach(self.window.visitor, warning, discard)
        records = self._record_search(sessions)
        # The demo load below marks the overview loading, then fresh.
        overview = CachedOverview(self.records_copy.sessions if self.records_copy is not None else sessions)
        # While the database is away messages wait in the local outbox; the forwarder hands them over once it is back.
        resilient = make_resilient(settings, self.engine, pack, data_dir)
        self.forwarder = Forwarder(resilient, settings.kiosk_id, forwarded=self.outbox.wake)
        self.forwarder.start()
        submissions = SubmissionService(resilient, pack, settings.kiosk_id, self.now)
        ctx = ScreenContext(pack=self.prepared.pack, sessions=self.sessions, printer=self.printer,
                            tasks=self.tasks, kiosk_id=settings.kiosk_id, now=self.now, accounts=self.accounts,
                            records=records,
                            records_overview=overview,
                            submissions=submissions, outbox_wake=self.outbox.wake,
                            receipt_paper=settings.receipt_paper, ask_discard=discard.ask)
        self.navigator = Navigator(ctx, self.screen_stack, SCREENS, home="home",
                                   prewarm=("home", "search", "policies", "register", "signin", "contact"))
        self.visits = VisitController(self.window, self.sessions, self.navigator, self.idle, self.display,
                                      self.keyboard, self.default_prefs)
        self.navigator.prewarm()
        self.tasks.run(self, partial(_warm_up, pack.timezone))   # while the attract screen waits for a tap
        self.failure_sweep.timeout.connect(self._forget_expired_failures)
        self.failure_sweep.start()
        self._forget_expired_failures()        # what the kiosk left when it last stopped, at once
        self.policy_refresh.timeout.connect(self._refresh_policies)
        self.policy_refresh.start()
        if settings.demo_records:
            self.tasks.run(self, partial(_load_demo_records, self.engine, pack, self.now().date(), overview,
                                         self._stopping))
        self._build_console(sessions, spool)
        self.heart, self._last_error = fleet_heart(self.prepared, self.engine, spool, self.sessions, self.now)
        self.fleet_beat.timeout.connect(self._beat)
        self.fleet_beat.start()
        self._beat()                       # at once: the fleet sees the kiosk as soon as it is up
        try:
            self._show_service(self.control.state())        # out of service since before a restart?
        except SQLAlchemyError as exc:
            raise StartupError(f"Database error: {describe(self.engine)}: {exc.__class__.__name__}", EXIT_DATA) from None
        self.ready = True
        _log().info("kiosk %s ready (version %s, %s)", settings.kiosk_id, __version__, self.engine.dialect.name)

    def _build_console(self, sessions: sessionmaker[Session], spool: Path) -> None:
        """The staff console, a page of the window, and the corner hold and Ctrl+Alt+S that open it."""
        from kiosk.ui.console.opening import ConsoleOpening
        from kiosk.ui.console.page import ConsoleContext
        from kiosk.ui.console.shell import ConsoleShell
        from kiosk.ui.idle import QtIdleClock
        from kiosk.ui.widgets.keyboard import OnScreenKeyboard

        settings = self.prepared.settings
        assert self.engine is not None          # opened by finish_startup, before the console
        self.staff, self.control = staff_services(self.prepared, self.engine, sessions, self.printer, spool, self.now)
        ctx = ConsoleContext(staff=self.staff, control=self.control, tasks=self.tasks, pack=self.prepared.pack,
                             kiosk_id=settings.kiosk_id, now=self.now, on_kiosk=True, end_visit=self._end_visit_now,
                             service_changed=self._show_service, leave_kiosk_mode=self._leave_kiosk_mode,
                             policies=self.policies,
                             queue=queue_service(self.prepared, self.engine, self.now), printer=self.printer,
                             usage=usage_service(self.prepared, sessions, self.now),
                             assist=assist_tools(self.prepared, sessions, self.printer, self.now),
                             set_look=self._console_look, fleet=fleet_service(self.engine, self.now),
                             fleet_clock=self._fleet_clock)
        self._console_keyboard = OnScreenKeyboard(self.window)
        self.console = ConsoleShell(ctx, settings.staff_lock_minutes * 60_000, self._console_clock or QtIdleClock(self),
                                    keyboard=self._console_keyboard, parent=self.window)
        self.console.left.connect(self._on_console_left)
        self.window.add_console(self.console)
        self.display.attach(self.console)        # staff get large text and high contrast as visitors do
        self.opening = ConsoleOpening(self.window, self._hold_clock or QtIdleClock(self), parent=self.window)
        self.opening.requested.connect(self.open_console)

    def open_console(self) -> None:
        """The corner hold or Ctrl+Alt+S: any visit ends first (nothing a visitor typed stays), then
        the staff sign-in."""
        from kiosk.core.session import EndReason
        from kiosk.core.staff import Actor

        if not self.ready or self.window.showing_console():
            return
        assert self.visits is not None
        if self.sessions.current is not None:
            self.visits.end(EndReason.STAFF_RESET)
            control = self.control
            self.tasks.run(self, lambda: control.visit_ended(Actor("(staff console)", None), "the console opened"))
        self.opening.enabled = False
        self.window.show_console()
        self.console.open()

    def _on_console_left(self) -> None:
        self.opening.enabled = True
        self.window.show_attract()

    def _console_look(self, large_text: bool, high_contrast: bool) -> None:
        """The staff's choice of large text and high contrast, on the console and its keyboard."""
        self.display.apply_look(Look(large_text, high_contrast))
        self._console_keyboard.set_scale(self.display.look.scale)

    def _end_visit_now(self) -> bool:
        from kiosk.core.session import EndReason

        if self.visits is None or self.sessions.current is None:
            return False
        self.visits.end(EndReason.STAFF_RESET)
        return True

    def _show_service(self, state: ServiceState) -> None:
        self.attract.show_out_of_service(state.message if state.out_of_service else None)
        self.attract.start.setEnabled(not state.out_of_service)

    def _leave_kiosk_mode(self, restart: bool) -> None:
        """A supervisor's Exit to desktop or Restart (already allowed and audited by KioskControl)."""
        self.leave_code = EXIT_RESTART if restart else EXIT_TO_DESKTOP
        _log().info("staff asked to %s", "restart the kiosk" if restart else "exit to the desktop")
        QTimer.singleShot(0, self, self.shutdown)

    def recover_from_error(self) -> None:
        """After an unexpected error (kiosk.ui.crash_guard): the visit it broke ends, the attract
        screen welcomes the next resident."""
        if self.visits is not None:
            from kiosk.core.session import EndReason

            self.visits.end(EndReason.ERROR)

    def _in_background(self, fn: Callable[[], None]) -> None:
        self.tasks.run(self, fn)

    def _forget_expired_failures(self) -> None:
        self.tasks.run(self, self.accounts.forget_expired_failures)

    def _refresh_policies(self) -> None:
        self.tasks.run(self, self.policies.refresh)

    def _record_search(self, sessions: sessionmaker[Session]) -> RecordSearch:
        """On a fleet's PostgreSQL, this kiosk's local copy of the records (kept in step a minute
        apart, searched while the database is away); on SQLite, its own database."""
        from kiosk.storage.records.local_copy import LocalRecordsCopy
        from kiosk.storage.records.search import SqlRecordSearch

        owners_public = self.prepared.pack.records.owners_public
        assert self.engine is not None
        if self.engine.dialect.name != "postgresql" or not self.prepared.settings.records_local_copy:
            return SqlRecordSearch(sessions, owners_public=owners_public)
        self.records_copy = LocalRecordsCopy(self.engine, self.prepared.data_dir, owners_public)
        self.records_refresh.timeout.connect(self.records_copy.refresh_in_background)
        self.records_refresh.start()
        self.records_copy.refresh_in_background()
        return self.records_copy

    def _beat(self) -> None:
        if self.heart is not None:
            self.tasks.run(self, self.heart.beat)       # never raises; a beat still waiting makes this one return

    def shutdown(self) -> None:
        """Stop for good (SIGTERM from the service manager, or a supervisor's Exit to desktop or
        Restart): end any visit, write what is queued. Once: a second call does nothing."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        if self.visits is not None:
            from kiosk.core.session import EndReason

            self.visits.end(EndReason.SHUTDOWN)
        if self.recorder is not None:
            self.recorder.flush(5)
            self.recorder.close(5)
        if self.forwarder is not None:
            self.forwarder.stop(5)
        if self.outbox is not None:
            self.outbox.stop(5)
        self.failure_sweep.stop()
        self.policy_refresh.stop()
        self.fleet_beat.stop()
        self.records_refresh.stop()
        if self.records_copy is not None:
            self.records_copy.close()          # a copy being built gives up at its next batch
        if self._last_error is not None:
            import logging

            logging.getLogger().removeHandler(self._last_error)
        if self.ready:
            self.tasks.wait_for_done(5000)
        if self.engine is not None:
            self.engine.dispose()
        self.window.allow_close = True
        self.window.close()
        self.display.release()


def policy_service(prepared: Prepared, sessions: sessionmaker[Session], now: Callable[[], dt.datetime]) -> PolicyService:
    """The policies of the town pack and those staff published, for the kiosk's screens and the
    console alike (the kiosk's and `kiosk --staff`'s): one library, refreshed by both."""
    from kiosk.core.policy_service import PolicyService
    from kiosk.storage.policies_repo import SqlPolicyRepository

    pack, kiosk_id = prepared.pack, prepared.settings.kiosk_id
    return PolicyService(SqlPolicyRepository(sessions), pack.library, pack.timezone, kiosk_id, now,
                         proof=partial(_policy_proof, pack, kiosk_id))


def _policy_proof(pack: TownPack, kiosk_id: str, doc: PolicyDocument) -> object:
    """The printout of a version about to be published (reportlab: imported when staff publish)."""
    from kiosk.printing.documents import policy_proof

    return policy_proof(pack.name, pack.state, pack.timezone, kiosk_id)(doc)


HEARTBEAT_MS = 60_000      # kiosk.core.fleet.HEARTBEAT_SECONDS (not imported before the first paint)


def fleet_heart(prepared: Prepared, engine: Engine, spool: Path, sessions: SessionService,
                now: Callable[[], dt.datetime]) -> tuple[Heart, LastErrorHandler]:
    """This kiosk's heartbeat and the log handler that tells it the last error (kiosk.core.fleet)."""
    import logging
    import shutil

    from kiosk.core.fleet import Gauges, Heart
    from kiosk.core.fleet_log import LastErrorHandler
    from kiosk.delivery.forwarder import local_outbox_path
    from kiosk.printing.printer_state import printer_status
    from kiosk.storage.database import session_factory
    from kiosk.storage.fleet_repo import SqlFleetRepository, outbox_backlog
    from kiosk.storage.local_outbox import outbox_depth

    settings, data_dir = prepared.settings, prepared.data_dir
    last_error = LastErrorHandler()
    logging.getLogger().addHandler(last_error)

    def outbox() -> tuple[int, float | None]:
        """Deliveries waiting in the shared database, and messages waiting in the local outbox for it."""
        at = dt.datetime.now(dt.UTC)
        depth, oldest = outbox_backlog(engine, settings.kiosk_id, at)
        local = outbox_depth(local_outbox_path(data_dir), at)
        ages = [age for age in (oldest, local.oldest_age_s) if age is not None]
        return depth + local.depth, max(ages) if ages else None

    gauges = Gauges(outbox=outbox,
                    printer=partial(printer_status, settings.printer_backend, settings.printer_name, spool,
                                    HEALTH_TIMEOUT_S),
                    speech=lambda: "not available",          # issue 14 gives the kiosk a voice
                    disk_free=lambda: shutil.disk_usage(data_dir).free,
                    last_visit_ended=lambda: sessions.last_ended_at, last_error=last_error.last)
    heart = Heart(settings.kiosk_id, __version__, SqlFleetRepository(session_factory(engine)), gauges, now,
                  started_at=now())
    return heart, last_error


def fleet_service(engine: Engine, now: Callable[[], dt.datetime]) -> FleetService:
    """Every kiosk's status for the console's Kiosks page (the kiosk's and `kiosk --staff`'s)."""
    from kiosk.core.fleet import FleetService
    from kiosk.storage.database import session_factory
    from kiosk.storage.fleet_repo import SqlFleetRepository

    return FleetService(SqlFleetRepository(session_factory(engine)), now)


def open_database(prepared: Prepared) -> Engine:
    """The database migrated to this release's schema, and an engine on it. Raises StartupError."""
    from kiosk.storage.database import DatabaseError, DatabaseLimits, open_engine
    from kiosk.storage.migrations import upgrade

    settings = prepared.settings
    try:
        url = prepared.database_url
        limits = DatabaseLimits(settings.database_connect_seconds, settings.database_statement_seconds,
                                settings.database_keepalive_seconds)
        migrating = open_engine(url, limits.maintenance())     # a migration may take minutes
        try:
            upgrade(migrating)
        finally:
            migrating.dispose()
        return open_engine(url, limits)
    except DatabaseError as exc:
        raise StartupError(f"Database error: {exc}", EXIT_DATA) from None


def staff_services(prepared: Prepared, engine: Engine, sessions: sessionmaker[Session], printer: Printer,
                   spool: Path, now: Callable[[], dt.datetime]) -> tuple[StaffService, KioskControl]:
    """The staff console's services, for the kiosk's console and for `kiosk --staff` alike."""
    from functools import partial

    from kiosk.core.accounts import LockoutPolicy
    from kiosk.core.kiosk_control import Check, KioskControl
    from kiosk.core.passwords import DEFAULT as ARGON2ID
    from kiosk.core.staff_service import StaffService
    from kiosk.core.town_format import town_format
    from kiosk.delivery.smtp import SmtpConfig, probe_smtp
    from kiosk.printing.backends import probe_printer
    from kiosk.printing.test_page import render_test_page
    from kiosk.storage.kiosk_state import SqlServiceStateStore, probe_database
    from kiosk.storage.staff_repo import SqlStaffRepository

    settings, pack = prepared.settings, prepared.pack
    lockout = LockoutPolicy(settings.lockout_attempts, dt.timedelta(minutes=settings.lockout_window_minutes),
                            dt.timedelta(minutes=settings.lockout_minutes))
    staff = StaffService(SqlStaffRepository(sessions), lockout, settings.kiosk_id, now=now, hasher=ARGON2ID,
                         totp_issuer=pack.name)          # what the authenticator app names the account by
    smtp = (SmtpConfig(host=settings.smtp_host, port=settings.smtp_port, tls=settings.smtp_tls, user=settings.smtp_user,
                       timeout_s=HEALTH_TIMEOUT_S) if settings.smtp_host else None)

    def test_page() -> bytes:
        when = town_format(pack.timezone, "en").clock(now())
        return render_test_page(pack.name, settings.kiosk_id, f"{now():%Y-%m-%d} {when}")

    probes = {Check.DATABASE: partial(probe_database, engine),
              Check.PRINTER: partial(probe_printer, settings.printer_backend, settings.printer_name, spool,
                                     HEALTH_TIMEOUT_S),
              Check.EMAIL: partial(probe_smtp, smtp, _smtp_password)}
    control = KioskControl(SqlServiceStateStore(sessions), settings.kiosk_id, now, printer, test_page, probes)
    return staff, control


def queue_service(prepared: Prepared, engine: Engine, now: Callable[[], dt.datetime]) -> QueueService:
    """The staff queue's service (the console's Queue page), on the kiosk and on a front-desk PC."""
    from kiosk.storage.queue import make_queue_service

    return make_queue_service(engine, prepared.pack, prepared.settings.kiosk_id, now)


def usage_service(prepared: Prepared, sessions: sessionmaker[Session], now: Callable[[], dt.datetime]) -> UsageService:
    """The usage dashboard's figures (counted by the database, in the town's days) and its audited exports."""
    from zoneinfo import ZoneInfo

    from kiosk.core.usage import UsageService
    from kiosk.storage.stats import AuditRecorder, DatabaseUsageSource

    def aware_now() -> dt.datetime:          # the audit log stores aware moments; the kiosk's clock may be naive UTC
        moment = now()
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)

    settings = prepared.settings
    return UsageService(DatabaseUsageSource(sessions), AuditRecorder(sessions), ZoneInfo(prepared.pack.timezone),
                        settings.statistics_min_count, settings.kiosk_id, now=aware_now)


def assist_tools(prepared: Prepared, sessions: sessionmaker[Session], printer: Printer,
                 now: Callable[[], dt.datetime]) -> AssistTools:
    """The console's "Assist a resident" and "Records retention" pages' services (kiosk and --staff)."""
    from kiosk.core.accounts import LockoutPolicy, RegistrationRules
    from kiosk.core.assist_service import AssistService
    from kiosk.core.passwords import DEFAULT as ARGON2ID
    from kiosk.core.retention import RetentionPeriods, RetentionService
    from kiosk.storage.assist_repo import SqlAssistRepository
    from kiosk.storage.retention_repo import SqlRetentionRepository
    from kiosk.ui.console.assist_tools import AssistTools

    settings, pack = prepared.settings, prepared.pack
    lockout = LockoutPolicy(settings.lockout_attempts, dt.timedelta(minutes=settings.lockout_window_minutes),
                            dt.timedelta(minutes=settings.lockout_minutes))
    rules = RegistrationRules(required=pack.required_contact, security_questions=pack.security_questions,
                              licence_types=pack.licence_types, town_state=pack.state)
    periods = RetentionPeriods(settings.retention_submissions_days, settings.retention_statistics_days,
                               settings.retention_closed_accounts_days)
    return AssistTools(
        assist=AssistService(SqlAssistRepository(sessions), rules, lockout, settings.kiosk_id, now, hasher=ARGON2ID,
                             town_name=pack.name),
        retention=RetentionService(SqlRetentionRepository(sessions), periods, settings.kiosk_id, now),
        rules=rules, printer=printer, receipt_paper=settings.receipt_paper)


HEALTH_TIMEOUT_S = 5.0     # each of the console's checks (printer, e-mail); the database keeps its own


def _smtp_password() -> str | None:
    from kiosk.delivery.secrets import SecretError, SecretName, get_secret

    try:
        return get_secret(SecretName.SMTP.value)
    except SecretError:
        return None


class StaffDesk(QObject):
    """`kiosk --staff`: the staff console as an ordinary window on a front-desk PC, with no visitor
    screens at all. It signs in against the same database as the kiosks; its "Run the kiosk" page
    checks this PC's printer and servers (acting on a kiosk of the fleet is later work)."""

    def __init__(self, prepared: Prepared, app: QApplication, now: Callable[[], dt.datetime] | None = None,
                 console_clock: IdleClock | None = None) -> None:
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        super().__init__()
        self.prepared, self.app = prepared, app
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self._console_clock = console_clock
        screen = app.primaryScreen().size()
        self.display = DisplayController(app, prepared.pack.colours, themes_dir() / "kiosk.qss", translations_dir(),
                                         short_side=min(screen.width(), screen.height()))
        self.window = QWidget()
        self.window.setObjectName("staffDeskWindow")
        self.window.setWindowTitle(f"Staff console: {prepared.pack.short_name}")
        self._column = QVBoxLayout(self.window)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.engine: Engine | None = None

    def finish_startup(self) -> None:
        """Database and services, then the sign-in. Raises StartupError."""
        from kiosk.core.refusals import Refusal
        from kiosk.core.session import DisplayPrefs
        from kiosk.printing.backends import make_printer
        from kiosk.storage.database import session_factory
        from kiosk.ui.console.page import ANSWERS, ConsoleContext
        from kiosk.ui.console.shell import ConsoleShell
        from kiosk.ui.idle import QtIdleClock
        from kiosk.ui.tasks import TaskRunner

        settings = self.prepared.settings
        self.engine = open_database(self.prepared)
        sessions = session_factory(self.engine)
        self.tasks = TaskRunner(parent=self, refusals=(Refusal, *ANSWERS))
        spool = (Path(settings.printer_name).expanduser() if settings.printer_backend == "file" and settings.printer_name
                 else self.prepared.data_dir / "printed")
        printer = make_printer(settings.printer_backend, settings.printer_name, spool)
        self.staff, self.control = staff_services(self.prepared, self.engine, sessions, printer, spool, self.now)
        ctx = ConsoleContext(staff=self.staff, control=self.control, tasks=self.tasks, pack=self.prepared.pack,
                             kiosk_id=settings.kiosk_id, now=self.now, on_kiosk=False,
                             policies=policy_service(self.prepared, sessions, self.now),
                             queue=queue_service(self.prepared, self.engine, self.now), printer=printer,
                             usage=usage_service(self.prepared, sessions, self.now),
                             assist=assist_tools(self.prepared, sessions, printer, self.now),
                             set_look=lambda large, contrast: self.display.apply_look(Look(large, contrast)),
                             fleet=fleet_service(self.engine, self.now))
        self.display.apply(DisplayPrefs(settings.languages[0]))
        self.console = ConsoleShell(ctx, settings.staff_lock_minutes * 60_000, self._console_clock or QtIdleClock(self),
                                    parent=self.window)
        self.display.attach(self.console)
        self._column.addWidget(self.console)
        self.console.open()

    def show(self) -> None:
        from kiosk.ui.window import WINDOWED_SIZE

        free = self.window.screen().availableGeometry()
        self.window.resize(min(WINDOWED_SIZE[0], free.width()), min(WINDOWED_SIZE[1], free.height()))
        self.window.show()

    def shutdown(self) -> None:
        if self.engine is not None:
            self.tasks.wait_for_done(5000)
            self.engine.dispose()
        self.window.close()
        self.display.release()


def run_staff_desk(prepared: Prepared, app: QApplication) -> int:
    setup_logging(prepared.data_dir / "logs", prepared.settings.log_level)
    desk = StaffDesk(prepared, app)
    try:
        desk.finish_startup()
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, desk.shutdown))
    heartbeat = QTimer(interval=250)   # lets Python run its signal handlers while Qt waits
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    desk.show()
    code = app.exec()
    desk.shutdown()
    return code


def run_smoke_test(prepared: Prepared, app: QApplication) -> int:
    """`kiosk --smoke-test`: the kiosk started as `kiosk` starts it (the database migrated), then every
    screen and console page built by kiosk.ui.smoke. One line per failure, never a traceback (the log has it)."""
    from dataclasses import replace

    from kiosk.ui.console.catalogue import PAGES
    from kiosk.ui.smoke import check_everything

    # No made-up records in a town's database, and a window, not the full screen, wherever it runs.
    prepared = replace(prepared, settings=replace(prepared.settings, demo_records=False, fullscreen=False))
    setup_logging(prepared.data_dir / "logs", prepared.settings.log_level)
    try:
        kiosk = Kiosk(prepared, app)
        kiosk.show()
        app.processEvents()
        kiosk.finish_startup()
    except StartupError as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - named, not a traceback: the log has it
        _log().error("smoke test: start-up failed", exc_info=exc)
        print(f"smoke test failed: start-up: {exc.__class__.__name__} (details in the log)", file=sys.stderr)
        return EXIT_SMOKE

    def settle() -> None:
        kiosk.tasks.wait_for_done(30_000)
        app.processEvents()

    from kiosk.printing.test_page import render_test_page

    # reportlab and its fonts, which a screen loads only when a resident prints
    checks = {"printout (test page)": lambda: render_test_page(prepared.pack.name, prepared.settings.kiosk_id, "smoke test")}
    try:
        failures = check_everything(kiosk.navigator.ctx, kiosk.navigator.factories, kiosk.console.ctx, PAGES, settle,
                                    checks)
    finally:
        kiosk.shutdown()
    assert kiosk.engine is not None
    if failures:
        print("smoke test failed:", *failures, sep="\n  ", file=sys.stderr)
        return EXIT_SMOKE
    print(f"smoke test passed: {len(kiosk.navigator.factories)} screens and {len(PAGES)} console pages built "
          f"on {kiosk.engine.dialect.name} (kiosk {__version__}, Qt platform {app.platformName()})")
    return 0


def _load_demo_records(engine: Engine, pack: TownPack, today: dt.date, overview: CachedOverview,
                       stop: threading.Event) -> None:
    """First start on an empty database: made-up parcels and records on the town's real streets, so
    the search has something to find. Meanwhile the overview says they are loading (this kiosk's
    search shows none of them until all are in), and after it reads them afresh. A load cut short
    (SIGTERM, power) is removed and done again at the next start; see kiosk.storage.demo.load."""
    from sqlalchemy.exc import IntegrityError

    from kiosk.storage.demo.load import LoadStopped, NotEmptyError, demo_streets, finish_unfinished, load_demo, records_empty

    streets = pack.folder / "demo" / "streets.txt"
    if not streets.is_file():
        return
    started = time.monotonic()
    try:
        with overview.loading():
            if finish_unfinished(engine, stop):
                _log().info("an unfinished demo load was removed; loading again")
            if not records_empty(engine):
                return
            parcels, records = load_demo(engine, streets=demo_streets(pack.folder), town_name=pack.short_name,
                                         today=today, stop=stop)
    except (NotEmptyError, IntegrityError):
        return                                      # another kiosk of the fleet got there first
    except LoadStopped:
        _log().info("demo load stopped by shutdown; it is done again at the next start")
        return
    _log().info("demo records loaded: %d parcels, %d records in %.0f s", parcels, records,
                time.monotonic() - started)


def _warm_up(timezone: str) -> None:
    """Loads what the first resident would otherwise wait for: ZIP codes, receipt fonts, reportlab,
    the date formats (Babel)."""
    from kiosk.core.town_format import warm_up as warm_up_formats
    from kiosk.core.validation import warm_up
    from kiosk.printing.receipts import prepare_fonts

    warm_up()
    prepare_fonts()
    warm_up_formats(timezone)


class _FirstPaint(QObject):
    """Calls back once, right after the attract screen is first painted."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk", description="Town Hall Kiosk")
    parser.add_argument("--config", help="configuration file (TOML)")
    parser.add_argument("--fullscreen", action="store_true", help="kiosk mode: full screen, cannot be closed")
    parser.add_argument("--staff", action="store_true",
                        help="the staff console alone, as a normal window (a front-desk PC): no visitor screens")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build every screen and console page against the configured database, then exit: "
                             "0 when all is well, otherwise 7 and what failed")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        prepared = prepare(args.config, {"fullscreen": True} if args.fullscreen else None, log_to_file=False)
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName("Town Hall Kiosk")
    if args.staff:
        return run_staff_desk(prepared, app)
    if args.smoke_test:
        return run_smoke_test(prepared, app)
    try:
        kiosk = Kiosk(prepared, app)
    except Exception as exc:  # noqa: BLE001 - before the first paint: exit non-zero, the service manager restarts us
        setup_logging(prepared.data_dir / "logs", prepared.settings.log_level)
        _log().error("start-up failed", exc_info=exc)
        print(f"Start-up failed: {exc.__class__.__name__} (details in the log)", file=sys.stderr)
        return EXIT_UNEXPECTED
    outcome = {"code": 0}
    from kiosk.ui.crash_guard import CrashGuard

    guard = CrashGuard(kiosk.recover_from_error, kiosk)     # installed once the kiosk is ready
    systemd = ServiceNotifier.from_environment()
    watchdog = QTimer(interval=systemd.ping_interval_ms or 0)     # on the GUI thread: a hung screen stops it
    watchdog.timeout.connect(systemd.ping)

    def after_paint() -> None:
        _mark("painted")
        setup_logging(prepared.data_dir / "logs", prepared.settings.log_level)
        try:
            kiosk.finish_startup()
        except Exception as exc:  # noqa: BLE001 - any failure: exit non-zero, so the service manager restarts us
            if isinstance(exc, StartupError):
                message, code = str(exc), exc.exit_code
                _log().error("start-up failed: %s", exc)
            else:
                message, code = f"Start-up failed: {exc.__class__.__name__} (details in the log)", EXIT_UNEXPECTED
                _log().error("start-up failed", exc_info=exc)
            print(message, file=sys.stderr)
            outcome["code"] = code
            kiosk.window.allow_close = True
            app.exit(code)
            return
        guard.install()
        # Only now: systemd arms WatchdogSec at READY=1, and the first start's migrations hold the GUI thread.
        systemd.ready(f"kiosk {prepared.settings.kiosk_id} ready")
        if systemd.ping_interval_ms is not None:
            watchdog.start()
        _mark("ready")

    painted = _FirstPaint(after_paint)
    kiosk.attract.installEventFilter(painted)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, kiosk.shutdown))
    heartbeat = QTimer(interval=250)   # lets Python run its signal handlers while Qt waits
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    kiosk.show()
    code = app.exec()
    watchdog.stop()
    systemd.stopping()
    systemd.close()
    code = outcome["code"] or kiosk.leave_code or code
    _tell_the_service_manager(code)
    if kiosk.leave_code == EXIT_RESTART and not (os.environ.get("INVOCATION_ID") or os.environ.get("KIOSK_SUPERVISOR")):
        _restart_in_place()                 # no service manager (systemd, Shell Launcher) to start us again
    return code


def _tell_the_service_manager(code: int) -> None:
    """cage (packaging/systemd) exits 0 whatever its application did, so the unit reads the kiosk's
    own exit status from the file KIOSK_EXIT_STATUS_FILE names: Exit to desktop must not be restarted."""
    path = os.environ.get("KIOSK_EXIT_STATUS_FILE")
    if path:
        try:
            Path(path).write_text(f"{code}\n", encoding="ascii")
        except OSError as exc:
            _log().error("the exit status could not be written to %s: %s", path, exc.strerror)


def _restart_in_place() -> None:
    """Restart the kiosk where no service manager does: the same program, the same arguments."""
    argv = [sys.executable, *sys.argv[1:]] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk",
                                                                                   *sys.argv[1:]]
    os.execv(sys.executable, argv)


def _log() -> logging.Logger:  # logging loads after the first paint, so not at import
    import logging

    return logging.getLogger(__name__)


def _mark(stage: str) -> None:
    """Start-up milestones for `kiosk-admin bench`, on stderr only when asked for."""
    if os.environ.get("KIOSK_BENCH_MARKS"):
        print(f"KIOSK_MARK {stage} {time.perf_counter() - START:.4f}", file=sys.stderr, flush=True)
