"""The 备案 and 登记 state machines: every allowed step and every refused one, for both tracks,
the number an approval needs, the reasons a return needs, and the planning hints."""

from __future__ import annotations

import itertools

import pytest

from filing_desk.domain.enums import ModelOrigin, ModelTrack, ServiceState
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.genai_states import PLANNING_HINTS, ServiceStep, allowed_steps, step
from filing_desk.domain.genai_tracks import track_issues

S, T = ServiceState, ServiceStep
F, R = ModelTrack.FILING, ModelTrack.REGISTRATION
NUMBER = {F: "Beijing-XiaoShi-202401050001", R: "Shanghai-XiaoShiZhuShou-20251031S0120"}

COMMON = {
    (S.DRAFT, T.PREPARE): S.PREPARED,
    (S.DRAFT, T.WITHDRAW): S.WITHDRAWN,
    (S.PREPARED, T.SUBMIT): S.SUBMITTED,
    (S.PREPARED, T.UNPREPARE): S.DRAFT,
    (S.PREPARED, T.WITHDRAW): S.WITHDRAWN,
    (S.RETURNED, T.RESUBMIT): S.SUBMITTED,
    (S.RETURNED, T.WITHDRAW): S.WITHDRAWN,
    (S.APPROVED, T.REVOKE): S.REVOKED,
    (S.WITHDRAWN, T.REOPEN): S.DRAFT,
    (S.REVOKED, T.REOPEN): S.DRAFT,
}
ALLOWED = {
    F: {
        **COMMON,
        (S.SUBMITTED, T.PASS_PROVINCIAL): S.PROVINCIAL_PASSED,
        (S.SUBMITTED, T.RETURN): S.RETURNED,
        (S.SUBMITTED, T.WITHDRAW): S.WITHDRAWN,
        (S.PROVINCIAL_PASSED, T.START_NATIONAL): S.NATIONAL_REVIEW,
        (S.PROVINCIAL_PASSED, T.RETURN): S.RETURNED,
        (S.PROVINCIAL_PASSED, T.WITHDRAW): S.WITHDRAWN,
        (S.NATIONAL_REVIEW, T.APPROVE): S.APPROVED,
        (S.NATIONAL_REVIEW, T.RETURN): S.RETURNED,
        (S.NATIONAL_REVIEW, T.WITHDRAW): S.WITHDRAWN,
    },
    R: {
        **COMMON,
        (S.SUBMITTED, T.APPROVE): S.APPROVED,
        (S.SUBMITTED, T.RETURN): S.RETURNED,
        (S.SUBMITTED, T.WITHDRAW): S.WITHDRAWN,
    },
}
FILING_ONLY = {S.PROVINCIAL_PASSED, S.NATIONAL_REVIEW}
EVERY = list(itertools.product((F, R), ServiceState, ServiceStep))


def _apply(track: ModelTrack, state: ServiceState, move: ServiceStep):
    return step(track, state, move, number=NUMBER[track], reasons=("语料来源说明不完整",))


@pytest.mark.parametrize(
    ("track", "state", "move"),
    [c for c in EVERY if (c[1], c[2]) in ALLOWED[c[0]]],
    ids=lambda v: str(v),
)
def test_every_allowed_step(track, state, move) -> None:
    outcome = _apply(track, state, move)
    assert outcome.ok, outcome.issues
    assert outcome.state is ALLOWED[track][(state, move)]
    assert move in allowed_steps(track, state)


@pytest.mark.parametrize(
    ("track", "state", "move"),
    [c for c in EVERY if (c[1], c[2]) not in ALLOWED[c[0]]],
    ids=lambda v: str(v),
)
def test_every_refused_step(track, state, move) -> None:
    outcome = _apply(track, state, move)
    assert not outcome.ok
    assert outcome.state is state, "a refused step changes nothing"
    (issue,) = outcome.issues
    if track is R and state in FILING_ONLY:
        assert issue.code == "genai_state.not_on_track"
        assert allowed_steps(track, state) == ()
    else:
        assert issue.code == "genai_state.step_refused"
        assert issue.params["state"] == state.value
        assert issue.params["step"] == move.value
        assert move not in allowed_steps(track, state)


def test_the_refusal_names_what_is_allowed() -> None:
    outcome = step(R, S.SUBMITTED, T.PASS_PROVINCIAL)
    assert outcome.issues[0].text == (
        "Cannot record provincial review passed from Submitted to the local CAC; allowed: "
        "record approval with its number, record return for correction, withdraw."
    )


@pytest.mark.parametrize(
    ("track", "state", "number", "code"),
    [
        (F, S.NATIONAL_REVIEW, "", "genai_state.number_missing"),
        (R, S.SUBMITTED, "  ", "genai_state.number_missing"),
        # a 登记 is approved with a 上线编号 (…S0120), a 备案 with a 备案号
        (R, S.SUBMITTED, "Beijing-XiaoShi-202401050001", "model_no.format"),
        (F, S.NATIONAL_REVIEW, "Shanghai-X-20251031S0120", "model_no.format"),
        (F, S.NATIONAL_REVIEW, "Beijing-XiaoShi-20240230", "model_no.date"),
    ],
)
def test_approval_needs_the_number_of_its_track(track, state, number, code) -> None:
    outcome = step(track, state, T.APPROVE, number=number)
    assert (outcome.state, [i.code for i in outcome.issues]) == (state, [code])


def test_a_return_needs_the_cacs_reasons() -> None:
    refused = step(F, S.SUBMITTED, T.RETURN, reasons=(" ",))
    assert [i.code for i in refused.issues] == ["genai_state.reasons_missing"]
    assert step(F, S.SUBMITTED, T.RETURN, reasons=("缺少附件3",)).state is S.RETURNED


def test_a_service_that_needs_neither_track_takes_no_step() -> None:
    outcome = step(ModelTrack.NOT_REQUIRED, S.DRAFT, T.PREPARE)
    assert [i.code for i in outcome.issues] == ["genai_state.no_track"]
    assert allowed_steps(ModelTrack.NOT_REQUIRED, S.DRAFT) == ()


REVIEWS = (T.PASS_PROVINCIAL, T.START_NATIONAL)


def test_a_whole_filing_and_a_whole_registration() -> None:
    path = {
        F: [T.PREPARE, T.SUBMIT, T.PASS_PROVINCIAL, T.RETURN, T.RESUBMIT, *REVIEWS, T.APPROVE],
        R: [T.PREPARE, T.SUBMIT, T.RETURN, T.RESUBMIT, T.APPROVE],
    }
    for track, moves in path.items():
        state = S.DRAFT
        for move in moves:
            state = _apply(track, state, move).state
        assert state is S.APPROVED


def test_planning_hints_are_practice_not_deadlines() -> None:
    assert (PLANNING_HINTS[F].min_months, PLANNING_HINTS[F].max_months) == (3, 8)
    assert (PLANNING_HINTS[R].min_months, PLANNING_HINTS[R].max_months) == (3, 4)
    for hint in PLANNING_HINTS.values():
        assert hint.is_practice and hint.cites == ("genai-practice",)
    assert (
        PLANNING_HINTS[R].text("zh")
        == "据实务报道，登记约需 3–4 个月（仅供规划参考，非法定期限）。"
    )
    assert "not a legal deadline" in PLANNING_HINTS[F].text("en")


@pytest.mark.parametrize("move", [T.PREPARE, T.SUBMIT, T.RESUBMIT])
def test_handing_over_materials_needs_a_passing_readiness_check(move) -> None:
    state = {T.PREPARE: S.DRAFT, T.SUBMIT: S.PREPARED, T.RESUBMIT: S.RETURNED}[move]
    unfiled = ServiceModel(name="SomeLLM", origin=ModelOrigin.THIRD_PARTY)
    readiness = track_issues(GenAIService(name="x", models=(unfiled,)))
    outcome = step(R, state, move, readiness=readiness)
    assert (outcome.state, [i.code for i in outcome.issues]) == (
        state,
        ["genai_track.unfiled_upstream"],
    )
    warned = [i for i in readiness if not i.is_error]
    assert step(R, state, move, readiness=warned).ok
