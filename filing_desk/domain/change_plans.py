"""What saving an edit does to the modifications (变更) of filed algorithms, said before it happens.

No Qt, no I/O. Domain.md Part A item 8: before a filed field is saved the user is told that a
modification opens (or is joined) and its due date, and gives the change date (default today).
Algorithm Provisions art. 24(2) (citation ``algo-provisions:24.2``): ten working days from the
change. The store finds the effects (it tries the edit and rolls it back); this module compares
the open modifications before and after (``effects``), says the due date a chosen change date
gives (``due_on``), which change dates are allowed (``date_issue``), and what undoing an edit
may do with the modification it opened (``undo_verdict``). It must not read or write records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from filing_desk.domain.deadlines import DEADLINE_FOR, DueDate, Rule, due_date
from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.domain.issues import Issue
from filing_desk.domain.workdays import WorkCalendar

DISCARD_STATES = (ProcedureState.EDITING, ProcedureState.READY)
"""A modification may be discarded only before anything was submitted."""


@dataclass(frozen=True)
class OpenModification:
    """One open modification as the store holds it (its changes as field keys)."""

    procedure_id: int
    algorithm_id: int
    trigger: date | None
    due: date | None
    changes: tuple[tuple[str, str], ...]  # (field key, new value), in the stored order


@dataclass(frozen=True)
class Effect:
    """What an edit does to one filed algorithm's modification.

    ``joins`` is the open modification's id (None: the edit opens a new one); ``trigger``/``due``
    are the joined one's; ``fixed`` is a change date the record itself gives (a product's go-live
    or withdrawal day), which the chosen date does not move; ``floor`` is the day of the
    submission the change is measured against (a change date is never before it)."""

    algorithm_id: int
    algorithm_name: str
    fields: tuple[str, ...]
    rule: Rule
    joins: int | None = None
    trigger: date | None = None
    due: date | None = None
    fixed: date | None = None
    floor: date | None = None

    @property
    def opens(self) -> bool:
        return self.joins is None


def effects(
    before: Mapping[int, OpenModification],
    after: Mapping[int, OpenModification],
    names: Mapping[int, str],
    rules: Mapping[int, Rule],
    floors: Mapping[int, date | None],
    today: date,
) -> tuple[Effect, ...]:
    """The modifications the edit opened (in ``after`` only) or changed (different changes);
    an edit that touches no filed field changes none and has no effect."""
    found: list[Effect] = []
    for pid, mod in sorted(after.items()):
        old = before.get(pid)
        if old is not None and old.changes == mod.changes:
            continue
        touched = _touched(old.changes if old else (), mod.changes)
        aid = mod.algorithm_id
        effect = Effect(aid, names.get(aid, ""), touched, rules[aid], floor=floors.get(aid))
        if old is None:
            fixed = mod.trigger if mod.trigger not in (None, today) else None
            found.append(replace(effect, fixed=fixed))
        else:
            found.append(replace(effect, joins=pid, trigger=old.trigger, due=old.due))
    return tuple(found)


def _touched(old: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    before = dict(old)
    keys = [k for k, v in new if before.get(k) != v]
    keys += [k for k in before if k not in dict(new)]  # changed back to what was filed
    return tuple(keys)


def due_on(effect: Effect, day: date, calendar: WorkCalendar, conservative: bool) -> DueDate:
    """The modification's due date when the change happened on ``day``: a new one runs from the
    day (or the record's own day); a joined one keeps its date unless the day is earlier."""
    kind = DEADLINE_FOR[ProcedureKind.MODIFICATION]
    start = effect.fixed or day
    if effect.joins is not None and effect.trigger is not None and effect.trigger <= start:
        if effect.due is not None:
            return DueDate(effect.due, False)
        start = effect.trigger
    return due_date(kind, start, calendar, conservative=conservative, rule=effect.rule)


def date_issue(day: date, today: date, found: Sequence[Effect]) -> Issue | None:
    """Why ``day`` cannot be the change date (in the future; before the filing it changes)."""
    if day > today:
        return Issue(
            "date.future",
            "procedure.trigger_date",
            params={"date": day.isoformat()},
            text=f"{day.isoformat()} is in the future",
        )
    floors = [e.floor for e in found if e.floor is not None]
    if floors and day < max(floors):
        floor = max(floors).isoformat()
        return Issue(
            "change.before_filing",
            "procedure.trigger_date",
            params={"date": floor},
            text=f"The change cannot be dated before the submission it changes ({floor})",
        )
    return None


@dataclass(frozen=True)
class Kept:
    """A modification an undo could not discard, and why (``reason`` a stable code)."""

    procedure_id: int
    algorithm_id: int
    reason: str  # "joined", "submitted", "attachments"
    fields: tuple[str, ...] = field(default=())


def undo_verdict(
    state: ProcedureState, submitted: date | None, changes: Sequence[str], attachments: int
) -> str | None:
    """None when the modification an edit alone opened can go with its undo; else why not."""
    if state not in DISCARD_STATES or submitted is not None:
        return "submitted"
    if attachments:
        return "attachments"
    if changes:
        return "joined"
    return None
