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
    use_backend,
)

WHAT = {SecretName.DATABASE.value: "database password", SecretName.SMTP.value: "SMTP password",
        SecretName.OPEN311.value: "Open311 API key", SecretName.OUTBOX.value: "local outbox key"}
# The kiosk makes this one itself; another key would leave the messages waiting in the outbox unreadable.
MADE_BY_THE_KIOSK = {SecretName.OUTBOX.value}


def use_configured_keyring(config: str | None) -> int | None:
    """The keyring the configuration names (keyring_backend), as the kiosk will use it; an exit
    code when it cannot be (2: the configuration, 1: the keyring), else None."""
    from kiosk.config import ConfigError, find_config_file, load_settings

    try:
        settings = load_settings(find_config_file(config))
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        use_backend(settings.keyring_backend)
    except SecretError as exc:
        print(f"The keyring cannot be used: {exc}", file=sys.stderr)
        return 1
    return None


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
