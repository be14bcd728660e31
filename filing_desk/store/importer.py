"""Bulk writes for imports: every row validated first, then all written in one transaction.

``ImportService`` writes through the unit of work: each import one transaction (joining one
already open). ``import_rows`` takes records (from a spreadsheet or a CAC list):
entities are matched by USCC, else by name; algorithms by filing number (unique in a register),
else by (entity, name) where the register's algorithm holds no other number, and skipped or
updated. A match by number keeps the register's name: a file naming it differently is reported
(``ImportResult.names_kept``), never silently renamed.
A row's products are the entity's product of that name and form (made when new), each linked to
the algorithm, live since its launch date unless the file says otherwise.
An algorithm imported as FILED gets a completed filing procedure holding its snapshot, so later
edits of filed fields open a modification as they would for one filed here.
``import_snapshot`` restores a whole exported register (JSON) into an empty one, ids kept.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from filing_desk.domain import validation
from filing_desk.domain.codes import format_filing_number
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.product_changes import link_issues
from filing_desk.domain.records import (
    Algorithm,
    Entity,
    LinkedProduct,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.products import ProductService, imported_link
from filing_desk.store.records import RecordService
from filing_desk.store.rows import column_values
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
)
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ImportItem = tuple[Entity, Algorithm, Sequence[Product], Sequence[Model]]
NUMBERED = (AlgorithmState.FILED, AlgorithmState.CHANGE_PENDING, AlgorithmState.CHANGE_SUBMITTED)


@dataclass(frozen=True)
class ImportResult:
    entities_created: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    # (filing number, the register's name, the file's name): matched by number, name kept
    names_kept: tuple[tuple[str, str, str], ...] = ()

    def __str__(self) -> str:
        counts = (
            f"{self.created} algorithms created, {self.updated} updated, {self.skipped} "
            f"skipped; {self.entities_created} entities created"
        )
        kept = [
            f"name kept: {format_filing_number(number)} is “{mine}” in the register; the file "
            f"names it “{theirs}”"
            for number, mine, theirs in self.names_kept
        ]
        return "\n".join([counts, *kept])


def _by_number(s: Session, number: str) -> AlgorithmRow | None:
    """The algorithm holding this filing number (unique in a register), if any."""
    if not number:
        return None
    return s.scalars(select(AlgorithmRow).where(AlgorithmRow.filing_number == number)).first()


def _by_name(s: Session, entity_id: int, algo: Algorithm) -> AlgorithmRow | None:
    """The entity's algorithm of this name, unless it holds another filing number."""
    found = s.scalars(
        select(AlgorithmRow).where(
            AlgorithmRow.entity_id == entity_id, AlgorithmRow.name == algo.name
        )
    )
    for row in found:
        number = row.filing_number
        if not (number and algo.filing_number) or number == algo.filing_number:
            return row
    return None


def _kept_audit(kept: list[tuple[str, str, str]]) -> dict[str, object]:
    """The names an import kept although the file differs, for its audit event."""
    if not kept:
        return {}
    return {"names_kept": [{"filing_number": n, "kept": a, "file": b} for n, a, b in kept]}


def _check(items: Sequence[ImportItem]) -> None:
    issues: list[Issue] = []
    for n, (entity, algo, products, models) in enumerate(items, start=1):
        found = [
            *validation.validate_entity(entity).errors,
            *validation.validate_algorithm(algo).errors,
        ]
        for product in products:
            found += validation.validate_product(product).errors
            if isinstance(product, LinkedProduct):
                found += link_issues(product).errors
        for model in models:
            found += validation.validate_model(model).errors
        issues += [dataclasses.replace(i, text=f"row {n}: {i.text}") for i in found]
    if issues:
        raise InvalidInput(issues)


class ImportService:
    """Imports: rows from a file or a CAC list, and a whole exported register."""

    def __init__(
        self,
        uow: UnitOfWork,
        records: RecordService,
        changes: ChangeDetection,
        products: ProductService,
    ) -> None:
        self._uow = uow
        self._records = records
        self._changes = changes
        self._products = products

    def import_rows(
        self, items: Sequence[ImportItem], update_existing: bool = False
    ) -> ImportResult:
        """All rows or none: validation first, then one transaction."""
        _check(items)
        counts = dict(entities_created=0, created=0, updated=0, skipped=0)
        kept: list[tuple[str, str, str]] = []  # (number, the register's name, the file's)
        with self._uow.transaction() as s:
            entity_ids: dict[str, int] = {}
            for entity, algo, products, models in items:
                existing = _by_number(s, algo.filing_number)
                if existing is not None and existing.name != algo.name:
                    kept.append((algo.filing_number, existing.name, algo.name))
                    algo = replace(algo, name=existing.name)  # never renamed by an import
                if existing is None:
                    entity_id = self._import_entity(s, entity, entity_ids, counts)
                    existing = _by_name(s, entity_id, algo)
                if existing is not None and not update_existing:
                    counts["skipped"] += 1
                    continue
                if existing is not None:
                    self._import_update(s, existing, algo)
                    counts["updated"] += 1
                    continue
                self._import_algorithm(s, entity_id, algo, products, models)
                counts["created"] += 1
            self._uow.audit("import.rows", "algorithm", None, None, {**counts, **_kept_audit(kept)})
        return ImportResult(**counts, names_kept=tuple(kept))

    def _import_entity(
        self, s: Session, entity: Entity, cache: dict[str, int], counts: dict[str, int]
    ) -> int:
        key = entity.uscc or entity.name
        if key in cache:
            return cache[key]
        column = EntityRow.uscc if entity.uscc else EntityRow.name
        row = s.scalars(select(EntityRow).where(column == key)).first()
        if row is None:
            row = self._records.insert(s, EntityRow, entity, "entity")
            counts["entities_created"] += 1
        cache[key] = row.id
        return row.id

    def _import_update(self, s: Session, row: AlgorithmRow, algo: Algorithm) -> None:
        new = {
            k: v
            for k, v in column_values(algo).items()
            if k not in ("entity_id", "state") and v not in ("", None)
        }
        before = {k: getattr(row, k) for k in new if getattr(row, k) != new[k]}
        for key in before:
            setattr(row, key, new[key])
        if before:
            after = {k: new[k] for k in before}
            self._uow.audit("algorithm.update", "algorithm", row.id, before, after)
            s.flush()
            self._changes.detect(s, row.id, None)

    def _import_algorithm(
        self,
        s: Session,
        entity_id: int,
        algo: Algorithm,
        products: Sequence[Product],
        models: Sequence[Model],
    ) -> None:
        row = self._records.insert(s, AlgorithmRow, replace(algo, entity_id=entity_id), "algorithm")
        named = {(p.name.strip(), p.form): p for p in products}  # a name listed twice: one link
        for product in named.values():  # one product per entity, name and form; a link each
            self._products.add_product(row.id, None, **imported_link(product, algo.launch_date))
        for model in models:
            m = self._records.insert(s, ModelRow, replace(model, entity_id=entity_id), "model")
            s.add(AlgorithmModelRow(algorithm_id=row.id, model_id=m.id))
        if AlgorithmState(row.state) in NUMBERED:
            s.flush()
            self._imported_filing(s, row)

    def _imported_filing(self, s: Session, row: AlgorithmRow) -> None:
        """The filing this algorithm went through elsewhere, as the baseline for changes."""
        proc = ProcedureRow(
            algorithm_id=row.id,
            kind=ProcedureKind.FILING.value,
            state=ProcedureState.COMPLETED.value,
            trigger_date=row.launch_date,
            submitted_date=row.filed_date,
            decision_date=row.filed_date,
            filing_number=row.filing_number,
            reason="imported",
            snapshot_json=json.dumps(
                self._changes.snapshot(s, row.id), ensure_ascii=False, sort_keys=True
            ),
            created_at=datetime.now(UTC),
        )
        s.add(proc)
        s.flush()
        self._uow.audit(
            "procedure.import",
            "procedure",
            proc.id,
            None,
            {"kind": proc.kind, "state": proc.state, "filing_number": row.filing_number},
        )

    # --- whole-register restore (JSON) -----------------------------------------------------

    def is_empty(self) -> bool:
        with self._uow.session() as s:
            return not s.scalar(select(func.count()).select_from(AlgorithmRow)) and not s.scalar(
                select(func.count()).select_from(EntityRow)
            )

    def import_snapshot(
        self,
        entities: Sequence[Entity],
        algorithms: Sequence[Algorithm],
        products: Sequence[Product],
        models: Sequence[Model],
        procedures: Sequence[Procedure],
        links: Sequence[ProductLink] = (),
    ) -> ImportResult:
        """Write an exported register as it was, ids kept; only into an empty register."""
        if not self.is_empty():
            raise InvalidInput(
                [
                    Issue(
                        "import.not_empty",
                        "register",
                        text=(
                            "A whole-register JSON export is restored only into an empty register; "
                            "create a new register for it."
                        ),
                    )
                ]
            )
        _check([(e, a, (), ()) for e in entities for a in algorithms if a.entity_id == e.id])
        with self._uow.transaction() as s:
            for entity in entities:
                s.add(EntityRow(id=entity.id, **column_values(entity)))
            for model in models:
                s.add(ModelRow(id=model.id, **column_values(model)))
            s.flush()
            for algo in algorithms:
                s.add(AlgorithmRow(id=algo.id, **column_values(algo)))
                s.flush()
                for model_id in algo.model_ids:
                    s.add(AlgorithmModelRow(algorithm_id=algo.id, model_id=model_id))
            for product in products:
                s.add(ProductRow(id=product.id, **column_values(product)))
            s.flush()
            for link in links:
                s.add(ProductLinkRow(id=link.id, **column_values(link)))
            for proc in procedures:
                s.add(_procedure_row(proc))
            self._uow.audit(
                "import.snapshot",
                "register",
                None,
                None,
                {
                    "entities": len(entities),
                    "algorithms": len(algorithms),
                    "products": len(products),
                    "product_links": len(links),
                    "models": len(models),
                    "procedures": len(procedures),
                },
            )
        return ImportResult(entities_created=len(entities), created=len(algorithms))


def _procedure_row(proc: Procedure) -> ProcedureRow:
    values = {
        k: v for k, v in column_values(proc).items() if k not in ("changes", "snapshot", "draft")
    }
    return ProcedureRow(
        id=proc.id,
        **{**values, "created_at": proc.created_at or datetime.now(UTC)},
        changes_json=json.dumps([dataclasses.asdict(c) for c in proc.changes], ensure_ascii=False),
        snapshot_json=json.dumps(proc.snapshot, ensure_ascii=False, sort_keys=True),
        draft_json=json.dumps(proc.draft, ensure_ascii=False, sort_keys=True),
    )
