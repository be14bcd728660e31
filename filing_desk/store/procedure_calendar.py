"""Procedure commands about the working-day calendar: official days and the due dates they give.

A mixin of ``Register`` (through ``ProcedureCommands``). It keeps due dates in step with the
calendar; it must not open, step or close procedures (store.procedure_rows and the commands do).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.deadlines import DEADLINE_FOR, due_date
from filing_desk.domain.enums import DeadlineKind, ProcedureKind
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.lifecycle import LIVE_STATES
from filing_desk.domain.workdays import WorkCalendar
from filing_desk.store.host import RegisterHost
from filing_desk.store.schema import CalendarDayRow, ProcedureRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONSERVATIVE_KEY = "deadlines.conservative"


def _calendar_from(s: Session) -> WorkCalendar:
    rows = s.scalars(select(CalendarDayRow)).all()
    return WorkCalendar.from_entries({r.day: (r.workday, r.note) for r in rows})


def _invalid(code: str, key: str, text: str) -> InvalidInput:
    return InvalidInput([Issue(code, key, text=text)])


class CalendarCommands(RegisterHost):
    """The working-day calendar and the due dates it gives (mixed into Register)."""

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

    def _redate_open(self, s: Session) -> None:
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
