# SPDX-License-Identifier: Apache-2.0
"""Installs the shipped folders (resources/, db/, ui/) under <prefix>/share/town-hall-kiosk, where
kiosk.paths finds them in a regular (non-editable) install. Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import setup

SHARE = Path("share") / "town-hall-kiosk"


def tree(root: str) -> list[tuple[str, list[str]]]:
    folders = [Path(root), *sorted(p for p in Path(root).rglob("*") if p.is_dir() and "__pycache__" not in p.parts)]
    return [(str(SHARE / folder), [str(f) for f in sorted(folder.iterdir()) if f.is_file() and f.suffix not in (".pyc", ".qm")])
            for folder in folders]


setup(data_files=tree("resources") + tree("db") + tree("ui"))
