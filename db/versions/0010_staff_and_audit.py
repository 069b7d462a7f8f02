# SPDX-License-Identifier: Apache-2.0
"""Front-desk staff accounts and the audit log of their actions.

``staff``: roles, Argon2id password hashes, temporary passwords, TOTP. ``audit_log``: append-only,
each entry chained to the one before by SHA-256 (kiosk.core.audit); ``audit_chain_head``: the one
row writers lock to append and that names the last entry. On both engines triggers refuse UPDATE
and DELETE on the log (and TRUNCATE on PostgreSQL), and DELETE of the head.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

REFUSAL = "the audit log is append-only"
SQLITE_TRIGGERS = {                                  # name -> (table, event)
    "audit_log_no_update": ("audit_log", "UPDATE"),
    "audit_log_no_delete": ("audit_log", "DELETE"),
    "audit_chain_head_no_delete": ("audit_chain_head", "DELETE"),
}
PG_FUNCTION = (
    "CREATE FUNCTION kiosk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"RAISE EXCEPTION '{REFUSAL}: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; "
    "END $$")
PG_TRIGGERS = {                                      # name -> (table, events, level)
    "audit_log_append_only": ("audit_log", "UPDATE OR DELETE", "ROW"),
    "audit_log_no_truncate": ("audit_log", "TRUNCATE", "STATEMENT"),
    "audit_chain_head_no_delete": ("audit_chain_head", "DELETE OR TRUNCATE", "STATEMENT"),
}


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("username_key", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("totp_pending", sa.String(length=64), nullable=True),
        sa.Column("totp_enrolled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("totp_required", sa.Boolean(), nullable=False),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username_key", name=op.f("uq_staff_username_key")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index("ix_audit_log_record_kind", "audit_log", ["record_kind", "record_id"])
    # No row yet: the first append makes it (kiosk.storage.audit_log), so a new SQLite database
    # made from the schema file (kiosk.storage.fresh_schema, schema only) is like a migrated one.
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, (table, event) in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} BEGIN "
                       f"SELECT RAISE(ABORT, '{REFUSAL}: {event} on {table} refused'); END")
    else:
        op.execute(PG_FUNCTION)
        for name, (table, events, level) in PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH {level} "
                       "EXECUTE FUNCTION kiosk_audit_append_only()")


def downgrade() -> None:
    # Dropping a table drops its triggers on both engines; the function goes after them.
    op.drop_table("audit_chain_head")
    op.drop_index("ix_audit_log_record_kind", table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS kiosk_audit_append_only()")
    op.drop_table("staff")
