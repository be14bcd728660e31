"""The JSON document's products: version 1 read as today's, and link ids renumbered in procedures.

No Qt, no database. Version 1 (before the product registry, migration 0007) listed one product per
algorithm (``algorithm_id`` and the per-algorithm fields on the product); ``upgrade_v1`` turns
such a document into version 2 as the migration turns a register: each product becomes a link
with the same id, live since its algorithm's launch date, and the products of one entity with the
same name and form become one product (the lowest id, its own values kept). Anything not shaped
as expected is left alone for the decoder to report.

A procedure names a link in its snapshot, changes and draft as ``product[<link id>].…``; when the
document's links are renumbered, ``rekey`` renumbers those keys with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from filing_desk.domain.fields.product_link import LINK_NAMES, PRODUCT_NAMES
from filing_desk.domain.records import Change, Procedure

_KEY = re.compile(r"product\[(\d+)\]")
_OWN = tuple(n for n in PRODUCT_NAMES if n != "entity_id")
_MOVED = tuple(n for n in LINK_NAMES if n not in ("product_id", "algorithm_id"))


def upgrade_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """A version 1 document as version 2 (a new dict; ``doc`` is not changed)."""
    items, algorithms = doc.get("products"), doc.get("algorithms")
    if not isinstance(items, list) or not isinstance(algorithms, list):
        return doc
    algos = {a.get("id"): a for a in algorithms if isinstance(a, dict)}
    if not all(isinstance(p, dict) and p.get("algorithm_id") in algos for p in items):
        return doc
    keeper: dict[tuple[object, ...], Any] = {}
    products, links = [], []
    for old in sorted(items, key=lambda p: _order(p.get("id"))):
        algo = algos[old["algorithm_id"]]
        key = (algo.get("entity_id"), old.get("name"), old.get("form"))
        if key not in keeper:
            keeper[key] = old.get("id")
            own = {n: old[n] for n in _OWN if n in old}
            products.append({"id": old.get("id"), "entity_id": algo.get("entity_id"), **own})
        moved = {n: old[n] for n in _MOVED if n in old}
        links.append(
            {
                **moved,
                "id": old.get("id"),
                "product_id": keeper[key],
                "algorithm_id": old["algorithm_id"],
                "go_live": algo.get("launch_date"),
                "withdrawn": None,
            }
        )
    return {**doc, "version": 2, "products": products, "product_links": links}


def _order(ident: object) -> tuple[int, object]:
    return (0, ident) if isinstance(ident, int) and not isinstance(ident, bool) else (1, 0)


def rekey(procedure: Procedure, links: Mapping[int, int]) -> Procedure:
    """The procedure with ``product[<old>]`` keys as ``product[<new>]`` (``links``: old → new)."""

    def key(text: str) -> str:
        return _KEY.sub(lambda m: f"product[{links.get(int(m.group(1)), m.group(1))}]", text)

    return replace(
        procedure,
        snapshot={key(k): v for k, v in procedure.snapshot.items()},
        draft={key(k): v for k, v in procedure.draft.items()},
        changes=tuple(Change(key(c.field), c.old, c.new) for c in procedure.changes),
    )


def named_links(procedures: tuple[Procedure, ...]) -> set[int]:
    """Every link id the procedures' keys name."""
    found: set[int] = set()
    for p in procedures:
        for text in (*p.snapshot, *p.draft, *(c.field for c in p.changes)):
            found.update(int(m.group(1)) for m in _KEY.finditer(text))
    return found
