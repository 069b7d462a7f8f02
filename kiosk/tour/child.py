# SPDX-License-Identifier: Apache-2.0
"""One screen size of `kiosk-admin tour` (see kiosk.tour, which starts it):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \\
        python -m kiosk.tour.child --size 1280x800 --out DIR --report REPORT.json

The kiosk is built by its composition root as `kiosk` builds it, full screen, on a throwaway data
folder with a small set of demo records, a frozen clock and no idle timeout. For each
combination a visit begins and the visitor's choices are made with the header's toggles. Then
every screen of the navigator is opened, signed out, or with a resident signed in where the
screen sends a visitor to sign in (or has nothing to show otherwise); each state the screen's
`tour_states()` yields is pictured and audited; the first state with a text field once more
with the on-screen keyboard up (focus in that field), unless a state already showed it. Then the
staff console in the same look and language: its sign-in (and with the keyboard up), and each
page a supervisor made for the tour has, in each state its `tour_states()` yields.

Before each screen the window is given its screen's size again, as at a start: a window that
grew for one screen does not shrink by itself, and each screen's findings should be its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from kiosk.app import Kiosk
from kiosk.core.session import DisplayPrefs, EndReason
from kiosk.startup import prepare
from kiosk.tour import COMBINATIONS, LANGUAGES, Combination, combination_named
from kiosk.ui.audit import Untranslated, audit
from kiosk.ui.i18n import TsTranslator
from kiosk.ui.idle import IdleTimings
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.keyboard import OnScreenKeyboard, keyboard_kind

if TYPE_CHECKING:
    from kiosk.core.accounts import AccountView
    from kiosk.core.staff import StaffMember
    from kiosk.ui.console.shell import ConsoleShell

FROZEN_NOW = dt.datetime(2026, 11, 22, 10, 30)      # as the UI tests' clock
DEMO_PARCELS, DEMO_RECORDS = 300, 1500
NEVER_IDLE = IdleTimings.from_seconds(24 * 3600, 600)
SETTLE_ROUNDS = 4
RESIDENT_PASSWORD = "Maple-Harbor-72"
SUPERVISOR_NAME = "gfitzgerald"
SUPERVISOR_FIRST_PASSWORD, SUPERVISOR_PASSWORD = "Harbor-Light-2026", "Cedar-Lantern-48"


def build_kiosk(config: str | None, data_dir: Path) -> Kiosk:
    """The kiosk as `kiosk --fullscreen` builds it, on demo records and SQLite in data_dir;
    it prints to files there and sends no e-mail."""
    overrides = {"data_dir": str(data_dir), "database_url": "", "demo_records": False, "fullscreen": True,
                 "printer_backend": "file", "printer_name": "", "smtp_host": "", "languages": list(LANGUAGES)}
    prepared = prepare(config, overrides, log_to_file=False)
    from kiosk.admin.demo import load

    load(prepared, parcels=DEMO_PARCELS, records=DEMO_RECORDS, today=FROZEN_NOW.date(), out=io.StringIO())
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1])
    built = Kiosk(prepared, app, timings=NEVER_IDLE, now=lambda: FROZEN_NOW)
    built.show()
    app.processEvents()
    built.finish_startup()
    return built


class Tour:
    def __init__(self, kiosk: Kiosk, out: Path, size: str) -> None:
        self.kiosk, self.out, self.size = kiosk, out, size
        self.findings: list[dict[str, str]] = []
        self.shots: list[dict[str, str]] = []
        self.unshown: list[str] = []          # "combination/screen" never pictured: the tour failed there
        self.combination = COMBINATIONS[0]
        self._resident: AccountView | None = None
        self._staff_made = False
        self._untranslated: tuple[int, Untranslated] = (-1, Untranslated(()))
        self._translated: dict[str, frozenset[str]] = {}
        # PNGs are written on a thread of their own (QImage.save lets go of the GIL) while the tour goes on.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tour-png")
        self._written: list[Future[bool]] = []

    # -- driving ----------------------------------------------------------------------------

    def run(self, combinations: Sequence[Combination] = COMBINATIONS) -> None:
        for combination in combinations:
            self.tour_combination(combination)

    def tour_combination(self, combination: Combination) -> None:
        """One visit, the visitor's choices made as a visitor makes them, every screen."""
        self.combination = combination
        visits, header = self.kiosk.visits, self.kiosk.header
        assert visits is not None           # the kiosk has started up
        TsTranslator.record_misses(combination.language != self.kiosk.default_prefs.language)
        visits.begin()
        self._fit_window()
        for _ in header.languages:
            if header.prefs.language == combination.language:
                break
            header.language.click()
        if combination.large_text:
            header.large_text.click()
        if combination.high_contrast:
            header.high_contrast.click()
        self.settle()
        for screen_id in self.kiosk.navigator.factories:
            self.tour_screen(screen_id)
        visits.end(EndReason.FINISH)
        self.settle()
        self.tour_console(combination)
        TsTranslator.record_misses(False)

    def _fit_window(self) -> None:
        """The window back to its screen's size, as the kiosk starts: a window that grew for an
        earlier screen does not shrink by itself, and each screen's findings should be its own."""
        window = self.kiosk.window
        screen = window.screen().geometry()
        if window.geometry() != screen:
            window.setGeometry(screen)
        self.settle()

    def tour_screen(self, screen_id: str) -> None:
        """Signed out first; with a resident signed in if the screen went elsewhere or showed nothing."""
        self._sign_out()
        self._fit_window()
        shown = self._open(screen_id)
        if shown is None or not self._tour_states(shown):
            self._sign_in()
            shown = self._open(screen_id)
            if shown is None or not self._tour_states(shown):
                self.unshown.append(f"{self.combination.name}/{screen_id}")
        self._sign_out()

    def _open(self, screen_id: str) -> Screen | None:
        navigator = self.kiosk.navigator
        if navigator.current is not None and navigator.current.screen_id == screen_id:
            navigator.go(navigator.home)          # so it is entered afresh
        navigator.go(screen_id)
        self.settle()
        current = navigator.current
        return current if current is not None and current.screen_id == screen_id else None

    def _tour_states(self, screen: Screen) -> int:
        """Every state of the screen; the first with a text field, once more with the keyboard up
        (unless a state already showed it). Returns how many states were pictured."""
        shots, keyboard_seen = 0, False
        states = cast("Generator[str, None, None]", screen.tour_states())     # each one is a generator
        try:
            for state in states:
                self.settle()
                if self.kiosk.navigator.current is not screen:
                    print(f"tour: {screen.screen_id} left for {self.kiosk.navigator.current!r} in state {state!r}",
                          file=sys.stderr)
                    break
                self.capture(screen, state)
                shots += 1
                keyboard_seen = keyboard_seen or self.kiosk.keyboard.isVisible()
                field = None if keyboard_seen else first_text_field(screen)
                if field is not None:
                    field.setFocus()
                    self.settle()
                    if self.kiosk.keyboard.isVisible():
                        self.capture(screen, f"{state}-keyboard" if state else "keyboard")
                        keyboard_seen = True
                    field.clearFocus()
                    self.settle()
        finally:
            states.close()
        return shots

    def settle(self) -> None:
        """Let background work finish and its results, layouts and timers of 0 ms land."""
        app = cast(QApplication, QApplication.instance())
        for _ in range(SETTLE_ROUNDS):
            self.kiosk.tasks.wait_for_done(30_000)
            app.processEvents()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

    def _sign_in(self) -> None:
        session = self.kiosk.sessions.current
        if session is None or session.signed_in:
            return
        if self._resident is None:
            self._resident = register_resident(self.kiosk)
        session.sign_in(self._resident.account_id, self._resident.username, may_do_business=True)

    def _sign_out(self) -> None:
        session = self.kiosk.sessions.current
        if session is not None and session.signed_in:
            session.sign_out()

    # -- the staff console ------------------------------------------------------------------

    def tour_console(self, combination: Combination) -> None:
        """The console as staff see it in this combination's look and language: the sign-in (and
        once more with the keyboard up), then each page a supervisor has, in each of its states."""
        kiosk = self.kiosk
        self._fit_window()
        kiosk.open_console()
        # Opening the console ended the visit, so the kiosk's own look is back. Staff choose large
        # text and high contrast with the console's toggles once signed in (the console is attached
        # to the DisplayController as the visitor area is); the sign-in is pictured in that look too.
        kiosk.display.apply(DisplayPrefs(combination.language, combination.large_text, combination.high_contrast))
        TsTranslator.record_misses(combination.language != kiosk.default_prefs.language)
        shell = kiosk.console
        if isinstance(shell.keyboard, OnScreenKeyboard):
            shell.keyboard.set_scale(kiosk.display.look.scale)
        try:
            self._tour_console_sign_in(shell)
            shell.sign_in.signed_in.emit(self._supervisor())
            shell.set_look(combination.large_text, combination.high_contrast)     # the toggles show it
            self.settle()
            for page_id in list(shell.pages):
                self._fit_window()
                shell.show_page(page_id)
                self.settle()
                if not self._tour_page(shell, page_id):
                    self.unshown.append(f"{combination.name}/console-{page_id}")
        finally:
            if not shell.showing_sign_in():
                shell.sign_out.click()         # on the kiosk: back to the residents' attract screen
            else:
                shell.leave()
            kiosk.display.apply(kiosk.default_prefs)
            if isinstance(shell.keyboard, OnScreenKeyboard):
                shell.keyboard.set_scale(kiosk.display.look.scale)
            self.settle()

    def _tour_console_sign_in(self, shell: ConsoleShell) -> None:
        field = first_text_field(shell.sign_in)
        if field is not None:
            field.clearFocus()
        self.settle()
        self.capture("console-signin", "")
        if field is not None:
            field.setFocus()
            self.settle()
            if shell.keyboard is not None and shell.keyboard.isVisible():
                self.capture("console-signin", "keyboard")
            field.clearFocus()
            self.settle()

    def _tour_page(self, shell: ConsoleShell, page_id: str) -> int:
        page = shell.pages[page_id]
        shots = 0
        states = cast("Generator[str, None, None]", page.tour_states())
        try:
            for state in states:
                self.settle()
                if shell.current_page() is not page:
                    print(f"tour: console page {page_id} left in state {state!r}", file=sys.stderr)
                    break
                self.capture(f"console-{page_id}", state)
                shots += 1
        finally:
            states.close()
        return shots

    def _supervisor(self) -> StaffMember:
        """The tour's supervisor, signed in as the console signs staff in (made, the first password
        changed, the first time)."""
        from kiosk.core.staff import Actor, StaffRole

        staff = self.kiosk.staff
        if not self._staff_made:
            staff.add(Actor.command_line("kiosk-tour"), SUPERVISOR_NAME, "Guadalupe Fitzgerald-Okonkwo",
                      StaffRole.SUPERVISOR, SUPERVISOR_FIRST_PASSWORD, SUPERVISOR_FIRST_PASSWORD)
            staff.change_password(SUPERVISOR_NAME, SUPERVISOR_FIRST_PASSWORD, SUPERVISOR_PASSWORD, SUPERVISOR_PASSWORD)
            self._staff_made = True
        member = staff.sign_in(SUPERVISOR_NAME, SUPERVISOR_PASSWORD).staff
        if member is None:
            raise RuntimeError("the tour's supervisor could not sign in")
        return member

    # -- looking ----------------------------------------------------------------------------

    def capture(self, screen: Screen | str, state: str) -> None:
        """Picture the window and audit it, as it is now; screen is a visitor's Screen or the
        name a console step is pictured under ("console-signin", "console-queue")."""
        window = self.kiosk.window
        image = window.grab().toImage()
        combination = self.combination
        screen_id = screen if isinstance(screen, str) else screen.screen_id
        name = f"{screen_id}-{state}" if state else screen_id
        path = self.out / self.size / combination.name / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        # The stubs want QImage.save's format as bytes, which PySide6 refuses; it takes a str.
        self._written.append(self._writer.submit(image.save, str(path), "PNG", 80))  # type: ignore[arg-type]
        where = {"size": self.size, "combination": combination.name, "screen": screen_id, "state": state}
        self.shots.append({**where, "png": str(path.relative_to(self.out))})
        for finding in audit(window, combination.high_contrast, self.untranslated(), image):
            self.findings.append({**where, **finding.as_dict()})

    def finish_pictures(self) -> None:
        """Wait for every PNG to be written; OSError if one could not be."""
        self._writer.shutdown(wait=True)
        if not all(done.result() for done in self._written):
            raise OSError(f"some pictures could not be written under {self.out}")

    def untranslated(self) -> Untranslated | None:
        """What counts as English on a screen in another language: the sources the translator
        had nothing for, and any translated source shown as it is (never retranslated)."""
        missed, language = TsTranslator.missed, self.combination.language
        if missed is None:
            return None
        if language not in self._translated:
            self._translated[language] = translated_sources(language)
        if self._untranslated[0] != len(missed):          # compiled again only when a miss was added
            self._untranslated = (len(missed), Untranslated(missed, self._translated[language]))
        return self._untranslated[1]


def translated_sources(language: str) -> frozenset[str]:
    """The English sources the language's .ts gives a different text for."""
    import xml.etree.ElementTree as ET

    from kiosk.paths import translations_dir
    from kiosk.ui.i18n import translation_file

    path = translation_file(translations_dir(), language)
    if path is None:
        return frozenset()
    out = set()
    for message in ET.parse(path).getroot().iter("message"):
        source, node = message.findtext("source", ""), message.find("translation")
        if node is not None and node.text and node.get("type") is None and node.text != source:
            out.add(source)
    return frozenset(out)


def first_text_field(screen: QWidget) -> QWidget | None:
    """The first visible field that takes text from the on-screen keyboard, in the screen's tree."""
    def walk(widget: QWidget) -> Iterator[QWidget]:
        for child in widget.children():
            if isinstance(child, QWidget) and child.isVisible():
                yield child
                yield from walk(child)

    for widget in walk(screen):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.isEnabled() \
                and not widget.isReadOnly() and keyboard_kind(widget) != "none":
            return widget
    return None


def register_resident(kiosk: Kiosk) -> AccountView:
    """The tour's resident: a name as long as real ones get, with the town's current terms."""
    from kiosk.core.accounts import Contact, Registration

    pack = kiosk.prepared.pack
    contact = Contact(first_name="María José", last_name="Castellanos-Whitfield", phone="2035550123",
                      email="mj.castellanos@example.com", state=pack.state)
    return kiosk.accounts.register(
        Registration("mjcastellanos", RESIDENT_PASSWORD, RESIDENT_PASSWORD, pack.security_questions[0], "heron",
                     contact), pack.policy("terms", FROZEN_NOW.date()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.tour.child")
    parser.add_argument("--size", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument("--config")
    parser.add_argument("--combination", action="append", type=combination_named)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data_dir = Path(tempfile.mkdtemp(prefix="kiosk-tour-data-"))
    try:
        kiosk = build_kiosk(args.config, data_dir)
        tour = Tour(kiosk, args.out, args.size)
        tour.settle()
        try:
            tour.run(args.combination or COMBINATIONS)
        finally:
            kiosk.shutdown()
            tour.finish_pictures()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    args.report.write_text(json.dumps({"size": args.size, "findings": tour.findings, "shots": tour.shots,
                                       "error": f"never shown: {', '.join(tour.unshown)}" if tour.unshown else "",
                                       "child_s": time.perf_counter() - started, "cpu_s": time.process_time()}),
                           encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
