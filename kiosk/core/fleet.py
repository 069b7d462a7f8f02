# SPDX-License-Identifier: Apache-2.0
"""Fleet status: every kiosk writes a heartbeat (Heartbeat) to the shared database every minute, and
staff see each kiosk as OK, warning, error or offline (assess).

The rules, in the order they are checked:

- **offline**: no beat for more than ``MISSED_BEATS`` intervals (3 × 60 s) by the reader's clock.
  It clears itself with the next beat. (A kiosk that cannot reach the database cannot say so: it
  shows as offline to every other kiosk, with what its last beat said.)
- **error**: the beat says the kiosk could not reach the database when it was gathered (a beat
  forwarded later, e.g. through a local outbox), or the kiosk lost the database within the last
  ``RECENT`` (15 minutes) and its beats failed meanwhile: residents there could not search or send,
  and IT should look at its network even after it came back.
- **warning**, at once: the printer is stopped, missing, or reports an error state reason (paper
  out, jam, door open, …) or paper low; the outbox grew since the previous beat while its oldest
  entry has waited longer than one interval (a message delivered within the minute is normal), or
  its oldest entry waits longer than ``OUTBOX_STUCK``; an error was logged within ``RECENT``; the
  data folder has less than ``DISK_LOW_BYTES`` free.
- **OK** otherwise.

Nothing here is personal data: a beat holds counts, states and the last error's one-line summary
(kiosk.core.fleet_log keeps only the message's template, never its arguments).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

HEARTBEAT_SECONDS = 60
MISSED_BEATS = 3                                    # beats missed before a kiosk is offline
RECENT = dt.timedelta(minutes=15)                   # how long a logged error or a lost database keeps a kiosk flagged
OUTBOX_STUCK = dt.timedelta(minutes=15)             # an entry waiting this long is a warning whatever the trend
DISK_LOW_BYTES = 500 * 1024 * 1024                  # free space in the data folder below which IT should look
HISTORY_BEATS = 60                                  # beats kept per kiosk (an hour at one a minute), oldest replaced

log = logging.getLogger(__name__)


class PrinterState(enum.Enum):
    READY = "ready"                # idle, takes jobs
    PRINTING = "printing"
    STOPPED = "stopped"            # CUPS: disabled / paused, or not accepting jobs
    MISSING = "missing"            # no such printer, spooler down, spool folder not writable
    UNKNOWN = "unknown"            # the backend cannot tell


# CUPS printer-state-reasons (RFC 8011 §5.4.12) that mean no paper; any other "-error" is an error too.
PAPER_OUT = frozenset({"media-empty", "media-needed"})
PAPER_LOW = frozenset({"media-low"})


def reason_keyword(reason: str) -> str:
    """"media-empty-error" → "media-empty": CUPS adds -error, -warning or -report to a reason."""
    for suffix in ("-error", "-warning", "-report"):
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    state: PrinterState
    reasons: tuple[str, ...] = ()          # CUPS printer-state-reasons as reported ("media-low-report")

    @property
    def paper_out(self) -> bool:
        return any(reason_keyword(r) in PAPER_OUT for r in self.reasons)

    @property
    def paper_low(self) -> bool:
        return not self.paper_out and any(reason_keyword(r) in PAPER_LOW for r in self.reasons)

    @property
    def in_error(self) -> bool:
        """Stopped, missing, or any error reason (paper out, jam, door open, offline, …)."""
        return (self.state in (PrinterState.STOPPED, PrinterState.MISSING) or self.paper_out
                or any(r.endswith("-error") for r in self.reasons))


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """What one kiosk says about itself, once a minute. Moments are aware (UTC)."""

    kiosk_id: str
    beat_at: dt.datetime
    version: str
    started_at: dt.datetime
    database_reachable: bool = True
    outbox_depth: int | None = None             # entries waiting to go out (None: could not be counted)
    outbox_oldest_s: float | None = None        # how long the oldest has waited
    printer: PrinterStatus = PrinterStatus(PrinterState.UNKNOWN)
    speech: str = "not available"
    disk_free_bytes: int | None = None          # in the data folder
    last_visit_ended_at: dt.datetime | None = None
    last_error: str = ""                        # one line, no personal data
    last_error_at: dt.datetime | None = None
    # The last time this kiosk could not write its beats: from the first failure to the beat that
    # got through again (database_back_at None while it still fails).
    database_lost_at: dt.datetime | None = None
    database_back_at: dt.datetime | None = None

    @property
    def uptime(self) -> dt.timedelta:
        return self.beat_at - self.started_at


@dataclass(frozen=True, slots=True)
class KioskBeat:
    """A kiosk's latest beat as the database holds it, with the outbox depth of the beat before."""

    beat: Heartbeat
    previous_outbox_depth: int | None = None


class FleetStatus(enum.Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    OFFLINE = "offline"


class Concern(enum.Enum):
    """Why a kiosk is not OK; the UI turns each into words."""

    OFFLINE = "offline"
    DATABASE_UNREACHABLE = "database_unreachable"
    DATABASE_WAS_LOST = "database_was_lost"
    PRINTER_PAPER_OUT = "printer_paper_out"
    PRINTER_ERROR = "printer_error"
    PRINTER_PAPER_LOW = "printer_paper_low"
    OUTBOX_GROWING = "outbox_growing"
    OUTBOX_STUCK = "outbox_stuck"
    RECENT_ERROR = "recent_error"
    DISK_LOW = "disk_low"


ERRORS = frozenset({Concern.DATABASE_UNREACHABLE, Concern.DATABASE_WAS_LOST})


@dataclass(frozen=True, slots=True)
class KioskStatus:
    beat: Heartbeat
    status: FleetStatus
    concerns: tuple[Concern, ...]
    age: dt.timedelta                            # since the last beat, by the reader's clock


def _aware(moment: dt.datetime) -> dt.datetime:
    """The kiosk's clocks are aware, or naive UTC (kiosk.app)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def assess(latest: KioskBeat, now: dt.datetime, interval_s: float = HEARTBEAT_SECONDS) -> KioskStatus:
    """The status of one kiosk from its latest beat, as seen at ``now`` (see the module's rules)."""
    beat, now = latest.beat, _aware(now)
    age = now - beat.beat_at
    interval = dt.timedelta(seconds=interval_s)
    concerns: list[Concern] = []
    if age > MISSED_BEATS * interval:
        concerns.append(Concern.OFFLINE)
    if not beat.database_reachable:
        concerns.append(Concern.DATABASE_UNREACHABLE)
    elif beat.database_lost_at is not None and (beat.database_back_at is None or now - beat.database_back_at < RECENT):
        concerns.append(Concern.DATABASE_WAS_LOST)
    printer = beat.printer
    if printer.paper_out:
        concerns.append(Concern.PRINTER_PAPER_OUT)
    elif printer.in_error:
        concerns.append(Concern.PRINTER_ERROR)
    elif printer.paper_low:
        concerns.append(Concern.PRINTER_PAPER_LOW)
    depth, before, oldest = beat.outbox_depth, latest.previous_outbox_depth, beat.outbox_oldest_s
    if oldest is not None and oldest > OUTBOX_STUCK.total_seconds():
        concerns.append(Concern.OUTBOX_STUCK)
    elif depth is not None and before is not None and depth > before and oldest is not None and oldest > interval_s:
        concerns.append(Concern.OUTBOX_GROWING)
    if beat.last_error_at is not None and now - beat.last_error_at < RECENT:
        concerns.append(Concern.RECENT_ERROR)
    if beat.disk_free_bytes is not None and beat.disk_free_bytes < DISK_LOW_BYTES:
        concerns.append(Concern.DISK_LOW)
    if Concern.OFFLINE in concerns:
        status = FleetStatus.OFFLINE
    elif any(c in ERRORS for c in concerns):
        status = FleetStatus.ERROR
    elif concerns:
        status = FleetStatus.WARNING
    else:
        status = FleetStatus.OK
    return KioskStatus(beat, status, tuple(concerns), age)


class HeartbeatStore(Protocol):
    """Where beats go and come from (kiosk.storage.fleet_repo.SqlFleetRepository)."""

    def write(self, beat: Heartbeat) -> None:
        """Upsert the kiosk's row and add the beat to its bounded history; raises when the database fails."""

    def latest(self) -> list[KioskBeat]:
        """Every kiosk's latest beat."""


class FleetService:
    """The fleet as staff see it: every kiosk that ever beat, with its status by ``now``."""

    def __init__(self, store: HeartbeatStore, now: Callable[[], dt.datetime],
                 interval_s: float = HEARTBEAT_SECONDS) -> None:
        self._store, self._now, self._interval_s = store, now, interval_s

    def kiosks(self) -> list[KioskStatus]:
        now = self._now()
        return sorted((assess(k, now, self._interval_s) for k in self._store.latest()), key=lambda s: s.beat.kiosk_id)


@dataclass(frozen=True, slots=True)
class Gauges:
    """What the kiosk reads about itself for a beat; each reader may fail alone (None, UNKNOWN)."""

    outbox: Callable[[], tuple[int, float | None]] | None = None     # depth, oldest age in seconds
    printer: Callable[[], PrinterStatus] | None = None
    speech: Callable[[], str] | None = None
    disk_free: Callable[[], int] | None = None
    last_visit_ended: Callable[[], dt.datetime | None] = lambda: None
    last_error: Callable[[], tuple[str, dt.datetime | None]] = lambda: ("", None)


@dataclass(slots=True)
class _Outage:
    lost_at: dt.datetime | None = None
    back_at: dt.datetime | None = None
    failures: int = 0                            # beats in a row that could not be written


@dataclass
class Heart:
    """Gathers and writes this kiosk's beat; called off the GUI thread (kiosk.app's timer).

    ``beat`` never raises and never runs twice at once: a beat still waiting for an unreachable
    database makes the next timer tick return at once. A failed write is remembered (the outage's
    start goes in the next beat that gets through) and the next tick simply tries again."""

    kiosk_id: str
    version: str
    store: HeartbeatStore
    gauges: Gauges
    now: Callable[[], dt.datetime]
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    _outage: _Outage = field(default_factory=_Outage)
    _busy: threading.Lock = field(default_factory=threading.Lock)

    @property
    def failures(self) -> int:
        """Beats in a row that could not be written (0: the last one was)."""
        return self._outage.failures

    def gather(self) -> Heartbeat:
        g, now = self.gauges, _aware(self.now())
        depth: int | None = None
        oldest: float | None = None
        if g.outbox is not None:
            try:
                depth, oldest = g.outbox()
            except Exception:
                log.debug("outbox gauge failed", exc_info=True)
        error, error_at = g.last_error()
        visit = g.last_visit_ended()
        return Heartbeat(
            kiosk_id=self.kiosk_id, beat_at=now, version=self.version, started_at=_aware(self.started_at),
            outbox_depth=depth, outbox_oldest_s=oldest,
            printer=_read(g.printer, PrinterStatus(PrinterState.UNKNOWN)), speech=_read(g.speech, "not available"),
            disk_free_bytes=_read(g.disk_free, None), last_visit_ended_at=_aware(visit) if visit else None,
            last_error=error, last_error_at=_aware(error_at) if error_at else None,
            database_lost_at=self._outage.lost_at, database_back_at=self._outage.back_at)

    def beat(self) -> Heartbeat | None:
        """One beat: the beat written, or None when it could not be (or one is still under way)."""
        if not self._busy.acquire(blocking=False):
            return None
        try:
            beat = self.gather()
            outage = self._outage
            if outage.failures:                   # it gets through now: say when the outage ended
                beat = replace(beat, database_back_at=beat.beat_at)
            try:
                self.store.write(beat)
            except Exception as exc:  # noqa: BLE001 - the database down must never stop the kiosk
                if not outage.failures:
                    outage.lost_at, outage.back_at = beat.beat_at, None
                    log.warning("heartbeat not written (the next one tries again): %s", type(exc).__name__)
                outage.failures += 1
                return None
            if outage.failures:
                log.info("heartbeat written again after %d failed", outage.failures)
                outage.back_at, outage.failures = beat.beat_at, 0
            return beat
        except Exception:
            log.exception("heartbeat failed")
            return None
        finally:
            self._busy.release()


T = TypeVar("T")


def _read(reader: Callable[[], T] | None, fallback: T) -> T:
    if reader is None:
        return fallback
    try:
        return reader()
    except Exception:
        log.debug("heartbeat gauge failed", exc_info=True)
        return fallback


def worst(statuses: Sequence[KioskStatus]) -> FleetStatus:
    """The fleet's status at a glance: its worst kiosk's."""
    order = (FleetStatus.OK, FleetStatus.WARNING, FleetStatus.ERROR, FleetStatus.OFFLINE)
    return max((s.status for s in statuses), key=order.index, default=FleetStatus.OK)
