"""The user's steps on a procedure and the CAC's answers: draft, ready, submitted, filed, returned.

``AnswerService`` runs each step in one transaction (joining one already open) and moves the
procedure by the domain's lifecycle. It must not open procedures (store.procedures does), and
it does not judge readiness: ``mark_ready`` is the bare step, taken on the report its caller
computed (``filing_desk.workflows.readiness`` computes it from the forms, then calls this).
"""

from __future__ import annotations

import json
from datetime import date

from filing_desk.domain import lifecycle
from filing_desk.domain.enums import AlgorithmType, DeadlineKind, ProcedureKind
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.gates import OVERRIDE_KEY
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import Procedure
from filing_desk.store.procedure_calendar import rule_of
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.procedure_rows import ProcedureRows, procedure_record, procedure_values
from filing_desk.store.rows import algorithm_row, invalid, procedure_row
from filing_desk.store.schema import AlgorithmRow
from filing_desk.store.unit_of_work import UnitOfWork


def _checked_number(filing_number: str, algo: AlgorithmRow) -> str:
    """The filing number the CAC gave, normalised; refused when missing or malformed."""
    from filing_desk.domain.codes import check_filing_number, normalise_filing_number

    issues = check_filing_number(
        filing_number, algo_type=AlgorithmType(algo.algo_type), field="procedure.filing_number"
    )
    errors = [i for i in issues if i.is_error]
    if errors or not filing_number.strip():
        raise InvalidInput(
            errors
            or [
                Issue(
                    "field.required",
                    "procedure.filing_number",
                    text="The filing number is required",
                )
            ]
        )
    return normalise_filing_number(filing_number) or ""


class AnswerService:
    """The user's steps on a procedure and the CAC's answers."""

    def __init__(self, uow: UnitOfWork, rows: ProcedureRows, changes: ChangeDetection) -> None:
        self._uow = uow
        self._rows = rows
        self._changes = changes

    def save_draft(
        self,
        procedure_id: int,
        draft: dict[str, str],
        reason: str | None = None,
        followup: str | None = None,
    ) -> Procedure:
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            before = procedure_values(row)
            kept = json.loads(row.draft_json or "{}").get(OVERRIDE_KEY)
            if kept and OVERRIDE_KEY not in draft:  # new answers keep a materials override
                draft = {**draft, OVERRIDE_KEY: kept}
            row.draft_json = json.dumps(draft, ensure_ascii=False, sort_keys=True)
            if reason is not None:
                row.reason = reason
            if followup is not None:
                row.followup = followup
            self._uow.audit(
                "procedure.draft", "procedure", procedure_id, before, procedure_values(row)
            )
            return procedure_record(row)

    def mark_ready(self, procedure_id: int, report: Report) -> Procedure:
        """Ready to submit: refused unless ``report`` (the forms' readiness) passes."""
        if not report.is_valid:
            raise InvalidInput(report.errors)
        return self._rows.user_step(procedure_id, lifecycle.ProcedureStep.MARK_READY)

    def reopen(self, procedure_id: int) -> Procedure:
        return self._rows.user_step(procedure_id, lifecycle.ProcedureStep.REOPEN)

    def submit(self, procedure_id: int, submitted: date) -> Procedure:
        """Submitted in the CAC system: snapshot the filed fields; the review clock starts."""
        self._rows.no_future(submitted, "procedure.submitted_date")
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            algo = algorithm_row(s, row.algorithm_id)
            self._rows.step(row, lifecycle.ProcedureStep.SUBMIT, algo)
            row.submitted_date = submitted
            row.decision_expected, _ = self._rows.calendar.due(
                DeadlineKind.REVIEW, submitted, rule_of(s, algo.id)
            )
            row.snapshot_json = json.dumps(
                self._changes.snapshot(s, algo.id), ensure_ascii=False, sort_keys=True
            )
            return procedure_record(row)

    def record_filed(self, procedure_id: int, decided: date, filing_number: str = "") -> Procedure:
        """The CAC accepted: a filing gets its number (validated); a change keeps it."""
        self._rows.no_future(decided, "procedure.decision_date")
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            algo = algorithm_row(s, row.algorithm_id)
            if ProcedureKind(row.kind) is ProcedureKind.FILING:
                number = _checked_number(filing_number, algo)
                row.filing_number = number
                self._uow.audit(
                    "algorithm.update",
                    "algorithm",
                    algo.id,
                    {"filing_number": algo.filing_number, "filed_date": algo.filed_date},
                    {"filing_number": number, "filed_date": decided},
                )
                algo.filing_number, algo.filed_date = number, decided
            self._rows.step(row, lifecycle.ProcedureStep.ACCEPT, algo)
            row.decision_date = decided
            self._rows.after_accept(s, algo)
            return procedure_record(row)

    def record_returned(self, procedure_id: int, decided: date, reason: str) -> Procedure:
        """Returned for correction (补正): reason kept; the procedure goes back to editing."""
        if not reason.strip():
            raise invalid(
                "field.required", "procedure.return_reason", "The reason the CAC gave is required"
            )
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            algo = algorithm_row(s, row.algorithm_id)
            self._rows.step(row, lifecycle.ProcedureStep.RETURN, algo)
            row.decision_date, row.return_reason = decided, reason.strip()
            self._rows.step(row, lifecycle.ProcedureStep.FIX, algo)
            return procedure_record(row)

    def withdraw(self, procedure_id: int) -> Procedure:
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            self._rows.step(
                row, lifecycle.ProcedureStep.WITHDRAW, algorithm_row(s, row.algorithm_id)
            )
            return procedure_record(row)
