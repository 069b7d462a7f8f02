# SPDX-License-Identifier: Apache-2.0
"""Passwords the kiosk needs (the database's, the SMTP password, an Open311 API key), kept in the OS
keyring, never in the configuration file. Set them with `kiosk-admin secrets set NAME`.

Which keyring: keyring's own choice (or PYTHON_KEYRING_BACKEND), unless the configuration names a
backend class in ``keyring_backend`` (`use_backend`). A packaged build names it there: keyring finds
its backends through package entry points, which a PyInstaller bundle may not carry."""

from __future__ import annotations

import enum
import logging

KEYRING_SERVICE = "town-hall-kiosk"


class SecretName(enum.Enum):
    """The secrets the kiosk keeps; each value is its name in the keyring and on `kiosk-admin secrets`."""

    DATABASE = "database"         # the password of the database URL's user (PostgreSQL)
    SMTP = "smtp"                 # the password of settings.smtp_user on the mail server
    OPEN311 = "open311"           # the API key of the town pack's Open311 endpoint
    OUTBOX = "outbox-key"         # seals the local outbox (kiosk.delivery.forwarder); made on first use

log = logging.getLogger(__name__)


class SecretError(Exception):
    """The keyring cannot be used; the message says why."""


def get_secret(name: str) -> str | None:
    """The stored secret, or None if none is set. Raises SecretError if the keyring fails."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, name) or None
    except KeyringError as exc:
        raise SecretError(f"the OS keyring cannot be read ({exc.__class__.__name__}: {exc})") from None


def set_secret(name: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, name, value)
    except KeyringError as exc:
        raise SecretError(f"the OS keyring cannot store it ({exc.__class__.__name__}: {exc})") from None


def delete_secret(name: str) -> bool:
    """Remove the secret; False if none was set."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, name)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretError(f"the OS keyring cannot be changed ({exc.__class__.__name__}: {exc})") from None
    return True


NO_KEYRING = "none"     # keyring_backend for a kiosk with no secrets to keep (keyring's null backend)


def use_backend(name: str) -> None:
    """Use the keyring backend class ``name`` ("keyring.backends.SecretService.Keyring",
    "keyrings.alt.file.EncryptedKeyring"; NO_KEYRING: none); "": keyring's own choice. Raises
    SecretError naming what is wrong."""
    if not name:
        return
    import keyring
    import keyring.core

    dotted = "keyring.backends.null.Keyring" if name == NO_KEYRING else name
    try:
        backend = keyring.core.load_keyring(dotted)
    except (ImportError, AttributeError, ValueError) as exc:
        raise SecretError(f"keyring_backend {name!r} cannot be loaded ({exc.__class__.__name__}: {exc})") from None
    keyring.set_keyring(backend)


def keyring_backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"
