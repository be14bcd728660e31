"""Opening and ending procedures: start a filing, record a change, terminate, abandon, the CAC's
own actions, and correcting a trigger date.

``ProcedureService`` applies the domain's state machines and deadline rules to rows, each
command in one transaction (joining one already open): ``record_change`` writes its edits and
the modification together. It must not define rules of its own (the domain's lifecycle,
deadlines and changes do). The lifecycle's state groups are re-exported for the UI.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from filing_desk.domain import lifecycle
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState, Triage
from filing_desk.domain.lifecycle import FILED_STATES, LIVE_STATES, OPEN_STATES
from filing_desk.domain.records import Procedure
from filing_desk.store import versions
from filing_desk.store.procedure_calendar import CONSERVATIVE_KEY
from filing_desk.store.procedure_rows import (
    ProcedureRows,
    move_algorithm,
    procedure_record,
    procedure_values,
)
from filing_desk.store.records import RecordService
from filing_desk.store.rows import algorithm_row, invalid, procedure_row
from filing_desk.store.unit_of_work import UnitOfWork

__all__ = [
    "CONSERVATIVE_KEY",
    "FILED_STATES",
    "LIVE_STATES",
    "OPEN_STATES",
    "ProcedureService",
    "procedure_record",
]


class ProcedureService:
    """Filing, modification and cancellation: opening and ending them."""

    def __init__(self, uow: UnitOfWork, rows: ProcedureRows, records: RecordService) -> None:
        self._uow = uow
        self._rows = rows
        self._records = records

    def start_filing(self, algorithm_id: int) -> Procedure:
        """Open the filing (备案) of an algorithm; the clock runs from its launch date."""
        with self._uow.transaction() as s:
            algo = algorithm_row(s, algorithm_id)
            state = AlgorithmState(algo.state)
            if state not in (AlgorithmState.DRAFT, AlgorithmState.RETURNED):
                raise invalid(
                    "filing.state",
                    "algorithm.state",
                    f"A filing can only start for a draft algorithm, not one that is "
                    f"{state.en.lower()}",
                )
            if self._rows.live(s, algorithm_id, ProcedureKind.FILING) is not None:
                raise invalid(
                    "filing.exists", "procedure", "This algorithm already has a filing in progress"
                )
            if Triage(algo.triage) is not Triage.REQUIRED:
                self._uow.audit(
                    "algorithm.update",
                    "algorithm",
                    algorithm_id,
                    {"triage": algo.triage},
                    {"triage": Triage.REQUIRED.value},
                )
                algo.triage = Triage.REQUIRED.value
            return procedure_record(
                self._rows.open_row(s, algo, ProcedureKind.FILING, algo.launch_date)
            )

    def record_change(
        self, algorithm_id: int, change_date: date, reason: str = "", **fields: Any
    ) -> Procedure:
        """Apply edits that happened on ``change_date`` and open or join the modification."""
        with self._uow.transaction() as s:
            if fields:
                self._records.update_algorithm(algorithm_id, change_date=change_date, **fields)
            algo = algorithm_row(s, algorithm_id)
            proc = self._rows.live(s, algorithm_id, ProcedureKind.MODIFICATION, OPEN_STATES)
            if proc is None:
                if AlgorithmState(algo.state) not in FILED_STATES:
                    raise invalid(
                        "change.not_filed",
                        "algorithm.state",
                        "Only a filed algorithm has changes to report",
                    )
                proc = self._rows.open_modification(s, algo, change_date)
            if reason and proc.reason != reason:
                proc.reason = reason
            if change_date < (proc.trigger_date or change_date):
                self._rows.retrigger(proc, change_date)
            self._uow.audit(
                "procedure.update",
                "procedure",
                proc.id,
                None,
                {"reason": proc.reason, "trigger_date": proc.trigger_date},
            )
            return procedure_record(proc)

    def terminate(
        self, algorithm_id: int, termination_date: date, reason: str, followup: str = ""
    ) -> Procedure:
        """The service ended: a filed algorithm opens its cancellation (注销), 20 working days."""
        if not reason.strip():
            raise invalid("field.required", "procedure.reason", "The reason is required")
        with self._uow.transaction() as s:
            algo = algorithm_row(s, algorithm_id)
            if AlgorithmState(algo.state) not in FILED_STATES:
                raise invalid(
                    "terminate.not_filed",
                    "algorithm.state",
                    "Only a filed algorithm is cancelled; abandon a draft instead",
                )
            change = self._rows.live(s, algorithm_id, ProcedureKind.MODIFICATION, LIVE_STATES)
            if change is not None:
                self._rows.step(change, lifecycle.ProcedureStep.WITHDRAW, algo)
            before = {"termination_date": algo.termination_date}
            algo.termination_date = termination_date
            self._uow.audit(
                "algorithm.update",
                "algorithm",
                algorithm_id,
                before,
                {"termination_date": termination_date},
            )
            move_algorithm(algo, lifecycle.AlgorithmStep.TERMINATE)
            row = self._rows.open_row(s, algo, ProcedureKind.CANCELLATION, termination_date)
            row.reason, row.followup = reason.strip(), followup.strip()
            return procedure_record(row)

    def abandon(self, algorithm_id: int) -> None:
        with self._uow.transaction() as s:
            algo = algorithm_row(s, algorithm_id)
            filing = self._rows.live(s, algorithm_id, ProcedureKind.FILING, LIVE_STATES)
            if filing is not None:
                self._rows.step(filing, lifecycle.ProcedureStep.WITHDRAW, algo)
            move_algorithm(algo, lifecycle.AlgorithmStep.ABANDON)

    def record_cac_action(
        self, algorithm_id: int, step: lifecycle.AlgorithmStep, decided: date, reason: str
    ) -> None:
        """The CAC revoked the filing (art. 33(1)) or cancelled it ex officio (art. 33(2))."""
        if step not in (lifecycle.AlgorithmStep.REVOKE, lifecycle.AlgorithmStep.CANCEL_BY_CAC):
            raise invalid("cac_action.unknown", "step", f"{step} is not an action of the CAC")
        if not reason.strip():
            raise invalid("field.required", "reason", "The decision's reason is required")
        with self._uow.transaction() as s:
            algo = algorithm_row(s, algorithm_id)
            for kind in ProcedureKind:
                live = self._rows.live(s, algorithm_id, kind, LIVE_STATES)
                if live is not None:
                    live.state = ProcedureState.WITHDRAWN.value
            before = {"state": algo.state}
            move_algorithm(algo, step)
            self._uow.audit(
                f"algorithm.{step.value}",
                "algorithm",
                algorithm_id,
                before,
                {"state": algo.state, "decided": decided, "reason": reason.strip()},
            )

    def redate(
        self, procedure_id: int, trigger: date, *, expected_version: int | None = None
    ) -> Procedure:
        """Correct the change or termination date of a procedure not yet submitted.
        ``expected_version``: the version the caller read; another is refused (StaleRecord)."""
        self._rows.no_future(trigger, "procedure.trigger_date")
        with (
            self._uow.transaction() as s,
            versions.refusing(s, "procedure", procedure_id, expected_version),
        ):
            row = procedure_row(s, procedure_id)
            versions.require_version("procedure", procedure_id, row, expected_version)
            kind = ProcedureKind(row.kind)
            if kind is ProcedureKind.FILING:
                raise invalid(
                    "redate.filing",
                    "procedure.trigger_date",
                    "A filing's clock starts at the launch date: edit the launch date",
                )
            if ProcedureState(row.state) not in OPEN_STATES:
                raise invalid(
                    "redate.submitted",
                    "procedure.trigger_date",
                    "A submitted procedure's date can no longer be changed",
                )
            before = procedure_values(row)
            self._rows.retrigger(row, trigger)
            if kind is ProcedureKind.CANCELLATION:
                algorithm_row(s, row.algorithm_id).termination_date = trigger
            self._uow.audit("procedure.redate", "procedure", row.id, before, procedure_values(row))
            return procedure_record(row)
