# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin bench` measures everything it promises and leaves nothing behind.

The speed and memory targets are the benchmark's business, never a test's: this only checks
that every figure is there and is a plausible number.
"""

import json
import math
import tempfile

from kiosk.admin.bench import ROWS, run

REQUIRED = ("start_s", "bare_qt_start_s", "ready_s", "session_end_ms_p95", "tap_to_screen_ms_p95", "rss_mb",
            "rss_growth_mb_per_1000_sessions", "start_ratio", "import_rows_per_s", "import_peak_rss_mb", "typeahead_paint_ms_p95",
            "outbox_messages_per_s", "submit_ms_p95")
PER_KIND = ("search_ms_p50", "search_ms_p95", "search_floor_ms_p50", "search_floor_ms_p95")
KINDS = {"address", "parcel", "record", "owner", "prefix"}


def test_quick_bench_reports_every_figure(tmp_path, capsys, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))    # where the benchmark's throwaway folders go
    out = tmp_path / "bench.json"

    results = run(out, runs=1, quick=True)

    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(results))
    for key in REQUIRED:
        value = written[key]
        assert isinstance(value, (int, float)) and math.isfinite(value), key
        if key != "rss_growth_mb_per_1000_sessions":    # memory may shrink between two readings
            assert value > 0, key
    for key in PER_KIND:
        assert set(written[key]) == KINDS, key
        assert all(isinstance(v, (int, float)) and 0 < v < 10_000 for v in written[key].values()), key
    assert written["runs"] == 1
    assert written["python"] and written["qt"]
    assert set(written["targets"]) <= {row.key for row in ROWS}
    assert {"start_ratio", "ready_s", "session_end_ms_p95", "tap_to_screen_ms_p95", "rss_mb",
            "rss_growth_mb_per_1000_sessions"} <= set(written["targets"])
    table = capsys.readouterr().out
    for row in ROWS:
        assert row.label in table
    assert list(temp.iterdir()) == []    # the throwaway data folders are gone
