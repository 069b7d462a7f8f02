# SPDX-License-Identifier: Apache-2.0
"""A town pack's queue.toml: its states, service levels and templates, the defaults without one, the
working-day arithmetic of due dates, and a clear message for each mistake."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kiosk.core.pack import PackError, load_pack
from kiosk.core.queue_settings import DEFAULT_STATES, QueueSettings, StateKind, add_working_days
from kiosk.core.submissions import SubmissionStatus
from kiosk.paths import towns_dir

QUEUE_TOML = """\
format = 1

[[states]]
id = "new"
label = "New"
kind = "open"

[[states]]
id = "redirected"
label = "Sent on"
kind = "open"

[[states]]
id = "scheduled"
label = "Work scheduled"
label_es = "Trabajo programado"
kind = "open"

[[states]]
id = "fixed"
label = "Fixed"
kind = "fixed"

[service_levels]
default_days = 5
departments = { public_works = 3 }
forms = { records = 4 }

[templates.fixed]
text = "Dear {name}, {reference} is fixed.\\n\\n{town}"
text_es = "{name}: {reference} está arreglado."
"""


def pack_with(tmp_path, queue_toml: str):
    folder = tmp_path / "westport"
    shutil.copytree(towns_dir() / "westport", folder)
    (folder / "queue.toml").write_text(queue_toml, encoding="utf-8")
    return load_pack(folder)


def test_without_a_queue_toml_the_eight_default_states_apply():
    settings = load_pack(towns_dir() / "westport").queue
    assert [s.state_id for s in settings.states] == [s.value for s in SubmissionStatus]
    assert settings.open_ids == ("new", "acknowledged", "in_progress", "waiting", "redirected")
    assert {s.state_id: s.kind for s in DEFAULT_STATES}["resolved"] is StateKind.FIXED
    assert settings.service_days("problem", "public_works") == 10
    assert set(settings.templates) == {s.value for s in SubmissionStatus} - {"new"}


def test_a_pack_sets_its_own_states_levels_and_templates(tmp_path):
    settings = pack_with(tmp_path, QUEUE_TOML).queue
    assert [s.state_id for s in settings.states] == ["new", "redirected", "scheduled", "fixed"]
    assert settings.state("scheduled").label_for("es") == "Trabajo programado"
    assert settings.service_days("records", "public_works") == 4                    # the form first
    assert settings.service_days("problem", "public_works") == 3
    assert settings.service_days("problem", "clerk") == 5
    assert set(settings.templates) == {"fixed", "redirected"}                        # a kept default keeps its own
    assert settings.state("closed").is_open                                          # an unknown code still reads


@pytest.mark.parametrize(("change", "message"), [
    (("kind = \"fixed\"", "kind = \"done\""), "kind must be one of open, fixed, closed"),
    (("id = \"redirected\"", "id = \"passed_on\""), "must include an open state 'redirected'"),
    (("public_works = 3", "roads = 3"), "no department 'roads'"),
    (("records = 4", "records = 0"), "from 1 to 365"),
    (("{reference} is fixed", "{ref} is fixed"), "unknown placeholder(s) ref"),
    (("[templates.fixed]", "[templates.done]"), "templates.done: no such state"),
    (("format = 1", "format = 1\ncolour = 2"), "unknown key(s) colour"),
])
def test_each_mistake_is_named(tmp_path, change, message):
    with pytest.raises(PackError) as caught:
        pack_with(tmp_path, QUEUE_TOML.replace(*change))
    assert message in str(caught.value) and "queue.toml" in str(caught.value)


def test_due_dates_count_working_days_in_the_towns_calendar():
    friday_5pm = dt.datetime(2026, 11, 27, 22, 0, tzinfo=dt.UTC)              # 5 pm EST
    assert add_working_days(friday_5pm, 1, "America/New_York") == dt.datetime(2026, 11, 30, 22, 0, tzinfo=dt.UTC)
    saturday = dt.datetime(2026, 11, 28, 15, 0, tzinfo=dt.UTC)
    assert add_working_days(saturday, 1, "America/New_York") == dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)
    before_dst_ends = dt.datetime(2026, 10, 30, 13, 0, tzinfo=dt.UTC)         # 9 am EDT, a Friday
    assert add_working_days(before_dst_ends, 1, "America/New_York") == dt.datetime(2026, 11, 2, 14, 0,
                                                                                    tzinfo=dt.UTC)   # 9 am EST
    assert QueueSettings().due_at(saturday, "x", "y", "UTC") == dt.datetime(2026, 12, 14, 15, 0, tzinfo=dt.UTC)
