"""The names of the records audit events are about, read from the register when the events are
shown (``domain.audit_text.NameBook``). Reads only; the sentences themselves are domain work.

Only the records the events name are read (by id, in chunks), so naming a page of events costs a
few small queries whatever the register's size. A record that is gone is simply not in the book:
the sentence then names it by what its event recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from filing_desk.domain.audit_text import NameBook, Ref
from filing_desk.store.schema import (
    AlgorithmRow,
    AssessmentRow,
    AttachmentRow,
    CacListRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
    SecurityAssessmentRow,
)

CHUNK = 500
_NAMED: dict[str, tuple[Any, Any]] = {
    "entity": (EntityRow, EntityRow.name),
    "algorithm": (AlgorithmRow, AlgorithmRow.name),
    "model": (ModelRow, ModelRow.__table__.c.name),
    "product": (ProductRow, ProductRow.name),
    "attachment": (AttachmentRow, AttachmentRow.filename),
    "cac_list": (CacListRow, CacListRow.title),
}
_OWNED: dict[str, tuple[Any, Any, Any]] = {
    "attachment": (AttachmentRow, AttachmentRow.owner_type, AttachmentRow.owner_id),
    "assessment": (AssessmentRow, AssessmentRow.subject_kind, AssessmentRow.subject_id),
    "security": (
        SecurityAssessmentRow,
        SecurityAssessmentRow.subject_kind,
        SecurityAssessmentRow.subject_id,
    ),
}


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch = sorted(set(ids))
    for start in range(0, len(batch), CHUNK):
        yield batch[start : start + CHUNK]


def name_book(session: Session, refs: Iterable[Ref]) -> NameBook:
    """The names (and owners) of ``refs`` and of the records they hang from."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for otype, oid in refs:
        wanted[otype].add(oid)
    procedures: dict[int, tuple[str, int]] = {}
    for ids in _chunks(wanted.pop("procedure", ())):
        stmt = select(ProcedureRow.id, ProcedureRow.kind, ProcedureRow.algorithm_id)
        for pid, kind, algorithm_id in session.execute(stmt.where(ProcedureRow.id.in_(ids))):
            procedures[pid] = (kind, algorithm_id)
            wanted["algorithm"].add(algorithm_id)
    links: dict[int, tuple[int, int]] = {}
    for ids in _chunks(wanted.pop("product_link", ())):
        stmt = select(ProductLinkRow.id, ProductLinkRow.product_id, ProductLinkRow.algorithm_id)
        for lid, product_id, algorithm_id in session.execute(
            stmt.where(ProductLinkRow.id.in_(ids))
        ):
            links[lid] = (product_id, algorithm_id)
            wanted["product"].add(product_id)
            wanted["algorithm"].add(algorithm_id)
    owners: dict[Ref, Ref] = {}
    for otype, (row, kind_col, id_col) in _OWNED.items():
        for ids in _chunks(wanted.get(otype, ())):
            stmt = select(row.id, kind_col, id_col).where(row.id.in_(ids))
            for oid, owner_type, owner_id in session.execute(stmt):
                owners[(otype, oid)] = (owner_type, owner_id)
                wanted[owner_type].add(owner_id)
    names: dict[Ref, str] = {}
    for otype, (row, column) in _NAMED.items():
        for ids in _chunks(wanted.get(otype, ())):
            for oid, name in session.execute(select(row.id, column).where(row.id.in_(ids))):
                names[(otype, oid)] = name
    return NameBook(names, procedures, links, owners)
