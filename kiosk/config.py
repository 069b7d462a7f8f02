# SPDX-License-Identifier: Apache-2.0
"""Typed kiosk settings, declared once, read from one TOML file and checked before anything starts.

Where the file is: ``--config FILE``, else ``$KIOSK_CONFIG``, else ``kiosk.toml`` in the platform's
config folder. No file at all means every default (the demo town on an embedded SQLite database).
"""

from __future__ import annotations

import enum
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin, get_type_hints

from kiosk.core.printing import PrinterBackend, ReceiptPaper

if TYPE_CHECKING:
    from _typeshed import DataclassInstance
    from platformdirs import PlatformDirs


class SmtpTls(enum.Enum):
    """Encryption to the mail server (``smtp_tls``). Declared here, not in kiosk.delivery.smtp, because the
    settings sit below every layer that reads them: storage and delivery import this module."""

    STARTTLS = "starttls"         # port 587: plain, then upgraded
    SSL = "ssl"                   # port 465: encrypted from the first byte
    NONE = "none"                 # port 25 inside the town's network


def values_of(kind: type[enum.Enum]) -> tuple[str, ...]:
    """An enum's values, in its order: the choices a setting or a command-line argument allows."""
    return tuple(member.value for member in kind)


CONFIG_ENV = "KIOSK_CONFIG"
CONFIG_VERSION = 1
MIN_WARNING_SECONDS = 20
PRINTER_BACKENDS = values_of(PrinterBackend)
SUPPORTED_LANGUAGES = ("en", "es")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

S = TypeVar("S", bound="DataclassInstance")


class ConfigError(Exception):
    """A setting that cannot be used; the message names the file, the key and what is allowed."""


def _setting(default: Any, description: str, **rules: Any) -> Any:
    return field(default=default, metadata={"description": description, **rules})


@dataclass(frozen=True, slots=True)
class Settings:
    config_version: int = _setting(CONFIG_VERSION, "Version of this file's layout.", choices=(CONFIG_VERSION,))
    kiosk_id: str = _setting("kiosk-1", "Name of this kiosk in statistics and logs.", pattern=r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
    town: str = _setting("westport", "Town content pack: a folder name under resources/towns/ or a path to a pack folder.")
    database_url: str = _setting("", "SQLAlchemy URL; empty means SQLite in the data folder.")
    database_connect_seconds: int = _setting(3, "PostgreSQL: seconds to wait for a new connection before the resident is "
                                                "told the records cannot be reached.", minimum=1, maximum=60)
    database_statement_seconds: int = _setting(4, "PostgreSQL: seconds to wait for an answer to one statement (a frozen or "
                                                  "unreachable server is given up on after this).", minimum=1, maximum=300)
    database_keepalive_seconds: int = _setting(5, "PostgreSQL: seconds of silence before TCP checks the server is still "
                                                  "there.", minimum=1, maximum=600)
    records_local_copy: bool = _setting(True, "PostgreSQL: keep a copy of the public records in the data folder, so "
                                              "search answers at SQLite speed, and while the database is away.")
    keyring_backend: str = _setting("", "The OS keyring that holds the database's and the mail server's passwords, as "
                                        "keyring's backend class (e.g. keyring.backends.SecretService.Keyring); empty: "
                                        "keyring's own choice; none: no keyring (a database that needs no password).")
    data_dir: str = _setting("", "Folder for the database, logs and the print spool; empty means the platform data folder.")
    idle_seconds: int = _setting(90, "Seconds without a touch before the 'are you still there' warning.",
                                 minimum=15, maximum=3600)
    warning_seconds: int = _setting(30, "Seconds the warning counts down before the visit ends.",
                                    minimum=MIN_WARNING_SECONDS, maximum=600)
    printer_backend: str = _setting("file", "How documents print: file (PDFs in a spool folder), cups, or qt (any OS printer).",
                                    choices=PRINTER_BACKENDS)
    printer_name: str = _setting("", "Printer for cups/qt (empty: the system default); for file, an output folder "
                                     "(empty: <data_dir>/printed).")
    receipt_paper: str = _setting("letter", "Paper for receipts: letter, or roll80 (an 80 mm receipt printer).",
                                  choices=values_of(ReceiptPaper))
    lockout_attempts: int = _setting(5, "Failed sign-ins (or security answers) that lock an account.",
                                     minimum=3, maximum=20)
    lockout_window_minutes: int = _setting(15, "Minutes within which those failures count.", minimum=1, maximum=1440)
    lockout_minutes: int = _setting(15, "Minutes an account stays locked.", minimum=1, maximum=1440)
    staff_lock_minutes: int = _setting(5, "Minutes without a touch before the staff console locks itself (back to the "
                                             "staff sign-in).", minimum=1, maximum=60)
    languages: tuple[str, ...] = _setting(SUPPORTED_LANGUAGES, "Languages offered, the first is the default.",
                                          subset_of=SUPPORTED_LANGUAGES)
    fullscreen: bool = _setting(False, "Kiosk mode: full screen, and closing the window is refused.")
    log_level: str = _setting("INFO", "Least severe log level written.", choices=LOG_LEVELS)
    demo_records: bool = _setting(True, "On a start with no parcels or records in the database, load made-up demo ones "
                                        "(set false where the town's own records are imported).")
    reference_prefix: str = _setting("", "Three capital letters that start residents' reference numbers; empty means the "
                                         "first three letters of the town's short name (WES, CAL).",
                                     pattern=r"([A-Z]{3})?", hint="three capital letters like WES, or empty")
    smtp_host: str = _setting("", "Mail server that delivers residents' messages to departments; empty means e-mail "
                                  "is off (messages stay queued, and the staff queue still has them).")
    smtp_port: int = _setting(587, "Mail server port (587 with starttls, 465 with ssl, 25 with none).",
                              minimum=1, maximum=65535)
    smtp_tls: str = _setting("starttls", "Encryption to the mail server: starttls, ssl, or none.",
                             choices=values_of(SmtpTls))
    smtp_user: str = _setting("", "User name on the mail server (empty: no login). The password is kept in the OS "
                                  "keyring: kiosk-admin secrets set smtp.")
    smtp_from: str = _setting("", "From address of the kiosk's e-mails; empty means town-hall-kiosk@ the department "
                                  "address's domain.", pattern=r"([^@\s]+@[^@\s]+\.[^@\s]+)?",
                              hint="an e-mail address like kiosk@westport.gov, or empty")
    outbox_max_attempts: int = _setting(30, "Delivery attempts of one message before it is marked failed.",
                                        minimum=1, maximum=1000)
    outbox_max_hours: int = _setting(72, "Hours a message may wait for delivery before it is marked failed.",
                                     minimum=1, maximum=720)
    outbox_poll_seconds: int = _setting(5, "Seconds between looks for messages due for (another) delivery attempt.",
                                        minimum=1, maximum=300)
    statistics_min_count: int = _setting(5, "Smallest count of visits or messages a statistic shows; smaller ones read "
                                            "\"fewer than\" it, on screen, in exports and in reports (3 or more: with 2, "
                                            "\"fewer than 2\" would mean exactly 1).", minimum=3, maximum=100)
    retention_submissions_days: int = _setting(1095, "Days a resident's message (with its history and deliveries) is kept "
                                                     "after the last change to it; kiosk-admin retention run deletes "
                                                     "older ones.", minimum=30, maximum=36500)
    retention_statistics_days: int = _setting(730, "Days an anonymous visit is kept for the usage statistics.",
                                              minimum=30, maximum=36500)
    retention_closed_accounts_days: int = _setting(30, "Days a closed account is kept (a records request in that "
                                                       "time still finds it) before it is deleted.",
                                                   minimum=0, maximum=36500)

    def resolved_data_dir(self) -> Path:
        return Path(self.data_dir).expanduser() if self.data_dir else Path(_app_dirs().user_data_dir)

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.resolved_data_dir() / 'kiosk.sqlite3'}"


def describe_settings() -> list[tuple[str, str, Any]]:
    """(key, description, default) for each setting, for `kiosk-admin config check` and the README."""
    return [(f.name, f.metadata["description"], f.default) for f in fields(Settings)]


def default_config_path() -> Path:
    return Path(_app_dirs().user_config_dir) / "kiosk.toml"


def _app_dirs() -> PlatformDirs:
    """The platform's folders for this app; platformdirs loads only when a default is needed."""
    from platformdirs import PlatformDirs

    return PlatformDirs("town-hall-kiosk", appauthor=False)


def find_config_file(cli_path: str | None) -> Path | None:
    if cli_path:
        return Path(cli_path)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    path = default_config_path()
    return path if path.exists() else None


def load_settings(path: Path | None, overrides: dict[str, Any] | None = None) -> Settings:
    raw: dict[str, Any] = {}
    where = str(path) if path else "the built-in defaults"
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: the configuration file does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: the configuration file cannot be read ({exc.__class__.__name__})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    raw.update(overrides or {})
    return validate(raw, where)


def validate(raw: dict[str, Any], where: str) -> Settings:
    return validate_as(Settings, raw, where)


def validate_as(schema: type[S], raw: dict[str, Any], where: str) -> S:
    """``raw`` (TOML values by key) checked against the fields, types and rules of ``schema``.

    ``schema`` is Settings but in tests, which pass a dataclass of their own to show that each kind of
    setting (a float, a path) is read right before Settings has one."""
    known = {f.name: f for f in fields(schema)}
    # The real types: with `from __future__ import annotations` every Field.type is only text.
    types = get_type_hints(schema)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            allowed = ", ".join(sorted(known))
            raise ConfigError(f"{where}: unknown key '{key}'. Allowed keys: {allowed}")
        values[key] = _check(known[key], types[key], value, where)
    return schema(**values)


@dataclass(frozen=True, slots=True)
class _Kind:
    """A setting's type as TOML holds it: what IT is told it must be, and the Python value it becomes."""

    noun: str                          # "must be a whole number"
    plural: str                        # "must be a list of whole numbers"
    accepts: Callable[[Any], bool]
    convert: Callable[[Any], Any] = lambda value: value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)  # TOML true is no number


_KINDS: dict[Any, _Kind] = {
    str: _Kind("a string", "strings", lambda v: isinstance(v, str)),
    int: _Kind("a whole number", "whole numbers", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    float: _Kind("a number", "numbers", _is_number, float),                 # 90 is as good as 90.0
    bool: _Kind("true or false", "true or false values", lambda v: isinstance(v, bool)),
    Path: _Kind("a path in quotes", "paths in quotes", lambda v: isinstance(v, str), Path),
}


def _kind(annotation: Any) -> _Kind:
    """The kind of a field's type; ``tuple[X, ...]`` is a TOML list of X. Any other type is a mistake in
    the schema, not in a file, so it is a TypeError (a test reads every Settings field)."""
    if get_origin(annotation) is tuple:
        item_type, *rest = get_args(annotation)
        if rest == [Ellipsis] and item_type in _KINDS:
            item = _KINDS[item_type]
            return _Kind(f"a list of {item.plural}", f"lists of {item.plural}",
                         lambda v: isinstance(v, list) and all(item.accepts(i) for i in v),
                         lambda v: tuple(item.convert(i) for i in v))
    elif annotation in _KINDS:
        return _KINDS[annotation]
    raise TypeError(f"a setting of type {annotation!r} cannot be read from TOML")


def _check(f: Field[Any], annotation: Any, value: Any, where: str) -> Any:
    meta, key, kind = f.metadata, f.name, _kind(annotation)
    if not kind.accepts(value):
        allowed = f" ({_allowed(meta)})" if _allowed(meta) else ""
        raise ConfigError(f"{where}: '{key}' must be {kind.noun}{allowed}, not {value!r}")
    if "choices" in meta and value not in meta["choices"]:
        raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: {_allowed(meta)}")
    if "minimum" in meta and not meta["minimum"] <= value <= meta["maximum"]:
        raise ConfigError(f"{where}: '{key}' is {value}; allowed: {_allowed(meta)}")
    if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
        raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: {_allowed(meta)}")
    if "subset_of" in meta:
        bad = [v for v in value if v not in meta["subset_of"]]
        if bad or not value or len(set(value)) != len(value):
            raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: {_allowed(meta)}")
    return kind.convert(value)


def _allowed(meta: Mapping[str, Any]) -> str:
    """What a field's rules allow, in the words IT reads; "" when any value of its type is."""
    if "choices" in meta:
        return ", ".join(map(str, meta["choices"]))
    if "minimum" in meta:
        return f"{meta['minimum']} to {meta['maximum']}"
    if "pattern" in meta:
        return str(meta.get("hint", "letters, digits, '.', '_' and '-', at most 40"))
    if "subset_of" in meta:
        return f"a non-empty list without repeats drawn from {', '.join(meta['subset_of'])}"
    return ""
