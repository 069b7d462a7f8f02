# SPDX-License-Identifier: Apache-2.0
"""The staff queue: the new states, assignment, due dates, staff's events and responses to residents.

- ``submissions``: ``assignee_id`` (a staff member's id), ``due_at`` (from the pack's service level),
  ``updated_at`` (the last change), and indexes for the queue's filters.
- ``submission_events``: every change staff make, internal notes included (never shown to the resident).
- ``submission_responses``: what staff sent a resident; its e-mail is an outbox entry with
  ``response_id``, so the outbox's one-entry-per-channel rule now holds for the submission's own
  deliveries only (a partial unique index) and a submission may have many replies.

States: the four of 0006 (new, in_progress, redirected, closed) become the defaults of
kiosk.core.queue_settings. ``closed`` becomes ``resolved``, not ``closed_no_action``: until now
"closed" was the only way to finish a message, reached when the town had dealt with it (answered
it, or done what was asked), which is what "resolved" means; "closed without action" is a new
judgement that nobody made about these messages, and would tell the resident the town did
nothing. The status history is rewritten the same way, and the old changes are copied into
``submission_events`` so staff see them too. Downgrading maps the new states back onto the old four.

Old messages get a due date 14 calendar days (10 working days, the kiosk's default level) after
they were sent: the migration cannot read the town pack's own levels.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OLD_DUE = dt.timedelta(days=14)
CLOSED_BACK = ("resolved", "closed_no_action", "duplicate")      # -> closed on downgrade
KEPT_BACK = ("new", "in_progress", "redirected", "closed")      # everything else -> in_progress
# The queue's filters and sorts, each with the column it is sorted or ranged by (kiosk.storage.queue).
QUEUE_INDEXES = {
    "ix_submissions_due_at": ["due_at"],
    "ix_submissions_updated_at": ["updated_at"],
    "ix_submissions_department_status": ["department_id", "status", "created_at"],
    "ix_submissions_department_name": ["department_name", "created_at"],
    "ix_submissions_form_created": ["form_id", "created_at"],
    "ix_submissions_status_created": ["status", "created_at"],
    "ix_submissions_status_due": ["status", "due_at"],
    "ix_submissions_assignee_status": ["assignee_id", "status", "due_at"],
}


def upgrade() -> None:
    op.create_table(
        "submission_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"],
                                name=op.f("fk_submission_events_submission_id_submissions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_events")),
    )
    op.create_index(op.f("ix_submission_events_submission_id"), "submission_events", ["submission_id"])
    op.create_table(
        "submission_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("to_email", sa.String(length=320), nullable=True),
        sa.Column("to_name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"],
                                name=op.f("fk_submission_responses_submission_id_submissions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_responses")),
    )
    op.create_index(op.f("ix_submission_responses_submission_id"), "submission_responses", ["submission_id"])

    # In place on both engines, never a batch copy: on SQLite a copy drops the old table, and with
    # foreign keys on that deletes every outbox entry and status change of every message (ON DELETE
    # CASCADE). So no foreign key on assignee_id (a constraint makes SQLite copy the table; staff
    # accounts are never deleted, only disabled, and the repository checks the id), and updated_at
    # is nullable (SQLite adds a NOT NULL column in place only with a default); every row has one.
    op.add_column("submissions", sa.Column("assignee_id", sa.Integer(), nullable=True))
    op.add_column("submissions", sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("submissions", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE submissions SET status = 'resolved' WHERE status = 'closed'"))
    conn.execute(sa.text("UPDATE submission_status_history SET status = 'resolved' WHERE status = 'closed'"))
    conn.execute(sa.text(
        "UPDATE submissions SET updated_at = COALESCE((SELECT MAX(h.at) FROM submission_status_history h "
        "WHERE h.submission_id = submissions.id), created_at)"))
    conn.execute(sa.text(
        "INSERT INTO submission_events (submission_id, at, actor, kind, detail, text) "
        "SELECT submission_id, at, 'before the staff console', 'state', 'to ' || status, note "
        "FROM submission_status_history ORDER BY id"))
    _old_due_dates(conn)
    for name, columns in QUEUE_INDEXES.items():
        op.create_index(name, "submissions", columns)

    # The outbox may be copied: no table refers to it.
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint("uq_outbox_submission_id", type_="unique")
        batch.add_column(sa.Column("response_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_outbox_response_id_submission_responses"), "submission_responses",
                                 ["response_id"], ["id"], ondelete="CASCADE")
        batch.create_unique_constraint(op.f("uq_outbox_response_id"), ["response_id"])
        batch.create_index("uq_outbox_submission_channel", ["submission_id", "channel"], unique=True,
                           sqlite_where=sa.text("response_id IS NULL"),
                           postgresql_where=sa.text("response_id IS NULL"))


def _old_due_dates(conn: sa.Connection) -> None:
    """In Python rather than SQL: the two engines add days to a timestamp differently."""
    submissions = sa.table("submissions", sa.column("id", sa.Integer()),
                           sa.column("created_at", sa.DateTime(timezone=True)),
                           sa.column("due_at", sa.DateTime(timezone=True)))
    rows = conn.execute(sa.select(submissions.c.id, submissions.c.created_at)).all()
    for start in range(0, len(rows), 1000):
        batch = [{"b_id": r.id, "b_due": _utc(r.created_at) + OLD_DUE} for r in rows[start:start + 1000]]
        conn.execute(sa.update(submissions).where(submissions.c.id == sa.bindparam("b_id"))
                     .values(due_at=sa.bindparam("b_due")), batch)


def _utc(value: dt.datetime | str) -> dt.datetime:
    if isinstance(value, str):                  # SQLite without the model's type: ISO text
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def downgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("uq_outbox_submission_channel")
        batch.drop_constraint(op.f("uq_outbox_response_id"), type_="unique")
        batch.drop_constraint(op.f("fk_outbox_response_id_submission_responses"), type_="foreignkey")
        batch.drop_column("response_id")
    # Replies were extra outbox entries; only the submission's own deliveries fit the old rule.
    conn.execute(sa.text("DELETE FROM outbox WHERE channel = 'reply'"))
    with op.batch_alter_table("outbox") as batch:
        batch.create_unique_constraint("uq_outbox_submission_id", ["submission_id", "channel"])
    for table in ("submissions", "submission_status_history"):
        conn.execute(sa.text(f"UPDATE {table} SET status = 'closed' WHERE status IN "
                             f"({', '.join(repr(s) for s in CLOSED_BACK)})"))
        conn.execute(sa.text(f"UPDATE {table} SET status = 'in_progress' WHERE status NOT IN "
                             f"({', '.join(repr(s) for s in KEPT_BACK)})"))
    for name in QUEUE_INDEXES:
        op.drop_index(name, table_name="submissions")
    for column in ("updated_at", "due_at", "assignee_id"):      # in place (SQLite 3.35+), as they were added
        op.execute(f"ALTER TABLE submissions DROP COLUMN {column}")
    op.drop_index(op.f("ix_submission_responses_submission_id"), table_name="submission_responses")
    op.drop_table("submission_responses")
    op.drop_index(op.f("ix_submission_events_submission_id"), table_name="submission_events")
    op.drop_table("submission_events")
