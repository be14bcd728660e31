"""Which forms a procedure needs, and writing them as a numbered packet of PDFs.

No Qt. ``forms_for`` is the rule (Algorithm Provisions art. 24 and the portal's attachments,
domain.md Part B §4.2–4.4); ``write_packet`` renders each form and writes ``01-<form-id>.pdf``….
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from filing_desk.domain.enums import AlgorithmType, ProcedureKind, Role
from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_content, loader

Progress = Callable[[int, int, str], None]

# The entity stage: its information and the statement on the art. 7 responsibility system
# (落实算法安全主体责任基本情况, domain.md Part B §4.2), printed alone for an entity and at the
# head of every filing packet.
ENTITY_FORMS = ("entity-filing", "entity-responsibility")
FILING_FORMS = (
    *ENTITY_FORMS,
    "algorithm-filing",
    "commitment-letter",
    "self-assessment",
    "public-disclosure",
)
# A modification shows the changes, the (possibly changed) disclosure text and the algorithm form
# with its current values, so the reviewer sees the whole filing as it now stands.
MODIFICATION_FORMS = ("modification", "algorithm-filing", "public-disclosure")
CANCELLATION_FORMS = ("cancellation",)
# Labelling Measures art. 12: a generation or synthesis algorithm's filing and its changes carry
# the labelling materials.
LABELLING_FORM = "labelling-materials"


def forms_for(
    kind: ProcedureKind, role: Role, algo_type: AlgorithmType | None = None
) -> tuple[str, ...]:
    """The form ids a procedure of this kind needs, in packet order.

    Both roles file the same set: a technical supporter's algorithm form and self-assessment
    describe its technical service method instead of products (the specs' ``when`` conditions).
    A 生成合成类 algorithm's filing and modification end with its labelling materials.
    """
    if kind is ProcedureKind.CANCELLATION:
        return CANCELLATION_FORMS
    forms = FILING_FORMS if kind is ProcedureKind.FILING else MODIFICATION_FORMS
    return _labelled(forms, kind, algo_type)


def _labelled(
    forms: tuple[str, ...], kind: ProcedureKind, algo_type: AlgorithmType | None
) -> tuple[str, ...]:
    if algo_type is not AlgorithmType.GENERATION or kind is ProcedureKind.CANCELLATION:
        return forms
    return forms if LABELLING_FORM in forms else (*forms, LABELLING_FORM)


def candidate_forms(context: FormContext) -> tuple[str, ...]:
    """Every form the context's procedure may need (a filing when there is none yet; for an
    entity alone, the entity stage's), internal forms left out."""
    if context.algorithm is None and context.procedure is None:
        forms: tuple[str, ...] = ENTITY_FORMS
    else:
        kind = context.procedure.kind if context.procedure else ProcedureKind.FILING
        role = context.algorithm.role if context.algorithm else Role.PROVIDER
        algo_type = context.algorithm.algo_type if context.algorithm else None
        forms = _labelled(forms_for(kind, role), kind, algo_type)
    # An internal form (the triage memo: privileged legal advice) never goes to the CAC.
    return tuple(f for f in forms if not loader.get(f).internal)


def packet_forms(context: FormContext) -> tuple[str, ...]:
    """The forms of the context's packet: the candidates, less a form printed from an
    assessment its subject does not have (a document uploaded as an attachment stands in for it
    then; the readiness check says when neither exists)."""
    return tuple(
        f
        for f in candidate_forms(context)
        if loader.get(f).checklist is None
        or checklist_content.sheet_for(loader.get(f), context) is not None
    )


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
