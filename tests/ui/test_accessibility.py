# SPDX-License-Identifier: Apache-2.0
"""Touch-first and accessible, on every screen (walked, not listed): names for screen readers,
targets of at least 44 x 44 px, data shown as plain text, and everything reachable by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollBar, QWidget

from tests.support import find, tap
from tests.ui.widget_walk import INTERACTIVE, visit_every_screen

MIN_TARGET = 44


def interactive_widgets(root: QWidget) -> list[QWidget]:
    # Scroll bars are a second way to scroll (flicking is the first); they are not targets of their own.
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()
            and not isinstance(w.parentWidget(), QScrollBar)]


def problems_on(root: QWidget) -> list[str]:
    problems = []
    for w in interactive_widgets(root):
        name = w.objectName() or f"<{type(w).__name__} without objectName>"
        if not w.objectName():
            problems.append(f"{name}: no objectName")
        if not w.accessibleName().strip():
            problems.append(f"{name}: no accessibleName")
        if w.width() < MIN_TARGET or w.height() < MIN_TARGET:
            problems.append(f"{name}: {w.width()}x{w.height()} px is smaller than {MIN_TARGET}x{MIN_TARGET}")
    for label in root.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.PlainText and label.text():
            problems.append(f"{label.objectName()}: shows text as {label.textFormat()}, not plain text")
    return problems


@pytest.mark.parametrize("large_text", [False, True])
def test_every_control_on_every_screen_is_named_and_big_enough(qtbot, kiosk, large_text):
    assert problems_on(kiosk.window) == []          # the attract screen
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    if large_text:
        tap(qtbot, kiosk.header.large_text)
    problems = []
    for screen in visit_every_screen(kiosk):
        qtbot.waitUntil(screen.isVisible)
        problems += [f"{screen.screen_id}: {p}" for p in problems_on(kiosk.window)]
    assert problems == []


def test_on_screen_keyboard_keys_are_named_and_never_hide_the_field(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    kiosk.navigator.go("policies")
    field = find(kiosk.navigator.current, "policyFind")
    tap(qtbot, field)
    qtbot.waitUntil(kiosk.keyboard.isVisible)
    assert problems_on(kiosk.keyboard) == []

    def field_in_view() -> bool:
        # All of the field shows (its 2 px border may touch the edge), none of it under the keyboard.
        return field.visibleRegion().boundingRect().height() >= field.height() - 2

    qtbot.waitUntil(field_in_view)


def test_keyboard_alone_can_move_through_a_screen(qtbot, kiosk):
    kiosk.attract.start.setFocus()
    qtbot.keyClick(kiosk.attract.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    home = kiosk.navigator.current
    home.tiles["search"].setFocus()
    seen = []
    for _ in range(12):
        seen.append(kiosk.app.focusWidget().objectName())
        qtbot.keyClick(kiosk.app.focusWidget(), Qt.Key.Key_Tab)
    assert {"home_search", "home_register", "home_policies", "navFinish"} <= set(seen)
    home.tiles["policies"].setFocus()
    qtbot.keyClick(home.tiles["policies"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "policies")


def test_text_from_data_is_never_interpreted_as_markup(qtbot, make_kiosk, tmp_path):
    import shutil

    from kiosk.paths import towns_dir
    pack = tmp_path / "town"
    shutil.copytree(towns_dir() / "westport", pack)
    manifest = pack / "pack.toml"
    manifest.write_text(manifest.read_text().replace('front_desk = "', 'front_desk = "<b>bold</b> <img src=x> ', 1))
    kiosk = make_kiosk(town=str(pack))
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    screen = kiosk.navigator.go("search")            # no records loaded: it says so, with the front desk
    help_label = screen.findChild(QLabel, "searchSummary")
    qtbot.waitUntil(lambda: "<b>bold</b> <img src=x>" in help_label.text())
    assert help_label.textFormat() == Qt.TextFormat.PlainText
