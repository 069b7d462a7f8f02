# SPDX-License-Identifier: Apache-2.0
"""Messages while the shared database is away (kiosk.core.offline): reference numbers in blocks
per kiosk, and an idempotency key per submission so a forwarded message is stored once.

The counter starts above every submission id, because until now a reference's number was its
submission's id: no number handed out before can be handed out again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("submissions", sa.Column("idempotency_key", sa.String(length=64), nullable=True))
    op.create_index("ux_submissions_idempotency_key", "submissions", ["idempotency_key"], unique=True)
    op.create_table(
        "reference_counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("next_number", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_reference_counter")),
    )
    op.create_table(
        "reference_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("first_number", sa.BigInteger(), nullable=False),
        sa.Column("last_number", sa.BigInteger(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_blocks")),
        sa.UniqueConstraint("first_number", name=op.f("uq_reference_blocks_first_number")),
    )
    op.create_index(op.f("ix_reference_blocks_kiosk_id"), "reference_blocks", ["kiosk_id"], unique=False)
    op.execute("INSERT INTO reference_counter (name, next_number) "
               "SELECT 'submissions', COALESCE(MAX(id), 0) + 1 FROM submissions")


def downgrade() -> None:
    op.drop_index(op.f("ix_reference_blocks_kiosk_id"), table_name="reference_blocks")
    op.drop_table("reference_blocks")
    op.drop_table("reference_counter")
    op.drop_index("ux_submissions_idempotency_key", table_name="submissions")
    op.drop_column("submissions", "idempotency_key")
