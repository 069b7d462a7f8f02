# SPDX-License-Identifier: Apache-2.0
"""Where the shipped folders are: `resources/` and `db/` beside the package in a checkout,
under `<prefix>/share/town-hall-kiosk/` in an installed wheel, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_CANDIDATE_ROOTS = (
    Path(getattr(sys, "_MEIPASS", "")) if hasattr(sys, "_MEIPASS") else None,
    Path(__file__).resolve().parent.parent,
    Path(sys.prefix) / "share" / "town-hall-kiosk",
)


def _shipped(name: str, marker: str) -> Path:
    # The marker tells the kiosk's folder from a same-named folder some other package may have.
    for root in _CANDIDATE_ROOTS:
        if root is not None and (root / name / marker).exists():
            return root / name
    raise FileNotFoundError(f"the kiosk's '{name}' folder is missing from this installation")


def resources_dir() -> Path:
    return _shipped("resources", "towns")


def migrations_dir() -> Path:
    return _shipped("db", "env.py")


def towns_dir() -> Path:
    return resources_dir() / "towns"


def themes_dir() -> Path:
    return _shipped("ui", "themes/kiosk.qss") / "themes"


def translations_dir() -> Path:
    return resources_dir() / "translations"
