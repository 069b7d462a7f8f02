# SPDX-License-Identifier: Apache-2.0
"""The public records' generation: one number that moves on whenever parcels, records or their
status history change, so each kiosk of a fleet knows when its local copy of them is out of date
(kiosk.storage.records.local_copy) by reading one row a minute.

On PostgreSQL a statement-level trigger on each of the three tables moves it, whoever writes (an
import, the demo load, a hand-made fix in psql). SQLite has the table but no triggers: a kiosk on
SQLite searches its own database and keeps no copy.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLES = ("parcels", "records", "record_status_history")


def upgrade() -> None:
    op.create_table(
        "records_generation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records_generation")),
    )
    op.execute("INSERT INTO records_generation (id, generation) VALUES (1, 1)")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE FUNCTION kiosk_records_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN UPDATE records_generation SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$")
    for table in TABLES:
        op.execute(f"CREATE TRIGGER {table}_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION kiosk_records_changed()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_generation ON {table}")
        op.execute("DROP FUNCTION IF EXISTS kiosk_records_changed()")
    op.drop_table("records_generation")
