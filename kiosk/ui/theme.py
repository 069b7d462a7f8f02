# SPDX-License-Identifier: Apache-2.0
"""The kiosk's look: the town's colours or a high-contrast palette, at normal or large text,
filled into the one QSS template (ui/themes/kiosk.qss).

Text is sized for reading from a standing distance: body text is 2.2 % of the screen's shorter
side (24 px on a 1920x1080 or a 1080x1920 panel, 18 px on 1280x800; a panel turned on its side
is read from the same distance, so its long side does not make the text larger), headings larger,
and Large text doubles everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

from kiosk.core.pack import Colours

BODY_SHARE = 0.022          # body text, as a share of the screen's shorter side
MIN_FONT_PX = 16
DEFAULT_SHORT_SIDE = 1080   # before the window knows its screen (tests, the attract screen's first paint)
LARGE_TEXT_SCALE = 2.0
# The frame around the screens (header, buttons bar, nav bar) grows less, so that with Large text
# on a 1280x800 screen and the on-screen keyboard up, the screen itself keeps room to show.
CHROME_MAX_SCALE = 1.5
MIN_TOUCH_PX = 56           # every tappable control; 44 px is the floor (WCAG 2.5.5 / Apple HIG)
SCROLLBAR_PX = 28           # a second way to scroll (flicking is the first); it sits in the side margin

# A record status's chip: white text on these is above 7:1, in the town's look and in high contrast.
CHIP_COLOURS = {"good": "#0B5D1E", "bad": "#8E1022", "wait": "#6B4A00", "other": "#3A4250"}

HIGH_CONTRAST = Colours(
    primary="#000000", on_primary="#FFFF00", accent="#FFFF00",
    background="#000000", surface="#000000", text="#FFFFFF",
)


@dataclass(frozen=True, slots=True)
class Look:
    large_text: bool = False
    high_contrast: bool = False

    @property
    def scale(self) -> float:
        return LARGE_TEXT_SCALE if self.large_text else 1.0


def body_px(short_side: int) -> int:
    """Body text size for a screen whose shorter side is ``short_side`` px, at normal text."""
    return max(MIN_FONT_PX, round(short_side * BODY_SHARE))


def stylesheet(template_path: Path, town: Colours, look: Look, short_side: int = DEFAULT_SHORT_SIDE) -> str:
    hc = look.high_contrast
    c = HIGH_CONTRAST if hc else town
    font = body_px(short_side) * look.scale
    chrome = body_px(short_side) * min(look.scale, CHROME_MAX_SCALE)
    px = lambda share: str(round(font * share))  # noqa: E731 - sizes relative to body text
    values = {
        "primary": c.primary, "on_primary": c.on_primary, "accent": c.accent,
        "on_accent": "#000000" if hc else c.on_primary,
        "background": c.background, "surface": c.surface, "text": c.text,
        "field": "#000000" if hc else "#FFFFFF",
        "border": "#FFFFFF" if hc else c.text,
        # What outlines a tile or a primary button: the town's colour, or yellow on black.
        "edge": "#FFFF00" if hc else c.primary,
        "focus": "#00FFFF" if hc else c.accent,
        "muted": "#BBBBBB" if hc else "#595959",
        "error": "#FF8080" if hc else "#B00020",
        "keyboard": "#000000" if hc else "#D5D9E0",
        **{f"chip_{kind}": colour for kind, colour in CHIP_COLOURS.items()},
        "font_px": str(round(font)), "title_px": px(1.45), "subtitle_px": px(1.15), "hero_px": px(2.2),
        "small_px": px(0.9),
        "touch_px": str(max(MIN_TOUCH_PX, round(font * 1.2 + 32))),
        "chrome_px": str(round(chrome)), "chrome_title_px": str(round(chrome * 1.45)),
        "chrome_subtitle_px": str(round(chrome * 1.15)),
        "chrome_touch_px": str(max(MIN_TOUCH_PX, round(chrome * 1.2 + 32))),
        "key_px": str(max(MIN_TOUCH_PX, round(font * 2.3))),
        "icon_px": px(2.0), "scrollbar_px": str(SCROLLBAR_PX),
        "border_px": "3" if hc else "2",
    }
    return Template(template_path.read_text(encoding="utf-8")).substitute(values)
