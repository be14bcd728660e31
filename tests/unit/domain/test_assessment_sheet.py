"""An assessment as a document reads it (domain.assessment_sheet): which items a subtree holds and
how deep, each evidence file once, the date it speaks for, and when it is complete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from filing_desk.domain.assessment_sheet import AssessmentSheet, EvidenceFile
from filing_desk.domain.assessments import Assessment
from filing_desk.domain.checklists import Subject
from filing_desk.forms import checklist_loader
from tests.helpers.factories import entity
from tests.helpers.sheets import Given, answer_all, responsibility_sheet, sheet

ENTITY = Subject("entity")


@pytest.fixture
def statement() -> AssessmentSheet:
    return responsibility_sheet(entity())


@pytest.mark.parametrize(
    ("root", "first", "depths"),
    [
        # the root heading is the section's title: its children come first, at depth 0
        ("org", ("org.unit", 0), {"org.officer": 0}),
        # headings under the root stay, their requirements one deeper
        ("systems", ("systems.assessment", 0), {"systems.assessment.rules": 1}),
        # a requirement given as the root is printed itself
        ("org.unit", ("org.unit", 0), {}),
        # everything, at the library's own depths
        (None, ("org", 0), {"org.unit": 1, "systems.other.ethics": 2}),
    ],
)
def test_lines_of_a_subtree(
    statement: AssessmentSheet, root: str | None, first: tuple[str, int], depths: dict[str, int]
) -> None:
    lines = statement.lines(root)
    assert (lines[0].item.id, lines[0].depth) == first
    by_id = {line.item.id: line.depth for line in lines}
    for item_id, depth in depths.items():
        assert by_id[item_id] == depth
    assert "systems.assessment.periodic-review" not in by_id  # an algorithm's item (art. 8)


def test_lines_carry_answers_and_their_files(statement: AssessmentSheet) -> None:
    [unit] = [line for line in statement.lines("org") if line.item.id == "org.unit"]
    assert unit.answer.note.startswith("设算法安全委员会")
    assert [f.filename for f in unit.evidence] == ["机构设立决定.pdf"]
    [staff] = [line for line in statement.lines("org") if line.item.id == "org.staff"]
    assert (staff.answer.result.zh, staff.evidence) == ("未评估", ())


def test_a_file_given_for_two_items_is_listed_once(statement: AssessmentSheet) -> None:
    shared = EvidenceFile("org.staff", 100, "机构设立决定.pdf", "ab" * 32, 1, date(2026, 2, 1))
    doubled = replace(statement, evidence=(*statement.evidence, shared))
    names = [f.filename for f in doubled.files()]
    assert names.count("机构设立决定.pdf") == 1
    assert [f.filename for f in doubled.files("systems")] == ["自评估制度.pdf", "审核制度.pdf"]


def test_as_of_is_the_newest_answer_else_the_start(statement: AssessmentSheet) -> None:
    assert statement.as_of == date(2026, 3, 2)  # tests.helpers.sheets.TODAY
    empty = replace(statement, assessment=replace(statement.assessment, answers={}))
    assert empty.as_of == date(2026, 2, 2)
    undated = replace(empty, assessment=replace(empty.assessment, created=None))
    assert undated.as_of is None


def test_complete_needs_every_item_and_the_current_version() -> None:
    library = checklist_loader.get("algo-responsibility")
    done = sheet(
        "algo-responsibility", ENTITY, 1, "主体", answer_all("algo-responsibility", ENTITY)
    )
    assert done.complete and not done.outdated
    assert (done.library_id, done.subject_kind) == ("algo-responsibility", "entity")
    older = replace(done, assessment=replace(done.assessment, library_version=library.version - 1))
    assert older.outdated and not older.complete
    partial = sheet(
        "algo-responsibility", ENTITY, 1, "主体", {"org.unit": Given(done.lines()[1].answer.result)}
    )
    assert not partial.complete


def test_an_assessment_of_nothing_answered() -> None:
    library = checklist_loader.get("labelling")
    bare = AssessmentSheet(
        Assessment(1, library.id, library.version, "algorithm", 1, datetime(2026, 1, 5, 8, 0)),
        library,
        Subject("algorithm", algo_types=frozenset({"01"}), modalities=frozenset({"text"})),
        "算法",
    )
    assert bare.progress().answered == 0 and not bare.complete
    assert bare.files() == ()
    assert all(line.answer.result.value == "unassessed" for line in bare.lines())
