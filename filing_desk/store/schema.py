"""The register's tables (SQLAlchemy 2 declarative). Shape only, no behaviour.

Alembic (migrations/) is the only thing that creates or changes them; a test checks that the
migrations and these tables agree. Enums are stored as their codes (domain.enums values).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


SEARCH_TABLE = "search_index"  # FTS5, created by migration 0003, not an ORM table


def is_managed(name: str | None, type_: str) -> bool:
    """Whether Alembic's comparison should look at an object (the FTS tables are not ORM's)."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


class EntityRow(Base):
    __tablename__ = "entity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    uscc: Mapped[str] = _text()
    entity_type: Mapped[str] = mapped_column(String(32), nullable=False, default="enterprise")
    region_code: Mapped[str] = _text()
    address: Mapped[str] = _text()
    website: Mapped[str] = _text()
    legal_rep_name: Mapped[str] = _text()
    legal_rep_id_type: Mapped[str] = _text()
    legal_rep_id_number: Mapped[str] = _text()
    officer_name: Mapped[str] = _text()
    officer_id_type: Mapped[str] = _text()
    officer_id_number: Mapped[str] = _text()
    officer_phone: Mapped[str] = _text()
    officer_email: Mapped[str] = _text()
    contact_name: Mapped[str] = _text()
    contact_title: Mapped[str] = _text()
    contact_phone: Mapped[str] = _text()
    contact_email: Mapped[str] = _text()
    state: Mapped[str] = mapped_column(String(32), nullable=False, default="ent_draft")
    notes: Mapped[str] = _text()


class AlgorithmRow(Base):
    __tablename__ = "algorithm"
    __table_args__ = (Index("ix_algorithm_entity_name", "entity_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    algo_type: Mapped[str] = mapped_column(String(2), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    state: Mapped[str] = mapped_column(String(32), nullable=False, default="draft")
    triage: Mapped[str] = mapped_column(String(16), nullable=False, default="undecided")
    triage_reason: Mapped[str] = _text()
    public_opinion: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    mobilisation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    application_field: Mapped[str] = _text()
    scenarios: Mapped[str] = _text()
    main_use: Mapped[str] = _text()
    summary: Mapped[str] = _text()
    principle: Mapped[str] = _text()
    mechanism: Mapped[str] = _text()
    purpose: Mapped[str] = _text()
    disclosure_text: Mapped[str] = _text()
    input_modalities: Mapped[str] = _text()  # comma-separated Modality codes
    output_modalities: Mapped[str] = _text()
    output_formats: Mapped[str] = _text()
    data_description: Mapped[str] = _text()
    model_description: Mapped[str] = _text()
    strategy: Mapped[str] = _text()
    risks: Mapped[str] = _text()
    service_method: Mapped[str] = _text()
    labelling_method: Mapped[str] = _text()
    launch_date: Mapped[date | None] = mapped_column(Date)
    termination_date: Mapped[date | None] = mapped_column(Date)
    filing_number: Mapped[str] = _text()
    filed_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = _text()


class ModelRow(Base):
    __tablename__ = "model"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[str] = _text()
    origin: Mapped[str] = mapped_column(String(16), nullable=False, default="own")
    base_model: Mapped[str] = _text()
    developer: Mapped[str] = _text()
    track: Mapped[str] = mapped_column(String(16), nullable=False, default="not_required")
    track_number: Mapped[str] = _text()
    track_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = _text()


class AlgorithmModelRow(Base):
    __tablename__ = "algorithm_model"

    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id", ondelete="CASCADE"), primary_key=True
    )
    model_id: Mapped[int] = mapped_column(ForeignKey("model.id"), primary_key=True)


class ProductRow(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    form: Mapped[str] = mapped_column(String(32), nullable=False)
    address: Mapped[str] = _text()
    users_served: Mapped[str] = _text()
    real_name_required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    prior_licences: Mapped[str] = _text()
    functions: Mapped[str] = _text()
    shows_number: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    shown_since: Mapped[date | None] = mapped_column(Date)
    display_link: Mapped[str] = _text()


class ProcedureRow(Base):
    __tablename__ = "procedure"
    __table_args__ = (Index("ix_procedure_state_due", "state", "due_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="editing")
    trigger_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    submitted_date: Mapped[date | None] = mapped_column(Date)
    decision_expected: Mapped[date | None] = mapped_column(Date)
    decision_date: Mapped[date | None] = mapped_column(Date)
    filing_number: Mapped[str] = _text()
    reason: Mapped[str] = _text()
    followup: Mapped[str] = _text()
    return_reason: Mapped[str] = _text()
    changes_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    snapshot_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    draft_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AttachmentRow(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_type: Mapped[str] = mapped_column(String(16), nullable=False)
    owner_id: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    filename: Mapped[str] = mapped_column(Text, nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AuditEventRow(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_object", "object_type", "object_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # ISO 8601 UTC, exactly as hashed
    os_user: Mapped[str] = _text()
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    object_type: Mapped[str] = mapped_column(String(16), nullable=False)
    object_id: Mapped[int | None] = mapped_column(Integer)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class CalendarDayRow(Base):
    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    workday: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str] = _text()


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
