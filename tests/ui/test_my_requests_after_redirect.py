# SPDX-License-Identifier: Apache-2.0
"""After staff redirect a resident's message (through the real QueueService, on the kiosk's own
database), the resident's My requests shows the new department and the new state, tapped to like
a finger, and never the internal note that went with the redirect."""

from __future__ import annotations

import datetime as dt

from kiosk.core.pack import load_pack
from kiosk.core.staff import Actor
from kiosk.paths import towns_dir
from kiosk.storage.queue import make_queue_service
from tests.support import find, tap
from tests.ui.test_contact_forms import fill, open_form, printed, review_and_send, start  # noqa: F401
from tests.ui.widget_walk import sign_in_a_resident


def test_my_requests_shows_where_staff_sent_the_message(qtbot, make_kiosk, printed):  # noqa: F811
    kiosk = start(qtbot, make_kiosk, printed)
    sign_in_a_resident(kiosk)
    screen = open_form(qtbot, kiosk, "problem")
    fill(qtbot, screen, skip_optional=True)
    reference = review_and_send(qtbot, screen)
    queue = make_queue_service(kiosk.engine, load_pack(towns_dir() / "westport"), "desk-1", lambda: dt.datetime.now(dt.UTC))
    it = Actor.command_line("it")
    queue.redirect(it, queue.id_for(it, reference), "planning", "Internal: the neighbour dispute again")

    tap(qtbot, find(screen, "formDone"))
    kiosk.navigator.go("account")
    tap(qtbot, find(kiosk.navigator.current, "accountRequests"))
    requests = kiosk.navigator.current
    qtbot.waitUntil(lambda: reference in find(requests, "requestsList").values())
    line = find(requests, "requestsList").values()[reference]
    assert "Planning & Zoning Department" in line and "Passed to another department or agency" in line
    assert "neighbour" not in line
