"""Assessments: one checklist library version applied to one subject, with an answer per item.

Pure: no I/O, no Qt. Owns the result vocabulary (符合 / 不符合 / 不适用 / 未评估), the rules an
answer must satisfy (a numeric item's figure decides whether it may conform; 不适用 needs a
note), the next review date from the item's recurrence, carrying answers over to a new library
version, progress, and the three dashboard buckets (non-conforming, evidence expiring, reviews
due). Storing assessments, their audit events and their evidence files is ``store.assessments``;
libraries themselves are ``domain.checklists``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from filing_desk.domain.checklists import SUBJECT_KINDS, Item, Library, Subject
from filing_desk.domain.checklists import next_review as _next_review
from filing_desk.domain.enums import LabelledEnum
from filing_desk.domain.errors import DomainError

EXPIRY_WINDOW_DAYS = 30


class Result(LabelledEnum):
    """An item's result; ``unassessed`` is the state before any answer."""

    CONFORMS = ("conforms", "符合", "Conforms")
    NOT_CONFORMING = ("not_conforming", "不符合", "Does not conform")
    NOT_APPLICABLE = ("not_applicable", "不适用", "Not applicable")
    UNASSESSED = ("unassessed", "未评估", "Not assessed")


class AssessmentError(DomainError):
    """An answer or assessment that breaks a rule; ``code`` says which, ``params`` the values."""

    code = "assessment.invalid"


@dataclass(frozen=True)
class Answer:
    """The answer to one item. ``item_hash`` is the item's content hash when answered;
    ``to_review`` is set when a new library version changed or added the item."""

    item_id: str
    result: Result = Result.UNASSESSED
    note: str = ""
    figure: float | None = None
    owner: str = ""
    effective: date | None = None
    next_review: date | None = None
    evidence: tuple[int, ...] = ()  # attachment ids (store.attachments), oldest first
    item_hash: str = ""
    to_review: bool = False

    @property
    def answered(self) -> bool:
        """Has a result (not 未评估) that is not waiting for review after an upgrade."""
        return self.result is not Result.UNASSESSED and not self.to_review


@dataclass(frozen=True)
class Assessment:
    """A library version applied to a subject (``subject_kind`` one of SUBJECT_KINDS)."""

    id: int | None
    library_id: str
    library_version: int
    subject_kind: str
    subject_id: int
    created: datetime | None = None
    answers: Mapping[str, Answer] = field(default_factory=dict)

    def get(self, item_id: str) -> Answer:
        """The item's answer, or an unassessed one."""
        return self.answers.get(item_id) or Answer(item_id)

    def with_answer(self, ans: Answer) -> Assessment:
        return replace(self, answers={**self.answers, ans.item_id: ans})


def new_assessment(library: Library, subject_kind: str, subject_id: int) -> Assessment:
    """An empty assessment of ``subject`` against the library's current version."""
    if subject_kind not in SUBJECT_KINDS:
        raise AssessmentError(
            f"unknown subject kind {subject_kind!r} (known: {', '.join(SUBJECT_KINDS)})",
            code="assessment.subject_kind",
            kind=subject_kind,
        )
    if subject_kind not in library.subjects:
        raise AssessmentError(
            f"library {library.id!r} is not applied to a {subject_kind} "
            f"(it applies to: {', '.join(library.subjects)})",
            code="assessment.subject_not_covered",
            library=library.id,
            kind=subject_kind,
        )
    return Assessment(None, library.id, library.version, subject_kind, subject_id)


def applicable_items(library: Library, subject: Subject) -> tuple[Item, ...]:
    """The items (headings included) that apply to the subject, in tree order."""
    return library.applicable(subject)


def next_review(item: Item, effective: date | None) -> date | None:
    """When an answer effective on ``effective`` is due for review (None: once / on change)."""
    return None if effective is None else _next_review(effective, item.recurrence)


def answer(
    library: Library,
    item_id: str,
    result: Result | str,
    *,
    today: date,
    note: str = "",
    figure: float | None = None,
    owner: str = "",
    effective: date | None = None,
    evidence: tuple[int, ...] = (),
    subject: Subject | None = None,
) -> Answer:
    """A checked answer. Rules: the item exists, has a result (not a heading) and applies to the
    subject when one is given; a figure only for a numeric item and a finite number; a numeric
    item conforms only with a figure inside its threshold; 不适用 needs a note. ``effective``
    defaults to ``today`` for a given result; the next review follows from the recurrence."""
    res = _result(result)
    item = _item(library, item_id)
    if subject is not None and not item.applies.matches(subject):
        raise AssessmentError(
            f"item {item_id!r} does not apply to this {subject.kind}",
            code="assessment.not_applicable_item",
            item=item_id,
        )
    _check_figure(item, res, figure)
    clean_note = note.strip()
    if res is Result.NOT_APPLICABLE and not clean_note:
        raise AssessmentError(
            f"item {item_id!r}: say in the note why it does not apply",
            code="assessment.note_required",
            item=item_id,
        )
    if res is Result.UNASSESSED:
        effective = None
    elif effective is None:
        effective = today
    return Answer(
        item_id=item_id,
        result=res,
        note=clean_note,
        figure=None if figure is None else float(figure),
        owner=owner.strip(),
        effective=effective,
        next_review=next_review(item, effective),
        evidence=tuple(evidence),
        item_hash=item.content_hash,
    )


def _result(result: Result | str) -> Result:
    try:
        return Result(result)
    except ValueError:
        known = ", ".join(r.value for r in Result)
        raise AssessmentError(
            f"unknown result {result!r} (known: {known})", code="assessment.result", result=result
        ) from None


def _item(library: Library, item_id: str) -> Item:
    try:
        item = library.item(item_id)
    except KeyError:
        raise AssessmentError(
            f"library {library.id!r} v{library.version} has no item {item_id!r}",
            code="assessment.unknown_item",
            library=library.id,
            item=item_id,
        ) from None
    if item.heading:
        raise AssessmentError(
            f"item {item_id!r} is a heading and takes no result",
            code="assessment.heading",
            item=item_id,
        )
    return item


def _check_figure(item: Item, res: Result, figure: float | None) -> None:
    t = item.threshold
    if figure is not None:
        if isinstance(figure, bool) or not math.isfinite(figure):
            raise AssessmentError(
                f"item {item.id!r}: the figure must be a number, not {figure!r}",
                code="assessment.figure_invalid",
                item=item.id,
            )
        if t is None:
            raise AssessmentError(
                f"item {item.id!r} has no threshold, so it takes no figure",
                code="assessment.figure_not_numeric",
                item=item.id,
            )
    if t is None or res is not Result.CONFORMS:
        return
    if figure is None:
        raise AssessmentError(
            f"item {item.id!r} is numeric: give the figure ({t.describe('en')}) to mark it "
            "as conforming",
            code="assessment.figure_required",
            item=item.id,
            threshold=t.describe("en"),
        )
    if not t.check(figure):
        raise AssessmentError(
            f"item {item.id!r}: the figure {figure:g} misses the threshold {t.describe('en')}, "
            "so it cannot be marked as conforming",
            code="assessment.figure_outside_threshold",
            item=item.id,
            figure=figure,
            threshold=t.describe("en"),
        )


@dataclass(frozen=True)
class Upgrade:
    """The outcome of moving an assessment to a new library version. ``dropped`` are answers of
    items the new version no longer has: they leave the assessment, and the store records each
    in the audit log (item id and last result) so history keeps them."""

    assessment: Assessment
    kept: tuple[str, ...]
    changed: tuple[str, ...]
    added: tuple[str, ...]
    dropped: tuple[Answer, ...]


def upgrade(
    assessment: Assessment, old: Library, new: Library, subject: Subject | None = None
) -> Upgrade:
    """Carry answers over to ``new``: an unchanged item (same content hash) keeps its answer; a
    changed item keeps its answer but is marked to review; a new item (one that applies to
    ``subject`` when given) gets an unassessed answer marked to review; answers of removed items
    are dropped (returned in ``dropped``)."""
    if old.id != new.id or assessment.library_id != old.id:
        raise AssessmentError(
            f"cannot move an assessment of {assessment.library_id!r} to library {new.id!r}",
            code="assessment.upgrade_library",
            library=new.id,
        )
    if new.version <= assessment.library_version:
        raise AssessmentError(
            f"library {new.id!r} v{new.version} is not newer than v{assessment.library_version}",
            code="assessment.upgrade_version",
            library=new.id,
            version=new.version,
        )
    old_hashes, answers = old.hashes(), dict(assessment.answers)
    kept: list[str] = []
    changed: list[str] = []
    added: list[str] = []
    out: dict[str, Answer] = {}
    for item in new.requirements:
        prior = answers.get(item.id)
        if item.id not in old_hashes:
            if subject is not None and not item.applies.matches(subject):
                continue
            added.append(item.id)
            out[item.id] = Answer(item.id, item_hash=item.content_hash, to_review=True)
        elif prior is None:
            continue
        elif prior.item_hash == item.content_hash and not prior.to_review:
            kept.append(item.id)
            out[item.id] = prior
        else:
            changed.append(item.id)
            out[item.id] = replace(prior, to_review=True)
    dropped = tuple(a for i, a in answers.items() if i not in out)
    moved = replace(assessment, library_version=new.version, answers=out)
    return Upgrade(moved, tuple(kept), tuple(changed), tuple(added), dropped)


def review(library: Library, ans: Answer) -> Answer:
    """Confirm an answer flagged to review as still right for the item's current wording."""
    return replace(ans, to_review=False, item_hash=_item(library, ans.item_id).content_hash)


@dataclass(frozen=True)
class Progress:
    """Counts over the applicable requirements (headings left out)."""

    counts: Mapping[Result, int]
    to_review: int
    total: int

    @property
    def answered(self) -> int:
        return self.total - self.counts.get(Result.UNASSESSED, 0) - self.to_review

    @property
    def complete(self) -> bool:
        """Every applicable requirement has a result and none waits for review."""
        return self.total > 0 and self.answered == self.total


def progress(assessment: Assessment, library: Library, subject: Subject) -> Progress:
    """Per-result counts over the items that apply to the subject; an answer flagged to review
    counts under ``to_review``, not under its result."""
    counts = {r: 0 for r in Result}
    flagged = 0
    items = [it for it in applicable_items(library, subject) if not it.heading]
    for it in items:
        ans = assessment.get(it.id)
        if ans.to_review:
            flagged += 1
        else:
            counts[ans.result] += 1
    return Progress(counts, flagged, len(items))


def _scope(assessment: Assessment, within: Collection[str] | None) -> list[Answer]:
    return [a for i, a in assessment.answers.items() if within is None or i in within]


def nonconforming(
    assessment: Assessment, within: Collection[str] | None = None
) -> tuple[Answer, ...]:
    """Answers marked 不符合 (``within``: only these item ids, e.g. the applicable ones)."""
    return tuple(a for a in _scope(assessment, within) if a.result is Result.NOT_CONFORMING)


def evidence_expiring(
    assessment: Assessment,
    today: date,
    within_days: int = EXPIRY_WINDOW_DAYS,
    within: Collection[str] | None = None,
) -> tuple[Answer, ...]:
    """Answers whose next review falls after today and within ``within_days``: the evidence
    behind them runs out soon. Already due answers are in ``reviews_due`` instead."""
    until = today + timedelta(days=within_days)
    return tuple(
        a
        for a in _scope(assessment, within)
        if a.result is not Result.UNASSESSED
        and a.next_review is not None
        and today < a.next_review <= until
    )


def reviews_due(
    assessment: Assessment, today: date, within: Collection[str] | None = None
) -> tuple[Answer, ...]:
    """Answers due for review: next review today or earlier, or flagged by a library upgrade."""
    return tuple(
        a
        for a in _scope(assessment, within)
        if a.to_review
        or (
            a.result is not Result.UNASSESSED
            and a.next_review is not None
            and a.next_review <= today
        )
    )
