"""CAC lists imported as evidence: title, batch, publication date, file hash, the remarks.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cac_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("batch", sa.Text(), server_default="", nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_estimated", sa.Boolean(), nullable=False),
        sa.Column("filename", sa.Text(), server_default="", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("entities_json", sa.Text(), nullable=False),
        sa.Column("remarks_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cac_list")),
        sa.UniqueConstraint("sha256", name=op.f("uq_cac_list_sha256")),
    )


def downgrade() -> None:
    op.drop_table("cac_list")
