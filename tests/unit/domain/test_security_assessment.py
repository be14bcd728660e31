"""The 2018 security-assessment rules: the 30-working-day clock over the 2025 and 2026 holidays
and their make-up days and into a provisional year, the before-go-live gate around the go-live
day, the effective-date floor, and the state derived from the two submissions.

Expected dates counted by hand from the State Council notices (domain.md Part B §8.1).
"""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.deadlines import Rule
from filing_desk.domain.security_assessment import (
    Authority,
    SecurityAssessment,
    SecurityState,
    SubjectKind,
    Submission,
    Trigger,
    clock,
    standing,
)
from filing_desk.domain.workdays import WorkCalendar

CAL = WorkCalendar()
LATER = (Trigger.USER_GROWTH, Trigger.HARMFUL_SPREAD, Trigger.NOTICE)


@pytest.mark.parametrize("trigger", LATER)
@pytest.mark.parametrize(
    ("start", "due", "conservative_due", "provisional"),
    [
        # 2025 Spring Festival: Jan 28-Feb 4 off, Sun Jan 26 and Sat Feb 8 worked
        (date(2025, 1, 24), date(2025, 3, 13), date(2025, 3, 12), False),
        # 2025 Labour Day May 1-5 (Sun Apr 27 worked), Dragon Boat May 31-Jun 2
        (date(2025, 4, 25), date(2025, 6, 11), date(2025, 6, 10), False),
        # 2025 National Day and Mid-Autumn Oct 1-8, Sun Sep 28 and Sat Oct 11 worked
        (date(2025, 9, 26), date(2025, 11, 13), date(2025, 11, 12), False),
        # a trigger on New Year's Day 2026 (Jan 1-3 off, Sun Jan 4 worked): same either way
        (date(2026, 1, 1), date(2026, 2, 12), date(2026, 2, 12), False),
        # 2026 Spring Festival Feb 15-23, Sat Feb 14 and Sat Feb 28 worked
        (date(2026, 2, 10), date(2026, 3, 30), date(2026, 3, 27), False),
        # 2026 Mid-Autumn Sep 25-27, National Day Oct 1-7, Sun Sep 20 and Sat Oct 10 worked
        (date(2026, 9, 18), date(2026, 11, 5), date(2026, 11, 4), False),
        # into 2027, which no notice covers yet: provisional (1 Jan off by the rules)
        (date(2026, 12, 1), date(2027, 1, 13), date(2027, 1, 12), True),
    ],
)
def test_thirty_working_days_after_the_trigger(
    trigger: Trigger, start: date, due: date, conservative_due: date, provisional: bool
) -> None:
    found = clock(trigger, start, CAL)
    assert (found.due, found.before, found.provisional, found.floor) == (
        due,
        False,
        provisional,
        None,
    )
    assert found.last_day == due
    assert clock(trigger, start, CAL, conservative=True).due == conservative_due
    assert found.working_days_left(start, CAL) == 30


def test_a_trigger_before_the_rules_took_effect_counts_from_2018_11_30() -> None:
    found = clock(Trigger.NOTICE, date(2018, 6, 1), CAL)
    # Sat 29 Dec 2018 was worked; 31 Dec and 1 Jan were off
    assert (found.due, found.floor) == (date(2019, 1, 14), Rule.SA_RULES)
    assert Rule.SA_RULES.in_force == date(2018, 11, 30)


@pytest.mark.parametrize("trigger", [Trigger.GO_LIVE, Trigger.NEW_TECHNOLOGY])
@pytest.mark.parametrize(
    ("today", "overdue"),
    [
        (date(2026, 3, 6), False),  # the Friday before
        (date(2026, 3, 9), False),  # the day before go-live: the last day to file
        (date(2026, 3, 10), True),  # go-live day: too late already
        (date(2026, 3, 11), True),
    ],
)
def test_the_gate_closes_on_the_go_live_day(trigger: Trigger, today: date, overdue: bool) -> None:
    gate = clock(trigger, date(2026, 3, 10), CAL)
    assert (gate.due, gate.before, gate.last_day) == (date(2026, 3, 10), True, date(2026, 3, 9))
    assert gate.overdue(today) is overdue
    assert gate.met_by(today) is not overdue  # filed that day: in time, or late


def test_a_service_live_before_the_rules_is_gated_from_their_effective_date() -> None:
    gate = clock(Trigger.GO_LIVE, date(2016, 5, 1), CAL)
    assert (gate.due, gate.floor) == (date(2018, 11, 30), Rule.SA_RULES)


def _assessment(*subs: Submission, trigger: Trigger = Trigger.USER_GROWTH) -> SecurityAssessment:
    return SecurityAssessment(
        1, SubjectKind.ALGORITHM, 7, trigger, date(2026, 2, 10), submissions=subs
    )


CAC = Submission(Authority.CAC, date(2026, 3, 20), "GA-2026-0001")
POLICE = Submission(Authority.POLICE, date(2026, 3, 31), "GA-2026-0002")


@pytest.mark.parametrize(
    ("subs", "state", "completed_on"),
    [
        ((), SecurityState.OPEN, None),
        ((CAC,), SecurityState.PARTLY_SUBMITTED, None),
        ((POLICE,), SecurityState.PARTLY_SUBMITTED, None),
        ((CAC, POLICE), SecurityState.COMPLETE, date(2026, 3, 31)),
    ],
)
def test_complete_only_with_both_submissions(
    subs: tuple[Submission, ...], state: SecurityState, completed_on: date | None
) -> None:
    found = _assessment(*subs)
    assert (found.state, found.complete, found.completed_on) == (
        state,
        state is SecurityState.COMPLETE,
        completed_on,
    )


@pytest.mark.parametrize(
    ("subs", "today", "state", "overdue", "late", "left"),
    [
        ((), date(2026, 3, 30), SecurityState.OPEN, False, False, 0),  # the 30th working day
        ((), date(2026, 3, 31), SecurityState.OPEN, True, False, -1),
        ((CAC,), date(2026, 4, 2), SecurityState.PARTLY_SUBMITTED, True, False, -3),
        ((CAC, POLICE), date(2026, 4, 2), SecurityState.COMPLETE, False, True, None),  # 31 Mar
    ],
)
def test_standing(
    subs: tuple[Submission, ...],
    today: date,
    state: SecurityState,
    overdue: bool,
    late: bool,
    left: int | None,
) -> None:
    found = standing(_assessment(*subs), today, CAL)
    assert (found.state, found.overdue, found.late, found.working_days_left) == (
        state,
        overdue,
        late,
        left,
    )


def test_a_subject_without_an_assessment_is_missing_and_overdue_from_go_live() -> None:
    before = standing(None, date(2026, 3, 9), CAL, go_live=date(2026, 3, 10))
    on = standing(None, date(2026, 3, 10), CAL, go_live=date(2026, 3, 10))
    assert (before.state, before.overdue, on.overdue) == (SecurityState.MISSING, False, True)
    assert standing(None, date(2026, 3, 10), CAL).clock is None  # no go-live date: no clock


def test_triggers_name_their_items_and_citations() -> None:
    assert [t.item for t in Trigger] == [1, 2, 3, 4, 5]
    assert [t.gated for t in Trigger] == [True, True, False, False, False]
    assert Trigger.NOTICE.cite == "sa-rules:3/5"
