# SPDX-License-Identifier: Apache-2.0
"""Accounts: no two user names that look alike; failed sign-ins kept no longer than the lockout needs.

``accounts.username_skeleton`` holds each name's look-alike skeleton
(kiosk.core.validation.username_skeleton) under a unique index, so two kiosks cannot register
"cope1855" and "соре1855" at the same moment either. The accounts already stored get theirs here,
oldest first; where an older account already holds a skeleton (a look-alike registered before
this migration), the newer one keeps working without one (NULL: a unique index admits many), and
no new name that looks like either can be registered.

``sign_in_failures.locked_until`` marks the failure that completed a streak, so the other
failures can be deleted as soon as they stop counting (kiosk.core.account_service). A lock in
force during the upgrade is not marked: the failures behind it still lock the name until
``lock_for`` after the last of them, for as long as they count.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.core.validation import username_skeleton

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    # ALTER TABLE in place on both engines, as in 0007; a unique index rather than a constraint,
    # since SQLite cannot add a constraint to a table in place.
    op.add_column("accounts", sa.Column("username_skeleton", sa.String(length=240), nullable=True))
    _fill_skeletons()
    op.create_index(op.f("ix_accounts_username_skeleton"), "accounts", ["username_skeleton"], unique=True)
    op.add_column("sign_in_failures", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def _fill_skeletons() -> None:
    conn = op.get_bind()
    accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("username", sa.String),
                        sa.column("username_skeleton", sa.String))
    update = (accounts.update().where(accounts.c.id == sa.bindparam("pk"))
              .values(username_skeleton=sa.bindparam("skeleton")))
    held: set[str] = set()
    last = 0
    while True:
        rows = conn.execute(sa.select(accounts.c.id, accounts.c.username).where(accounts.c.id > last)
                            .order_by(accounts.c.id).limit(BATCH)).all()
        if not rows:
            break
        values = []
        for pk, username in rows:
            skeleton = username_skeleton(username)
            if skeleton not in held:
                held.add(skeleton)
                values.append({"pk": pk, "skeleton": skeleton})
        if values:
            conn.execute(update, values)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_column("sign_in_failures", "locked_until")
    op.drop_index(op.f("ix_accounts_username_skeleton"), table_name="accounts")
    op.drop_column("accounts", "username_skeleton")
