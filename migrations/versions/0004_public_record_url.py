"""Algorithms: the link to the CAC's published record of the filing (公示信息链接).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN in place (no table copy): the search index's triggers on algorithm stay as they are
    op.add_column(
        "algorithm",
        sa.Column("public_record_url", sa.Text(), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("algorithm", "public_record_url")  # SQLite's own DROP COLUMN, in place too
