"""Procedure commands: start a filing, record changes, terminate, and record the CAC's answers.

A mixin of ``Register``. The state machines and deadline rules are the domain's
(lifecycle, deadlines, changes); this module applies them to rows in one transaction each.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from filing_desk.domain import changes as changes_mod
from filing_desk.domain import lifecycle
from filing_desk.domain.deadlines import DEADLINE_FOR, due_date
from filing_desk.domain.enums import (
    AlgorithmState,
    DeadlineKind,
    ProcedureKind,
    ProcedureState,
    Triage,
)
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.lifecycle import FILED_STATES, LIVE_STATES, OPEN_STATES
from filing_desk.domain.records import Change, Entity, Model, Procedure, Product
from filing_desk.domain.workdays import WorkCalendar
from filing_desk.store import convert
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    CalendarDayRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductRow,
)

CONSERVATIVE_KEY = "deadlines.conservative"


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


def _calendar_from(s: Any) -> WorkCalendar:
    rows = s.scalars(select(CalendarDayRow)).all()
    return WorkCalendar.from_entries({r.day: (r.workday, r.note) for r in rows})


def _invalid(code: str, key: str, text: str) -> InvalidInput:
    return InvalidInput([Issue(code, key, text=text)])


class ProcedureCommands:
    """Filing, modification and cancellation (mixed into Register)."""

    # --- the calendar and due dates -------------------------------------------------------

    def calendar(self) -> WorkCalendar:
        if self._calendar_cache is None:
            with self.session() as s:
                self._calendar_cache = _calendar_from(s)
        return self._calendar_cache

    def conservative(self) -> bool:
        return self.setting(CONSERVATIVE_KEY, "0") == "1"

    def _due(self, kind: DeadlineKind, trigger: date | None) -> tuple[date | None, bool]:
        if trigger is None:
            return None, False
        due = due_date(kind, trigger, self.calendar(), conservative=self.conservative())
        return due.value, due.provisional

    def set_calendar_days(self, days: dict[date, tuple[bool, str]]) -> int:
        """Enter or import official days (a State Council notice); re-dates procedures."""
        if not days:
            raise _invalid("calendar.empty", "calendar", "No days to enter")
        with self.transaction() as s:
            for day, (workday, note) in sorted(days.items()):
                row = s.get(CalendarDayRow, day)
                if row is None:
                    s.add(CalendarDayRow(day=day, workday=workday, note=note))
                else:
                    row.workday, row.note = workday, note
            years = sorted({d.year for d in days})
            self.audit(
                s, "calendar.set", "calendar", None, None, {"years": years, "days": len(days)}
            )
            s.flush()
            self._calendar_cache = _calendar_from(s)  # sees the days this transaction wrote
            self._redate_open(s)
        return len(days)

    def remove_calendar_year(self, year: int) -> None:
        with self.transaction() as s:
            rows = s.scalars(
                select(CalendarDayRow).where(
                    CalendarDayRow.day >= date(year, 1, 1), CalendarDayRow.day <= date(year, 12, 31)
                )
            )
            count = 0
            for row in rows:
                s.delete(row)
                count += 1
            self.audit(s, "calendar.remove", "calendar", None, {"year": year, "days": count}, None)
            s.flush()
            self._calendar_cache = _calendar_from(s)
            self._redate_open(s)

    def _redate_open(self, s: Any) -> None:
        """Recompute the due dates of live procedures (after the calendar or a setting changed)."""
        rows = s.scalars(select(ProcedureRow).where(ProcedureRow.state.in_(LIVE_STATES)))
        for row in rows:
            value, provisional = self._due(DEADLINE_FOR[ProcedureKind(row.kind)], row.trigger_date)
            expected, _ = self._due(DeadlineKind.REVIEW, row.submitted_date)
            if (value, provisional, expected) != (
                row.due_date,
                row.due_provisional,
                row.decision_expected,
            ):
                row.due_date, row.due_provisional = value, provisional
                row.decision_expected = expected

    def set_conservative(self, on: bool) -> None:
        self.set_setting(CONSERVATIVE_KEY, "1" if on else "0")
        with self.transaction() as s:
            self._redate_open(s)

    # --- opening procedures -------------------------------------------------------------------

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
            proc = self._open(s, algo, ProcedureKind.CANCELLATION, termination_date)
            row = s.get(ProcedureRow, proc.id)
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

    # --- the CAC's answers and the user's steps ---------------------------------------------

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

    # --- internals ---------------------------------------------------------------------------

    def _no_future(self, day: date, key: str) -> None:
        if day > self.today():
            raise _invalid("date.future", key, f"{day.isoformat()} is in the future")

    def _user_step(self, procedure_id: int, step: lifecycle.ProcedureStep) -> Procedure:
        with self.transaction() as s:
            row = self._proc_row(s, procedure_id)
            self._step(s, row, step, self._algo_row(s, row.algorithm_id))
            return procedure_record(row)

    def _algo_row(self, s: Any, algorithm_id: int) -> AlgorithmRow:
        row = s.get(AlgorithmRow, algorithm_id)
        if row is None:
            raise _invalid("algorithm.not_found", "algorithm.id", f"No algorithm {algorithm_id}")
        return row

    def _proc_row(self, s: Any, procedure_id: int) -> ProcedureRow:
        row = s.get(ProcedureRow, procedure_id)
        if row is None:
            raise _invalid("procedure.not_found", "procedure.id", f"No procedure {procedure_id}")
        return row

    def _live(
        self,
        s: Any,
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
        self, s: Any, algo: AlgorithmRow, kind: ProcedureKind, trigger: date | None
    ) -> Procedure:
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
        return procedure_record(row)

    def _open_modification(self, s: Any, algo: AlgorithmRow, change_date: date) -> ProcedureRow:
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            self._algo_step(algo, lifecycle.AlgorithmStep.CHANGE)
        proc = self._open(s, algo, ProcedureKind.MODIFICATION, change_date)
        return s.get(ProcedureRow, proc.id)

    def _retrigger(self, row: ProcedureRow, trigger: date) -> None:
        row.trigger_date = trigger
        row.due_date, row.due_provisional = self._due(
            DEADLINE_FOR[ProcedureKind(row.kind)], trigger
        )

    def _step(
        self, s: Any, row: ProcedureRow, step: lifecycle.ProcedureStep, algo: AlgorithmRow
    ) -> None:
        before = _proc_values(row)
        row.state = lifecycle.next_procedure_state(row.state, step).value
        algo_step = lifecycle.algorithm_step_for(row.kind, step)
        if algo_step is not None:
            self._algo_step(algo, algo_step)
        self.audit(s, f"procedure.{step.value}", "procedure", row.id, before, _proc_values(row))

    def _algo_step(self, algo: AlgorithmRow, step: lifecycle.AlgorithmStep) -> None:
        algo.state = lifecycle.next_algorithm_state(algo.state, step).value

    def _after_accept(self, s: Any, algo: AlgorithmRow) -> None:
        """A change accepted while another was recorded: the algorithm is pending again."""
        if AlgorithmState(algo.state) is AlgorithmState.FILED:
            waiting = self._live(s, algo.id, ProcedureKind.MODIFICATION, OPEN_STATES)
            if waiting is not None:
                self._algo_step(algo, lifecycle.AlgorithmStep.CHANGE)

    def _after_algorithm_edit(self, s: Any, algo: AlgorithmRow, changed: dict) -> None:
        """A new launch date re-dates an open filing; any edit sends a filing that was marked
        ready back to editing (its forms must be checked again before submission)."""
        filing = self._live(s, algo.id, ProcedureKind.FILING, OPEN_STATES)
        if filing is None:
            return
        if "launch_date" in changed:
            self._retrigger(filing, algo.launch_date)
        if ProcedureState(filing.state) is ProcedureState.READY:
            self._step(s, filing, lifecycle.ProcedureStep.REOPEN, algo)

    def _snapshot(self, s: Any, algorithm_id: int) -> dict[str, str]:
        algo = self._algorithm(s, algorithm_id)
        entity = convert.to_record(s.get(EntityRow, algo.entity_id), Entity)
        products = [
            convert.to_record(p, Product)
            for p in s.scalars(select(ProductRow).where(ProductRow.algorithm_id == algorithm_id))
        ]
        models = [
            convert.to_record(m, Model)
            for m in s.scalars(
                select(ModelRow)
                .join(AlgorithmModelRow, AlgorithmModelRow.model_id == ModelRow.id)
                .where(AlgorithmModelRow.algorithm_id == algorithm_id)
            )
        ]
        return changes_mod.snapshot(entity, algo, products, models)

    def _baseline(self, s: Any, algorithm_id: int) -> dict[str, str] | None:
        """The snapshot of the last submitted procedure that the CAC has (or may have) accepted."""
        row = s.scalars(
            select(ProcedureRow)
            .where(
                ProcedureRow.algorithm_id == algorithm_id,
                ProcedureRow.kind.in_(
                    (ProcedureKind.FILING.value, ProcedureKind.MODIFICATION.value)
                ),
                ProcedureRow.state.in_(
                    (ProcedureState.SUBMITTED.value, ProcedureState.COMPLETED.value)
                ),
            )
            .order_by(ProcedureRow.submitted_date.desc(), ProcedureRow.id.desc())
        ).first()
        return json.loads(row.snapshot_json) if row is not None else None

    def _detect_changes(self, s: Any, algorithm_id: int, change_date: date | None) -> None:
        """Compare the filed fields with the last submission; open or join the modification."""
        algo = s.get(AlgorithmRow, algorithm_id)
        if AlgorithmState(algo.state) not in FILED_STATES:
            return
        baseline = self._baseline(s, algorithm_id)
        if baseline is None:
            return
        found = changes_mod.diff(baseline, self._snapshot(s, algorithm_id))
        proc = self._live(s, algorithm_id, ProcedureKind.MODIFICATION, OPEN_STATES)
        if not found and proc is None:
            return
        if proc is None:
            proc = self._open_modification(s, algo, change_date or self.today())
        elif change_date is not None and change_date < proc.trigger_date:
            self._retrigger(proc, change_date)
        proc.changes_json = json.dumps(
            [{"field": c.field, "old": c.old, "new": c.new} for c in found], ensure_ascii=False
        )
