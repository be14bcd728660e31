"""Printing forms and packets from the register: what the CLI's ``print`` and the desktop app's
Print both run, so the same procedure gives the same PDFs.

``print_forms`` reads the context once (one snapshot), picks the procedure the forms are about
(``forms.printing.context_for``), and renders each form with the one watermark rule
(``forms.printing.is_ready``). It writes nothing to the register and decides no file names or
folders: the caller saves, previews or prints what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from filing_desk.forms import loader, packet, printing
from filing_desk.forms.checklist_context import require_sheets
from filing_desk.forms.render import render

if TYPE_CHECKING:
    from filing_desk.store.register import Register

Documents = list[tuple[str, bytes]]  # (form id, PDF bytes)
Progress = Callable[[int, int, str], None]  # (done, total, the title of the form being rendered)


def print_forms(
    register: Register,
    form_ids: Sequence[str] | None = None,
    *,
    algorithm_id: int | None = None,
    entity_id: int | None = None,
    procedure_id: int | None = None,
    current: bool = True,
    assessment_id: int | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Documents:
    """Each form as (form id, PDF), in order; ``form_ids`` None: the packet of the procedure
    printed for (a filing's when there is none). Printed for ``procedure_id``, else for the
    algorithm's current procedure (``current`` False: for the algorithm alone), else for the
    entity; ``assessment_id``: for that assessment (the report). A form printed from an
    assessment, asked for alone, is refused while its subject has none (``NoAssessment``).
    Stops early when ``cancelled()``."""
    with register.session():
        context = printing.context_for(
            register,
            form_ids,
            algorithm_id=algorithm_id,
            entity_id=entity_id,
            procedure_id=procedure_id,
            current=current,
            assessment_id=assessment_id,
        )
    if form_ids is not None and len(form_ids) == 1:
        require_sheets(form_ids, context)  # alone; in a packet it prints a notice instead
    ids = tuple(form_ids) if form_ids is not None else packet.packet_forms(context)
    documents: Documents = []
    for number, form_id in enumerate(ids):
        if cancelled is not None and cancelled():
            return documents
        spec = loader.get(form_id)
        if progress is not None:
            progress(number, len(ids), spec.title.get(lang))
        ready = printing.is_ready(form_id, context)
        documents.append((form_id, render(spec, context, lang=lang, ready=ready)))
    if progress is not None:
        progress(len(ids), len(ids), "")
    return documents


def packet_files(documents: Documents) -> list[tuple[str, bytes]]:
    """The documents as a packet's files: ``01-entity-filing.pdf``… in order."""
    return [(printing.file_name(n, form_id), pdf) for n, (form_id, pdf) in enumerate(documents, 1)]
