# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin staff` and `kiosk-admin audit verify`, end to end on each engine: what IT types,
what it reads back, and the exit codes its scripts test."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from kiosk.admin import main
from kiosk.core.staff import StaffRole
from kiosk.core.staff import StaffSignInOutcome as Outcome
from kiosk.storage.database import open_engine
from tests.core.accounts_helpers import Clock
from tests.storage.staff_support import NEW_PASSWORD, PASSWORD, make_service
from tests.test_admin_cli import toml_str, write_config

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def config(database_url, tmp_path) -> Path:
    return write_config(tmp_path, database_url=toml_str(database_url), kiosk_id='"front-desk"')


def admin(config: Path, *argv: str, stdin: str = "") -> int:
    sys.stdin = io.StringIO(stdin)        # a pipe, as from a script (pytest restores its own stdin)
    try:
        return main(["--config", str(config), *argv])
    finally:
        sys.stdin = sys.__stdin__


def test_add_list_reset_and_disable(config, database_url, capsys):
    assert admin(config, "staff", "list") == 0
    assert "No staff accounts" in capsys.readouterr().out

    assert admin(config, "staff", "add", "MGarcia", "--role", "supervisor", "--name", "Maria Garcia",
                 stdin=PASSWORD + "\n") == 0
    out, err = capsys.readouterr()
    assert "Added mgarcia (Maria Garcia), supervisor" in out and "changed at the first sign-in" in out
    assert PASSWORD not in out + err

    assert admin(config, "staff", "reset-password", "mgarcia") == 0
    out = capsys.readouterr().out
    temporary = out.split("Temporary password for mgarcia: ")[1].split()[0]
    engine = open_engine(database_url)
    try:
        service = make_service(engine, Clock())
        assert service.sign_in("mgarcia", temporary).outcome is Outcome.PASSWORD_CHANGE_NEEDED
        assert service.sign_in("mgarcia", PASSWORD).outcome is Outcome.FAILED
        assert service.change_password("mgarcia", temporary, NEW_PASSWORD, NEW_PASSWORD).outcome is Outcome.SIGNED_IN
    finally:
        engine.dispose()

    assert admin(config, "staff", "require-totp", "mgarcia") == 0
    assert "set up an authenticator app at the next sign-in" in capsys.readouterr().out
    assert admin(config, "staff", "list") == 0
    out = capsys.readouterr().out
    assert "mgarcia" in out and "supervisor" in out and "active" in out and "TOTP required, not set up" in out
    assert "1 staff account(s)" in out

    assert admin(config, "staff", "disable", "mgarcia") == 0
    assert "can no longer sign in" in capsys.readouterr().out
    assert admin(config, "staff", "list") == 0
    assert "disabled" in capsys.readouterr().out

    assert admin(config, "audit", "verify") == 0
    # added, password reset, the old password refused, changed, signed in, TOTP required, disabled
    assert "all 7 row(s)" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "stdin", "message"), [
    (["staff", "add", "x", "--role", "assistant", "--name", "X"], PASSWORD, "a user name is 3-40 of a-z"),
    (["staff", "add", "jlee", "--role", "assistant", "--name", "Jamie Lee"], "password", "password"),
    (["staff", "add", "jlee", "--role", "assistant", "--name", "Jamie Lee"], "", "no password given"),
    (["staff", "add", "jlee", "--role", "assistant", "--name", " "], PASSWORD, "give the person's name"),
    (["staff", "disable", "nobody"], "", "there is no staff account 'nobody'"),
    (["staff", "reset-password", "nobody"], "", "there is no staff account 'nobody'"),
])
def test_bad_input_gets_a_plain_message_and_exit_2(config, capsys, argv, stdin, message):
    assert admin(config, *argv, stdin=stdin + "\n") == 2
    out, err = capsys.readouterr()
    assert message in err and "Traceback" not in out + err and PASSWORD not in out + err


def test_a_role_that_is_not_one_is_refused_by_the_parser(config, capsys):
    with pytest.raises(SystemExit) as exit_:
        admin(config, "staff", "add", "jlee", "--role", "mayor", "--name", "Jamie Lee")
    assert exit_.value.code == 2 and "invalid choice: 'mayor'" in capsys.readouterr().err


def test_a_taken_name_and_a_second_disable_are_refused(config, capsys):
    assert admin(config, "staff", "add", "jlee", "--role", "assistant", "--name", "Jamie Lee", stdin=PASSWORD) == 0
    assert admin(config, "staff", "add", "JLEE", "--role", "supervisor", "--name", "J Lee", stdin=PASSWORD) == 2
    assert "that user name is taken" in capsys.readouterr().err
    assert admin(config, "staff", "disable", "jlee") == 0
    assert admin(config, "staff", "disable", "jlee") == 2
    assert "disabled already" in capsys.readouterr().err


def test_audit_verify_finds_an_edited_row(config, database_url, capsys):
    for name in ("jlee", "mgarcia", "tnguyen"):
        assert admin(config, "staff", "add", name, "--role", "assistant", "--name", "Some One", stdin=PASSWORD) == 0
    assert admin(config, "audit", "verify") == 0
    assert "intact: all 3 row(s)" in capsys.readouterr().out

    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql("UPDATE audit_log SET detail = 'role supervisor' WHERE seq = 2")
    engine.dispose()

    assert admin(config, "audit", "verify") == 1
    err = capsys.readouterr().err
    assert "row 2 is the first that does not match" in err and "it was edited" in err


def test_the_installed_command_reads_the_password_from_a_pipe(tmp_path):
    """As a provisioning script runs it: a separate process, the password on standard input."""
    config = write_config(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-c", "import sys; from kiosk.admin import main; sys.exit(main())", "--config", str(config)]
    added = subprocess.run([*run, "staff", "add", "mgarcia", "--role", "assistant", "--name", "Maria Garcia"],
                           input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120, check=False)
    assert added.returncode == 0, added.stderr
    assert "Added mgarcia" in added.stdout and PASSWORD not in added.stdout + added.stderr
    listed = subprocess.run([*run, "staff", "list"], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert listed.returncode == 0 and "mgarcia" in listed.stdout and "temporary password" in listed.stdout
    verified = subprocess.run([*run, "audit", "verify"], capture_output=True, text=True, env=env, timeout=120,
                              check=False)
    assert verified.returncode == 0 and "all 1 row(s)" in verified.stdout
    assert StaffRole.ASSISTANT.value in listed.stdout
