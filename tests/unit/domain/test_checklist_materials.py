"""Materials a checklist stands for (domain.checklist_materials), without a register: which day a
complete checklist holds its material from, when an uploaded file still counts, and how the
gates' errors of these materials are reworded (a modification after a change of modality)."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain import gates
from filing_desk.domain.checklist_materials import (
    LABELLING,
    RESPONSIBILITY,
    ChecklistState,
    checklist_issues,
    held_materials,
)
from filing_desk.domain.enums import AttachmentKind as K
from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.records import Change
from tests.helpers import factories

FILE_DAY, DONE_DAY = date(2026, 3, 1), date(2026, 5, 6)


SELF = {K.SELF_ASSESSMENT: FILE_DAY}


@pytest.mark.parametrize(
    ("state", "held"),
    [
        (ChecklistState(LABELLING, 3, 20), SELF),  # the uploaded file is dropped
        (ChecklistState(LABELLING, 20, 20, DONE_DAY), {**SELF, K.LABELLING: DONE_DAY}),
        (ChecklistState(LABELLING, 20, 20, DONE_DAY, old_version=True), SELF),
        (ChecklistState(LABELLING, 0, 0, started=False), SELF),
    ],
)
def test_labelling_is_held_only_by_a_complete_checklist(
    state: ChecklistState, held: dict[K, date]
) -> None:
    files = {K.SELF_ASSESSMENT: FILE_DAY, K.LABELLING: FILE_DAY}
    assert held_materials(files, [state]) == held


def test_the_statement_is_held_by_its_file_or_a_complete_checklist() -> None:
    files = {K.RESPONSIBILITY_STATEMENT: FILE_DAY}
    assert held_materials(files, [ChecklistState(RESPONSIBILITY, 1, 14)]) == files
    done = ChecklistState(RESPONSIBILITY, 14, 14, DONE_DAY)
    assert held_materials({}, [done]) == {K.RESPONSIBILITY_STATEMENT: DONE_DAY}
    assert held_materials(files, [done]) == {K.RESPONSIBILITY_STATEMENT: DONE_DAY}  # the newer


def test_a_modality_change_after_the_checklist_asks_for_its_answers_again() -> None:
    algorithm = factories.generation_algorithm()
    change = Change("algorithm.output_modalities", "文本", "文本、图像")
    changed_on = date(2026, 6, 1)
    state = ChecklistState(LABELLING, 20, 20, DONE_DAY)
    issues = gates.material_issues(
        ProcedureKind.MODIFICATION,
        algorithm,
        held_materials({}, [state]),
        changes=(change,),
        change_date=changed_on,
    )
    reworded = checklist_issues(issues, [state])
    labelling = [i for i in reworded if i.params.get("material") == "labelling"]
    assert [(i.code, i.params["since"]) for i in labelling] == [
        ("materials.checklist_outdated", "2026-06-01")
    ]
    assert "answer its items again" in labelling[0].text


def test_other_materials_keep_their_errors() -> None:
    issues = gates.material_issues(ProcedureKind.FILING, factories.push_algorithm(), {})
    assert checklist_issues(issues, [ChecklistState(LABELLING, 0, 5, started=False)]) == issues
    statement = ChecklistState(RESPONSIBILITY, 2, 14)
    reworded = {i.field: i.code for i in checklist_issues(issues, [statement])}
    assert reworded["attachment.responsibility_statement"] == "materials.checklist_or_file"
    assert reworded["attachment.business_licence"] == gates.MISSING
