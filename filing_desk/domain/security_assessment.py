"""Security assessments under the 2018 rules (《具有舆论属性或社会动员能力的互联网信息服务
安全评估规定》): the record, its trigger (art. 3), who assesses (art. 4), the two submissions
(art. 7), the clock and the state derived from them (domain.md Part A item 20, Part B §1.6).

Pure: no I/O, no Qt. The clock reuses ``domain.deadlines`` (the 30-working-day count and the
2018-11-30 floor) and never counts days itself. Triggers (1)–(2) are a gate: the report must be
filed **before** the go-live or function date, so it is overdue from that day; triggers (3)–(5)
give 30 PRC working days after the trigger date. An assessment is complete only when both the
CAC and the public-security submissions are recorded. Storing is ``store.security_assessments``;
per-se categories and user scale are ``domain.security_attributes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from filing_desk.domain.deadlines import Rule, clock_start, due_date, working_days_left
from filing_desk.domain.enums import DeadlineKind, LabelledEnum, Severity
from filing_desk.domain.issues import Issue
from filing_desk.domain.workdays import WorkCalendar

LIBRARY_ID = "sa-rules-focus"  # the art. 5 focus areas (forms/checklists/sa-rules-focus.toml)
RULE = Rule.SA_RULES


class Trigger(LabelledEnum):
    """Art. 3: what requires the assessment (items (1)–(5), in order)."""

    GO_LIVE = ("go_live", "上线服务或新增相关功能", "Goes live, or such a function is added")
    NEW_TECHNOLOGY = (
        "new_technology",
        "新技术新应用致功能、实现方式或资源重大变更",
        "New technology materially changes function, implementation or resources",
    )
    USER_GROWTH = (
        "user_growth",
        "用户规模显著增加致舆论属性或社会动员能力重大变化",
        "User numbers grow so that the attributes change materially",
    )
    HARMFUL_SPREAD = (
        "harmful_spread",
        "发生违法有害信息传播扩散，表明安全措施难以有效防控",
        "Illegal or harmful information spreads: the measures fail",
    )
    NOTICE = (
        "notice",
        "地市级以上网信部门或公安机关书面要求",
        "Written notice from a CAC or public-security organ (prefecture level or above)",
    )

    @property
    def item(self) -> int:
        """The item of art. 3 (1–5)."""
        return list(Trigger).index(self) + 1

    @property
    def gated(self) -> bool:
        """Items (1)–(2): the report must precede the go-live or function date (art. 7)."""
        return self in (Trigger.GO_LIVE, Trigger.NEW_TECHNOLOGY)

    @property
    def cite(self) -> str:
        return f"sa-rules:3/{self.item}"


class AssessorKind(LabelledEnum):
    """Art. 4: the provider assesses itself or engages a third-party assessor."""

    SELF = ("self", "自行评估", "Self-assessment")
    THIRD_PARTY = ("third_party", "委托第三方机构", "Third-party assessor")


class Authority(LabelledEnum):
    """Art. 7: the report goes, via the 全国互联网安全管理服务平台, to both."""

    CAC = ("cac", "网信部门", "Cyberspace administration (CAC)")
    POLICE = ("police", "公安机关", "Public-security organ")


class SubjectKind(LabelledEnum):
    """What is assessed; a stored code naming one of several tables (no foreign key)."""

    ALGORITHM = ("algorithm", "算法", "Algorithm")
    PRODUCT = ("product", "产品", "Product")
    SERVICE = ("service", "生成式人工智能服务", "Generative-AI service")


class SecurityState(LabelledEnum):
    """The state an assessment is in, derived from its submissions (never stored)."""

    MISSING = ("missing", "未开展评估", "No assessment")  # attributes and go-live, no record
    OPEN = ("open", "评估中", "In progress")
    PARTLY_SUBMITTED = ("partly_submitted", "已报送一方", "Filed with one authority")
    COMPLETE = ("complete", "已完成", "Complete")


REPORT_TEXTS = (
    "functions",
    "hardware_software",
    "deployment",
    "licences",
    "measures",
    "conclusion",
    "other_matters",
)
"""The art. 6 report's texts, in the report's order."""
TEXTS = ("notice_reference", "assessor_name", *REPORT_TEXTS)
"""Every free-text field of an assessment (each a TEXT column)."""

PLATFORM = ("全国互联网安全管理服务平台", "national internet security management service platform")


@dataclass(frozen=True)
class Submission:
    """The report filed with one authority: date, platform reference, and what came back."""

    authority: Authority
    submitted: date
    reference: str
    feedback: str = ""  # the authority's feedback
    feedback_date: date | None = None
    rectification: str = ""  # a rectification order (整改要求), if any


@dataclass(frozen=True)
class SecurityAssessment:
    """One assessment of a subject. For triggers (1)–(2) ``trigger_date`` is the go-live or
    function date; for (3)–(5) the day the situation arose or the notice came."""

    id: int | None
    subject_kind: SubjectKind
    subject_id: int
    trigger: Trigger
    trigger_date: date
    notice_reference: str = ""  # trigger (5): the written notice's reference
    assessor: AssessorKind = AssessorKind.SELF
    assessor_name: str = ""
    checklist_id: int | None = None  # the sa-rules-focus checklist assessment it rests on
    # art. 6 report: (1) functions and scope, hardware and software, deployment, licences;
    # (2) measures and their effect; (3) conclusion; (4) other matters
    functions: str = ""
    hardware_software: str = ""
    deployment: str = ""
    licences: str = ""
    measures: str = ""
    conclusion: str = ""
    other_matters: str = ""
    submissions: tuple[Submission, ...] = ()
    created: datetime | None = field(default=None, compare=False)

    def submission(self, authority: Authority) -> Submission | None:
        return next((s for s in self.submissions if s.authority is authority), None)

    @property
    def state(self) -> SecurityState:
        filed = {s.authority for s in self.submissions}
        if filed >= set(Authority):
            return SecurityState.COMPLETE
        return SecurityState.PARTLY_SUBMITTED if filed else SecurityState.OPEN

    @property
    def complete(self) -> bool:
        return self.state is SecurityState.COMPLETE

    @property
    def completed_on(self) -> date | None:
        """The day the second submission was made (None until both are recorded)."""
        return max(s.submitted for s in self.submissions) if self.complete else None


@dataclass(frozen=True)
class SecurityClock:
    """When the report is due. A gate (``before``): filed on or after ``due`` is late, so it is
    overdue from that day. Otherwise ``due`` is the last day (the 30th working day)."""

    due: date
    before: bool
    provisional: bool = False
    floor: Rule | None = None  # the 2018 rules' effective date moved the start

    @property
    def last_day(self) -> date:
        """The last calendar day on which filing is in time."""
        return self.due - timedelta(days=1) if self.before else self.due

    def overdue(self, today: date) -> bool:
        return today > self.last_day

    def met_by(self, submitted: date) -> bool:
        return submitted <= self.last_day

    def working_days_left(self, today: date, calendar: WorkCalendar) -> int:
        """As for every clock: 0 on the last day, negative once overdue."""
        return working_days_left(today, self.last_day, calendar)


def clock(
    trigger: Trigger, trigger_date: date, calendar: WorkCalendar, conservative: bool = False
) -> SecurityClock:
    """The clock of an assessment (art. 7), never started before the rules took effect."""
    if trigger.gated:
        start, floored = clock_start(trigger_date, RULE)
        return SecurityClock(start, True, False, RULE if floored else None)
    found = due_date(
        DeadlineKind.SECURITY_ASSESSMENT, trigger_date, calendar, conservative, rule=RULE
    )
    return SecurityClock(found.value, False, found.provisional, found.floor)


@dataclass(frozen=True)
class Standing:
    """An assessment (or its absence) as the dashboard and the register read it."""

    state: SecurityState
    clock: SecurityClock | None
    overdue: bool
    late: bool = False  # complete, but the second submission came after the deadline
    working_days_left: int | None = None


def standing(
    assessment: SecurityAssessment | None,
    today: date,
    calendar: WorkCalendar,
    conservative: bool = False,
    go_live: date | None = None,
) -> Standing:
    """Where an assessment stands today. Without one, a subject with the attributes and a
    go-live date is MISSING and overdue from that day (triggers (1) gate); without a go-live
    date it is MISSING with no clock."""
    if assessment is None:
        if go_live is None:
            return Standing(SecurityState.MISSING, None, False)
        gate = clock(Trigger.GO_LIVE, go_live, calendar)
        left = gate.working_days_left(today, calendar)
        return Standing(SecurityState.MISSING, gate, gate.overdue(today), False, left)
    found = clock(assessment.trigger, assessment.trigger_date, calendar, conservative)
    if assessment.complete:
        done = assessment.completed_on
        late = done is not None and not found.met_by(done)
        return Standing(SecurityState.COMPLETE, found, False, late)
    left = found.working_days_left(today, calendar)
    return Standing(assessment.state, found, found.overdue(today), False, left)


def readiness_issue(found: Standing | None) -> Issue | None:
    """A filing's readiness warning while the algorithm's assessment is not complete (domain.md
    Part A item 20: separate procedures, so never an error); None when done or not needed."""
    if found is None or found.state is SecurityState.COMPLETE:
        return None
    return Issue(
        "security.not_done",
        "security",
        Severity.WARNING,
        {},
        "The security assessment under the 2018 rules is not complete (both submissions)",
    )
