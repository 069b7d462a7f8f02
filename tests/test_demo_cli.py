# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin records demo`, as the town's IT (or an installer) runs it."""

from __future__ import annotations

from kiosk.admin import main
from tests.test_records_cli import counts, write_config


def test_demo_loads_once_and_says_what_it_loaded(tmp_path, capsys):
    config = str(write_config(tmp_path))

    assert main(["--config", config, "records", "demo", "--parcels", "300", "--records", "1200", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "Town of Westport" in out and "seed 5" in out
    assert "300" in out and "1,200" in out and " s" in out
    assert counts(tmp_path) == (300, 1200)

    # Never on top of data already there: an error without --if-empty, a quiet no-op with it.
    assert main(["--config", config, "records", "demo", "--parcels", "10", "--records", "10"]) == 2
    assert "already holds" in capsys.readouterr().err
    assert main(["--config", config, "records", "demo", "--if-empty"]) == 0
    assert "no demo data loaded" in capsys.readouterr().out
    assert counts(tmp_path) == (300, 1200)


def test_if_empty_loads_into_an_empty_database(tmp_path, capsys):
    config = str(write_config(tmp_path))

    assert main(["--config", config, "records", "demo", "--parcels", "50", "--records", "100", "--if-empty"]) == 0

    assert counts(tmp_path) == (50, 100)


def test_negative_sizes_are_refused(tmp_path, capsys):
    config = str(write_config(tmp_path))

    assert main(["--config", config, "records", "demo", "--records", "-1"]) == 2
    assert "negative" in capsys.readouterr().err
    assert counts(tmp_path) == (0, 0)
