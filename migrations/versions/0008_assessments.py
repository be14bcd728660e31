"""Checklist assessments: a library version applied to a subject, an answer per item, and the
attachments given as evidence for an answer.

The subject (entity, algorithm, product, service) has no foreign key: it names one of several
tables by kind. Evidence points into the attachment table (the subject's attachments, versioned
as any other). Downgrade drops the three tables; the attachments stay with their subjects.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("library_id", sa.String(length=64), nullable=False),
        sa.Column("library_version", sa.Integer(), nullable=False),
        sa.Column("subject_kind", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint(
            "library_id", "subject_kind", "subject_id", name=op.f("uq_assessment_library_id")
        ),
    )
    op.create_index("ix_assessment_subject", "assessment", ["subject_kind", "subject_id"])
    op.create_table(
        "assessment_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=128), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("figure", sa.Float(), nullable=True),
        sa.Column("owner", sa.Text(), server_default="", nullable=False),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("item_hash", sa.Text(), server_default="", nullable=False),
        sa.Column("to_review", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_answer")),
        sa.UniqueConstraint(
            "assessment_id", "item_id", name=op.f("uq_assessment_answer_assessment_id")
        ),
    )
    op.create_index(op.f("ix_assessment_answer_next_review"), "assessment_answer", ["next_review"])
    op.create_table(
        "assessment_evidence",
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["assessment_answer.id"],
            name=op.f("fk_assessment_evidence_answer_id_assessment_answer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_assessment_evidence_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("answer_id", "attachment_id", name=op.f("pk_assessment_evidence")),
    )


def downgrade() -> None:
    op.drop_table("assessment_evidence")
    op.drop_index(op.f("ix_assessment_answer_next_review"), table_name="assessment_answer")
    op.drop_table("assessment_answer")
    op.drop_index("ix_assessment_subject", table_name="assessment")
    op.drop_table("assessment")
