"""Procedure rows: find, open, re-date and step procedures, and the helpers the commands share.

A mixin of ``Register`` (through ``ProcedureCommands``). Its methods work inside a transaction the
caller opened; it must not open transactions of its own (except ``_user_step``) nor decide policy
(the domain's lifecycle and deadlines do).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain import lifecycle
from filing_desk.domain.deadlines import DEADLINE_FOR
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.lifecycle import LIVE_STATES, OPEN_STATES
from filing_desk.domain.records import Change, Procedure
from filing_desk.store import convert
from filing_desk.store.procedure_calendar import CalendarCommands, _invalid
from filing_desk.store.schema import AlgorithmRow, ProcedureRow

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


def _proc_values(row: ProcedureRow) -> dict[str, Any]:
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


class ProcedureRows(CalendarCommands):
    """Row-level procedure steps shared by the procedure commands (mixed into Register)."""

    def _no_future(self, day: date, key: str) -> None:
        if day > self.today():
            raise _invalid("date.future", key, f"{day.isoformat()} is in the future")

    def _user_step(self, procedure_id: int, step: lifecycle.ProcedureStep) -> Procedure:
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            self._step(s, row, step, self._algo_row(s, row.algorithm_id))
            return procedure_record(row)

    def _algo_row(self, s: Session, algorithm_id: int) -> AlgorithmRow:
        row = s.get(AlgorithmRow, algorithm_id)
        if row is None:
            raise _invalid("algorithm.not_found", "algorithm.id", f"No algorithm {algorithm_id}")
        return row

    def _proc_row(self, s: Session, procedure_id: int) -> ProcedureRow:
        row = s.get(ProcedureRow, procedure_id)
        if row is None:
            raise _invalid("procedure.not_found", "procedure.id", f"No procedure {procedure_id}")
        return row

    def _live(
        self,
        s: Session,
        algorithm_id: int,
        kind: ProcedureKind,
        states: tuple[ProcedureState, ...] = LIVE_STATES,
    ) -> ProcedureRow | None:
        return s.scalars(
            select(ProcedureRow)
            .where(
                ProcedureRow.algorithm_id == algorithm_id,
                ProcedureRow.kind == kind.value,
                ProcedureRow.state.in_(states),
            )
            .order_by(ProcedureRow.id.desc())
        ).first()

    def _open(
        self, s: Session, algo: AlgorithmRow, kind: ProcedureKind, trigger: date | None
    ) -> Procedure:
        return procedure_record(self._open_row(s, algo, kind, trigger))

    def _open_row(
        self, s: Session, algo: AlgorithmRow, kind: ProcedureKind, trigger: date | None
    ) -> ProcedureRow:
        due, provisional = self._due(DEADLINE_FOR[kind], trigger)
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
        self.audit(s, "procedure.open", "procedure", row.id, None, _proc_values(row))
        return row

    def _open_modification(self, s: Session, algo: AlgorithmRow, change_date: date) -> ProcedureRow:
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            self._algo_step(algo, lifecycle.AlgorithmStep.CHANGE)
        return self._open_row(s, algo, ProcedureKind.MODIFICATION, change_date)

    def _retrigger(self, row: ProcedureRow, trigger: date | None) -> None:
        row.trigger_date = trigger
        row.due_date, row.due_provisional = self._due(
            DEADLINE_FOR[ProcedureKind(row.kind)], trigger
        )

    def _step(
        self, s: Session, row: ProcedureRow, step: lifecycle.ProcedureStep, algo: AlgorithmRow
    ) -> None:
        before = _proc_values(row)
        row.state = lifecycle.next_procedure_state(row.state, step).value
        algo_step = lifecycle.algorithm_step_for(row.kind, step)
        if algo_step is not None:
            self._algo_step(algo, algo_step)
        self.audit(s, f"procedure.{step.value}", "procedure", row.id, before, _proc_values(row))

    def _algo_step(self, algo: AlgorithmRow, step: lifecycle.AlgorithmStep) -> None:
        algo.state = lifecycle.next_algorithm_state(algo.state, step).value

    def _after_accept(self, s: Session, algo: AlgorithmRow) -> None:
        """A change accepted while another was recorded: the algorithm is pending again."""
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            waiting = self._live(s, algo.id, ProcedureKind.MODIFICATION, OPEN_STATES)
            if waiting is not None:
                self._algo_step(algo, lifecycle.AlgorithmStep.CHANGE)
