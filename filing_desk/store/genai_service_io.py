"""Generative-AI services on a session the caller holds: rows ↔ ``GenAIService`` records (with
their models, products, algorithms and the CAC's reasons), writing a record's rows, the values
an audit event records, and the links' owners checked against the service's entity.

Plain functions: no transactions, no audit events, no rules (store.genai_services writes and
audits; domain.genai_checks decides). Reads batch the child tables, one query each.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.store import convert
from filing_desk.store.genai_service_rows import (
    GenAIServiceRow,
    ServiceAlgorithmRow,
    ServiceModelRow,
    ServiceProductRow,
)
from filing_desk.store.rows import apply_values, column_values, invalid, not_found
from filing_desk.store.schema import AlgorithmRow, EntityRow, ModelRow, ProductRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OBJECT = "service"  # the audit events' object type (OwnerType.SERVICE)
_CHILDREN = ("models", "product_ids", "algorithm_ids", "returned_reasons")


def now() -> datetime:
    return datetime.now(UTC)


def service_row(s: Session, service_id: int) -> GenAIServiceRow:
    row = s.get(GenAIServiceRow, service_id)
    if row is None:
        raise not_found("service", service_id)
    return row


def read_rows(s: Session, found: list[GenAIServiceRow]) -> list[GenAIService]:
    """The records of ``found`` (in that order), their child rows read in one query each."""
    ids = [r.id for r in found]
    if not ids:
        return []
    models: dict[int, list[ServiceModel]] = defaultdict(list)
    stmt = select(ServiceModelRow).where(ServiceModelRow.service_id.in_(ids))
    for m in s.scalars(stmt.order_by(ServiceModelRow.position, ServiceModelRow.id)):
        models[m.service_id].append(convert.to_record(m, ServiceModel, model_id=m.model_id))
    products = _ids(s, ServiceProductRow, ServiceProductRow.product_id, ids)
    algorithms = _ids(s, ServiceAlgorithmRow, ServiceAlgorithmRow.algorithm_id, ids)
    return [
        convert.to_record(
            r,
            GenAIService,
            models=tuple(models[r.id]),
            product_ids=tuple(products[r.id]),
            algorithm_ids=tuple(algorithms[r.id]),
            returned_reasons=tuple(json.loads(r.returned_json or "[]")),
        )
        for r in found
    ]


def _ids(s: Session, table: Any, column: Any, ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    stmt = select(table.service_id, column).where(table.service_id.in_(ids)).order_by(column)
    for service_id, other in s.execute(stmt):
        out[service_id].append(other)
    return out


def read(s: Session, row: GenAIServiceRow) -> GenAIService:
    return read_rows(s, [row])[0]


def read_all(s: Session, entity_id: int | None = None) -> list[GenAIService]:
    """Services (of one entity), by entity then name then id."""
    stmt = select(GenAIServiceRow).order_by(
        GenAIServiceRow.entity_id, GenAIServiceRow.name, GenAIServiceRow.id
    )
    if entity_id is not None:
        stmt = stmt.where(GenAIServiceRow.entity_id == entity_id)
    return read_rows(s, list(s.scalars(stmt)))


def scalar_values(service: GenAIService) -> dict[str, Any]:
    """The service row's column values (its own fields, not the child tables)."""
    out = {k: v for k, v in column_values(service).items() if k not in _CHILDREN}
    out["returned_json"] = json.dumps(list(service.returned_reasons), ensure_ascii=False)
    return out


def values(service: GenAIService) -> dict[str, Any]:
    """Everything a service holds, as the audit trail records it (codes, lists)."""
    out = {k: v for k, v in column_values(service).items() if k not in _CHILDREN}
    out["models"] = [model_values(m) for m in service.models]
    out["product_ids"] = list(service.product_ids)
    out["algorithm_ids"] = list(service.algorithm_ids)
    out["returned_reasons"] = list(service.returned_reasons)
    return out


def model_values(model: ServiceModel) -> dict[str, Any]:
    out = column_values(model)
    out["model_id"] = model.model_id
    return out


def write(
    s: Session, row: GenAIServiceRow, service: GenAIService, before: GenAIService | None
) -> None:
    """Set the row and its children to ``service`` (children rewritten only where changed)."""
    apply_values(row, scalar_values(service))
    s.flush()  # the row's id, for a new service
    if before is None or before.models != service.models:
        s.execute(delete(ServiceModelRow).where(ServiceModelRow.service_id == row.id))
        for position, model in enumerate(service.models):
            s.add(ServiceModelRow(service_id=row.id, position=position, **model_values(model)))
    old_products = set(before.product_ids) if before else set()
    _relink(s, ServiceProductRow, "product_id", row.id, old_products, set(service.product_ids))
    old_algorithms = set(before.algorithm_ids) if before else set()
    _relink(
        s, ServiceAlgorithmRow, "algorithm_id", row.id, old_algorithms, set(service.algorithm_ids)
    )
    s.flush()


def _relink(
    s: Session, table: Any, column: str, service_id: int, old: set[int], new: set[int]
) -> None:
    """Add the links new to ``new``, remove those gone (a kept product keeps its display)."""
    gone = old - new
    if gone:
        s.execute(
            delete(table).where(table.service_id == service_id, getattr(table, column).in_(gone))
        )
    for other in sorted(new - old):
        s.add(table(service_id=service_id, **{column: other}))


def check_owners(s: Session, service: GenAIService) -> None:
    """The entity exists; every product, algorithm and linked model is that entity's."""
    entity_id = int(service.entity_id or 0)
    if s.get(EntityRow, entity_id) is None:
        raise not_found("entity", entity_id)
    wanted = (
        (ProductRow, "product", service.product_ids),
        (AlgorithmRow, "algorithm", service.algorithm_ids),
        (ModelRow, "model", tuple(m.model_id for m in service.models if m.model_id is not None)),
    )
    for table, kind, ids in wanted:
        if not ids:
            continue
        stmt = select(table.id, table.entity_id).where(table.id.in_(ids))
        found: dict[int, int] = {ident: owner for ident, owner in s.execute(stmt)}
        for ident in ids:
            if ident not in found:
                raise not_found(kind, ident)
            if found[ident] != entity_id:
                raise invalid(
                    "service.other_entity",
                    f"service.{kind}_ids",
                    f"The {kind} {ident} belongs to another entity than the service",
                )
