# SPDX-License-Identifier: Apache-2.0
"""Language, large text and high contrast: they apply to every screen and end with the visit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import translations_dir
from tests.support import find, tap


def begin(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    qtbot.waitUntil(lambda: kiosk.navigator.current is not None)
    return kiosk.navigator.current


def test_spanish_applies_to_every_screen_and_resets_after_the_visit(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    tap(qtbot, kiosk.header.language)
    qtbot.waitUntil(lambda: find(home, "homeHeading").text() == "¿En qué podemos ayudarle hoy?")
    assert kiosk.header.screen_title.text() == "Inicio"
    assert kiosk.nav.finish.text() == "Terminar"
    assert "1 de noviembre de 2026" in find(home, "homePolicyNotice").text()
    tap(qtbot, find(home, "home_policies"))
    policies = kiosk.navigator.current
    assert find(policies, "policyPrint").text() == "Imprimir esta política"
    assert find(policies, "policyLanguageNote").isVisible()
    assert kiosk.header.language.text() == "English"
    tap(qtbot, kiosk.nav.finish)
    home = begin(qtbot, kiosk)
    qtbot.waitUntil(lambda: find(home, "homeHeading").text() == "How can we help you today?")
    assert kiosk.header.language.text() == "Español"


def test_large_text_and_high_contrast_apply_everywhere_and_reset(qtbot, kiosk):
    home = begin(qtbot, kiosk)
    heading = find(home, "homeHeading")
    normal_font, normal_tile = heading.font().pixelSize(), find(home, "home_search").font().pixelSize()
    tap(qtbot, kiosk.header.large_text)
    assert heading.font().pixelSize() >= normal_font * 2          # Large text is 200 %
    assert find(home, "home_search").font().pixelSize() >= normal_tile * 2
    background = kiosk.prepared.pack.colours.background.lower()
    assert screen_colour(kiosk) == background
    tap(qtbot, kiosk.header.high_contrast)
    assert screen_colour(kiosk) == "#000000"
    tap(qtbot, find(home, "home_policies"))
    assert find(kiosk.navigator.current, "policyPrint").font().pixelSize() > 20 * 1.3
    assert kiosk.header.large_text.isChecked() and kiosk.header.high_contrast.isChecked()
    session = kiosk.sessions.current
    assert session.used_large_text and session.used_high_contrast
    tap(qtbot, kiosk.nav.start_over)
    home = begin(qtbot, kiosk)
    assert not kiosk.header.large_text.isChecked() and not kiosk.header.high_contrast.isChecked()
    assert find(home, "homeHeading").font().pixelSize() == normal_font
    assert screen_colour(kiosk) == background


def screen_colour(kiosk) -> str:
    """The colour a visitor sees at the left edge of the screen area, below the header."""
    image = kiosk.window.grab().toImage()
    return image.pixelColor(3, kiosk.header.height() + 40).name()


def test_every_interface_text_has_a_spanish_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "kiosk_es.ts"
    shutil.copy(translations_dir() / "kiosk_es.ts", fresh)
    sources = [str(p) for p in (Path(__file__).parents[2] / "kiosk" / "ui").rglob("*.py")]
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True)
    untranslated = [
        m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == [], "run pyside6-lupdate and translate these in resources/translations/kiosk_es.ts"


def test_on_a_short_screen_the_toggles_step_aside_for_the_keyboard_and_come_back(qtbot, kiosk):
    kiosk.window.resize(1280, 800)
    home = begin(qtbot, kiosk)
    header = kiosk.header
    tap(qtbot, header.large_text)
    tap(qtbot, find(home, "home_signin"))
    tap(qtbot, find(kiosk.navigator.current, "signinForgot"))
    assert header.large_text.isVisible() and header.more_time.isVisible()   # "Forgot your password?": two lines
    assert header.height() > 120
    tap(qtbot, find(kiosk.navigator.current, "forgot_username"))
    qtbot.waitUntil(lambda: kiosk.keyboard.isVisible())
    qtbot.waitUntil(lambda: not header.large_text.isVisible())
    assert not header.high_contrast.isVisible() and not header.more_time.isVisible()
    qtbot.waitUntil(lambda: header.height() < 120)           # one line: the keyboard keeps its room
    while kiosk.nav.back.isVisible():                  # back to Home, where nothing is typed
        tap(qtbot, kiosk.nav.back)
    qtbot.waitUntil(lambda: not kiosk.keyboard.isVisible())
    qtbot.waitUntil(lambda: header.large_text.isVisible() and header.more_time.isVisible())
    assert header.large_text.isChecked()
