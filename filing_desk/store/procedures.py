"""Procedure commands: start a filing, record changes, terminate, abandon, and redate.

A mixin of ``Register``, composed of the calendar (store.procedure_calendar), the row steps
(store.procedure_rows), change detection (store.procedure_changes) and the CAC's answers
(store.procedure_answers). The state machines and deadline rules are the domain's (lifecycle,
deadlines, changes); this module applies them to rows in one transaction each and must not
define rules of its own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from filing_desk.domain import lifecycle
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState, Triage
from filing_desk.domain.lifecycle import FILED_STATES, LIVE_STATES, OPEN_STATES
from filing_desk.domain.records import Procedure
from filing_desk.store.procedure_answers import AnswerCommands
from filing_desk.store.procedure_calendar import CONSERVATIVE_KEY, _invalid
from filing_desk.store.procedure_rows import _proc_values, procedure_record

__all__ = [
    "CONSERVATIVE_KEY",
    "FILED_STATES",
    "LIVE_STATES",
    "OPEN_STATES",
    "ProcedureCommands",
    "procedure_record",
]


class ProcedureCommands(AnswerCommands):
    """Filing, modification and cancellation (mixed into Register)."""

    def start_filing(self, algorithm_id: int) -> Procedure:
        """Open the filing (备案) of an algorithm; the clock runs from its launch date."""
        with self.transaction() as s:
            algo = self._algo_row(s, algorithm_id)
            if AlgorithmState(algo.state) not in (AlgorithmState.DRAFT, AlgorithmState.RETURNED):
                raise _invalid(
                    "filing.state",
                    "algorithm.state",
                    f"A filing can only start for a draft algorithm, not one that is "
                    f"{AlgorithmState(algo.state).en.lower()}",
                )
            if self._live(s, algorithm_id, ProcedureKind.FILING) is not None:
                raise _invalid(
                    "filing.exists", "procedure", "This algorithm already has a filing in progress"
                )
            if Triage(algo.triage) is not Triage.REQUIRED:
                self.audit(
                    s,
                    "algorithm.update",
                    "algorithm",
                    algorithm_id,
                    {"triage": algo.triage},
                    {"triage": Triage.REQUIRED.value},
                )
                algo.triage = Triage.REQUIRED.value
            return self._open(s, algo, ProcedureKind.FILING, algo.launch_date)

    def record_change(
        self, algorithm_id: int, change_date: date, reason: str = "", **fields: Any
    ) -> Procedure:
        """Apply edits that happened on ``change_date`` and open or join the modification."""
        if fields:
            self.update_algorithm(algorithm_id, change_date=change_date, **fields)
        with self.transaction() as s:
            algo = self._algo_row(s, algorithm_id)
            proc = self._live(s, algorithm_id, ProcedureKind.MODIFICATION, OPEN_STATES)
            if proc is None:
                if AlgorithmState(algo.state) not in FILED_STATES:
                    raise _invalid(
                        "change.not_filed",
                        "algorithm.state",
                        "Only a filed algorithm has changes to report",
                    )
                proc = self._open_modification(s, algo, change_date)
            if reason and proc.reason != reason:
                proc.reason = reason
            if change_date < (proc.trigger_date or change_date):
                self._retrigger(proc, change_date)
            self.audit(
                s,
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
            raise _invalid("field.required", "procedure.reason", "The reason is required")
        with self.transaction() as s:
            algo = self._algo_row(s, algorithm_id)
            if AlgorithmState(algo.state) not in FILED_STATES:
                raise _invalid(
                    "terminate.not_filed",
                    "algorithm.state",
                    "Only a filed algorithm is cancelled; abandon a draft instead",
                )
            change = self._live(s, algorithm_id, ProcedureKind.MODIFICATION, LIVE_STATES)
            if change is not None:
                self._step(s, change, lifecycle.ProcedureStep.WITHDRAW, algo)
            before = {"termination_date": algo.termination_date}
            algo.termination_date = termination_date
            self.audit(
                s,
                "algorithm.update",
                "algorithm",
                algorithm_id,
                before,
                {"termination_date": termination_date},
            )
            self._algo_step(algo, lifecycle.AlgorithmStep.TERMINATE)
            row = self._open_row(s, algo, ProcedureKind.CANCELLATION, termination_date)
            row.reason, row.followup = reason.strip(), followup.strip()
            return procedure_record(row)

    def abandon(self, algorithm_id: int) -> None:
        with self.transaction() as s:
            algo = self._algo_row(s, algorithm_id)
            filing = self._live(s, algorithm_id, ProcedureKind.FILING, LIVE_STATES)
            if filing is not None:
                self._step(s, filing, lifecycle.ProcedureStep.WITHDRAW, algo)
            self._algo_step(algo, lifecycle.AlgorithmStep.ABANDON)

    def record_cac_action(
        self, algorithm_id: int, step: lifecycle.AlgorithmStep, decided: date, reason: str
    ) -> None:
        """The CAC revoked the filing (art. 33(1)) or cancelled it ex officio (art. 33(2))."""
        if step not in (lifecycle.AlgorithmStep.REVOKE, lifecycle.AlgorithmStep.CANCEL_BY_CAC):
            raise _invalid("cac_action.unknown", "step", f"{step} is not an action of the CAC")
        if not reason.strip():
            raise _invalid("field.required", "reason", "The decision's reason is required")
        with self.transaction() as s:
            algo = self._algo_row(s, algorithm_id)
            for kind in ProcedureKind:
                live = self._live(s, algorithm_id, kind, LIVE_STATES)
                if live is not None:
                    live.state = ProcedureState.WITHDRAWN.value
            before = {"state": algo.state}
            self._algo_step(algo, step)
            self.audit(
                s,
                f"algorithm.{step.value}",
                "algorithm",
                algorithm_id,
                before,
                {"state": algo.state, "decided": decided, "reason": reason.strip()},
            )

    def redate(self, procedure_id: int, trigger: date) -> Procedure:
        """Correct the change or termination date of a procedure not yet submitted."""
        self._no_future(trigger, "procedure.trigger_date")
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            kind = ProcedureKind(row.kind)
            if kind is ProcedureKind.FILING:
                raise _invalid(
                    "redate.filing",
                    "procedure.trigger_date",
                    "A filing's clock starts at the launch date: edit the launch date",
                )
            if ProcedureState(row.state) not in OPEN_STATES:
                raise _invalid(
                    "redate.submitted",
                    "procedure.trigger_date",
                    "A submitted procedure's date can no longer be changed",
                )
            before = _proc_values(row)
            self._retrigger(row, trigger)
            if kind is ProcedureKind.CANCELLATION:
                self._algo_row(s, row.algorithm_id).termination_date = trigger
            self.audit(s, "procedure.redate", "procedure", row.id, before, _proc_values(row))
            return procedure_record(row)
