# SPDX-License-Identifier: Apache-2.0
"""Search indexes for public records: SQLite FTS5, PostgreSQL pg_trgm.

On SQLite two external-content FTS5 tables mirror the searchable columns of ``parcels`` and
``records`` and triggers keep them in step with every insert, update (upserts included) and
delete. On PostgreSQL, GIN trigram indexes on the same columns serve ILIKE and regex matches.
Neither is in the models; kiosk.storage.migrations.include_object hides them from autogenerate.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> (FTS table, indexed columns); the same columns get a trigram index on PostgreSQL.
SEARCHED = {
    "parcels": ("parcels_fts", ("parcel_id", "map_block_lot", "address_key", "owner")),
    "records": ("records_fts", ("record_number", "address_key")),
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, (fts, columns) in SEARCHED.items():
            cols = ", ".join(columns)
            new = ", ".join(f"new.{c}" for c in columns)
            old = ", ".join(f"old.{c}" for c in columns)
            op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
                       "tokenize='unicode61')")
            op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
            op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
            op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
            op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table, (_fts, columns) in SEARCHED.items():
            for column in columns:
                op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, (fts, _columns) in SEARCHED.items():
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        for table, (_fts, columns) in SEARCHED.items():
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
        # pg_trgm stays: other databases objects may use it, and it holds no data.
