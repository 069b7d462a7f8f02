# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin secrets`: the passwords the kiosk needs, kept in the OS keyring of the kiosk's user."""

from __future__ import annotations

import getpass
import sys

from kiosk.delivery.secrets import (
    SecretError,
    SecretName,
    delete_secret,
    get_secret,
    keyring_backend_name,
    set_secret,
)

WHAT = {SecretName.SMTP.value: "SMTP password", SecretName.OPEN311.value: "Open311 API key",
        SecretName.OUTBOX.value: "local outbox key"}
# The kiosk makes this one itself; another key would leave the messages waiting in the outbox unreadable.
MADE_BY_THE_KIOSK = {SecretName.OUTBOX.value}


def _refused(name: str) -> bool:
    if name in MADE_BY_THE_KIOSK:
        print(f"The {WHAT[name]} is made by the kiosk on first use and cannot be set or removed here: "
              "messages waiting in the local outbox could not be read with another.", file=sys.stderr)
        return True
    return False


def secrets_set(name: str) -> int:
    """Read the secret (hidden at a terminal; one line from a pipe) and store it."""
    if _refused(name):
        return 2
    value = getpass.getpass(f"{WHAT[name]}: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not value:
        print(f"Nothing stored: the {WHAT[name]} is empty.", file=sys.stderr)
        return 2
    try:
        set_secret(name, value)
    except SecretError as exc:
        print(f"The {WHAT[name]} cannot be stored: {exc}", file=sys.stderr)
        return 1
    print(f"The {WHAT[name]} is stored in the OS keyring ({keyring_backend_name()}).")
    return 0


def secrets_status(name: str) -> int:
    """Say whether the secret is set (never what it is); exit code 0 if set, 1 if not."""
    try:
        value = get_secret(name)
    except SecretError as exc:
        print(f"The {WHAT[name]} cannot be read: {exc}", file=sys.stderr)
        return 1
    if value:
        print(f"An {WHAT[name]} is set in the OS keyring ({keyring_backend_name()}).")
        return 0
    print(f"No {WHAT[name]} is set. Set one with: kiosk-admin secrets set {name}")
    return 1


def secrets_delete(name: str) -> int:
    if _refused(name):
        return 2
    try:
        deleted = delete_secret(name)
    except SecretError as exc:
        print(f"The {WHAT[name]} cannot be removed: {exc}", file=sys.stderr)
        return 1
    print(f"The {WHAT[name]} is removed." if deleted else f"No {WHAT[name]} was set.")
    return 0
