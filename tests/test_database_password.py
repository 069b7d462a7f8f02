# SPDX-License-Identifier: Apache-2.0
"""A fleet's PostgreSQL password lives in the OS keyring (`kiosk-admin secrets set database`), never in
the configuration file; the keyring is the one the configuration names (keyring_backend), so a packaged
build finds it; a kiosk that cannot use a keyring says so and exits. The keyrings here are in memory."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from kiosk.admin import main as admin
from kiosk.startup import EXIT_CONFIG, EXIT_KEYRING, StartupError, prepare

FLEET_URL = "postgresql+psycopg://kiosk@db.westport.example:5432/kiosk"
PASSWORD = "Tide-Lantern-5813"


class SharedKeyring(KeyringBackend):
    """A keyring named by its dotted path in a configuration (keyring_backend): every instance keeps
    the same secrets, as an OS keyring would for each process that opens it."""

    priority = 1  # type: ignore[assignment]
    secrets: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def shared_keyring():
    before = keyring.get_keyring()
    SharedKeyring.secrets.clear()
    yield SharedKeyring
    SharedKeyring.secrets.clear()
    keyring.set_keyring(before)


def config(tmp_path: Path, url: str = FLEET_URL, backend: str = "tests.test_database_password.SharedKeyring") -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\ndatabase_url = "{url}"\nkeyring_backend = "{backend}"\n',
                    encoding="utf-8")
    return path


def test_the_password_set_with_kiosk_admin_reaches_the_kiosk_and_no_file(tmp_path, shared_keyring, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))      # as piped in by an install script
    cfg = config(tmp_path)

    assert admin(["--config", str(cfg), "secrets", "set", "database"]) == 0
    assert "database password is stored" in capsys.readouterr().out
    assert admin(["--config", str(cfg), "secrets", "status", "database"]) == 0

    prepared = prepare(str(cfg), log_to_file=False)
    assert f"kiosk:{PASSWORD}@db.westport.example" in prepared.database_url
    assert PASSWORD not in cfg.read_text(encoding="utf-8")
    assert PASSWORD not in repr(prepared.settings)
    for file in (tmp_path / "data").rglob("*"):
        assert not file.is_file() or PASSWORD.encode() not in file.read_bytes(), file


def test_no_password_set_connects_as_the_url_says(tmp_path, shared_keyring):
    """A database that trusts the kiosk's user (peer or trust authentication) needs none."""
    assert prepare(str(config(tmp_path)), log_to_file=False).database_url == FLEET_URL


def test_a_password_in_the_configuration_file_is_refused_with_the_way_out(tmp_path, shared_keyring):
    with pytest.raises(StartupError) as refused:
        prepare(str(config(tmp_path, "postgresql+psycopg://kiosk:hunter2@db.westport.example/kiosk")), log_to_file=False)
    assert refused.value.exit_code == EXIT_CONFIG
    assert "kiosk-admin secrets set database" in str(refused.value) and "hunter2" not in str(refused.value)


def test_a_kiosk_without_a_usable_keyring_says_so_and_exits(tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())           # what keyring picks on a machine with none installed
    try:
        with pytest.raises(StartupError) as refused:
            prepare(str(config(tmp_path, backend="")), log_to_file=False)
    finally:
        keyring.set_keyring(before)
    assert refused.value.exit_code == EXIT_KEYRING
    assert "Keyring error" in str(refused.value) and "keyring_backend" in str(refused.value)


def test_a_keyring_backend_that_does_not_exist_is_named(tmp_path):
    with pytest.raises(StartupError) as refused:
        prepare(str(config(tmp_path, backend="keyrings.nowhere.Keyring")), log_to_file=False)
    assert refused.value.exit_code == EXIT_KEYRING and "keyrings.nowhere.Keyring" in str(refused.value)


def test_the_kiosk_itself_exits_with_the_message_and_no_traceback(tmp_path):
    cfg = config(tmp_path, backend="keyrings.nowhere.Keyring")
    done = subprocess.run([sys.executable, "-c", "import sys; from kiosk.app import main; sys.exit(main())",
                           "--config", str(cfg)], capture_output=True, text=True, timeout=120)
    assert done.returncode == EXIT_KEYRING, done.stderr
    assert "keyrings.nowhere.Keyring" in done.stderr and "Traceback" not in done.stderr


def test_sqlite_needs_no_keyring(tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        prepared = prepare(str(config(tmp_path, url="", backend="")), log_to_file=False)
    finally:
        keyring.set_keyring(before)
    assert prepared.database_url.startswith("sqlite:///")
