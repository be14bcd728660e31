"""The working-day calendar: official days, the conservative mode, and the due dates they give.

``CalendarService`` keeps the calendar (cached until a write changes it or a transaction fails)
and the due dates of live procedures in step with it. It must not open, step or close
procedures (store.procedure_rows and the commands do), nor define deadline rules (the domain's
``deadlines`` does).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.deadlines import DEADLINE_FOR, Rule, due_date, rule_for
from filing_desk.domain.enums import AlgorithmType, DeadlineKind, ProcedureKind, Role
from filing_desk.domain.lifecycle import LIVE_STATES
from filing_desk.domain.workdays import WorkCalendar
from filing_desk.store.rows import invalid
from filing_desk.store.schema import AlgorithmRow, CalendarDayRow, ProcedureRow
from filing_desk.store.settings import Settings
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONSERVATIVE_KEY = "deadlines.conservative"


def rule_of(s: Session, algorithm_id: int) -> Rule:
    """The rule the algorithm's clocks count under (its effective date floors them)."""
    algo = s.get(AlgorithmRow, algorithm_id)
    if algo is None:
        return Rule.ALGORITHM_PROVISIONS
    role = getattr(algo, "role", Role.PROVIDER.value)  # a column derived from the declaration
    return rule_for(AlgorithmType(algo.algo_type), Role(role))


def _calendar_from(s: Session) -> WorkCalendar:
    rows = s.scalars(select(CalendarDayRow)).all()
    return WorkCalendar.from_entries({r.day: (r.workday, r.note) for r in rows})


class CalendarService:
    """The working-day calendar and the due dates it gives."""

    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self._uow = uow
        self._settings = settings
        self._cache: WorkCalendar | None = None
        self._written = False  # the cache holds days a transaction wrote (maybe not committed)
        uow.on_rollback(self.forget)

    def forget(self) -> None:
        """After a failed or rolled-back transaction: drop the cached calendar if it holds days
        a transaction wrote (read again when next needed). Only this service writes days, so a
        cache read from the file stays true (a preview's dry run keeps it)."""
        if self._written:
            self._cache, self._written = None, False

    def calendar(self) -> WorkCalendar:
        if self._cache is None:
            with self._uow.session() as s:
                self._cache = _calendar_from(s)
        return self._cache

    def conservative(self) -> bool:
        return self._settings.setting(CONSERVATIVE_KEY, "0") == "1"

    def due(
        self, kind: DeadlineKind, trigger: date | None, rule: Rule = Rule.ALGORITHM_PROVISIONS
    ) -> tuple[date | None, bool]:
        """(due date, provisional) of a deadline of ``kind`` from ``trigger``, never counted
        from before ``rule`` took effect."""
        if trigger is None:
            return None, False
        due = due_date(kind, trigger, self.calendar(), conservative=self.conservative(), rule=rule)
        return due.value, due.provisional

    def set_calendar_days(self, days: dict[date, tuple[bool, str]]) -> int:
        """Enter or import official days (a State Council notice); re-dates procedures."""
        if not days:
            raise invalid("calendar.empty", "calendar", "No days to enter")
        with self._uow.transaction() as s:
            for day, (workday, note) in sorted(days.items()):
                row = s.get(CalendarDayRow, day)
                if row is None:
                    s.add(CalendarDayRow(day=day, workday=workday, note=note))
                else:
                    row.workday, row.note = workday, note
            years = sorted({d.year for d in days})
            self._uow.audit(
                "calendar.set", "calendar", None, None, {"years": years, "days": len(days)}
            )
            s.flush()
            self._cache, self._written = _calendar_from(s), True  # with this unit's days
            self.redate_open(s)
        return len(days)

    def remove_calendar_year(self, year: int) -> None:
        with self._uow.transaction() as s:
            rows = s.scalars(
                select(CalendarDayRow).where(
                    CalendarDayRow.day >= date(year, 1, 1), CalendarDayRow.day <= date(year, 12, 31)
                )
            )
            count = 0
            for row in rows:
                s.delete(row)
                count += 1
            self._uow.audit(
                "calendar.remove", "calendar", None, {"year": year, "days": count}, None
            )
            s.flush()
            self._cache, self._written = _calendar_from(s), True
            self.redate_open(s)

    def set_conservative(self, on: bool) -> None:
        """Count deadlines conservatively (or not); live procedures are re-dated with it."""
        with self._uow.transaction() as s:
            self._settings.set_setting(CONSERVATIVE_KEY, "1" if on else "0")
            s.flush()  # the due dates below read the new mode
            self.redate_open(s)

    def redate_open(self, s: Session) -> None:
        """Recompute the due dates of live procedures (after the calendar or a setting changed)."""
        rows = s.scalars(select(ProcedureRow).where(ProcedureRow.state.in_(LIVE_STATES)))
        for row in rows:
            rule = rule_of(s, row.algorithm_id)
            kind = DEADLINE_FOR[ProcedureKind(row.kind)]
            value, provisional = self.due(kind, row.trigger_date, rule)
            expected, _ = self.due(DeadlineKind.REVIEW, row.submitted_date, rule)
            if (value, provisional, expected) != (
                row.due_date,
                row.due_provisional,
                row.decision_expected,
            ):
                row.due_date, row.due_provisional = value, provisional
                row.decision_expected = expected
