"""Gates that hold, through the register (workflows.readiness; issue 15 item 3): missing
materials refuse "ready"; an override with a reason marks it ready, is audited with the reason,
survives later drafts, and prints on no form; a modification needs new ID copies when the
security officer changed; a technical supporter of a non-生成合成类 algorithm is refused."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.enums import AttachmentKind, ProcedureKind, ProcedureState, Role
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.domain.materials import BASE_MATERIALS
from filing_desk.forms.printing import render_packet
from filing_desk.store.register import Register
from filing_desk.workflows import readiness
from tests.helpers import factories
from tests.helpers.materials import attach_materials, complete_algorithm
from tests.helpers.pdfcheck import all_text

REASON = "营业执照与身份证件原件在年检中，扫描件于下周补交"


def _missing_materials(refused: pytest.ExceptionInfo[InvalidInput]) -> set[str]:
    # the responsibility statement may also be held by a complete checklist (issue 16)
    missing = ("materials.missing", "materials.checklist_or_file")
    return {i.field for i in refused.value.issues if i.code in missing}


def test_missing_materials_refuse_ready_until_an_override_gives_a_reason(
    register: Register,
) -> None:
    algorithm_id = complete_algorithm(register)
    attach_materials(register, algorithm_id, (AttachmentKind.SELF_ASSESSMENT,))
    procedure = register.start_filing(algorithm_id)

    with pytest.raises(InvalidInput) as refused:
        readiness.mark_ready(register, procedure.id)
    wanted = {f"attachment.{k.value}" for k in BASE_MATERIALS if k.value != "self_assessment"}
    assert _missing_materials(refused) == wanted
    with pytest.raises(InvalidInput) as blank:
        readiness.mark_ready(register, procedure.id, override="   ")
    assert [i.code for i in blank.value.issues] == ["override.reason"]
    assert register.procedure(procedure.id).state is ProcedureState.EDITING

    ready = readiness.mark_ready(register, procedure.id, override=REASON)

    assert ready.state is ProcedureState.READY
    (event,) = [e for e in register.audit_events() if e.action == "procedure.override"]
    assert event.object_id == procedure.id and event.after is not None
    assert event.after["reason"] == REASON
    assert set(event.after["materials"]) == {w.removeprefix("attachment.") for w in wanted}
    found = readiness.report(register, procedure.id)
    assert found.is_valid
    assert {i.code for i in found.warnings} >= {"materials.overridden"}
    # new answers saved later keep the override; the procedure stays ready
    register.save_draft(procedure.id, {})
    assert readiness.settle(register, procedure.id)[0].state is ProcedureState.READY

    context = register.form_context(procedure_id=procedure.id)
    documents = render_packet(context)
    assert documents
    for name, pdf in documents:
        assert REASON not in all_text(pdf), name


def test_an_override_does_not_cover_a_form_error(register: Register) -> None:
    algorithm_id = complete_algorithm(register, purpose="")
    procedure = register.start_filing(algorithm_id)

    with pytest.raises(InvalidInput) as refused:
        readiness.mark_ready(register, procedure.id, override=REASON)

    assert "algorithm.purpose" in {i.field for i in refused.value.issues}
    assert register.procedure(procedure.id).state is ProcedureState.EDITING
    assert not [e for e in register.audit_events() if e.action == "procedure.override"]


def test_with_every_material_attached_no_override_is_needed(register: Register) -> None:
    algorithm_id = complete_algorithm(register)
    attach_materials(register, algorithm_id)
    procedure = register.start_filing(algorithm_id)
    assert readiness.mark_ready(register, procedure.id).state is ProcedureState.READY


def test_a_new_security_officer_needs_new_id_copies(register: Register) -> None:
    algorithm_id = complete_algorithm(register)
    kinds = [k for k in BASE_MATERIALS if k is not AttachmentKind.ID_COPY]
    attach_materials(register, algorithm_id, kinds)
    filing = register.start_filing(algorithm_id)
    register.mark_ready(filing.id, Report())  # the bare step: filed long ago
    register.submit(filing.id, date(2026, 11, 12))
    number = factories.PUSH_NUMBER
    register.record_filed(filing.id, date(2026, 11, 16), number)
    entity_id = register.algorithm(algorithm_id).entity_id or 0
    register.update_entity(entity_id, officer_name="周婷", change_date=date(2026, 11, 18))
    (change,) = [
        p for p in register.procedures(algorithm_id) if p.kind is ProcedureKind.MODIFICATION
    ]

    register.save_draft(change.id, {}, reason="原算法安全责任人离职，由周婷接任算法安全责任人。")

    with pytest.raises(InvalidInput) as refused:
        readiness.mark_ready(register, change.id)
    assert [i.field for i in refused.value.issues] == ["attachment.id_copy"]

    attach_materials(register, algorithm_id, (AttachmentKind.ID_COPY,))
    assert readiness.mark_ready(register, change.id).state is ProcedureState.READY


def test_a_technical_supporter_only_for_generation(register: Register) -> None:
    with pytest.raises(InvalidInput) as refused:
        complete_algorithm(register, role=Role.SUPPORTER)
    assert [i.code for i in refused.value.issues] == ["role.supporter_type"]
    algorithm_id = complete_algorithm(register, name="另一个推荐算法")
    with pytest.raises(InvalidInput):
        register.update_algorithm(algorithm_id, role=Role.SUPPORTER)
    assert register.algorithm(algorithm_id).role is Role.PROVIDER
