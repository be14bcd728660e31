"""Where the checklist assessments that stand for filing materials are, read from the register:
the algorithm's ``labelling`` assessment and its entity's ``algo-responsibility`` assessment
(``domain.checklist_materials``), each against the shipped library version.

``states`` reads; ``workflows.readiness`` applies them to the gates. No Qt, no SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.domain import assessments as rules
from filing_desk.domain.checklist_materials import (
    CHECKLIST_MATERIALS,
    ChecklistMaterial,
    ChecklistState,
)
from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_loader

if TYPE_CHECKING:
    from filing_desk.store.register import Register


def states(register: Register, context: FormContext) -> list[ChecklistState]:
    """One state per checklist material whose subject the context names."""
    out = []
    for material in CHECKLIST_MATERIALS:
        subject_id = _subject_id(material, context)
        if subject_id is not None:
            out.append(state(register, material, subject_id))
    return out


def _subject_id(material: ChecklistMaterial, context: FormContext) -> int | None:
    if material.subject_kind == "algorithm":
        return context.algorithm.id if context.algorithm is not None else None
    return context.entity.id


def state(register: Register, material: ChecklistMaterial, subject_id: int) -> ChecklistState:
    """How far the subject's assessment against the material's library is."""
    library = checklist_loader.get(material.library_id)
    subject = register.assessment_subject(material.subject_kind, subject_id)
    applicable = [it.id for it in library.applicable(subject) if not it.heading]
    found = register.assessment_for(library.id, material.subject_kind, subject_id)
    if found is None:
        return ChecklistState(material, 0, len(applicable), started=False)
    answered = [found.get(i) for i in applicable if found.get(i).answered]
    if found.library_version != library.version:
        return ChecklistState(material, len(answered), len(applicable), old_version=True)
    progress = rules.progress(found, library, subject)
    dates = [a.effective for a in answered if a.effective is not None]
    return ChecklistState(
        material, progress.answered, progress.total, max(dates) if dates else None
    )
