# SPDX-License-Identifier: Apache-2.0
"""The kiosk's push button: its text wraps onto more lines instead of being cut off, and a press
never takes the focus.

Why not a plain QPushButton: its text never wraps, so Large text on a 1280x800 screen cut tiles
down to "reate an accour"; and a press moves the focus to it, which hides the on-screen keyboard
while the finger is still down, so the layout jumps and the release lands somewhere else. This
button takes the focus only from Tab, so keyboard users still reach it.

Each line is drawn by the style's own push-button label, so the stylesheet's colours for every
state (pressed, checked, disabled) apply as they do to any button. A tile or a result row may
make its first line bold (a title over a description).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QPushButton, QRadioButton, QStyle, QStyleOptionButton, QStylePainter, QWidget

from kiosk.ui.theme import CHIP_COLOURS

T = TypeVar("T")

ICON_GAP = 16            # px between an icon and the text beside it
PROBE_PX = 40
CHIP_PAD, CHIP_GAP = 12, 16
WIDEST_LINE_EM = 36      # a natural line is at most this many character widths: wider reads badly


if TYPE_CHECKING:      # what the mix-in is checked as: it is only mixed into QPushButton and QRadioButton
    class _Button(QAbstractButton):
        def initStyleOption(self, option: QStyleOptionButton) -> None: ...  # noqa: N802 - as both have it
else:
    _Button = object


class _WrappedText(_Button):
    """Wrapping text for a QAbstractButton subclass; the subclass names its style elements."""

    WHOLE = QStyle.ControlElement.CE_PushButtonBevel       # everything but the text
    LABEL = QStyle.ControlElement.CE_PushButtonLabel
    CONTENTS = QStyle.SubElement.SE_PushButtonContents
    SIZE = QStyle.ContentsType.CT_PushButton

    def _setup(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._bold_first = False
        self._align_left = False
        self._chip: tuple[str, str] | None = None
        self._colours: dict[int, QColor] = {}     # the style's text colour by state, for this button
        self._icon_name, self._icon_lines = "", 2.0
        self._measured: dict[tuple[object, ...], object] = {}    # metrics and line breaks, see _lines
        self._advances: dict[bool, dict[str, int]] = {}          # each word's width, bold or not
    def set_icon_name(self, name: str, lines: float = 2.0) -> None:
        """An icon of resources/icons beside the text, ``lines`` text lines tall, drawn when the
        button is painted, in its text colour of the moment: it follows high contrast, Large text
        and the pressed state by itself."""
        if (name, lines) != (self._icon_name, self._icon_lines):
            self._icon_name, self._icon_lines = name, lines
            self._forget_measures()
            self.updateGeometry()
            self.update()

    def icon_name(self) -> str:
        return self._icon_name

    def _icon_px(self) -> int:
        """The icon's side in px (0: no icon)."""
        if not self._icon_name:
            return 0
        return round(self.fontMetrics().height() * self._icon_lines)

    def set_chip(self, text: str, kind: str) -> None:
        """A coloured chip with a word at the end of the title line (a record's status):
        ``kind`` is "good", "bad", "wait" or "other" (kiosk.core.records.format.status_kind)."""
        self._chip = (text, kind) if text else None
        self._forget_measures()
        self.updateGeometry()
        self.update()

    def set_title_style(self, bold_first_line: bool = True, align_left: bool = True) -> None:
        """Tiles and result rows: a bold first line (the title) and text from the left edge."""
        self._bold_first, self._align_left = bold_first_line, align_left
        self._forget_measures()
        self.updateGeometry()
        self.update()

    # --- size -------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._kept(("hfw", width, self.text()), lambda: self._height_for(width))

    def _height_for(self, width: int) -> int:
        option = self._option(QRect(0, 0, width, 1000))
        lines = self._lines(self._text_width(option))
        return self._size_for(option, self._text_block(lines)).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._kept(("hint", self.text()), self._natural_size))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word (every word on a line of its own), and as tall as that needs."""
        return QSize(self._kept(("minimum", self.text()), self._narrowest_size))

    def _kept(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:  # a small memo
        """``compute()``, kept until the text, font or look changes (layouts ask again and again)."""
        value = self._measured.get(key)
        if value is None:
            if len(self._measured) > 64:
                self._forget_measures()
            value = self._measured[key] = compute()
        return cast(T, value)

    def _natural_size(self) -> QSize:
        option = self._option(QRect(0, 0, 1000, 1000))
        widest = self.fontMetrics().averageCharWidth() * WIDEST_LINE_EM
        paragraphs = self._paragraphs()
        natural = max((self._advance(p, self._bold(i, len(paragraphs))) for i, p in enumerate(paragraphs)), default=0)
        lines = self._lines(min(natural, widest))
        return self._size_for(option, self._text_block(lines))

    def _narrowest_size(self) -> QSize:
        option = self._option(QRect(0, 0, 1000, 1000))
        paragraphs = self._paragraphs()
        longest = max((self._advance(word, self._bold(i, len(paragraphs)))
                       for i, p in enumerate(paragraphs) for word in p.split()), default=0)
        lines = self._lines(longest)
        return self._size_for(option, self._text_block(lines))

    def clipped_text(self) -> bool:
        """True when the text does not fit inside the button as it is now (the tour's audit asks)."""
        option = self._option(self.rect())
        contents = self.style().subElementRect(self.CONTENTS, option, self)
        width = self._text_width(option)
        lines = self._lines(width)
        block = self._text_block(lines)
        too_wide = any(self._metrics(bold).horizontalAdvance(line) > width for line, bold in lines)
        return too_wide or block.height() > contents.height()

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = self._option(self.rect())
        text = option.text
        colour = self._text_colour(option)
        option.text, option.icon = "", QIcon()
        painter.drawControl(self.WHOLE, option)
        contents = self.style().subElementRect(self.CONTENTS, option, self)
        left = contents.left()
        side = self._icon_px()
        if side:
            from kiosk.ui.icons import icon  # QtSvg: not before the first paint

            top = contents.top() + (contents.height() - side) // 2
            icon(self._icon_name, colour.name(), side).paint(painter, QRect(left, top, side, side))
            left += side + ICON_GAP
        width = max(contents.right() - left + 1, 1)
        lines = self._lines(width, text)
        block = self._text_block(lines)
        y = contents.top() + max((contents.height() - block.height()) // 2, 0)
        if self._chip is not None:
            self._paint_chip(painter, QRect(left + width - self._chip_width(), y, self._chip_width(),
                                            self._metrics(True).height()), colour)
        painter.setPen(colour)
        for line, bold in lines:
            font = QFont(self.font())
            font.setBold(bold or font.bold())
            painter.setFont(font)
            metrics = QFontMetrics(font)
            line_width = metrics.horizontalAdvance(line)
            x = left if self._align_left or side else left + (width - line_width) // 2
            painter.drawText(QRect(x, y, line_width + 2, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            y += metrics.lineSpacing()

    def _paint_chip(self, painter: QPainter, rect: QRect, edge: QColor) -> None:
        """White text on a dark colour (at least 7:1 against it), outlined in the button's text
        colour so it stands out on a light button and on high contrast's black alike."""
        text, kind = self._chip  # type: ignore[misc]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(QColor(CHIP_COLOURS.get(kind, CHIP_COLOURS["other"])))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def chip_text(self) -> str:
        return self._chip[0] if self._chip else ""

    def _text_colour(self, option: QStyleOptionButton) -> QColor:
        """The text colour the stylesheet gives this button in its present state (pressed, checked,
        disabled...): the style draws a block character in a tiny image, and its colour is read
        back. The style's own label drawing cannot be used for the lines, as it resets the font's
        weight (no bold title) wherever the stylesheet sets a font size."""
        key = int(option.state.value)
        colour = self._colours.get(key)
        if colour is None:
            probe = QImage(PROBE_PX, PROBE_PX, QImage.Format.Format_ARGB32_Premultiplied)
            probe.fill(Qt.GlobalColor.transparent)
            painter = QPainter(probe)
            sample = QStyleOptionButton(option)
            sample.rect, sample.text, sample.icon = QRect(0, 0, PROBE_PX, PROBE_PX), "█", QIcon()
            self.style().drawControl(self.LABEL, sample, painter, self)
            painter.end()
            alphas = bytes(probe.constBits())[3::4]      # ARGB32, little-endian: alpha is each 4th byte
            at = alphas.index(max(alphas))
            colour = probe.pixelColor(at % PROBE_PX, at // PROBE_PX)
            colour.setAlpha(255)
            self._colours[key] = colour
        return colour

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._colours.clear()           # a new look: the colours and sizes are read again
            self._forget_measures(font_too=True)
        super().changeEvent(event)

    # --- helpers ----------------------------------------------------------------------------

    def _option(self, rect: QRect) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = rect
        return option

    def _text_width(self, option: QStyleOptionButton) -> int:
        contents = self.style().subElementRect(self.CONTENTS, option, self)
        icon = self._icon_px() + ICON_GAP if self._icon_name else 0
        return max(contents.width() - icon, 1)

    def _paragraphs(self) -> list[str]:
        return self.text().replace("&&", "&").split("\n")

    def _bold(self, index: int, count: int) -> bool:
        """A title line: the first of several, on a tile or a result row."""
        return index == 0 and count > 1 and self._bold_first

    def _metrics(self, bold: bool) -> QFontMetrics:
        """The font's metrics, bold or not; kept until the font changes (layouts ask often)."""
        key = ("metrics", bold)
        metrics = self._measured.get(key)
        if metrics is None:
            font = QFont(self.font())
            font.setBold(bold or self.font().bold())
            metrics = self._measured[key] = QFontMetrics(font)
        return metrics  # type: ignore[return-value]

    def _lines(self, width: int, text: str | None = None) -> list[tuple[str, bool]]:
        """The text broken into lines of at most ``width`` px, at spaces (a word wider than that
        stands alone on its line); each line says whether it is drawn bold. Kept per width and
        text until the font changes: a layout pass asks the same several times."""
        text = self.text() if text is None else text
        key = ("lines", width, text, self._bold_first, self._chip)
        lines = self._measured.get(key)
        if lines is None:
            if len(self._measured) > 64:
                self._forget_measures()
            lines = self._measured[key] = self._break(width, text)
        return lines  # type: ignore[return-value]

    def _advance(self, text: str, bold: bool) -> int:
        """How wide ``text`` is, kept per word or line until the font changes."""
        advances = self._advances.setdefault(bold, {})
        advance = advances.get(text)
        if advance is None:
            if len(advances) > 1024:
                advances.clear()
            advance = advances[text] = self._metrics(bold).horizontalAdvance(text)
        return advance

    def _forget_measures(self, font_too: bool = False) -> None:
        self._measured = {}
        if font_too:
            self._advances = {}

    def _break(self, width: int, text: str) -> list[tuple[str, bool]]:
        paragraphs = text.replace("&&", "&").split("\n")
        lines: list[tuple[str, bool]] = []
        for index, paragraph in enumerate(paragraphs):
            bold = self._bold(index, len(paragraphs))
            room = width - (self._chip_width() + CHIP_GAP if index == 0 and self._chip else 0)
            space = self._advance(" ", bold)
            current, used = "", 0
            for word in paragraph.split(" "):       # each word measured once, the line summed
                advance = self._advance(word, bold)
                if current and not self._fits(current, used + space + advance, word, room, bold):
                    lines.append((current, bold))
                    current, used = word, advance
                else:
                    current, used = (f"{current} {word}", used + space + advance) if current else (word, advance)
            lines.append((current, bold))
        return lines

    def _fits(self, line: str, summed: int, word: str, room: int, bold: bool) -> bool:
        """Whether ``line`` + " " + ``word`` fits in ``room`` px. The words' summed widths decide,
        except near the edge, where the whole line is measured: kerning and shaping across the
        words can make it a few px wider, or narrower, than their sum (narrower: a line of the
        natural width, which is measured whole, would wrap)."""
        slack = 2 * self._advance(" ", bold)
        if summed > room + slack:
            return False
        if summed < room - slack:
            return True
        return self._advance(f"{line} {word}", bold) <= room

    def _chip_width(self) -> int:
        return self._metrics(True).horizontalAdvance(self._chip[0]) + 2 * CHIP_PAD if self._chip else 0

    def _text_block(self, lines: list[tuple[str, bool]]) -> QSize:
        width = max((self._advance(line, bold) for line, bold in lines), default=0)
        if self._chip and lines:
            width = max(width, self._advance(lines[0][0], lines[0][1]) + CHIP_GAP + self._chip_width())
        height = sum(self._metrics(bold).lineSpacing() for line, bold in lines)
        if lines:
            height -= self._metrics(lines[-1][1]).leading()
        return QSize(width, height)

    def _size_for(self, option: QStyleOptionButton, block: QSize) -> QSize:
        width, height = block.width(), block.height()
        if self._icon_name:
            width += self._icon_px() + ICON_GAP
            height = max(height, self._icon_px())
        size = self.style().sizeFromContents(self.SIZE, option, QSize(width, height), self)
        return size.expandedTo(QSize(0, 0))



class TouchButton(_WrappedText, QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, parent)
        self.setAutoDefault(False)
        self._setup()


class TouchRadio(_WrappedText, QRadioButton):
    """One of a single choice (yes/no, a rating, which policy, a list's rows): a radio button for
    screen readers, a large tile for a finger, with text that wraps like a TouchButton's."""

    WHOLE = QStyle.ControlElement.CE_RadioButton
    LABEL = QStyle.ControlElement.CE_RadioButtonLabel
    CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    SIZE = QStyle.ContentsType.CT_RadioButton

    def __init__(self, parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, parent)
        self._setup()
        self._align_left = True
        policy = self.sizePolicy()      # a radio button will not shrink below one line; this one wraps
        policy.setHorizontalPolicy(policy.Policy.Preferred)
        self.setSizePolicy(policy)
