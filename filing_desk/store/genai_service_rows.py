"""The tables of generative-AI services (migration 0014). Shape only, no behaviour.

Kept out of store.schema (at its size cap) on the same ``Base``: importing this module (the
store's service commands do, and store.register imports those) adds the six tables to the
metadata Alembic compares with the migrations. ``GenAIServiceRow`` and ``ServiceModelRow`` get a
column per declared field of their record (``class XRow(Base, record=X)``), so each field stays
declared once in ``domain.genai_services``; what the declarations cannot say (ids, foreign keys,
the override that may be NULL, the CAC's reasons as JSON, the version) is named here.
The service's ``version`` is the mapper's version id, as store.versions does for the records
people edit: a row another writer changed in between is refused, never overwritten.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, inspect
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.store.schema import Base

_CUT, _NULL = "CASCADE", "SET NULL"


def _text() -> Any:
    return mapped_column(Text, nullable=False, default="", server_default="")


def _service_id() -> Any:
    return mapped_column(ForeignKey("genai_service.id", ondelete=_CUT), nullable=False, index=True)


class GenAIServiceRow(Base, record=GenAIService):
    __tablename__ = "genai_service"
    __table_args__ = (Index("ix_genai_service_entity_name", "entity_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), nullable=False)
    name: Mapped[str]
    state: Mapped[str]
    number: Mapped[str]
    go_live_date: Mapped[date | None]
    approved_date: Mapped[date | None]
    track_override: Mapped[str | None] = mapped_column(String(16), nullable=True)
    returned_json: Mapped[str] = mapped_column(
        Text, nullable=False, default="[]", server_default="[]"
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


def _next_version(current: int | None) -> int:
    return (current or 0) + 1


_mapper: Mapper[Any] = inspect(GenAIServiceRow)
_mapper.version_id_col = GenAIServiceRow.__table__.c.version
_mapper.version_id_generator = _next_version


class ServiceModelRow(Base, record=ServiceModel):
    """A model the service runs or calls, in the order the user listed them (``position``)."""

    __tablename__ = "service_model"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = _service_id()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    model_id: Mapped[int | None] = mapped_column(ForeignKey("model.id", ondelete=_NULL))


class ServiceProductRow(Base):
    """A product the service powers, and its display of the model name and number."""

    __tablename__ = "service_product"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("genai_service.id", ondelete=_CUT), primary_key=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete=_CUT), primary_key=True
    )
    shows_number: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    shown_since: Mapped[date | None] = mapped_column(Date)
    where_shown: Mapped[str] = _text()
    screenshot_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete=_NULL))


class ServiceAlgorithmRow(Base):
    """A 生成合成类 algorithm the service is filed under."""

    __tablename__ = "service_algorithm"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("genai_service.id", ondelete=_CUT), primary_key=True
    )
    algorithm_id: Mapped[int] = mapped_column(
        ForeignKey("algorithm.id", ondelete=_CUT), primary_key=True
    )


class ServiceEventRow(Base):
    """One step of the service's 备案 / 登记 (the state history)."""

    __tablename__ = "service_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = _service_id()
    step: Mapped[str] = mapped_column(String(32), nullable=False)
    from_state: Mapped[str] = mapped_column(String(32), nullable=False)
    to_state: Mapped[str] = mapped_column(String(32), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    number: Mapped[str] = _text()
    reasons_json: Mapped[str] = mapped_column(
        Text, nullable=False, default="[]", server_default="[]"
    )
    note: Mapped[str] = _text()
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ServiceChangeRow(Base):
    """A material change of the service and the user's answer whether to re-run the track."""

    __tablename__ = "service_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = _service_id()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    kinds: Mapped[str] = _text()  # comma-separated MaterialKind codes
    findings: Mapped[str] = _text()  # one finding a line
    track_before: Mapped[str | None] = mapped_column(String(16))
    track_after: Mapped[str | None] = mapped_column(String(16))
    suggested: Mapped[str] = mapped_column(String(16), nullable=False)  # the domain's Rerun
    rerun: Mapped[str | None] = mapped_column(String(16))  # the user's answer; None: not yet
    note: Mapped[str] = _text()
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
