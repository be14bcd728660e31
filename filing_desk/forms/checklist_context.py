"""Reading the assessments a form prints from the register: the sheet of an assessment given by
id (the report), or of the assessment a form's ``checklist`` names for its subject (labelling
materials: the algorithm's; 落实算法安全主体责任基本情况: the entity's). A product's or a
generative-AI service's report is printed for the entity that holds it.

No Qt. The register is duck-typed (``store.register.Register``): ``assessment``,
``assessment_for``, ``assessment_subject``, ``evidence``, ``entity``, ``algorithm``,
``products``, ``service``. ``forms.printing.context_for`` calls it inside the print's one
session; it writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from filing_desk.domain.assessment_sheet import AssessmentSheet, EvidenceFile
from filing_desk.domain.assessments import Assessment
from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_loader, loader
from filing_desk.forms.errors import FormError


class NoAssessment(FormError):
    """A form printed from an assessment, for a subject that has none against its checklist."""

    code = "forms.no_assessment"

    def __init__(self, form_id: str, library_id: str = "", subject: str = "") -> None:
        if library_id:
            text = (
                f"the {form_id} form is printed from the {subject}'s assessment against the "
                f"{library_id!r} checklist, and there is none yet: start it in the checklist view"
            )
        else:
            text = f"the {form_id} form is printed from one assessment: name it (--assessment ID)"
        super().__init__(text, form=form_id, library=library_id, subject=subject)


def subject_ids(register: Any, assessment_id: int) -> tuple[int | None, int | None]:
    """(algorithm id, entity id) a report on the assessment is printed for."""
    found: Assessment = register.assessment(assessment_id)
    if found.subject_kind == "algorithm":
        return found.subject_id, None
    if found.subject_kind == "entity":
        return None, found.subject_id
    if found.subject_kind == "service":
        return None, register.service(found.subject_id).entity_id
    product = _product(register, found.subject_id)
    return None, product.entity_id if product is not None else None


def with_sheets(
    register: Any,
    context: FormContext,
    form_ids: Iterable[str],
    assessment_id: int | None = None,
) -> FormContext:
    """The context with the sheets its forms print: the assessment given, then, per form with a
    ``checklist``, the subject's assessment against it (when one was started)."""
    found: list[Assessment] = []
    if assessment_id is not None:
        found.append(register.assessment(assessment_id))
    for form_id in form_ids:
        spec = loader.get(form_id)
        subject_id = _subject_id(spec.applies_to, context)
        if spec.checklist is None or subject_id is None:
            continue
        if any(_is(a, spec.checklist, spec.applies_to, subject_id) for a in found):
            continue
        own = register.assessment_for(spec.checklist, spec.applies_to, subject_id)
        if own is not None:
            found.append(own)
    if not found:
        return context
    return replace(context, assessments=tuple(_sheet(register, a) for a in found))


def require_sheets(form_ids: Iterable[str], context: FormContext) -> None:
    """Refuse to print, alone, a form whose assessment was never started (a packet prints it
    with a notice in its place instead, and readiness names what is missing)."""
    for form_id in form_ids:
        spec = loader.get(form_id)
        if spec.applies_to == "assessment" and not context.assessments:
            raise NoAssessment(form_id)
        subject_id = _subject_id(spec.applies_to, context)
        if spec.checklist is None or subject_id is None:
            continue
        if not any(
            _is(s.assessment, spec.checklist, spec.applies_to, subject_id)
            for s in context.assessments
        ):
            raise NoAssessment(form_id, spec.checklist, spec.applies_to)


def _is(a: Assessment, library_id: str, kind: str, subject_id: int) -> bool:
    return (a.library_id, a.subject_kind, a.subject_id) == (library_id, kind, subject_id)


def _subject_id(kind: str, context: FormContext) -> int | None:
    if kind == "entity":
        return context.entity.id
    if kind == "algorithm" and context.algorithm is not None:
        return context.algorithm.id
    return None


def _sheet(register: Any, assessment: Assessment) -> AssessmentSheet:
    files = tuple(
        EvidenceFile(
            item_id=e.item_id,
            attachment_id=e.info.id,
            filename=e.info.filename,
            sha256=e.info.sha256,
            version=e.info.version,
            added=e.info.added_at.astimezone().date(),
            verified=e.verified,
        )
        for e in register.evidence(assessment.id or 0)
    )
    return AssessmentSheet(
        assessment=assessment,
        library=checklist_loader.get(assessment.library_id),
        subject=register.assessment_subject(assessment.subject_kind, assessment.subject_id),
        subject_name=_name(register, assessment.subject_kind, assessment.subject_id),
        evidence=files,
    )


def _name(register: Any, kind: str, subject_id: int) -> str:
    if kind == "entity":
        return str(register.entity(subject_id).name)
    if kind == "algorithm":
        return str(register.algorithm(subject_id).name)
    if kind == "service":
        return str(register.service(subject_id).name)
    product = _product(register, subject_id) if kind == "product" else None
    return product.name if product is not None else f"{kind} {subject_id}"


def _product(register: Any, product_id: int) -> Any:
    return next((p for p in register.products() if p.id == product_id), None)
