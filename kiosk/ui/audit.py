# SPDX-License-Identifier: Apache-2.0
"""Named checks over the live widget tree of a window, as Android's Accessibility Test Framework
runs its checks over every view of a screen (see /work/shared/STYLE.md, practice 13).

Only what a resident can see is checked: visible widgets, each cut to the part its ancestors
show. Checks of colour look at the part that shows now, in the window as it was painted
(`QWidget.grab()`), so they judge the pixels, not the stylesheet's intent. Checks of size, place
and words also see what a scroll area's content holds beyond its viewport (laid out, one flick
away), each compared with what shares its scroll area. `kiosk-admin tour` (kiosk.tour)
runs them on every screen.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPalette
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui's part of the namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

MIN_TARGET_PX = 44          # WCAG 2.5.5 / Apple HIG; the kiosk aims for 56 (kiosk.ui.theme.TOUCH_PX)
MIN_CONTRAST = 4.5          # WCAG 1.4.3, AA
MIN_CONTRAST_HIGH = 7.0     # WCAG 1.4.6, AAA: what "high contrast" promises
MIN_BORDER_CONTRAST = 3.0   # WCAG 1.4.11, non-text contrast
SAMPLES = 20_000            # pixels looked at per rectangle at most
CONTRAST_SAMPLES = 3_000    # ... behind a text: enough to meet its strokes often

KINDS = ("clipped_text", "overlap", "small_target", "outside_window", "window_too_large", "low_contrast",
         "no_border", "untranslated")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str       # one of KINDS
    widget: str     # its objectName, or its class after the nearest named ancestor
    detail: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Shown:
    """A visible widget and where it is on the window (all coordinates are the window's)."""
    widget: QWidget
    rect: QRect                 # the whole widget
    laid: QRect                 # the part its ancestors leave, scrolled into view or not
    visible: QRect              # the part that shows now (may be empty: scrolled out of view)
    viewport: QWidget | None    # the scroll area viewport it scrolls in, if any
    clip: QRect = field(default_factory=QRect)  # what its ancestors let show: the most of the window it could be seen in


@dataclass
class Snapshot:
    """What the checks look at: the window, its painted image, and its visible widgets in tree order."""
    window: QWidget
    image: QImage
    shown: list[Shown]
    high_contrast: bool = False
    untranslated: Untranslated | None = None

    def interactive(self) -> list[Shown]:
        return [s for s in self.shown if is_interactive(s.widget) and not _inside_interactive(s.widget)]


def snapshot(window: QWidget, high_contrast: bool = False, untranslated: Untranslated | None = None,
             image: QImage | None = None) -> Snapshot:
    """Grab the window (unless given its image) and list what shows of it."""
    if image is None:
        image = window.grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return Snapshot(window, image, list(_walk(window)), high_contrast, untranslated)


def audit(window: QWidget, high_contrast: bool = False, untranslated: Untranslated | None = None,
          image: QImage | None = None) -> list[Finding]:
    """Every check on the window as it is now."""
    snap = snapshot(window, high_contrast, untranslated, image)
    return [finding for check in CHECKS for finding in check(snap)]


# -- the widget tree ----------------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_interactive(widget: QWidget) -> bool:
    """Something a finger works: buttons, fields, lists to choose from. Scroll bars are only an
    indication on a touchscreen (the page is flicked), and read-only text views are read."""
    if isinstance(widget, QScrollBar) or not isinstance(widget, INTERACTIVE):
        return False
    return not (isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly())


def _inside_interactive(widget: QWidget) -> bool:
    """Part of a compound control (a combo box's line edit, a text edit's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if is_interactive(parent):
            return True
        parent = parent.parentWidget()
    return False


def _walk(window: QWidget) -> Iterator[Shown]:
    def visit(widget: QWidget, visible_clip: QRect, laid_clip: QRect, viewport: QWidget | None) -> Iterator[Shown]:
        scrolls = _is_viewport(widget)
        for child in widget.children():
            if not isinstance(child, QWidget) or child.isWindow() or not child.isVisible():
                continue
            rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
            laid = rect if scrolls else rect.intersected(laid_clip)   # a scroll area's content is all there
            if laid.isEmpty():
                continue
            inside = widget if scrolls else viewport
            shown = Shown(child, rect, laid, rect.intersected(visible_clip), inside, visible_clip)
            yield shown
            yield from visit(child, shown.visible, laid, inside)

    yield from visit(window, window.rect(), window.rect(), None)


def name_of(widget: QWidget) -> str:
    """Its objectName, or its class after the nearest ancestor that has a name."""
    if widget.objectName():
        return widget.objectName()
    parts = [type(widget).__name__]
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName() and not parent.isWindow():
        parts.append(type(parent).__name__)
        parent = parent.parentWidget()
    anchor = parent.objectName() if parent is not None and parent.objectName() else "window"
    return "/".join([anchor, *reversed(parts)])


def shown_text(widget: QWidget) -> str:
    """The text a label or button shows ("&&" in a button is one "&" on screen)."""
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# -- clipped text ---------------------------------------------------------------------------------

def text_clipped(widget: QWidget) -> str | None:
    """Why the text of a label or button does not fit its contents rectangle, or None when it
    does. A widget with its own `clipped_text()` (a button that wraps its text) answers for itself."""
    own: Callable[[], bool] | None = getattr(widget, "clipped_text", None)
    if callable(own):
        return "does not fit (by its own clipped_text())" if own() else None
    sizes = _label_clipped(widget) if isinstance(widget, QLabel) else \
        _button_clipped(widget) if isinstance(widget, QAbstractButton) else None
    if sizes is None:
        return None
    needed, room = sizes
    return f"needs {needed.width()}x{needed.height()} px, has {room.width()}x{room.height()}"


def _label_clipped(label: QLabel) -> tuple[QSize, QSize] | None:
    """Word-wrapped: the height the text needs at the label's width; else each line's width and
    the lines' height, by the label's font metrics."""
    text = shown_text(label)
    if not text or label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    # Measured from the top, as QLabel sizes itself: centred in a tall box, the height rounds up.
    horizontal = label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    flags = (int(horizontal.value) | int(Qt.AlignmentFlag.AlignTop.value)
             | (int(Qt.TextFlag.TextWordWrap.value) if label.wordWrap() else 0))
    needed = QFontMetrics(label.font()).boundingRect(QRect(0, 0, room.width(), 1 << 20), flags, text).size()
    if label.wordWrap() and label.hasHeightForWidth():
        needed.setHeight(max(needed.height(), label.heightForWidth(label.width()) - (label.height() - room.height())))
    if needed.width() > room.width() or needed.height() > room.height():
        return needed, room.size()
    return None


def _button_clipped(button: QAbstractButton) -> tuple[QSize, QSize] | None:
    """Text (and icon) against the style's contents rectangle, padding and border taken off (as
    the button is drawn without focus: the focus frame may be thicker, and the button is sized
    for its text without it)."""
    text = button.text()
    if not text:
        return None
    option = QStyleOptionButton()
    cast("QPushButton | QCheckBox | QRadioButton", button).initStyleOption(option)   # the kinds the kiosk shows
    option.state &= ~QStyle.StateFlag.State_HasFocus    # a thicker focus border eats padding, not text
    element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonContents if isinstance(button, QRadioButton)
               else QStyle.SubElement.SE_PushButtonContents)
    room = button.style().subElementRect(element, option, button)
    needed = QFontMetrics(button.font()).size(int(Qt.TextFlag.TextShowMnemonic.value), text)
    if not button.icon().isNull():
        needed = QSize(needed.width() + button.iconSize().width() + 4, max(needed.height(), button.iconSize().height()))
    if needed.width() > room.width() or needed.height() > room.height():
        return needed, room.size()
    return None


def check_clipped_text(snap: Snapshot) -> Iterator[Finding]:
    """A label's or button's text wider or taller than its contents rectangle: part of it is cut off."""
    for s in snap.shown:
        why = text_clipped(s.widget)
        if why is not None:
            yield Finding("clipped_text", name_of(s.widget), f"{_short(shown_text(s.widget))!r} {why}")


# -- places and sizes -----------------------------------------------------------------------------

def check_overlap(snap: Snapshot) -> Iterator[Finding]:
    """Two interactive widgets (neither inside the other) on the same spot: a tap may hit either."""
    targets = snap.interactive()
    for i, a in enumerate(targets):
        for b in targets[i + 1:]:
            # In the same scroll area, wherever it is scrolled; else only where both show now.
            common = a.laid.intersected(b.laid) if a.viewport is b.viewport else a.visible.intersected(b.visible)
            if common.isEmpty() or a.widget.isAncestorOf(b.widget) or b.widget.isAncestorOf(a.widget):
                continue
            yield Finding("overlap", name_of(a.widget),
                          f"overlaps {name_of(b.widget)} by {common.width()}x{common.height()} px")


def check_target_size(snap: Snapshot) -> Iterator[Finding]:
    """An interactive widget smaller than 44x44 px is hard to hit with a finger."""
    for s in snap.interactive():
        size = s.widget.size()
        if size.width() < MIN_TARGET_PX or size.height() < MIN_TARGET_PX:
            yield Finding("small_target", name_of(s.widget),
                          f"{size.width()}x{size.height()} px (at least {MIN_TARGET_PX}x{MIN_TARGET_PX})")


def check_outside_window(snap: Snapshot) -> Iterator[Finding]:
    """A widget reaching past the window or cut off by its container, and a scroll area whose
    content is wider than its viewport (the kiosk never scrolls sideways). A scroll area's
    content may be taller than its viewport: that is what scrolling is for."""
    for s in snap.shown:
        widget = s.widget
        if isinstance(widget, QScrollArea) and (inner := widget.widget()) is not None:
            content, view = inner.width(), widget.viewport().width()
            if content > view:
                yield Finding("outside_window", name_of(widget),
                              f"content {content} px wide in a {view} px wide view: cut off at the right")
        parent = widget.parentWidget()
        if parent is None or _is_viewport(parent) or _inside_interactive(widget):
            continue
        if not parent.rect().contains(widget.geometry()):
            box = widget.geometry()
            past = [f"{n} px {side}" for n, side in ((-box.left(), "left"), (-box.top(), "above"),
                                                     (box.right() - parent.rect().right(), "right"),
                                                     (box.bottom() - parent.rect().bottom(), "below")) if n > 0]
            where = "the window" if parent is snap.window else name_of(parent)
            yield Finding("outside_window", name_of(widget), f"{', '.join(past)} outside {where}")


def _is_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _box(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def check_window_size(snap: Snapshot) -> Iterator[Finding]:
    """The window larger than its screen, or not on it: part of the kiosk cannot be seen."""
    window, screen = snap.window, snap.window.screen()
    if screen is None:
        return
    frame, room = window.frameGeometry(), screen.geometry()
    if not room.contains(frame):
        yield Finding("window_too_large", name_of(window),
                      f"window {_box(frame)} on a {room.width()}x{room.height()} screen")


# -- colours --------------------------------------------------------------------------------------

def luminance(rgb: int) -> float:
    """WCAG relative luminance of 0xRRGGBB."""
    def channel(c: int) -> float:
        c8 = c / 255
        return c8 / 12.92 if c8 <= 0.04045 else ((c8 + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel((rgb >> 16) & 255) + 0.7152 * channel((rgb >> 8) & 255)
            + 0.0722 * channel(rgb & 255))


def contrast(a: int, b: int) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pixels(image: QImage, rect: QRect, samples: int = SAMPLES) -> Counter[int]:
    """How often each colour (0xRRGGBB) occurs in rect, sampled evenly (about ``samples`` pixels
    at most). The image is RGB32 (see snapshot)."""
    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return Counter()
    across, down = 1, 1         # a thin strip (a border) is never thinned further
    while -(-rect.width() // across) * -(-rect.height() // down) > samples:
        if rect.width() // across >= rect.height() // down:
            across += 1
        else:
            down += 1
    bits, line, left, width = image.constBits(), image.bytesPerLine(), rect.left() * 4, rect.width() * 4
    rows = b"".join(bits[y * line + left:y * line + left + width]
                    for y in range(rect.top(), rect.bottom() + 1, down))
    raw = Counter(array("I", rows)[::across])
    counts: Counter[int] = Counter()
    for value, n in raw.items():          # 0xFFRRGGBB
        counts[value & 0xFFFFFF] += n
    return counts


def _near(a: int, b: int, tolerance: int = 24) -> bool:
    return all(abs(((a >> shift) & 255) - ((b >> shift) & 255)) <= tolerance for shift in (16, 8, 0))


def text_colours(widget: QWidget, counts: Counter[int]) -> tuple[int, int] | None:
    """(text, background) as painted: the background is the commonest colour; the text is the
    palette's foreground colour if it was painted, else (a state the stylesheet styles apart,
    such as a checked button) the painted colour that stands out most from the background."""
    if not counts:
        return None
    background = counts.most_common(1)[0][0]
    role = widget.foregroundRole()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and not _field_text(widget):
        role = QPalette.ColorRole.PlaceholderText
    expected = widget.palette().color(role).rgb() & 0xFFFFFF
    total = sum(counts.values())
    if not _near(expected, background) and any(
            _near(colour, expected) for colour, n in counts.items() if n * 200 >= total or n >= 4):
        return expected, background
    inked = [colour for colour, n in counts.items() if colour != background and (n * 200 >= total or n >= 4)]
    if not inked:
        return expected, background
    return max(inked, key=lambda colour: contrast(colour, background)), background


def _field_text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()  # type: ignore[attr-defined]


def _text_area(s: Shown) -> QRect | None:
    """Where a widget's text is painted (window coordinates), if it shows text."""
    widget = s.widget
    if isinstance(widget, QLabel):
        text = shown_text(widget)
        if not text:
            return None
        room = widget.contentsRect()
        flags = int(widget.alignment().value) | (int(Qt.TextFlag.TextWordWrap.value) if widget.wordWrap() else 0)
        local = widget.fontMetrics().boundingRect(room, flags, text).intersected(room)   # the text, not the margins
    elif isinstance(widget, QAbstractButton):
        if not shown_text(widget):
            return None
        local = widget.contentsRect()
        if not isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            cast(QPushButton, widget).initStyleOption(option)    # the other buttons the kiosk shows
            local = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
    elif isinstance(widget, QLineEdit):
        if not (widget.text() or widget.placeholderText()) or widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None
        frame = QStyleOptionFrame()
        widget.initStyleOption(frame)
        local = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, widget)
    elif isinstance(widget, QPlainTextEdit):
        if not (widget.toPlainText() or widget.placeholderText()):
            return None
        local = widget.viewport().geometry()
    elif isinstance(widget, QComboBox):
        if not (widget.currentText() or widget.placeholderText()):
            return None
        combo = QStyleOptionComboBox()
        widget.initStyleOption(combo)
        local = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, combo,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
    else:
        return None
    return QRect(s.rect.topLeft() + local.topLeft(), local.size()).intersected(s.visible)


def check_contrast(snap: Snapshot) -> Iterator[Finding]:
    """Text against the background it is painted on, under 4.5:1 (7:1 in high contrast).
    Disabled controls are exempt, as in WCAG."""
    floor = MIN_CONTRAST_HIGH if snap.high_contrast else MIN_CONTRAST
    for s in snap.shown:
        if not s.widget.isEnabled():
            continue
        area = _text_area(s)
        if area is None or area.isEmpty():
            continue
        colours = text_colours(s.widget, pixels(snap.image, area, samples=CONTRAST_SAMPLES))
        if colours is None:
            continue
        ratio = contrast(*colours)
        if ratio < floor:
            # A short text in a wide field can fall between the samples, leaving only the anti-aliased
            # edge of a stroke to judge by: look again, densely, before calling it low.
            colours = text_colours(s.widget, pixels(snap.image, area, samples=CONTRAST_SAMPLES * 20)) or colours
            ratio = contrast(*colours)
        if ratio < floor:
            text, background = colours
            yield Finding("low_contrast", name_of(s.widget),
                          f"#{text:06X} on #{background:06X}: {ratio:.2f}:1 (at least {floor:g}:1)")


def border_contrast(image: QImage, rect: QRect, visible: QRect, clip: QRect | None = None) -> dict[str, float]:
    """For each side of rect that shows: how far its edge (the outermost 3 px inside) stands out
    from what lies just outside it (3 px): the best contrast with the commonest colour outside
    of any colour that fills a fifth of the edge. The corners are left out (rounded borders)."""
    out: dict[str, float] = {}
    clip = clip if clip is not None and not clip.isEmpty() else image.rect()
    w, h = rect.width(), rect.height()
    x0, x1 = rect.left() + w // 5, rect.left() + w - w // 5
    y0, y1 = rect.top() + h // 5, rect.top() + h - h // 5
    sides = {
        "top": (QRect(x0, rect.top(), x1 - x0, 3), QRect(x0, rect.top() - 3, x1 - x0, 3)),
        "bottom": (QRect(x0, rect.bottom() - 2, x1 - x0, 3), QRect(x0, rect.bottom() + 1, x1 - x0, 3)),
        "left": (QRect(rect.left(), y0, 3, y1 - y0), QRect(rect.left() - 3, y0, 3, y1 - y0)),
        "right": (QRect(rect.right() - 2, y0, 3, y1 - y0), QRect(rect.right() + 1, y0, 3, y1 - y0)),
    }
    for side, (edge, outside) in sides.items():
        if not visible.contains(edge) or not clip.contains(outside) or not image.rect().contains(outside):
            continue            # scrolled out of view, or against the edge of its view or the screen
        around, inside = pixels(image, outside, samples=300), pixels(image, edge, samples=300)
        if not around or not inside:
            continue
        colour, total = around.most_common(1)[0][0], sum(inside.values())
        out[side] = max(contrast(c, colour) for c, n in inside.items() if n * 5 >= total or n == max(inside.values()))
    return out


def check_borders(snap: Snapshot) -> Iterator[Finding]:
    """In high contrast, every interactive widget shows its edge on all four sides, at least 3:1
    against what is around it, so a button never reads as plain text."""
    if not snap.high_contrast:
        return
    for s in snap.interactive():
        weak = {side: ratio for side, ratio in border_contrast(snap.image, s.rect, s.visible, s.clip).items()
                if ratio < MIN_BORDER_CONTRAST}
        if weak:
            yield Finding("no_border", name_of(s.widget), "edge not visible on the " + ", ".join(
                f"{side} ({ratio:.2f}:1)" for side, ratio in weak.items()) + f" (at least {MIN_BORDER_CONTRAST:g}:1)")


# -- translations -------------------------------------------------------------------------------

class Untranslated:
    """Recognises text built from English sources that had no translation (kiosk.ui.i18n records
    them): a source's literal parts, in order, around its {placeholders}. A one-word source must
    be the whole text, so "No" is not found inside a Spanish sentence. ``english`` are sources
    that do have a translation: shown as the whole text, they were never retranslated."""

    def __init__(self, sources: Iterable[str], english: Iterable[str] = ()) -> None:
        self._whole: dict[str, str] = {}                  # texts that are exactly a source
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        missed = set(sources)
        for source, whole in [(s, len(re.findall(r"[^\W\d_]+", s)) == 1) for s in sorted(missed)] + [
                (s, True) for s in sorted(set(english) - missed)]:
            if whole and "{" not in source:
                if re.search(r"[^\W\d_]{2,}", source):
                    self._whole.setdefault(source.strip(), source)
                continue
            pattern = _pattern(source, whole)
            if pattern is not None:
                self._patterns.append((source, pattern))

    def __bool__(self) -> bool:
        return bool(self._whole or self._patterns)

    def source_in(self, text: str) -> str | None:
        """The untranslated source this text shows, if any."""
        if not text:
            return None
        found = self._whole.get(text.strip())
        if found is not None:
            return found
        return next((source for source, pattern in self._patterns if pattern.search(text)), None)


def _pattern(source: str, whole: bool) -> re.Pattern[str] | None:
    """A source's literal parts around its placeholders; None where no word is left to find
    (symbols, digits or placeholders only read the same in every language)."""
    parts = re.split(r"\{[^{}]*\}", source)
    if not any(re.search(r"[^\W\d_]{2,}", part) for part in parts):
        return None
    body = "(?s:.*?)".join(re.escape(part) for part in parts)
    if whole:
        return re.compile(f"^\\s*{body}\\s*$")
    return re.compile(("(?<!\\w)" if parts[0][:1].isalnum() else "") + body
                      + ("(?!\\w)" if parts[-1][-1:].isalnum() else ""))


def check_untranslated(snap: Snapshot) -> Iterator[Finding]:
    """A visible label or button text, placeholder or accessible name built from a source with
    no translation (only while the snapshot has the sources: the tour's Spanish combinations)."""
    if not snap.untranslated:
        return
    for s in snap.shown:
        widget = s.widget
        texts = [("text", shown_text(widget)), ("accessible name", widget.accessibleName())]
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox)):
            texts.append(("placeholder", widget.placeholderText()))
        for what, text in texts:
            source = snap.untranslated.source_in(text)
            if source is not None:
                yield Finding("untranslated", name_of(widget), f"{what} {_short(text)!r} from {_short(source)!r}")
                break


Check = Callable[[Snapshot], Iterable[Finding]]
CHECKS: list[Check] = [check_clipped_text, check_overlap, check_target_size, check_outside_window,
                       check_window_size, check_contrast, check_borders, check_untranslated]
