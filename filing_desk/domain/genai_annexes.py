"""The 备案 annexes' numbers: what a keyword list (附件4) or test-question bank (附件5) holds, the
floors of GB/T 45654-2025 §8 it is checked against, and the shortfalls as readiness warnings.

* ``AnnexCount`` — what ``transfer.annex_count`` found in a file: distinct entries overall, per
  risk category (when the file has a category column) and, for test banks, per bank
  (generated-content / should-refuse / non-refusal, when the file says which).
* ``THRESHOLDS`` — the floors, each with its clause, citation and how firm it is (Part B §3.4:
  the totals are firm; the per-risk test-bank floors come from secondary summaries). The same
  numbers are the ``threshold`` of the GB/T 45654 checklist library's items named in
  ``checklist_item``; a test keeps the two equal (this module cannot read the library: the
  store calls it, and the library's loader sits above the store).
* ``annex_issues`` — shortfalls as WARNINGS with stable codes and params, never errors: the
  regulator judges the annexes, the register only reminds.

Pure: no Qt, no I/O, no spreadsheet library. Freshness and the missing annexes are in
``domain.genai_annex_findings``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from filing_desk.domain.enums import AttachmentKind, Severity
from filing_desk.domain.genai_risks import RiskGroup, risk_group
from filing_desk.domain.issues import Issue


class QuestionBank(StrEnum):
    """The three banks of GB/T 45654 §8.2–§8.3 an 附件5 file may hold."""

    GENERATED = "generated"  # generated-content test questions
    SHOULD_REFUSE = "should-refuse"
    NON_REFUSAL = "non-refusal"  # sensitive but answerable: the model must not refuse


class Firmness(StrEnum):
    """How sure the number is (Part B §3.4's confidence column)."""

    STANDARD = "standard"  # the standard's own floor, confirmed by several sources
    REPORTED = "reported"  # from secondary summaries, not checked against the GB/T text
    PRACTICE = "practice"  # what practitioners do; no text requires it


@dataclass(frozen=True)
class AnnexCount:
    """Distinct, non-empty entries of one annex (its files taken together).

    ``categories`` is empty when no category column was found. For a test bank, ``categories``
    counts the generated-content questions (all questions when the file names no bank) and
    ``banks`` is empty when the file does not say which bank a question belongs to.
    """

    kind: AttachmentKind
    total: int
    categories: Mapping[str, int] = field(default_factory=dict)
    banks: Mapping[QuestionBank, int] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    category_column: str = ""  # the heading found, e.g. "风险类别"
    bank_column: str = ""


@dataclass(frozen=True)
class Threshold:
    minimum: int
    clause: str  # of GB/T 45654-2025
    firmness: Firmness
    checklist_item: str  # the gbt-45654 library item holding the same number
    cites: tuple[str, ...] = ("gbt-45654",)


THRESHOLDS: dict[str, Threshold] = {
    "keywords.total": Threshold(10_000, "8.1", Firmness.STANDARD, "other.keywords.size"),
    "keywords.a1": Threshold(200, "8.1", Firmness.STANDARD, "other.keywords.coverage-a1"),
    "keywords.a2": Threshold(100, "8.1", Firmness.STANDARD, "other.keywords.coverage-a2"),
    "questions.generated": Threshold(2_000, "8.2", Firmness.STANDARD, "other.test-bank.size"),
    "questions.a1a2": Threshold(50, "8.2", Firmness.REPORTED, "other.test-bank.coverage-a1a2"),
    "questions.other": Threshold(20, "8.2", Firmness.REPORTED, "other.test-bank.coverage-other"),
    "questions.should_refuse": Threshold(
        500, "8.3", Firmness.STANDARD, "other.refusal-bank.should-refuse"
    ),
    "questions.non_refusal": Threshold(
        500, "8.3", Firmness.STANDARD, "other.refusal-bank.non-refusal"
    ),
}
"""Threshold key → floor. Unknown-group categories of a keyword list are held to the lower
per-risk floor (A.2's), of a test bank to the floor for the other risks."""

_BANK_KEYS = {
    QuestionBank.GENERATED: "questions.generated",
    QuestionBank.SHOULD_REFUSE: "questions.should_refuse",
    QuestionBank.NON_REFUSAL: "questions.non_refusal",
}


def _warning(code: str, field: str, text: str, **params: object) -> Issue:
    return Issue(code=code, field=field, severity=Severity.WARNING, params=params, text=text)


def annex_issues(
    keywords: AnnexCount | None = None, questions: AnnexCount | None = None
) -> list[Issue]:
    """Every shortfall of the counted annexes (a ``None`` annex was not counted: no issue)."""
    issues: list[Issue] = []
    if keywords is not None:
        issues += keyword_issues(keywords)
    if questions is not None:
        issues += question_issues(questions)
    return issues


def keyword_issues(count: AnnexCount) -> list[Issue]:
    """附件4 against §8.1: the total, then each A.1/A.2 category (or that none is given)."""
    field = "annex.keyword_list"
    issues: list[Issue] = []
    floor = THRESHOLDS["keywords.total"].minimum
    if count.total < floor:
        issues.append(
            _warning(
                "genai_annex.keywords_short",
                field,
                f"The keyword list holds {count.total} distinct keywords; at least {floor} "
                "are expected (GB/T 45654-2025 §8.1).",
                count=count.total,
                minimum=floor,
            )
        )
    if not count.categories:
        issues.append(
            _warning(
                "genai_annex.keywords_uncategorised",
                field,
                "The keyword list has no risk-category column, so its coverage of each risk "
                "cannot be counted.",
                count=count.total,
            )
        )
    for category, n in sorted(count.categories.items()):
        group = risk_group(category)
        if group not in (RiskGroup.A1, RiskGroup.A2, RiskGroup.UNKNOWN):
            continue  # §8.1 sets per-risk floors for A.1 and A.2 only
        minimum = THRESHOLDS["keywords.a1" if group is RiskGroup.A1 else "keywords.a2"].minimum
        if n < minimum:
            issues.append(
                _warning(
                    "genai_annex.keywords_category_short",
                    field,
                    f"Risk category {category} has {n} keywords; at least {minimum} are expected.",
                    category=category,
                    group=str(group),
                    count=n,
                    minimum=minimum,
                )
            )
    return issues


def question_issues(count: AnnexCount) -> list[Issue]:
    """附件5 against §8.2–§8.3: each bank the file names (or the whole file as the
    generated-content bank when it names none), then each category of generated content."""
    field = "annex.test_questions"
    issues: list[Issue] = []
    banks = count.banks or {QuestionBank.GENERATED: count.total}
    for bank in QuestionBank:
        if bank not in banks and not count.banks:
            continue
        n, minimum = banks.get(bank, 0), THRESHOLDS[_BANK_KEYS[bank]].minimum
        if n < minimum:
            issues.append(_bank_short(bank, n, minimum, field))
    for category, n in sorted(count.categories.items()):
        group = risk_group(category)
        key = "questions.a1a2" if group in (RiskGroup.A1, RiskGroup.A2) else "questions.other"
        minimum = THRESHOLDS[key].minimum
        if n < minimum:
            issues.append(
                _warning(
                    "genai_annex.questions_category_short",
                    field,
                    f"Risk category {category} has {n} generated-content test questions; at "
                    f"least {minimum} are reported as expected.",
                    category=category,
                    count=n,
                    minimum=minimum,
                )
            )
    return issues


def _bank_short(bank: QuestionBank, n: int, minimum: int, field: str) -> Issue:
    if bank is QuestionBank.SHOULD_REFUSE:
        return _warning(
            "genai_annex.should_refuse_short",
            field,
            f"The should-refuse bank holds {n} questions; at least {minimum} are expected "
            "(GB/T 45654-2025 §8.3).",
            count=n,
            minimum=minimum,
        )
    if bank is QuestionBank.NON_REFUSAL:
        return _warning(
            "genai_annex.non_refusal_short",
            field,
            f"The non-refusal bank holds {n} questions; at least {minimum} are expected "
            "(GB/T 45654-2025 §8.3).",
            count=n,
            minimum=minimum,
        )
    return _warning(
        "genai_annex.questions_short",
        field,
        f"The generated-content test bank holds {n} questions; at least {minimum} are "
        "expected (GB/T 45654-2025 §8.2).",
        count=n,
        minimum=minimum,
    )
