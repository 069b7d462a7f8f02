# SPDX-License-Identifier: Apache-2.0
"""The release build (packaging/build.sh): the PyInstaller bundle runs its smoke test with no Python
of ours behind it, and the Debian package holds what a town's IT installs, within the size targets.

It builds for minutes (2 cores: about 2 to 3), so it runs in CI (CI=true, as .ci/run sets it) or when
KIOSK_TEST_PACKAGING=1; the build installs the pinned PyInstaller (pyproject.toml's `packaging` group)
itself, beside this Python.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_MB_MAX, DEB_MB_MAX = 150, 70
MB = 1024 * 1024

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("KIOSK_TEST_PACKAGING")),
                       reason="builds the bundle for minutes: runs in CI, or with KIOSK_TEST_PACKAGING=1"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None or sys.platform != "linux",
                       reason="the Debian package needs dpkg-deb (Linux)"),
]


class Build:
    def __init__(self, dist: Path, seconds: float) -> None:
        self.dist, self.seconds = dist, seconds
        self.bundle = dist / "town-hall-kiosk"
        self.deb = next(dist.glob("town-hall-kiosk_*.deb"))


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    work = tmp_path_factory.mktemp("release")
    env = {**os.environ, "KIOSK_BUILD_PYTHON": sys.executable, "KIOSK_BUILD_DIR": str(work / "build"),
           "KIOSK_DIST_DIR": str(work / "dist")}
    started = time.monotonic()
    done = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], env=env, capture_output=True, text=True,
                          timeout=1200)
    seconds = time.monotonic() - started
    assert done.returncode == 0, f"packaging/build.sh failed:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    print(f"\nrelease build: {seconds:.0f} s\n{done.stdout}")
    return Build(work / "dist", seconds)


def megabytes(folder: Path) -> float:
    """The files' own sizes (a link counts as nothing: kiosk-admin is one to kiosk), in MiB."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / MB


def run_bundled(build: Build, program: str, *args: str, config: str, data: Path) -> subprocess.CompletedProcess[str]:
    config_file = data.parent / f"{data.name}.toml"
    config_file.write_text(f'data_dir = "{data}"\n{config}', encoding="utf-8")
    # Nothing of this checkout's Python may help the bundle: no PYTHONPATH, no virtual environment.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_CONFIG=str(config_file))
    return subprocess.run([str(build.bundle / program), *args], env=env, capture_output=True, text=True, timeout=300,
                          cwd=data.parent)


def test_the_bundle_builds_every_screen_offscreen(build: Build, tmp_path: Path) -> None:
    done = run_bundled(build, "kiosk", "--smoke-test", config='town = "westport"\n', data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert re.search(r"smoke test passed: \d+ screens and \d+ console pages built on sqlite", done.stdout), done.stdout


def test_the_bundles_smoke_test_names_what_failed_without_a_traceback(build: Build, tmp_path: Path) -> None:
    # PostgreSQL at a port nobody listens on: the bundle's psycopg is loaded and says it cannot connect.
    done = run_bundled(build, "kiosk", "--smoke-test", data=tmp_path / "data",
                       config='database_url = "postgresql+psycopg://kiosk@127.0.0.1:9/kiosk"\n'
                              "database_connect_seconds = 2\n")
    assert done.returncode == 4
    assert "smoke test failed: Database error" in done.stderr and "cannot reach the database" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_kiosk_admin_is_in_the_bundle(build: Build, tmp_path: Path) -> None:
    done = run_bundled(build, "kiosk-admin", "config", "check", config='town = "westport"\n', data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "is valid" in done.stdout and "Town of Westport" in done.stdout


def test_the_bundle_and_the_package_keep_to_their_sizes(build: Build) -> None:
    bundle_mb, deb_mb = megabytes(build.bundle), build.deb.stat().st_size / MB
    print(f"\nbundle {bundle_mb:.1f} MiB, package {deb_mb:.1f} MiB, built in {build.seconds:.0f} s")
    assert bundle_mb <= BUNDLE_MB_MAX
    assert deb_mb <= DEB_MB_MAX


def test_the_bundle_leaves_out_what_the_kiosk_never_uses(build: Build) -> None:
    names = [p.name for p in build.bundle.rglob("*")]
    for unused in ("QtWebEngine", "libQt6Quick", "libQt6Qml", "libavcodec", "libqgtk3", "libqtvirtualkeyboardplugin"):
        assert not [n for n in names if unused in n], unused
    plugins = build.bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "platforms/libqwayland.so",
                   "printsupport/libcupsprintersupport.so", "texttospeech/libqtexttospeech_speechd.so",
                   "iconengines/libqsvgicon.so"):
        assert (plugins / needed).is_file(), needed


def test_the_package_installs_the_bundle_config_desktop_entries_and_units(build: Build) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(build.deb)], capture_output=True, text=True, check=True).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for path in ("/opt/town-hall-kiosk/bin/kiosk", "/opt/town-hall-kiosk/bin/kiosk-admin",
                 "/etc/town-hall-kiosk/kiosk.toml", "/etc/pam.d/town-hall-kiosk",
                 "/usr/share/applications/town-hall-kiosk.desktop",
                 "/usr/share/applications/town-hall-kiosk-staff.desktop",
                 "/lib/systemd/system/town-hall-kiosk.service", "/usr/bin/kiosk-admin"):
        assert path in paths, path
    fields = subprocess.run(["dpkg-deb", "-f", str(build.deb), "Depends", "Installed-Size"], capture_output=True,
                            text=True, check=True).stdout
    # The system libraries the bundle leaves to Debian (OpenSSL, CUPS, X11 ...) are in Depends.
    assert "cage" in fields and "libcups2" in fields and "libssl3" in fields
    conffiles = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(build.deb)], capture_output=True, check=True).stdout
    assert b"/etc/town-hall-kiosk/kiosk.toml" in conffiles
