# SPDX-License-Identifier: Apache-2.0
"""Reference numbers cut from one counter in the shared database, one block per reservation.

``UPDATE reference_counter SET next_number = next_number + n ... RETURNING`` takes the counter's
row lock on PostgreSQL and SQLite's single write lock on SQLite: two kiosks reserving at once get
two different blocks, and neither waits longer than the other's short transaction. Numbers handed
out before blocks existed were submission ids; the counter starts above them (db/versions/0018,
or, in a database made from the schema file, the first reservation).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.core.offline import ReferenceBlock
from kiosk.storage.models import ReferenceBlockRow, ReferenceCounter, Submission

COUNTER = "submissions"


def take_numbers(s: Session, kiosk_id: str, size: int, now: dt.datetime, *, record: bool = True) -> ReferenceBlock:
    """Reserve ``size`` numbers for ``kiosk_id`` in the session's transaction (committed by the
    caller); ``record``: list the block in reference_blocks (not for one number stored at once)."""
    if size < 1:
        raise ValueError("a block has at least one number")
    bump = (update(ReferenceCounter).where(ReferenceCounter.name == COUNTER)
            .values(next_number=ReferenceCounter.next_number + size).returning(ReferenceCounter.next_number))
    after = s.execute(bump).scalar_one_or_none()
    if after is None:
        _ensure_counter(s)
        after = s.execute(bump).scalar_one()
    block = ReferenceBlock(after - size, after - 1)
    if record:
        s.add(ReferenceBlockRow(kiosk_id=kiosk_id, first_number=block.first, last_number=block.last, taken_at=now))
        s.flush()
    return block


def _ensure_counter(s: Session) -> None:
    """The counter's row, made above every submission id if it is missing; a concurrent maker wins."""
    start = select(func.coalesce(func.max(Submission.id), 0) + 1).scalar_subquery()
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.execute(insert(ReferenceCounter).from_select(["name", "next_number"], select(
        literal(COUNTER, ReferenceCounter.name.type), start)).on_conflict_do_nothing(index_elements=["name"]))
