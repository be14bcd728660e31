"""A generative-AI service assessed against GB/T 45654-2025 in a real register: the subject the
applicability rules see (its decided track, 生成合成类, its modalities and its algorithms'), items
for the 备案 track only applying to a 备案 service and not to a 登记 one, and the service named on
the dashboard's checklist buckets."""

from __future__ import annotations

import pytest

from filing_desk.domain.assessments import AssessmentError, Result
from filing_desk.domain.enums import Modality, ModelTrack
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register
from tests.helpers.genai_services import called_service, own_service, world

GBT = checklist_loader.get("gbt-45654")
FILING_ONLY = [
    it.id for it in GBT.items if not it.heading and it.applies.track == frozenset({"filing"})
]


@pytest.mark.parametrize(
    ("make", "changes", "track", "filing_items_apply"),
    [
        (own_service, {}, "filing", True),
        (called_service, {}, "registration", False),
        (own_service, {"track_override": ModelTrack.REGISTRATION}, "registration", False),
        (called_service, {"models": ()}, None, False),
    ],
    ids=["own-model-filing", "called-model-registration", "overridden-to-registration", "none"],
)
def test_a_service_is_assessed_on_its_decided_track(
    register: Register, make, changes, track, filing_items_apply
) -> None:
    w = world(register)
    if "track_override" in changes:
        changes = {**changes, "override_reason": "仅调用已备案模型的接口"}
    service = register.create_service(make(w, **changes))
    started = register.start_assessment(GBT, "service", service.id)
    assert (started.subject_kind, started.subject_id) == ("service", service.id)
    subject = register.assessment_subject("service", service.id)
    assert subject.track == track
    assert "01" in subject.algo_types  # 生成合成类, whatever is linked
    applicable = {it.id for it in GBT.applicable(subject)}
    assert FILING_ONLY
    assert all((i in applicable) is filing_items_apply for i in FILING_ONLY)
    progress = register.assessment_progress(started.id, GBT)
    assert progress.total == len([i for i in applicable if not GBT.item(i).heading])


def test_a_service_is_described_by_its_own_modalities_and_its_algorithms(
    register: Register,
) -> None:
    w = world(register)
    linked = register.create_service(own_service(w, output_modalities=(Modality.AUDIO,)))
    alone = register.create_service(called_service(w, algorithm_ids=(), name="无算法的服务"))
    algorithm = register.assessment_subject("algorithm", w.algorithm_id)
    subject = register.assessment_subject("service", linked.id)
    assert subject.kind == "service"
    assert {"text", "audio"} <= subject.modalities
    assert algorithm.roles <= subject.roles and algorithm.modalities <= subject.modalities
    bare = register.assessment_subject("service", alone.id)
    assert (bare.algo_types, bare.roles, bare.modalities) == (
        frozenset({"01"}),
        frozenset({"provider"}),
        frozenset({"text"}),
    )


def test_a_service_is_assessed_once_and_must_be_in_the_register(register: Register) -> None:
    w = world(register)
    service = register.create_service(own_service(w))
    register.start_assessment(GBT, "service", service.id)
    events = len(register.audit_events())
    for subject_id, code in ((service.id, "assessment.exists"), (999, "service.not_found")):
        with pytest.raises(DomainError) as caught:
            register.start_assessment(GBT, "service", subject_id)
        found = caught.value
        codes = [i.code for i in found.issues] if isinstance(found, InvalidInput) else [found.code]
        assert codes == [code]
    assert len(register.audit_events()) == events
    assert [a.subject_id for a in register.assessments("service")] == [service.id]
    with pytest.raises(AssessmentError):
        register.assessment_subject("planet", 1)


def test_the_dashboard_names_the_service_of_a_nonconforming_answer(register: Register) -> None:
    w = world(register)
    service = register.create_service(own_service(w))
    aid = register.start_assessment(GBT, "service", service.id).id
    item = FILING_ONLY[0]
    register.answer_item(aid, GBT, item, "not_conforming", note="语料来源记录不全")
    found = register.dashboard().checklists.nonconforming
    assert [(f.subject_kind, f.subject_name, f.item_id, f.result) for f in found] == [
        ("service", "示例写作大模型服务", item, Result.NOT_CONFORMING)
    ]
