# SPDX-License-Identifier: Apache-2.0
"""The privacy sweep: type a unique marker into every field of every screen, end the visit by each
path, and search everywhere the kiosk could have kept it. It must be found nowhere."""

from __future__ import annotations

import functools
import gc
import secrets
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.core.session import EndReason
from tests.support import ManualClock, find, tap
from tests.ui.widget_walk import editable_fields, flush_deleted_widgets, texts_of, visit_every_screen


def fill_every_field(qtbot, kiosk, marker: str) -> int:
    filled = 0
    for screen in visit_every_screen(kiosk):
        for field in editable_fields(screen):
            if isinstance(field, QLineEdit) and field.maxLength() < len(marker):
                continue        # a two-letter state code cannot carry the marker (nor much else)
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()           # typed over what a screen filled in (the town's state)
            qtbot.keyClicks(field, marker)
            typed = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            assert marker in typed, f"could not type into {field.objectName()}"
            field.selectAll()
            field.copy()
            filled += 1
    assert marker in QGuiApplication.clipboard().text()
    return filled


def end_visit(qtbot, kiosk, path: str, clock: ManualClock | None = None) -> None:
    if path == "finish":
        tap(qtbot, kiosk.nav.finish)
    elif path == "start_over":
        tap(qtbot, kiosk.nav.start_over)
    elif path == "staff_reset":
        kiosk.visits.end(EndReason.STAFF_RESET)
    else:  # idle: nobody touches anything for the idle time and the whole warning
        assert clock is not None, "the idle path needs the kiosk's idle clock"
        with qtbot.waitSignal(kiosk.visits.visit_ended, timeout=10_000):
            clock.advance(kiosk.idle.timings.idle_ms + kiosk.idle.timings.warning_ms)
    assert kiosk.window.showing_attract()


def files_holding(folder: Path, marker: str) -> list[Path]:
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"))
    return [p for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def rows_holding(engine: sa.Engine, marker: str) -> list[str]:
    found = []
    metadata = sa.MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(sa.select(table)):
                if marker in repr(tuple(row)):
                    found.append(table.name)
    return found


@pytest.mark.parametrize("path", ["finish", "start_over", "idle", "staff_reset"])
def test_nothing_typed_outlives_the_visit(qtbot, make_kiosk, tmp_path, private_tmp, path):
    marker = f"Zq{secrets.token_hex(6)}"
    clock = ManualClock()        # stands still while the fields are filled, however long that takes
    kiosk = make_kiosk(idle_clock=clock)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    filled = fill_every_field(qtbot, kiosk, marker)
    assert filled >= 1
    scratch = kiosk.sessions.current.scratch_dir()
    (scratch / "preview.pdf").write_text(marker)   # what a print preview of this visit would leave
    end_visit(qtbot, kiosk, path, clock)
    kiosk.recorder.flush()
    flush_deleted_widgets()

    leaks = [w.objectName() or type(w).__name__ for w in QApplication.allWidgets()
             if any(marker in t for t in texts_of(w))]
    assert leaks == [], "the marker is still in widgets"
    clipboard = QGuiApplication.clipboard()
    assert marker not in clipboard.text(QClipboard.Mode.Clipboard)
    assert marker not in clipboard.text(QClipboard.Mode.Selection)
    data_dir = tmp_path / "data"
    assert files_holding(private_tmp, marker) == []
    assert files_holding(data_dir, marker) == []          # logs, database files, spool, scratch
    assert not scratch.exists()
    assert rows_holding(kiosk.engine, marker) == []
    assert kiosk.stats.count() == 1                     # the anonymous record of the visit itself

    # The next visitor finds every screen empty: no text, no undo history, no completer.
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    for screen in visit_every_screen(kiosk):
        for widget in screen.findChildren(QWidget):
            assert all(marker not in t for t in texts_of(widget)), widget.objectName()
        for field in editable_fields(screen):
            assert getattr(field, "completer", lambda: None)() is None, f"{field.objectName()} learns entries"


def test_display_choices_and_identity_do_not_carry_over(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    kiosk.sessions.current.account_id = 42        # a signed-in resident (accounts arrive later)
    tap(qtbot, kiosk.header.language)
    tap(qtbot, kiosk.header.large_text)
    tap(qtbot, kiosk.nav.finish)
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    session = kiosk.sessions.current
    assert session.account_id is None
    assert session.prefs == kiosk.default_prefs
    assert kiosk.display.language == "en" and not kiosk.display.look.large_text


def test_a_sent_message_lives_only_in_the_stored_submission(qtbot, make_kiosk, tmp_path, private_tmp):
    from tests.ui.test_contact_forms import fill, open_form, review_and_send

    sent, unsent = f"Zs{secrets.token_hex(6)}", f"Zu{secrets.token_hex(6)}"
    kiosk = make_kiosk(printer_backend="file", printer_name=str(tmp_path / "printed"))
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen)
    description = next(w for w in screen.inputs if w.spec.field_id == "description")
    qtbot.keyClicks(description.input, f" {sent}")
    description.input.selectAll()
    description.input.copy()
    reference = review_and_send(qtbot, screen)
    qtbot.waitUntil(lambda: "printed" in screen.receipt_status.text(), timeout=10_000)
    tap(qtbot, kiosk.nav.back)                        # a second message, begun and left unsent
    tap(qtbot, kiosk.navigator.current.findChild(QWidget, "contact_contact"))
    other = kiosk.navigator.current
    field = next(w for w in other.inputs if w.spec.kind.value == "long_text")
    qtbot.keyClicks(field.input, unsent)
    end_visit(qtbot, kiosk, "finish")
    kiosk.recorder.flush()
    flush_deleted_widgets()

    for marker in (sent, unsent):
        assert [w.objectName() for w in QApplication.allWidgets() if any(marker in t for t in texts_of(w))] == []
        assert marker not in QGuiApplication.clipboard().text()
        assert files_holding(private_tmp, marker) == []
        database = {"kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm"}
        assert [p.name for p in files_holding(tmp_path / "data", marker) if p.name not in database] == []
        assert list(files_holding(tmp_path / "printed", marker)) == []   # the receipt carries neither
    assert set(rows_holding(kiosk.engine, sent)) == {"submissions"}
    assert rows_holding(kiosk.engine, unsent) == []
    with kiosk.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM submissions WHERE reference = :r"),
                            {"r": reference}).scalar_one() == 1


def cached_texts() -> dict[str, set[str]]:
    """What every lru_cache of a kiosk module (the address-key cache among them) and the engine's
    compiled-statement cache hold, as text, by cache. lru_cache keeps its entries in a dict that
    only the garbage collector shows."""
    out: dict[str, set[str]] = {}
    for name, module in list(sys.modules.items()):
        if name != "kiosk" and not name.startswith("kiosk."):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, functools._lru_cache_wrapper):
                entries = [d for d in gc.get_referents(value) if isinstance(d, dict) and "__module__" not in d]
                out[f"{name}.{attr}"] = {repr(key) for entries_of in entries for key in entries_of}
    return out


def test_a_search_leaves_no_trace_in_any_cache(qtbot, make_kiosk):
    marker = f"Zq{secrets.token_hex(6)}"
    canary = f"12 {marker} Street"                   # an address: it goes through the address key
    kiosk = make_kiosk()
    from kiosk.core.records.addresses import address_key

    address_key("12 Main Street")                    # the town's own addresses are cached as before
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_search"))
    screen = kiosk.navigator.current
    field = find(screen, "searchQuery")
    tap(qtbot, field)
    with qtbot.waitSignal(screen.results_shown, timeout=10_000, check_params_cb=lambda text: text == canary):
        qtbot.keyClicks(field, canary)
    end_visit(qtbot, kiosk, "finish")

    caches = cached_texts()
    assert "kiosk.core.records.addresses._stable_key" in caches and any("MAIN" in t for t in caches[
        "kiosk.core.records.addresses._stable_key"]), "the inspection must see the address-key cache"
    assert {name: [t for t in texts if marker.upper() in t.upper()] for name, texts in caches.items()} == \
        {name: [] for name in caches}
    compiled = getattr(kiosk.engine, "_compiled_cache", None) or {}
    assert [key for key in list(compiled) if marker.upper() in repr(key).upper()] == []
