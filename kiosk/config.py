# SPDX-License-Identifier: Apache-2.0
"""Typed kiosk settings, declared once, read from one TOML file and checked before anything starts.

Where the file is: ``--config FILE``, else ``$KIOSK_CONFIG``, else ``kiosk.toml`` in the platform's
config folder. No file at all means every default (the demo town on an embedded SQLite database).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

CONFIG_ENV = "KIOSK_CONFIG"
CONFIG_VERSION = 1
MIN_WARNING_SECONDS = 20
PRINTER_BACKENDS = ("file", "cups", "qt")
SUPPORTED_LANGUAGES = ("en", "es")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


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
                                  choices=("letter", "roll80"))
    lockout_attempts: int = _setting(5, "Failed sign-ins (or security answers) that lock an account.",
                                     minimum=3, maximum=20)
    lockout_window_minutes: int = _setting(15, "Minutes within which those failures count.", minimum=1, maximum=1440)
    lockout_minutes: int = _setting(15, "Minutes an account stays locked.", minimum=1, maximum=1440)
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
                             choices=("starttls", "ssl", "none"))
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
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            allowed = ", ".join(sorted(known))
            raise ConfigError(f"{where}: unknown key '{key}'. Allowed keys: {allowed}")
        values[key] = _check(known[key], value, where)
    return Settings(**values)


def _check(f: Any, value: Any, where: str) -> Any:
    meta, key, kind = f.metadata, f.name, f.type
    expected: type[Any] = {"str": str, "int": int, "bool": bool, "tuple[str, ...]": list}[kind]
    if (expected is int and isinstance(value, bool)) or not isinstance(value, expected):
        noun = {str: "a string", int: "a whole number", bool: "true or false", list: "a list of strings"}[expected]
        raise ConfigError(f"{where}: '{key}' must be {noun}, not {value!r}")
    if "choices" in meta and value not in meta["choices"]:
        raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: {', '.join(map(str, meta['choices']))}")
    if "minimum" in meta and not meta["minimum"] <= value <= meta["maximum"]:
        raise ConfigError(f"{where}: '{key}' is {value}; allowed: {meta['minimum']} to {meta['maximum']}")
    if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
        hint = meta.get("hint", "letters, digits, '.', '_' and '-', at most 40")
        raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: {hint}")
    if "subset_of" in meta:
        bad = [v for v in value if v not in meta["subset_of"]]
        if bad or not value or len(set(value)) != len(value):
            raise ConfigError(f"{where}: '{key}' is {value!r}; allowed: a non-empty list without repeats drawn from "
                              f"{', '.join(meta['subset_of'])}")
        value = tuple(value)
    return value
