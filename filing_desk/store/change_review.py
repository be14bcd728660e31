"""Modifications seen before, while and after an edit: preview it, apply it, undo it, discard one.

``ChangeReview`` runs a record write the caller passes in (one of the register's ``update_*``):
``preview`` tries it in a transaction that is always rolled back and says what it would do to the
open modifications (domain ``change_plans.effects``); ``apply`` writes it and names the
modifications it opened; ``undo`` writes the old value and discards a modification the edit alone
opened; ``discard`` is the user's "opened by mistake" (a reason required), which is not the CAC's
answer nor a withdrawal in the portal. A discarded modification is kept, marked withdrawn (out of
every deadline), with a ``procedure.discard`` audit event that holds the reason and how. It must
not judge what a change is (domain ``changes``) nor when it is due (domain ``deadlines``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import event, func, select

from filing_desk.domain import change_plans, lifecycle
from filing_desk.domain.change_plans import Effect, Kept, OpenModification
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.lifecycle import OPEN_STATES
from filing_desk.domain.records import Procedure
from filing_desk.store.procedure_calendar import rule_of
from filing_desk.store.procedure_rows import move_algorithm, procedure_record, procedure_values
from filing_desk.store.rows import algorithm_row, invalid, procedure_row
from filing_desk.store.schema import AttachmentRow, ProcedureRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Write = Callable[[], object]
UNDO, USER = "undo", "user"  # how a modification was discarded (the audit event says which)


class _DryRun(Exception):
    """Raised inside ``preview``'s transaction so that nothing it wrote is kept."""


class ChangeReview:
    """Preview, apply and undo record writes with the modifications they open; discard one."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def preview(self, write: Write) -> tuple[Effect, ...]:
        """What ``write`` would do to the open modifications; nothing is kept. Call it outside
        a transaction (a rolled-back nested one would fail the caller's)."""
        before: dict[int, OpenModification] = {}
        after: dict[int, OpenModification] = {}
        try:
            with self._uow.transaction() as s:
                with _Touched(s) as touched:
                    write()
                    s.flush()
                before, after = touched.before, _open_modifications(s, touched.ids)
                ids = {m.algorithm_id for m in after.values()}
                floors = {i: _floor(s, i) for i in ids}
                rules = {i: rule_of(s, i) for i in ids}
                raise _DryRun
        except _DryRun:
            pass
        with self._uow.session() as s:  # names as they are, not as the edit would make them
            names = {i: algorithm_row(s, i).name for i in ids}
        today = self._uow.today()
        return change_plans.effects(before, after, names, rules, floors, today)

    def apply(self, write: Write) -> tuple[int, ...]:
        """Write; the ids of the modifications the write opened."""
        with self._uow.transaction() as s:
            with _Touched(s) as touched:
                write()
                s.flush()
            after = _open_modifications(s, touched.ids)
            return tuple(sorted(set(after) - set(touched.before)))

    def undo(self, write: Write, opened: tuple[int, ...]) -> tuple[Kept, ...]:
        """Write the old value back; discard each modification in ``opened`` that nothing else
        joined, nothing submitted and nothing attached to; the others are returned, with why."""
        kept: list[Kept] = []
        with self._uow.transaction() as s:
            write()
            s.flush()
            for pid in opened:
                row = s.get(ProcedureRow, pid)
                if row is None:
                    continue
                changes = tuple(c["field"] for c in json.loads(row.changes_json or "[]"))
                verdict = change_plans.undo_verdict(
                    ProcedureState(row.state), row.submitted_date, changes, _attached(s, pid)
                )
                if verdict is None:
                    self._discard(s, row, "", UNDO)
                elif ProcedureState(row.state) in OPEN_STATES:
                    kept.append(Kept(pid, row.algorithm_id, verdict, changes))
        return tuple(kept)

    def discard(self, procedure_id: int, reason: str) -> Procedure:
        """The user's discard of a modification opened by mistake (audited with ``reason``)."""
        if not reason.strip():
            raise invalid("field.required", "procedure.discard_reason", "The reason is required")
        with self._uow.transaction() as s:
            row = procedure_row(s, procedure_id)
            if ProcedureKind(row.kind) is not ProcedureKind.MODIFICATION:
                raise invalid(
                    "discard.kind", "procedure.kind", "Only a modification can be discarded"
                )
            state = ProcedureState(row.state)
            if state not in change_plans.DISCARD_STATES or row.submitted_date is not None:
                raise invalid(
                    "discard.submitted",
                    "procedure.state",
                    "A modification already submitted is withdrawn in the portal, not discarded",
                )
            if _attached(s, procedure_id):
                raise invalid(
                    "discard.attachments",
                    "procedure.attachments",
                    "The modification has attachments: it was not opened by mistake",
                )
            self._discard(s, row, reason.strip(), USER)
            return procedure_record(row)

    def _discard(self, s: Session, row: ProcedureRow, reason: str, how: str) -> None:
        before = procedure_values(row)
        row.state = ProcedureState.DISCARDED.value  # not the CAC withdrawal: nothing was submitted
        algo = algorithm_row(s, row.algorithm_id)
        if AlgorithmState(algo.state) is AlgorithmState.CHANGE_PENDING:
            move_algorithm(algo, lifecycle.AlgorithmStep.WITHDRAW_CHANGE)
        after = {**procedure_values(row), "discarded": how, "discard_reason": reason}
        self._uow.audit("procedure.discard", "procedure", row.id, before, after)


def _open_modifications(s: Session, ids: Collection[int]) -> dict[int, OpenModification]:
    """The open modifications among the procedures ``ids``, as the session sees them now (one
    query by primary key: the rest of the register is not read)."""
    if not ids:
        return {}
    columns = (
        ProcedureRow.id,
        ProcedureRow.algorithm_id,
        ProcedureRow.trigger_date,
        ProcedureRow.due_date,
        ProcedureRow.changes_json,
    )
    rows = s.execute(
        select(*columns).where(
            ProcedureRow.id.in_(sorted(ids)),
            ProcedureRow.kind == ProcedureKind.MODIFICATION.value,
            ProcedureRow.state.in_([st.value for st in OPEN_STATES]),
        )
    )
    return {
        pid: OpenModification(
            pid,
            algorithm_id,
            trigger,
            due,
            tuple((c["field"], c["new"]) for c in json.loads(changes or "[]")),
        )
        for pid, algorithm_id, trigger, due, changes in rows
    }


class _Touched:
    """The procedures a write inserts, changes or deletes (``ids``, seen at each of its
    flushes), and those of them that were open modifications before it (``before``, read from
    the file just before the write's first flush of each row: it still holds them as they were).
    A write can only open or change the modifications it touches, so nothing else is read."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self.ids: set[int] = set()
        self.before: dict[int, OpenModification] = {}

    def __enter__(self) -> _Touched:
        event.listen(self._s, "before_flush", self._before_flush)
        event.listen(self._s, "after_flush", self._after_flush)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self._s, "before_flush", self._before_flush)
        event.remove(self._s, "after_flush", self._after_flush)

    def _before_flush(self, s: Session, *_: object) -> None:
        rows = (*s.dirty, *s.deleted)
        first = {r.id for r in rows if isinstance(r, ProcedureRow) and r.id not in self.ids}
        first.discard(None)
        self.before.update(_open_modifications(s, first))

    def _after_flush(self, s: Session, *_: object) -> None:
        rows = (*s.new, *s.dirty, *s.deleted)
        self.ids.update(r.id for r in rows if isinstance(r, ProcedureRow) and r.id is not None)


def _floor(s: Session, algorithm_id: int) -> date | None:
    """The day of the algorithm's last submission a change is measured against."""
    return s.scalar(
        select(func.max(ProcedureRow.submitted_date)).where(
            ProcedureRow.algorithm_id == algorithm_id,
            ProcedureRow.kind.in_((ProcedureKind.FILING.value, ProcedureKind.MODIFICATION.value)),
            ProcedureRow.state.in_(
                (ProcedureState.SUBMITTED.value, ProcedureState.COMPLETED.value)
            ),
        )
    )


def _attached(s: Session, procedure_id: int) -> int:
    return (
        s.scalar(
            select(func.count(AttachmentRow.id)).where(
                AttachmentRow.owner_type == "procedure", AttachmentRow.owner_id == procedure_id
            )
        )
        or 0
    )
