"""Due dates of the filing procedures, counted in PRC working days, and their urgency order.

No Qt, no I/O. Counting (domain.md Part A item 2, Part B §8.3): the trigger day does not count;
day 1 is the first working day after it; the due date is the Nth working day. Conservative mode
also counts the trigger day when it is a working day, so the due date is one working day earlier.
A procedure meets its deadline by being submitted (Part A item 3); the REVIEW clock is the CAC's
and is shown as "decision expected by", never as the user's deadline.

Effective-date floors (Part A item 13): a clock never starts before the rule it counts under took
effect; an earlier trigger counts from the effective date (that day excluded, as every trigger
day is). ``rule_for`` names the rule an algorithm's clocks count under; ``DueDate.floor`` says
when a floor moved the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.citations import INSTRUMENTS
from filing_desk.domain.enums import (
    AlgorithmType,
    DeadlineKind,
    LabelledEnum,
    ProcedureKind,
    Role,
)
from filing_desk.domain.workdays import WorkCalendar


class Rule(LabelledEnum):
    """The instruments whose clocks (or duties) the register counts, by when each took effect."""

    ALGORITHM_PROVISIONS = (
        "algorithm-provisions",
        "互联网信息服务算法推荐管理规定",
        "Algorithm Provisions",
    )
    DEEP_SYNTHESIS = (
        "deep-synthesis",
        "互联网信息服务深度合成管理规定",
        "Deep Synthesis Provisions",
    )
    GENAI_MEASURES = ("genai-measures", "生成式人工智能服务管理暂行办法", "Generative AI Measures")
    LABELLING_MEASURES = (
        "labelling-measures",
        "人工智能生成合成内容标识办法",
        "Labelling Measures",
    )
    SA_RULES = (  # the security-assessment clocks (domain.security_assessment)
        "sa-rules",
        "具有舆论属性或社会动员能力的互联网信息服务安全评估规定",
        "Security Assessment Provisions (2018)",
    )

    @property
    def in_force(self) -> date:
        """The day the instrument took effect, from the one table of instruments
        (``citations.INSTRUMENTS``; domain.md Part A item 13, Part B §0)."""
        found = INSTRUMENTS[INSTRUMENT_OF[self]].in_force
        if found is None:  # every instrument a clock counts under has its day recorded
            raise LookupError(f"no effective date recorded for {self.en}")
        return found


INSTRUMENT_OF: dict[Rule, str] = {
    Rule.ALGORITHM_PROVISIONS: "algo-provisions",  # 2022-03-01
    Rule.DEEP_SYNTHESIS: "deep-synthesis",  # 2023-01-10: art. 19(2) technical supporters
    Rule.GENAI_MEASURES: "genai-measures",  # 2023-08-15
    Rule.LABELLING_MEASURES: "labelling-measures",  # 2025-09-01: art. 12 materials, no clock
    Rule.SA_RULES: "sa-rules",  # 2018-11-30
}


def rule_for(algo_type: AlgorithmType | None = None, role: Role | None = None) -> Rule:
    """The rule an algorithm's clocks count under: a technical supporter of 生成合成类 files by
    reference under the Deep Synthesis Provisions (art. 19(2)); every other algorithm, providers
    of 生成合成类 included, under the Algorithm Provisions (art. 24)."""
    if role is Role.SUPPORTER and algo_type in (None, AlgorithmType.GENERATION):
        return Rule.DEEP_SYNTHESIS
    return Rule.ALGORITHM_PROVISIONS


DEADLINE_DAYS: dict[DeadlineKind, int] = {
    DeadlineKind.FILING: 10,  # Algorithm Provisions art. 24(1): ten working days from go-live
    DeadlineKind.MODIFICATION: 10,  # art. 24(2): ten working days from the change
    DeadlineKind.CANCELLATION: 20,  # art. 24(3): twenty working days from the end of service
    DeadlineKind.REVIEW: 30,  # art. 25: the CAC decides within thirty working days
    # 2018 security-assessment rules art. 7: triggers (3)-(5) report within thirty working days
    DeadlineKind.SECURITY_ASSESSMENT: 30,
}

DEADLINE_FOR: dict[ProcedureKind, DeadlineKind] = {
    ProcedureKind.FILING: DeadlineKind.FILING,
    ProcedureKind.MODIFICATION: DeadlineKind.MODIFICATION,
    ProcedureKind.CANCELLATION: DeadlineKind.CANCELLATION,
}


@dataclass(frozen=True)
class DueDate:
    """A due date, provisional when any day counted came from the provisional calendar.

    ``floor`` is the rule whose effective date the count started from instead of an earlier
    trigger (None when the trigger itself started it).
    """

    value: date
    provisional: bool
    floor: Rule | None = None

    def explanation(self, lang: str = "en") -> str:
        """One line saying the floor applied ("" when none did)."""
        if self.floor is None:
            return ""
        day = self.floor.in_force.isoformat()
        if lang.startswith("zh"):
            return f"自{day}起算：《{self.floor.zh}》于该日施行，此前不起算"
        return f"counted from {day}, when the {self.floor.en} took effect"


def clock_start(trigger: date, rule: Rule = Rule.ALGORITHM_PROVISIONS) -> tuple[date, bool]:
    """The day a clock counts from, and whether the rule's effective date moved it there."""
    floor = rule.in_force
    return (floor, True) if trigger < floor else (trigger, False)


def due_date(
    kind: DeadlineKind,
    trigger: date,
    calendar: WorkCalendar,
    conservative: bool = False,
    rule: Rule = Rule.ALGORITHM_PROVISIONS,
) -> DueDate:
    """The last day to act: the Nth working day after ``trigger``, or after the effective date
    of ``rule`` when the trigger is earlier (see module docstring)."""
    start, floored = clock_start(trigger, rule)  # treated as the trigger, conservative or not
    value, provisional = calendar.add_workdays(
        start, DEADLINE_DAYS[DeadlineKind(kind)], include_start=conservative
    )
    return DueDate(value, provisional, rule if floored else None)


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
