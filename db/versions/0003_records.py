# SPDX-License-Identifier: Apache-2.0
"""Public records: parcels from the town's roll, permits and other records, and their status history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.String(length=40), nullable=False),
        sa.Column("map_block_lot", sa.String(length=60), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("address_key", sa.String(length=200), nullable=True),
        sa.Column("owner", sa.String(length=300), nullable=True),
        sa.Column("land_use", sa.String(length=100), nullable=True),
        sa.Column("lot_size_acres", sa.Float(), nullable=True),
        sa.Column("zoning", sa.String(length=60), nullable=True),
        sa.Column("assessed_value", sa.BigInteger(), nullable=True),
        sa.Column("year_built", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcels")),
        sa.UniqueConstraint("parcel_id", name=op.f("uq_parcels_parcel_id")),
    )
    op.create_index(op.f("ix_parcels_address_key"), "parcels", ["address_key"])
    op.create_index(op.f("ix_parcels_map_block_lot"), "parcels", ["map_block_lot"])
    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("record_number", sa.String(length=60), nullable=False),
        sa.Column("record_type", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=60), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("applicant", sa.String(length=200), nullable=True),
        sa.Column("valuation", sa.BigInteger(), nullable=True),
        sa.Column("parcel_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("address_key", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"], name=op.f("fk_records_parcel_id_parcels"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
        sa.UniqueConstraint("source", "record_number", name=op.f("uq_records_source")),
    )
    op.create_index(op.f("ix_records_address_key"), "records", ["address_key"])
    op.create_index(op.f("ix_records_parcel_id"), "records", ["parcel_id"])
    op.create_table(
        "record_status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=60), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"],
                                name=op.f("fk_record_status_history_record_id_records"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_status_history")),
    )
    op.create_index(op.f("ix_record_status_history_record_id"), "record_status_history", ["record_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_record_status_history_record_id"), table_name="record_status_history")
    op.drop_table("record_status_history")
    op.drop_index(op.f("ix_records_parcel_id"), table_name="records")
    op.drop_index(op.f("ix_records_address_key"), table_name="records")
    op.drop_table("records")
    op.drop_index(op.f("ix_parcels_map_block_lot"), table_name="parcels")
    op.drop_index(op.f("ix_parcels_address_key"), table_name="parcels")
    op.drop_table("parcels")
