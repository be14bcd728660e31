"""Change detection: a snapshot of the filed fields, its diff, and merging changes into one 变更.

No Qt, no I/O. Which fields are "filed" follows domain.md Part A item 8 and Part B §8.4 "Change
triggers" (Algorithm Provisions art. 24(2): a change of filed information needs a modification
within ten working days). Snapshot values are stripped strings; enums appear as their stored codes
(``algorithm.algo_type`` = "02"), so the UI maps them back through ``enums.ENUMS``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import Enum

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.records import Algorithm, Change, Entity, Model, Product

ENTITY_FIELDS = ("name", "legal_rep_name", "officer_name")
ALGORITHM_FIELDS = (
    "name",
    "algo_type",
    "role",
    "main_use",
    "application_field",
    "scenarios",
    "principle",
    "mechanism",
    "purpose",
    "disclosure_text",
    "labelling_method",  # generation/synthesis only (Labeling Measures 2025)
)
PRODUCT_FIELDS = ("name", "form", "address")
MODELS_KEY = "algorithm.models"  # linked models as sorted "name version" lines

FILED_FIELDS: tuple[str, ...] = (
    *(f"entity.{name}" for name in ENTITY_FIELDS),
    *(f"algorithm.{name}" for name in ALGORITHM_FIELDS),
    MODELS_KEY,
)
"""Fixed keys of filed fields; products add ``product[<id>].name|form|address``."""

_PRODUCT_KEY = re.compile(r"^product\[(\d+)\]\.(\w+)$")


def product_key(product_id: int, attribute: str) -> str:
    return f"product[{product_id}].{attribute}"


def is_filed_field(key: str) -> bool:
    if key in FILED_FIELDS:
        return True
    match = _PRODUCT_KEY.match(key)
    return match is not None and match.group(2) in PRODUCT_FIELDS


def _text(value: object) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    return str(value).strip()


def _models_text(models: Sequence[Model]) -> str:
    return "\n".join(sorted(f"{m.name.strip()} {m.version.strip()}".strip() for m in models))


def snapshot(
    entity: Entity,
    algorithm: Algorithm,
    products: Sequence[Product],
    models: Sequence[Model],
) -> dict[str, str]:
    """The filed fields as a flat dict; ``products`` and ``models`` are the algorithm's own.

    Products must be stored (have an id): the id keeps a renamed product the same product.
    """
    snap = {f"entity.{name}": _text(getattr(entity, name)) for name in ENTITY_FIELDS}
    for name in ALGORITHM_FIELDS:
        if name == "labelling_method" and algorithm.algo_type is not AlgorithmType.GENERATION:
            continue
        snap[f"algorithm.{name}"] = _text(getattr(algorithm, name))
    snap[MODELS_KEY] = _models_text(models)
    for product in products:
        if product.id is None:
            raise ValueError(f"product {product.name!r} has no id; save it before a snapshot")
        for name in PRODUCT_FIELDS:
            snap[product_key(product.id, name)] = _text(getattr(product, name))
    return snap


def _order(key: str) -> tuple[int, int, int, str]:
    """Entity, algorithm and model fields in FILED_FIELDS order, then products by id, then rest."""
    if key in FILED_FIELDS:
        return (0, FILED_FIELDS.index(key), 0, "")
    match = _PRODUCT_KEY.match(key)
    if match is not None:
        attr = match.group(2)
        rank = PRODUCT_FIELDS.index(attr) if attr in PRODUCT_FIELDS else len(PRODUCT_FIELDS)
        return (1, int(match.group(1)), rank, attr)
    return (2, 0, 0, key)


def diff(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[Change, ...]:
    """Fields whose value differs; a key missing on one side counts as "" (added or removed)."""
    keys = sorted(set(old) | set(new), key=_order)
    return tuple(
        Change(key, old.get(key, ""), new.get(key, ""))
        for key in keys
        if old.get(key, "") != new.get(key, "")
    )


def merge_changes(existing: Sequence[Change], new: Sequence[Change]) -> tuple[Change, ...]:
    """Join changes into one modification: first ``old`` and latest ``new`` per field.

    A field changed back to its original value drops out.
    """
    first: dict[str, str] = {}
    latest: dict[str, str] = {}
    for change in (*existing, *new):
        first.setdefault(change.field, change.old)
        latest[change.field] = change.new
    keys = sorted(first, key=_order)
    return tuple(Change(key, first[key], latest[key]) for key in keys if first[key] != latest[key])
