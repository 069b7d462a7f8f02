# SPDX-License-Identifier: Apache-2.0
"""Usage statistics the database can count: pages printed, screens used one row each, covering indexes.

``usage_sessions.pages_printed``: how many pages a visit printed (a count; nothing of what). ``usage_screens``:
one row per screen a visit used, with the visit's start, so "screens used" is a GROUP BY over an index
instead of splitting ``usage_sessions.screens`` in Python; the visits already stored get theirs here, in
batches. Covering indexes let a date range of visits, of each screen and of messages be counted from the
index alone (kiosk.storage.stats).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

BATCH = 5000
SCREEN_WIDTH = 40


def upgrade() -> None:
    op.add_column("usage_sessions", sa.Column("pages_printed", sa.Integer(), server_default=sa.text("0"),
                                              nullable=False))
    op.create_index("ix_usage_sessions_started_at_figures", "usage_sessions",
                    ["started_at", "end_reason", "language", "duration_s", "pages_printed"])
    op.create_table(
        "usage_screens",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("screen", sa.String(length=SCREEN_WIDTH), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["usage_sessions.id"],
                                name=op.f("fk_usage_screens_session_id_usage_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "screen", name=op.f("pk_usage_screens")),
    )
    op.create_index("ix_usage_screens_screen_started_at", "usage_screens", ["screen", "started_at"])
    _fill_screens()
    op.create_index("ix_submissions_created_at_figures", "submissions",
                    ["created_at", "department_name", "form_title", "status"])


def _fill_screens() -> None:
    conn = op.get_bind()
    sessions = sa.table("usage_sessions", sa.column("id", sa.Integer), sa.column("started_at", sa.DateTime),
                        sa.column("screens", sa.String))
    screens = sa.table("usage_screens", sa.column("session_id", sa.Integer), sa.column("screen", sa.String),
                       sa.column("started_at", sa.DateTime))
    last = 0
    while True:
        rows = conn.execute(sa.select(sessions.c.id, sessions.c.started_at, sessions.c.screens)
                            .where(sessions.c.id > last).order_by(sessions.c.id).limit(BATCH)).all()
        if not rows:
            break
        values = [{"session_id": pk, "screen": name, "started_at": at}
                  for pk, at, listed in rows for name in dict.fromkeys(filter(None, listed.split(",")))
                  if len(name) <= SCREEN_WIDTH]
        if values:
            conn.execute(screens.insert(), values)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_index("ix_submissions_created_at_figures", table_name="submissions")
    op.drop_index("ix_usage_screens_screen_started_at", table_name="usage_screens")
    op.drop_table("usage_screens")
    op.drop_index("ix_usage_sessions_started_at_figures", table_name="usage_sessions")
    op.drop_column("usage_sessions", "pages_printed")      # in place on both engines (SQLite 3.35+), as 0012
