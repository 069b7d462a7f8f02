# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin policies`, end to end on each engine: list, show any version, publish from a
Markdown file, and who accepted which version; bad input gets a message and exit 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.pack import load_pack
from kiosk.paths import towns_dir
from kiosk.storage.database import open_engine
from tests.core.accounts_helpers import CheapHasher, registration
from tests.core.accounts_helpers import make_service as account_service
from tests.storage.policy_support import NEW_TERMS
from tests.test_admin_cli import toml_str, write_config
from tests.test_staff_cli import admin

# kiosk-admin reads the real clock: dates here are the town's real today and later.
TODAY = dt.datetime.now(ZoneInfo("America/New_York")).date()
NEXT_WEEK = TODAY + dt.timedelta(days=7)


@pytest.fixture
def config(database_url, tmp_path) -> Path:
    return write_config(tmp_path, database_url=toml_str(database_url), kiosk_id='"front-desk"')


@pytest.fixture
def terms_file(tmp_path) -> Path:
    path = tmp_path / "terms-1.1.md"
    path.write_text(NEW_TERMS.replace("\n", "\r\n"), encoding="utf-8")      # as saved on Windows
    return path


def test_publish_list_show_and_acceptances(config, database_url, terms_file, capsys):
    assert admin(config, "policies", "publish", "terms", str(terms_file), "--effective", NEXT_WEEK.isoformat(),
                 "--summary", "Says what becomes a public record.") == 0
    out = capsys.readouterr().out
    assert f"Published Terms & Conditions version 1.1: every kiosk shows it from {NEXT_WEEK.isoformat()}" in out
    assert "asks residents to accept it" in out

    assert admin(config, "policies", "list") == 0
    out = capsys.readouterr().out
    assert "1.0      effective 2024-07-01  IN FORCE   from the town pack" in out
    assert f"1.1      effective {NEXT_WEEK.isoformat()}  upcoming   published by kiosk-admin:" in out
    assert "at front-desk" in out

    assert admin(config, "policies", "show", "terms", "--version", "1.1") == 0
    out = capsys.readouterr().out
    assert "What changed: Says what becomes a public record." in out and NEW_TERMS in out and "\r" not in out
    assert admin(config, "policies", "show", "terms") == 0          # the one in force: the pack's, still
    out = capsys.readouterr().out
    pack_terms = load_pack(towns_dir() / "westport").policies["terms"].versions[0]
    assert "Terms & Conditions, version 1.0" in out and pack_terms.body_markdown in out

    engine = open_engine(database_url)
    try:
        accounts = account_service(engine, hasher=CheapHasher())
        accounts.register(registration("jsmith"), pack_terms)
    finally:
        engine.dispose()
    assert admin(config, "policies", "acceptances", "terms") == 0
    out = capsys.readouterr().out
    assert "terms 1.0      accepted by 1 account(s)" in out and "terms 1.1      accepted by 0 account(s)" in out
    assert admin(config, "policies", "acceptances", "terms", "--version", "1.0") == 0
    out = capsys.readouterr().out
    assert "jsmith" in out and "1 acceptance(s) of terms 1.0" in out

    assert admin(config, "audit", "verify") == 0
    assert "all 2 row(s)" in capsys.readouterr().out           # published; who accepted 1.0 read


@pytest.mark.parametrize(("argv", "text", "message"), [
    (["publish", "terms", "FILE", "--effective", "2026-02-30", "--summary", "x"], NEW_TERMS,
     "--effective '2026-02-30' is not a date"),
    (["publish", "terms", "FILE", "--effective", "2020-01-01", "--summary", "x"], NEW_TERMS,
     "the effective date is in the past"),
    (["publish", "terms", "FILE", "--effective", "NEXT_WEEK", "--summary", " "], NEW_TERMS,
     "give a summary of the changes"),
    (["publish", "terms", "FILE", "--effective", "NEXT_WEEK", "--summary", "x"], "Hi <img src=x>\n",
     "the text holds HTML"),
    (["publish", "terms", "FILE", "--effective", "NEXT_WEEK", "--summary", "x"], "",
     "the file holds no text"),
    (["publish", "terms", "FILE", "--effective", "NEXT_WEEK", "--summary", "x", "--version", "1.0"], NEW_TERMS,
     "version 1.0 exists already"),
    (["publish", "terms", "missing.md", "--effective", "NEXT_WEEK", "--summary", "x"], NEW_TERMS,
     "missing.md cannot be read"),
    (["publish", "cookies", "FILE", "--effective", "NEXT_WEEK", "--summary", "x"], NEW_TERMS,
     "there is no such document; the town's are: privacy, terms"),
    (["show", "terms", "--version", "7.0"], NEW_TERMS, "there is no version 7.0"),
    (["acceptances", "terms", "--version", "7.0"], NEW_TERMS, "there is no version 7.0"),
])
def test_bad_input_gets_a_plain_message_and_exit_2(config, tmp_path, capsys, argv, text, message):
    path = tmp_path / "policy.md"
    path.write_text(text, encoding="utf-8")
    argv = [str(path) if a == "FILE" else NEXT_WEEK.isoformat() if a == "NEXT_WEEK" else a for a in argv]
    assert admin(config, "policies", *argv) == 2
    out, err = capsys.readouterr()
    assert message in err and "Traceback" not in out + err


def test_a_file_that_is_not_text_is_refused(config, tmp_path, capsys):
    path = tmp_path / "terms.docx"
    path.write_bytes(b"PK\x03\x04\xff\xfe\x00binary")
    assert admin(config, "policies", "publish", "terms", str(path), "--effective", NEXT_WEEK.isoformat(),
                 "--summary", "x") == 2
    assert "cannot be read as UTF-8 text" in capsys.readouterr().err
