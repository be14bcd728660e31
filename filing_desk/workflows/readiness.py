"""Marking a procedure ready to submit, its readiness computed here from the register's own data.

``report`` checks every form of the procedure's packet (``forms.printing.packet_report``) on the
context the register holds, and the gates that hold besides the forms (``domain.gates``: the
materials the procedure needs, the labelling materials and the responsibility statement held by
complete checklist assessments, ``domain.checklist_materials``;
``domain.validation.role_issues``: the technical-supporter role),
and the warnings where the algorithm's filing number disagrees with its entity or the entity's
other numbers (``domain.validation.validate_filing_numbers``) or its security assessment under
the 2018 rules is not complete (``workflows.security_readiness``);
an override the procedure holds turns the material errors it covers into warnings.
``mark_ready`` computes it and takes the step in the same transaction, so a caller can neither
pass a report in nor race an edit; with a reason it first overrides the missing materials,
audited (``procedure.override``) and kept in the procedure's draft, never on a form. ``settle``
moves a procedure to where its report puts it (ready, or back to editing). No Qt, no SQL.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from filing_desk.domain import gates
from filing_desk.domain.checklist_materials import checklist_issues, held_materials
from filing_desk.domain.enums import AttachmentKind, OwnerType, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.local_time import local_date
from filing_desk.domain.records import FormContext, Procedure
from filing_desk.domain.validation import role_issues, validate_filing_numbers
from filing_desk.forms import packet, printing
from filing_desk.workflows import checklist_readiness, security_readiness

if TYPE_CHECKING:
    from filing_desk.store.register import Register


def _held(register: Register, context: FormContext) -> dict[AttachmentKind, date]:
    """Each material the algorithm or its entity holds → the day its current version came."""
    infos = []
    if context.algorithm is not None and context.algorithm.id is not None:
        infos += register.attachments(OwnerType.ALGORITHM, context.algorithm.id, False)
    if context.entity.id is not None:
        infos += register.attachments(OwnerType.ENTITY, context.entity.id, False)
    held: dict[AttachmentKind, date] = {}
    for info in infos:
        added = local_date(info.added_at)
        held[info.kind] = max(added, held.get(info.kind, added))
    return held


def _number_issues(register: Register, context: FormContext) -> list[Issue]:
    """The cross-checks that name this algorithm's number (warnings): its region prefix vs the
    entity's region, its year digits vs the day it was granted, its entity segment vs the
    entity's other numbers (domain.md Part A items 9, 16)."""
    algorithm, entity_id = context.algorithm, context.entity.id
    if algorithm is None or not algorithm.filing_number or entity_id is None:
        return []
    found = validate_filing_numbers(context.entity, register.algorithms(entity_id))
    return [i for i in found.issues if i.params.get("number") == algorithm.filing_number]


def _gate_issues(register: Register, context: FormContext) -> list[Issue]:
    algorithm, procedure = context.algorithm, context.procedure
    if algorithm is None or procedure is None:
        return []
    checklists = checklist_readiness.states(register, context)  # labelling, responsibility
    materials = gates.material_issues(
        procedure.kind,
        algorithm,
        held_materials(_held(register, context), checklists),
        changes=procedure.changes,
        change_date=procedure.trigger_date,
        submitted=procedure.submitted_date,
    )
    return [
        *role_issues(algorithm),
        *_number_issues(register, context),
        *checklist_issues(materials, checklists),
        *security_readiness.issues(register, algorithm.id, procedure.kind),  # warning only
    ]


def report(register: Register, procedure_id: int) -> Report:
    """What keeps the procedure from submission (errors) or is worth a look (warnings)."""
    with register.session():
        context = register.form_context(procedure_id=procedure_id)
        issues = _gate_issues(register, context)
    found = printing.packet_report(packet.packet_forms(context), context)
    override = gates.Override.from_draft(context.procedure.draft) if context.procedure else None
    return gates.apply_override(Report.of((*found.issues, *issues)), override)


def mark_ready(register: Register, procedure_id: int, override: str | None = None) -> Procedure:
    """Ready to submit; refused (``InvalidInput`` naming every problem) unless the forms and
    gates pass. ``override``: the reason to mark it ready although materials are missing or
    out of date (only those errors; blank is refused).

    On a team register held by four eyes the override is an edit the reviewer must see: it is
    kept in a transaction of its own first, then the step is tried (and refused until a
    reviewer approves the procedure with its override; marking ready again needs no reason)."""
    if override is not None and register.roles:  # a team login holding a desk role
        with register.transaction():
            _override(register, procedure_id, report(register, procedure_id), override.strip())
        override = None
    with register.transaction():
        found = report(register, procedure_id)
        if override is not None:
            found = _override(register, procedure_id, found, override.strip())
        return register.mark_ready(procedure_id, found)


def _override(register: Register, procedure_id: int, found: Report, reason: str) -> Report:
    if not reason:
        raise InvalidInput(
            [Issue("override.reason", "procedure.override", text="An override needs a reason")]
        )
    others = [i for i in found.errors if i.code not in gates.MATERIAL_CODES]
    materials = gates.overridable(found)
    if others or not materials:
        return found  # nothing an override may cover: the step refuses or passes as it is
    procedure = register.procedure(procedure_id)
    before = gates.Override.from_draft(procedure.draft)
    covered = (*before.materials, *materials) if before is not None else materials
    decided = gates.Override(reason, tuple(k for k in AttachmentKind if k in covered))
    register.save_draft(procedure_id, {**procedure.draft, gates.OVERRIDE_KEY: decided.to_text()})
    register.uow.audit(
        "procedure.override",
        "procedure",
        procedure_id,
        None,
        {"reason": reason, "materials": [k.value for k in materials]},
    )
    return gates.apply_override(found, decided)


def settle(register: Register, procedure_id: int) -> tuple[Procedure, Report]:
    """Ready when the forms pass and it is being edited; back to editing when they no longer
    pass and it was ready; else as it is. Returns the procedure and its report."""
    with register.transaction():
        found = report(register, procedure_id)
        procedure = register.procedure(procedure_id)
        waits = register.awaits_approval(procedure_id)  # four eyes on a team register
        if found.is_valid and procedure.state is ProcedureState.EDITING and not waits:
            procedure = register.mark_ready(procedure_id, found)
        elif not found.is_valid and procedure.state is ProcedureState.READY:
            procedure = register.reopen(procedure_id)
        return procedure, found
