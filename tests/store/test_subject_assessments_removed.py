"""A generative-AI service's (and a product's) checklist assessments in a real register: evidence
files given on a service's GB/T 45654-2025 assessment are the service's attachments, and deleting
the service or the product deletes its assessments, answers and evidence in the same transaction
(kept in the delete event), so a record created next under the same id — SQLite reuses the
highest — inherits nothing."""

from __future__ import annotations

import pytest

from filing_desk.domain.assessments import AssessmentError
from filing_desk.domain.enums import OwnerType
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register
from tests.helpers.genai_services import called_service, own_service, world

GBT = checklist_loader.get("gbt-45654")
FOCUS = checklist_loader.get("sa-rules-focus")  # assesses products too
ITEM = next(it.id for it in GBT.items if not it.heading and it.threshold is None)


def _assessed_service(register: Register) -> tuple[int, int, int]:
    """(service id, its GB/T 45654 assessment's id, the evidence file's id), the service being
    the newest (highest id) record of its table."""
    service = register.create_service(own_service(world(register)))
    aid = register.start_assessment(GBT, "service", service.id).id
    register.answer_item(aid, GBT, ITEM, "conforms", owner="张合规")
    info = register.attach_evidence(aid, GBT, ITEM, "语料来源台账.xlsx", b"PK sheet")
    return int(service.id), int(aid), int(info.id or 0)


def test_evidence_on_a_service_assessment_is_the_services_file(register: Register) -> None:
    service_id, aid, file_id = _assessed_service(register)
    [evidence] = register.evidence(aid)
    assert (evidence.item_id, evidence.info.filename, evidence.verified) == (
        ITEM,
        "语料来源台账.xlsx",
        True,
    )
    assert (evidence.info.owner_type, evidence.info.owner_id) == (OwnerType.SERVICE, service_id)
    assert [a.id for a in register.attachments(OwnerType.SERVICE, service_id)] == [file_id]
    assert register.assessment_for("gbt-45654", "service", service_id).answers[ITEM].evidence == (
        file_id,
    )
    # another service's file cannot be given as this one's evidence
    other = register.create_service(called_service(world(register), name="另一服务"))
    theirs = register.add_attachment(OwnerType.SERVICE, other.id, "other", "x.txt", b"x")
    with pytest.raises(AssessmentError) as caught:
        register.link_evidence(aid, GBT, ITEM, int(theirs.id or 0))
    assert caught.value.code == "assessment.evidence_owner"


def test_a_new_service_does_not_inherit_a_deleted_ones_assessment(register: Register) -> None:
    service_id, aid, file_id = _assessed_service(register)
    register.delete_service(service_id)

    assert register.assessments() == []
    assert register.attachments(OwnerType.SERVICE, service_id) == []  # the evidence purged too
    [event] = register.audit_events("service", service_id, limit=1)
    assert event.action == "service.delete"
    assert event.before is not None
    [removed] = event.before["checklist_assessments"]  # type: ignore[misc]
    assert (removed["id"], removed["library"], removed["version"]) == (aid, "gbt-45654", 1)
    assert [(a["item"], a["result"], a["evidence"]) for a in removed["answers"]] == [
        (ITEM, "conforms", [file_id])
    ]
    assert register.verify_audit().ok

    again = register.create_service(own_service(world(register), name="新的写作服务"))
    assert again.id == service_id  # the id is reused
    assert register.assessment_for("gbt-45654", "service", service_id) is None
    fresh = register.start_assessment(GBT, "service", service_id)
    assert fresh.answers == {}
    assert register.evidence(fresh.id) == []
    assert register.assessment_progress(fresh.id, GBT).answered == 0


def test_a_new_product_does_not_inherit_a_deleted_ones_assessment(register: Register) -> None:
    entity = world(register).entity_id
    product = register.create_product(entity, name="示例资讯客户端", form="app")
    aid = register.start_assessment(FOCUS, "product", product.id).id
    # a product that can be deleted was never linked: none of its items apply to answer yet
    register.delete_product(product.id)

    assert register.assessments("product") == []
    [event] = register.audit_events("product", product.id, limit=1)
    assert event.action == "product.delete" and event.before is not None
    assert event.before["checklist_assessments"] == [
        {"id": aid, "library": "sa-rules-focus", "version": FOCUS.version, "answers": []}
    ]

    again = register.create_product(entity, name="新的客户端", form="app")
    assert again.id == product.id
    assert register.assessment_for("sa-rules-focus", "product", again.id) is None
