#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The kiosk's release build, from a clean checkout: the PyInstaller one-folder bundle and the Debian package.
#
#   packaging/build.sh        -> dist/town-hall-kiosk/ (the bundle) and dist/town-hall-kiosk_<version>_<arch>.deb
#
# It makes build/venv (this machine's python3 and the kiosk's dependencies) unless KIOSK_BUILD_PYTHON
# names a Python that has them already (a developer's or CI's .venv), and installs the pinned
# PyInstaller (pyproject.toml's optional group `packaging`) in build/, beside that Python, not into it.
# KIOSK_BUILD_DIR and KIOSK_DIST_DIR move build/ and dist/ (the tests build in a temporary folder).
# Build on the oldest Debian or Ubuntu you deploy to: the bundle uses the build machine's C library.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${KIOSK_BUILD_DIR:-$root/build}
dist=${KIOSK_DIST_DIR:-$root/dist}
mkdir -p "$build" "$dist"
started=$(date +%s)

python=${KIOSK_BUILD_PYTHON:-}
if [[ -z "$python" ]]; then
    if [[ ! -x "$build/venv/bin/python" ]]; then
        python3 -m venv "$build/venv"
    fi
    "$build/venv/bin/pip" install --quiet --disable-pip-version-check -e "$root"
    python=$build/venv/bin/python
fi

# The pins, read from pyproject.toml, name the folder: a changed pin installs afresh.
mapfile -t pins < <("$python" -c 'import sys, tomllib
print(*tomllib.load(open(sys.argv[1], "rb"))["project"]["optional-dependencies"]["packaging"], sep="\n")' \
    "$root/pyproject.toml")
tools=$build/pyinstaller-$(printf '%s\n' "${pins[@]}" | sha256sum | cut -c1-12)
if [[ ! -f "$tools/.installed" ]]; then
    rm -rf "$tools"
    "$python" -m pip install --quiet --disable-pip-version-check --no-warn-script-location --target "$tools" "${pins[@]}"
    touch "$tools/.installed"
fi

rm -rf "$dist/town-hall-kiosk"
PYTHONPATH="$tools${PYTHONPATH:+:$PYTHONPATH}" "$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$build/pyinstaller" "$root/packaging/pyinstaller/kiosk.spec"
deb=$("$root/packaging/debian/build-deb.sh" "$dist/town-hall-kiosk" "$dist")

bundle_mb=$(du -sm "$dist/town-hall-kiosk" | cut -f1)
deb_mb=$(( ($(stat -c %s "$deb") + 1048575) / 1048576 ))
echo "bundle: $dist/town-hall-kiosk ($bundle_mb MB)"
echo "package: $deb ($deb_mb MB)"
echo "built in $(( $(date +%s) - started )) s"
