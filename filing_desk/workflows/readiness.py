"""Marking a procedure ready to submit, its readiness computed here from the register's own data.

``report`` checks every form of the procedure's packet (``forms.printing.packet_report``) on the
context the register holds; ``mark_ready`` computes it and takes the step in the same
transaction, so a caller can neither pass a report in nor race an edit. ``settle`` moves a
procedure to where its report puts it (ready, or back to editing). No Qt, no SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.domain.enums import ProcedureState
from filing_desk.domain.issues import Report
from filing_desk.domain.records import Procedure
from filing_desk.forms import packet, printing

if TYPE_CHECKING:
    from filing_desk.store.register import Register


def report(register: Register, procedure_id: int) -> Report:
    """What keeps the procedure's forms from submission (errors) or is worth a look."""
    with register.session():
        context = register.form_context(procedure_id=procedure_id)
    return printing.packet_report(packet.packet_forms(context), context)


def mark_ready(register: Register, procedure_id: int) -> Procedure:
    """Ready to submit; refused (``InvalidInput`` naming every problem) unless the forms pass."""
    with register.transaction():
        return register.mark_ready(procedure_id, report(register, procedure_id))


def settle(register: Register, procedure_id: int) -> tuple[Procedure, Report]:
    """Ready when the forms pass and it is being edited; back to editing when they no longer
    pass and it was ready; else as it is. Returns the procedure and its report."""
    with register.transaction():
        found = report(register, procedure_id)
        procedure = register.procedure(procedure_id)
        if found.is_valid and procedure.state is ProcedureState.EDITING:
            procedure = register.mark_ready(procedure_id, found)
        elif not found.is_valid and procedure.state is ProcedureState.READY:
            procedure = register.reopen(procedure_id)
        return procedure, found
