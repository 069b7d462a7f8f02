# SPDX-License-Identifier: Apache-2.0
"""What must be right before a window opens: settings, data folder, logging, town pack.

Each failure is a StartupError with a plain message and the exit code IT scripts can test:
2 configuration, 3 town pack, 4 data folder or database, 5 anything unexpected (in the log), 6 no
usable OS keyring for the database's password.
Two more are asked for by a supervisor in the staff console: 10 "Exit to desktop" (the systemd unit
does not restart it: RestartPreventExitStatus, packaging/systemd) and 11 "Restart the kiosk".
`kiosk --smoke-test` exits 7 when a screen or a console page could not be built.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import ConfigError, Settings, find_config_file, load_settings
from kiosk.core.pack import PackError, TownPack, load_pack, resolve_pack_folder
from kiosk.paths import towns_dir

EXIT_CONFIG, EXIT_PACK, EXIT_DATA, EXIT_UNEXPECTED, EXIT_KEYRING = 2, 3, 4, 5, 6
EXIT_SMOKE = 7
EXIT_TO_DESKTOP, EXIT_RESTART = 10, 11


class StartupError(Exception):
    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True, slots=True)
class Prepared:
    settings: Settings
    config_file: Path | None
    pack: TownPack
    data_dir: Path
    database_url: str          # with the password from the OS keyring: never logged, never printed


def prepare(config_path: str | None, overrides: dict[str, object] | None = None, log_to_file: bool = True) -> Prepared:
    """Settings, data folder and town pack, checked. With ``log_to_file``, logging to the data folder
    starts here; the kiosk itself passes False and starts it after the first paint (see kiosk.app)."""
    config_file = find_config_file(config_path)
    try:
        settings = load_settings(config_file, overrides)
    except ConfigError as exc:
        raise StartupError(f"Configuration error: {exc}", EXIT_CONFIG) from None
    data_dir = check_data_dir(settings.resolved_data_dir())
    if log_to_file:
        setup_logging(data_dir / "logs", settings.log_level)
    try:
        pack = load_pack(resolve_pack_folder(settings.town, towns_dir()))
    except PackError as exc:
        if not log_to_file:
            setup_logging(data_dir / "logs", settings.log_level)
        import logging

        logging.getLogger(__name__).error("start-up failed: %s", exc)
        raise StartupError(f"Town pack error: {exc}", EXIT_PACK) from None
    return Prepared(settings, config_file, pack, data_dir, database_url(settings))


def database_url(settings: Settings) -> str:
    """The database's URL to connect with. A PostgreSQL password comes from the OS keyring
    (`kiosk-admin secrets set database`), never from the configuration file. Raises StartupError:
    a password in the file (2), or a keyring that cannot be used (6)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from kiosk.delivery.secrets import SecretError, SecretName, get_secret, use_backend

    text = settings.resolved_database_url()
    try:
        url = make_url(text)
    except ArgumentError:
        raise StartupError("Configuration error: database_url is not a database URL "
                           "(e.g. postgresql+psycopg://kiosk@db.town.example/kiosk).", EXIT_CONFIG) from None
    if url.get_backend_name() != "postgresql":
        return text
    if url.password:
        raise StartupError("Configuration error: database_url holds a password. Take it out of the file and keep "
                           "it in the OS keyring instead: kiosk-admin secrets set database.", EXIT_CONFIG)
    try:
        use_backend(settings.keyring_backend)
        password = get_secret(SecretName.DATABASE.value)
    except SecretError as exc:
        raise StartupError(
            f"Keyring error: {exc}. The database's password is kept there: name a keyring in the configuration's "
            "keyring_backend (kiosk-admin doctor shows which one is found), or set keyring_backend = \"none\" "
            "if the database needs no password.", EXIT_KEYRING) from None
    return url.set(password=password).render_as_string(hide_password=False) if password else text


def check_data_dir(folder: Path) -> Path:
    """The data folder exists, can be written, and is the kiosk user's alone (0700, its files 0600).

    The umask is set first and for the whole process: the database, its -wal and -shm, the log,
    scratch files and printouts are then created private whatever the shell or service manager
    gave us. Folders and files of an older install are tightened too."""
    os.umask(0o077)
    probe = folder / f".write-test-{os.getpid()}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        probe.unlink()
    except OSError as exc:
        raise StartupError(
            f"Data folder error: {folder} cannot be written ({exc.strerror or exc}). "
            "Give the kiosk's user write access, or set data_dir in the configuration.", EXIT_DATA) from None
    make_private(folder)
    return folder


def make_private(folder: Path) -> None:
    """``folder`` and everything in it readable by its owner only (what is not ours is left as it is)."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    for path, mode in [(folder, 0o700), *_contents(folder)]:
        try:
            info = path.lstat()
            if (uid is None or info.st_uid == uid) and info.st_mode & 0o777 != mode and not path.is_symlink():
                path.chmod(mode)
        except OSError:
            continue             # gone meanwhile, or not ours: nothing to tighten


def _contents(folder: Path) -> list[tuple[Path, int]]:
    found = []
    for root, dirs, files in os.walk(folder):
        found += [(Path(root, name), 0o700) for name in dirs]
        found += [(Path(root, name), 0o600) for name in files]
    return found


def setup_logging(folder: Path, level: str) -> None:
    """A rotating file of events and errors. Never log what a visitor typed: log codes, not values."""
    import logging
    import logging.handlers

    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "kiosk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "kiosk_log", False)]:
        root.removeHandler(old)
        old.close()
    handler.kiosk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
