"""Fields the filing portal asks for: the entity's licence, ICP and news licences, user scale;
the CAC list batch and publication date an algorithm was first published in.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ENTITY_TEXT = ("licence_number", "licence_address", "icp_number", "news_licence_number")
_ENTITY_DATES = ("licence_valid_from", "licence_valid_until")


def upgrade() -> None:
    # ADD COLUMN in place (no table copy): the search index's triggers stay as they are
    op.add_column(
        "entity",
        sa.Column("licence_type", sa.String(length=32), server_default="", nullable=False),
    )
    for name in _ENTITY_TEXT:
        op.add_column("entity", sa.Column(name, sa.Text(), server_default="", nullable=False))
    for name in _ENTITY_DATES:
        op.add_column("entity", sa.Column(name, sa.Date(), nullable=True))
    op.add_column("entity", sa.Column("monthly_active_users", sa.Integer(), nullable=True))
    op.add_column(
        "algorithm", sa.Column("list_batch", sa.Text(), server_default="", nullable=False)
    )
    op.add_column("algorithm", sa.Column("list_published", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, in place too
    op.drop_column("algorithm", "list_published")
    op.drop_column("algorithm", "list_batch")
    op.drop_column("entity", "monthly_active_users")
    for name in reversed(_ENTITY_DATES):
        op.drop_column("entity", name)
    for name in reversed(_ENTITY_TEXT):
        op.drop_column("entity", name)
    op.drop_column("entity", "licence_type")
