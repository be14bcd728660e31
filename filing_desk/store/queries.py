"""The read side: records by id, register rows, search, and what a form prints.

``QueryService`` reads through the unit of work: inside a transaction it sees what that
transaction wrote, and ``form_context`` reads everything a form needs in one session (one
snapshot). It must not write. It returns domain records (never ORM objects), so the UI holds
plain data. The deadlines and the dashboard are store.dashboard's, the audit trail's reads
store.history's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy import text as text_sql

from filing_desk.domain.records import (
    Algorithm,
    Entity,
    FormContext,
    Model,
    Procedure,
    RegisterRow,
)
from filing_desk.store import audit_log, convert, product_rows, register_rows
from filing_desk.store.procedure_rows import procedure_record
from filing_desk.store.rows import not_found, procedure_row, read_algorithm
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
)
from filing_desk.store.unit_of_work import UnitOfWork


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class QueryService:
    """Read-only queries of one register (its ``path`` and ``register_id`` go on forms)."""

    def __init__(self, uow: UnitOfWork, path: Path, register_id: str) -> None:
        self._uow = uow
        self._path = path
        self._register_id = register_id

    def entities(self) -> list[Entity]:
        with self._uow.session() as s:
            rows = s.scalars(select(EntityRow).order_by(EntityRow.name))
            return [convert.to_record(r, Entity) for r in rows]

    def entity(self, entity_id: int) -> Entity:
        with self._uow.session() as s:
            row = s.get(EntityRow, entity_id)
            if row is None:
                raise not_found("entity", entity_id)
            return convert.to_record(row, Entity)

    def algorithm(self, algorithm_id: int) -> Algorithm:
        with self._uow.session() as s:
            return read_algorithm(s, algorithm_id)

    def algorithms(self, entity_id: int | None = None) -> list[Algorithm]:
        with self._uow.session() as s:
            stmt = select(AlgorithmRow).order_by(AlgorithmRow.id)
            if entity_id is not None:
                stmt = stmt.where(AlgorithmRow.entity_id == entity_id)
            links: dict[int, list[int]] = defaultdict(list)
            for algo_id, model_id in s.execute(
                select(AlgorithmModelRow.algorithm_id, AlgorithmModelRow.model_id)
            ):
                links[algo_id].append(model_id)
            return [
                convert.to_record(r, Algorithm, model_ids=tuple(sorted(links[r.id])))
                for r in s.scalars(stmt)
            ]

    def models(self, entity_id: int | None = None, algorithm_id: int | None = None) -> list[Model]:
        with self._uow.session() as s:
            stmt = select(ModelRow).order_by(ModelRow.id)
            if entity_id is not None:
                stmt = stmt.where(ModelRow.entity_id == entity_id)
            if algorithm_id is not None:
                stmt = stmt.join(
                    AlgorithmModelRow, AlgorithmModelRow.model_id == ModelRow.id
                ).where(AlgorithmModelRow.algorithm_id == algorithm_id)
            return [convert.to_record(r, Model) for r in s.scalars(stmt)]

    def procedures(self, algorithm_id: int | None = None) -> list[Procedure]:
        with self._uow.session() as s:
            stmt = select(ProcedureRow).order_by(ProcedureRow.id)
            if algorithm_id is not None:
                stmt = stmt.where(ProcedureRow.algorithm_id == algorithm_id)
            return [procedure_record(r) for r in s.scalars(stmt)]

    def procedure(self, procedure_id: int) -> Procedure:
        with self._uow.session() as s:
            return procedure_record(procedure_row(s, procedure_id))

    # --- the register table ---------------------------------------------------------------

    def register_rows(
        self, ids: Iterable[int] | None = None, limit: int | None = None
    ) -> list[RegisterRow]:
        """One row per algorithm with its most urgent open procedure, in id order; ``limit``
        gives only that many, the most urgent (the top of the table sorted by due date), so a
        window can show them before the whole register is read."""
        with self._uow.session() as s:
            conn = s.connection().connection.dbapi_connection
            return register_rows.read_rows(conn, self._uow.today(), ids, limit)

    def search(self, text: str) -> list[int]:
        """Algorithm ids whose text holds every term (Chinese or English, any case).

        Terms of three or more characters use the FTS5 trigram index; one- and two-character
        terms (common in Chinese) use LIKE on the same table.
        """
        terms = [t for t in text.split() if t]
        if not terms:
            return []
        clauses, params = [], {}
        with self._uow.session() as s:
            # A team register (store.team): ILIKE on the same text, served by its pg_trgm index.
            postgres = s.get_bind().dialect.name == "postgresql"
        for i, term in enumerate(terms):
            if postgres:
                clauses.append(f"SELECT rowid FROM search_index WHERE body ILIKE :t{i} ESCAPE '\\'")
                params[f"t{i}"] = "%" + _escape_like(term) + "%"
            elif len(term) >= 3:
                clauses.append(f"SELECT rowid FROM search_index WHERE body MATCH :t{i}")
                params[f"t{i}"] = '"' + term.replace('"', '""') + '"'
            else:
                clauses.append(f"SELECT rowid FROM search_index WHERE body LIKE :t{i} ESCAPE '\\'")
                params[f"t{i}"] = "%" + _escape_like(term) + "%"
        sql = " INTERSECT ".join(clauses) + " ORDER BY 1"
        with self._uow.session() as s:
            return [r[0] for r in s.execute(text_sql(sql), params)]

    # --- forms ----------------------------------------------------------------------------------

    def form_context(
        self,
        *,
        algorithm_id: int | None = None,
        entity_id: int | None = None,
        procedure_id: int | None = None,
    ) -> FormContext:
        """Everything a form prints about its procedure, algorithm or entity, read in one
        session (one snapshot of the register)."""
        with self._uow.session():
            return self._form_context(algorithm_id, entity_id, procedure_id)

    def _form_context(
        self, algorithm_id: int | None, entity_id: int | None, procedure_id: int | None
    ) -> FormContext:
        procedure = self.procedure(procedure_id) if procedure_id is not None else None
        if procedure is not None:
            algorithm_id = procedure.algorithm_id
        algorithm = self.algorithm(algorithm_id) if algorithm_id is not None else None
        if algorithm is not None:
            entity_id = algorithm.entity_id
        if entity_id is None:
            raise ValueError("a form needs an entity, an algorithm or a procedure")
        entity = self.entity(entity_id)
        rows = tuple(r for r in self.register_rows() if r.entity_id == entity_id)
        with self._uow.session() as s:
            head = audit_log.head(s)  # printed where a plain-SQL edit cannot follow it
            live = product_rows.linked(s, algorithm_id, live=True) if algorithm_id else []
        return FormContext(
            entity=entity,
            algorithm=algorithm,
            products=tuple(live),  # the algorithm's current links
            models=tuple(self.models(algorithm_id=algorithm_id)) if algorithm_id else (),
            procedure=procedure,
            algorithms=tuple(self.algorithms(entity_id)),
            rows=rows,
            register_id=self._register_id,
            register_path=str(self._path),
            generated=self._uow.today(),
            audit_head=head.short(),
            audit_events=head.count,
        )
