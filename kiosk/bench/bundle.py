# SPDX-License-Identifier: Apache-2.0
"""bundle_mb and deb_mb for `kiosk-admin bench` (issue 13): the release build's sizes, in MiB.

The build (packaging/build.sh, a few minutes) is run into the benchmark's workdir when this is a
checkout with PyInstaller installed (the `packaging` extra); elsewhere the figures are not
measured and the table says why. Targets: bundle <= 150 MB unpacked, .deb <= 70 MB.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext

KEYS = ("bundle_mb", "deb_mb")
BUILD_TIMEOUT_S = 1800
MIB = 1 << 20


def measure_bundle(ctx: BenchContext) -> dict[str, object]:
    script = Path(__file__).resolve().parents[2] / "packaging" / "build.sh"
    why = ("not a checkout (packaging/build.sh is missing)" if not script.exists()
           else "PyInstaller is not installed (pip install -e '.[packaging]')"
           if importlib.util.find_spec("PyInstaller") is None else "")
    if why:
        return _not_measured(ctx, why)
    dist = ctx.workdir / "bundle" / "dist"
    env = {**os.environ, "KIOSK_BUILD_PYTHON": sys.executable, "KIOSK_BUILD_DIR": str(ctx.workdir / "bundle" / "build"),
           "KIOSK_DIST_DIR": str(dist)}
    started = time.perf_counter()
    try:
        done = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired:
        return _not_measured(ctx, f"the build took longer than {BUILD_TIMEOUT_S} s")
    ctx.details["bundle_build_s"] = round(time.perf_counter() - started, 1)
    bundle = dist / "town-hall-kiosk"
    debs = sorted(dist.glob("*.deb"))
    if done.returncode != 0 or not bundle.is_dir() or not debs:
        ctx.failures["bundle_mb"] = f"packaging/build.sh failed: {(done.stderr or done.stdout)[-400:]}"
        return dict.fromkeys(KEYS)
    return {"bundle_mb": _megabytes(bundle), "deb_mb": debs[-1].stat().st_size / MIB}


def _megabytes(folder: Path) -> float:
    """The files' own sizes (a link counts as nothing: kiosk-admin is one to kiosk), as tests/test_packaging.py."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / MIB


def _not_measured(ctx: BenchContext, why: str) -> dict[str, object]:
    for key in KEYS:
        ctx.not_measured[key] = why
    return dict.fromkeys(KEYS)
