# SPDX-License-Identifier: Apache-2.0
"""Assisting residents and records retention.

``accounts``: search keys staff find an account by (first and last name, e-mail: casefolded,
accents removed; kiosk.core.assist), filled here for the accounts already stored; whether the
password is a temporary one staff issued (changed at the next sign-in); when it was closed.
``retention_runs``: each retention run that deleted, for the console's "last run".

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.core.assist import email_key, name_key

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    # ALTER TABLE ... ADD COLUMN in place on both engines (as 0007, 0008): defaults, so no rewrite.
    op.add_column("accounts", sa.Column("first_name_key", sa.String(length=60), nullable=True))
    op.add_column("accounts", sa.Column("last_name_key", sa.String(length=60), nullable=True))
    op.add_column("accounts", sa.Column("email_key", sa.String(length=320), nullable=True))
    op.add_column("accounts", sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(),
                                        nullable=False))
    op.add_column("accounts", sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    _fill_keys()
    for column in ("first_name_key", "last_name_key", "email_key", "closed_at"):
        op.create_index(op.f(f"ix_accounts_{column}"), "accounts", [column])
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("submissions", sa.Integer(), nullable=False),
        sa.Column("statistics_events", sa.Integer(), nullable=False),
        sa.Column("closed_accounts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_runs")),
    )
    op.create_index(op.f("ix_retention_runs_ran_at"), "retention_runs", ["ran_at"])


def _fill_keys() -> None:
    conn = op.get_bind()
    accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("first_name", sa.String),
                        sa.column("last_name", sa.String), sa.column("email", sa.String),
                        sa.column("first_name_key", sa.String), sa.column("last_name_key", sa.String),
                        sa.column("email_key", sa.String))
    update = (accounts.update().where(accounts.c.id == sa.bindparam("pk"))
              .values(first_name_key=sa.bindparam("first"), last_name_key=sa.bindparam("last"),
                      email_key=sa.bindparam("mail")))
    last = 0
    while True:
        rows = conn.execute(sa.select(accounts.c.id, accounts.c.first_name, accounts.c.last_name, accounts.c.email)
                            .where(accounts.c.id > last).order_by(accounts.c.id).limit(BATCH)).all()
        if not rows:
            return
        conn.execute(update, [{"pk": pk, "first": name_key(first), "last": name_key(last_), "mail": email_key(mail)}
                              for pk, first, last_, mail in rows])
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_index(op.f("ix_retention_runs_ran_at"), table_name="retention_runs")
    op.drop_table("retention_runs")
    # Not batch mode: on SQLite it rebuilds `accounts` by DROP TABLE, which (foreign keys on) would
    # cascade to every account's licences and terms acceptances. ALTER TABLE ... DROP COLUMN works
    # in place on both engines (SQLite 3.35+) once the columns' indexes are gone.
    for column in ("first_name_key", "last_name_key", "email_key", "closed_at"):
        op.drop_index(op.f(f"ix_accounts_{column}"), table_name="accounts")
    for column in ("closed_at", "must_change_password", "email_key", "last_name_key", "first_name_key"):
        op.drop_column("accounts", column)
