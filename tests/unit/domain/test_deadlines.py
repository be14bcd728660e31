"""Due dates checked by hand against the State Council's 2026 holiday notice (domain.md §8.1).

2026: New Year 1–3 Jan (work Sun 4 Jan); Spring Festival 15–23 Feb (work Sat 14 Feb, Sat 28 Feb);
Qingming 4–6 Apr; Labour Day 1–5 May (work Sat 9 May); Dragon Boat 19–21 Jun; Mid-Autumn 25–27 Sep;
National Day 1–7 Oct (work Sun 20 Sep, Sat 10 Oct). 1 Jan 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.deadlines import (
    DEADLINE_DAYS,
    DEADLINE_FOR,
    DueDate,
    due_date,
    is_overdue,
    urgency_key,
    working_days_left,
)
from filing_desk.domain.enums import DeadlineKind, ProcedureKind
from filing_desk.domain.workdays import WorkCalendar

D = DeadlineKind
LIBRARY = WorkCalendar()


@pytest.mark.parametrize(
    ("kind", "trigger", "conservative", "expected"),
    [
        # §8.3 worked example. Mon 28 Sep: 29(1) 30(2) | 1–7 Oct holiday | 8(3) 9(4) Sat 10(5)
        # 12(6) 13(7) 14(8) 15(9) 16(10).
        (D.FILING, date(2026, 9, 28), False, date(2026, 10, 16)),
        # Conservative: 28 Sep itself is day 1, so one working day earlier.
        (D.FILING, date(2026, 9, 28), True, date(2026, 10, 15)),
        # Wed 30 Sep: 8 Oct(1) 9(2) Sat 10(3) 12(4) 13(5) 14(6) 15(7) 16(8) 19(9) 20(10).
        (D.FILING, date(2026, 9, 30), False, date(2026, 10, 20)),
        (D.FILING, date(2026, 9, 30), True, date(2026, 10, 19)),
        # Tue 10 Feb, Spring Festival: 11(1) 12(2) 13(3) Sat 14(4) | 15–23 holiday | 24(5) 25(6)
        # 26(7) 27(8) Sat 28(9) Mon 2 Mar(10).
        (D.FILING, date(2026, 2, 10), False, date(2026, 3, 2)),
        # Conservative: 10(1) 11(2) 12(3) 13(4) Sat 14(5) 24(6) 25(7) 26(8) 27(9) Sat 28(10): the
        # inclusive count lands on the make-up Saturday.
        (D.FILING, date(2026, 2, 10), True, date(2026, 2, 28)),
        # Wed 11 Feb: 12(1) 13(2) Sat 14(3) | holiday | 24(4) 25(5) 26(6) 27(7) Sat 28(8) 2 Mar(9)
        # 3 Mar(10).
        (D.MODIFICATION, date(2026, 2, 11), False, date(2026, 3, 3)),
        # Trigger on a holiday (Mon 16 Feb): 24(1) 25(2) 26(3) 27(4) Sat 28(5) 2 Mar(6) 3(7) 4(8)
        # 5(9) 6(10). Conservative changes nothing: the trigger is not a working day.
        (D.FILING, date(2026, 2, 16), False, date(2026, 3, 6)),
        (D.FILING, date(2026, 2, 16), True, date(2026, 3, 6)),
        # Trigger on the adjusted working Saturday 14 Feb: excluded, same as the holiday case…
        (D.FILING, date(2026, 2, 14), False, date(2026, 3, 6)),
        # …conservative: Sat 14 Feb is day 1, 24(2) … 5 Mar(10).
        (D.FILING, date(2026, 2, 14), True, date(2026, 3, 5)),
        # Labour Day, Thu 30 Apr: | 1–5 May holiday | 6(1) 7(2) 8(3) Sat 9(4) 11(5) 12(6) 13(7)
        # 14(8) 15(9) 18(10).
        (D.MODIFICATION, date(2026, 4, 30), False, date(2026, 5, 18)),
        # Trigger on make-up Sat 9 May, conservative: 9(1) 11(2) … 15(6) 18(7) 19(8) 20(9) 21(10).
        (D.MODIFICATION, date(2026, 5, 9), True, date(2026, 5, 21)),
        # Cancellation (20) across Mid-Autumn and National Day, Fri 18 Sep: Sun 20(1) 21(2) 22(3)
        # 23(4) 24(5) | 25–27 holiday | 28(6) 29(7) 30(8) | 1–7 Oct | 8(9) 9(10) Sat 10(11)
        # 12(12) 13(13) 14(14) 15(15) 16(16) 19(17) 20(18) 21(19) 22(20).
        (D.CANCELLATION, date(2026, 9, 18), False, date(2026, 10, 22)),
        # New Year, Tue 30 Dec 2025: Wed 31 Dec(1) | 1–3 Jan holiday | Sun 4 Jan(2) 5(3) 6(4) 7(5)
        # 8(6) 9(7) 12(8) 13(9) 14(10).
        (D.FILING, date(2025, 12, 30), False, date(2026, 1, 14)),
        # CAC review (30) across Dragon Boat, Mon 25 May: 26–29 May(1–4) 1–5 Jun(5–9)
        # 8–12 Jun(10–14) 15–18 Jun(15–18) | Fri 19 Jun holiday | 22–26 Jun(19–23) 29–30 Jun(24–25)
        # 1–3 Jul(26–28) 6 Jul(29) 7 Jul(30).
        (D.REVIEW, date(2026, 5, 25), False, date(2026, 7, 7)),
        # Qingming, Thu 2 Apr: 3 Apr(1) | Sat 4 – Mon 6 holiday | 7(2) 8(3) 9(4) 10(5) 13(6) 14(7)
        # 15(8) 16(9) 17(10).
        (D.FILING, date(2026, 4, 2), False, date(2026, 4, 17)),
    ],
)
def test_due_dates_2026(kind: D, trigger: date, conservative: bool, expected: date) -> None:
    assert due_date(kind, trigger, LIBRARY, conservative=conservative) == DueDate(expected, False)


# A simulated State Council notice for early 2027 (entered by the user): New Year 1–3 Jan;
# Spring Festival Fri 5 – Sat 13 Feb with make-up working days Sun 31 Jan and Sat 20 Feb.
NOTICE_2027 = {
    **{date(2027, 1, d): False for d in (1, 2, 3)},
    date(2027, 1, 31): True,
    **{date(2027, 2, d): False for d in range(5, 14)},
    date(2027, 2, 20): True,
}


def test_span_into_2027_is_provisional_then_exact() -> None:
    trigger = date(2027, 1, 29)  # a Friday
    # Provisional calendar (lunar New Year 2027 = Sat 6 Feb: holidays Fri 5 – Mon 8 Feb, no
    # make-up days): Mon 1 Feb(1) 2(2) 3(3) Thu 4(4) | 5–8 | Tue 9(5) 10(6) 11(7) Fri 12(8)
    # Mon 15(9) Tue 16(10).
    assert due_date(D.FILING, trigger, WorkCalendar()) == DueDate(date(2027, 2, 16), True)
    # With the notice entered: Sun 31 Jan(1) 1(2) 2(3) 3(4) Thu 4(5) | 5–13 holiday, Sun 14 rest |
    # Mon 15(6) 16(7) 17(8) 18(9) Fri 19(10).
    exact = WorkCalendar(NOTICE_2027)
    assert due_date(D.FILING, trigger, exact) == DueDate(date(2027, 2, 19), False)


def test_span_from_2026_into_2027() -> None:
    # Thu 24 Dec 2026: 25(1) 28(2) 29(3) 30(4) 31(5) | Fri 1 Jan 2027 holiday | 4(6) 5(7) 6(8)
    # 7(9) 8(10). Same date either way, but only the entered notice makes it exact.
    trigger = date(2026, 12, 24)
    assert due_date(D.FILING, trigger, WorkCalendar()) == DueDate(date(2027, 1, 8), True)
    assert due_date(D.FILING, trigger, WorkCalendar(NOTICE_2027)) == DueDate(
        date(2027, 1, 8), False
    )


def test_tables() -> None:
    assert DEADLINE_DAYS == {
        D.FILING: 10,
        D.MODIFICATION: 10,
        D.CANCELLATION: 20,
        D.REVIEW: 30,
        D.SECURITY_ASSESSMENT: 30,  # issue 18: 2018 rules art. 7, triggers (3)-(5)
    }
    assert {k: v.value for k, v in DEADLINE_FOR.items()} == {
        ProcedureKind.FILING: "filing",
        ProcedureKind.MODIFICATION: "modification",
        ProcedureKind.CANCELLATION: "cancellation",
    }


@pytest.mark.parametrize(
    ("today", "left"),
    [
        (date(2026, 9, 30), 8),  # 8, 9, 10, 12, 13, 14, 15, 16 Oct
        (date(2026, 10, 3), 8),  # a holiday: same working days ahead
        (date(2026, 10, 15), 1),
        (date(2026, 10, 16), 0),  # the due day
        (date(2026, 10, 17), -1),  # Saturday after: overdue although no working day passed
        (date(2026, 10, 19), -1),
        (date(2026, 10, 20), -2),
    ],
)
def test_working_days_left(today: date, left: int) -> None:
    due = date(2026, 10, 16)
    assert working_days_left(today, due, LIBRARY) == left
    assert is_overdue(today, due) == (left < 0)


def test_urgency_order() -> None:
    today = date(2026, 10, 16)
    dues: list[date | DueDate | None] = [
        None,
        date(2026, 11, 2),
        DueDate(date(2026, 10, 16), False),
        date(2026, 10, 1),
        date(2026, 9, 1),
        DueDate(date(2026, 10, 20), True),
    ]
    ordered = sorted(dues, key=lambda d: urgency_key(d, today))
    assert ordered == [
        date(2026, 9, 1),  # overdue, oldest first
        date(2026, 10, 1),
        DueDate(date(2026, 10, 16), False),  # due today: not overdue yet
        DueDate(date(2026, 10, 20), True),
        date(2026, 11, 2),
        None,
    ]


# from the Algorithm Provisions' effective date: an earlier trigger is floored (test_floors.py)
triggers = st.dates(date(2022, 3, 1), date(2028, 12, 31))
kinds = st.sampled_from(list(DeadlineKind))
calendars = st.sampled_from([LIBRARY, WorkCalendar(NOTICE_2027)])


@given(kind=kinds, trigger=triggers, conservative=st.booleans(), calendar=calendars)
def test_due_date_is_a_working_day(
    kind: D, trigger: date, conservative: bool, calendar: WorkCalendar
) -> None:
    due = due_date(kind, trigger, calendar, conservative=conservative)
    assert calendar.is_workday(due.value)
    assert due.value > trigger or (conservative and due.value >= trigger)
    assert working_days_left(trigger, due.value, calendar) == DEADLINE_DAYS[kind] - (
        conservative and calendar.is_workday(trigger)
    )


@given(
    kind=kinds,
    trigger=triggers,
    later_by=st.integers(min_value=0, max_value=60),
    conservative=st.booleans(),
    calendar=calendars,
)
def test_later_trigger_never_gives_earlier_due_date(
    kind: D, trigger: date, later_by: int, conservative: bool, calendar: WorkCalendar
) -> None:
    later = trigger + timedelta(days=later_by)
    first = due_date(kind, trigger, calendar, conservative=conservative)
    second = due_date(kind, later, calendar, conservative=conservative)
    assert second.value >= first.value


@given(trigger=triggers, kind=kinds)
def test_conservative_is_never_later(trigger: date, kind: D) -> None:
    normal = due_date(kind, trigger, LIBRARY)
    careful = due_date(kind, trigger, LIBRARY, conservative=True)
    assert careful.value <= normal.value
