"""Subjects for assessment tests in a real register (an entity and its algorithms, written as a
user would, no product), and answering every applicable item of a library."""

from __future__ import annotations

import dataclasses
from datetime import date

from filing_desk.domain.assessments import Result
from filing_desk.domain.checklists import Library
from filing_desk.domain.enums import Role
from filing_desk.store.register import Register
from tests.helpers import factories


def _values(record: object, *dropped: str) -> dict[str, object]:
    return {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)  # type: ignore[arg-type]
        if f.name not in ("id", "entity_id", "model_ids", "state", *dropped)
    }


def entity_with_algorithms(register: Register, **generation: object) -> tuple[int, int, int]:
    """(entity id, a 生成合成类 provider algorithm's id, a push algorithm's id); ``generation``
    overrides the generation algorithm's fields."""
    entity = register.create_entity(**_values(factories.entity()))
    made = factories.generation_algorithm(role=Role.PROVIDER, **generation)
    gen = register.create_algorithm(entity.id, **_values(made)).id
    push = register.create_algorithm(entity.id, **_values(factories.push_algorithm())).id
    return entity.id, gen, push


def answer_all(
    register: Register,
    assessment_id: int,
    library: Library,
    result: Result = Result.CONFORMS,
    effective: date | None = None,
) -> int:
    """Answer every applicable requirement (numeric ones with a passing figure); how many."""
    found = register.assessment(assessment_id)
    subject = register.assessment_subject(found.subject_kind, found.subject_id)
    count = 0
    for item in library.applicable(subject):
        if item.heading:
            continue
        t = item.threshold
        figure = None if t is None else (t.min if t.min is not None else t.max)
        register.answer_item(
            assessment_id, library, item.id, result, figure=figure, effective=effective
        )
        count += 1
    return count
