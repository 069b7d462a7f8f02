# SPDX-License-Identifier: Apache-2.0
"""Whether each kiosk is out of service, and the message its residents read meanwhile.

One row per kiosk id (none: in service), set from the staff console's "Run the kiosk" page; in the
database, not a file, so it survives a restart and a front-desk PC can set it for a kiosk of the fleet.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_service_state",
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("out_of_service", sa.Boolean(), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_kiosk_service_state")),
    )


def downgrade() -> None:
    op.drop_table("kiosk_service_state")
