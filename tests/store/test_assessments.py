"""Assessments in a real SQLCipher register (store.assessments, store.assessment_evidence): what is
written reads back after reopening the file, every change is an audit event naming the item and
its old and new result, bad input changes nothing, evidence lives in the attachment store
(versioned, SHA-256 checked), a library upgrade keeps and flags answers, and the dashboard's
checklist buckets."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from filing_desk.domain.assessments import AssessmentError, Result
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register, open_register
from filing_desk.store.schema import AssessmentAnswerRow, AssessmentEvidenceRow
from tests.helpers.assessments import answer_all, entity_with_algorithms
from tests.helpers.checklist_libraries import sample_library
from tests.helpers.registers import TODAY

LABELLING = checklist_loader.get("labelling")


def _events(register: Register, action: str) -> list:
    return [e for e in reversed(register.audit_events("assessment")) if e.action == action]


def test_answers_and_evidence_read_back_from_the_file_with_their_audit_events(
    register: Register,
) -> None:
    _, gen, _ = entity_with_algorithms(register)
    started = register.start_assessment(LABELLING, "algorithm", gen)
    aid = started.id
    assert (started.library_id, started.library_version, started.answers) == ("labelling", 1, {})
    register.answer_item(aid, LABELLING, "explicit.scope", "conforms", owner=" 张合规 ")
    register.answer_item(
        aid, LABELLING, "explicit.scope", "not_conforming", note="部分页面缺少标识", owner="张合规"
    )
    register.answer_item(aid, LABELLING, "explicit.text", "not_applicable", note="无文本输出")
    info = register.attach_evidence(
        aid, LABELLING, "explicit.scope", "整改计划.pdf", b"%PDF-1 plan"
    )
    assert (info.owner_type, info.owner_id, info.kind) == (OwnerType.ALGORITHM, gen, "other")
    path = register.path
    register.close()

    with open_register(path, clock=lambda: TODAY) as again:
        found = again.assessment_for("labelling", "algorithm", gen)
        assert found is not None and found.id == aid
        scope = found.answers["explicit.scope"]
        assert (scope.result, scope.note, scope.owner) == (
            Result.NOT_CONFORMING,
            "部分页面缺少标识",
            "张合规",
        )
        assert (scope.effective, scope.evidence) == (TODAY, (info.id,))
        assert found.answers["explicit.text"].result is Result.NOT_APPLICABLE
        [evidence] = again.evidence(aid)
        assert (evidence.item_id, evidence.info.filename, evidence.verified) == (
            "explicit.scope",
            "整改计划.pdf",
            True,
        )
        answers = _events(again, "assessment.answer")
        assert [(e.before and e.before["result"], e.after["result"]) for e in answers] == [
            (None, "conforms"),
            ("conforms", "not_conforming"),
            (None, "not_applicable"),
        ]
        assert {e.after["item"] for e in answers} == {"explicit.scope", "explicit.text"}
        [start] = _events(again, "assessment.start")
        assert start.after == {
            "library": "labelling",
            "version": 1,
            "subject": "algorithm",
            "subject_id": gen,
        }
        [linked] = _events(again, "assessment.evidence")
        assert linked.after["sha256"] == info.sha256 and linked.after["item"] == "explicit.scope"
        assert again.verify_audit().ok


def _answer_rows(register: Register) -> int:
    with register.session() as s:
        return s.query(AssessmentAnswerRow).count()


@pytest.mark.parametrize(
    ("item", "result", "figure", "note", "code"),
    [
        ("explicit.image-size", "conforms", 4.9, "", "assessment.figure_outside_threshold"),
        ("explicit.image-size", "conforms", None, "", "assessment.figure_required"),
        ("explicit.text", "not_applicable", None, "", "assessment.note_required"),
        ("explicit", "conforms", None, "", "assessment.heading"),
        ("explicit.audio", "conforms", None, "", "assessment.not_applicable_item"),  # text only
    ],
)
def test_a_refused_answer_writes_nothing(
    register: Register, item: str, result: str, figure: float | None, note: str, code: str
) -> None:
    _, gen, _ = entity_with_algorithms(register, input_modalities=(), output_modalities=())
    register.update_algorithm(gen, output_modalities=["text", "image"])
    aid = register.start_assessment(LABELLING, "algorithm", gen).id
    events = len(register.audit_events())
    with pytest.raises(AssessmentError) as caught:
        register.answer_item(aid, LABELLING, item, result, figure=figure, note=note)
    assert caught.value.code == code
    assert (_answer_rows(register), len(register.audit_events())) == (0, events)


def test_an_assessment_is_started_once_for_a_subject_the_register_holds(
    register: Register,
) -> None:
    entity, gen, push = entity_with_algorithms(register)
    register.start_assessment(LABELLING, "algorithm", gen)
    refusals = [
        (lambda: register.start_assessment(LABELLING, "algorithm", gen), "assessment.exists"),
        (lambda: register.start_assessment(LABELLING, "algorithm", 999), "algorithm.not_found"),
        (lambda: register.start_assessment(LABELLING, "service", 999), "service.not_found"),
        (
            lambda: register.start_assessment(LABELLING, "entity", entity),
            "assessment.subject_not_covered",
        ),
    ]
    for start, code in refusals:
        with pytest.raises(DomainError) as caught:
            start()
        found = caught.value
        codes = [i.code for i in found.issues] if isinstance(found, InvalidInput) else [found.code]
        assert codes == [code]
    assert [a.library_id for a in register.assessments("algorithm", gen)] == ["labelling"]
    assert register.assessments("algorithm", push) == []


def test_evidence_follows_the_current_version_and_its_hash_is_checked(
    register: Register,
) -> None:
    entity, gen, push = entity_with_algorithms(register)
    aid = register.start_assessment(LABELLING, "algorithm", gen).id
    info = register.attach_evidence(aid, LABELLING, "explicit.scope", "v1.txt", b"first")
    newer = register.replace_attachment(info.id, "v2.txt", b"second")
    [shown] = register.evidence(aid)
    assert (shown.info.id, shown.info.filename, shown.info.version) == (newer.id, "v2.txt", 2)
    with register.transaction() as s:  # the file's bytes changed behind the register's back
        s.execute(
            text("UPDATE attachment SET content = :c WHERE id = :i"), {"c": b"x", "i": newer.id}
        )
    assert register.evidence(aid)[0].verified is False

    foreign = register.add_attachment(OwnerType.ALGORITHM, push, AttachmentKind.OTHER, "a", b"a")
    with pytest.raises(AssessmentError) as caught:
        register.link_evidence(aid, LABELLING, "explicit.text", foreign.id)
    assert caught.value.code == "assessment.evidence_owner"
    own = register.add_attachment(OwnerType.ALGORITHM, gen, AttachmentKind.OTHER, "b.txt", b"b")
    linked = register.link_evidence(aid, LABELLING, "explicit.text", own.id)
    assert linked.evidence == (own.id,) and linked.result is Result.UNASSESSED
    after = register.unlink_evidence(aid, "explicit.scope", info.id)  # an older version's id
    assert after.evidence == ()
    assert register.attachments(OwnerType.ALGORITHM, gen)  # the files stay
    with pytest.raises(AssessmentError) as caught:
        register.unlink_evidence(aid, "explicit.scope", info.id)
    assert caught.value.code == "assessment.evidence_not_linked"
    with pytest.raises(AssessmentError) as caught:
        register.attach_evidence(aid, LABELLING, "explicit", "h.txt", b"h")
    assert caught.value.code == "assessment.unknown_item"
    assert entity


def test_an_upgrade_keeps_flags_and_drops_answers_and_audits_the_dropped(
    register: Register, tmp_path: Path
) -> None:
    v1, v2 = sample_library(tmp_path / "v1", 1), sample_library(tmp_path / "v2", 2)
    entity, _, _ = entity_with_algorithms(register)
    aid = register.start_assessment(v1, "entity", entity).id
    assert answer_all(register, aid, v1) == 4
    register.attach_evidence(aid, v1, "retired", "old.txt", b"old")
    with pytest.raises(AssessmentError) as caught:
        register.answer_item(aid, v2, "policy.new", "conforms")
    assert caught.value.code == "assessment.library_version"

    moved = register.upgrade_assessment(aid, v1, v2)
    assert (moved.kept, moved.changed, moved.added) == (
        ("policy.keywords",),
        ("policy.refusal", "officer"),
        ("policy.new",),
    )
    found = register.assessment(aid)
    assert found.library_version == 2 and "retired" not in found.answers
    assert [i for i, a in found.answers.items() if a.to_review] == [
        "officer",
        "policy.new",
        "policy.refusal",
    ]
    with register.session() as s:
        assert s.query(AssessmentEvidenceRow).count() == 0  # the dropped answer's link went
    [event] = _events(register, "assessment.upgrade")
    assert event.before["dropped"][0]["item"] == "retired"
    assert event.before["dropped"][0]["result"] == "conforms"
    assert event.before["dropped"][0]["evidence"]
    assert event.after["changed"] == ["policy.refusal", "officer"]
    assert not register.assessment_progress(aid, v2).complete
    register.confirm_review(aid, v2, "officer")
    register.confirm_review(aid, v2, "policy.refusal")
    register.answer_item(aid, v2, "policy.new", "conforms")
    assert register.assessment_progress(aid, v2).complete


def test_the_dashboard_lists_nonconforming_expiring_and_due_answers(register: Register) -> None:
    _, gen, _ = entity_with_algorithms(register)
    aid = register.start_assessment(LABELLING, "algorithm", gen).id
    assert register.dashboard().checklists.nonconforming == ()
    register.answer_item(aid, LABELLING, "explicit.scope", "not_conforming", note="缺标识")
    quarterly = "users.unlabelled-logs"  # quarterly, numeric (≥ 6 months)
    long_ago = TODAY - timedelta(days=200)  # its quarterly review is past
    register.answer_item(aid, LABELLING, quarterly, "conforms", figure=6, effective=long_ago)
    buckets = register.dashboard().checklists
    assert [(f.item_id, f.subject_name, f.result) for f in buckets.nonconforming] == [
        ("explicit.scope", "示例智能写作生成合成算法", Result.NOT_CONFORMING)
    ]
    assert [f.item_id for f in buckets.reviews_due] == [quarterly]
    assert buckets.evidence_expiring == ()
    register.answer_item(
        aid, LABELLING, quarterly, "conforms", figure=6, effective=TODAY - timedelta(days=80)
    )
    buckets = register.dashboard().checklists
    assert [(f.item_id, f.algorithm_id) for f in buckets.evidence_expiring] == [(quarterly, gen)]
    assert buckets.evidence_expiring[0].next_review == date(2026, 12, 4)  # 2026-09-04 + 3 months
    assert buckets.reviews_due == ()
