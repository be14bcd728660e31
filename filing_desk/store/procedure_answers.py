"""Procedure commands for the CAC's answers and the user's steps: submit, filed, returned.

A mixin of ``Register`` (through ``ProcedureCommands``). Each method is one transaction that
moves a procedure by the domain's lifecycle; it must not open procedures (store.procedures does).
"""

from __future__ import annotations

import json
from datetime import date

from filing_desk.domain import lifecycle
from filing_desk.domain.enums import DeadlineKind, ProcedureKind
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import Procedure
from filing_desk.store.procedure_calendar import _invalid
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.procedure_rows import _proc_values, procedure_record


class AnswerCommands(ChangeDetection):
    """The CAC's answers and the user's steps on a procedure (mixed into Register)."""

    def save_draft(
        self,
        procedure_id: int,
        draft: dict[str, str],
        reason: str | None = None,
        followup: str | None = None,
    ) -> Procedure:
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            before = _proc_values(row)
            row.draft_json = json.dumps(draft, ensure_ascii=False, sort_keys=True)
            if reason is not None:
                row.reason = reason
            if followup is not None:
                row.followup = followup
            self.audit(s, "procedure.draft", "procedure", procedure_id, before, _proc_values(row))
            return procedure_record(row)

    def mark_ready(self, procedure_id: int, report: Report) -> Procedure:
        """Ready to submit: refused unless the forms' readiness report passes."""
        if not report.is_valid:
            raise InvalidInput(report.errors)
        return self._user_step(procedure_id, lifecycle.ProcedureStep.MARK_READY)

    def reopen(self, procedure_id: int) -> Procedure:
        return self._user_step(procedure_id, lifecycle.ProcedureStep.REOPEN)

    def submit(self, procedure_id: int, submitted: date) -> Procedure:
        """Submitted in the CAC system: snapshot the filed fields; the review clock starts."""
        self._no_future(submitted, "procedure.submitted_date")
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            algo = self._algo_row(s, row.algorithm_id)
            self._step(s, row, lifecycle.ProcedureStep.SUBMIT, algo)
            row.submitted_date = submitted
            row.decision_expected, _ = self._due(DeadlineKind.REVIEW, submitted)
            row.snapshot_json = json.dumps(
                self._snapshot(s, algo.id), ensure_ascii=False, sort_keys=True
            )
            return procedure_record(row)

    def record_filed(self, procedure_id: int, decided: date, filing_number: str = "") -> Procedure:
        """The CAC accepted: a filing gets its number (validated); a change keeps it."""
        from filing_desk.domain.codes import check_filing_number, normalise_filing_number

        self._no_future(decided, "procedure.decision_date")
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            algo = self._algo_row(s, row.algorithm_id)
            if ProcedureKind(row.kind) is ProcedureKind.FILING:
                from filing_desk.domain.enums import AlgorithmType

                issues = check_filing_number(
                    filing_number,
                    algo_type=AlgorithmType(algo.algo_type),
                    field="procedure.filing_number",
                )
                if any(i.is_error for i in issues) or not filing_number.strip():
                    raise InvalidInput(
                        [i for i in issues if i.is_error]
                        or [
                            Issue(
                                "field.required",
                                "procedure.filing_number",
                                text="The filing number is required",
                            )
                        ]
                    )
                number = normalise_filing_number(filing_number) or ""
                row.filing_number = number
                self.audit(
                    s,
                    "algorithm.update",
                    "algorithm",
                    algo.id,
                    {"filing_number": algo.filing_number, "filed_date": algo.filed_date},
                    {"filing_number": number, "filed_date": decided},
                )
                algo.filing_number, algo.filed_date = number, decided
            self._step(s, row, lifecycle.ProcedureStep.ACCEPT, algo)
            row.decision_date = decided
            self._after_accept(s, algo)
            return procedure_record(row)

    def record_returned(self, procedure_id: int, decided: date, reason: str) -> Procedure:
        """Returned for correction (补正): reason kept; the procedure goes back to editing."""
        if not reason.strip():
            raise _invalid(
                "field.required", "procedure.return_reason", "The reason the CAC gave is required"
            )
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            algo = self._algo_row(s, row.algorithm_id)
            self._step(s, row, lifecycle.ProcedureStep.RETURN, algo)
            row.decision_date, row.return_reason = decided, reason.strip()
            self._step(s, row, lifecycle.ProcedureStep.FIX, algo)
            return procedure_record(row)

    def withdraw(self, procedure_id: int) -> Procedure:
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            algo = self._algo_row(s, row.algorithm_id)
            self._step(s, row, lifecycle.ProcedureStep.WITHDRAW, algo)
            return procedure_record(row)
