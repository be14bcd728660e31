"""Due dates of the filing procedures, counted in PRC working days, and their urgency order.

No Qt, no I/O. Counting (domain.md Part A item 2, Part B §8.3): the trigger day does not count;
day 1 is the first working day after it; the due date is the Nth working day. Conservative mode
also counts the trigger day when it is a working day, so the due date is one working day earlier.
A procedure meets its deadline by being submitted (Part A item 3); the REVIEW clock is the CAC's
and is shown as "decision expected by", never as the user's deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import DeadlineKind, ProcedureKind
from filing_desk.domain.workdays import WorkCalendar

DEADLINE_DAYS: dict[DeadlineKind, int] = {
    DeadlineKind.FILING: 10,  # Algorithm Provisions art. 24(1): ten working days from go-live
    DeadlineKind.MODIFICATION: 10,  # art. 24(2): ten working days from the change
    DeadlineKind.CANCELLATION: 20,  # art. 24(3): twenty working days from the end of service
    DeadlineKind.REVIEW: 30,  # art. 25: the CAC decides within thirty working days
}

DEADLINE_FOR: dict[ProcedureKind, DeadlineKind] = {
    ProcedureKind.FILING: DeadlineKind.FILING,
    ProcedureKind.MODIFICATION: DeadlineKind.MODIFICATION,
    ProcedureKind.CANCELLATION: DeadlineKind.CANCELLATION,
}


@dataclass(frozen=True)
class DueDate:
    """A due date, provisional when any day counted came from the provisional calendar."""

    value: date
    provisional: bool


def due_date(
    kind: DeadlineKind,
    trigger: date,
    calendar: WorkCalendar,
    conservative: bool = False,
) -> DueDate:
    """The last day to act: the Nth working day after ``trigger`` (see module docstring)."""
    value, provisional = calendar.add_workdays(
        trigger, DEADLINE_DAYS[DeadlineKind(kind)], include_start=conservative
    )
    return DueDate(value, provisional)


def working_days_left(today: date, due: date, calendar: WorkCalendar) -> int:
    """Working days after today up to and including ``due``: 0 on the due day, < 0 once overdue.

    A rest day after the due date still counts as overdue (-1 at least).
    """
    if today <= due:
        return calendar.workdays_between(today, due)
    return -max(1, calendar.workdays_between(due, today))


def is_overdue(today: date, due: date) -> bool:
    """Past its due date (the deadline ends at 24:00 on the due day)."""
    return due < today


def urgency_key(due: date | DueDate | None, today: date) -> tuple[int, date]:
    """Sort key: overdue first, then upcoming, each by due date; no due date last."""
    if isinstance(due, DueDate):
        due = due.value
    if due is None:
        return (2, date.max)
    return (0 if is_overdue(today, due) else 1, due)
