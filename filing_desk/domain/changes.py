"""Change detection: a snapshot of the filed fields, its diff, and merging changes into one 变更.

No Qt, no I/O. Which fields are "filed" is their declaration's ``filed`` (``domain.fields``,
after domain.md Part A item 8 and Part B §8.4 "Change triggers"; Algorithm Provisions art. 24(2):
a change of filed information needs a modification within ten working days). Snapshot values are
stripped strings; enums appear as their stored codes (``algorithm.algo_type`` = "02"), so the UI
maps them back through ``enums.ENUMS``.

Each trigger names the attachments it makes stale (its declaration's ``stale``; the linked models,
which are not a declared field, ``MODELS_STALE``); the labelling materials only where the
algorithm needs them (``materials.needed_attachments``). A field that became filed after a
snapshot was taken is absent from it: ``complete`` fills it in, so that absence is no change.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from enum import Enum

from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.fields.declare import Declared, declared
from filing_desk.domain.materials import needed_attachments
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    LinkedProduct,
    Model,
    declared_key,
)


def _filed(record_type: type) -> tuple[Declared, ...]:
    return tuple(d for d in declared(record_type) if d.decl.filed)


ENTITY_FIELDS = tuple(d.name for d in _filed(Entity))
ALGORITHM_FIELDS = tuple(d.name for d in _filed(Algorithm))
PRODUCT_FIELDS = tuple(d.name for d in _filed(LinkedProduct))  # the product's and its link's
MODEL_FIELDS = tuple(d.name for d in _filed(Model))  # joined into one line per linked model
MODELS_KEY = "algorithm.models"  # linked models as sorted "name version" lines
MODELS_STALE = (AttachmentKind.SELF_ASSESSMENT, AttachmentKind.LABELLING)  # like the model text

FILED_FIELDS: tuple[str, ...] = (
    *(f"entity.{name}" for name in ENTITY_FIELDS),
    *(f"algorithm.{name}" for name in ALGORITHM_FIELDS),
    MODELS_KEY,
)
"""Fixed keys of filed fields; products add ``product[<link id>].name|form|address|functions``."""

BLANK = ("", "()")  # a snapshot's value for nothing: an empty text, an empty tuple of choices
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
    lines = (" ".join(_text(getattr(m, name)) for name in MODEL_FIELDS).strip() for m in models)
    return "\n".join(sorted(lines))


def snapshot(
    entity: Entity,
    algorithm: Algorithm,
    products: Sequence[LinkedProduct],
    models: Sequence[Model],
) -> dict[str, str]:
    """The filed fields as a flat dict; ``products`` and ``models`` are the algorithm's own.

    Products are the algorithm's links (stored: the link's id keeps a renamed product the same
    product); a withdrawn link is left out, so withdrawing it is a change (减少关联产品) and
    linking a new product one too (新增关联产品).
    """
    snap = {d.key: _text(getattr(entity, d.name)) for d in _filed(Entity)}
    for d in _filed(Algorithm):
        if d.applies_to(algorithm):
            snap[d.key] = _text(getattr(algorithm, d.name))
    snap[MODELS_KEY] = _models_text(models)
    for product in (p for p in products if p.live):
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


def _filed_later(key: str, old: Mapping[str, str]) -> bool:
    """``key`` is missing from ``old`` because its field was not filed when ``old`` was taken
    (a product's attribute while the product's others are there; a fixed field that applies
    to every record), not because it was added."""
    if not old or key in old:
        return False
    match = _PRODUCT_KEY.match(key)
    if match is not None:
        return any(k.startswith(f"product[{match.group(1)}].") for k in old)
    found = declared_key(key)
    return key in FILED_FIELDS and found is not None and not found.decl.when


def complete(baseline: Mapping[str, str], now: Mapping[str, str]) -> dict[str, str]:
    """``baseline`` with the fields filed only since it was taken given their values ``now``:
    what was filed of them is not known, so they are not reported as changed."""
    return {**{k: v for k, v in now.items() if _filed_later(k, baseline)}, **baseline}


def completions(imported: Mapping[str, str], now: Mapping[str, str]) -> dict[str, str]:
    """The fields blank in an ``imported`` baseline (a filing made elsewhere, known from a CAC
    list that does not show them) and filled ``now``: what the CAC already holds, told to the
    register, not a change of filed information (Provisions art. 24(2) asks a modification only
    for a change). A field the list gave, changed or cleared, is a change as any other."""
    return {k: v for k, v in now.items() if imported.get(k) in BLANK and v not in BLANK}


def uncompleted(
    baseline: Mapping[str, str], now: Mapping[str, str], completed: Collection[str]
) -> dict[str, str]:
    """The fields of ``completed`` (once blank in an imported baseline, completed since) that
    are blank again ``now``: taking a completion back (an undo) is no change either."""
    return {
        k: now.get(k, "")
        for k in completed
        if baseline.get(k, "") not in BLANK and now.get(k, "") in BLANK
    }


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


def stale_attachments(
    changes: Sequence[Change], algorithm: Algorithm | None = None
) -> tuple[AttachmentKind, ...]:
    """The attachments these changes make out of date (each field's ``stale``), in kind order.

    Given the algorithm (as changed), the labelling materials count only when it needs them
    (生成合成类); without it they count wherever a field names them."""
    kinds: set[AttachmentKind] = set()
    for change in changes:
        if change.field == MODELS_KEY:
            kinds.update(MODELS_STALE)
            continue
        found = declared_key(change.field)
        if found is not None:
            kinds.update(found.decl.stale)
    if algorithm is not None and AttachmentKind.LABELLING not in needed_attachments(algorithm):
        kinds.discard(AttachmentKind.LABELLING)
    return tuple(k for k in AttachmentKind if k in kinds)
