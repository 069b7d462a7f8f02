# SPDX-License-Identifier: Apache-2.0
"""The kiosk's look: the town's colours or a high-contrast palette, at normal or large text,
filled into the one QSS template (ui/themes/kiosk.qss)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

from kiosk.core.pack import Colours

NORMAL_FONT_PX = 20
LARGE_TEXT_SCALE = 1.4
TOUCH_PX = 56  # every tappable control; 44 px is the floor (WCAG 2.5.5 / Apple HIG)

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


def stylesheet(template_path: Path, town: Colours, look: Look) -> str:
    c = HIGH_CONTRAST if look.high_contrast else town
    px = lambda base: str(round(base * look.scale))  # noqa: E731 - tiny local formatter
    values = {
        "primary": c.primary, "on_primary": c.on_primary, "accent": c.accent,
        "on_accent": "#000000" if look.high_contrast else c.on_primary,
        "background": c.background, "surface": c.surface, "text": c.text,
        "field": "#000000" if look.high_contrast else "#FFFFFF",
        "border": "#FFFFFF" if look.high_contrast else c.text,
        "focus": "#00FFFF" if look.high_contrast else c.accent,
        "muted": "#BBBBBB" if look.high_contrast else "#767676",
        "error": "#FF8080" if look.high_contrast else "#B00020",
        "keyboard": "#000000" if look.high_contrast else "#D5D9E0",
        "font_px": px(NORMAL_FONT_PX), "title_px": px(34), "subtitle_px": px(24), "hero_px": px(52),
        "touch_px": px(TOUCH_PX), "tile_px": px(96), "key_px": px(56), "scrollbar_px": px(24),
    }
    return Template(template_path.read_text(encoding="utf-8")).substitute(values)
