# SPDX-License-Identifier: Apache-2.0
"""Faster public record search: word-prefix indexes on both engines.

SQLite: the FTS5 tables of 0004 are rebuilt with prefix indexes for one- and two-character
prefixes, so a resident typing "m" or "12" does not make FTS5 merge every term that starts so.
PostgreSQL: the trigram indexes of 0004 give way to GIN indexes over the words of each column
(``kiosk_words``: the column's letters and digits as a 'simple' tsvector), searched with prefix
tsqueries. pg_trgm could not serve words under three characters and needed a regex re-check.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> (FTS table, indexed columns), as in 0004.
SEARCHED = {
    "parcels": ("parcels_fts", ("parcel_id", "map_block_lot", "address_key", "owner")),
    "records": ("records_fts", ("record_number", "address_key")),
}

WORDS_FUNCTION = (
    "CREATE FUNCTION kiosk_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT to_tsvector('simple'::regconfig, regexp_replace(coalesce($1, ''), '[^[:alnum:]]+', ' ', 'g')) $$")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _fts_tables(prefix=" prefix='1 2',")
        return
    for table, (_fts, columns) in SEARCHED.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    op.execute(WORDS_FUNCTION)
    for table, (_fts, columns) in SEARCHED.items():
        for column in columns:
            op.execute(f"CREATE INDEX ix_{table}_{column}_words ON {table} USING gin (kiosk_words({column}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _fts_tables(prefix="")
        return
    for table, (_fts, columns) in SEARCHED.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_words")
    op.execute("DROP FUNCTION IF EXISTS kiosk_words(text)")
    for table, (_fts, columns) in SEARCHED.items():
        for column in columns:
            op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)")


def _fts_tables(prefix: str) -> None:
    """(Re)create the FTS5 tables and the triggers that keep them in step, then fill them."""
    for table, (fts, columns) in SEARCHED.items():
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id',{prefix} "
                   "tokenize='unicode61')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
