# SPDX-License-Identifier: Apache-2.0
"""The tour's checks (kiosk.ui.audit): each one fires on a small widget tree broken on purpose
and stays quiet once it is fixed; and `kiosk-admin tour` pictures and audits the real kiosk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.audit import Untranslated, audit, contrast
from kiosk.ui.i18n import TsTranslator

STYLE = "QWidget#root { background: #FFFFFF; } QLabel { color: #000000; font-size: 20px; }"
BUTTONS = "QPushButton { font-size: 20px; padding: 6px 18px; color: #000000; background: #FFFFFF; " \
          "border: 2px solid #000000; }"


def window(qtbot, style: str = STYLE, size: tuple[int, int] = (600, 400)) -> QWidget:
    root = QWidget()
    root.setObjectName("root")
    root.setStyleSheet(style)
    root.resize(*size)
    qtbot.addWidget(root)
    return root


def shown(qtbot, root: QWidget) -> QWidget:
    root.show()
    qtbot.waitExposed(root)
    return root


def kinds(root: QWidget, kind: str, high_contrast: bool = False, untranslated: Untranslated | None = None) -> list:
    return [f for f in audit(root, high_contrast, untranslated) if f.kind == kind]


def placed(parent: QWidget, widget: QWidget, x: int, y: int, w: int, h: int) -> QWidget:
    widget.setParent(parent)
    widget.setGeometry(x, y, w, h)
    return widget


def test_a_label_too_narrow_or_too_short_for_its_text_is_clipped(qtbot):
    root = window(qtbot)
    narrow = placed(root, QLabel("Create an account"), 10, 10, 80, 40)
    narrow.setObjectName("narrow")
    wrapped = placed(root, QLabel("A long notice that wraps onto a few lines at this width"), 10, 60, 200, 30)
    wrapped.setWordWrap(True)
    wrapped.setObjectName("wrapped")
    shown(qtbot, root)
    assert {f.widget for f in kinds(root, "clipped_text")} == {"narrow", "wrapped"}
    narrow.resize(narrow.sizeHint())
    wrapped.resize(200, wrapped.heightForWidth(200))
    assert kinds(root, "clipped_text") == []


def test_a_button_narrower_than_its_text_is_clipped_and_its_own_answer_counts(qtbot):
    root = window(qtbot, STYLE + BUTTONS)
    tile = placed(root, QPushButton("Create an account"), 10, 10, 120, 56)
    tile.setObjectName("tile")
    shown(qtbot, root)
    (finding,) = kinds(root, "clipped_text")
    assert finding.widget == "tile" and "'Create an account' needs" in finding.detail
    tile.resize(tile.sizeHint().width(), 56)
    assert kinds(root, "clipped_text") == []

    class Wrapping(QPushButton):
        clipped = True

        def clipped_text(self) -> bool:
            return self.clipped

    wrapping = placed(root, Wrapping("Fits"), 10, 100, 300, 56)
    wrapping.setObjectName("wrapping")
    wrapping.show()
    assert [f.widget for f in kinds(root, "clipped_text")] == ["wrapping"]
    assert kinds(root, "clipped_text")[0].detail == "'Fits' does not fit (by its own clipped_text())"
    wrapping.clipped = False
    assert kinds(root, "clipped_text") == []


def test_overlapping_buttons_are_found_and_buttons_side_by_side_are_not(qtbot):
    root = window(qtbot, STYLE + BUTTONS)
    first = placed(root, QPushButton("Next"), 10, 10, 120, 56)
    first.setObjectName("first")
    second = placed(root, QPushButton("Send"), 100, 30, 120, 56)
    second.setObjectName("second")
    shown(qtbot, root)
    (finding,) = kinds(root, "overlap")
    assert finding.widget == "first" and finding.detail == "overlaps second by 30x36 px"
    second.move(140, 10)
    assert kinds(root, "overlap") == []


def test_a_30_px_button_is_too_small_a_target(qtbot):
    root = window(qtbot, STYLE + BUTTONS.replace("padding: 6px 18px", "padding: 0px"))
    small = placed(root, QPushButton("x"), 10, 10, 30, 30)
    small.setObjectName("small")
    shown(qtbot, root)
    (finding,) = kinds(root, "small_target")
    assert finding.widget == "small" and finding.detail.startswith("30x30 px")
    small.resize(56, 56)
    assert kinds(root, "small_target") == []


def test_grey_on_grey_text_is_low_contrast_and_high_contrast_asks_for_7_to_1(qtbot):
    root = window(qtbot, STYLE + "QLabel#grey { color: #888888; background: #999999; }"
                               "QLabel#fair { color: #666666; background: #FFFFFF; }")
    grey = placed(root, QLabel("Grey on grey"), 10, 10, 300, 40)
    grey.setObjectName("grey")
    fair = placed(root, QLabel("Dark grey on white"), 10, 60, 300, 40)
    fair.setObjectName("fair")
    shown(qtbot, root)
    (finding,) = kinds(root, "low_contrast")
    assert finding.widget == "grey" and finding.detail.startswith("#888888 on #999999: 1.2")
    assert [f.widget for f in kinds(root, "low_contrast", high_contrast=True)] == ["grey", "fair"]   # 5.7:1
    grey.setStyleSheet("color: #000000; background: #FFFFFF;")
    fair.setStyleSheet("color: #000000;")
    assert kinds(root, "low_contrast", high_contrast=True) == []


def test_contrast_is_the_wcag_ratio():
    assert contrast(0x000000, 0xFFFFFF) == pytest.approx(21.0)
    assert contrast(0x767676, 0xFFFFFF) == pytest.approx(4.54, abs=0.01)
    assert contrast(0x123456, 0x123456) == 1.0


def test_the_text_colour_is_the_one_painted_for_a_checked_button(qtbot):
    """A stylesheet colours a checked button apart from its palette: the pixels decide."""
    root = window(qtbot, "QWidget#root { background: #000000; } QPushButton { color: #FFFFFF; background: #000000;"
                         " border: 2px solid #FFFFFF; font-size: 20px; padding: 6px 18px; }"
                         " QPushButton:checked { background: #FFFF00; color: #000000; }")
    toggle = placed(root, QPushButton("Large text"), 10, 10, 200, 56)
    toggle.setCheckable(True)
    toggle.setChecked(True)
    shown(qtbot, root)
    assert kinds(root, "low_contrast", high_contrast=True) == []


def test_a_borderless_button_in_high_contrast_has_no_border(qtbot):
    hc = "QWidget#root { background: #000000; } QPushButton { color: #FFFF00; background: #000000; " \
         "border: none; font-size: 20px; padding: 6px 18px; }"
    root = window(qtbot, hc)
    plain = placed(root, QPushButton("Print a summary"), 20, 20, 240, 60)
    plain.setObjectName("plain")
    shown(qtbot, root)
    (finding,) = kinds(root, "no_border", high_contrast=True)
    assert finding.widget == "plain"
    assert "top (1.00:1), bottom (1.00:1), left (1.00:1), right (1.00:1)" in finding.detail
    assert kinds(root, "no_border", high_contrast=False) == []      # only high contrast promises borders
    plain.setStyleSheet("border: 2px solid #FFFFFF;")
    assert kinds(root, "no_border", high_contrast=True) == []
    plain.setStyleSheet("background: #FFFF00; color: #000000;")     # a filled button shows its edge too
    assert kinds(root, "no_border", high_contrast=True) == []


def test_something_outside_the_window_or_wider_than_its_scroll_area_is_found(qtbot):
    root = window(qtbot)
    past = placed(root, QLabel("Past the edge"), 520, 10, 200, 40)
    past.setObjectName("past")
    area = placed(root, QScrollArea(), 10, 100, 300, 200)
    area.setObjectName("area")
    area.setWidgetResizable(True)
    content = QWidget()
    content.setMinimumWidth(420)
    QVBoxLayout(content).addWidget(QLabel("Wide content"))
    area.setWidget(content)
    shown(qtbot, root)
    found = {f.widget: f.detail for f in kinds(root, "outside_window")}
    assert found["past"] == "120 px right outside the window"
    assert found["area"].startswith("content 420 px wide in a ")
    past.move(380, 10)
    content.setMinimumWidth(0)
    qtbot.waitUntil(lambda: content.width() == area.viewport().width())
    assert kinds(root, "outside_window") == []


def test_a_window_larger_than_its_screen_is_found(qtbot):
    root = window(qtbot)
    shown(qtbot, root)
    assert kinds(root, "window_too_large") == []
    screen = root.screen().geometry()
    root.resize(screen.width() + 40, screen.height())
    qtbot.waitUntil(lambda: root.width() == screen.width() + 40)
    (finding,) = kinds(root, "window_too_large")
    assert f"on a {screen.width()}x{screen.height()} screen" in finding.detail


def test_text_from_a_source_without_translation_is_found(qtbot, tmp_path: Path):
    ts = tmp_path / "kiosk_xx.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">
<context><name>Card</name>
<message><source>Sign in</source><translation>Iniciar sesión</translation></message>
<message><source>Found {n} records.</source><translation>Se encontraron {n} registros.</translation></message>
</context></TS>""", encoding="utf-8")

    class Card(QWidget):
        pass

    translator = TsTranslator(ts)
    QApplication.instance().installTranslator(translator)
    try:
        missed = TsTranslator.record_misses(True)
        root = window(qtbot)
        card = Card(root)
        card.setGeometry(0, 0, 600, 400)
        words = {name: placed(card, QLabel(), 10, 10 + 50 * i, 560, 40) for i, name in
                 enumerate(("translated", "missing", "built", "stale"))}
        for name, widget in words.items():
            widget.setObjectName(name)
        words["translated"].setText(card.tr("Sign in"))
        words["missing"].setText(card.tr("Print a summary"))
        words["built"].setText(card.tr("Open the property: {place}").format(place="1 HIGH POINT RD"))
        words["stale"].setText("Sign in")                 # set before the language changed, never again
        shown(qtbot, root)
        assert missed == {"Print a summary", "Open the property: {place}"}
        assert QCoreApplication.translate("Card", "Found {n} records.") == "Se encontraron {n} registros."
        english = Untranslated(missed, {"Sign in"})
        found = {f.widget: f.detail for f in kinds(root, "untranslated", untranslated=english)}
        assert found == {"missing": "text 'Print a summary' from 'Print a summary'",
                         "built": "text 'Open the property: 1 HIGH POINT RD' from 'Open the property: {place}'",
                         "stale": "text 'Sign in' from 'Sign in'"}
        assert kinds(root, "untranslated", untranslated=None) == []        # English: nothing to look for
    finally:
        TsTranslator.record_misses(False)
        QApplication.instance().removeTranslator(translator)
    assert TsTranslator.missed is None


def test_one_word_sources_match_only_the_whole_text_and_symbols_never():
    matcher = Untranslated({"No", "⌫", "{n}", "Filters ({n})", "Step {n} of {total}"})
    assert matcher.source_in("No") == "No"
    assert matcher.source_in("No se puede imprimir") is None
    assert matcher.source_in("⌫") is None and matcher.source_in("12") is None
    assert matcher.source_in("Filters (2)") == "Filters ({n})"
    assert matcher.source_in("Paso 2 de 7") is None
    assert matcher.source_in("Step 2 of 7") == "Step {n} of {total}"


def test_the_whole_tour_finds_nothing(tmp_path: Path):
    """Every screen at every supported size, text size, contrast and language: pictured, audited,
    and nothing found (CI runs this; the findings are listed when it fails)."""
    out = tmp_path / "tour"
    command = "import sys; from kiosk.admin import main; sys.exit(main())"      # `kiosk-admin`
    done = subprocess.run([sys.executable, "-c", command, "tour", "--out", str(out)],
                          capture_output=True, text=True, timeout=1500)
    assert done.returncode in (0, 1), done.stderr
    audit_file = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert audit_file["errors"] == {}
    assert len(audit_file["combinations"]) == 8 and len(audit_file["sizes"]) == 3
    assert audit_file["findings"] == [], "\n".join(
        f"{f['size']} {f['combination']} {f['screen']}-{f['state']}: {f['widget']}: {f['kind']}: {f['detail']}"
        for f in audit_file["findings"][:40])
    from kiosk.ui.console.catalogue import PAGES
    from kiosk.ui.screens.catalogue import SCREENS
    toured = {*SCREENS, "console-signin", *(f"console-{page.page_id}" for page in PAGES)}   # the console too
    assert set(audit_file["screens"]) == toured
    for name in ("home", "register-password", "contact_form-contact-sent", "parcel", "account", "terms_update",
                 "console-signin-keyboard", "console-queue", "console-usage"):
        for combination in ("normal-en", "large-hc-es"):
            picture = QImage(str(out / "1280x800" / combination / f"{name}.png"))
            assert picture.width() >= 1280 and picture.height() >= 800, (name, combination)
    for finding in audit_file["findings"]:
        assert set(finding) == {"size", "combination", "screen", "state", "widget", "kind", "detail"}
        assert finding["kind"] in audit_file["counts"]
    assert sum(audit_file["counts"].values()) == len(audit_file["findings"])
    assert (done.returncode == 1) == bool(audit_file["findings"])
    assert f"pictures of {len(toured)} screens" in done.stdout


@pytest.mark.parametrize("args", [["--size", "1280"], ["--size", "12x8"], ["--combination", "huge-en"],
                                  ["--jobs", "-1"], []])
def test_the_tour_refuses_bad_arguments_with_exit_code_2(tmp_path: Path, args: list[str], capsys):
    from kiosk.admin import main

    out = [] if not args else ["--out", str(tmp_path / "tour")]
    try:
        code = main(["tour", *out, *args])
    except SystemExit as exc:       # argparse's own refusal (--out missing)
        code = exc.code
    assert code == 2
    assert "kiosk-admin tour" in capsys.readouterr().err
    assert not (tmp_path / "tour").exists()
