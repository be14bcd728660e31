"""Procedure rows: find, open, re-date and step procedures inside the caller's transaction.

``ProcedureRows`` is what the procedure services share: each method works on the session the
caller holds (only ``user_step`` opens a transaction, which joins an open one). It must not
decide policy: the domain's lifecycle moves states, its deadlines give due dates.
``procedure_record`` and ``procedure_values`` turn a row into a record and into audit values.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from filing_desk.domain import lifecycle
from filing_desk.domain.deadlines import DEADLINE_FOR, Rule
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.lifecycle import LIVE_STATES, OPEN_STATES
from filing_desk.domain.records import Change, Procedure
from filing_desk.store import convert
from filing_desk.store.procedure_calendar import CalendarService, rule_of
from filing_desk.store.rows import algorithm_row, invalid, procedure_row
from filing_desk.store.schema import AlgorithmRow, ProcedureRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def procedure_record(row: ProcedureRow) -> Procedure:
    changes = tuple(Change(**c) for c in json.loads(row.changes_json or "[]"))
    return convert.to_record(
        row,
        Procedure,
        changes=changes,
        snapshot=json.loads(row.snapshot_json or "{}"),
        draft=json.loads(row.draft_json or "{}"),
    )


def procedure_values(row: ProcedureRow) -> dict[str, Any]:
    """What an audit event records of a procedure."""
    return {
        "kind": row.kind,
        "state": row.state,
        "trigger_date": row.trigger_date,
        "due_date": row.due_date,
        "submitted_date": row.submitted_date,
        "decision_date": row.decision_date,
        "filing_number": row.filing_number,
        "reason": row.reason,
        "return_reason": row.return_reason,
        "changes": json.loads(row.changes_json or "[]"),
    }


def move_algorithm(algo: AlgorithmRow, step: lifecycle.AlgorithmStep) -> None:
    """The algorithm's next state by the domain's lifecycle (raises on an illegal step)."""
    algo.state = lifecycle.next_algorithm_state(algo.state, step).value


class ProcedureRows:
    """Row-level procedure steps the procedure services share."""

    def __init__(self, uow: UnitOfWork, calendar: CalendarService) -> None:
        self._uow = uow
        self.calendar = calendar

    def no_future(self, day: date, key: str) -> None:
        if day > self._uow.today():
            raise invalid("date.future", key, f"{day.isoformat()} is in the future")

    def user_step(self, procedure_id: int, step: lifecycle.ProcedureStep) -> Procedure:
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            self.step(row, step, algorithm_row(s, row.algorithm_id))
            return procedure_record(row)

    def live(
        self,
        s: Session,
        algorithm_id: int,
        kind: ProcedureKind,
        states: tuple[ProcedureState, ...] = LIVE_STATES,
    ) -> ProcedureRow | None:
        """The newest procedure of ``kind`` in one of ``states``, if any."""
        return s.scalars(
            select(ProcedureRow)
            .where(
                ProcedureRow.algorithm_id == algorithm_id,
                ProcedureRow.kind == kind.value,
                ProcedureRow.state.in_(states),
            )
            .order_by(ProcedureRow.id.desc())
        ).first()

    def open_row(
        self, s: Session, algo: AlgorithmRow, kind: ProcedureKind, trigger: date | None
    ) -> ProcedureRow:
        """A new procedure being edited, due by the deadline its kind runs from ``trigger``."""
        due, provisional = self.calendar.due(DEADLINE_FOR[kind], trigger, rule_of(s, algo.id))
        row = ProcedureRow(
            algorithm_id=algo.id,
            kind=kind.value,
            state=ProcedureState.EDITING.value,
            trigger_date=trigger,
            due_date=due,
            due_provisional=provisional,
            created_at=datetime.now(UTC),
        )
        s.add(row)
        s.flush()
        self._uow.audit("procedure.open", "procedure", row.id, None, procedure_values(row))
        return row

    def open_modification(self, s: Session, algo: AlgorithmRow, change_date: date) -> ProcedureRow:
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            move_algorithm(algo, lifecycle.AlgorithmStep.CHANGE)
        return self.open_row(s, algo, ProcedureKind.MODIFICATION, change_date)

    def retrigger(self, row: ProcedureRow, trigger: date | None) -> None:
        row.trigger_date = trigger
        s = object_session(row)
        rule = rule_of(s, row.algorithm_id) if s is not None else Rule.ALGORITHM_PROVISIONS
        row.due_date, row.due_provisional = self.calendar.due(
            DEADLINE_FOR[ProcedureKind(row.kind)], trigger, rule
        )

    def step(self, row: ProcedureRow, step: lifecycle.ProcedureStep, algo: AlgorithmRow) -> None:
        """Move the procedure (and the algorithm, when the step moves it too); audit it."""
        before = procedure_values(row)
        row.state = lifecycle.next_procedure_state(row.state, step).value
        algo_step = lifecycle.algorithm_step_for(row.kind, step)
        if algo_step is not None:
            move_algorithm(algo, algo_step)
        self._uow.audit(
            f"procedure.{step.value}", "procedure", row.id, before, procedure_values(row)
        )

    def after_accept(self, s: Session, algo: AlgorithmRow) -> None:
        """A change accepted while another was recorded: the algorithm is pending again."""
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            waiting = self.live(s, algo.id, ProcedureKind.MODIFICATION, OPEN_STATES)
            if waiting is not None:
                move_algorithm(algo, lifecycle.AlgorithmStep.CHANGE)
