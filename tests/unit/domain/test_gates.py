"""Gates that hold (domain.md Part A item 11, revised 2026-12): missing materials are errors, an
override needs a reason and covers only them, labelling materials go by the submission date,
a modification needs updated materials for what it changes, supporters only for 生成合成类."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from filing_desk.domain import gates
from filing_desk.domain.enums import AlgorithmType, AttachmentKind, ProcedureKind, Role
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.materials import BASE_MATERIALS, needed_attachments
from filing_desk.domain.records import Algorithm, Change
from filing_desk.domain.validation import role_issues, validate_algorithm
from tests.helpers import factories

A = AttachmentKind
K = ProcedureKind
PUSH = factories.push_algorithm()
GENERATION = factories.generation_algorithm(role=Role.PROVIDER, launch_date=date(2024, 5, 6))
OLD = date(2024, 6, 1)  # when the materials of the first filing were attached
CHANGED = date(2026, 11, 2)
ALL = {kind: OLD for kind in (*BASE_MATERIALS, A.LABELLING)}


def _codes(issues: list[Issue]) -> dict[AttachmentKind, str]:
    return {AttachmentKind(str(i.params["material"])): i.code for i in issues}


@pytest.mark.parametrize("material", BASE_MATERIALS)
def test_a_filing_is_blocked_by_each_missing_material(material: AttachmentKind) -> None:
    held = {k: d for k, d in ALL.items() if k is not material}
    issues = gates.material_issues(K.FILING, PUSH, held)
    assert _codes(issues) == {material: gates.MISSING}
    assert all(i.is_error for i in issues)
    assert issues[0].field == f"attachment.{material.value}"


def test_a_filing_with_every_material_passes() -> None:
    assert gates.material_issues(K.FILING, PUSH, ALL) == []


@pytest.mark.parametrize(
    ("algorithm", "submitted", "required"),
    [
        (GENERATION, date(2025, 8, 31), False),  # submitted before the Labelling Measures
        (GENERATION, date(2025, 9, 1), True),  # on the day they took effect
        (GENERATION, None, True),  # not submitted yet: from today on
        # launched before 2025-09-01 (2024-05-06) but submitted after: required all the same
        (GENERATION, date(2026, 11, 23), True),
        (PUSH, None, False),
        (PUSH, date(2026, 11, 23), False),
    ],
)
def test_labelling_materials_go_by_the_submission_date(
    algorithm: Algorithm, submitted: date | None, required: bool
) -> None:
    assert (A.LABELLING in needed_attachments(algorithm, submitted)) is required
    held = {k: d for k, d in ALL.items() if k is not A.LABELLING}
    for kind in (K.FILING, K.MODIFICATION):
        issues = gates.material_issues(kind, algorithm, held, submitted=submitted)
        assert (_codes(issues) == {A.LABELLING: gates.MISSING}) is required


# (what changed, the materials a modification then needs in a version added since the change)
MODIFICATIONS = [
    ("algorithm.algo_type", (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE)),
    ("algorithm.input_modalities", (A.SELF_ASSESSMENT,)),
    ("algorithm.model_description", (A.SELF_ASSESSMENT,)),
    ("algorithm.models", (A.SELF_ASSESSMENT,)),
    ("entity.legal_rep_name", (A.ID_COPY, A.COMMITMENT_LETTER)),
    ("entity.officer_name", (A.ID_COPY, A.RESPONSIBILITY_STATEMENT)),
]


@pytest.mark.parametrize(("field", "renewed"), MODIFICATIONS)
def test_a_modification_needs_updated_materials_for_what_changed(
    field: str, renewed: tuple[AttachmentKind, ...]
) -> None:
    change = (Change(field, "旧", "新"),)

    def gate(held: dict[AttachmentKind, date]) -> list[Issue]:
        return gates.material_issues(
            K.MODIFICATION, PUSH, held, changes=change, change_date=CHANGED
        )

    stale = gate(ALL)
    assert _codes(stale) == dict.fromkeys(renewed, gates.OUTDATED)
    assert all(i.is_error and i.params["since"] == "2026-11-02" for i in stale)
    assert gate({**ALL, **dict.fromkeys(renewed, CHANGED)}) == []  # added on the change date
    missing = gate({k: d for k, d in ALL.items() if k not in renewed})
    assert _codes(missing) == dict.fromkeys(renewed, gates.MISSING)


def test_a_modification_of_a_generation_model_needs_updated_labelling_materials() -> None:
    change = (Change("algorithm.models", "甲 1.0", "甲 2.0"),)
    issues = gates.material_issues(
        K.MODIFICATION, GENERATION, ALL, changes=change, change_date=CHANGED
    )
    assert _codes(issues) == {A.SELF_ASSESSMENT: gates.OUTDATED, A.LABELLING: gates.OUTDATED}


def test_a_modification_of_a_field_that_stales_nothing_needs_no_material() -> None:
    change = (Change("algorithm.main_use", "旧", "新"),)
    assert gates.material_issues(K.MODIFICATION, PUSH, {}, changes=change) == []


def test_a_cancellation_needs_no_material() -> None:
    assert gates.material_issues(K.CANCELLATION, GENERATION, {}) == []


def _missing(*kinds: AttachmentKind) -> Report:
    issues = gates.material_issues(K.FILING, PUSH, {k: OLD for k in ALL if k not in kinds})
    return Report.of([*issues, Issue("form.required", "algorithm.purpose")])


def test_an_override_turns_only_the_materials_it_covers_into_warnings() -> None:
    found = _missing(A.ID_COPY, A.SELF_ASSESSMENT)
    assert gates.overridable(found) == (A.ID_COPY, A.SELF_ASSESSMENT)
    override = gates.Override("证件原件在法务部，扫描件次日补交", (A.ID_COPY,))
    after = gates.apply_override(found, override)
    assert {(i.code, i.field) for i in after.errors} == {
        (gates.MISSING, "attachment.self_assessment"),
        ("form.required", "algorithm.purpose"),  # a form's error is never overridden
    }
    (warning,) = after.warnings
    assert warning.code == gates.OVERRIDDEN and "扫描件次日补交" in warning.text
    assert gates.apply_override(found, None) == found


def test_an_override_is_kept_in_the_draft_under_its_own_key() -> None:
    override = gates.Override("理由", (A.ID_COPY, A.LABELLING))
    draft = {"algorithm.name": "甲", gates.OVERRIDE_KEY: override.to_text()}
    assert gates.Override.from_draft(draft) == override
    assert gates.Override.from_draft({"algorithm.name": "甲"}) is None


@pytest.mark.parametrize(
    "algo_type", [t for t in AlgorithmType if t is not AlgorithmType.GENERATION]
)
def test_a_technical_supporter_of_another_type_is_an_error(algo_type: AlgorithmType) -> None:
    algorithm = replace(PUSH, algo_type=algo_type, role=Role.SUPPORTER)
    (issue,) = role_issues(algorithm)
    assert issue.code == "role.supporter_type" and issue.is_error
    assert issue.field == "algorithm.role"
    assert not validate_algorithm(algorithm).is_valid


@pytest.mark.parametrize(
    "algorithm",
    [
        factories.generation_algorithm(),  # a supporter of 生成合成类
        replace(PUSH, role=Role.PROVIDER),
        replace(GENERATION, role=Role.PROVIDER),
    ],
)
def test_providers_and_generation_supporters_pass_the_role_gate(algorithm: Algorithm) -> None:
    assert role_issues(algorithm) == []
