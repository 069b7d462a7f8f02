# SPDX-License-Identifier: Apache-2.0
"""Parcels listed by street, then house number as a number, then unit (kiosk.storage.records.parcel_order).

Three columns hold each parcel's kiosk.core.records.addresses.address_order; the parcels already stored
get theirs here, from their address_key, in batches. No index: results are ordered among the
rows a search matched, never read in this order from the whole table.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.records.parcel_order import order_values

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    # ALTER TABLE in place on both engines (SQLite adds and drops columns itself): a batch copy of
    # the table would drop the search triggers of migration 0005 with it.
    op.add_column("parcels", sa.Column("street_sort", sa.String(length=200), nullable=True))
    op.add_column("parcels", sa.Column("house_number", sa.Integer(), nullable=True))
    op.add_column("parcels", sa.Column("unit_sort", sa.String(length=200), nullable=True))
    conn = op.get_bind()
    parcels = sa.table("parcels", sa.column("id", sa.Integer), sa.column("address_key", sa.String),
                       sa.column("street_sort", sa.String), sa.column("house_number", sa.Integer),
                       sa.column("unit_sort", sa.String))
    update = (parcels.update().where(parcels.c.id == sa.bindparam("pk"))
              .values(street_sort=sa.bindparam("street"), house_number=sa.bindparam("number"),
                      unit_sort=sa.bindparam("unit")))
    last = 0
    while True:
        rows = conn.execute(sa.select(parcels.c.id, parcels.c.address_key)
                            .where(parcels.c.id > last, parcels.c.address_key.is_not(None))
                            .order_by(parcels.c.id).limit(BATCH)).all()
        if not rows:
            break
        values = []
        for pk, key in rows:
            street, number, unit = order_values(key)
            values.append({"pk": pk, "street": street, "number": number, "unit": unit})
        conn.execute(update, values)
        last = rows[-1][0]


def downgrade() -> None:
    for column in ("unit_sort", "house_number", "street_sort"):
        op.drop_column("parcels", column)
