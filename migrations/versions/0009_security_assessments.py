"""Security assessments under the 2018 rules: the assessment (trigger, assessor, the art. 6
report's texts, the checklist assessment it rests on), its two submissions, a product's per-se
categories with the user's override, and a product's user numbers over time.

The assessment's subject (algorithm, product; service later) has no foreign key, as a checklist
assessment's. Downgrade drops the four tables; nothing else refers to them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXTS = (  # frozen here: the free-text columns of security_assessment
    "notice_reference",
    "assessor_name",
    "functions",
    "hardware_software",
    "deployment",
    "licences",
    "measures",
    "conclusion",
    "other_matters",
)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    op.create_table(
        "security_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_kind", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("trigger_kind", sa.String(length=16), nullable=False),
        sa.Column("trigger_date", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=16), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *(_text(name) for name in TEXTS),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["assessment.id"],
            name=op.f("fk_security_assessment_checklist_id_assessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_assessment")),
    )
    op.create_index(
        "ix_security_assessment_subject", "security_assessment", ["subject_kind", "subject_id"]
    )
    op.create_table(
        "security_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=16), nullable=False),
        sa.Column("submitted", sa.Date(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        _text("feedback"),
        sa.Column("feedback_date", sa.Date(), nullable=True),
        _text("rectification"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["security_assessment.id"],
            name=op.f("fk_security_submission_assessment_id_security_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_submission")),
        sa.UniqueConstraint(
            "assessment_id", "authority", name=op.f("uq_security_submission_assessment_id")
        ),
    )
    op.create_table(
        "opinion_profile",
        sa.Column("product_id", sa.Integer(), nullable=False),
        _text("categories"),
        sa.Column("override", sa.Boolean(), nullable=True),
        _text("override_reason"),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_opinion_profile_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_opinion_profile")),
    )
    op.create_table(
        "user_scale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("registered", sa.Integer(), nullable=True),
        sa.Column("monthly_active", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_user_scale_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_scale")),
        sa.UniqueConstraint("product_id", "as_of", name=op.f("uq_user_scale_product_id")),
    )


def downgrade() -> None:
    op.drop_table("user_scale")
    op.drop_table("opinion_profile")
    op.drop_table("security_submission")
    op.drop_index("ix_security_assessment_subject", table_name="security_assessment")
    op.drop_table("security_assessment")
