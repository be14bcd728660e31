"""Generative-AI services (生成式人工智能服务): the service of an entity, the models it runs or
calls, the products it powers (with the display of the model name and number), the 生成合成类
algorithms it is filed under, its 备案 / 登记 step history and its material changes.

``genai_service`` holds one column per declared field of ``domain.genai_services.GenAIService``
(frozen here as they stood: text TEXT NOT NULL DEFAULT '', lists of codes comma-separated in
TEXT, codes in VARCHAR, dates DATE) plus the CAC's reasons of the latest return (JSON list), the
user's track override (NULL: derived), the record version and its creation time. The other five
tables hang off it and go with it (ON DELETE CASCADE); a product, algorithm or attachment removed
takes its link with it, a model removed leaves the service's copy of its name (SET NULL).
Downgrade drops the six tables; nothing else refers to them. Plain DDL: the same on SQLite /
SQLCipher (batch mode is not needed to create or drop tables) and PostgreSQL.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVICE_TEXTS = (  # frozen: the service's optional text and code-list columns
    "functions",
    "input_modalities",
    "output_modalities",
    "forms",
    "domain_note",
    "province",
    "corpus_sources",
    "corpus_scale",
    "compute",
    "third_party_cloud",
    "number",
    "override_reason",
    "notes",
)
MODEL_TEXTS = ("version", "developer", "tuned_from", "filing_number")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def _service_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["service_id"],
        ["genai_service.id"],
        name=op.f(f"fk_{table}_service_id_genai_service"),
        ondelete="CASCADE",
    )


def _service() -> None:
    op.create_table(
        "genai_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("concurrency", sa.Integer(), nullable=True),
        sa.Column("go_live_date", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("approved_date", sa.Date(), nullable=True),
        sa.Column("track_override", sa.String(length=16), nullable=True),
        sa.Column("returned_json", sa.Text(), server_default="[]", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *(_text(name) for name in SERVICE_TEXTS),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_genai_service_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_genai_service")),
    )
    op.create_index(
        "ix_genai_service_entity_name", "genai_service", ["entity_id", "name"], unique=False
    )


def _models() -> None:
    op.create_table(
        "service_model",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        *(_text(name) for name in MODEL_TEXTS),
        _service_fk("service_model"),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["model.id"],
            name=op.f("fk_service_model_model_id_model"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_model")),
    )
    op.create_index("ix_service_model_service_id", "service_model", ["service_id"], unique=False)


def _links() -> None:
    op.create_table(
        "service_product",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("shows_number", sa.Boolean(), nullable=False),
        sa.Column("shown_since", sa.Date(), nullable=True),
        _text("where_shown"),
        sa.Column("screenshot_id", sa.Integer(), nullable=True),
        _service_fk("service_product"),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_service_product_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["screenshot_id"],
            ["attachment.id"],
            name=op.f("fk_service_product_screenshot_id_attachment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("service_id", "product_id", name=op.f("pk_service_product")),
    )
    op.create_table(
        "service_algorithm",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("algorithm_id", sa.Integer(), nullable=False),
        _service_fk("service_algorithm"),
        sa.ForeignKeyConstraint(
            ["algorithm_id"],
            ["algorithm.id"],
            name=op.f("fk_service_algorithm_algorithm_id_algorithm"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("service_id", "algorithm_id", name=op.f("pk_service_algorithm")),
    )


def _history() -> None:
    op.create_table(
        "service_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=32), nullable=False),
        sa.Column("to_state", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        _text("number"),
        sa.Column("reasons_json", sa.Text(), server_default="[]", nullable=False),
        _text("note"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _service_fk("service_event"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_event")),
    )
    op.create_index("ix_service_event_service_id", "service_event", ["service_id"], unique=False)
    op.create_table(
        "service_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        _text("kinds"),
        _text("findings"),
        sa.Column("track_before", sa.String(length=16), nullable=True),
        sa.Column("track_after", sa.String(length=16), nullable=True),
        sa.Column("suggested", sa.String(length=16), nullable=False),
        sa.Column("rerun", sa.String(length=16), nullable=True),
        _text("note"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _service_fk("service_change"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_change")),
    )
    op.create_index("ix_service_change_service_id", "service_change", ["service_id"], unique=False)


def upgrade() -> None:
    _service()
    _models()
    _links()
    _history()


def downgrade() -> None:
    op.drop_index("ix_service_change_service_id", table_name="service_change")
    op.drop_table("service_change")
    op.drop_index("ix_service_event_service_id", table_name="service_event")
    op.drop_table("service_event")
    op.drop_table("service_algorithm")
    op.drop_table("service_product")
    op.drop_index("ix_service_model_service_id", table_name="service_model")
    op.drop_table("service_model")
    op.drop_index("ix_genai_service_entity_name", table_name="genai_service")
    op.drop_table("genai_service")
