# SPDX-License-Identifier: Apache-2.0
"""Applies a visitor's display choices (language, large text, high contrast) to the whole app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.pack import Colours
from kiosk.ui.theme import DEFAULT_SHORT_SIDE, Look, stylesheet

if TYPE_CHECKING:
    from kiosk.core.session import DisplayPrefs
    from kiosk.ui.i18n import TsTranslator


class DisplayController:
    """The town's look is the application's stylesheet, set once. A visitor's large text or high
    contrast is a stylesheet on the visitor's widgets only, so the attract screen never restyles and
    going back to the defaults costs nothing when the visitor changed nothing."""

    def __init__(self, app: QApplication, colours: Colours, qss_template: Path, translations_dir: Path,
                 short_side: int = DEFAULT_SHORT_SIDE) -> None:
        self._app = app
        self._short_side = short_side
        self._colours = colours
        self._template = qss_template
        self._translations_dir = translations_dir
        self._translators: dict[str, TsTranslator] = {}
        self._installed: TsTranslator | None = None
        self._look = Look()
        self._visitor_widgets: list[QWidget] = []
        self.language = ""
        app.setStyleSheet(stylesheet(qss_template, colours, self._look, short_side))

    def attach(self, *widgets: QWidget) -> None:
        """The widgets a visitor's look applies to (the visitor area, overlays)."""
        self._visitor_widgets.extend(widgets)

    def apply(self, prefs: DisplayPrefs) -> None:
        """Cheap when nothing changed, so resetting to the defaults after a visit costs nothing."""
        self.apply_look(Look(prefs.large_text, prefs.high_contrast))
        if prefs.language != self.language:
            self._set_language(prefs.language)

    def apply_look(self, look: Look) -> None:
        if look != self._look:
            qss = "" if look == Look() else stylesheet(self._template, self._colours, look, self._short_side)
            for widget in self._visitor_widgets:
                widget.setStyleSheet(qss)
            self._look = look

    def fit_screen(self, short_side: int) -> None:
        """Text sizes follow the screen the kiosk is on (its shorter side, see kiosk.ui.theme)."""
        if short_side <= 0 or short_side == self._short_side:
            return
        self._short_side = short_side
        self._app.setStyleSheet(stylesheet(self._template, self._colours, Look(), short_side))
        look, self._look = self._look, Look()
        self.apply_look(look)

    @property
    def short_side(self) -> int:
        return self._short_side

    def release(self) -> None:
        """Give the application back as it was (the kiosk is stopping)."""
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
            self._installed = None
        self._app.setStyleSheet("")
        for widget in self._visitor_widgets:
            widget.setStyleSheet("")
        self._look, self.language = Look(), ""

    @property
    def look(self) -> Look:
        return self._look

    def _set_language(self, language: str) -> None:
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
            self._installed = None
        translator = self._translator(language)
        if translator is not None:
            self._app.installTranslator(translator)
            self._installed = translator
        self.language = language

    def _translator(self, language: str) -> TsTranslator | None:
        if language not in self._translators:
            from kiosk.ui.i18n import TsTranslator, translation_file  # only once a visitor switches language

            path = translation_file(self._translations_dir, language)
            if path is None:
                return None
            self._translators[language] = TsTranslator(path)
        return self._translators[language]
