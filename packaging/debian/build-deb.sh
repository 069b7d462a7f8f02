#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Build dist/town-hall-kiosk_<version>_<arch>.deb from the PyInstaller bundle (see packaging/README.md).
#   packaging/debian/build-deb.sh [BUNDLE_DIR]     # default: dist/town-hall-kiosk
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging"
bundle=${1:-$root/dist/town-hall-kiosk}
[[ -x "$bundle/kiosk" ]] || { echo "no PyInstaller bundle at $bundle (build packaging/pyinstaller/kiosk.spec first)" >&2; exit 1; }
version=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
chmod 755 "$stage"
trap 'rm -rf "$stage"' EXIT
install -d "$stage/DEBIAN" "$stage/opt/town-hall-kiosk/bin" "$stage/lib/systemd/system" \
    "$stage/etc/pam.d" "$stage/etc/town-hall-kiosk" "$stage/usr/share/doc/town-hall-kiosk"
cp -a "$bundle/." "$stage/opt/town-hall-kiosk/bin/"
install -m 644 "$here/systemd/town-hall-kiosk.service" "$stage/lib/systemd/system/"
install -m 644 "$here/systemd/town-hall-kiosk.pam" "$stage/etc/pam.d/town-hall-kiosk"
install -m 644 "$here/debian/kiosk.toml" "$stage/etc/town-hall-kiosk/kiosk.toml"
install -m 644 "$root/README.md" "$stage/usr/share/doc/town-hall-kiosk/README.md"
install -m 644 "$root/LICENSE" "$stage/usr/share/doc/town-hall-kiosk/copyright"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" "$here/debian/control" >"$stage/DEBIAN/control"
install -m 755 "$here/debian/postinst" "$stage/DEBIAN/postinst"
printf '%s\n' /etc/town-hall-kiosk/kiosk.toml /etc/pam.d/town-hall-kiosk >"$stage/DEBIAN/conffiles"

mkdir -p "$root/dist"
dpkg-deb --root-owner-group --build "$stage" "$root/dist/town-hall-kiosk_${version}_${arch}.deb"
