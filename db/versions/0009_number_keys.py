# SPDX-License-Identifier: Apache-2.0
"""Exact numbers first: each record number and parcel id also as its letters and digits alone.

``records.number_key`` and ``parcels.number_key`` (kiosk.core.records.search.number_key: "14 - 1" is
"141") are indexed, so a number typed with other spaces or punctuation ("14-1") is found at once
and listed first (kiosk.storage.records.search). The rows already stored get theirs here, in batches.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.core.records.search import number_key

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 5000
NUMBERS = {"records": "record_number", "parcels": "parcel_id"}     # table -> the number it keys


def upgrade() -> None:
    # ALTER TABLE in place, as in 0007: a batch copy would drop the search triggers of 0005. The
    # triggers fire on updates of the searched columns only, so filling number_key leaves the
    # search tables alone.
    for table, column in NUMBERS.items():
        op.add_column(table, sa.Column("number_key", sa.String(length=120), nullable=True))
        _fill(table, column)
        op.create_index(op.f(f"ix_{table}_number_key"), table, ["number_key"])


def _fill(name: str, column: str) -> None:
    conn = op.get_bind()
    table = sa.table(name, sa.column("id", sa.Integer), sa.column(column, sa.String),
                     sa.column("number_key", sa.String))
    update = table.update().where(table.c.id == sa.bindparam("pk")).values(number_key=sa.bindparam("key"))
    last = 0
    while True:
        rows = conn.execute(sa.select(table.c.id, table.c[column]).where(table.c.id > last)
                            .order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            break
        conn.execute(update, [{"pk": pk, "key": number_key(number)} for pk, number in rows])
        last = rows[-1][0]


def downgrade() -> None:
    for table in NUMBERS:
        op.drop_index(op.f(f"ix_{table}_number_key"), table_name=table)
        op.drop_column(table, "number_key")
