# SPDX-License-Identifier: Apache-2.0
"""The staff queue for `kiosk-admin bench`: filtering 100,000 submissions (staff_queue_filter_ms_p95).

A throwaway SQLite database gets 100,000 messages spread over two years, Westport's nine
departments and five forms, the eight default states and three staff members (a third unassigned),
written in bulk. Then the console's filters (kiosk.core.queue.QueueFilter) are asked through the
real QueueService, one page of 50 with the total count, each filter many times; the figure is the
95th percentile of all of them, end to end (service, query, count, dataclasses).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.bench.context import BenchContext

COUNT = 100_000
QUICK_COUNT = 20_000
ROUNDS, QUICK_ROUNDS = 20, 5
NOW = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


def measure_queue(ctx: BenchContext) -> dict[str, object]:
    import statistics

    import sqlalchemy as sa

    from kiosk.core.pack import load_pack
    from kiosk.core.queue import UNASSIGNED, QueueFilter, QueueSort
    from kiosk.core.queue_service import QueueService
    from kiosk.core.staff import Actor, StaffRole
    from kiosk.paths import towns_dir
    from kiosk.storage.database import open_engine, session_factory
    from kiosk.storage.migrations import upgrade
    from kiosk.storage.models import StaffAccount, Submission
    from kiosk.storage.queue import SqlQueueRepository

    count = QUICK_COUNT if ctx.quick else COUNT
    pack = load_pack(towns_dir() / "westport")
    engine = open_engine(f"sqlite:///{ctx.workdir / 'queue.sqlite3'}")
    try:
        upgrade(engine)
        staff_ids = _load(engine, count, pack, StaffAccount, Submission, sa)
        queue = QueueService(SqlQueueRepository(session_factory(engine)), pack.queue, pack.departments, pack.name,
                             pack.timezone, "bench", lambda: NOW)
        who = Actor("bench", StaffRole.ASSISTANT)
        month = NOW - dt.timedelta(days=30)
        filters = {
            "all, newest first": QueueFilter(descending=True),
            "open states": QueueFilter(statuses=pack.queue.open_ids),
            "one department, open": QueueFilter(departments=("public_works",), statuses=pack.queue.open_ids),
            "overdue": QueueFilter(overdue=True, sort=QueueSort.DUE),
            "unassigned, open": QueueFilter(assignee=UNASSIGNED, statuses=pack.queue.open_ids),
            "mine, overdue": QueueFilter(assignee=staff_ids[0], overdue=True),
            "a form, last month": QueueFilter(forms=("problem",), created_from=month, created_to=NOW),
            "department and status, page 20": QueueFilter(departments=("clerk",), statuses=("resolved",), page=20),
            "by department name": QueueFilter(sort=QueueSort.DEPARTMENT),
            "recently changed": QueueFilter(sort=QueueSort.UPDATED, descending=True),
        }
        for query in filters.values():            # warm the page cache and the statement cache
            queue.find(who, query)
        samples: dict[str, list[float]] = {name: [] for name in filters}
        for _ in range(QUICK_ROUNDS if ctx.quick else ROUNDS):
            for name, query in filters.items():
                start = time.perf_counter()
                page = queue.find(who, query)
                samples[name].append((time.perf_counter() - start) * 1000)
                assert page.page_size == 50
        every = sorted(s for values in samples.values() for s in values)
        p95 = every[min(len(every) - 1, int(0.95 * len(every)))]
    finally:
        engine.dispose()
    ctx.details["staff_queue"] = {
        "submissions": count, "database": "sqlite", "page_size": 50,
        "median_ms_by_filter": {name: round(statistics.median(v), 2) for name, v in samples.items()},
        "max_ms_by_filter": {name: round(max(v), 2) for name, v in samples.items()}}
    return {"staff_queue_filter_ms_p95": p95}


def _load(engine, count, pack, staff_model, submission_model, sa) -> list[int]:
    """Staff and ``count`` submissions in bulk (executemany), as the kiosk would have stored them."""
    rng = random.Random(12)
    departments = [(d.dept_id, d.name, d.email) for d in pack.departments]
    forms = [(f.form_id, f.title) for f in pack.forms]
    states = [s.state_id for s in pack.queue.states]
    weights = [5, 3, 6, 2, 2, 40, 5, 3]             # most messages are finished; a few of each open state
    with engine.begin() as conn:
        staff_ids = []
        for name in ("amy", "bo", "cy"):
            staff_ids.append(conn.execute(sa.insert(staff_model).values(
                username=name, username_key=name, display_name=name.title(), role="assistant", password_hash="x",
                must_change_password=False, totp_required=False, created_at=NOW, updated_at=NOW)
                .returning(staff_model.id)).scalar_one())
        rows = []
        for n in range(1, count + 1):
            created = NOW - dt.timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
            dept_id, dept_name, dept_email = rng.choice(departments)
            form_id, form_title = rng.choice(forms)
            rows.append({
                "id": n, "reference": f"WES-{created.year}-{n:07d}-X", "form_id": form_id, "form_version": "1",
                "form_title": form_title, "department_id": dept_id, "department_name": dept_name,
                "department_email": dept_email, "answers": "[]", "sender_name": "Resident", "sender_email": None,
                "sender_phone": None, "account_id": None, "policy_versions": "{}", "language": "en",
                "open311_service_code": None, "kiosk_id": "bench", "created_at": created,
                "status": rng.choices(states, weights[:len(states)])[0],
                "assignee_id": rng.choice([None, *staff_ids]), "due_at": created + dt.timedelta(days=14),
                "updated_at": created + dt.timedelta(hours=rng.randrange(0, 400))})
            if len(rows) == 5000:
                conn.execute(sa.insert(submission_model), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(submission_model), rows)
    return staff_ids
