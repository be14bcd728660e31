"""Change detection: compare an algorithm's filed fields with its last submission.

``ChangeDetection`` snapshots what a procedure submits, finds the baseline a change is measured
against, and opens or joins the modification a change calls for, inside the caller's
transaction. The baseline of a filing imported from a CAC list is completed here with the
fields the list left blank, once the register holds them (not a change: issue 19.5). It must not
judge what a change is (the domain's ``changes`` module does).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain import changes as changes_mod
from filing_desk.domain import lifecycle
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.lifecycle import FILED_STATES, OPEN_STATES
from filing_desk.domain.records import Entity, Model
from filing_desk.store import convert, product_rows
from filing_desk.store.procedure_rows import ProcedureRows
from filing_desk.store.rows import algorithm_row, read_algorithm
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    AuditEventRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
)
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


COMPLETION_EVENTS = ("procedure.baseline_completed", "procedure.completion_undone")
IMPORTED = "imported"  # the reason of a filing made elsewhere, recorded by store.importer


def is_imported(row: ProcedureRow) -> bool:
    """Whether the procedure is a filing made elsewhere, known from a CAC list."""
    return ProcedureKind(row.kind) is ProcedureKind.FILING and row.reason == IMPORTED


class ChangeDetection:
    """Snapshots, baselines and the modification they call for."""

    def __init__(self, uow: UnitOfWork, rows: ProcedureRows) -> None:
        self._uow = uow
        self._rows = rows

    def after_algorithm_edit(
        self, s: Session, algo: AlgorithmRow, changed: Mapping[str, object]
    ) -> None:
        """A new launch date re-dates an open filing; any edit sends a filing that was marked
        ready back to editing (its forms must be checked again before submission)."""
        filing = self._rows.live(s, algo.id, ProcedureKind.FILING, OPEN_STATES)
        if filing is None:
            return
        if "launch_date" in changed:
            self._rows.retrigger(filing, algo.launch_date)
        if ProcedureState(filing.state) is ProcedureState.READY:
            self._rows.step(filing, lifecycle.ProcedureStep.REOPEN, algo)

    def snapshot(self, s: Session, algorithm_id: int) -> dict[str, str]:
        """The filed fields of the algorithm, its entity, products and models, as they are."""
        algo = read_algorithm(s, algorithm_id)
        entity = convert.to_record(s.get(EntityRow, algo.entity_id), Entity)
        products = product_rows.linked(s, algorithm_id, live=True)
        models = [
            convert.to_record(m, Model)
            for m in s.scalars(
                select(ModelRow)
                .join(AlgorithmModelRow, AlgorithmModelRow.model_id == ModelRow.id)
                .where(AlgorithmModelRow.algorithm_id == algorithm_id)
            )
        ]
        return changes_mod.snapshot(entity, algo, products, models)

    def baseline(self, algorithm_id: int) -> dict[str, str] | None:
        """What a change of the algorithm is measured against: the snapshot of its last
        submission that the CAC has (or may have) accepted; None before its first."""
        with self._uow.session() as s:
            return self._baseline(s, algorithm_id)

    def _baseline(self, s: Session, algorithm_id: int) -> dict[str, str] | None:
        row = self.last_submission(s, algorithm_id)
        if row is None:
            return None
        # fields filed only since that submission count as unchanged (domain changes.complete),
        # and so do an imported filing's blanks filled since (written at the next detect)
        now = self.snapshot(s, algorithm_id)
        base, filled, cleared = self._imported_base(s, row, now)
        return changes_mod.complete({**base, **filled, **cleared}, now)

    def last_submission(self, s: Session, algorithm_id: int) -> ProcedureRow | None:
        """The algorithm's last filing or modification the CAC has (or may have) accepted."""
        return s.scalars(
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

    def link_filed(self, s: Session, link_id: int, algorithm_id: int) -> tuple[bool, date | None]:
        """Whether the link is part of the algorithm's last submission (its snapshot names it),
        and that submission's day (None before the first)."""
        row = self.last_submission(s, algorithm_id)
        if row is None:
            return False, None
        prefix = changes_mod.product_key(link_id, "")
        filed = any(k.startswith(prefix) for k in json.loads(row.snapshot_json))
        return filed, row.submitted_date

    def ever_filed(self, s: Session, link_id: int, algorithm_id: int) -> bool:
        """Whether any submission of the algorithm named the link."""
        prefix = changes_mod.product_key(link_id, "")
        snapshots = select(ProcedureRow.snapshot_json).where(
            ProcedureRow.algorithm_id == algorithm_id,
            ProcedureRow.submitted_date.is_not(None),
        )
        return any(prefix in text for text in s.scalars(snapshots))

    def _completed(self, s: Session, row: ProcedureRow, now: Mapping[str, str]) -> dict[str, str]:
        """The submission's snapshot; for a filing imported from a CAC list, with the fields
        the list left blank and the register now holds written into it, and completions taken
        back (blank again) taken out of it, each audited: neither is a change (domain
        ``changes.completions``, ``changes.uncompleted``)."""
        base, filled, cleared = self._imported_base(s, row, now)

        def values(found: dict[str, str]) -> dict[str, object]:
            done = [{"field": k, "old": base[k], "new": v} for k, v in found.items()]
            return {"kind": row.kind, "completed": done}

        if filled:
            self._uow.audit(
                "procedure.baseline_completed", "procedure", row.id, None, values(filled)
            )
        if cleared:
            self._uow.audit(
                "procedure.completion_undone", "procedure", row.id, None, values(cleared)
            )
        if not (filled or cleared):
            return base
        base.update({**filled, **cleared})
        row.snapshot_json = json.dumps(base, ensure_ascii=False, sort_keys=True)
        return base

    def _imported_base(
        self, s: Session, row: ProcedureRow, now: Mapping[str, str]
    ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """The snapshot as stored, the fields ``now`` completes and the completions it takes
        back (both empty unless the submission is an imported filing)."""
        base: dict[str, str] = json.loads(row.snapshot_json)
        if not is_imported(row):
            return base, {}, {}
        filled = changes_mod.completions(base, now)
        blanked = changes_mod.uncompleted(base, now, base)
        if not blanked:
            return base, filled, {}
        return base, filled, changes_mod.uncompleted(base, now, _completed_keys(s, row.id))

    def detect(self, s: Session, algorithm_id: int, change_date: date | None) -> None:
        """Compare the filed fields with the last submission; open or join the modification."""
        algo = algorithm_row(s, algorithm_id)
        if AlgorithmState(algo.state) not in FILED_STATES:
            return
        row = self.last_submission(s, algorithm_id)
        if row is None:
            return
        now = self.snapshot(s, algorithm_id)  # read once: the baseline is completed with it
        base = self._completed(s, row, now)
        found = changes_mod.diff(changes_mod.complete(base, now), now)
        proc = self._rows.live(s, algorithm_id, ProcedureKind.MODIFICATION, OPEN_STATES)
        if not found and proc is None:
            return
        if proc is None:
            proc = self._rows.open_modification(s, algo, change_date or self._uow.today())
        elif change_date is not None and change_date < (proc.trigger_date or change_date):
            self._rows.retrigger(proc, change_date)
        proc.changes_json = json.dumps(
            [{"field": c.field, "old": c.old, "new": c.new} for c in found], ensure_ascii=False
        )


def _completed_keys(s: Session, procedure_id: int) -> set[str]:
    """The fields completed in the imported filing's snapshot since its import (its audit
    events say which), less those taken back since."""
    events = s.execute(
        select(AuditEventRow.action, AuditEventRow.after_json)
        .where(
            AuditEventRow.object_type == "procedure",
            AuditEventRow.object_id == procedure_id,
            AuditEventRow.action.in_(COMPLETION_EVENTS),
        )
        .order_by(AuditEventRow.id)
    )
    keys: set[str] = set()
    for action, after in events:
        fields = {str(c["field"]) for c in json.loads(after or "{}").get("completed", [])}
        keys = keys | fields if action == COMPLETION_EVENTS[0] else keys - fields
    return keys
