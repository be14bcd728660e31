"""Row helpers the store's services share: find a row or name what is missing, a record's
column values, setting what changed, and an algorithm read with its models.

Plain functions on a session the caller holds: no transactions, no audit events, no rules (the
services write and audit; the domain decides).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Algorithm
from filing_desk.store import convert
from filing_desk.store.schema import AlgorithmModelRow, AlgorithmRow, ProcedureRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Changed = dict[str, tuple[Any, Any]]  # column: (old, new)


def invalid(code: str, key: str, text: str) -> InvalidInput:
    """A refusal naming one issue (``code``, the field ``key`` it is about, English text)."""
    return InvalidInput([Issue(code, key, text=text)])


def not_found(kind: str, ident: int) -> InvalidInput:
    return invalid(f"{kind}.not_found", f"{kind}.id", f"No {kind} {ident}")


def column_values(record: Any) -> dict[str, Any]:
    """Column values of a record, for writing and for the audit trail."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name in ("id", "model_ids"):
            continue
        out[f.name] = convert.to_column(getattr(record, f.name))
    return out


def apply_values(row: Any, values: dict[str, Any]) -> Changed:
    """Set the columns of ``row`` that differ from ``values``; returns what changed."""
    changed: Changed = {}
    for name, value in values.items():
        if not hasattr(row, name):
            continue
        old = getattr(row, name)
        if old != value:
            changed[name] = (old, value)
            setattr(row, name, value)
    return changed


def audit_pair(changed: Changed) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of what changed, for the audit event."""
    return ({k: v[0] for k, v in changed.items()}, {k: v[1] for k, v in changed.items()})


def algorithm_row(s: Session, algorithm_id: int) -> AlgorithmRow:
    row = s.get(AlgorithmRow, algorithm_id)
    if row is None:
        raise not_found("algorithm", algorithm_id)
    return row


def procedure_row(s: Session, procedure_id: int) -> ProcedureRow:
    row = s.get(ProcedureRow, procedure_id)
    if row is None:
        raise not_found("procedure", procedure_id)
    return row


def read_algorithm(s: Session, algorithm_id: int) -> Algorithm:
    """The algorithm as a record, with the ids of the models it uses (in id order)."""
    row = algorithm_row(s, algorithm_id)
    model_ids = tuple(
        s.scalars(
            select(AlgorithmModelRow.model_id)
            .where(AlgorithmModelRow.algorithm_id == algorithm_id)
            .order_by(AlgorithmModelRow.model_id)
        )
    )
    return convert.to_record(row, Algorithm, model_ids=model_ids)
