"""Printing a generative-AI service's online-filing form (生成式人工智能（大语言模型）上线备案表):
what ``print --service ID --form genai-online-filing`` and the desktop app both run.

It reads the service, its entity, the linked 生成合成类 algorithms and products and the service's
annex attachments and its GB/T 45654-2025 assessment (annex 1, judged against the shipped
library) in one session, builds the form context (``domain.genai_filing``) and renders
``forms/genai-online-filing.toml``. The watermark rule: the form prints without ``草稿 DRAFT``
only when the spec's own readiness check passes and the service's readiness
(``register.service_readiness``: the track, the model links, the annexes) has no errors. It writes
nothing and decides no file names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.domain.enums import OwnerType
from filing_desk.domain.genai_annex_one import LIBRARY_ID, AnnexAssessment, annex_assessment
from filing_desk.domain.genai_filing import service_filing
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.records import Entity, FormContext
from filing_desk.forms import checklist_loader, loader, readiness
from filing_desk.forms.render import render

if TYPE_CHECKING:
    from filing_desk.store.register import Register

FORM_ID = "genai-online-filing"


def service_context(register: Register, service_id: int, lang: str = "zh") -> FormContext:
    """The form context of one service, read in one session (the explanation in ``lang``)."""
    with register.session():
        service: GenAIService = register.service(service_id)
        entity: Entity = register.entity(int(service.entity_id or 0))
        algorithms = [register.algorithm(a) for a in service.algorithm_ids]
        wanted = set(service.product_ids)
        products = [p for p in register.products(entity_id=entity.id) if p.id in wanted]
        attachments = register.attachments(OwnerType.SERVICE, service_id, False)
        today = register.uow.today()
        assessment = annex_one(register, service_id)
    filing = service_filing(service, algorithms, products, attachments, lang, assessment)
    return FormContext(entity=entity, service=service, service_filing=filing, generated=today)


def annex_one(register: Register, service_id: int) -> AnnexAssessment | None:
    """The service's GB/T 45654-2025 assessment as annex 1, judged complete or not against the
    shipped library; None when none was started."""
    found = register.assessment_for(LIBRARY_ID, "service", service_id)
    if found is None:
        return None
    subject = register.assessment_subject("service", service_id)
    return annex_assessment(found, checklist_loader.get(LIBRARY_ID), subject)


def is_ready(register: Register, service_id: int, context: FormContext) -> bool:
    """True: print without the DRAFT watermark (the rule in the module docstring)."""
    if not readiness.check(loader.get(FORM_ID), context).is_valid:
        return False
    return not any(i.is_error for i in register.service_readiness(service_id))


def print_service_form(register: Register, service_id: int, lang: str = "zh") -> bytes:
    """The online-filing form's PDF for one service."""
    context = service_context(register, service_id, lang)
    ready = is_ready(register, service_id, context)
    return render(loader.get(FORM_ID), context, lang=lang, ready=ready)
