"""The cached working-day count equals counting day by day, across known, user and provisional
years (the dashboard and deadlines lean on it for thousands of procedures)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from filing_desk.domain.workdays import WorkCalendar

DAYS = st.dates(min_value=date(2024, 6, 1), max_value=date(2028, 6, 30))
USER_2027 = {date(2027, 1, 1): False, date(2027, 2, 6): True, date(2027, 10, 1): False}


def _naive(calendar: WorkCalendar, a: date, b: date) -> int:
    if b < a:
        return -_naive(calendar, b, a)
    return sum(calendar.is_workday(a + timedelta(days=k)) for k in range(1, (b - a).days + 1))


@settings(max_examples=300, deadline=None)
@given(a=DAYS, b=DAYS)
def test_fast_count_equals_day_by_day(a: date, b: date) -> None:
    calendar = WorkCalendar(USER_2027)
    assert calendar.workdays_between(a, b) == _naive(calendar, a, b)


def test_known_span_across_national_day_2026() -> None:
    # (30 Sep, 16 Oct]: 1-7 Oct holiday; 8, 9, 10 (make-up Sat), 12-16 → 8 working days
    assert WorkCalendar().workdays_between(date(2026, 9, 30), date(2026, 10, 16)) == 8
