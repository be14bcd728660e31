"""Effective-date floors (domain.md Part A item 13): no clock starts before the rule it counts
under took effect; a trigger before then counts from the effective date, that day excluded."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.deadlines import Rule, due_date, rule_for
from filing_desk.domain.enums import AlgorithmType, DeadlineKind, Role
from filing_desk.domain.workdays import WorkCalendar

D = DeadlineKind
CALENDAR = WorkCalendar()
EARLY = date(2021, 6, 1)  # before every rule


@pytest.mark.parametrize(
    ("rule", "in_force"),
    [
        (Rule.ALGORITHM_PROVISIONS, date(2022, 3, 1)),
        (Rule.DEEP_SYNTHESIS, date(2023, 1, 10)),
        (Rule.GENAI_MEASURES, date(2023, 8, 15)),
        (Rule.LABELLING_MEASURES, date(2025, 9, 1)),
    ],
)
def test_each_rule_took_effect_on_its_day(rule: Rule, in_force: date) -> None:
    assert rule.in_force == in_force


@pytest.mark.parametrize(
    ("rule", "kind", "due"),
    [
        # Algorithm Provisions, in force 2022-03-01 (a Tuesday): the domain.md example
        (Rule.ALGORITHM_PROVISIONS, D.FILING, date(2022, 3, 15)),
        (Rule.ALGORITHM_PROVISIONS, D.MODIFICATION, date(2022, 3, 15)),
        (Rule.ALGORITHM_PROVISIONS, D.CANCELLATION, date(2022, 3, 29)),
        (Rule.ALGORITHM_PROVISIONS, D.REVIEW, date(2022, 4, 13)),  # Sat 2 April was worked
        # Deep Synthesis Provisions, 2023-01-10: the worked Sat 28 / Sun 29 January count
        (Rule.DEEP_SYNTHESIS, D.FILING, date(2023, 1, 29)),
        (Rule.DEEP_SYNTHESIS, D.MODIFICATION, date(2023, 1, 29)),
        (Rule.DEEP_SYNTHESIS, D.CANCELLATION, date(2023, 2, 10)),
        (Rule.DEEP_SYNTHESIS, D.REVIEW, date(2023, 2, 24)),
        # Generative AI Measures, 2023-08-15
        (Rule.GENAI_MEASURES, D.FILING, date(2023, 8, 29)),
        (Rule.GENAI_MEASURES, D.MODIFICATION, date(2023, 8, 29)),
        (Rule.GENAI_MEASURES, D.CANCELLATION, date(2023, 9, 12)),
        (Rule.GENAI_MEASURES, D.REVIEW, date(2023, 9, 26)),
    ],
)
def test_an_earlier_trigger_counts_from_the_effective_date(
    rule: Rule, kind: DeadlineKind, due: date
) -> None:
    floored = due_date(kind, EARLY, CALENDAR, rule=rule)
    assert floored.value == due
    assert floored.floor is rule
    # the same as a trigger on the effective date itself, which is not floored
    on_the_day = due_date(kind, rule.in_force, CALENDAR, rule=rule)
    assert (on_the_day.value, on_the_day.floor) == (due, None)


@pytest.mark.parametrize("rule", [Rule.ALGORITHM_PROVISIONS, Rule.DEEP_SYNTHESIS])
def test_a_trigger_after_the_effective_date_is_not_floored(rule: Rule) -> None:
    trigger = date(2026, 9, 28)
    found = due_date(D.FILING, trigger, CALENDAR, rule=rule)
    assert (found.value, found.floor) == (date(2026, 10, 16), None)
    assert found.explanation() == ""


def test_the_default_rule_is_the_algorithm_provisions() -> None:
    assert due_date(D.FILING, EARLY, CALENDAR).value == date(2022, 3, 15)


def test_conservative_counting_treats_the_effective_date_as_the_trigger() -> None:
    found = due_date(D.FILING, EARLY, CALENDAR, conservative=True)
    assert (found.value, found.floor) == (date(2022, 3, 14), Rule.ALGORITHM_PROVISIONS)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "counted from 2022-03-01, when the Algorithm Provisions took effect"),
        ("zh", "自2022-03-01起算：《互联网信息服务算法推荐管理规定》于该日施行"),
    ],
)
def test_the_explanation_says_the_floor_applied(lang: str, words: str) -> None:
    assert words in due_date(D.FILING, EARLY, CALENDAR).explanation(lang)


@pytest.mark.parametrize(
    ("algo_type", "role", "rule"),
    [
        (AlgorithmType.GENERATION, Role.SUPPORTER, Rule.DEEP_SYNTHESIS),  # art. 19(2)
        (AlgorithmType.GENERATION, Role.PROVIDER, Rule.ALGORITHM_PROVISIONS),  # from 2022
        (AlgorithmType.PUSH, Role.PROVIDER, Rule.ALGORITHM_PROVISIONS),
        (AlgorithmType.SCHEDULING, Role.PROVIDER, Rule.ALGORITHM_PROVISIONS),
        (None, None, Rule.ALGORITHM_PROVISIONS),
    ],
)
def test_an_algorithm_counts_under_its_rule(
    algo_type: AlgorithmType | None, role: Role | None, rule: Rule
) -> None:
    assert rule_for(algo_type, role) is rule
