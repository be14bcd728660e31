"""Four eyes on a team register: the ``procedure_approval`` table (which procedure a reviewer
approved, when, in which state, and the last edit approved — an edit after it voids it).

On PostgreSQL, where the desk's roles exist, editors may read approvals but not write them and
reviewers may add but never change or remove one (the grants team init gives every table are
narrowed). A file register gets the table too (same schema), empty: four eyes is a team rule.
Downgrade drops the table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (no app imports): the roles team init makes and what each loses on this table.
NARROWED = (
    ("filing_desk_editor", "INSERT, UPDATE, DELETE"),
    ("filing_desk_reviewer", "UPDATE, DELETE"),
)


def upgrade() -> None:
    op.create_table(
        "procedure_approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=128), nullable=False),
        sa.Column("approved_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("edit_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_procedure_approval_procedure_id_procedure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_approval")),
    )
    op.create_index(
        op.f("ix_procedure_approval_procedure_id"), "procedure_approval", ["procedure_id"]
    )
    if op.get_bind().dialect.name == "postgresql":
        for role, narrowed in NARROWED:
            op.execute(
                f"DO $fd$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                f"THEN REVOKE {narrowed} ON procedure_approval FROM {role}; END IF; END $fd$"
            )


def downgrade() -> None:
    op.drop_index(op.f("ix_procedure_approval_procedure_id"), table_name="procedure_approval")
    op.drop_table("procedure_approval")
