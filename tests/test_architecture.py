# SPDX-License-Identifier: Apache-2.0
"""The layers stay apart (pyproject.toml [tool.importlinter]): the core, storage, document rendering
and configuration never import Qt or the UI, so they run headless (kiosk-admin, tests, servers)."""

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
