# SPDX-License-Identifier: Apache-2.0
"""PySide6's import hook, without the source it keeps.

After PySide6 is imported, every module imported for the first time is passed to
``shibokensupport.feature.feature_imported``, which asks whether the module's source mentions
PySide6 (to allow ``from __feature__ import ...`` there) with ``inspect.getsource``. That reads
the file through ``linecache`` and keeps it: about 3 MB of source text, in some 60,000 line
strings, for the life of the kiosk, growing as the first visits import what they use.

`keep_no_source` puts a test in its place that gives the same answer (the file's bytes contain
"PySide6") without keeping anything. Where a PySide6 release no longer has the function, it
does nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """What PySide6's `_mod_uses_pyside` answers, read without linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def keep_no_source() -> bool:
    """Replace PySide6's source test; True where it was there to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]  # private: not in the stubs
    return True
