#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Debian package from the PyInstaller bundle (packaging/build.sh runs both; see packaging/README.md).
#   packaging/debian/build-deb.sh [BUNDLE_DIR [OUT_DIR]]    # default: dist/town-hall-kiosk, dist
# Prints the package's path.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging"
bundle=${1:-$root/dist/town-hall-kiosk}
out=${2:-$root/dist}
[[ -x "$bundle/kiosk" ]] || { echo "no PyInstaller bundle at $bundle (run packaging/build.sh)" >&2; exit 1; }
version=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
chmod 755 "$stage"
trap 'rm -rf "$stage"' EXIT
install -d "$stage/DEBIAN" "$stage/opt/town-hall-kiosk/bin" "$stage/lib/systemd/system" "$stage/usr/bin" \
    "$stage/etc/pam.d" "$stage/etc/town-hall-kiosk" "$stage/usr/share/doc/town-hall-kiosk" \
    "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle/." "$stage/opt/town-hall-kiosk/bin/"
ln -s /opt/town-hall-kiosk/bin/kiosk "$stage/usr/bin/town-hall-kiosk"
ln -s /opt/town-hall-kiosk/bin/kiosk-admin "$stage/usr/bin/kiosk-admin"
for unit in "$here"/systemd/*.service "$here"/systemd/*.timer "$here"/systemd/*.socket; do
    [[ -e "$unit" ]] && install -m 644 "$unit" "$stage/lib/systemd/system/"
done
install -m 644 "$here/systemd/town-hall-kiosk.pam" "$stage/etc/pam.d/town-hall-kiosk"
install -m 644 "$here/debian/kiosk.toml" "$stage/etc/town-hall-kiosk/kiosk.toml"
install -m 644 "$here"/debian/*.desktop "$stage/usr/share/applications/"
install -m 644 "$root/resources/icons/building-2.svg" "$stage/usr/share/icons/hicolor/scalable/apps/town-hall-kiosk.svg"
install -m 644 "$root/README.md" "$stage/usr/share/doc/town-hall-kiosk/README.md"
install -m 644 "$here/README.md" "$stage/usr/share/doc/town-hall-kiosk/packaging.md"
install -m 644 "$root/LICENSE" "$stage/usr/share/doc/town-hall-kiosk/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# The system libraries the bundle uses and does not carry (kiosk.spec lists their packages): apt brings them.
listed=$(sed -n 's/^Depends: //p' "$here/debian/control" | tr -d ' ' | tr ',' '\n')
libraries=$(grep -v '^#' "$bundle/system-packages.txt" 2>/dev/null | cut -d' ' -f1 || true)
depends=$(printf '%s\n' $listed | awk '!seen[$0]++' ; printf '%s\n' $libraries | sort -u | grep -vxF -f <(printf '%s\n' $listed) || true)
depends=$(printf '%s\n' $depends | paste -sd, | sed 's/,/, /g')
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/^Depends: .*/Depends: $depends/" \
    -e "/^Description:/i Installed-Size: $installed_kb" "$here/debian/control" >"$stage/DEBIAN/control"
install -m 755 "$here/debian/postinst" "$stage/DEBIAN/postinst"
printf '%s\n' /etc/town-hall-kiosk/kiosk.toml /etc/pam.d/town-hall-kiosk >"$stage/DEBIAN/conffiles"

mkdir -p "$out"
deb="$out/town-hall-kiosk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >&2
echo "$deb"
