# SPDX-License-Identifier: Apache-2.0
""""Kiosks": every kiosk of the fleet (every one that writes its heartbeat to this database) with its
status, OK, warning, error or offline, in words and in a coloured chip, and why; tap one for what
its last heartbeat said. The list reads the database off the GUI thread when shown and every
REFRESH_MS while shown, on the console's injected clock (ConsoleContext.fleet_clock).

The rules behind each status are kiosk.core.fleet's; this page only puts them into words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import shiboken6
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.fleet import Concern, FleetStatus, KioskStatus, PrinterState
from kiosk.core.staff import StaffMember, StaffRole
from kiosk.ui.console.page import ConsoleContext, ConsolePage
from kiosk.ui.idle import IdleClock, QtIdleClock
from kiosk.ui.screens.base import button, label, set_text, show_status
from kiosk.ui.widgets.facts import FactsTable
from kiosk.ui.widgets.touch_button import TouchButton

REFRESH_MS = 30_000
CHIP = {FleetStatus.OK: "good", FleetStatus.WARNING: "wait", FleetStatus.ERROR: "bad", FleetStatus.OFFLINE: "other"}


class KiosksPage(ConsolePage):
    page_id = "kiosks"
    roles = frozenset({StaffRole.ASSISTANT, StaffRole.SUPERVISOR})

    def __init__(self, ctx: ConsoleContext, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, parent)
        self._clock: IdleClock = ctx.fleet_clock or QtIdleClock(self)
        self._kiosks: list[KioskStatus] = []
        self._chosen: str | None = None           # the kiosk id whose details show
        self._loaded_at: dt.datetime | None = None
        self._shown = False
        self.heading = label("title", "kiosksHeading")
        self.summary = label("status", "kiosksSummary")
        self.status = label("status", "kiosksStatus")
        self.rows: list[TouchButton] = []
        self._rows = QVBoxLayout()
        self._rows.setSpacing(12)
        self.detail_heading = label("subtitle", "kiosksDetailHeading")
        self.details = FactsTable("kiosksDetails")
        self.close_details = button("kiosksCloseDetails")
        self.close_details.clicked.connect(lambda: self._choose(None))
        layout = self.column()
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(self._rows)
        layout.addWidget(self.detail_heading)
        layout.addWidget(self.details)
        layout.addWidget(self.close_details)
        layout.addStretch()
        self.status.hide()
        self._show_details()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Kiosks")

    def enter(self) -> None:
        self._shown = True
        self._refresh()

    def leave(self) -> None:
        self._shown = False
        self._clock.cancel()

    def tour_states(self) -> Iterator[str]:
        yield ""
        if self.rows:
            self.rows[0].click()
            yield "details"

    # -- reading ---------------------------------------------------------------------------------

    def _refresh(self) -> None:
        fleet = self.ctx.fleet
        if fleet is None or not self._shown:
            return
        self.in_background(fleet.kiosks, self._show, self.status, on_answer=lambda _exc: None)
        self._clock.call_after(REFRESH_MS, self._tick)

    def _tick(self) -> None:
        if shiboken6.isValid(self):            # the page may have gone with a sign-out
            self._refresh()

    def _show(self, kiosks: list[KioskStatus]) -> None:
        self._kiosks = kiosks
        self._loaded_at = self.ctx.now()
        show_status(self.status, "")
        while len(self.rows) < len(kiosks):
            row = button(f"kiosksRow{len(self.rows)}", "result")
            row.set_title_style()
            index = len(self.rows)
            row.clicked.connect(lambda _=False, i=index: self._on_row(i))
            self.rows.append(row)
            self._rows.addWidget(row)
        for i, row in enumerate(self.rows):
            row.setVisible(i < len(kiosks))
        if self._chosen not in {k.beat.kiosk_id for k in kiosks}:
            self._chosen = None
        self._retranslate_rows()
        self._show_details()

    def _on_row(self, index: int) -> None:
        if index < len(self._kiosks):
            kiosk_id = self._kiosks[index].beat.kiosk_id
            self._choose(None if self._chosen == kiosk_id else kiosk_id)

    def _choose(self, kiosk_id: str | None) -> None:
        self._chosen = kiosk_id
        self._show_details()
        for i, row in enumerate(self.rows):
            row.setCheckable(True)
            row.setChecked(i < len(self._kiosks) and self._kiosks[i].beat.kiosk_id == kiosk_id)

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(self.close_details, self.tr("Close the details"))
        self._retranslate_rows()
        self._show_details()

    def _retranslate_rows(self) -> None:
        kiosks = self._kiosks
        if self.ctx.fleet is None:
            set_text(self.summary, self.tr("The fleet's status is not available here."))
            return
        if not kiosks:
            set_text(self.summary, self.tr("No kiosk has written its heartbeat to this database yet."))
        else:
            counts = {s: sum(1 for k in kiosks if k.status is s) for s in FleetStatus}
            parts = [f"{counts[s]} {self.status_word(s)}" for s in FleetStatus if counts[s]]
            text = self.tr("Kiosks: {count} ({parts}).").format(count=len(kiosks), parts=", ".join(parts))
            if self._loaded_at is not None:
                text += " " + self.tr("Updated at {time}; the list updates itself every 30 seconds.").format(
                    time=self.ctx.town_clock(_aware(self._loaded_at)))
            set_text(self.summary, text)
        for row, kiosk in zip(self.rows, kiosks, strict=False):
            status = self.status_word(kiosk.status)
            why = "; ".join(self.concern_words(kiosk, c) for c in kiosk.concerns) or self.tr("everything answers")
            title = kiosk.beat.kiosk_id
            line = self.tr("{why}. Last heartbeat {ago} ago, version {version}.").format(
                why=why[:1].upper() + why[1:], ago=self.duration(kiosk.age), version=kiosk.beat.version)
            set_text(row, f"{title}\n{line}", self.tr("{kiosk}, {status}: {line}").format(
                kiosk=title, status=status, line=line))
            row.set_chip(status, CHIP[kiosk.status])

    def _show_details(self) -> None:
        chosen = next((k for k in self._kiosks if k.beat.kiosk_id == self._chosen), None)
        for widget in (self.detail_heading, self.details, self.close_details):
            widget.setVisible(chosen is not None)
        if chosen is None:
            return
        beat, clock = chosen.beat, self.ctx.town_clock
        set_text(self.detail_heading, self.tr("Kiosk {kiosk}").format(kiosk=beat.kiosk_id))
        never = self.tr("none")
        if beat.outbox_depth is None:
            outbox = self.tr("not known")
        elif beat.outbox_depth == 0:
            outbox = self.tr("empty")
        else:
            outbox = self.tr("{n} waiting, the oldest for {age}").format(
                n=beat.outbox_depth, age=self.duration(dt.timedelta(seconds=beat.outbox_oldest_s or 0)))
        if not beat.database_reachable:
            database = self.tr("not reachable")
        elif beat.database_lost_at is not None:
            database = self.tr("reachable; it was not from {lost} to {back}").format(
                lost=clock(beat.database_lost_at), back=clock(beat.database_back_at) if beat.database_back_at else "")
        else:
            database = self.tr("reachable")
        reasons = ", ".join(beat.printer.reasons)
        printer = self.printer_word(beat.printer.state) + (f" ({reasons})" if reasons else "")
        disk = self.tr("not known") if beat.disk_free_bytes is None else self.tr("{gb} GB").format(
            gb=f"{beat.disk_free_bytes / 1e9:.1f}")
        facts = [
            (self.tr("Status"), "; ".join([self.status_word(chosen.status),
                                          *(self.concern_words(chosen, c) for c in chosen.concerns)])),
            (self.tr("Last heartbeat"), self.tr("{time} ({ago} ago)").format(
                time=clock(beat.beat_at), ago=self.duration(chosen.age))),
            (self.tr("Version"), beat.version),
            (self.tr("Running for"), self.duration(beat.uptime)),
            (self.tr("Database"), database),
            (self.tr("Outbox"), outbox),
            (self.tr("Printer"), printer),
            (self.tr("Speech"), self.tr("not available") if beat.speech == "not available" else beat.speech),
            (self.tr("Free disk (data folder)"), disk),
            (self.tr("Last visit ended"), clock(beat.last_visit_ended_at) if beat.last_visit_ended_at else never),
            (self.tr("Last error"), self.tr("{time}: {error}").format(time=clock(beat.last_error_at),
                                                                     error=beat.last_error)
             if beat.last_error_at else never),
        ]
        self.details.show_facts(facts)

    def status_word(self, status: FleetStatus) -> str:
        return {FleetStatus.OK: self.tr("OK"), FleetStatus.WARNING: self.tr("Warning"),
                FleetStatus.ERROR: self.tr("Error"), FleetStatus.OFFLINE: self.tr("Offline")}[status]

    def printer_word(self, state: PrinterState) -> str:
        return {PrinterState.READY: self.tr("ready"), PrinterState.PRINTING: self.tr("printing"),
                PrinterState.STOPPED: self.tr("stopped"), PrinterState.MISSING: self.tr("not found"),
                PrinterState.UNKNOWN: self.tr("cannot tell")}[state]

    def concern_words(self, kiosk: KioskStatus, concern: Concern) -> str:
        beat = kiosk.beat
        return {
            Concern.OFFLINE: self.tr("no heartbeat for {ago}").format(ago=self.duration(kiosk.age)),
            Concern.DATABASE_UNREACHABLE: self.tr("cannot reach the database"),
            Concern.DATABASE_WAS_LOST: self.tr("lost the database for a while"),
            Concern.PRINTER_PAPER_OUT: self.tr("printer out of paper"),
            Concern.PRINTER_ERROR: self.tr("printer not working"),
            Concern.PRINTER_PAPER_LOW: self.tr("printer paper low"),
            Concern.OUTBOX_GROWING: self.tr("outbox growing ({n} waiting)").format(n=beat.outbox_depth or 0),
            Concern.OUTBOX_STUCK: self.tr("outbox stuck (the oldest waits {age})").format(
                age=self.duration(dt.timedelta(seconds=beat.outbox_oldest_s or 0))),
            Concern.RECENT_ERROR: self.tr("an error in the last 15 minutes"),
            Concern.DISK_LOW: self.tr("disk almost full"),
        }[concern]

    def duration(self, span: dt.timedelta) -> str:
        minutes = max(0, int(span.total_seconds() // 60))
        if minutes < 1:
            return self.tr("less than a minute")
        if minutes < 60:
            return self.tr("{n} min").format(n=minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("{n} h").format(n=hours)
        return self.tr("{n} days").format(n=hours // 24)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)

