"""Attach the materials a procedure needs (domain.materials) to a register's algorithm, as a
user adds them: the entity's to the entity, the algorithm's to the algorithm; and a complete
draft algorithm with no material attached (``complete_algorithm``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.materials import BASE_MATERIALS
from filing_desk.store.register import Register
from tests.helpers import factories

ENTITY_MATERIALS = (
    AttachmentKind.BUSINESS_LICENCE,
    AttachmentKind.ID_COPY,
    AttachmentKind.COMMITMENT_LETTER,
    AttachmentKind.RESPONSIBILITY_STATEMENT,
)


def attach_materials(
    register: Register,
    algorithm_id: int,
    kinds: Iterable[AttachmentKind] = BASE_MATERIALS,
) -> None:
    """One small PDF per kind (the labelling materials only when asked for)."""
    algorithm = register.algorithm(algorithm_id)
    for kind in kinds:
        if kind in ENTITY_MATERIALS and algorithm.entity_id is not None:
            owner, owner_id = OwnerType.ENTITY, algorithm.entity_id
        else:
            owner, owner_id = OwnerType.ALGORITHM, algorithm_id
        content = b"%PDF-1.4\n% " + kind.value.encode() + b"\n%%EOF\n"
        register.add_attachment(owner, owner_id, kind, f"{kind.value}.pdf", content)


def _values(record: object, *dropped: str) -> dict[str, object]:
    return {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)  # type: ignore[arg-type]
        if f.name not in ("id", *dropped)
    }


def complete_algorithm(
    register: Register, launch: date = date(2026, 11, 10), **overrides: object
) -> int:
    """A draft push algorithm whose filing forms pass, with its three products and its entity
    (ID numbers with their GB 11643 check digits); no material attached. Its id."""
    entity = factories.entity(
        legal_rep_id_number="110108198001011237", officer_id_number="11010819850505234X"
    )
    created = register.create_entity(**_values(entity, "state"))
    algorithm = factories.push_algorithm(
        filing_number="", filed_date=None, launch_date=launch, **overrides
    )
    dropped = ("entity_id", "model_ids", "state")
    ident = register.create_algorithm(created.id, **_values(algorithm, *dropped)).id
    for product in factories.products():
        register.add_product(ident, **_values(product, "algorithm_id", "product_id", "entity_id"))
    return ident
