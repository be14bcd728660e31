"""The read side: records by id, register rows, open procedures, the dashboard, search, audit.

A mixin of ``Register``. Returns domain records (never ORM objects), so the UI holds plain data.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy import text as text_sql

from filing_desk.domain.deadlines import working_days_left
from filing_desk.domain.enums import (
    AlgorithmState,
    ProcedureState,
    Triage,
)
from filing_desk.domain.records import (
    Algorithm,
    AuditEvent,
    Entity,
    FormContext,
    Model,
    Procedure,
    Product,
    RegisterRow,
)
from filing_desk.domain.workdays import YearSource
from filing_desk.store import audit_log, convert, register_rows
from filing_desk.store.host import RegisterHost
from filing_desk.store.procedures import FILED_STATES, OPEN_STATES, procedure_record
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    AttachmentRow,
    AuditEventRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductRow,
)

DUE_SOON_WORKDAYS = 5


def _event(r: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        id=r.id,
        at=datetime.fromisoformat(r.at),
        os_user=r.os_user,
        action=r.action,
        object_type=r.object_type,
        object_id=r.object_id,
        before=json.loads(r.before_json) if r.before_json else None,
        after=json.loads(r.after_json) if r.after_json else None,
        prev_hash=r.prev_hash,
        hash=r.hash,
    )


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class DeadlineRow:
    """An open procedure with its clock, for `deadlines` and the dashboard."""

    procedure: Procedure
    algorithm_name: str
    entity_name: str
    working_days_left: int | None
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    overdue: tuple[DeadlineRow, ...]
    due_soon: tuple[DeadlineRow, ...]
    awaiting_cac: tuple[DeadlineRow, ...]
    products_without_number: tuple[tuple[Product, str], ...]  # (product, algorithm name)
    provisional_years: tuple[int, ...]
    undecided: tuple[RegisterRow, ...]
    open_procedures: tuple[DeadlineRow, ...] = ()  # every open procedure, most urgent first


class Queries(RegisterHost):
    """Read-only queries (mixed into Register)."""

    def entities(self) -> list[Entity]:
        with self.session() as s:
            rows = s.scalars(select(EntityRow).order_by(EntityRow.name))
            return [convert.to_record(r, Entity) for r in rows]

    def entity(self, entity_id: int) -> Entity:
        with self.session() as s:
            row = s.get(EntityRow, entity_id)
            if row is None:
                from filing_desk.store.commands import _not_found

                raise _not_found("entity", entity_id)
            return convert.to_record(row, Entity)

    def algorithm(self, algorithm_id: int) -> Algorithm:
        with self.session() as s:
            return self._algorithm(s, algorithm_id)

    def algorithms(self, entity_id: int | None = None) -> list[Algorithm]:
        with self.session() as s:
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

    def products(self, algorithm_id: int | None = None) -> list[Product]:
        with self.session() as s:
            stmt = select(ProductRow).order_by(ProductRow.id)
            if algorithm_id is not None:
                stmt = stmt.where(ProductRow.algorithm_id == algorithm_id)
            return [convert.to_record(r, Product) for r in s.scalars(stmt)]

    def models(self, entity_id: int | None = None, algorithm_id: int | None = None) -> list[Model]:
        with self.session() as s:
            stmt = select(ModelRow).order_by(ModelRow.id)
            if entity_id is not None:
                stmt = stmt.where(ModelRow.entity_id == entity_id)
            if algorithm_id is not None:
                stmt = stmt.join(
                    AlgorithmModelRow, AlgorithmModelRow.model_id == ModelRow.id
                ).where(AlgorithmModelRow.algorithm_id == algorithm_id)
            return [convert.to_record(r, Model) for r in s.scalars(stmt)]

    def procedures(self, algorithm_id: int | None = None) -> list[Procedure]:
        with self.session() as s:
            stmt = select(ProcedureRow).order_by(ProcedureRow.id)
            if algorithm_id is not None:
                stmt = stmt.where(ProcedureRow.algorithm_id == algorithm_id)
            return [procedure_record(r) for r in s.scalars(stmt)]

    def procedure(self, procedure_id: int) -> Procedure:
        with self.session() as s:
            return procedure_record(self._proc_row(s, procedure_id))

    # --- the register table ---------------------------------------------------------------

    def register_rows(
        self, ids: Iterable[int] | None = None, limit: int | None = None
    ) -> list[RegisterRow]:
        """One row per algorithm with its most urgent open procedure, in id order; ``limit``
        gives only that many, the most urgent (the top of the table sorted by due date), so a
        window can show them before the whole register is read."""
        with self.session() as s:
            conn = s.connection().connection.dbapi_connection
            return register_rows.read_rows(conn, self.today(), ids, limit)

    def search(self, text: str) -> list[int]:
        """Algorithm ids whose text holds every term (Chinese or English, any case).

        Terms of three or more characters use the FTS5 trigram index; one- and two-character
        terms (common in Chinese) use LIKE on the same table.
        """
        terms = [t for t in text.split() if t]
        if not terms:
            return []
        clauses, params = [], {}
        for i, term in enumerate(terms):
            if len(term) >= 3:
                clauses.append(f"SELECT rowid FROM search_index WHERE body MATCH :t{i}")
                params[f"t{i}"] = '"' + term.replace('"', '""') + '"'
            else:
                clauses.append(f"SELECT rowid FROM search_index WHERE body LIKE :t{i} ESCAPE '\\'")
                params[f"t{i}"] = "%" + _escape_like(term) + "%"
        sql = " INTERSECT ".join(clauses) + " ORDER BY 1"
        with self.session() as s:
            return [r[0] for r in s.execute(text_sql(sql), params)]

    # --- deadlines and the dashboard --------------------------------------------------------

    def deadlines(self) -> list[DeadlineRow]:
        """Open (not yet submitted) procedures, most urgent first."""
        return [d for d in self._deadline_rows(OPEN_STATES)]

    def _deadline_rows(self, states: Iterable[ProcedureState]) -> list[DeadlineRow]:
        today, calendar = self.today(), self.calendar()
        with self.session() as s:
            stmt = (
                select(ProcedureRow, AlgorithmRow.name, EntityRow.name)
                .join(AlgorithmRow, AlgorithmRow.id == ProcedureRow.algorithm_id)
                .join(EntityRow, EntityRow.id == AlgorithmRow.entity_id)
                .where(ProcedureRow.state.in_([st.value for st in states]))
            )
            out = []
            for proc, algo_name, entity_name in s.execute(stmt):
                record = procedure_record(proc)
                due = (
                    record.due_date
                    if record.state is not ProcedureState.SUBMITTED
                    else record.decision_expected
                )
                left = working_days_left(today, due, calendar) if due else None
                out.append(
                    DeadlineRow(record, algo_name, entity_name, left, bool(due and due < today))
                )
        out.sort(
            key=lambda d: (
                not d.overdue,
                d.procedure.due_date is None,
                d.procedure.due_date or date.max,
                d.procedure.id,
            )
        )
        return out

    def dashboard(self) -> Dashboard:
        open_rows = self.deadlines()
        submitted = self._deadline_rows((ProcedureState.SUBMITTED,))
        submitted.sort(key=lambda d: d.procedure.decision_expected or date.max)
        with self.session() as s:
            stmt = (
                select(ProductRow, AlgorithmRow.name)
                .join(AlgorithmRow, AlgorithmRow.id == ProductRow.algorithm_id)
                .where(
                    AlgorithmRow.state.in_([st.value for st in FILED_STATES]),
                    ProductRow.shows_number.is_(False),
                )
                .order_by(AlgorithmRow.name, ProductRow.name)
            )
            missing = tuple((convert.to_record(p, Product), n) for p, n in s.execute(stmt))
        return Dashboard(
            overdue=tuple(d for d in open_rows if d.overdue),
            due_soon=tuple(
                d
                for d in open_rows
                if not d.overdue
                and d.working_days_left is not None
                and d.working_days_left <= DUE_SOON_WORKDAYS
            ),
            awaiting_cac=tuple(submitted),
            products_without_number=missing,
            provisional_years=self.provisional_years(),
            undecided=tuple(self.register_rows(self._undecided_ids())),
            open_procedures=tuple(open_rows),
        )

    def _undecided_ids(self) -> list[int]:
        """Draft algorithms not yet triaged: a few ids, so the dashboard skips the full table."""
        with self.session() as s:
            stmt = select(AlgorithmRow.id).where(
                AlgorithmRow.triage == Triage.UNDECIDED.value,
                AlgorithmRow.state == AlgorithmState.DRAFT.value,
            )
            return list(s.scalars(stmt))

    def provisional_years(self) -> tuple[int, ...]:
        """Years that a live deadline reaches and that no calendar knows yet."""
        today = self.today()
        years = {today.year, today.year + 1}
        with self.session() as s:
            for (due,) in s.execute(
                select(ProcedureRow.due_date).where(
                    ProcedureRow.due_provisional.is_(True),
                    ProcedureRow.state.in_([st.value for st in OPEN_STATES]),
                )
            ):
                if due:
                    years.add(due.year)
        calendar = self.calendar()
        return tuple(sorted(y for y in years if calendar.year_status(y) is YearSource.PROVISIONAL))

    # --- audit --------------------------------------------------------------------------------

    def audit_events(
        self, object_type: str | None = None, object_id: int | None = None, limit: int | None = None
    ) -> list[AuditEvent]:
        with self.session() as s:
            stmt = select(AuditEventRow).order_by(AuditEventRow.id.desc())
            if object_type is not None:
                stmt = stmt.where(AuditEventRow.object_type == object_type)
            if object_id is not None:
                stmt = stmt.where(AuditEventRow.object_id == object_id)
            if limit:
                stmt = stmt.limit(limit)
            return [_event(r) for r in s.scalars(stmt)]

    def algorithm_history(self, algorithm_id: int, limit: int | None = None) -> list[AuditEvent]:
        """Every audit event about an algorithm, its products, procedures and attachments."""
        from sqlalchemy import and_, or_

        owned = {
            "algorithm": select(AlgorithmRow.id).where(AlgorithmRow.id == algorithm_id),
            "product": select(ProductRow.id).where(ProductRow.algorithm_id == algorithm_id),
            "procedure": select(ProcedureRow.id).where(ProcedureRow.algorithm_id == algorithm_id),
            "attachment": select(AttachmentRow.id).where(
                AttachmentRow.owner_type == "algorithm", AttachmentRow.owner_id == algorithm_id
            ),
        }
        where = or_(
            *(
                and_(AuditEventRow.object_type == kind, AuditEventRow.object_id.in_(ids))
                for kind, ids in owned.items()
            )
        )
        stmt = select(AuditEventRow).where(where).order_by(AuditEventRow.id.desc())
        if limit:
            stmt = stmt.limit(limit)
        with self.session() as s:
            return [_event(r) for r in s.scalars(stmt)]

    # --- forms ----------------------------------------------------------------------------------

    def form_context(
        self,
        *,
        algorithm_id: int | None = None,
        entity_id: int | None = None,
        procedure_id: int | None = None,
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
        with self.session() as s:
            head = audit_log.head(s)  # printed where a plain-SQL edit cannot follow it
        return FormContext(
            entity=entity,
            algorithm=algorithm,
            products=tuple(self.products(algorithm_id)) if algorithm_id else (),
            models=tuple(self.models(algorithm_id=algorithm_id)) if algorithm_id else (),
            procedure=procedure,
            algorithms=tuple(self.algorithms(entity_id)),
            rows=rows,
            register_id=self.register_id,
            register_path=str(self.path),
            generated=self.today(),
            audit_head=head.short(),
            audit_events=head.count,
        )
