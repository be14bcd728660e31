"""Generative-AI services between the register and the files: read them out, write them back.

No Qt, no SQL: only the register's service API (``services``, ``service_displays``,
``create_service``, ``update_service``, ``set_service_display``). Callers run these inside the
import's one transaction (``workflows.importing.import_batch``), so a refused service leaves
nothing written. ``restore`` follows ``Register.import_snapshot`` (entities, products, algorithms
and models keep the document's ids); ``write_rows`` writes the rows of a services sheet, matched
as products are: by entity name and service name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.issues import Issue
from filing_desk.transfer.json_services import ServiceDisplay


def services_of(register: Any) -> tuple[tuple[GenAIService, ...], tuple[ServiceDisplay, ...]]:
    """Every service of the register and each powered product's display record."""
    services = tuple(register.services())
    displays = tuple(
        ServiceDisplay.of(s.id, d) for s in services for d in register.service_displays(s.id)
    )
    return services, displays


def restore(
    register: Any, services: tuple[GenAIService, ...], displays: tuple[ServiceDisplay, ...]
) -> int:
    """Create the document's services (after ``import_snapshot``) and record their displays."""
    created: dict[int | None, int] = {}
    for service in services:
        created[service.id] = register.create_service(replace(service, id=None)).id
    for display in displays:
        if display.recorded:
            register.set_service_display(created[display.service_id], display.display())
    return len(created)


@dataclass(frozen=True)
class ServiceRow:
    """One services-sheet row read: the entity's name, the service (links as names), issues."""

    line: int
    entity_name: str
    service: GenAIService
    product_names: tuple[str, ...] = ()
    algorithm_names: tuple[str, ...] = ()
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class ServiceCounts:
    created: int = 0
    updated: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return f"services: {self.created} created, {self.updated} updated, {self.skipped} skipped"


def write_rows(register: Any, rows: tuple[ServiceRow, ...], update_existing: bool) -> ServiceCounts:
    """Create (or, with ``update_existing``, update) each row's service; links by name.

    Every row is resolved first: an unknown entity, product or algorithm refuses them all."""
    entities = {e.name: e.id for e in register.entities()}
    problems: list[Issue] = []
    resolved: list[GenAIService] = []
    for row in rows:
        entity_id = entities.get(row.entity_name)
        if entity_id is None:
            problems.append(_missing(row, "entity", row.entity_name))
        else:
            resolved.append(_linked(register, row, entity_id, problems))
    if problems:
        raise InvalidInput(problems)
    counts = {"created": 0, "updated": 0, "skipped": 0}
    for service in resolved:
        existing = next(
            (s for s in register.services(service.entity_id) if s.name == service.name), None
        )
        if existing is None:
            register.create_service(service)
            counts["created"] += 1
        elif update_existing:  # the state and number are the CAC's answers: never imported over
            kept = ("state", "number", "approved_date", "returned_reasons")
            register.update_service(
                replace(service, id=existing.id, **{k: getattr(existing, k) for k in kept})
            )
            counts["updated"] += 1
        else:
            counts["skipped"] += 1
    return ServiceCounts(**counts)


def _linked(register: Any, row: ServiceRow, entity_id: int, problems: list[Issue]) -> GenAIService:
    products = {p.name: p.id for p in register.products() if p.entity_id == entity_id}
    algorithms = {a.name: a.id for a in register.algorithms() if a.entity_id == entity_id}
    for kind, names, known in (
        ("product", row.product_names, products),
        ("algorithm", row.algorithm_names, algorithms),
    ):
        problems += [_missing(row, kind, n) for n in names if n not in known]
    return replace(
        row.service,
        entity_id=entity_id,
        product_ids=tuple(sorted({products[n] for n in row.product_names if n in products})),
        algorithm_ids=tuple(
            sorted({algorithms[n] for n in row.algorithm_names if n in algorithms})
        ),
    )


def _missing(row: ServiceRow, kind: str, name: str) -> Issue:
    owner = "the register" if kind == "entity" else row.entity_name
    text = f"services row {row.line}: {owner} has no {kind} named {name}"
    return Issue("import.service_reference", f"service.{kind}", text=text)
