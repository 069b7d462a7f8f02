# SPDX-License-Identifier: Apache-2.0
"""The console's Kiosks page, tapped like a finger: two kiosks on one database see each other, the
list refreshes itself every 30 s while shown (on the test's clock), a kiosk's details, the layout
audit at the tour's sizes in large text and high contrast; and a heartbeat that cannot reach its
database never holds up the GUI thread."""

from __future__ import annotations

import datetime as dt
import socket

from PySide6.QtCore import QTimer

from kiosk.core.fleet import Gauges, Heart
from kiosk.core.staff import StaffRole
from kiosk.storage.database import DatabaseLimits, open_engine, session_factory
from kiosk.storage.fleet_repo import SqlFleetRepository
from kiosk.ui.console.kiosks import REFRESH_MS
from kiosk.ui.tasks import TaskRunner
from tests.support import ManualClock, find, tap
from tests.ui.test_console_queue import add_staff
from tests.ui.test_staff_console import SIZES, audited, signed_in


def open_kiosks(qtbot, kiosk, username="mgarcia"):
    console = signed_in(qtbot, kiosk, username)
    tap(qtbot, find(console, "kiosksPageButton"))
    page = console.current_page()
    assert page is not None and page.page_id == "kiosks"
    return console, page


def shown(page) -> list[str]:
    return [row.accessibleName() for row in page.rows if row.isVisible()]


def test_two_kiosks_on_one_database_see_each_other_and_the_list_refreshes_itself(qtbot, make_kiosk, tmp_path):
    shared = f"sqlite:///{tmp_path / 'fleet.sqlite3'}"
    clock = ManualClock()
    lobby = make_kiosk(kiosk_id="lobby-1", database_url=shared, data_dir=str(tmp_path / "lobby"), fleet_clock=clock)
    add_staff(lobby, "mgarcia", "Maria Garcia", StaffRole.ASSISTANT)
    _console, page = open_kiosks(qtbot, lobby)
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    assert shown(page)[0].startswith("lobby-1, OK:")
    assert page.rows[0].chip_text() == "OK"
    library = make_kiosk(kiosk_id="library", database_url=shared, data_dir=str(tmp_path / "library"))
    assert library.tasks.wait_for_done(10000)                  # its first heartbeat is written
    assert len(shown(page)) == 1
    clock.advance(REFRESH_MS)                                  # the page reads the database again
    qtbot.waitUntil(lambda: len(shown(page)) == 2)
    assert [name.split(",")[0] for name in shown(page)] == ["library", "lobby-1"]
    assert page.summary.text().startswith("Kiosks: 2 (2 OK).")
    tap(qtbot, page.rows[0])                                   # the library's details
    qtbot.waitUntil(page.details.isVisible)
    assert page.detail_heading.text() == "Kiosk library"
    values = [w.accessibleName() for w in page.details.findChildren(type(page.summary)) if w.isVisible()]
    assert any(v.startswith("Printer: ready") for v in values)
    assert any(v.startswith("Outbox: empty") for v in values)
    assert any(v.startswith("Speech: not available") for v in values)
    tap(qtbot, page.close_details)
    qtbot.waitUntil(lambda: not page.details.isVisible())


def test_the_kiosks_page_passes_the_layout_audit_in_every_look(qtbot, make_kiosk):
    kiosk = make_kiosk(kiosk_id="lobby-with-a-long-name-1")
    add_staff(kiosk, "jboss", "Jo Boss", StaffRole.SUPERVISOR)
    console, page = open_kiosks(qtbot, kiosk, "jboss")
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    tap(qtbot, page.rows[0])
    qtbot.waitUntil(page.details.isVisible)
    findings = []
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    tap(qtbot, find(console, "consoleLargeText"))
    tap(qtbot, find(console, "consoleHighContrast"))
    qtbot.waitUntil(lambda: find(console, "consoleHighContrast").isChecked())
    for size in SIZES:
        findings += audited(qtbot, kiosk.window, size)
    assert findings == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_heartbeat_that_cannot_reach_its_database_never_holds_up_the_gui_thread(qtbot, tmp_path):
    url = f"postgresql+psycopg://kiosk@127.0.0.1:{free_port()}/fleet"     # nothing listens there
    down = open_engine(url, DatabaseLimits(2, 2, 2))
    up = open_engine(f"sqlite:///{tmp_path / 'up.sqlite3'}")
    from kiosk.storage.migrations import upgrade

    upgrade(up)
    stores = {"now": SqlFleetRepository(session_factory(down))}

    class Either:                   # the database the test says is there (the real one or none)
        def write(self, beat):
            stores["now"].write(beat)

        def latest(self):
            return stores["now"].latest()

    heart = Heart("lobby-1", "1.0", Either(), Gauges(), lambda: dt.datetime.now(dt.UTC))
    tasks = TaskRunner()
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    outcomes = []
    try:
        for n in (1, 2):                                         # each beat tries again, and fails
            tasks.run(tasks, heart.beat, outcomes.append)
            qtbot.waitUntil(lambda n=n: len(outcomes) == n, timeout=10000)
        assert outcomes == [None, None] and heart.failures == 2
        assert len(ticks) > 0                                    # the GUI thread went on meanwhile
        stores["now"] = SqlFleetRepository(session_factory(up))  # the database is back
        tasks.run(tasks, heart.beat, outcomes.append)
        qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=10000)
        assert outcomes[-1] is not None and heart.failures == 0
        (row,) = SqlFleetRepository(session_factory(up)).latest()
        assert row.beat.database_lost_at is not None and row.beat.database_back_at is not None
    finally:
        timer.stop()
        tasks.wait_for_done()
        down.dispose()
        up.dispose()
