# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin`, as the town's IT uses it: set up the database, check a configuration, read the statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from kiosk.admin import main
from kiosk.core.session import EndReason, UsageRecord
from kiosk.delivery.secrets import KEYRING_SERVICE, SecretName
from kiosk.storage.database import open_engine, session_factory
from kiosk.storage.migrations import SCHEMA_HEAD, upgrade
from kiosk.storage.stats import UsageStats
from tests.storage.outbox_support import MemoryKeyring

HEAD = SCHEMA_HEAD          # the integrator renumbers migrations: never a literal here


def toml_str(value: Path | str) -> str:
    return '"' + str(value).replace("\\", "\\\\") + '"'


def write_config(tmp_path: Path, **settings: str) -> Path:
    lines = [f"data_dir = {toml_str(tmp_path / 'data')}"]
    lines += [f"{key} = {value}" for key, value in settings.items()]
    path = tmp_path / "kiosk.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_password(url: str, keyring: MemoryKeyring) -> tuple[str, str | None]:
    """A PostgreSQL URL and its password, kept in the (in-memory) OS keyring as `kiosk-admin secrets set
    database` keeps it (the throwaway test server trusts anyone, so one is made up), to check it is
    never printed; SQLite URLs have none."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url, None
    password = parsed.password or "s3cret-pw"
    keyring.set_password(KEYRING_SERVICE, SecretName.DATABASE.value, password)
    return parsed.set(password=None).render_as_string(hide_password=False), password


def tables(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_db_upgrade_on_a_fresh_data_folder_creates_the_schema(tmp_path, capsys):
    config = write_config(tmp_path)
    database = tmp_path / "data" / "kiosk.sqlite3"

    assert main(["--config", str(config), "db", "upgrade"]) == 0

    out = capsys.readouterr().out
    assert f"sqlite:///{database} is at revision {HEAD}." in out
    assert database.is_file()
    assert {"usage_sessions", "alembic_version"} <= tables(f"sqlite:///{database}")

    assert main(["--config", str(config), "db", "current"]) == 0
    assert capsys.readouterr().out.strip() == HEAD


def test_db_current_on_an_empty_database_says_what_to_run(tmp_path, capsys):
    config = write_config(tmp_path)

    assert main(["--config", str(config), "db", "current"]) == 0

    assert "kiosk-admin db upgrade" in capsys.readouterr().out


def test_db_upgrade_on_every_engine(database_url, tmp_path, capsys, memory_keyring):
    url, password = with_password(database_url, memory_keyring)
    config = write_config(tmp_path, database_url=toml_str(url))

    assert main(["--config", str(config), "db", "upgrade"]) == 0
    assert main(["--config", str(config), "db", "upgrade"]) == 0       # again: nothing to do, still fine

    out = capsys.readouterr().out
    assert out.count(f"is at revision {HEAD}.") == 2
    if password:
        assert password not in out
    assert {"usage_sessions", "alembic_version"} <= tables(url)
    assert main(["--config", str(config), "db", "current"]) == 0
    assert capsys.readouterr().out.strip() == HEAD


def test_config_check_prints_the_pack_and_the_settings(tmp_path, capsys):
    config = write_config(tmp_path, town='"calabasas"', idle_seconds="120", languages='["es", "en"]')

    assert main(["--config", str(config), "config", "check"]) == 0

    out = capsys.readouterr().out
    assert f"Configuration: {config} is valid." in out
    assert "Town pack: City of Calabasas, CA" in out
    assert "terms: Terms of Use 1.0, in force since 2024-07-01 (sample text)" in out
    assert "privacy: Privacy Policy 1.0" in out
    assert f"Data folder: {tmp_path / 'data'}" in out
    assert "idle_seconds = 120   (set)" in out
    assert "languages = ('es', 'en')   (set)" in out
    assert "warning_seconds = 30\n" in out                      # a default is listed, unmarked
    for key in ("kiosk_id", "town", "database_url", "printer_backend", "fullscreen", "log_level"):
        assert f"  {key} = " in out
    assert not (tmp_path / "data" / "kiosk.sqlite3").exists()   # checking touches no database


def test_config_check_without_a_file_uses_the_defaults(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))

    assert main(["config", "check"]) == 0

    out = capsys.readouterr().out
    assert "Configuration: no file (built-in defaults) is valid." in out
    assert "Town pack: Town of Westport, CT" in out


def test_config_check_refuses_a_broken_pack_with_exit_3(tmp_path, capsys):
    config = write_config(tmp_path, town=toml_str(tmp_path / "nowhere"))

    assert main(["--config", str(config), "config", "check"]) == 3

    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(tmp_path / "nowhere") in captured.err


def _visit(n: int, day: dt.date, reason: EndReason = EndReason.FINISH, language: str = "en",
           screens: tuple[str, ...] = ("home", "policies")) -> UsageRecord:
    return UsageRecord(token=f"{n:04d}feedfacecafebeef" + "0" * 12, kiosk_id="lobby-secret-id",
                       started_at=dt.datetime.combine(day, dt.time(9, n), dt.UTC),
                       duration_s=30.0 + n, screens=screens, language=language, large_text=False,
                       high_contrast=False, end_reason=reason)


def test_stats_prints_aggregate_counts_and_never_a_token(database_url, tmp_path, capsys):
    engine = open_engine(database_url)
    try:
        upgrade(engine)
        stats = UsageStats(session_factory(engine))
        visits = [_visit(i, dt.date(2026, 11, 20)) for i in range(6)]
        visits.append(_visit(50, dt.date(2026, 11, 21), EndReason.IDLE, "es", ("home", "catalogue")))
        for v in visits:
            stats.add(v)
        from kiosk.storage.submissions import SqlSubmissionRepository
        from tests.storage.outbox_support import T0, new_submission
        repo = SqlSubmissionRepository(session_factory(engine), "WES")
        for i in range(5):
            repo.store(new_submission(i), "lobby-1", T0)              # five problem reports to Public Works
        repo.store(new_submission(9, form_title="Request public records", department_name="Town Clerk"),
                   "lobby-1", T0)
    finally:
        engine.dispose()
    config = write_config(tmp_path, database_url=toml_str(database_url))

    assert main(["--config", str(config), "stats", "show", "--from", "2026-11-20", "--to", "2026-11-23"]) == 0

    out = capsys.readouterr().out
    assert "Visits: 7" in out
    assert "Average visit length: 39 s" in out
    lines = [line.split() for line in out.splitlines() if line.startswith("  ")]
    # A day of one visit reads "fewer than 5", and the other day is not shown either: 7 - 6 would give it.
    assert lines[:4] == [["2026-11-20", "not", "shown"], ["2026-11-21", "fewer", "than", "5"], ["2026-11-22", "0"],
                         ["2026-11-23", "0"]]
    assert "Messages: 6" in out
    assert ["Finished", "not", "shown"] in lines and ["Timed", "out", "fewer", "than", "5"] in lines
    assert ["catalogue", "fewer", "than", "5"] in lines
    # 6 messages, 5 + 1: with the 6 shown, "fewer than 5" beside the 5 would say 1, so neither is shown.
    assert ["Public", "Works", "not", "shown"] in lines and ["Town", "Clerk", "not", "shown"] in lines
    assert "Ada" not in out and "Myrtle" not in out and "Pothole" not in out
    for v in visits:
        assert v.token not in out and v.token[:8] not in out
    assert "lobby-secret-id" not in out

    assert main(["--config", str(config), "stats", "show", "--from", "2026-11-21", "--to", "2026-11-21"]) == 0
    assert "Visits: fewer than 5" in capsys.readouterr().out


def test_stats_on_a_new_kiosk_says_there_were_no_visits(tmp_path, capsys):
    config = write_config(tmp_path)

    assert main(["--config", str(config), "stats"]) == 0

    out = capsys.readouterr().out
    assert "Visits: 0" in out
    assert "Average visit length: none" in out


@pytest.mark.parametrize("arguments", [
    ["show", "--from", "last week"],
    ["show", "--to", "2026-11-30"],
    ["export", "--from", "2026-02-30", "--to", "2026-03-01", "--csv", "out.csv"],
    ["export", "--from", "2026-11-30", "--to", "2026-11-01", "--csv", "out.csv"],
    ["export", "--from", "2025-01-01", "--to", "2026-11-01", "--csv", "out.csv"],
    ["report", "--month", "2026-13", "--out", "out.pdf"],
    ["report", "--month", "November", "--out", "out.pdf"],
    ["report", "--month", "2026-11", "--out", "no/such/folder/out.pdf"],
])
def test_stats_with_dates_that_are_not_dates_exits_2(tmp_path, capsys, monkeypatch, arguments):
    monkeypatch.chdir(tmp_path)
    config = write_config(tmp_path)

    assert main(["--config", str(config), "stats", *arguments]) == 2

    err = capsys.readouterr().err
    assert err.startswith("kiosk-admin stats: ") and "Traceback" not in err
    assert not list(tmp_path.glob("out.*"))


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "current"], ["stats"]])
def test_a_damaged_database_exits_4_with_a_plain_message(tmp_path, capsys, command):
    database = tmp_path / "data" / "kiosk.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not a database" * 500)
    config = write_config(tmp_path)

    assert main(["--config", str(config), *command]) == 4

    err = capsys.readouterr().err
    assert err.startswith("Database error:") and "damaged" in err and str(database) in err


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "current"], ["stats"]])
def test_an_unreachable_database_server_exits_4_without_showing_the_password(tmp_path, capsys, command, memory_keyring):
    url, _password = with_password("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk", memory_keyring)
    config = write_config(tmp_path, database_url=toml_str(url))

    assert main(["--config", str(config), *command]) == 4

    captured = capsys.readouterr()
    assert captured.err.startswith("Database error: postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk")
    assert "cannot reach the database" in captured.err
    assert "s3cret-pw" not in captured.err + captured.out
