"""Printing from the register: pick the procedure a form is about, decide the DRAFT watermark,
render one form or a whole packet. Used by the CLI and the desktop app alike. No Qt.

A form is printed "ready" (no watermark) only when its procedure is ready to submit or beyond and
the spec's readiness check passes; forms without a procedure need the readiness check only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.domain.records import FormContext, Procedure
from filing_desk.forms import loader, packet, readiness
from filing_desk.forms.render import render
from filing_desk.store.files import write_private

READY_STATES = (ProcedureState.READY, ProcedureState.SUBMITTED, ProcedureState.COMPLETED)
FORM_KIND = {"modification": ProcedureKind.MODIFICATION, "cancellation": ProcedureKind.CANCELLATION}


def current_procedure(
    register: Any, algorithm_id: int, form_id: str | None = None
) -> Procedure | None:
    """The newest procedure the form is about (of the form's kind, if it has one)."""
    kind = FORM_KIND.get(form_id or "")
    procs = [
        p
        for p in register.procedures(algorithm_id)
        if p.state is not ProcedureState.WITHDRAWN and (kind is None or p.kind is kind)
    ]
    return procs[-1] if procs else None


def context_for(
    register: Any,
    form_id: str | None = None,
    *,
    algorithm_id: int | None = None,
    entity_id: int | None = None,
    procedure_id: int | None = None,
) -> FormContext:
    if procedure_id is None and algorithm_id is not None:
        proc = current_procedure(register, algorithm_id, form_id)
        procedure_id = proc.id if proc else None
    context: FormContext = register.form_context(
        algorithm_id=algorithm_id, entity_id=entity_id, procedure_id=procedure_id
    )
    if form_id == "recovery-sheet":
        context = replace(context, recovery_key=register.recovery_key())
    return context


def is_ready(form_id: str, context: FormContext) -> bool:
    spec = loader.get(form_id)
    if not readiness.check(spec, context).is_valid:
        return False
    return context.procedure is None or context.procedure.state in READY_STATES


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
        out.append((f"{n:02d}-{form_id}.pdf", render_form(form_id, context, lang)))
    if progress is not None:
        progress(len(out), len(form_ids), "")
    return out


def write_files(documents: list[tuple[str, bytes]], directory: Path) -> list[Path]:
    """Each (name, PDF bytes) into ``directory``: owner-only (0600), each file all or nothing."""
    return [write_private(Path(directory) / name, data) for name, data in documents]
