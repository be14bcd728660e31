"""Assessments (domain.assessments): answer validation (thresholds at their boundary, 不适用 needs a
note), next review from the recurrence, applicability through the subject, carrying answers over
to a new library version, progress and completeness, and the dashboard's three buckets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from filing_desk.domain import assessments as rules
from filing_desk.domain.assessments import Answer, Assessment, AssessmentError, Result
from filing_desk.domain.checklists import Library, Subject
from filing_desk.forms import checklist_loader
from tests.helpers.checklist_libraries import sample_library

TODAY = date(2026, 11, 23)
F = frozenset
TEXT_ALGO = Subject(
    "algorithm", algo_types=F({"01"}), roles=F({"provider"}), modalities=F({"text"})
)
AUDIO_ALGO = replace(TEXT_ALGO, modalities=F({"text", "audio"}))
ENTITY = Subject("entity")


@pytest.fixture(scope="module")
def v1(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return sample_library(tmp_path_factory.mktemp("v1"), 1)


@pytest.fixture(scope="module")
def v2(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return sample_library(tmp_path_factory.mktemp("v2"), 2)


OK = None
VALIDATION = [
    # item, result, figure, note, the error code (None: accepted)
    ("policy.keywords", "conforms", 10000, "", OK),  # the minimum itself passes
    ("policy.keywords", "conforms", 12500.5, "", OK),
    ("policy.keywords", "conforms", 9999, "", "assessment.figure_outside_threshold"),
    ("policy.keywords", "conforms", None, "", "assessment.figure_required"),
    ("policy.keywords", "not_conforming", 9999, "", OK),  # a failing figure may be recorded
    ("policy.keywords", "not_conforming", None, "", OK),
    ("policy.keywords", "conforms", float("nan"), "", "assessment.figure_invalid"),
    ("policy.keywords", "conforms", float("inf"), "", "assessment.figure_invalid"),
    ("policy.refusal", "conforms", 5, "", OK),  # the maximum itself passes
    ("policy.refusal", "conforms", 0, "", OK),
    ("policy.refusal", "conforms", 5.01, "", "assessment.figure_outside_threshold"),
    ("policy.refusal", "not_applicable", None, "不提供问答服务", OK),
    ("policy.refusal", "not_applicable", None, "", "assessment.note_required"),
    ("policy.refusal", "not_applicable", None, "   ", "assessment.note_required"),
    ("retired", "conforms", 3, "", "assessment.figure_not_numeric"),
    ("retired", "conforms", None, "", OK),
    ("retired", "unassessed", None, "", OK),
    ("retired", "符合", None, "", "assessment.result"),  # codes only, not labels
    ("retired", "maybe", None, "", "assessment.result"),
    ("policy", "conforms", None, "", "assessment.heading"),
    ("nowhere", "conforms", None, "", "assessment.unknown_item"),
    ("policy.audio", "conforms", None, "", "assessment.not_applicable_item"),  # text only
]


@pytest.mark.parametrize(("item", "result", "figure", "note", "error"), VALIDATION)
def test_an_answer_is_checked_before_it_is_given(
    v1: Library, item: str, result: str, figure: float | None, note: str, error: str | None
) -> None:
    def give() -> Answer:
        return rules.answer(
            v1, item, result, today=TODAY, note=note, figure=figure, subject=TEXT_ALGO
        )

    if error is None:
        ans = give()
        assert ans.result is Result(result) and ans.figure == figure and ans.note == note.strip()
        assert ans.item_hash == v1.item(item).content_hash
    else:
        with pytest.raises(AssessmentError) as caught:
            give()
        assert caught.value.code == error
        assert (item if error != "assessment.result" else result) in str(caught.value)


def test_a_failing_figure_names_the_figure_and_the_threshold(v1: Library) -> None:
    with pytest.raises(AssessmentError) as caught:
        rules.answer(v1, "policy.keywords", Result.CONFORMS, today=TODAY, figure=9999)
    assert "9999" in str(caught.value) and "≥ 10000 entries" in str(caught.value)
    assert caught.value.params == {
        "item": "policy.keywords",
        "figure": 9999,
        "threshold": "≥ 10000 entries",
    }


@pytest.mark.parametrize(
    ("item", "effective", "review"),
    [
        ("policy.keywords", date(2026, 1, 1), date(2026, 1, 8)),  # weekly
        ("policy.refusal", date(2026, 1, 31), date(2026, 2, 28)),  # monthly, short month
        ("officer", date(2025, 11, 30), date(2026, 2, 28)),  # quarterly
        ("retired", date(2026, 1, 1), None),  # once: no calendar date
    ],
)
def test_the_next_review_follows_the_item_recurrence(
    v1: Library, item: str, effective: date, review: date | None
) -> None:
    figure = {"policy.keywords": 20000.0, "policy.refusal": 1.0}.get(item)
    ans = rules.answer(v1, item, "conforms", today=TODAY, figure=figure, effective=effective)
    assert (ans.effective, ans.next_review) == (effective, review)


def test_the_effective_date_defaults_to_today_and_unassessed_has_none(v1: Library) -> None:
    assert rules.answer(v1, "officer", "conforms", today=TODAY).effective == TODAY
    cleared = rules.answer(v1, "officer", "unassessed", today=TODAY, effective=date(2026, 1, 1))
    assert (cleared.effective, cleared.next_review) == (None, None)


def test_applicable_items_follow_the_subject(v1: Library) -> None:
    ids = [it.id for it in rules.applicable_items(v1, TEXT_ALGO)]
    assert ids == ["policy", "policy.keywords", "policy.refusal", "retired"]
    assert "policy.audio" in [it.id for it in rules.applicable_items(v1, AUDIO_ALGO)]
    assert [it.id for it in rules.applicable_items(v1, ENTITY)] == [
        "policy",
        "policy.keywords",
        "policy.refusal",
        "officer",
        "retired",
    ]


def test_the_shipped_labelling_items_follow_the_modalities() -> None:
    library = checklist_loader.get("labelling")
    text_only = {it.id for it in rules.applicable_items(library, TEXT_ALGO)}
    with_audio = {it.id for it in rules.applicable_items(library, AUDIO_ALGO)}
    assert text_only < with_audio
    assert all("audio" in library.item(i).applies.modality for i in with_audio - text_only)
    push_algo = replace(TEXT_ALGO, algo_types=F({"02"}))
    push = {it.id for it in rules.applicable_items(library, push_algo)}
    assert push and not any(i.startswith(("explicit", "implicit")) for i in push)  # 01 only


def test_a_library_is_applied_only_to_the_subjects_it_names(v1: Library) -> None:
    assert rules.new_assessment(v1, "entity", 3) == Assessment(None, "sample", 1, "entity", 3)
    for kind, code in (("product", "subject_not_covered"), ("robot", "subject_kind")):
        with pytest.raises(AssessmentError) as caught:
            rules.new_assessment(v1, kind, 3)
        assert caught.value.code == f"assessment.{code}"


def _answered(library: Library, subject: Subject, **figures: float) -> Assessment:
    out = rules.new_assessment(library, subject.kind, 1)
    for item in rules.applicable_items(library, subject):
        if not item.heading:
            figure = figures.get(item.id.replace(".", "_"))
            out = out.with_answer(
                rules.answer(library, item.id, "conforms", today=TODAY, figure=figure)
            )
    return out


def test_an_upgrade_keeps_unchanged_answers_and_flags_changed_and_new_items(
    v1: Library, v2: Library
) -> None:
    before = _answered(v1, ENTITY, policy_keywords=20000, policy_refusal=2)
    moved = rules.upgrade(before, v1, v2, ENTITY)
    after = moved.assessment
    assert after.library_version == 2
    assert moved.kept == ("policy.keywords",)  # the evidence hint of policy.audio is no change
    assert moved.changed == ("policy.refusal", "officer")  # threshold; English wording
    assert moved.added == ("policy.new",)
    assert [a.item_id for a in moved.dropped] == ["retired"]
    assert after.answers["policy.keywords"] == before.answers["policy.keywords"]
    flagged = after.answers["policy.refusal"]
    assert flagged.to_review and flagged.result is Result.CONFORMS and flagged.figure == 2
    assert after.answers["policy.new"] == Answer(
        "policy.new", item_hash=v2.item("policy.new").content_hash, to_review=True
    )
    assert "retired" not in after.answers
    progress = rules.progress(after, v2, ENTITY)
    assert (progress.to_review, progress.complete) == (3, False)
    reviewed = after.with_answer(rules.review(v2, flagged))
    assert not reviewed.answers["policy.refusal"].to_review


def test_an_upgrade_needs_a_newer_version_of_the_same_library(v1: Library, v2: Library) -> None:
    before = _answered(v1, ENTITY, policy_keywords=20000, policy_refusal=2)
    with pytest.raises(AssessmentError) as caught:
        rules.upgrade(replace(before, library_version=2), v1, v2)
    assert caught.value.code == "assessment.upgrade_version"
    other = replace(v2, id="other")
    with pytest.raises(AssessmentError) as caught:
        rules.upgrade(before, v1, other)
    assert caught.value.code == "assessment.upgrade_library"


def test_progress_is_complete_only_when_every_applicable_item_is_answered(v1: Library) -> None:
    empty = rules.new_assessment(v1, "algorithm", 1)
    assert rules.progress(empty, v1, TEXT_ALGO).counts[Result.UNASSESSED] == 3
    full = _answered(v1, TEXT_ALGO, policy_keywords=20000, policy_refusal=2)
    progress = rules.progress(full, v1, TEXT_ALGO)
    assert (progress.answered, progress.total, progress.complete) == (3, 3, True)
    assert not rules.progress(full, v1, AUDIO_ALGO).complete  # the audio item now applies
    failed = rules.answer(v1, "retired", "not_conforming", today=TODAY, note="未落实")
    bad = full.with_answer(failed)
    assert rules.progress(bad, v1, TEXT_ALGO).complete  # 不符合 is an answer
    assert rules.nonconforming(bad) == (bad.answers["retired"],)
    cleared = full.with_answer(rules.answer(v1, "retired", "unassessed", today=TODAY))
    assert not rules.progress(cleared, v1, TEXT_ALGO).complete


@pytest.mark.parametrize(
    ("review", "expiring", "due"),
    [
        (date(2026, 11, 22), False, True),
        (TODAY, False, True),
        (date(2026, 11, 24), True, False),
        (date(2026, 12, 23), True, False),  # today + 30
        (date(2026, 12, 24), False, False),  # today + 31
        (None, False, False),
    ],
)
def test_evidence_expiring_and_reviews_due_by_the_next_review(
    review: date | None, expiring: bool, due: bool
) -> None:
    ans = Answer("x", Result.CONFORMS, next_review=review)
    assessment = Assessment(1, "sample", 1, "algorithm", 1, answers={"x": ans})
    assert bool(rules.evidence_expiring(assessment, TODAY)) is expiring
    assert bool(rules.reviews_due(assessment, TODAY)) is due
    unassessed = Assessment(1, "sample", 1, "algorithm", 1, answers={"x": Answer("x")})
    assert rules.reviews_due(unassessed, TODAY) == rules.evidence_expiring(unassessed, TODAY) == ()


def test_an_answer_flagged_by_an_upgrade_is_due_for_review() -> None:
    ans = Answer("x", Result.CONFORMS, to_review=True)
    assessment = Assessment(1, "sample", 1, "algorithm", 1, answers={"x": ans})
    assert rules.reviews_due(assessment, TODAY) == (ans,)


def test_results_carry_chinese_and_english_labels() -> None:
    assert [r.zh for r in Result] == ["符合", "不符合", "不适用", "未评估"]
    assert Result.NOT_APPLICABLE.label("en") == "Not applicable"


def test_the_sample_library_is_written_where_asked(tmp_path: Path) -> None:
    library = sample_library(tmp_path / "lib", 2)
    assert library.source.endswith("sample.toml") and (tmp_path / "lib" / "sample.toml").exists()
