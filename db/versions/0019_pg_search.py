# SPDX-License-Identifier: Apache-2.0
"""PostgreSQL record search folds accents, as SQLite's FTS5 (unicode61) already does, and reads
its words from stored columns.

``kiosk_words`` (migration 0005) now takes the column through ``kiosk_unaccent`` before it splits
it into words, so "JOSÉ", "MÜLLER" and "PEÑA" are indexed as JOSE, MULLER and PENA; the search
takes its query through the same function (kiosk.storage.records.pg_search), so "jose" finds
"JOSÉ" and "café" finds "7 CAFE ST". ``unaccent`` ships with PostgreSQL (contrib) but is not
IMMUTABLE (its dictionary could change), so it cannot be indexed directly: ``kiosk_unaccent`` is
the usual IMMUTABLE SQL wrapper that names the dictionary.

The words of each searched column are kept in a stored generated column beside it
(``<column>_words``, tsvector) under a GIN index, instead of the expression indexes of 0005: a
phrase ("b-2024" is 'b' <-> '2024':*) or a short prefix is checked on every row the index finds,
and working the words out again for each (unaccent, regexp, to_tsvector: about 4 µs a row) made
"b-2024" or "2 o" take 70 to 190 ms; reading them takes a fraction of that. The models do not
declare these columns (kiosk.storage.migrations.include_object hides them from autogenerate);
PostgreSQL fills them on every insert and update.

CREATE EXTENSION unaccent needs the right to create it (since PostgreSQL 13 a trusted extension:
the database's owner may, or a superuser). Where the kiosk's user may not, the upgrade stops
with a DatabaseError that says what the database administrator must run. SQLite: nothing to do.

Revision ID: 0019
Revises: 0018
Create Date: 2027-01-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.database import DatabaseError
from kiosk.storage.migrations import extension_missing_message

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# The word indexes of migration 0005 (table -> columns).
SEARCHED = {"parcels": ("parcel_id", "map_block_lot", "address_key", "owner"), "records": ("record_number", "address_key")}

# A SQL function calling a STABLE one is not inlined, so the index keeps calling this wrapper.
UNACCENT_FUNCTION = ("CREATE OR REPLACE FUNCTION kiosk_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE "
                     "PARALLEL SAFE STRICT AS $$ SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, $1) $$")
# Schema-qualified inside: a restore (pg_restore runs with an empty search_path) fills the columns.
WORDS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION kiosk_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT to_tsvector('simple'::regconfig, "
    "regexp_replace({schema}.kiosk_unaccent(coalesce($1, '')), '[^[:alnum:]]+', ' ', 'g')) $$")
# The words of one query word (its letter-and-digit runs one after another, as kiosk_words splits
# them), the last run a prefix when $2: what the search matches the stored words against.
WORD_QUERY_FUNCTION = (
    "CREATE OR REPLACE FUNCTION kiosk_word_query(text, boolean) RETURNS tsquery LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT CASE WHEN $2 AND numnode(q) > 0 THEN (q::text || ':*')::tsquery ELSE q END "
    "FROM phraseto_tsquery('simple'::regconfig, "
    "regexp_replace({schema}.kiosk_unaccent($1), '[^[:alnum:]]+', ' ', 'g')) AS q $$")
OLD_WORDS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION kiosk_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT to_tsvector('simple'::regconfig, regexp_replace(coalesce($1, ''), '[^[:alnum:]]+', ' ', 'g')) $$")


def _unaccent_schema() -> str:
    """The schema unaccent is installed in, creating it first where it is not (quoted for SQL)."""
    conn = op.get_bind()
    query = sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                    "WHERE e.extname = 'unaccent'")
    schema = conn.execute(query).scalar()
    if schema is None:
        database = conn.execute(sa.text("SELECT current_database()")).scalar_one()
        savepoint = conn.begin_nested()         # a failed CREATE must not abort the migration's transaction
        try:
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
        except sa.exc.DBAPIError as exc:
            savepoint.rollback()
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise DatabaseError(extension_missing_message(database, "unaccent", reason)) from None
        savepoint.commit()
        schema = conn.execute(query).scalar_one()
    return '"' + schema.replace('"', '""') + '"'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    op.execute(UNACCENT_FUNCTION.format(schema=_unaccent_schema()))
    op.execute(WORDS_FUNCTION.format(schema=schema))
    op.execute(WORD_QUERY_FUNCTION.format(schema=schema))
    for table, columns in SEARCHED.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_words")
        # One ALTER TABLE per table: it rewrites the table once for all its columns.
        op.execute(f"ALTER TABLE {table} " + ", ".join(
            f"ADD COLUMN {column}_words tsvector GENERATED ALWAYS AS (kiosk_words({column})) STORED"
            for column in columns))
        for column in columns:
            op.execute(f"CREATE INDEX ix_{table}_{column}_words ON {table} USING gin ({column}_words)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in SEARCHED.items():
        op.execute(f"ALTER TABLE {table} " + ", ".join(f"DROP COLUMN {column}_words" for column in columns))
    op.execute("DROP FUNCTION IF EXISTS kiosk_word_query(text, boolean)")
    op.execute(OLD_WORDS_FUNCTION)
    op.execute("DROP FUNCTION IF EXISTS kiosk_unaccent(text)")
    for table, columns in SEARCHED.items():
        for column in columns:
            op.execute(f"CREATE INDEX ix_{table}_{column}_words ON {table} USING gin (kiosk_words({column}))")
    # unaccent stays: other objects may use it, and it holds no data.
