"""The register's tables (SQLAlchemy 2 declarative). Shape only, no behaviour.

Alembic (migrations/) is the only thing that creates or changes them; a test checks that the
migrations and these tables agree. The columns of a record kind's table are built from its field
declarations (``domain.fields``): text is TEXT NOT NULL DEFAULT '' (no default when the field is
required), yes/no BOOLEAN NOT NULL, dates DATE, whole numbers INTEGER, a choice its code in
VARCHAR(n) and a list of choices its comma-separated codes in TEXT. A table class names only what
the declarations cannot say (ids, foreign keys, indexes, JSON columns) and, annotation only, the
columns the store's queries address by name (so mypy knows their types).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

from filing_desk.domain.enums import (
    AlgorithmType,
    IdType,
    LabelledEnum,
    ModelOrigin,
    ModelTrack,
    ProcedureKind,
    ProcedureState,
    Role,
    Triage,
)
from filing_desk.domain.fields.declare import Declared, Kind, declared
from filing_desk.domain.records import (
    Algorithm,
    Entity,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.domain.security_assessment import TEXTS as SECURITY_TEXTS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE_WIDTH = 32
"""VARCHAR width of a stored code; the enums below were given narrower columns."""
_NARROW: dict[type[LabelledEnum], int] = {
    AlgorithmType: 2,
    Role: 16,
    Triage: 16,
    ModelOrigin: 16,
    ModelTrack: 16,
    ProcedureKind: 16,
    ProcedureState: 16,
}

_FREE_TEXT_BEFORE: frozenset[type[LabelledEnum]] = frozenset({IdType})
"""Enums of fields that were free text: their TEXT column stays (old words load through the
enum's ``_missing_``), so no migration is needed."""

SEARCH_TABLE = "search_index"  # FTS5, created by migration 0003, not an ORM table


def is_managed(name: str | None, type_: str) -> bool:
    """Whether Alembic's comparison should look at an object (the FTS tables are not ORM's)."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def _text() -> MappedColumn[Any]:
    return mapped_column(Text, nullable=False, default="", server_default="")


def column_for(field: Declared) -> MappedColumn[Any] | None:
    """The column a declared field is stored in; None for structured values (mapped by hand)."""
    kind, required = field.shape.kind, field.decl.required
    if kind is Kind.TEXT:
        return mapped_column(Text, nullable=False) if required else _text()
    if kind is Kind.CHOICES:
        return _text()  # comma-separated codes
    if kind is Kind.BOOL:
        return mapped_column(Boolean, nullable=False, default=bool(field.default))
    if kind is Kind.DATE:
        return mapped_column(Date, nullable=not required)
    if kind is Kind.NUMBER:  # a whole number; None when not given
        return mapped_column(Integer, nullable=not required)
    if kind is Kind.CHOICE and field.shape.enum in _FREE_TEXT_BEFORE:
        return _text()
    if kind is Kind.CHOICE and field.shape.enum is not None:
        width = _NARROW.get(field.shape.enum, CODE_WIDTH)
        if required or not isinstance(field.default, LabelledEnum):
            return mapped_column(String(width), nullable=False)
        return mapped_column(String(width), nullable=False, default=field.default.value)
    return None


class Base(DeclarativeBase):
    """Tables; ``class XRow(Base, record=X)`` adds a column per declared field of ``X``."""

    metadata = MetaData(naming_convention=NAMING)

    def __init_subclass__(cls, record: type | None = None, **kw: Any) -> None:
        for field in declared(record) if record is not None else ():
            column = column_for(field)
            if column is not None and field.name not in cls.__dict__:  # a hand mapping wins
                setattr(cls, field.name, column)
        super().__init_subclass__(**kw)


class EntityRow(Base, record=Entity):
    __tablename__ = "entity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str]
    uscc: Mapped[str]
    state: Mapped[str]


class AlgorithmRow(Base, record=Algorithm):
    __tablename__ = "algorithm"
    __table_args__ = (Index("ix_algorithm_entity_name", "entity_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False)
    name: Mapped[str]
    algo_type: Mapped[str]
    state: Mapped[str]
    triage: Mapped[str]
    launch_date: Mapped[date | None]
    termination_date: Mapped[date | None]
    filing_number: Mapped[str]
    filed_date: Mapped[date | None]


class ModelRow(Base, record=Model):
    __tablename__ = "model"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False)


class AlgorithmModelRow(Base):
    __tablename__ = "algorithm_model"

    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id", ondelete="CASCADE"), primary_key=True
    )
    model_id: Mapped[int] = mapped_column(ForeignKey("model.id"), primary_key=True)


class ProductRow(Base, record=Product):
    """A product of an entity (migration 0007 made products the entity's)."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False, index=True)
    name: Mapped[str]
    form: Mapped[str]


class ProductLinkRow(Base, record=ProductLink):
    """A product joined to an algorithm (its go-live and withdrawal dates, functions, display)."""

    __tablename__ = "product_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), nullable=False, index=True)
    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id", ondelete="CASCADE"), nullable=False, index=True
    )
    go_live: Mapped[date | None]
    withdrawn: Mapped[date | None]
    shows_number: Mapped[bool]


class ProcedureRow(Base, record=Procedure):
    __tablename__ = "procedure"
    __table_args__ = (Index("ix_procedure_state_due", "state", "due_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id"), nullable=False, index=True
    )
    kind: Mapped[str]
    state: Mapped[str]
    trigger_date: Mapped[date | None]
    due_date: Mapped[date | None]
    due_provisional: Mapped[bool]
    submitted_date: Mapped[date | None]
    decision_expected: Mapped[date | None]
    decision_date: Mapped[date | None]
    filing_number: Mapped[str]
    reason: Mapped[str]
    followup: Mapped[str]
    return_reason: Mapped[str]
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


class CacListRow(Base):
    """A CAC list imported as evidence (domain.md Part A item 17): one row per distinct file."""

    __tablename__ = "cac_list"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = _text()
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # algorithm | deep_synthesis
    batch: Mapped[str] = _text()  # e.g. 2025年7月
    published: Mapped[date | None] = mapped_column(Date)
    published_estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    filename: Mapped[str] = _text()
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    entities_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    remarks_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AssessmentRow(Base):
    """A checklist library version applied to a subject (migration 0008); one per library and
    subject. The subject (entity, algorithm, product or service) has no foreign key: it is one
    of several tables, or (service) none yet."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("library_id", "subject_kind", "subject_id"),
        Index("ix_assessment_subject", "subject_kind", "subject_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    library_id: Mapped[str] = mapped_column(String(64), nullable=False)
    library_version: Mapped[int] = mapped_column(Integer, nullable=False)
    subject_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    subject_id: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AssessmentAnswerRow(Base):
    """One item's answer in an assessment (no row: not assessed yet)."""

    __tablename__ = "assessment_answer"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[str] = mapped_column(String(128), nullable=False)
    result: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = _text()
    figure: Mapped[float | None] = mapped_column(Float)
    owner: Mapped[str] = _text()
    effective: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date, index=True)
    item_hash: Mapped[str] = _text()
    to_review: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class AssessmentEvidenceRow(Base):
    """An attachment (the subject's, in the attachment store) given as evidence for an answer."""

    __tablename__ = "assessment_evidence"

    answer_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_answer.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), primary_key=True)


_NULL, _CUT = "SET NULL", "CASCADE"  # ondelete of the security tables' foreign keys


class SecurityAssessmentRow(Base):
    """A security assessment, 2018 rules (migration 0009): subject without a foreign key, texts
    set below; its submissions to each authority, a product's per-se categories (art. 2(1))
    with the user's override, and a product's user numbers on a day follow."""

    __tablename__ = "security_assessment"
    __table_args__ = (Index("ix_security_assessment_subject", "subject_kind", "subject_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    subject_id: Mapped[int] = mapped_column(Integer, nullable=False)
    trigger_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    trigger_date: Mapped[date] = mapped_column(Date, nullable=False)
    assessor: Mapped[str] = mapped_column(String(16), nullable=False)
    checklist_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id", ondelete=_NULL))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


for _name in SECURITY_TEXTS:  # notice reference, assessor's name, the report's parts
    setattr(SecurityAssessmentRow, _name, _text())


class SecuritySubmissionRow(Base):
    __tablename__ = "security_submission"
    __table_args__ = (UniqueConstraint("assessment_id", "authority"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("security_assessment.id", ondelete=_CUT))
    authority: Mapped[str] = mapped_column(String(16), nullable=False)
    submitted: Mapped[date] = mapped_column(Date, nullable=False)
    reference: Mapped[str] = mapped_column(Text, nullable=False)
    feedback: Mapped[str] = _text()
    feedback_date: Mapped[date | None] = mapped_column(Date)
    rectification: Mapped[str] = _text()


class OpinionProfileRow(Base):
    __tablename__ = "opinion_profile"

    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete=_CUT), primary_key=True
    )
    categories: Mapped[str] = _text()
    override: Mapped[bool | None] = mapped_column(Boolean)
    override_reason: Mapped[str] = _text()


class UserScaleRow(Base):
    __tablename__ = "user_scale"
    __table_args__ = (UniqueConstraint("product_id", "as_of"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete=_CUT))
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    registered: Mapped[int | None] = mapped_column(Integer)
    monthly_active: Mapped[int | None] = mapped_column(Integer)
