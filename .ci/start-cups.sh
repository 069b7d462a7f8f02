#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Start CUPS with a cups-pdf test printer, idempotently, on Debian as root.
# Prints only KIOSK_TEST_CUPS_PRINTER=... and KIOSK_TEST_CUPS_OUTPUT=... on stdout, for
#   eval "$(bash .ci/start-cups.sh)"
# Everything else goes to stderr; exits non-zero when CUPS cannot be had.
set -euo pipefail

PRINTER="${KIOSK_CUPS_PRINTER_NAME:-KioskPDF}"
OUTPUT="${KIOSK_CUPS_OUTPUT_DIR:-/tmp/cups-pdf-out}"
CONF=/etc/cups/cups-pdf.conf

say() { echo "start-cups: $*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

# (grep without -q reads all its input, so pipefail never sees a SIGPIPE'd writer.)
scheduler_up() { lpstat -r 2>/dev/null | grep "scheduler is running" >/dev/null; }

if ! command -v cupsd >/dev/null || ! command -v lp >/dev/null || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    [ "$(id -u)" = 0 ] || fail "CUPS is not installed and installing it needs root"
    command -v apt-get >/dev/null || fail "CUPS is not installed and this is not a Debian-like system"
    say "installing cups, cups-client, printer-driver-cups-pdf"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 || fail "apt-get update failed"
    apt-get install -y -q --no-install-recommends cups cups-client printer-driver-cups-pdf >&2 \
        || fail "apt-get install of CUPS failed"
fi

# cups-pdf reads its configuration for every job, so this needs no restart.
if [ -w "$CONF" ] || [ "$(id -u)" = 0 ]; then
    mkdir -p "$OUTPUT"
    chmod 1777 "$OUTPUT"
    sed -i -E "s|^#?[[:space:]]*Out[[:space:]].*|Out $OUTPUT|; s|^#?[[:space:]]*AnonDirName[[:space:]].*|AnonDirName $OUTPUT|" "$CONF"
    grep -q "^Out $OUTPUT\$" "$CONF" || echo "Out $OUTPUT" >>"$CONF"
    grep -q "^AnonDirName $OUTPUT\$" "$CONF" || echo "AnonDirName $OUTPUT" >>"$CONF"
fi

if ! scheduler_up; then
    [ "$(id -u)" = 0 ] || fail "the CUPS scheduler is not running and starting it needs root"
    say "starting cupsd"
    /usr/sbin/cupsd >&2 || fail "cupsd would not start (see /var/log/cups/error_log)"
    for _ in $(seq 1 100); do scheduler_up && break; sleep 0.1; done
    scheduler_up || fail "cupsd started but does not answer (see /var/log/cups/error_log)"
fi

if ! lpstat -p "$PRINTER" >/dev/null 2>&1; then
    DRIVERS="$(lpinfo -m 2>/dev/null || true)"
    PPD="$(awk '/CUPS-PDF_opt\.ppd/ && !p {print $1; p=1}' <<<"$DRIVERS")"
    [ -n "$PPD" ] || PPD="$(awk '/CUPS-PDF/ && !p {print $1; p=1}' <<<"$DRIVERS")"
    [ -n "$PPD" ] || fail "no cups-pdf driver found (lpinfo -m)"
    say "adding printer $PRINTER ($PPD)"
    lpadmin -p "$PRINTER" -E -v cups-pdf:/ -m "$PPD" >&2 2>&1 || fail "lpadmin could not add $PRINTER"
fi
# A test that died half-way may have left it paused or rejecting.
cupsenable "$PRINTER" >&2 || fail "cupsenable $PRINTER failed"
cupsaccept "$PRINTER" >&2 || fail "cupsaccept $PRINTER failed"
if lpstat -d 2>&1 | grep "no system default destination" >/dev/null; then
    lpadmin -d "$PRINTER" >&2 2>&1 || say "could not make $PRINTER the default printer"
fi

echo "KIOSK_TEST_CUPS_PRINTER=$PRINTER"
echo "KIOSK_TEST_CUPS_OUTPUT=$OUTPUT"
