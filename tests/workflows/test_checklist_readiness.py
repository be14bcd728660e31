"""Readiness with checklist materials (issue 16 item 5), through a real register: a 生成合成类
filing submitted on or after 2025-09-01 is not ready without a complete ``labelling`` assessment of
its algorithm (an uploaded file alone no longer holds the labelling materials); one submitted
before needs none; the entity's responsibility statement is held by the attached document or by
a complete ``algo-responsibility`` assessment of the entity."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain import gates
from filing_desk.domain.assessments import Result
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.issues import Issue, Report
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register
from filing_desk.workflows import readiness
from tests.helpers.assessments import answer_all, entity_with_algorithms

LABELLING = checklist_loader.get("labelling")
RESPONSIBILITY = checklist_loader.get("algo-responsibility")
LABEL_FIELD = "attachment.labelling"
STATEMENT_FIELD = "attachment.responsibility_statement"


def _issues(register: Register, procedure_id: int, field: str) -> list[Issue]:
    return [i for i in readiness.report(register, procedure_id).errors if i.field == field]


def _labelling(register: Register, algorithm_id: int, how: str) -> None:
    if how in ("file", "file+partial"):
        register.add_attachment(
            OwnerType.ALGORITHM, algorithm_id, AttachmentKind.LABELLING, "标识材料.pdf", b"%PDF"
        )
    if how == "none" or how == "file":
        return
    aid = register.start_assessment(LABELLING, "algorithm", algorithm_id).id
    if how in ("partial", "file+partial"):
        register.answer_item(aid, LABELLING, "explicit.scope", "conforms")
    elif how == "complete":
        answer_all(register, aid, LABELLING)
    elif how == "complete, some 不符合":
        answer_all(register, aid, LABELLING, Result.NOT_CONFORMING)


# how the labelling is held, submitted on (None: not yet), the code of the error (None: none)
CASES = [
    ("none", None, "materials.checklist"),
    ("file", None, "materials.checklist"),  # a file alone no longer holds it
    ("partial", None, "materials.checklist"),
    ("file+partial", None, "materials.checklist"),
    ("complete", None, None),
    ("complete, some 不符合", None, None),  # 不符合 is an answer: the report tells the CAC so
    ("none", date(2025, 9, 1), "materials.checklist"),  # the day the Measures took effect
    ("none", date(2025, 8, 29), None),  # submitted before: no labelling materials
    ("file", date(2025, 8, 29), None),
]


@pytest.mark.parametrize(("how", "submitted", "code"), CASES)
def test_labelling_materials_are_held_by_a_complete_labelling_assessment(
    register: Register, how: str, submitted: date | None, code: str | None
) -> None:
    _, gen, _ = entity_with_algorithms(register, launch_date=date(2025, 6, 2))
    _labelling(register, gen, how)
    procedure = register.start_filing(gen)
    if submitted is not None:
        register.mark_ready(procedure.id, Report())
        register.submit(procedure.id, submitted)
    found = _issues(register, procedure.id, LABEL_FIELD)
    assert [i.code for i in found] == ([code] if code else [])
    if code:
        [issue] = found
        total = issue.params["total"]
        answered = 1 if "partial" in how else 0
        assert issue.params == {
            "material": "labelling",
            "library": "labelling",
            "subject": "algorithm",
            "answered": answered,
            "total": total,
        }
        assert isinstance(total, int) and total > 10
        assert (
            f"{answered} of {total} items answered" in issue.text or "no assessment" in issue.text
        )


def test_a_push_algorithm_needs_no_labelling_materials(register: Register) -> None:
    _, _, push = entity_with_algorithms(register)
    procedure = register.start_filing(push)
    assert _issues(register, procedure.id, LABEL_FIELD) == []


@pytest.mark.parametrize(
    ("file", "checklist", "code"),
    [
        (False, "none", "materials.checklist_or_file"),
        (False, "partial", "materials.checklist_or_file"),
        (True, "none", None),
        (False, "complete", None),
    ],
)
def test_the_responsibility_statement_is_the_document_or_a_complete_entity_checklist(
    register: Register, file: bool, checklist: str, code: str | None
) -> None:
    entity, _, push = entity_with_algorithms(register)
    if file:
        register.add_attachment(
            OwnerType.ENTITY, entity, AttachmentKind.RESPONSIBILITY_STATEMENT, "情况.pdf", b"%PDF"
        )
    if checklist != "none":
        aid = register.start_assessment(RESPONSIBILITY, "entity", entity).id
        if checklist == "complete":
            assert answer_all(register, aid, RESPONSIBILITY) > 5
        else:
            first = RESPONSIBILITY.applicable(register.assessment_subject("entity", entity))
            item = next(it for it in first if not it.heading)
            register.answer_item(aid, RESPONSIBILITY, item.id, "conforms")
    procedure = register.start_filing(push)
    found = _issues(register, procedure.id, STATEMENT_FIELD)
    assert [i.code for i in found] == ([code] if code else [])
    if code:
        assert found[0].params["library"] == "algo-responsibility"
        assert found[0].params["answered"] == (1 if checklist == "partial" else 0)


def test_an_override_covers_an_incomplete_checklist(register: Register) -> None:
    _, gen, _ = entity_with_algorithms(register)
    procedure = register.start_filing(gen)
    found = readiness.report(register, procedure.id)
    assert AttachmentKind.LABELLING in gates.overridable(found)
