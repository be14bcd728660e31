"""Security assessments across the register, as of its today: the open ones with their clocks,
the subjects that need one and have none (attributes and a go-live date, no record: overdue
from that day), the products whose user numbers jumped (trigger (3) suggested), and each
algorithm's standing for the register table and the detail pane.

``SecurityOverview`` reads in one session and writes nothing. A subject is *covered* when it,
or a product or algorithm live-linked to it, has any assessment recorded: then that record's
own state speaks. It does not count days (``domain.security_assessment``) nor judge growth
(``domain.security_attributes``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date

from filing_desk.domain.security_assessment import (
    SecurityAssessment,
    SecurityState,
    Standing,
    SubjectKind,
    Trigger,
)
from filing_desk.domain.security_attributes import Growth, growth
from filing_desk.domain.workdays import WorkCalendar
from filing_desk.store import security_snapshot as snapshot
from filing_desk.store.security_assessments import SecurityAssessmentService, latest
from filing_desk.store.security_snapshot import A, P, Snapshot
from filing_desk.store.security_subjects import SecuritySubjectService
from filing_desk.store.unit_of_work import UnitOfWork

DUE_SOON_WORKDAYS = 5


@dataclass(frozen=True)
class SecurityDeadline:
    """An open assessment, or a subject without one (``assessment`` None), with its standing."""

    assessment: SecurityAssessment | None
    subject_kind: SubjectKind
    subject_id: int
    subject_name: str
    entity_name: str
    algorithm_id: int  # the algorithm to select in the register (0: none)
    standing: Standing

    @property
    def trigger(self) -> Trigger:
        return self.assessment.trigger if self.assessment is not None else Trigger.GO_LIVE

    @property
    def due(self) -> date | None:
        return self.standing.clock.due if self.standing.clock else None

    @property
    def before(self) -> bool:
        return bool(self.standing.clock and self.standing.clock.before)

    @property
    def provisional(self) -> bool:
        return bool(self.standing.clock and self.standing.clock.provisional)


@dataclass(frozen=True)
class GrowthHint:
    """A product whose user numbers jumped beyond the threshold: trigger (3) suggested."""

    product_id: int
    product_name: str
    entity_name: str
    algorithm_id: int
    growth: Growth


@dataclass(frozen=True)
class SecurityBuckets:
    """The dashboard's security-assessment entries."""

    open: tuple[SecurityDeadline, ...] = ()  # every open one, overdue first, then by due date
    growth: tuple[GrowthHint, ...] = field(default=())

    @property
    def overdue(self) -> tuple[SecurityDeadline, ...]:
        return tuple(d for d in self.open if d.standing.overdue)

    @property
    def due_soon(self) -> tuple[SecurityDeadline, ...]:
        return tuple(
            d
            for d in self.open
            if not d.standing.overdue
            and d.standing.working_days_left is not None
            and d.standing.working_days_left <= DUE_SOON_WORKDAYS
        )


class SecurityOverview:
    """Reads across assessments, products and algorithms."""

    def __init__(
        self,
        uow: UnitOfWork,
        assessments: SecurityAssessmentService,
        subjects: SecuritySubjectService,
    ) -> None:
        self._uow = uow
        self._assessments = assessments
        self._subjects = subjects

    def security_deadlines(self) -> list[SecurityDeadline]:
        """Open assessments and subjects without one, overdue first, then by due date."""
        with self._uow.session() as s:
            return self._deadlines(snapshot.read(s))

    def security_buckets(self) -> SecurityBuckets:
        with self._uow.session() as s:
            snap = snapshot.read(s)
            return SecurityBuckets(tuple(self._deadlines(snap)), tuple(self._growth(snap)))

    def algorithm_standings(
        self, algorithm_ids: Collection[int] | None = None
    ) -> dict[int, Standing]:
        """Algorithm id → its (or its products') latest assessment's standing; MISSING when it
        is live with the attributes (its own, or a per-se product's it is live on) and has
        none; algorithms with neither are left out."""
        with self._uow.session() as s:
            snap = snapshot.read(s, algorithm_ids)
        out: dict[int, Standing] = {}
        for algorithm_id in snap.algorithms:
            found = latest(snap.own_or_linked(algorithm_id))
            if found is not None:
                out[algorithm_id] = self._assessments.standing_of(found)
                continue
            per_se, product_live = snap.per_se(algorithm_id)
            if algorithm_id in snap.attributed or per_se:
                go_live = snap.attributed.get(algorithm_id) or product_live
                out[algorithm_id] = self._assessments.standing_of(None, go_live)
        return out

    # --- combining ----------------------------------------------------------------------------

    def _deadlines(self, snap: Snapshot) -> list[SecurityDeadline]:
        out = [
            self._deadline(snap, a, a.subject_kind, a.subject_id, self._assessments.standing_of(a))
            for found in snap.by_subject.values()
            for a in found
            if not a.complete
        ]
        for algorithm_id, go_live in snap.attributed.items():
            if not snap.covered(A, algorithm_id):
                out.append(self._missing(snap, A, algorithm_id, go_live))
        for product_id, profile in snap.profiles.items():
            live_since = snap.go_live.get(product_id)
            if profile.public_opinion and live_since and not snap.covered(P, product_id):
                out.append(self._missing(snap, P, product_id, live_since))
        return sorted(out, key=_urgency)

    def _missing(
        self, snap: Snapshot, kind: SubjectKind, subject_id: int, go_live: date | None
    ) -> SecurityDeadline:
        standing = self._assessments.standing_of(None, go_live)
        return self._deadline(snap, None, kind, subject_id, standing)

    def _deadline(
        self,
        snap: Snapshot,
        a: SecurityAssessment | None,
        kind: SubjectKind,
        subject_id: int,
        standing: Standing,
    ) -> SecurityDeadline:
        name, entity = snap.names.get((kind, subject_id), (f"{kind.value} #{subject_id}", ""))
        algorithm_id = subject_id if kind is A else snap.first_algorithm(subject_id)
        return SecurityDeadline(a, kind, subject_id, name, entity, algorithm_id, standing)

    def _growth(self, snap: Snapshot) -> list[GrowthHint]:
        threshold = self._subjects.growth_threshold()
        hints = []
        for product_id, points in self._subjects.user_scale().items():
            last = latest(snap.related(product_id))
            found = growth(points, threshold, last.trigger_date if last else None)
            if found is None:
                continue
            name, entity = snap.names.get((P, product_id), (f"product #{product_id}", ""))
            hints.append(
                GrowthHint(product_id, name, entity, snap.first_algorithm(product_id), found)
            )
        return hints


def _urgency(d: SecurityDeadline) -> tuple[bool, bool, date, int]:
    due = d.standing.clock.last_day if d.standing.clock else date.max
    return (not d.standing.overdue, d.standing.clock is None, due, d.subject_id)


def security_overview(
    uow: UnitOfWork, calendar: Callable[[], WorkCalendar], conservative: Callable[[], bool]
) -> SecurityOverview:
    """The overview on a unit of work and the register's calendar (``CalendarService``).

    The calendar and the conservative setting are read once per overview: a dashboard over
    10,000 algorithms otherwise reads the setting once per subject (thousands of queries)."""
    service = SecurityAssessmentService(
        uow, functools.cache(calendar), functools.cache(conservative)
    )
    return SecurityOverview(uow, service, SecuritySubjectService(uow))


__all__ = ["SecurityBuckets", "SecurityDeadline", "SecurityOverview", "SecurityState"]
