# SPDX-License-Identifier: Apache-2.0
"""Policy versions published by staff, and an index to count who accepted which version.

``policy_publications``: a version of the terms or the privacy policy a supervisor published
(kiosk.core.policy_service), over the pack's; its text is a ``policy_texts`` row. Each number
and each effective date once per document. ``ix_terms_acceptances_doc_version``: the console's
"how many accepted each version" and "who accepted this one" read the index, not the table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy_publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=80), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["text_id"], ["policy_texts.id"],
                                name=op.f("fk_policy_publications_text_id_policy_texts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_publications")),
        sa.UniqueConstraint("doc_id", "version", name="uq_policy_publications_version"),
        sa.UniqueConstraint("doc_id", "effective", name="uq_policy_publications_effective"),
        sa.UniqueConstraint("text_id", name=op.f("uq_policy_publications_text_id")),
    )
    op.create_index("ix_terms_acceptances_doc_version", "terms_acceptances", ["doc_id", "version", "account_id"])


def downgrade() -> None:
    op.drop_index("ix_terms_acceptances_doc_version", table_name="terms_acceptances")
    op.drop_table("policy_publications")
