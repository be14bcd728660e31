"""Security assessments in a real SQLCipher register: recorded, read back after reopening, each
write an audit event, bad input changing nothing; complete only with both submissions; the
subjects with the attributes and no assessment overdue on the dashboard; a product's per-se
categories and its override; a jump in user numbers suggesting trigger (3)."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.assessments import AssessmentError
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.security_assessment import (
    Authority,
    SecurityState,
    SubjectKind,
    Trigger,
)
from filing_desk.domain.security_attributes import PerSeCategory, Threshold
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register, open_register
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_subjects import SecuritySubjectService
from tests.helpers.assessments import entity_with_algorithms
from tests.helpers.registers import TODAY

A = SubjectKind.ALGORITHM


def _events(register: Register) -> list[tuple[str, dict | None, dict | None]]:
    return [(e.action, e.before, e.after) for e in reversed(register.audit_events("security"))]


def _security(register: Register):
    return register.dashboard().security


def test_a_trigger_3_assessment_is_due_in_30_working_days_and_complete_with_both_receipts(
    register: Register,
) -> None:
    _, _, push = entity_with_algorithms(register)
    service = security_service(register)
    made = service.create_security_assessment(
        A, push, Trigger.USER_GROWTH, date(2026, 11, 2), assessor="third_party",
        assessor_name="某某网络安全评估中心", conclusion=" 措施有效 ",
    )  # fmt: skip
    assert (made.state, made.assessor_name, made.conclusion) == (
        SecurityState.OPEN,
        "某某网络安全评估中心",
        "措施有效",
    )
    [row] = [d for d in _security(register).open if d.assessment is not None]
    # 2 Nov 2026 + 30 working days (no holiday in between)
    assert (row.due, row.before, row.standing.overdue) == (date(2026, 12, 14), False, False)
    assert row.standing.working_days_left == 15  # from Mon 23 Nov (TODAY)

    service.record_submission(made.id, Authority.CAC, date(2026, 11, 20), "GA110000-0001")
    half = service.security_assessment(made.id)
    assert (half.state, half.complete) == (SecurityState.PARTLY_SUBMITTED, False)
    assert [d.assessment.id for d in _security(register).open if d.assessment] == [made.id]

    service.record_submission(
        made.id, "police", date(2026, 11, 23), "GA110000-0002", feedback="已收悉"
    )
    path = register.path
    register.close()
    with open_register(path, clock=lambda: TODAY) as again:
        done = security_service(again).security_assessment(made.id)
        assert (done.state, done.completed_on) == (SecurityState.COMPLETE, date(2026, 11, 23))
        assert [s.reference for s in done.submissions] == ["GA110000-0001", "GA110000-0002"]
        assert not [d for d in _security(again).open if d.assessment is not None]
        actions = [a for a, _, _ in _events(again)]
        assert actions == ["security.create", "security.submit", "security.submit"]
        assert _events(again)[2][2]["authority"] == "police"


def test_bad_input_changes_nothing(register: Register) -> None:
    _, _, push = entity_with_algorithms(register)
    service = security_service(register)
    with pytest.raises(InvalidInput) as info:
        service.create_security_assessment(
            A, push, Trigger.NOTICE, date(2026, 11, 30), assessor="third_party"
        )
    assert [i.code for i in info.value.issues] == [
        "security.trigger_future",
        "security.notice_reference",
        "security.assessor_name",
    ]
    with pytest.raises(InvalidInput, match="algorithm"):
        service.create_security_assessment(A, 999, Trigger.USER_GROWTH, date(2026, 11, 2))
    with pytest.raises(InvalidInput):
        service.create_security_assessment(A, push, "soon", date(2026, 11, 2))
    with pytest.raises(InvalidInput) as info:
        service.create_security_assessment("entity", 1, Trigger.USER_GROWTH, date(2026, 11, 2))
    assert [(i.code, i.params) for i in info.value.issues] == [
        ("security.code", {"value": "entity"})
    ]
    assert service.security_assessments() == [] and _events(register) == []

    made = service.create_security_assessment(A, push, Trigger.USER_GROWTH, date(2026, 11, 2))
    with pytest.raises(InvalidInput) as info:
        service.record_submission(made.id, Authority.CAC, date(2026, 11, 1), " ")
    assert {i.code for i in info.value.issues} == {
        "security.reference",
        "security.submitted_before_trigger",
    }
    with pytest.raises(InvalidInput):
        service.update_security_assessment(made.id, trigger=Trigger.NOTICE)  # no reference
    assert service.security_assessment(made.id) == made
    assert [a for a, _, _ in _events(register)] == ["security.create"]


def test_an_edit_is_audited_with_what_changed_and_a_mistake_can_be_taken_back(
    register: Register,
) -> None:
    _, _, push = entity_with_algorithms(register)
    service = security_service(register)
    made = service.create_security_assessment(A, push, Trigger.USER_GROWTH, date(2026, 11, 2))
    service.update_security_assessment(made.id, trigger_date=date(2026, 11, 3), measures="")
    service.record_submission(made.id, Authority.CAC, date(2026, 11, 20), "R-1")
    service.remove_submission(made.id, Authority.CAC)
    service.delete_security_assessment(made.id)
    events = _events(register)
    assert [a for a, _, _ in events] == [
        "security.create",
        "security.update",
        "security.submit",
        "security.unsubmit",
        "security.delete",
    ]
    assert events[1][1:] == ({"trigger_date": "2026-11-02"}, {"trigger_date": "2026-11-03"})
    assert events[3][1]["reference"] == "R-1"
    assert service.security_assessments() == []


def test_a_live_subject_with_the_attributes_and_no_assessment_is_overdue(
    register: Register,
) -> None:
    _, _gen, push = entity_with_algorithms(register)  # push: public opinion, live since 2024-03-01
    board = _security(register)
    [missing] = board.overdue
    assert (missing.assessment, missing.subject_id, missing.subject_name) == (
        None,
        push,
        "示例资讯个性化推荐算法",
    )
    assert (missing.due, missing.before, missing.standing.state) == (
        date(2024, 3, 1),
        True,
        SecurityState.MISSING,
    )
    standings = security_overview_of(register).algorithm_standings()
    assert set(standings) == {push}  # gen has no attributes: no standing at all
    # a go-live assessment recorded (even unfinished) covers the subject: its own clock speaks
    security_service(register).create_security_assessment(
        A, push, Trigger.GO_LIVE, date(2024, 3, 1)
    )
    [own] = _security(register).overdue
    assert own.assessment is not None and own.standing.state is SecurityState.OPEN


def security_overview_of(register: Register):
    from filing_desk.store.security_overview import security_overview

    return security_overview(register.uow, register.calendar, register.conservative)


def test_a_per_se_product_needs_an_assessment_unless_overridden_with_a_reason(
    register: Register,
) -> None:
    entity, gen, _ = entity_with_algorithms(register)
    product = register.create_product(entity, name="示例短视频")
    register.link_product(product.id, gen, go_live=date(2026, 12, 1))
    subjects = SecuritySubjectService(register.uow)
    subjects.set_opinion_profile(product.id, {PerSeCategory.SHORT_VIDEO})
    [due] = [d for d in _security(register).open if d.subject_kind is SubjectKind.PRODUCT]
    assert (due.subject_name, due.due, due.before, due.standing.overdue) == (
        "示例短视频",
        date(2026, 12, 1),
        True,
        False,
    )
    assert due.algorithm_id == gen
    # the algorithm live on it (no attributes of its own) needs one too: its filing warns
    [standing] = security_overview_of(register).algorithm_standings([gen]).values()
    assert (standing.state, standing.clock.due if standing.clock else None) == (
        SecurityState.MISSING,
        date(2026, 12, 1),
    )
    with pytest.raises(InvalidInput, match="reason"):
        subjects.set_opinion_profile(product.id, {PerSeCategory.SHORT_VIDEO}, override=False)
    subjects.set_opinion_profile(
        product.id, {PerSeCategory.SHORT_VIDEO}, override=False, override_reason="仅内部使用"
    )
    assert not [d for d in _security(register).open if d.subject_kind is SubjectKind.PRODUCT]
    assert security_overview_of(register).algorithm_standings([gen]) == {}
    [event] = [e for e in register.audit_events("product") if e.action == "product.opinion"][:1]
    assert event.after == {
        "categories": "short_video",
        "override": False,
        "override_reason": "仅内部使用",
    }


def test_a_jump_in_users_suggests_trigger_3_until_an_assessment_follows(
    register: Register,
) -> None:
    entity, gen, _ = entity_with_algorithms(register)
    product = register.create_product(entity, name="示例社区")
    register.link_product(product.id, gen, go_live=date(2025, 1, 1))
    subjects = SecuritySubjectService(register.uow)
    subjects.record_user_scale(product.id, date(2026, 6, 30), 1_000_000, 200_000)
    subjects.record_user_scale(product.id, date(2026, 9, 30), 1_100_000, 280_000)
    assert _security(register).growth == ()  # +40 % < 50 %
    subjects.set_growth_threshold(Threshold(30))
    [hint] = _security(register).growth
    assert (hint.product_name, hint.growth.measure, hint.growth.after) == (
        "示例社区",
        "monthly_active",
        280_000,
    )
    security_service(register).create_security_assessment(
        SubjectKind.PRODUCT, product.id, Trigger.USER_GROWTH, date(2026, 10, 8)
    )
    assert _security(register).growth == ()
    with pytest.raises(InvalidInput):
        subjects.record_user_scale(product.id, date(2026, 12, 1), 1)  # after today


def test_the_art_5_checklist_of_the_same_subject_can_be_linked(register: Register) -> None:
    _, gen, push = entity_with_algorithms(register)
    library = checklist_loader.get("sa-rules-focus")
    focus = register.start_assessment(library, "algorithm", push)
    other = register.start_assessment(checklist_loader.get("labelling"), "algorithm", gen)
    service = security_service(register)
    made = service.create_security_assessment(
        A, push, Trigger.USER_GROWTH, date(2026, 11, 2), checklist_id=focus.id
    )
    assert made.checklist_id == focus.id
    with pytest.raises(AssessmentError) as info:
        service.update_security_assessment(made.id, checklist_id=other.id)
    assert info.value.code == "security.checklist"
