# SPDX-License-Identifier: Apache-2.0
"""The layers stay apart (pyproject.toml [tool.importlinter]): each package imports only the layers
below it, and only the UI, the Qt print backend, the composition root and the Qt tools (bench, tour)
import Qt, so everything else runs headless (kiosk-admin, tests, servers).
And the code keeps its lines: ruff and mypy, as pyproject.toml [tool.ruff] and [tool.mypy] set them, find nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"

    done = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).parent / "ruff"

    done = subprocess.run([str(ruff), "check", "--no-cache", "kiosk", "tests"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)

    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing(tmp_path):
    mypy = Path(sys.executable).parent / "mypy"

    # [tool.mypy] in pyproject.toml says what to check; the cache goes to a temporary folder.
    done = subprocess.run([str(mypy), "--cache-dir", str(tmp_path / "mypy_cache")], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr
