# SPDX-License-Identifier: Apache-2.0
"""The console's dates follow its language: with the kiosk in Spanish, a staff member's last
sign-in on the Staff page, a version's date on the Policies page and the publish view's date picker
(its month, its weekday names, the day chosen) are written the Spanish way, by Babel's CLDR forms."""

from __future__ import annotations

from kiosk.core.session import DisplayPrefs
from kiosk.core.staff import StaffRole
from tests.support import find, tap
from tests.ui.test_console_policies import policies_page
from tests.ui.test_console_staff import row_of, signed_in, staff_page
from tests.ui.test_staff_console import add_staff


def test_the_staff_page_writes_a_last_sign_in_with_spanish_month_names(qtbot, make_kiosk):
    kiosk = make_kiosk()
    add_staff(kiosk, "jboss", StaffRole.SUPERVISOR)
    console = signed_in(qtbot, kiosk)
    page = staff_page(qtbot, console)
    assert "November" in row_of(page, "jboss").text()             # FROZEN_NOW, in English first
    kiosk.display.apply(DisplayPrefs("es"))
    tap(qtbot, find(console, "runKioskPageButton"))
    page = staff_page(qtbot, console)
    qtbot.waitUntil(lambda: "de noviembre de 2026" in row_of(page, "jboss").text())
    assert "November" not in row_of(page, "jboss").text()


def test_the_policies_dates_and_the_date_picker_are_spanish(qtbot, make_kiosk):
    kiosk = make_kiosk()
    _console, page = policies_page(qtbot, kiosk)
    kiosk.display.apply(DisplayPrefs("es"))
    qtbot.waitUntil(lambda: "1 de julio de 2024" in page.version_buttons["1.0"].text())     # the pack's version
    tap(qtbot, page.views["publish"])
    picker = page.editor.date
    qtbot.waitUntil(lambda: picker.month.text() == "Noviembre de 2026")
    assert [w.text() for w in picker.weekdays][:2] == ["dom", "lun"]
    assert "domingo, 22 de noviembre de 2026" in picker.chosen.text()
    day = picker.cell_for(picker.date())
    assert day is not None and "noviembre" in day.accessibleName()
    kiosk.display.apply(DisplayPrefs("en"))
    qtbot.waitUntil(lambda: "November" in picker.month.text())
