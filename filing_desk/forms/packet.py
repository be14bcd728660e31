"""Which forms a procedure needs, and writing them as a numbered packet of PDFs.

No Qt. ``forms_for`` is the rule (Algorithm Provisions art. 24 and the portal's attachments,
domain.md Part B §4.2–4.4); ``write_packet`` renders each form and writes ``01-<form-id>.pdf``….
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from filing_desk.domain.enums import ProcedureKind, Role
from filing_desk.domain.records import FormContext
from filing_desk.forms import loader

Progress = Callable[[int, int, str], None]

FILING_FORMS = (
    "entity-filing",
    "algorithm-filing",
    "commitment-letter",
    "self-assessment",
    "public-disclosure",
)
# A modification shows the changes, the (possibly changed) disclosure text and the algorithm form
# with its current values, so the reviewer sees the whole filing as it now stands.
MODIFICATION_FORMS = ("modification", "algorithm-filing", "public-disclosure")
CANCELLATION_FORMS = ("cancellation",)


def forms_for(kind: ProcedureKind, role: Role) -> tuple[str, ...]:
    """The form ids a procedure of this kind needs, in packet order.

    Both roles file the same set: a technical supporter's algorithm form and self-assessment
    describe its technical service method instead of products (the specs' ``when`` conditions).
    """
    if kind is ProcedureKind.FILING:
        return FILING_FORMS
    if kind is ProcedureKind.MODIFICATION:
        return MODIFICATION_FORMS
    return CANCELLATION_FORMS


def packet_forms(context: FormContext) -> tuple[str, ...]:
    """The forms for the context's procedure (a filing when there is none yet)."""
    kind = context.procedure.kind if context.procedure else ProcedureKind.FILING
    role = context.algorithm.role if context.algorithm else Role.PROVIDER
    # An internal form (the triage memo: privileged legal advice) never goes to the CAC.
    return tuple(f for f in forms_for(kind, role) if not loader.get(f).internal)


def write_packet(
    context: FormContext,
    directory: Path,
    lang: str = "zh",
    ready: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Render every form of the procedure into ``directory``; return the files in order.

    ``progress(done, total, form_id)`` is called before each form and once at the end.
    """
    from filing_desk.forms.render import render

    form_ids = packet_forms(context)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for number, form_id in enumerate(form_ids, start=1):
        if progress is not None:
            progress(number - 1, len(form_ids), form_id)
        path = directory / f"{number:02d}-{form_id}.pdf"
        path.write_bytes(render(loader.get(form_id), context, lang=lang, ready=ready))
        written.append(path)
    if progress is not None:
        progress(len(form_ids), len(form_ids), "")
    return written
