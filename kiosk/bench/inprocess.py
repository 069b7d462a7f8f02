# SPDX-License-Identifier: Apache-2.0
"""The in-process half of `kiosk-admin bench`: one kiosk, offscreen, driven by real clicks.

Run by `kiosk.bench` in a child process of its own (so the parent's imports do not count
in the memory figures):

    python -m kiosk.bench.inprocess --data-dir DIR [--visits N] [--warmup N]

It prints one line ``BENCH_RESULT {json}`` on stdout. Everything it writes goes under DIR,
which the parent deletes. Each measurement is a function in MEASUREMENTS taking the Bench and
returning a dict of figures; a later issue adds a function there.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import itertools
import json
import math
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")   # as the kiosk's own logging set-up does

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: N812 - a constant, named as one
from PySide6.QtCore import QEvent, QObject, Qt, qVersion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from kiosk.app import Kiosk
from kiosk.bench.context import RESULT_PREFIX
from kiosk.core.session import EndReason
from kiosk.startup import prepare

if TYPE_CHECKING:
    from kiosk.ui.visit import VisitController
    from kiosk.ui.widgets.choice import ChoicePicker

TILES = ("search", "register", "signin", "contact", "policies")
END_REASONS = (EndReason.START_OVER, EndReason.FINISH, EndReason.IDLE)
TYPED = "parking permit"


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 200 samples is the 190th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def rss_mb() -> float | None:
    """Resident set size of this process now, in MB (MiB), or None where it cannot be read."""
    gc.collect()
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import psutil
    except ImportError:
        return None
    return psutil.Process().memory_info().rss / (1024 * 1024)


class SingletonGuard:
    """Counts the references to None, True and False that the kiosk loses, and keeps them alive.

    PySide6 6.12.0 on Python 3.11 (where these are not yet immortal) drops one reference to None
    on every call of a void method (setText, setEnabled, update, ...) and one to True on every
    Signal.emit(). When a count reaches zero Python aborts ("deallocating None", "deallocating
    True or False"): a kiosk dies after some hundreds of visits. The benchmark reports the loss
    and tops the counts up between visits (never while timing) so that it can measure the rest.
    """

    OBJECTS: ClassVar[dict[str, object]] = {"none": None, "true": True, "false": False}
    FLOOR, TOP_UP = 1_000_000, 2_000_000

    def __init__(self) -> None:
        self.added = dict.fromkeys(self.OBJECTS, 0)
        self._incref = ctypes.pythonapi.Py_IncRef
        self._incref.argtypes = [ctypes.py_object]
        self._incref.restype = None

    def levels(self) -> dict[str, int]:
        """Each reference count as it would be without the top-ups."""
        return {name: sys.getrefcount(obj) - self.added[name] for name, obj in self.OBJECTS.items()}

    def top_up(self) -> None:
        for name, obj in self.OBJECTS.items():
            if sys.getrefcount(obj) < self.FLOOR:       # never true where they are immortal (3.12+)
                for _ in range(self.TOP_UP):
                    self._incref(obj)
                self.added[name] += self.TOP_UP


class _PaintWatch(QObject):
    """Notes whether a widget received a Paint event since the last reset()."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class Bench:
    """A kiosk built exactly as `kiosk` builds it, with helpers to drive visits by clicks."""

    def __init__(self, data_dir: Path, visits: int, warmup: int, records_db: Path | None = None,
                 database_url: str = "") -> None:
        self.visits_wanted, self.warmup = visits, warmup
        self.guard = SingletonGuard()
        self.guard.top_up()
        self.harness_calls = 0
        config = data_dir / "bench.toml"
        config.write_text(f"data_dir = {json.dumps(str(data_dir / 'data'))}\ndemo_records = false\n", encoding="utf-8")
        database_url = f"sqlite:///{records_db}" if records_db else database_url
        # keyring_backend "none": a benchmark's throwaway PostgreSQL trusts its local user, no password to fetch.
        prepared = prepare(str(config), {"printer_backend": "file", "database_url": database_url,
                                         "keyring_backend": "none"}, log_to_file=False)
        self.app = cast("QApplication | None", QApplication.instance()) or QApplication([sys.argv[0]])
        self.kiosk = Kiosk(prepared, self.app)
        self.kiosk.show()
        self.settle()
        self.kiosk.finish_startup()
        self.settle()
        self.refs_at_ready = self.guard.levels()   # what a real kiosk has left when ready
        self.harness_loss = self._calibrate()
        self.watch = _PaintWatch()
        self.results: dict[str, object] = {}
        self._tiles = itertools.cycle(TILES)
        self._reasons = itertools.cycle(END_REASONS)

    @property
    def visits(self) -> VisitController:
        """The kiosk's visits, there since finish_startup()."""
        assert self.kiosk.visits is not None
        return self.kiosk.visits

    def _calibrate(self, calls: int = 1000) -> float:
        """References to None lost by one void call (1 with the PySide6 bug, else 0), so that
        the benchmark's own calls can be taken out of the kiosk's figure."""
        before = sys.getrefcount(None)
        for _ in range(calls):
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return max(0.0, (before - sys.getrefcount(None)) / calls)

    # -- driving the kiosk ---------------------------------------------------------------------

    def settle(self) -> None:
        """Let the event loop run dry, as between two visitors: deleted screens really deleted,
        the navigator's prewarm chain (one screen per loop turn) done, background results in."""
        for _ in range(8):
            self.qt(QApplication.sendPostedEvents, None, QEvent.Type.DeferredDelete)
            self.qt(self.app.processEvents)
        self.qt(QApplication.sendPostedEvents, None, QEvent.Type.DeferredDelete)
        self.guard.top_up()

    def painted_after(self, action: Callable[[], None], widget: QWidget) -> float:
        """Seconds from just before `action` to `widget` painted: pending events processed as the
        event loop would (which paints what changed); if that painted nothing, a synchronous repaint."""
        self.watch.painted = False
        self.qt(widget.installEventFilter, self.watch)
        try:
            start = time.perf_counter()
            action()
            self.qt(QApplication.sendPostedEvents, None, QEvent.Type.DeferredDelete)
            self.qt(self.app.processEvents)
            if not self.watch.painted:
                self.qt(self.kiosk.window.repaint)
            elapsed = time.perf_counter() - start
        finally:
            self.qt(widget.removeEventFilter, self.watch)
        return elapsed

    def qt(self, fn: Callable[..., None], *args: object) -> None:
        """A void Qt call of the benchmark's own (counted: each may lose a None, see SingletonGuard)."""
        self.harness_calls += 1
        fn(*args)

    def click(self, button: QWidget) -> None:
        self.qt(QTest.mouseClick, button, Qt.MouseButton.LeftButton)

    def begin(self) -> None:
        self.click(self.kiosk.attract.start)
        self.qt(self.app.processEvents)
        if self.visits.sessions.current is None:
            raise RuntimeError("tapping the attract screen did not begin a visit")

    def tile(self, name: str) -> QWidget:
        home = self.kiosk.navigator.current
        return home.tiles[name]  # type: ignore[union-attr]

    def type_if_field(self) -> None:
        screen = self.kiosk.navigator.current
        field = screen.findChild(QLineEdit) if screen is not None else None
        if field is None:
            self.harness_calls += 1        # a None returned by PySide, see SingletonGuard
        elif field.isVisible():
            self.click(field)
            self.qt(QTest.keyClicks, field, TYPED)
            self.qt(QTest.keyClick, field, Qt.Key.Key_Return)

    def one_visit(self, reason: EndReason | None = None) -> None:
        """Begin, visit two or three screens by clicks (typing where there is a field), end."""
        self.begin()
        for _ in range(2):
            self.click(self.tile(next(self._tiles)))
            self.type_if_field()
            self.click(self.kiosk.window.nav.back)
        self.click(self.tile(next(self._tiles)))
        self.type_if_field()
        self.qt(self.app.processEvents)
        self.visits.end(reason or next(self._reasons))
        self.settle()


# -- measurements ------------------------------------------------------------------------------

def measure_versions(bench: Bench) -> dict[str, object]:
    return {"python": sys.version.split()[0], "qt": qVersion(), "pyside": PYSIDE_VERSION}


def measure_rss_after_start(bench: Bench) -> dict[str, object]:
    bench.one_visit(EndReason.FINISH)
    return {"rss_mb": rss_mb()}


def measure_session_end(bench: Bench) -> dict[str, object]:
    """Visit a couple of screens, then Start over until the attract screen is painted again."""
    samples = []
    for _ in range(max(20, bench.visits_wanted // 5)):
        bench.begin()
        bench.click(bench.tile(next(bench._tiles)))
        bench.type_if_field()
        bench.click(bench.kiosk.window.nav.back)
        bench.click(bench.tile("policies"))
        bench.qt(bench.app.processEvents)
        samples.append(bench.painted_after(lambda: bench.visits.end(EndReason.START_OVER), bench.kiosk.attract))
        bench.settle()
    ms = [s * 1000 for s in samples]
    return {"session_end_ms_p95": percentile(ms, 95), "session_end_ms_median": percentile(ms, 50)}


def measure_taps(bench: Bench) -> dict[str, object]:
    """A tap on a home tile (and on Back) to the new screen painted; the attract tap too."""
    taps, attract_taps = [], []
    window = bench.kiosk.window
    for _ in range(max(20, bench.visits_wanted // 5)):
        attract_taps.append(bench.painted_after(lambda: bench.click(bench.kiosk.attract.start), window))
        for _ in range(3):
            button = bench.tile(next(bench._tiles))
            taps.append(bench.painted_after(partial(bench.click, button), window))
            taps.append(bench.painted_after(lambda: bench.click(window.nav.back), window))
        bench.visits.end(next(bench._reasons))
        bench.settle()
    ms = [s * 1000 for s in taps]
    return {"tap_to_screen_ms_p95": percentile(ms, 95), "tap_to_screen_ms_median": percentile(ms, 50),
            "attract_tap_ms_p95": percentile([s * 1000 for s in attract_taps], 95)}


def measure_rss_growth(bench: Bench) -> dict[str, object]:
    for _ in range(bench.warmup):
        bench.one_visit()
    before = rss_mb()
    refs_before = bench.guard.levels()
    calls_before = bench.harness_calls
    for _ in range(bench.visits_wanted):
        bench.one_visit()
    after = rss_mb()
    refs_after = bench.guard.levels()
    refs_after["none"] += round((bench.harness_calls - calls_before) * bench.harness_loss)   # not the kiosk's
    lost = {name: max(0.0, (refs_before[name] - refs_after[name]) / bench.visits_wanted) for name in refs_before}
    until_abort = [bench.refs_at_ready[name] / lost[name] for name in lost if lost[name] > 1]
    growth = None if before is None or after is None else (after - before) * 1000 / bench.visits_wanted
    return {"rss_growth_mb_per_1000_sessions": growth, "rss_after_warmup_mb": before, "rss_after_visits_mb": after,
            "growth_visits": bench.visits_wanted, "warmup_visits": bench.warmup,
            "refs_lost_per_visit": sum(lost.values()),
            **{f"{name}_refs_lost_per_visit": value for name, value in lost.items()},
            **{f"{name}_refs_at_ready": value for name, value in bench.refs_at_ready.items()},
            "visits_until_abort_estimate": int(min(until_abort)) if until_abort else None}


def measure_accounts(bench: Bench) -> dict[str, object]:
    """The final Accept to the account stored and its receipt built (Argon2 twice: password and
    security answer), and a sign-in (one Argon2 verify). Run as the worker thread runs them."""
    from kiosk.core import passwords
    from kiosk.core.accounts import Contact, Registration
    from kiosk.printing.receipts import AccountReceipt, render_account_receipt

    kiosk = bench.kiosk
    terms = kiosk.prepared.pack.policy("terms", kiosk.now().date())
    question = kiosk.prepared.pack.security_questions[0]
    register_ms, sign_in_ms = [], []
    for i in range(20):
        name = f"bench.resident{i}"
        reg = Registration(name, "Maple-Harbor-72", "Maple-Harbor-72", question, "blue heron",
                           Contact(first_name="Ada", last_name="Rivers", phone="2035550123",
                                   email=f"ada{i}@example.com"))
        start = time.perf_counter()
        account = kiosk.accounts.register(reg, terms)
        render_account_receipt(AccountReceipt(
            town_name=kiosk.prepared.pack.name, town_state=kiosk.prepared.pack.state, username=account.username,
            created_at=account.created_at, kiosk_id="bench", front_desk=kiosk.prepared.pack.front_desk,
            website=kiosk.prepared.pack.website, terms_title=terms.title, terms_version=terms.version,
            timezone=kiosk.prepared.pack.timezone))
        register_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        kiosk.accounts.sign_in(name, "Maple-Harbor-72")
        sign_in_ms.append((time.perf_counter() - start) * 1000)
    return {"register_ms_p95": percentile(register_ms, 95), "sign_in_ms_p95": percentile(sign_in_ms, 95),
            "argon2": f"argon2id m={passwords.MEMORY_COST_KIB} KiB t={passwords.TIME_COST} p={passwords.PARALLELISM}"}


def measure_typeahead(bench: Bench) -> dict[str, object]:
    """A key press in the search box to that text's results painted, on a large records database
    (--records-db): typed a character at a time, as a resident types, for terms drawn from it."""
    import sqlalchemy as sa

    from kiosk.core.records.search import worth_searching_as_typed
    from kiosk.ui.screens.search import SearchScreen

    assert bench.kiosk.engine is not None
    with bench.kiosk.engine.connect() as conn:            # terms from the middle of the set, not its start
        skip = conn.execute(sa.text("SELECT count(*) / 2 FROM parcels")).scalar_one()
        addresses = conn.execute(sa.text("SELECT address FROM parcels WHERE address IS NOT NULL "
                                         "ORDER BY id LIMIT 40 OFFSET :skip"), {"skip": skip}).scalars().all()
        skip = conn.execute(sa.text("SELECT count(*) / 2 FROM records")).scalar_one()
        numbers = conn.execute(sa.text("SELECT record_number FROM records ORDER BY id LIMIT 20 OFFSET :skip"),
                               {"skip": skip}).scalars().all()
    terms = [a.lower()[:12] for a in addresses] + [n[:8] for n in numbers]
    if not terms:
        raise RuntimeError("the records database holds no parcels or records to search for")
    bench.begin()
    bench.click(bench.tile("search"))
    screen = bench.kiosk.navigator.current
    if not isinstance(screen, SearchScreen):
        raise RuntimeError("the search tile did not open the search screen")
    shown: list[str] = []
    screen.results_shown.connect(shown.append)
    field = screen.query
    samples: list[float] = []
    texts: list[str] = []
    for term in terms:
        bench.qt(field.setText, "")
        bench.qt(bench.app.processEvents)
        for i, char in enumerate(term):
            text = term[:i + 1]

            searched = worth_searching_as_typed(text)       # else the screen says "keep typing"

            def press(c: str = char, t: str = text, wait: bool = searched) -> None:
                bench.qt(QTest.keyClick, field, c)
                deadline = time.perf_counter() + 5
                while wait and (not shown or shown[-1] != t) and time.perf_counter() < deadline:
                    bench.qt(bench.app.processEvents)
                    bench.kiosk.tasks.wait_for_done(1)

            samples.append(bench.painted_after(press, screen) * 1000)
            texts.append(text)
            if searched and (not shown or shown[-1] != text):
                raise RuntimeError(f"no results shown for {text!r}")
    bench.visits.end(EndReason.FINISH)
    bench.settle()
    return {"typeahead_paint_ms_p95": percentile(samples, 95), "typeahead_paint_ms_median": percentile(samples, 50),
            "typeahead_paint_ms_max": max(samples), "typeahead_keys": len(samples),
            "typeahead_slowest": sorted(zip(samples, texts, strict=True), reverse=True)[:8]}


def measure_submit(bench: Bench) -> dict[str, object]:
    """Send on a filled-in "Report a problem" to its reference number on screen and its receipt
    built and handed to the printer (the e-mail goes later, in the background, and is not part of it)."""
    from kiosk.ui.screens.contact_form import ContactFormScreen

    kiosk = bench.kiosk
    answers = {"location": "12 Main Street", "description": "Deep pothole in the right lane, a foot across.",
               "name": "Ada Rivers", "email": "ada@example.com"}
    samples = []
    for _ in range(30):
        bench.begin()
        screen = kiosk.navigator.go("contact_form", item=("problem", None))
        if not isinstance(screen, ContactFormScreen) or screen.form is None:
            raise RuntimeError("the pack has no 'problem' form to send")
        for widget in screen.inputs:
            if widget.spec.field_id == "problem":
                cast("ChoicePicker", widget.input).setCurrentIndex(0)
            elif widget.spec.field_id in answers:
                widget.set_value(answers[widget.spec.field_id]) if widget.spec.kind.value != "long_text" \
                    else cast(QPlainTextEdit, widget.input).setPlainText(answers["description"])
        bench.click(screen.to_review)
        start = time.perf_counter()
        bench.click(screen.send)
        deadline = start + 10
        while screen.stored is None and time.perf_counter() < deadline:
            bench.qt(bench.app.processEvents)
            kiosk.tasks.wait_for_done(1)
        if screen.stored is None:
            raise RuntimeError("Send did not store the message")
        bench.qt(screen.repaint)
        while not screen.reprint.isEnabled() and time.perf_counter() < deadline:    # the receipt built and spooled
            bench.qt(bench.app.processEvents)
            kiosk.tasks.wait_for_done(1)
        if not screen.reprint.isEnabled():
            raise RuntimeError("the receipt was not printed")
        samples.append((time.perf_counter() - start) * 1000)
        bench.visits.end(EndReason.FINISH)
        bench.settle()
    return {"submit_ms_p95": percentile(samples, 95), "submit_ms_median": percentile(samples, 50)}


MEASUREMENTS: list[Callable[[Bench], dict[str, object]]] = [
    measure_versions,
    measure_rss_after_start,     # first, before the timing loops touch the heap
    measure_session_end,
    measure_taps,
    measure_rss_growth,
    measure_accounts,
    measure_submit,
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.inprocess")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--records-db", type=Path, help="a SQLite database of many records: measure typing a search "
                                                        "on it (and nothing else)")
    args = parser.parse_args(argv)
    bench = Bench(args.data_dir, args.visits, args.warmup, args.records_db)
    results: dict[str, object] = {}
    try:
        for measure in ([measure_versions, measure_typeahead] if args.records_db else MEASUREMENTS):
            results.update(measure(bench))
    finally:
        bench.kiosk.shutdown()
        bench.settle()
    print(RESULT_PREFIX + json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
