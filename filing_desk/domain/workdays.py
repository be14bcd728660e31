"""PRC working days: which dates count, and counting N working days forward.

No Qt, no I/O. Three sources, by year (domain.md Part A items 2 and 4):

* ``library`` — the years ``chinesecalendar`` knows (1.11.0: 2004–2026), State Council notices;
* ``user`` — any year for which the register's calendar_day table holds at least one date: the
  entered dates as given, every other date Monday–Friday working, weekends rest;
* ``provisional`` — otherwise: weekends plus the statutory holidays of the 2024 revision of
  全国年节及纪念日放假办法, without make-up days (unknown until the notice). Dates computed from it
  are flagged provisional.

The library wins over user entries for the years it knows (Part A item 4). The CSV parser for
user days lives here too because it turns text into the same ``{date: (workday, note)}`` shape.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import chinese_calendar
from lunardate import LunarDate

from filing_desk.domain.enums import LabelledEnum, Severity
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue

ONE_DAY = timedelta(days=1)


class YearSource(StrEnum):
    LIBRARY = "library"
    USER = "user"
    PROVISIONAL = "provisional"


class Festival(LabelledEnum):
    """Statutory holidays; English labels are chinesecalendar's names, so ``parse`` maps them."""

    NEW_YEAR = ("new_year", "元旦", "New Year's Day")
    SPRING_FESTIVAL = ("spring_festival", "春节", "Spring Festival")
    QINGMING = ("qingming", "清明节", "Tomb-sweeping Day")
    LABOUR_DAY = ("labour_day", "劳动节", "Labour Day")
    DRAGON_BOAT = ("dragon_boat", "端午节", "Dragon Boat Festival")
    MID_AUTUMN = ("mid_autumn", "中秋节", "Mid-autumn Festival")
    NATIONAL_DAY = ("national_day", "国庆节", "National Day")
    ANTI_FASCIST_70TH = ("anti_fascist_70th", "抗战胜利70周年纪念日", "Anti-Fascist 70th Day")


_FESTIVAL_BY_LIBRARY_NAME = {f.en: f for f in Festival}


@dataclass(frozen=True)
class DayInfo:
    """One date as the calendar view shows it."""

    day: date
    workday: bool
    source: YearSource
    festival: Festival | None = None  # the holiday, or the holiday a make-up day belongs to
    note: str = ""  # the user's note (user years only)

    @property
    def adjusted(self) -> bool:
        """A make-up working weekend day or a holiday on a weekday (调休)."""
        return self.workday == (self.day.weekday() >= 5)

    def label(self, lang: str = "zh") -> str:
        if self.note:
            return self.note
        if self.festival is None:
            return ""
        name = self.festival.label(lang)
        if self.workday:
            return (
                f"{name}（调休上班）" if lang.startswith("zh") else f"{name} (make-up working day)"
            )
        return name


def qingming_day(year: int) -> date:
    """Qingming solar term (清明) by the 21st-century formula; valid for 2001–2099."""
    y = year % 100
    return date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


def _lunar(year: int, month: int, day: int) -> date:
    solar: date = LunarDate(year, month, day).to_solar_date()
    return solar


@cache
def provisional_holidays(year: int) -> dict[date, Festival]:
    """Statutory holidays of the 2024 revision (in force 2025-01-01), without make-up days."""
    new_year = _lunar(year, 1, 1)
    days = {
        date(year, 1, 1): Festival.NEW_YEAR,
        # Art. 2(2): lunar New Year's Eve and the first three days of the first month.
        **{new_year + timedelta(days=k): Festival.SPRING_FESTIVAL for k in range(-1, 3)},
        qingming_day(year): Festival.QINGMING,
        date(year, 5, 1): Festival.LABOUR_DAY,
        date(year, 5, 2): Festival.LABOUR_DAY,
        _lunar(year, 5, 5): Festival.DRAGON_BOAT,
        _lunar(year, 8, 15): Festival.MID_AUTUMN,
        **{date(year, 10, d): Festival.NATIONAL_DAY for d in (1, 2, 3)},
    }
    return days


@cache
def library_knows(year: int) -> bool:
    """Whether chinesecalendar has the State Council schedule for ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def _plain_workday(d: date) -> bool:
    return d.weekday() < 5


class WorkCalendar:
    """Working days from the library, the user's entries and the provisional rules, by year."""

    def __init__(
        self,
        user_days: Mapping[date, bool] | None = None,
        notes: Mapping[date, str] | None = None,
    ) -> None:
        self._user = dict(user_days or {})
        self._notes = dict(notes or {})
        self._user_years = frozenset(d.year for d in self._user)
        self._prefix_cache: dict[int, list[int]] = {}

    @classmethod
    def from_entries(cls, entries: Mapping[date, tuple[bool, str]]) -> WorkCalendar:
        """Build from ``parse_calendar_csv`` output or calendar_day rows."""
        return cls({d: w for d, (w, _) in entries.items()}, {d: n for d, (_, n) in entries.items()})

    def year_status(self, year: int) -> YearSource:
        if library_knows(year):
            return YearSource.LIBRARY
        if year in self._user_years:
            return YearSource.USER
        return YearSource.PROVISIONAL

    def is_provisional(self, d: date) -> bool:
        return self.year_status(d.year) is YearSource.PROVISIONAL

    def is_workday(self, d: date) -> bool:
        source = self.year_status(d.year)
        if source is YearSource.LIBRARY:
            return bool(chinese_calendar.is_workday(d))
        if source is YearSource.USER:
            return self._user.get(d, _plain_workday(d))
        return _plain_workday(d) and d not in provisional_holidays(d.year)

    def day_info(self, d: date) -> DayInfo:
        source = self.year_status(d.year)
        festival: Festival | None = None
        if source is YearSource.LIBRARY:
            _, name = chinese_calendar.get_holiday_detail(d)
            festival = _FESTIVAL_BY_LIBRARY_NAME.get(name or "")
        elif source is YearSource.PROVISIONAL:
            festival = provisional_holidays(d.year).get(d)
        note = self._notes.get(d, "") if source is YearSource.USER else ""
        return DayInfo(d, self.is_workday(d), source, festival, note)

    def holiday_name(self, d: date, lang: str = "zh") -> str:
        """The holiday (or make-up day) name for ``d``, or "" on an ordinary day."""
        return self.day_info(d).label(lang)

    def days_of_year(self, year: int) -> tuple[DayInfo, ...]:
        first, last = date(year, 1, 1), date(year, 12, 31)
        return tuple(
            self.day_info(first + timedelta(days=k)) for k in range((last - first).days + 1)
        )

    def add_workdays(self, start: date, n: int, include_start: bool = False) -> tuple[date, bool]:
        """The ``n``-th working day after ``start`` (``start`` is day 1 if included and working).

        Returns the date and whether any day inspected on the way came from the provisional rules.
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, not {n}")
        day = start if include_start else start + ONE_DAY
        provisional = False
        while True:
            provisional = provisional or self.is_provisional(day)
            if self.is_workday(day):
                n -= 1
                if n == 0:
                    return day, provisional
            day += ONE_DAY

    def workdays_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative, counting (b, a], when b is before a."""
        if b < a:
            return -self.workdays_between(b, a)
        # Per-year prefix sums (cached) make this constant-time per year spanned.
        first, last = self._prefix(a.year), self._prefix(b.year)
        if a.year == b.year:
            return last[_yday(b)] - first[_yday(a)]
        between = sum(self._prefix(y)[-1] for y in range(a.year + 1, b.year))
        return first[-1] - first[_yday(a)] + between + last[_yday(b)]

    def _prefix(self, year: int) -> list[int]:
        """prefix[k] = working days among the first k days of ``year`` (cached per year)."""
        cached = self._prefix_cache.get(year)
        if cached is None:
            cached = [0]
            for info in self._workday_flags(year):
                cached.append(cached[-1] + info)
            self._prefix_cache[year] = cached
        return cached

    def _workday_flags(self, year: int) -> list[int]:
        first = date(year, 1, 1)
        days = (date(year + 1, 1, 1) - first).days
        return [int(self.is_workday(first + timedelta(days=k))) for k in range(days)]


def _yday(d: date) -> int:
    return d.timetuple().tm_yday


_WORKDAY_WORDS = {"workday": True, "work": True, "班": True, "上班": True, "工作日": True}
_HOLIDAY_WORDS = {"holiday": False, "rest": False, "休": False, "休息": False, "节假日": False}
_KIND_WORDS = {**_WORKDAY_WORDS, **_HOLIDAY_WORDS}


def _csv_issue(line: int, code: str, text: str, **params: object) -> Issue:
    return Issue(code, "calendar", Severity.ERROR, {"line": line, **params}, f"Line {line}: {text}")


def _parse_csv_row(line: int, row: list[str]) -> tuple[date, bool, str] | Issue:
    cells = [c.strip() for c in row]
    if len(cells) < 2:
        return _csv_issue(line, "calendar.columns", "expected date,workday|holiday[,note]")
    try:
        day = date.fromisoformat(cells[0])
    except ValueError:
        return _csv_issue(line, "calendar.date", f"{cells[0]!r} is not a YYYY-MM-DD date")
    kind = _KIND_WORDS.get(cells[1].lower())
    if kind is None:
        return _csv_issue(line, "calendar.kind", f"{cells[1]!r} is not workday or holiday")
    return day, kind, ",".join(cells[2:]).strip()


def parse_calendar_csv(text: str) -> dict[date, tuple[bool, str]]:
    """Parse ``date,workday|holiday,note`` lines (header optional; blank lines skipped).

    Raises InvalidInput listing every bad line, and duplicate dates, by line number.
    """
    days: dict[date, tuple[bool, str]] = {}
    issues: list[Issue] = []
    for line, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        if not any(c.strip() for c in row) or (line == 1 and row[0].strip().lower() == "date"):
            continue
        parsed = _parse_csv_row(line, row)
        if isinstance(parsed, Issue):
            issues.append(parsed)
        elif parsed[0] in days:
            issues.append(_csv_issue(line, "calendar.duplicate", f"{parsed[0]} appears twice"))
        else:
            days[parsed[0]] = (parsed[1], parsed[2])
    if issues:
        raise InvalidInput(issues)
    return days
