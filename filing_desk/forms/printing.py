"""Printing from the register: pick the procedure a form is about, decide the DRAFT watermark,
check a packet's readiness, render one form or a whole packet. No Qt.

The one watermark rule (``is_ready``), for the command line and the desktop app alike: a form
prints without ``草稿 DRAFT`` only when it passes its readiness check and
- printed for a procedure: that procedure is ready to submit, submitted or completed;
- printed for an algorithm without any procedure: never (nothing was marked ready);
- printed for an entity alone (its filing form, the register summary): the check decides;
- printed from an assessment (labelling materials, 落实算法安全主体责任基本情况, the report):
  only when that assessment is complete too; the report then needs nothing else.
``filing_desk.workflows.printing`` reads the register once and renders through this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import FormContext, Procedure
from filing_desk.forms import checklist_content, checklist_context, loader, packet, readiness
from filing_desk.forms.render import render
from filing_desk.store.files import write_private

READY_STATES = (ProcedureState.READY, ProcedureState.SUBMITTED, ProcedureState.COMPLETED)
FORM_KIND = {"modification": ProcedureKind.MODIFICATION, "cancellation": ProcedureKind.CANCELLATION}


def kind_of(form_ids: Iterable[str]) -> ProcedureKind | None:
    """The procedure kind these forms belong to, when one of them is a kind's own form."""
    return next((FORM_KIND[f] for f in form_ids if f in FORM_KIND), None)


def current_procedure(
    register: Any, algorithm_id: int, kind: ProcedureKind | None = None
) -> Procedure | None:
    """The newest procedure of the algorithm (of ``kind``, if given) not withdrawn: the live one
    when there is one, else the last that ended."""
    procs = [
        p
        for p in register.procedures(algorithm_id)
        if p.state not in (ProcedureState.WITHDRAWN, ProcedureState.DISCARDED)
        and (kind is None or p.kind is kind)
    ]
    return procs[-1] if procs else None


def context_for(
    register: Any,
    forms: str | Iterable[str] | None = None,
    *,
    algorithm_id: int | None = None,
    entity_id: int | None = None,
    procedure_id: int | None = None,
    current: bool = True,
    assessment_id: int | None = None,
) -> FormContext:
    """The context ``forms`` (one form id, several, or None: a packet) print: the procedure
    given, else the algorithm's current one (of the forms' kind, if they have one) unless
    ``current`` is False (the algorithm alone, as before its procedure is saved). With
    ``assessment_id`` (the assessment report): that assessment, for its subject alone."""
    form_ids = (forms,) if isinstance(forms, str) else tuple(forms or ())
    if assessment_id is not None:
        algorithm_id, entity_id = checklist_context.subject_ids(register, assessment_id)
        current = False
    if procedure_id is None and algorithm_id is not None and current:
        kind = kind_of(form_ids)
        proc = current_procedure(register, algorithm_id, kind)
        procedure_id = proc.id if proc else None
    context: FormContext = register.form_context(
        algorithm_id=algorithm_id, entity_id=entity_id, procedure_id=procedure_id
    )
    if "recovery-sheet" in form_ids:
        context = replace(context, recovery_key=register.recovery_key())
    printed = form_ids or packet.candidate_forms(context)  # a packet: what it may hold
    return checklist_context.with_sheets(register, context, printed, assessment_id)


def is_ready(form_id: str, context: FormContext) -> bool:
    """True: the form prints without the DRAFT watermark (the rule in the module docstring)."""
    spec = loader.get(form_id)
    if not readiness.check(spec, context).is_valid:
        return False
    if checklist_content.prints_checklist(spec):  # and only from a complete assessment
        sheet = checklist_content.sheet_for(spec, context)
        if sheet is None or not sheet.complete:
            return False
        if spec.applies_to == "assessment":
            return True
    if context.procedure is not None:
        return context.procedure.state in READY_STATES
    return context.algorithm is None


def packet_report(form_ids: Iterable[str], context: FormContext) -> Report:
    """Every form of a packet checked; an issue named by several forms is listed once."""
    seen: dict[tuple[str, str], Issue] = {}
    for form_id in form_ids:
        for issue in readiness.check(loader.get(form_id), context).issues:
            seen.setdefault((issue.code, issue.field), issue)
    return Report.of(seen.values())


def render_form(form_id: str, context: FormContext, lang: str = "zh") -> bytes:
    return render(loader.get(form_id), context, lang=lang, ready=is_ready(form_id, context))


def render_packet(
    context: FormContext,
    lang: str = "zh",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[tuple[str, bytes]]:
    """Every form the context's procedure needs, as (file name, PDF bytes), in packet order."""
    form_ids = packet.packet_forms(context)
    out = []
    for n, form_id in enumerate(form_ids, start=1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(n - 1, len(form_ids), form_id)
        out.append((file_name(n, form_id), render_form(form_id, context, lang)))
    if progress is not None:
        progress(len(out), len(form_ids), "")
    return out


def file_name(number: int, form_id: str) -> str:
    """``01-entity-filing.pdf``: a packet's files sort in packet order."""
    return f"{number:02d}-{form_id}.pdf"


def write_files(documents: list[tuple[str, bytes]], directory: Path) -> list[Path]:
    """Each (name, PDF bytes) into ``directory``: owner-only (0600), each file all or nothing."""
    return [write_private(Path(directory) / name, data) for name, data in documents]
