# SPDX-License-Identifier: Apache-2.0
"""`kiosk-admin bench --only dashboard`, small (--quick): the data made by the database, the console's
Usage page measured in a child, from the range tapped to the charts painted, both figures reported."""

from __future__ import annotations

from kiosk.bench import BenchContext
from kiosk.bench.context import child_env
from kiosk.bench.dashboard import measure_dashboard


def test_the_dashboard_is_measured_end_to_end(tmp_path):
    ctx = BenchContext(runs=1, visits=0, warmup=0, workdir=tmp_path, quick=True)
    ctx.env = child_env(tmp_path)

    figures = measure_dashboard(ctx)

    assert figures["dashboard_ms"] > 0 and figures["rss_after_dashboard_mb"] > 0
    assert ctx.details["dashboard_data"]["visits"] == 50_000
    assert ctx.details["dashboard"]["visits_in_month"] > 0      # the month has visits, all shown
    assert len(ctx.details["dashboard"]["runs_ms"]) == 3
    assert ctx.details["dashboard"]["charts"] == 8                 # the real page's charts, all painted
