# SPDX-License-Identifier: Apache-2.0
"""Privacy & terms: reading, finding a word, flicking, and printing a notice (read back from the PDF)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScroller

from tests.support import find, tap


def open_policies(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    tap(qtbot, find(kiosk.navigator.current, "home_policies"))
    qtbot.waitUntil(lambda: kiosk.navigator.current.screen_id == "policies")
    return kiosk.navigator.current


def test_home_announces_the_recent_policy_change(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    notice = find(kiosk.navigator.current, "homePolicyNotice")
    assert notice.isVisible() and "privacy policy changed on November 1, 2026" in notice.text()
    tap(qtbot, notice)
    screen = kiosk.navigator.current
    assert screen.screen_id == "policies"
    assert "What changed" in find(screen, "policyChanges").text()


def test_no_announcement_long_after_the_change(qtbot, make_kiosk):
    import datetime as dt
    kiosk = make_kiosk(now=lambda: dt.datetime(2027, 6, 1, 9, 0))
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    assert not find(kiosk.navigator.current, "homePolicyNotice").isVisible()


def test_read_privacy_policy_and_terms(qtbot, kiosk):
    screen = open_policies(qtbot, kiosk)
    text = find(screen, "policyText")
    assert "version 1.1" in find(screen, "policyMeta").text()
    assert "Town Hall kiosk" in text.toPlainText()
    tap(qtbot, find(screen, "policy_terms"))
    assert "Terms" in find(screen, "policyMeta").text()
    assert "owner" in text.toPlainText() and "legal notice" in text.toPlainText()
    assert "Registration is not required to search for records" in text.toPlainText()


def test_find_a_word_selects_it_or_says_it_is_not_there(qtbot, kiosk):
    screen = open_policies(qtbot, kiosk)
    field, text = find(screen, "policyFind"), find(screen, "policyText")
    tap(qtbot, field)
    qtbot.keyClicks(field, "cookies")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert text.textCursor().selectedText().lower() == "cookies"
    field.clear()
    qtbot.keyClicks(field, "zebra crossing")
    tap(qtbot, find(screen, "policyFindNext"))
    assert "not in this document" in find(screen, "policyStatus").text()


def test_policy_text_scrolls_by_flicking(qtbot, kiosk):
    screen = open_policies(qtbot, kiosk)
    area = screen.parentWidget().parentWidget()          # the screen's scroll area
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)      # the whole policy, at its full height
    assert QScroller.hasScroller(area.viewport())
    QScroller.scroller(area.viewport()).scrollTo(QPoint(0, bar.maximum() // 2), 50)
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_find_scrolls_the_match_into_view(qtbot, kiosk):
    screen = open_policies(qtbot, kiosk)
    area = screen.parentWidget().parentWidget()
    field, text = find(screen, "policyFind"), find(screen, "policyText")
    tap(qtbot, field)
    qtbot.keyClicks(field, "subpoena")                 # far down the privacy policy
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert text.textCursor().selectedText() == "subpoena"
    spot = text.viewport().mapTo(area.viewport(), text.cursorRect().center())
    assert 0 <= spot.y() <= area.viewport().height()


def test_print_a_policy_notice(qtbot, make_kiosk, tmp_path):
    out = tmp_path / "printer-tray"
    kiosk = make_kiosk(printer_backend="file", printer_name=str(out))
    screen = open_policies(qtbot, kiosk)
    tap(qtbot, find(screen, "policyPrint"))
    status = find(screen, "policyStatus")
    qtbot.waitUntil(lambda: "Printed" in status.text(), timeout=10_000)
    pdfs = list(out.glob("*.pdf"))
    assert len(pdfs) == 1
    reader = PdfReader(io.BytesIO(pdfs[0].read_bytes()))
    first = reader.pages[0].extract_text()
    assert "Town of Westport" in first and "Privacy Policy" in first
    assert "Version 1.1" in first and "November 1, 2026" in first
    assert f"Page 1 of {len(reader.pages)}" in first
    assert reader.pages[0].mediabox.width == 612 and reader.pages[0].mediabox.height == 792  # Letter


def test_printer_failure_is_a_plain_message_and_the_visit_goes_on(qtbot, make_kiosk, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the printer's folder should be")
    kiosk = make_kiosk(printer_backend="file", printer_name=str(blocker / "tray"))
    screen = open_policies(qtbot, kiosk)
    tap(qtbot, find(screen, "policyPrint"))
    status = find(screen, "policyStatus")
    qtbot.waitUntil(lambda: "printer is not working" in status.text(), timeout=10_000)
    assert status.property("role") == "error"
    assert find(screen, "policyPrint").isEnabled()
    tap(qtbot, find(screen, "policy_terms"))
    assert kiosk.sessions.current is not None
