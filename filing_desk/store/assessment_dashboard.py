"""The dashboard's checklist buckets: items answered 不符合, answers whose next review falls within
30 days (their evidence runs out), and answers due for review (the day has come, or a new library
version flagged them).

Plain function on a session the caller holds (``store.dashboard`` reads the whole dashboard in
one): no writes, no rules of its own — the buckets are ``domain.assessments``' functions applied
to every assessment. An assessment whose subject is no longer in the register is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain import assessments as rules
from filing_desk.domain.assessments import Answer, Assessment, Result
from filing_desk.store import assessment_rows as rows
from filing_desk.store.schema import AssessmentRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ChecklistFinding:
    """One answer in a bucket, with what a list needs to name it and to open its checklist."""

    assessment_id: int
    library_id: str
    subject_kind: str
    subject_id: int
    subject_name: str
    item_id: str
    result: Result
    owner: str
    next_review: date | None
    to_review: bool

    @property
    def algorithm_id(self) -> int | None:
        """The algorithm to select when the entry is clicked (None for another subject)."""
        return self.subject_id if self.subject_kind == "algorithm" else None


@dataclass(frozen=True)
class ChecklistBuckets:
    nonconforming: tuple[ChecklistFinding, ...] = ()
    evidence_expiring: tuple[ChecklistFinding, ...] = ()
    reviews_due: tuple[ChecklistFinding, ...] = ()


def _finding(a: Assessment, name: str, ans: Answer) -> ChecklistFinding:
    return ChecklistFinding(
        assessment_id=a.id or 0,
        library_id=a.library_id,
        subject_kind=a.subject_kind,
        subject_id=a.subject_id,
        subject_name=name,
        item_id=ans.item_id,
        result=ans.result,
        owner=ans.owner,
        next_review=ans.next_review,
        to_review=ans.to_review,
    )


def checklist_buckets(
    s: Session, today: date, within_days: int = rules.EXPIRY_WINDOW_DAYS
) -> ChecklistBuckets:
    """The three buckets over every assessment; sorted by subject, library and item, the two
    dated ones by date first."""
    nonconforming: list[ChecklistFinding] = []
    expiring: list[ChecklistFinding] = []
    due: list[ChecklistFinding] = []
    for row in s.scalars(select(AssessmentRow).order_by(AssessmentRow.id)):
        name = rows.subject_name(s, row.subject_kind, row.subject_id)
        if not name:
            continue
        a = rows.assessment_of(s, row)
        nonconforming += [_finding(a, name, x) for x in rules.nonconforming(a)]
        expiring += [_finding(a, name, x) for x in rules.evidence_expiring(a, today, within_days)]
        due += [_finding(a, name, x) for x in rules.reviews_due(a, today)]

    def by_name(f: ChecklistFinding) -> tuple[str, str, str]:
        return (f.subject_name, f.library_id, f.item_id)

    def by_date(f: ChecklistFinding) -> tuple[date, str, str, str]:
        return (f.next_review or date.min, *by_name(f))

    return ChecklistBuckets(
        tuple(sorted(nonconforming, key=by_name)),
        tuple(sorted(expiring, key=by_date)),
        tuple(sorted(due, key=by_date)),
    )
