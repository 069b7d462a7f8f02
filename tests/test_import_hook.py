# SPDX-License-Identifier: Apache-2.0
"""PySide6's import hook must not keep the source of every module the kiosk imports (10 MB)."""

import os
import subprocess
import sys

CHILD = """
import linecache, sys
import kiosk.app
import colorsys, kiosk.core.records.format          # imported for the first time after PySide6
kept = [m.__file__ for m in (colorsys, kiosk.core.records.format) if m.__file__ in linecache.cache]
print("kept:", kept)
"""


def test_modules_imported_after_pyside_leave_no_source_in_memory():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert "kept: []" in out


def test_the_replacement_answers_as_pyside_does():
    """PySide6's own test is `"PySide6" in inspect.getsource(module)`, False where there is no source."""
    import importlib
    import inspect

    from kiosk.ui.import_hook import mentions_pyside

    for name in ("kiosk.ui.window", "kiosk.core.forms", "json", "sqlite3", "_sqlite3", "PySide6.QtCore"):
        module = importlib.import_module(name)
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert mentions_pyside(module) is expected, name
