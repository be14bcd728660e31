"""The records shared by store, forms, transfer and ui: frozen dataclasses, no behaviour but shape.

No Qt, no database. The record kinds with declared fields (Entity, Algorithm, Model, Product,
ProductLink, Procedure) live in ``domain.fields`` and are re-exported here (with LinkedProduct,
a product as one algorithm uses it); this module adds the views built
from them. Form specs address fields by dotted keys such as ``algorithm.launch_date`` or
``entity.officer_name``; ``declared_key`` finds the declaration such a key names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime

from filing_desk.domain.assessment_sheet import AssessmentSheet
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    AttachmentKind,
    OwnerType,
    ProcedureKind,
    Role,
    Triage,
)
from filing_desk.domain.fields.algorithm import Algorithm
from filing_desk.domain.fields.declare import Declared, declared_field
from filing_desk.domain.fields.entity import Entity
from filing_desk.domain.fields.model import Model
from filing_desk.domain.fields.procedure import Change, Procedure
from filing_desk.domain.fields.product import Product
from filing_desk.domain.fields.product_link import LinkedProduct, ProductLink
from filing_desk.domain.genai_filing import ServiceFiling
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.security_assessment import Standing

__all__ = [
    "RECORD_KINDS",
    "Algorithm",
    "AttachmentInfo",
    "AuditEvent",
    "Change",
    "Entity",
    "FormContext",
    "LinkedProduct",
    "Model",
    "Procedure",
    "Product",
    "ProductLink",
    "RegisterRow",
    "declared_key",
    "field_names",
]

RECORD_KINDS: dict[str, type] = {
    "entity": Entity,
    "algorithm": Algorithm,
    "model": Model,
    "product": LinkedProduct,  # an algorithm's product: the product's fields and its link's
    "procedure": Procedure,
    "service": GenAIService,  # a generative-AI service (issue 17)
}
"""Key prefix → the record kind whose declared fields it names."""


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment's metadata (the content stays in the register until opened or saved)."""

    id: int
    owner_type: OwnerType
    owner_id: int
    kind: AttachmentKind
    filename: str
    size: int
    sha256: str
    version: int
    superseded: bool
    added_at: datetime


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime  # UTC
    os_user: str
    action: str
    object_type: str
    object_id: int | None
    before: dict[str, object] | None
    after: dict[str, object] | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register table: what the list view and dashboard need, nothing more."""

    algorithm_id: int
    entity_id: int
    entity_name: str
    name: str
    algo_type: AlgorithmType
    role: Role
    state: AlgorithmState
    triage: Triage
    filing_number: str
    launch_date: date | None
    open_procedure: ProcedureKind | None
    due_date: date | None
    due_provisional: bool
    overdue: bool
    search_text: str  # lower-cased haystack for the filter box
    list_batch: str = ""  # 公示批次: the CAC list it first appeared in
    security: Standing | None = None  # the 2018-rules assessment; None: none needed or none read


@dataclass(frozen=True)
class FormContext:
    """Everything a form may read: the loader resolves spec keys against these attributes."""

    entity: Entity
    algorithm: Algorithm | None = None
    products: tuple[LinkedProduct, ...] = ()  # the algorithm's live links, with their products
    models: tuple[Model, ...] = ()
    procedure: Procedure | None = None
    algorithms: tuple[Algorithm, ...] = ()  # the entity's algorithms (register summary)
    rows: tuple[RegisterRow, ...] = ()  # with next due dates (register summary)
    recovery_key: str = ""  # recovery-sheet only
    register_id: str = ""
    register_path: str = ""
    generated: date | None = None
    audit_head: str = ""  # "#158 · 3f5a…": the newest audit event (summary, recovery sheet)
    audit_events: int | None = None
    assessments: tuple[AssessmentSheet, ...] = ()  # what the checklist forms print
    service: GenAIService | None = None  # a generative-AI service (genai-online-filing)
    service_filing: ServiceFiling | None = None  # its track, links and annexes as printed


def field_names(record_type: type) -> tuple[str, ...]:
    """The field names of a record dataclass (the spec loader checks keys against these)."""
    return tuple(f.name for f in fields(record_type))


_ITEM_KEY = re.compile(r"^(\w+)(?:\[\d+\])?\.(\w+)$")


def declared_key(key: str) -> Declared | None:
    """The declaration a dotted key names (``entity.name``, ``product[3].form``), or None."""
    match = _ITEM_KEY.match(key)
    record = RECORD_KINDS.get(match.group(1)) if match else None
    if match is None or record is None:
        return None
    return declared_field(record, match.group(2))
