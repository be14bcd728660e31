"""Writes to entities, algorithms and models: validate, write, audit, detect changes.

Products and their links to algorithms are ``store.products``'.

``RecordService`` runs each command in one transaction (joining one already open); a change to
a filed field of a filed algorithm opens (or joins) a modification in that same transaction
(store.procedure_changes). Validation is the domain's; this module must not hold rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from sqlalchemy import delete, select

from filing_desk.domain import validation
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.domain.records import Algorithm, Entity, Model
from filing_desk.store import convert, versions
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.rows import (
    Changed,
    algorithm_row,
    apply_values,
    audit_pair,
    column_values,
    not_found,
    read_algorithm,
)
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    Base,
    EntityRow,
    ModelRow,
)
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class KeyedRow(Protocol):
    """A table row with an integer primary key ``id`` (every row ``insert`` writes)."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=Base)

_VALIDATE: dict[type, Callable[[Any], Report]] = {
    Entity: validation.validate_entity,
    Model: validation.validate_model,
}


def _require_valid(report: Report) -> None:
    if not report.is_valid:
        raise InvalidInput(report.errors)


def _normalised_number(text: str) -> str:
    from filing_desk.domain.codes import normalise_filing_number

    if not text:
        return ""
    return normalise_filing_number(text) or text


class RecordService:
    """Entity, algorithm and model commands."""

    def __init__(self, uow: UnitOfWork, changes: ChangeDetection) -> None:
        self._uow = uow
        self._changes = changes

    def insert(self, s: Session, row_type: type[RowT], record: Any, kind: str) -> RowT:
        """Add a validated record's row and its audit event, in the caller's transaction;
        returns the row (with its id)."""
        row = row_type(**column_values(record))
        s.add(row)
        s.flush()
        ident = cast("KeyedRow", row).id
        self._uow.audit(f"{kind}.create", kind, ident, None, column_values(record))
        return row

    def _update_row(
        self,
        s: Session,
        row_type: type[RowT],
        record_type: type[Entity | Model],
        ident: int,
        values: dict[str, Any],
        expected: int | None = None,
    ) -> tuple[RowT, Changed]:
        """Validate the edited record, write what changed, audit it; returns (row, changed)."""
        kind = row_type.__tablename__
        row = s.get(row_type, ident)
        if row is None:
            raise not_found(kind, ident)
        if expected is not None:  # a versioned record: the edit is of what its caller read
            versions.require_version(kind, ident, row, expected)
        updated = dataclasses.replace(convert.to_record(row, record_type), **values)
        _require_valid(_VALIDATE[record_type](updated))
        changed = apply_values(row, {k: convert.to_column(v) for k, v in values.items()})
        if changed:
            self._uow.audit(f"{kind}.update", kind, ident, *audit_pair(changed))
            s.flush()
        return row, changed

    # --- entities --------------------------------------------------------------------------

    def create_entity(self, **data: Any) -> Entity:
        entity = Entity(**convert.coerce_changes(Entity, data, "entity"))
        _require_valid(validation.validate_entity(entity))
        with self._uow.transaction() as s:
            return convert.to_record(self.insert(s, EntityRow, entity, "entity"), Entity)

    def update_entity(
        self,
        entity_id: int,
        change_date: date | None = None,
        *,
        expected_version: int | None = None,
        **data: Any,
    ) -> Entity:
        """Edit fields; a filed field opens a modification for every filed algorithm of it.
        ``expected_version``: the version the caller read; another is refused (StaleRecord)."""
        values = convert.coerce_changes(Entity, data, "entity")
        with (
            self._uow.transaction() as s,
            versions.refusing(s, "entity", entity_id, expected_version),
        ):
            row, changed = self._update_row(
                s, EntityRow, Entity, entity_id, values, expected_version
            )
            if changed:
                algorithms = select(AlgorithmRow.id).where(AlgorithmRow.entity_id == entity_id)
                for algo_id in s.scalars(algorithms).all():
                    self._changes.detect(s, algo_id, change_date)
            return convert.to_record(row, Entity)

    def entity_step(self, entity_id: int, step: Any, reason: str = "") -> Entity:
        """The entity's own filing (主体备案) in the portal: submitted, approved or returned."""
        from filing_desk.domain.lifecycle import EntityStep, next_entity_state

        move = EntityStep.parse(str(step))
        with self._uow.transaction() as s:
            row = s.get(EntityRow, entity_id)
            if row is None:
                raise not_found("entity", entity_id)
            before = {"state": row.state}
            row.state = next_entity_state(row.state, move).value
            after = {"state": row.state, **({"reason": reason.strip()} if reason else {})}
            self._uow.audit(f"entity.{move.value}", "entity", entity_id, before, after)
            return convert.to_record(row, Entity)

    # --- algorithms ------------------------------------------------------------------------

    def create_algorithm(self, entity_id: int, **data: Any) -> Algorithm:
        model_ids = tuple(data.pop("model_ids", ()) or ())
        values = convert.coerce_changes(Algorithm, data, "algorithm")
        algorithm = Algorithm(entity_id=entity_id, **values)
        _require_valid(validation.validate_algorithm(algorithm))
        with self._uow.transaction() as s:
            if s.get(EntityRow, entity_id) is None:
                raise not_found("entity", entity_id)
            row = AlgorithmRow(**column_values(algorithm))
            row.filing_number = _normalised_number(row.filing_number)
            s.add(row)
            s.flush()
            for model_id in model_ids:
                s.add(AlgorithmModelRow(algorithm_id=row.id, model_id=model_id))
            self._uow.audit("algorithm.create", "algorithm", row.id, None, column_values(algorithm))
            return read_algorithm(s, row.id)

    def update_algorithm(
        self,
        algorithm_id: int,
        change_date: date | None = None,
        *,
        expected_version: int | None = None,
        **data: Any,
    ) -> Algorithm:
        """Edit fields; a filed field of a filed algorithm opens or joins a modification.
        ``expected_version``: the version the caller read; another is refused (StaleRecord)."""
        model_ids = data.pop("model_ids", None)
        values = convert.coerce_changes(Algorithm, data, "algorithm")
        with (
            self._uow.transaction() as s,
            versions.refusing(s, "algorithm", algorithm_id, expected_version),
        ):
            row = algorithm_row(s, algorithm_id)
            versions.require_version("algorithm", algorithm_id, row, expected_version)
            current = read_algorithm(s, algorithm_id)
            _require_valid(validation.validate_algorithm(dataclasses.replace(current, **values)))
            columns = {k: convert.to_column(v) for k, v in values.items()}
            if "filing_number" in columns:
                columns["filing_number"] = _normalised_number(columns["filing_number"])
            changed = apply_values(row, columns)
            if model_ids is not None:
                changed |= self._relink_models(s, algorithm_id, tuple(model_ids))
            if changed:
                self._uow.audit("algorithm.update", "algorithm", algorithm_id, *audit_pair(changed))
                s.flush()
                self._changes.after_algorithm_edit(s, row, changed)
                self._changes.detect(s, algorithm_id, change_date)
            return read_algorithm(s, algorithm_id)

    def _relink_models(self, s: Session, algorithm_id: int, model_ids: tuple[int, ...]) -> Changed:
        linked = select(AlgorithmModelRow.model_id).where(
            AlgorithmModelRow.algorithm_id == algorithm_id
        )
        old = tuple(sorted(s.scalars(linked)))
        new = tuple(sorted(set(model_ids)))
        if old == new:
            return {}
        s.execute(delete(AlgorithmModelRow).where(AlgorithmModelRow.algorithm_id == algorithm_id))
        for model_id in new:
            if s.get(ModelRow, model_id) is None:
                raise not_found("model", model_id)
            s.add(AlgorithmModelRow(algorithm_id=algorithm_id, model_id=model_id))
        return {"model_ids": (list(old), list(new))}

    # --- models (products: store.products) ------------------------------------------------

    def create_model(self, entity_id: int, **data: Any) -> Model:
        model = Model(entity_id=entity_id, **convert.coerce_changes(Model, data, "model"))
        _require_valid(validation.validate_model(model))
        with self._uow.transaction() as s:
            if s.get(EntityRow, entity_id) is None:
                raise not_found("entity", entity_id)
            return convert.to_record(self.insert(s, ModelRow, model, "model"), Model)

    def update_model(self, model_id: int, change_date: date | None = None, **data: Any) -> Model:
        """Edit a model; a filed algorithm using it may now have a change to report."""
        values = convert.coerce_changes(Model, data, "model")
        with self._uow.transaction() as s:
            row, changed = self._update_row(s, ModelRow, Model, model_id, values)
            if changed:
                users = select(AlgorithmModelRow.algorithm_id).where(
                    AlgorithmModelRow.model_id == model_id
                )
                for algo_id in s.scalars(users).all():
                    self._changes.detect(s, algo_id, change_date)
            return convert.to_record(row, Model)
