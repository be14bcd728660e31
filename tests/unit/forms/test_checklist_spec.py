"""The spec keys of the documents printed from assessments (``checklist``, the checklist section
kinds and ``items``): the shipped specs use them, and each rule has a failing spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.forms import loader
from filing_desk.forms.errors import SpecErrors

HEAD = """id = "bad"
title = { zh = "测试表", en = "Test form" }
applies_to = "algorithm"
"""
FIELDS = """
[[section]]
title = { zh = "算法", en = "Algorithm" }

[[section.field]]
key = "algorithm.name"
"""


def section(kind: str, extra: str = "") -> str:
    return f"""
[[section]]
title = {{ zh = "条目", en = "Items" }}
kind = "{kind}"
{extra}
"""


GOOD = HEAD + 'checklist = "labelling"\n' + FIELDS + section("checklist", 'items = "explicit"')


def load(tmp_path: Path, text: str) -> str:
    """The loader's complaint about ``text`` ('' when it loads)."""
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    try:
        loader.load_file(path)
    except SpecErrors as exc:
        return str(exc)
    return ""


def test_a_minimal_checklist_form_loads(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(GOOD + section("tally") + section("evidence"), encoding="utf-8")
    spec = loader.load_file(path)
    assert spec.checklist == "labelling"
    assert [(s.kind, s.items) for s in spec.sections] == [
        ("fields", None),
        ("checklist", "explicit"),
        ("tally", None),
        ("evidence", None),
    ]


BAD = [
    (
        HEAD + 'checklist = "labeling"\n' + FIELDS + section("checklist"),
        "",
        "'checklist': unknown checklist library 'labeling'",
    ),
    (
        HEAD
        + 'checklist = "labelling"\n'
        + FIELDS
        + section("checklist", 'items = "explicit.txt"'),
        "section 2",
        "'items': checklist 'labelling' has no item 'explicit.txt'",
    ),
    (
        HEAD + FIELDS + section("checklist"),
        "",
        "checklist sections need 'checklist' (a library id), or applies_to = 'assessment'",
    ),
    (
        HEAD.replace('"algorithm"', '"assessment"') + FIELDS + section("checklist", 'items = "x"'),
        "section 2",
        "'items' needs a top-level 'checklist'",
    ),
    (
        HEAD + 'checklist = "labelling"\n' + FIELDS,
        "",
        "'checklist' needs at least one section of kind",
    ),
    (
        HEAD.replace('"algorithm"', '"entity"') + 'checklist = "labelling"\n' + section("tally"),
        "",
        "checklist 'labelling' does not apply to entity subjects (algorithm, service)",
    ),
    (
        GOOD + 'field = [{ key = "algorithm.name" }]\n',
        "section 2",
        "a 'checklist' section prints the assessment: it takes no fields and no repeat",
    ),
    (
        HEAD
        + 'checklist = "labelling"\n'
        + FIELDS.replace("\n\n[[section.field]]", '\nitems = "explicit"\n\n[[section.field]]')
        + section("tally"),
        "section 1",
        "'items' is only for the sections of kind checklist, tally, evidence",
    ),
    (
        GOOD + section("assessment", 'items = "explicit"'),
        "section 3",
        "'items' is only for the sections of kind",
    ),
    (
        GOOD + section("checklist", "items = 3"),
        "section 3",
        "'items' must be an item id of the form's checklist",
    ),
    (
        HEAD + 'checklist = ["labelling"]\n' + FIELDS + section("checklist"),
        "",
        "'checklist' must be a library id",
    ),
    (GOOD + section("checklists"), "section 3", "'kind' must be one of"),
]


@pytest.mark.parametrize(("text", "where", "reason"), BAD, ids=[b[2][:40] for b in BAD])
def test_each_rule_has_a_failing_spec(tmp_path: Path, text: str, where: str, reason: str) -> None:
    message = load(tmp_path, text)
    assert (f"bad.toml: {where}: {reason}" if where else f"bad.toml: {reason}") in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        HEAD
        + 'checklist = "labelling"\n'
        + FIELDS
        + section("checklist", 'items = "nope"')
        + section("evidence", 'items = "gone"')
    )
    message = load(tmp_path, text)
    assert "section 2: 'items': checklist 'labelling' has no item 'nope'" in message
    assert "section 3: 'items': checklist 'labelling' has no item 'gone'" in message


@pytest.mark.parametrize(
    ("form_id", "library", "subject"),
    [
        ("labelling-materials", "labelling", "algorithm"),
        ("entity-responsibility", "algo-responsibility", "entity"),
        ("assessment-report", None, "assessment"),
    ],
)
def test_the_shipped_checklist_forms(form_id: str, library: str | None, subject: str) -> None:
    spec = loader.get(form_id)
    assert (spec.checklist, spec.applies_to) == (library, subject)
    assert not spec.internal
    kinds = {s.kind for s in spec.sections}
    assert "checklist" in kinds or "assessment" in kinds
