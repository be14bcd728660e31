"""Demo checklist assessments: one per shipped library on the demo's subjects (issue 16 item 7).

Written through the Register facade like any user's answers (audited, evidence in the attachment
store). On the first entity's 生成合成类 algorithm (云启智能写作生成算法, which uses a model
with a 大模型备案): ``gbt-45654`` (two thirds answered), ``labelling`` (complete, so its draft
filing holds the labelling materials) and ``deep-synthesis`` (most answered); on its
personalised-push algorithm with public-opinion attributes: ``sa-rules-focus``; on the entity:
``algo-responsibility`` (complete). Some answers are 不符合 (a numeric one with a figure that
misses its threshold), some 不适用 with the reason; effective dates are set back from today so
that some reviews are due, some fall within 30 days (their evidence, a small generated file,
expiring) and the rest later. Deterministic: the same register date gives the same answers.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from filing_desk.domain.assessments import Result
from filing_desk.domain.checklists import Item, Library, Recurrence
from filing_desk.forms import checklist_loader

GENERATION_ALGORITHM = "云启智能写作生成算法"
PUBLIC_OPINION_ALGORITHM = "云启个性化推荐算法"
# library id → (subject kind, algorithm name or None for the entity, share of items answered)
PLAN: tuple[tuple[str, str, str | None, float], ...] = (
    ("gbt-45654", "algorithm", GENERATION_ALGORITHM, 0.66),
    ("labelling", "algorithm", GENERATION_ALGORITHM, 1.0),
    ("deep-synthesis", "algorithm", GENERATION_ALGORITHM, 0.85),
    ("algo-responsibility", "entity", None, 1.0),
    ("sa-rules-focus", "algorithm", PUBLIC_OPINION_ALGORITHM, 1.0),
)
_PERIOD_DAYS = {
    Recurrence.WEEKLY: 7,
    Recurrence.MONTHLY: 30,
    Recurrence.QUARTERLY: 91,
    Recurrence.HALF_YEARLY: 182,
    Recurrence.YEARLY: 365,
}
# days from today to the next review, in turn: due, expiring soon, expiring, later, later
_AHEAD = (-4, 9, 23, 75, 140)
NONCONFORMING_NOTE = "抽查发现执行不到位，已列入整改计划，责任部门限期完成。"
NOT_APPLICABLE_NOTE = "本服务不涉及该情形，经合规部门确认不适用。"
CONFORMS_NOTE = "已建立相应制度并落实，留存执行记录。"


def fill_assessments(reg: Any, entity: Any) -> int:
    """Start and answer the demo assessments on ``entity`` and its algorithms; how many."""
    today = reg.today()
    algorithms = {a.name: a for a in reg.algorithms(entity.id)}
    owner = str(entity.officer_name or entity.contact_name)
    with reg.transaction():  # one commit for the lot
        return _fill(reg, entity, algorithms, owner, today)


def _fill(reg: Any, entity: Any, algorithms: dict[str, Any], owner: str, today: date) -> int:
    count = 0
    for library_id, kind, name, share in PLAN:
        library = checklist_loader.get(library_id)
        subject_id = entity.id if name is None else algorithms[name].id
        assessment = reg.start_assessment(library, kind, subject_id)
        subject = reg.assessment_subject(kind, subject_id)
        items = [it for it in library.applicable(subject) if not it.heading]
        for n, item in enumerate(items[: max(1, round(len(items) * share))]):
            _answer(reg, assessment.id, library, item, n, owner, today)
        count += 1
    return count


def _answer(reg: Any, assessment_id: int, library: Library, item: Item, n: int, owner: str,
            today: date) -> None:  # fmt: skip
    result, note, figure = _result(item, n)
    ahead = _AHEAD[n % len(_AHEAD)]
    period = _PERIOD_DAYS.get(item.recurrence)
    effective = today - timedelta(days=(period - ahead) if period else 30 + n)
    reg.answer_item(
        assessment_id,
        library,
        item.id,
        result,
        note=note,
        figure=figure,
        owner=owner,
        effective=min(effective, today),
    )
    if (period is not None and 0 < ahead <= 30) or n < 2:
        reg.attach_evidence(
            assessment_id,
            library,
            item.id,
            f"{library.id}-{item.id}.txt",
            _evidence_text(library, item, effective).encode("utf-8"),
        )


def _result(item: Item, n: int) -> tuple[Result, str, float | None]:
    """Mostly 符合; every ninth item 不符合, every eleventh 不适用 (never both)."""
    t = item.threshold
    if n % 9 == 4:
        figure = None
        if t is not None:  # a figure just outside the threshold
            figure = (t.min - 1) if t.min is not None else (t.max or 0) + 1
        return Result.NOT_CONFORMING, NONCONFORMING_NOTE, figure
    if n % 11 == 7 and t is None:
        return Result.NOT_APPLICABLE, NOT_APPLICABLE_NOTE, None
    if t is None:
        return Result.CONFORMS, CONFORMS_NOTE, None
    figure = t.min if t.min is not None else t.max
    return Result.CONFORMS, CONFORMS_NOTE, float(figure or 0)


def _evidence_text(library: Library, item: Item, effective: date) -> str:
    return (
        f"{library.title.zh}（第{library.version}版）\n"
        f"条目：{item.clause or item.id}\n"
        f"要求：{item.text.zh}\n"
        f"证明材料：执行记录摘要（演示数据），生效日期 {effective.isoformat()}。\n"
    )
