# SPDX-License-Identifier: Apache-2.0
"""Shared by the staff queue tests: Westport's pack, the real QueueService on the real repository,
a clock the test turns, staff members to assign to, and submissions stored as the kiosk stores them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from kiosk.core.pack import TownPack, load_pack
from kiosk.core.queue_service import QueueService
from kiosk.core.staff import Actor, StaffRole
from kiosk.core.submissions import NewSubmission, StoredSubmission
from kiosk.paths import towns_dir
from kiosk.storage.database import session_factory
from kiosk.storage.queue import SqlQueueRepository
from kiosk.storage.submissions import SqlSubmissionRepository
from tests.core.accounts_helpers import Clock
from tests.storage.staff_support import add_staff, make_service

WESTPORT = load_pack(towns_dir() / "westport")
# A Monday morning in Westport (14:00 UTC is 9:00 EST).
MONDAY = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
ASSISTANT = Actor("mgarcia", StaffRole.ASSISTANT)
SUPERVISOR = Actor("jchen", StaffRole.SUPERVISOR)


@dataclass
class Desk:
    """One database with its queue service, submission repository, staff ids and clock."""

    engine: sa.Engine
    queue: QueueService
    submissions: SqlSubmissionRepository
    clock: Clock
    staff: dict[str, int]
    pack: TownPack

    def store(self, new: NewSubmission, at: dt.datetime | None = None) -> StoredSubmission:
        """As SubmissionService stores it: with the due date of the pack's service level."""
        when = at or self.clock()
        due = self.pack.queue.due_at(when, new.form_id, new.department_id, self.pack.timezone)
        from dataclasses import replace

        return self.submissions.store(replace(new, due_at=due), "lobby-1", when)


def make_desk(engine: sa.Engine, pack: TownPack = WESTPORT, start: dt.datetime = MONDAY) -> Desk:
    clock = Clock(start)
    staff_service = make_service(engine, clock)
    add_staff(staff_service, "mgarcia", StaffRole.ASSISTANT, changed=False)
    add_staff(staff_service, "jchen", StaffRole.SUPERVISOR, changed=False)
    add_staff(staff_service, "left", StaffRole.ASSISTANT, changed=False)
    staff_service.disable(Actor.command_line("it"), "left")
    ids = {m.username: m.staff_id for m in staff_service.list()}
    sessions = session_factory(engine)
    queue = QueueService(SqlQueueRepository(sessions), pack.queue, pack.departments, pack.name, pack.timezone,
                         "desk-1", clock)
    repo = SqlSubmissionRepository(sessions, "WES", ZoneInfo(pack.timezone))
    return Desk(engine, queue, repo, clock, ids, pack)
