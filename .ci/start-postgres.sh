#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Start a throwaway PostgreSQL server for the tests, on loopback and a free port.
#
#   out=$(.ci/start-postgres.sh) && eval "$out"   # sets KIOSK_TEST_POSTGRES_URL, _DATA, _BIN
#   .ci/start-postgres.sh --stop "$KIOSK_TEST_POSTGRES_DATA"
#
# stdout carries only the shell assignments; progress and errors go to stderr.
# As root, the server runs as the `postgres` user (initdb refuses to run as root).
set -euo pipefail

log() { printf 'start-postgres: %s\n' "$*" >&2; }

# The newest server binaries Debian installed, else whatever is on PATH.
find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
        printf '%s\n' "$dir"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
    else
        log "no initdb found (install the postgresql package)"
        return 1
    fi
}

# Run a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

if [[ "${1:-}" == "--stop" ]]; then
    data=${2:?usage: $0 --stop DATA_DIR}
    bin=$(find_bin)
    if [[ -f "$data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || log "pg_ctl stop failed"
    fi
    rm -rf -- "$data"
    exit 0
fi

bin=$(find_bin)
# /tmp, not $TMPDIR: the `postgres` user must reach it and the socket path must stay short.
data=$(mktemp -d /tmp/kiosk-pg.XXXXXX)
if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$data"
fi
chmod 700 "$data"

if ! as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$data.initdb.log" 2>&1; then
    cat "$data.initdb.log" >&2
    rm -rf -- "$data" "$data.initdb.log"
    exit 1
fi
rm -f -- "$data.initdb.log"

# A free port can be taken between the probe and the bind: try a few.
started=""
for _ in 1 2 3; do
    port=$(free_port)
    # fsync and friends off: the data is thrown away, and the tests run faster.
    if as_owner "$bin/pg_ctl" -D "$data" -l "$data/log" -w -t 60 \
            -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
        started=yes
        break
    fi
    log "could not start on port $port, retrying"
done
if [[ -z "$started" ]]; then
    cat "$data/log" >&2 || true
    "$0" --stop "$data"
    exit 1
fi

if ! as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres kiosk_test; then
    "$0" --stop "$data"
    exit 1
fi

log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data"
printf 'KIOSK_TEST_POSTGRES_URL=%s\n' "postgresql+psycopg://postgres@127.0.0.1:$port/kiosk_test"
printf 'KIOSK_TEST_POSTGRES_DATA=%s\n' "$data"
printf 'KIOSK_TEST_POSTGRES_BIN=%s\n' "$bin"
