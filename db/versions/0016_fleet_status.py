# SPDX-License-Identifier: Apache-2.0
"""Fleet status: each kiosk's latest heartbeat (one row per kiosk, upserted every minute) and a
bounded ring of its last beats (kiosk.core.fleet, kiosk.storage.fleet_repo).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_heartbeats",
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beats", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("database_reachable", sa.Boolean(), nullable=False),
        sa.Column("outbox_depth", sa.Integer(), nullable=True),
        sa.Column("previous_outbox_depth", sa.Integer(), nullable=True),
        sa.Column("outbox_oldest_s", sa.Float(), nullable=True),
        sa.Column("printer_state", sa.String(length=20), nullable=False),
        sa.Column("printer_reasons", sa.String(length=300), nullable=False),
        sa.Column("speech", sa.String(length=80), nullable=False),
        sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True),
        sa.Column("last_visit_ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=False),
        sa.Column("last_error_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("database_lost_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("database_back_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_kiosk_heartbeats")),
    )
    op.create_table(
        "kiosk_heartbeat_history",
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("database_reachable", sa.Boolean(), nullable=False),
        sa.Column("outbox_depth", sa.Integer(), nullable=True),
        sa.Column("printer_state", sa.String(length=20), nullable=False),
        sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("kiosk_id", "slot", name=op.f("pk_kiosk_heartbeat_history")),
    )


def downgrade() -> None:
    op.drop_table("kiosk_heartbeat_history")
    op.drop_table("kiosk_heartbeats")
