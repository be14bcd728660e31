"""WorkCalendar: library, user and provisional years; counting; the calendar CSV."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.workdays import (
    DayInfo,
    Festival,
    WorkCalendar,
    YearSource,
    library_knows,
    parse_calendar_csv,
    provisional_holidays,
    qingming_day,
)

LIBRARY_YEARS = range(2004, 2027)  # chinesecalendar 1.11.0


def test_library_years_probe() -> None:
    assert all(library_knows(y) for y in LIBRARY_YEARS)
    assert not library_knows(2003)
    assert not library_knows(2027)


@pytest.mark.parametrize("year", LIBRARY_YEARS)
def test_qingming_formula_matches_library_solar_term(year: int) -> None:
    terms = chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 30))
    assert (qingming_day(year), "清明") in terms


@pytest.mark.parametrize("year", [2025, 2026])
def test_provisional_rules_equal_the_library_under_the_2024_revision(year: int) -> None:
    # Since 2025 the statutory days (incl. lunar New Year's Eve and 2 May) are exactly these.
    for day, festival in provisional_holidays(year).items():
        assert chinese_calendar.get_holiday_detail(day) == (True, festival.en), day


@pytest.mark.parametrize("year", range(2008, 2027))
def test_lunar_festivals_are_library_holidays(year: int) -> None:
    # Spring Festival days 1–3, Qingming, Dragon Boat and Mid-Autumn: holidays since 2008.
    festivals = {Festival.QINGMING, Festival.DRAGON_BOAT, Festival.MID_AUTUMN}
    for day, festival in provisional_holidays(year).items():
        if festival in festivals:
            assert not chinese_calendar.is_workday(day), day
    new_year = [d for d, f in provisional_holidays(year).items() if f is Festival.SPRING_FESTIVAL]
    assert all(chinese_calendar.is_holiday(d) for d in new_year[1:])


def test_provisional_2027_by_hand() -> None:
    # Lunar New Year 2027 is Sat 6 Feb, so the eve is Fri 5 Feb and days 1–3 are 6–8 Feb.
    days = provisional_holidays(2027)
    spring = sorted(d for d, f in days.items() if f is Festival.SPRING_FESTIVAL)
    assert spring == [date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)]
    assert days[date(2027, 4, 5)] is Festival.QINGMING
    assert days[date(2027, 6, 9)] is Festival.DRAGON_BOAT  # lunar 5/5
    assert days[date(2027, 9, 15)] is Festival.MID_AUTUMN  # lunar 8/15
    assert len(days) == 13  # the 13 statutory days of the 2024 revision


def test_year_status() -> None:
    cal = WorkCalendar({date(2028, 1, 3): False, date(2026, 2, 16): True})
    assert cal.year_status(2026) is YearSource.LIBRARY
    assert cal.year_status(2028) is YearSource.USER
    assert cal.year_status(2027) is YearSource.PROVISIONAL
    assert cal.is_provisional(date(2027, 6, 1))
    assert not cal.is_provisional(date(2028, 6, 1))
    # The library wins over a user entry for a year it knows (domain.md Part A item 4).
    assert not cal.is_workday(date(2026, 2, 16))


def test_user_year_uses_entries_then_weekdays() -> None:
    cal = WorkCalendar(
        {date(2028, 1, 3): False, date(2028, 1, 8): True}, {date(2028, 1, 3): "元旦"}
    )
    assert not cal.is_workday(date(2028, 1, 3))  # Monday entered as holiday
    assert cal.is_workday(date(2028, 1, 8))  # Saturday entered as working day
    assert cal.is_workday(date(2028, 1, 4))  # ordinary Tuesday
    assert not cal.is_workday(date(2028, 1, 9))  # ordinary Sunday
    assert cal.holiday_name(date(2028, 1, 3)) == "元旦"
    # 1 May 2028 is not entered: a user year has no provisional holidays.
    assert cal.is_workday(date(2028, 5, 1))


def test_provisional_year_rests_on_statutory_days() -> None:
    cal = WorkCalendar()
    assert not cal.is_workday(date(2027, 2, 5))  # Friday, lunar New Year's Eve
    assert not cal.is_workday(date(2027, 2, 8))  # Monday, lunar 1/3
    assert cal.is_workday(date(2027, 2, 9))
    assert not cal.is_workday(date(2027, 10, 1))
    assert cal.holiday_name(date(2027, 10, 1), "en") == "National Day"


def test_day_info_and_labels() -> None:
    cal = WorkCalendar()
    makeup = cal.day_info(date(2026, 2, 14))  # Saturday, make-up working day
    assert makeup == DayInfo(date(2026, 2, 14), True, YearSource.LIBRARY, Festival.SPRING_FESTIVAL)
    assert makeup.adjusted
    assert makeup.label("zh") == "春节（调休上班）"
    assert makeup.label("en") == "Spring Festival (make-up working day)"
    assert cal.holiday_name(date(2026, 10, 5)) == "国庆节"
    assert cal.holiday_name(date(2026, 3, 3)) == ""
    assert not cal.day_info(date(2026, 3, 7)).adjusted  # ordinary Saturday


def test_days_of_year() -> None:
    cal = WorkCalendar()
    days = cal.days_of_year(2026)
    assert len(days) == 365
    assert days[0].day == date(2026, 1, 1) and not days[0].workday
    assert all(info.workday == cal.is_workday(info.day) for info in days)
    assert len(cal.days_of_year(2028)) == 366
    assert {info.source for info in cal.days_of_year(2027)} == {YearSource.PROVISIONAL}


def test_add_workdays_counts_make_up_days_and_skips_holidays() -> None:
    cal = WorkCalendar()
    # Fri 2026-01-02 is a holiday; Sun 4 Jan is a make-up working day (day 1).
    assert cal.add_workdays(date(2025, 12, 31), 1) == (date(2026, 1, 4), False)
    assert cal.add_workdays(date(2025, 12, 31), 1, include_start=True) == (
        date(2025, 12, 31),
        False,
    )
    with pytest.raises(ValueError):
        cal.add_workdays(date(2026, 1, 1), 0)


def test_add_workdays_is_provisional_once_it_inspects_an_unknown_year() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(date(2026, 12, 30), 1) == (date(2026, 12, 31), False)
    assert cal.add_workdays(date(2026, 12, 31), 1) == (date(2027, 1, 4), True)


def test_workdays_between() -> None:
    cal = WorkCalendar()
    # (30 Sep, 8 Oct 2026]: 1–7 Oct are National Day, 8 Oct is the first working day.
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 8)) == 1
    assert cal.workdays_between(date(2026, 10, 8), date(2026, 9, 30)) == -1
    assert cal.workdays_between(date(2026, 10, 8), date(2026, 10, 8)) == 0
    # 2026 by hand: 261 weekdays (52 weeks + Thursday 1 Jan); holidays on weekdays: New Year 2,
    # Spring Festival 6, Qingming 1, Labour Day 3, Dragon Boat 1, Mid-Autumn 1, National Day 5 = 19;
    # make-up days 4 Jan, 14 Feb, 28 Feb, 9 May, 20 Sep, 10 Oct = 6. 261 - 19 + 6 = 248 (1 Jan is
    # a holiday, so excluding it changes nothing).
    assert cal.workdays_between(date(2026, 1, 1), date(2026, 12, 31)) == 248


user_days = st.dictionaries(
    st.dates(date(2027, 1, 1), date(2028, 12, 31)), st.booleans(), max_size=40
)


@settings(deadline=None)  # the first call builds the library's year table: timing is not the point
@given(
    start=st.dates(date(2004, 1, 1), date(2028, 12, 31)),
    n=st.integers(min_value=1, max_value=40),
    include=st.booleans(),
    entries=user_days,
)
def test_add_workdays_lands_on_a_workday_n_days_on(
    start: date, n: int, include: bool, entries: dict[date, bool]
) -> None:
    cal = WorkCalendar(entries)
    due, provisional = cal.add_workdays(start, n, include_start=include)
    assert cal.is_workday(due)
    counted_from = start - timedelta(days=1) if include else start
    assert cal.workdays_between(counted_from, due) == n
    first = start if include else start + timedelta(days=1)
    years = range(first.year, due.year + 1)
    assert provisional == any(cal.year_status(y) is YearSource.PROVISIONAL for y in years)


# --- CSV -----------------------------------------------------------------------------------------


def test_parse_calendar_csv() -> None:
    text = (
        "\ufeffdate,kind,note\n"
        "2027-01-01,holiday,元旦\n"
        "\n"
        "2027-02-20, workday , 春节调休, 上班\n"
        "2027-02-21,班,\n"
    )
    assert parse_calendar_csv(text) == {
        date(2027, 1, 1): (False, "元旦"),
        date(2027, 2, 20): (True, "春节调休,上班"),
        date(2027, 2, 21): (True, ""),
    }
    assert parse_calendar_csv("2027-01-01,rest") == {date(2027, 1, 1): (False, "")}


def test_parse_calendar_csv_reports_every_bad_line() -> None:
    text = (
        "2027-01-01,holiday\n2027-13-01,holiday\n2027-01-02\n2027-01-03,maybe\n2027-01-01,workday\n"
    )
    with pytest.raises(InvalidInput) as info:
        parse_calendar_csv(text)
    issues = info.value.issues
    assert [(i.code, i.params["line"]) for i in issues] == [
        ("calendar.date", 2),
        ("calendar.columns", 3),
        ("calendar.kind", 4),
        ("calendar.duplicate", 5),
    ]
    assert "Line 2" in str(info.value) and "'2027-13-01'" in str(info.value)


def test_calendar_from_csv_entries() -> None:
    cal = WorkCalendar.from_entries(parse_calendar_csv("2027-02-20,workday,春节调休\n"))
    assert cal.is_workday(date(2027, 2, 20))
    assert cal.holiday_name(date(2027, 2, 20)) == "春节调休"
    assert cal.year_status(2027) is YearSource.USER
