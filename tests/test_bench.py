# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin bench` measures everything it promises and leaves nothing behind.

The speed and memory targets are the benchmark's business, never a test's: this only checks
that every row has a measurement, and that a quick run of a few fast ones (SMOKE) takes the
machinery end to end: figures that are plausible numbers, the table, the JSON, no folder left.
"""

import json
import math
import tempfile

import pytest

from kiosk.admin import main as admin
from kiosk.bench import MEASUREMENTS, ROWS, SMOKE, format_table, run

ISSUE_11 = {"pg_freeze_message_s": 5, "first_start_submit_ms_p95": 1000, "sigterm_exit_s": 3}


def test_every_row_has_a_measurement_and_every_figure_a_row():
    rows = [row.key for row in ROWS]
    filled = [key for measurement in MEASUREMENTS for key in measurement.keys]

    assert len(set(rows)) == len(rows)
    assert sorted(filled) == sorted(rows)            # each row filled by exactly one measurement
    assert len({m.name for m in MEASUREMENTS}) == len(MEASUREMENTS)
    assert set(SMOKE) <= {m.name for m in MEASUREMENTS}


def test_the_figures_of_issue_11_are_rows_with_their_targets():
    targets = {row.key: row.max for row in ROWS}

    assert {key: targets.get(key) for key in ISSUE_11} == ISSUE_11


def test_a_figure_that_cannot_be_measured_here_says_why_and_does_not_fail():
    table = format_table({"pg_freeze_message_s": None, "not_measured": {"pg_freeze_message_s": "no PostgreSQL"},
                          "sigterm_exit_s": 0.8, "failures": {"sigterm_exit_s": "exit code 1"}})

    assert "not measured: no PostgreSQL" in table
    assert "FAIL: exit code 1" in table


def test_an_unknown_measurement_is_refused(capsys):
    with pytest.raises(ValueError, match="no measurement nope"):
        run(None, only=["nope"])
    with pytest.raises(SystemExit):
        admin(["bench", "--only", "nope"])
    assert "invalid choice: 'nope'" in capsys.readouterr().err


def test_quick_bench_takes_the_machinery_end_to_end(tmp_path, capsys, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))    # where the benchmark's throwaway folders go
    out = tmp_path / "bench.json"

    results = run(out, runs=1, quick=True, only=SMOKE)

    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(results))
    smoke = [key for m in MEASUREMENTS if m.name in SMOKE for key in m.keys]
    for key in smoke:
        value = written[key]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, key
    assert written["runs"] == 1 and written["only"] == list(SMOKE)
    assert written["python"] and written["qt"]
    assert written["failures"] == {}, written["details"]
    assert all(run["exit_code"] == 0 and run["database"] == "ok" for run in written["details"]["sigterm"])
    assert set(written["targets"]) == {row.key for row in ROWS if row.max is not None}
    assert set(written["passed"]) == {key for key in smoke if key in written["targets"]}
    table = capsys.readouterr().out
    for row in ROWS:
        assert row.label in table
    assert "not run" in table                                   # the rows outside the selection
    assert list(temp.iterdir()) == []    # the throwaway data folders are gone
