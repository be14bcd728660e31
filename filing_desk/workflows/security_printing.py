"""Printing one security assessment's report from the register: what ``print
--security-assessment ID`` and the desktop app's detail pane both run.

It reads the assessment, its subject (an algorithm, or a product and its entity) and the art. 5
checklist assessment it rests on in one session, then renders
``forms/security-assessment-report.toml`` (``forms.security_report``). It writes nothing and
decides no file names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from filing_desk.domain.security_assessment import SubjectKind
from filing_desk.forms import loader, printing
from filing_desk.forms.security_content import FORM_ID, ReportData
from filing_desk.store.security_assessments import security_service

if TYPE_CHECKING:
    from filing_desk.store.register import Register


def report_inputs(register: Register, assessment_id: int) -> tuple[Any, ReportData]:
    """(the form context, the report's data) of one assessment, read in one session."""
    service = security_service(register)
    with register.session():
        found = service.security_assessment(assessment_id)
        clock = service.standing_of(found).clock
        assert clock is not None  # an assessment always has its clock
        algorithm = product = None
        target: dict[str, int] = {}
        if found.subject_kind is SubjectKind.ALGORITHM:
            algorithm = register.algorithm(found.subject_id)
            target["algorithm_id"] = found.subject_id
        else:
            product = next(p for p in register.products() if p.id == found.subject_id)
            target["entity_id"] = int(product.entity_id or 0)
        context = printing.context_for(
            register, FORM_ID, current=False, assessment_id=found.checklist_id, **target
        )
    return context, ReportData(found, clock, algorithm, product)


def print_security_report(register: Register, assessment_id: int, lang: str = "zh") -> bytes:
    """The report's PDF."""
    from filing_desk.forms.security_report import render_report

    context, data = report_inputs(register, assessment_id)
    return render_report(loader.get(FORM_ID), context, data, lang)
