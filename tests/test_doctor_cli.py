# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin doctor`, as IT runs it on a kiosk: real databases, a real mail server and CUPS queue,
a port nobody listens on, and the real speech plug-ins."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kiosk.admin import main
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import upgrade
from tests.conftest import POSTGRES_URL
from tests.storage.outbox_support import SmtpSink, free_port
from tests.test_admin_cli import toml_str, write_config

CUPS_PRINTER = os.environ.get("KIOSK_TEST_CUPS_PRINTER", "")
ADMIN = "import sys; from kiosk.admin import main; sys.exit(main())"      # `kiosk-admin`, in a process of its own


def doctor(config, capsys, *extra: str) -> tuple[int, dict[str, dict[str, object]]]:
    code = main(["--config", str(config), "doctor", "--json", *extra])
    report = json.loads(capsys.readouterr().out)
    return code, {check["check"]: check for check in report["checks"]}


def migrated(url: str) -> str:
    engine = open_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


def test_a_kiosk_set_up_right_is_all_good(tmp_path, capsys, database_url, memory_keyring):
    sink = SmtpSink().start()
    try:
        config = write_config(tmp_path, database_url=toml_str(migrated(database_url)), smtp_host='"127.0.0.1"',
                              smtp_port=str(sink.port), smtp_tls='"none"', kiosk_id='"lobby"')
        code, checks = doctor(config, capsys, "--speech-engine", "mock")
    finally:
        sink.stop()

    assert {name: c["status"] for name, c in checks.items()} == {
        "config": "ok", "data folder": "ok", "town pack": "ok", "database": "ok", "schema": "ok", "clock": "ok",
        "keyring": "ok", "printer": "ok", "email": "ok", "speech": "ok"}
    assert code == 0
    assert "MemoryKeyring" in checks["keyring"]["backend"]
    if "postgresql" in database_url:
        assert abs(checks["clock"]["skew_s"]) < 5             # the same machine's clock


@pytest.mark.postgres
def test_a_fleet_kiosk_left_at_the_default_id_is_told(tmp_path, capsys, memory_keyring):
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured")
    config = write_config(tmp_path, database_url=toml_str(POSTGRES_URL))

    _code, checks = doctor(config, capsys, "--speech-engine", "mock")

    assert checks["config"]["status"] == "warning"
    assert "kiosk_id is the default 'kiosk-1'" in checks["config"]["summary"]


def test_the_readable_report_names_what_to_fix(tmp_path, capsys, memory_keyring):
    config = write_config(tmp_path, smtp_host='"127.0.0.1"', smtp_port=str(free_port()), smtp_tls='"none"')

    code = main(["--config", str(config), "doctor", "--speech-engine", "mock"])

    out = capsys.readouterr().out
    assert code == 1
    assert "ERROR    schema" in out and "run `kiosk-admin db upgrade`" in out     # never migrated
    assert "ERROR    email" in out and "connection refused" in out
    assert out.rstrip().endswith("2 to fix, 0 to look at.")


def test_an_unreachable_database_and_mail_server_need_fixing(tmp_path, capsys, memory_keyring):
    dead = free_port()
    config = write_config(tmp_path, database_url=f'"postgresql+psycopg://kiosk@127.0.0.1:{dead}/kiosk"',
                          smtp_host='"127.0.0.1"', smtp_port=str(free_port()), smtp_tls='"none"')

    code, checks = doctor(config, capsys, "--speech-engine", "mock")

    assert code == 1
    assert checks["database"]["status"] == "error" and checks["database"]["reason"] == "refused"
    assert f"127.0.0.1:{dead}" in checks["database"]["summary"]
    assert "schema" not in checks                               # nothing more to ask a server that is not there
    assert checks["email"]["reason"] == "refused"
    assert checks["town pack"]["status"] == "ok"                # the rest is still checked


def test_a_bad_configuration_file_exits_2_with_a_message_and_no_traceback(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f"data_dir = {toml_str(tmp_path / 'data')}\nidle_seconds = \"ninety\"\n", encoding="utf-8")

    done = subprocess.run([sys.executable, "-c", ADMIN, "--config", str(config), "doctor"],
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 2
    assert "Traceback" not in done.stderr + done.stdout
    assert done.stderr.startswith("Configuration error:") and "'idle_seconds'" in done.stderr


def test_a_broken_town_pack_is_a_finding_not_a_stop(tmp_path, capsys, memory_keyring):
    config = write_config(tmp_path, town='"atlantis"')

    code, checks = doctor(config, capsys, "--speech-engine", "mock")

    assert code == 1
    assert checks["town pack"]["status"] == "error" and "atlantis" in checks["town pack"]["summary"]
    assert checks["database"]["status"] == "ok"


def test_a_speech_engine_that_is_listed_but_cannot_start_needs_fixing(tmp_path, capsys, memory_keyring):
    config = write_config(tmp_path)

    _, checks = doctor(config, capsys, "--speech-engine", "no-such-engine")

    assert checks["speech"]["status"] == "error"
    assert checks["speech"]["state"] == "Error"
    assert "mock" in checks["speech"]["engines"]                # listed engines are not the test


@pytest.mark.skipif(not CUPS_PRINTER, reason="KIOSK_TEST_CUPS_PRINTER is not set (run: eval \"$(bash .ci/start-cups.sh)\")")
def test_the_cups_queue_is_checked_with_its_state_reasons(tmp_path, capsys, memory_keyring):
    config = write_config(tmp_path, printer_backend='"cups"', printer_name=f'"{CUPS_PRINTER}"')

    _, checks = doctor(config, capsys, "--speech-engine", "mock")

    printer = checks["printer"]
    assert printer["status"] == "ok", printer
    assert printer["state"] in ("idle", "printing") and printer["state_reasons"] == []


def test_a_cups_queue_that_does_not_exist_needs_fixing(tmp_path, capsys, memory_keyring):
    if not CUPS_PRINTER:
        pytest.skip("KIOSK_TEST_CUPS_PRINTER is not set: no CUPS to ask")
    config = write_config(tmp_path, printer_backend='"cups"', printer_name='"No_Such_Queue"')

    _, checks = doctor(config, capsys, "--speech-engine", "mock")

    assert checks["printer"]["status"] == "error" and checks["printer"]["reason"] == "not_found"
