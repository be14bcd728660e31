"""Initial register tables: entities, algorithms, models, products, procedures, audit, calendar.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("os_user", sa.Text(), server_default="", nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=True),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("after_json", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_event_object", ["object_type", "object_id"], unique=False)

    op.create_table(
        "calendar_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_day")),
    )
    op.create_table(
        "entity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("uscc", sa.Text(), server_default="", nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("region_code", sa.Text(), server_default="", nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("website", sa.Text(), server_default="", nullable=False),
        sa.Column("legal_rep_name", sa.Text(), server_default="", nullable=False),
        sa.Column("legal_rep_id_type", sa.Text(), server_default="", nullable=False),
        sa.Column("legal_rep_id_number", sa.Text(), server_default="", nullable=False),
        sa.Column("officer_name", sa.Text(), server_default="", nullable=False),
        sa.Column("officer_id_type", sa.Text(), server_default="", nullable=False),
        sa.Column("officer_id_number", sa.Text(), server_default="", nullable=False),
        sa.Column("officer_phone", sa.Text(), server_default="", nullable=False),
        sa.Column("officer_email", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_name", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_title", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_phone", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_email", sa.Text(), server_default="", nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "algorithm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("algo_type", sa.String(length=2), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("triage", sa.String(length=16), nullable=False),
        sa.Column("triage_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("public_opinion", sa.Boolean(), nullable=False),
        sa.Column("mobilisation", sa.Boolean(), nullable=False),
        sa.Column("application_field", sa.Text(), server_default="", nullable=False),
        sa.Column("scenarios", sa.Text(), server_default="", nullable=False),
        sa.Column("main_use", sa.Text(), server_default="", nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("principle", sa.Text(), server_default="", nullable=False),
        sa.Column("mechanism", sa.Text(), server_default="", nullable=False),
        sa.Column("purpose", sa.Text(), server_default="", nullable=False),
        sa.Column("disclosure_text", sa.Text(), server_default="", nullable=False),
        sa.Column("input_modalities", sa.Text(), server_default="", nullable=False),
        sa.Column("output_modalities", sa.Text(), server_default="", nullable=False),
        sa.Column("output_formats", sa.Text(), server_default="", nullable=False),
        sa.Column("data_description", sa.Text(), server_default="", nullable=False),
        sa.Column("model_description", sa.Text(), server_default="", nullable=False),
        sa.Column("strategy", sa.Text(), server_default="", nullable=False),
        sa.Column("risks", sa.Text(), server_default="", nullable=False),
        sa.Column("service_method", sa.Text(), server_default="", nullable=False),
        sa.Column("labelling_method", sa.Text(), server_default="", nullable=False),
        sa.Column("launch_date", sa.Date(), nullable=True),
        sa.Column("termination_date", sa.Date(), nullable=True),
        sa.Column("filing_number", sa.Text(), server_default="", nullable=False),
        sa.Column("filed_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_algorithm_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_algorithm")),
    )
    with op.batch_alter_table("algorithm", schema=None) as batch_op:
        batch_op.create_index("ix_algorithm_entity_name", ["entity_id", "name"], unique=False)

    op.create_table(
        "model",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), server_default="", nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("base_model", sa.Text(), server_default="", nullable=False),
        sa.Column("developer", sa.Text(), server_default="", nullable=False),
        sa.Column("track", sa.String(length=16), nullable=False),
        sa.Column("track_number", sa.Text(), server_default="", nullable=False),
        sa.Column("track_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_model_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model")),
    )
    op.create_table(
        "algorithm_model",
        sa.Column("algorithm_id", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["algorithm_id"],
            ["algorithm.id"],
            name=op.f("fk_algorithm_model_algorithm_id_algorithm"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["model_id"], ["model.id"], name=op.f("fk_algorithm_model_model_id_model")
        ),
        sa.PrimaryKeyConstraint("algorithm_id", "model_id", name=op.f("pk_algorithm_model")),
    )
    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("algorithm_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("trigger_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_provisional", sa.Boolean(), nullable=False),
        sa.Column("submitted_date", sa.Date(), nullable=True),
        sa.Column("decision_expected", sa.Date(), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("filing_number", sa.Text(), server_default="", nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("followup", sa.Text(), server_default="", nullable=False),
        sa.Column("return_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("changes_json", sa.Text(), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("draft_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["algorithm_id"], ["algorithm.id"], name=op.f("fk_procedure_algorithm_id_algorithm")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure")),
    )
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_procedure_algorithm_id"), ["algorithm_id"], unique=False
        )
        batch_op.create_index("ix_procedure_state_due", ["state", "due_date"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("algorithm_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("users_served", sa.Text(), server_default="", nullable=False),
        sa.Column("real_name_required", sa.Boolean(), nullable=False),
        sa.Column("prior_licences", sa.Text(), server_default="", nullable=False),
        sa.Column("functions", sa.Text(), server_default="", nullable=False),
        sa.Column("shows_number", sa.Boolean(), nullable=False),
        sa.Column("shown_since", sa.Date(), nullable=True),
        sa.Column("display_link", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["algorithm_id"],
            ["algorithm.id"],
            name=op.f("fk_product_algorithm_id_algorithm"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_algorithm_id"), ["algorithm_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_algorithm_id"))

    op.drop_table("product")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index("ix_procedure_state_due")
        batch_op.drop_index(batch_op.f("ix_procedure_algorithm_id"))

    op.drop_table("procedure")
    op.drop_table("algorithm_model")
    op.drop_table("model")
    with op.batch_alter_table("algorithm", schema=None) as batch_op:
        batch_op.drop_index("ix_algorithm_entity_name")

    op.drop_table("algorithm")
    op.drop_table("setting")
    op.drop_table("entity")
    op.drop_table("calendar_day")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_object")

    op.drop_table("audit_event")
