"""Record versions against lost updates: an integer ``version`` on entity, algorithm, product and
procedure, 1 for every row already there (store.versions counts it up on each update).

The same statements on both backends: ADD COLUMN in place with a server default fills the old
rows (SQLite keeps the search index's triggers; PostgreSQL 11+ adds it without a rewrite), and
SQLite's own DROP COLUMN takes it off again.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("entity", "algorithm", "product", "procedure")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, "version")
