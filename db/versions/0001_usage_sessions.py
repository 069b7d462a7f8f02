# SPDX-License-Identifier: Apache-2.0
"""Anonymous usage statistics: one row per visit.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("screens", sa.String(length=400), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("large_text", sa.Boolean(), nullable=False),
        sa.Column("high_contrast", sa.Boolean(), nullable=False),
        sa.Column("end_reason", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_sessions")),
        sa.UniqueConstraint("token", name=op.f("uq_usage_sessions_token")),
    )
    op.create_index(op.f("ix_usage_sessions_kiosk_id"), "usage_sessions", ["kiosk_id"])
    op.create_index(op.f("ix_usage_sessions_started_at"), "usage_sessions", ["started_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_usage_sessions_started_at"), table_name="usage_sessions")
    op.drop_index(op.f("ix_usage_sessions_kiosk_id"), table_name="usage_sessions")
    op.drop_table("usage_sessions")
