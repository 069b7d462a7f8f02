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


def _shipped(name: str) -> Path:
    for root in _CANDIDATE_ROOTS:
        if root is not None and (root / name).is_dir():
            return root / name
    raise FileNotFoundError(f"the kiosk's '{name}' folder is missing from this installation")


def resources_dir() -> Path:
    return _shipped("resources")


def migrations_dir() -> Path:
    return _shipped("db")


def towns_dir() -> Path:
    return resources_dir() / "towns"


def themes_dir() -> Path:
    return _shipped("ui") / "themes"


def translations_dir() -> Path:
    return resources_dir() / "translations"
