# SPDX-License-Identifier: Apache-2.0
"""Translations: the Qt Linguist `.ts` sources are read directly, so no compiled `.qm` build step
is needed for an editable install. Screens use ``self.tr()`` as usual; a language switch sends
QEvent.LanguageChange and every screen retranslates itself."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class TsTranslator(QTranslator):
    # Sources asked for that had no translation, by every TsTranslator, while `kiosk-admin tour`
    # records them (see record_misses); None, and nothing kept, otherwise.
    missed: set[str] | None = None

    @classmethod
    def record_misses(cls, on: bool = True) -> set[str] | None:
        """Start keeping (afresh) the sources no translation was found for, or stop and forget
        them; returns the set that fills, for the tour to read."""
        cls.missed = set() if on else None
        return cls.missed

    def __init__(self, ts_file: Path) -> None:
        super().__init__()
        self._by_context: dict[tuple[str, str], str] = {}
        self._by_source: dict[str, str] = {}
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                    continue
                self._by_context[(name, source)] = node.text
                self._by_source.setdefault(source, node.text)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # The context-free fallback covers subclasses, whose tr() context is the subclass name.
        found = self._by_context.get((context, source)) or self._by_source.get(source)  # None: not ours
        if found is None and TsTranslator.missed is not None:
            TsTranslator.missed.add(source)
        return found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._by_source


def translation_file(translations_dir: Path, language: str) -> Path | None:
    path = translations_dir / f"kiosk_{language}.ts"
    return path if path.is_file() else None


def long_date(day: dt.date, language: str) -> str:
    """'November 1, 2026' / '1 de noviembre de 2026', by the visitor's language (a calendar day;
    a moment goes through ScreenContext.formats, which knows the town's zone)."""
    from kiosk.core.town_format import long_date as town_long_date  # Babel: not before the first paint

    return town_long_date(day, language)
