# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin accounts` and `kiosk-admin retention`, end to end on each engine: find, unlock,
a temporary password and its slip, the records export (JSON and PDF), close, retention; refused
input gets a message and exit 2, never a traceback."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.admin import main
from kiosk.core.accounts import SignInOutcome
from kiosk.core.policies import PolicyDocument
from kiosk.storage.database import open_engine
from kiosk.storage.migrations import upgrade
from tests.core.accounts_helpers import CheapHasher, Clock, make_service, registration
from tests.test_admin_cli import toml_str, write_config


@pytest.fixture
def config(database_url, tmp_path) -> Path:
    return write_config(tmp_path, database_url=toml_str(database_url), kiosk_id='"front-desk"')


@pytest.fixture
def accounts(database_url):
    engine = open_engine(database_url)
    upgrade(engine)
    service = make_service(engine, Clock(), hasher=CheapHasher())
    terms = PolicyDocument("terms", "Terms", "1.0", dt.date(2024, 1, 1), "Terms.\n")
    service.register(dataclasses.replace(registration("jsmith"), licences=()), terms)
    yield service
    engine.dispose()


def test_find_temporary_password_export_close_and_retention(config, accounts, tmp_path, capsys):
    assert main(["--config", str(config), "accounts", "find", "Smith"]) == 0
    assert "jsmith" in capsys.readouterr().out

    slip = tmp_path / "slip.pdf"
    assert main(["--config", str(config), "accounts", "temporary-password", "jsmith", "--slip", str(slip)]) == 0
    out = capsys.readouterr().out
    password = out.split("Temporary password for jsmith: ", 1)[1].split()[0]
    assert password in PdfReader(io.BytesIO(slip.read_bytes())).pages[0].extract_text()
    assert accounts.sign_in("jsmith", password).outcome is SignInOutcome.PASSWORD_CHANGE_NEEDED

    assert main(["--config", str(config), "accounts", "unlock", "jsmith"]) == 0
    assert "unlocked" in capsys.readouterr().out

    json_path, pdf_path = tmp_path / "jsmith.json", tmp_path / "jsmith.pdf"
    assert main(["--config", str(config), "accounts", "export", "jsmith", "--json", str(json_path),
                 "--pdf", str(pdf_path)]) == 0
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["account"]["username"] == "jsmith" and doc["account"]["temporary_password_pending"]
    assert "$argon2" not in json_path.read_text(encoding="utf-8")
    assert "jsmith" in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages[0].extract_text()

    assert main(["--config", str(config), "accounts", "close", "jsmith"]) == 0
    assert main(["--config", str(config), "accounts", "close", "jsmith"]) == 2
    assert "closed already" in capsys.readouterr().err

    assert main(["--config", str(config), "retention", "run", "--dry-run"]) == 0
    assert "Would delete: 0 submission(s)" in capsys.readouterr().out
    assert main(["--config", str(config), "retention", "run"]) == 0
    assert "exempt" in capsys.readouterr().out
    assert main(["--config", str(config), "retention", "show"]) == 0
    out = capsys.readouterr().out
    assert "kept 1095 days" in out and "Last run: " in out and "never" not in out


def test_refused_input_says_what_to_change(config, accounts, tmp_path, capsys):
    assert main(["--config", str(config), "accounts", "unlock", "nobody"]) == 2
    assert "no account 'nobody'" in capsys.readouterr().err
    assert main(["--config", str(config), "accounts", "export", "jsmith"]) == 2
    assert "--json FILE" in capsys.readouterr().err
    assert main(["--config", str(config), "accounts", "export", "jsmith", "--json",
                 str(tmp_path / "no-such-folder" / "x.json")]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert main(["--config", str(config), "accounts", "find", "  "]) == 2
