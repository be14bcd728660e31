"""Track derivation of a generative-AI service (备案 / 登记) over every origin combination,
its explanation, the user's override and the readiness issues of the model links."""

from __future__ import annotations

import pytest

from filing_desk.domain.enums import ModelOrigin, ModelTrack, Severity
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.genai_tracks import Basis, decide_track, derive_track, track_issues

OWN = ServiceModel(name="XiaoShi", origin=ModelOrigin.OWN, developer="本公司")
TUNED = ServiceModel(name="XiaoShi-Law", origin=ModelOrigin.FINE_TUNED, tuned_from="Qwen2")
FILED = ServiceModel(
    name="YunQue",
    origin=ModelOrigin.THIRD_PARTY,
    developer="北京某科技有限公司",
    filing_number="Beijing-YunQue-20230821",
)
FILED_2 = ServiceModel(
    name="DeepseekChat",
    origin=ModelOrigin.THIRD_PARTY,
    filing_number="Beijing-DeepseekChat-202404280016",
)
UNFILED = ServiceModel(name="SomeLLM", origin=ModelOrigin.THIRD_PARTY, developer="某公司")

F, R = ModelTrack.FILING, ModelTrack.REGISTRATION


@pytest.mark.parametrize(
    ("models", "track", "basis", "deciding", "errors"),
    [
        ((), None, Basis.NO_MODELS, (), ["genai_track.no_models"]),
        ((OWN,), F, Basis.OWN_MODEL, ("XiaoShi",), []),
        ((TUNED,), F, Basis.FINE_TUNED, ("XiaoShi-Law",), []),
        ((FILED,), R, Basis.FILED_UPSTREAM, ("YunQue",), []),
        ((FILED, FILED_2), R, Basis.FILED_UPSTREAM, ("YunQue", "DeepseekChat"), []),
        ((UNFILED,), R, Basis.FILED_UPSTREAM, ("SomeLLM",), ["genai_track.unfiled_upstream"]),
        (
            (FILED, UNFILED),
            R,
            Basis.FILED_UPSTREAM,
            ("YunQue", "SomeLLM"),
            ["genai_track.unfiled_upstream"],
        ),
        ((OWN, FILED), F, Basis.OWN_MODEL, ("XiaoShi",), []),
        ((TUNED, FILED), F, Basis.FINE_TUNED, ("XiaoShi-Law",), []),
        ((OWN, TUNED), F, Basis.OWN_MODEL, ("XiaoShi",), []),
        ((FILED, TUNED, OWN), F, Basis.OWN_MODEL, ("XiaoShi",), []),
        # calling an unfiled model is an error whatever the track
        ((OWN, UNFILED), F, Basis.OWN_MODEL, ("XiaoShi",), ["genai_track.unfiled_upstream"]),
        ((TUNED, UNFILED), F, Basis.FINE_TUNED, ("XiaoShi-Law",), ["genai_track.unfiled_upstream"]),
    ],
)
def test_track_is_derived_from_the_models(models, track, basis, deciding, errors) -> None:
    decision = decide_track(GenAIService(name="小石助手", models=models))
    assert (decision.track, decision.basis, decision.models) == (track, basis, deciding)
    assert decision.derived is track
    issues = track_issues(GenAIService(name="小石助手", models=models))
    assert [i.code for i in issues if i.is_error] == errors


def test_explain_says_why_in_both_languages() -> None:
    own = derive_track((OWN, FILED))
    assert own.explain("zh").startswith("服务使用自研模型（XiaoShi）")
    assert "备案" in own.explain("zh")
    assert "its own model (XiaoShi)" in own.explain("en")
    called = derive_track((FILED, FILED_2))
    assert called.explain("zh") == (
        "服务仅调用第三方已备案模型（YunQue、DeepseekChat）且未作修改，由属地网信办登记。"
    )
    assert "(YunQue, DeepseekChat)" in called.explain("en")
    assert "neither filing nor registration" in derive_track(()).explain("en")


def test_an_override_with_a_reason_wins_and_is_explained() -> None:
    service = GenAIService(
        name="内部助手",
        models=(FILED,),
        track_override=ModelTrack.NOT_REQUIRED,
        override_reason="仅供本单位内部使用，不向公众提供",
    )
    decision = decide_track(service)
    assert decision.track is ModelTrack.NOT_REQUIRED
    assert decision.derived is R and decision.overridden
    assert (
        decision.explain("zh")
        == "用户改定为无需（推定为登记），理由：仅供本单位内部使用，不向公众提供"
    )
    assert decision.explain("en").startswith(
        "Set by the user to Not required (derived: Registration)"
    )
    assert track_issues(service) == []


def test_an_override_without_a_reason_is_an_error() -> None:
    service = GenAIService(name="x", models=(FILED,), track_override=F, override_reason="  ")
    assert [(i.code, i.field) for i in track_issues(service)] == [
        ("genai_track.override_reason", "service.override_reason")
    ]


def test_overriding_an_own_model_down_to_registration_is_warned() -> None:
    service = GenAIService(name="x", models=(OWN,), track_override=R, override_reason="上游已备案")
    (issue,) = track_issues(service)
    assert (issue.code, issue.severity) == ("genai_track.override_weaker", Severity.WARNING)
    assert decide_track(service).track is R


def test_an_upstream_number_is_checked_as_a_filing_number() -> None:
    registered = ServiceModel(
        name="DiDi", origin=ModelOrigin.THIRD_PARTY, filing_number="Tianjin-DiDi-20251011S0007"
    )
    bad_date = ServiceModel(
        name="Bad", origin=ModelOrigin.THIRD_PARTY, filing_number="Beijing-Bad-20231341"
    )
    issues = track_issues(GenAIService(name="x", models=(registered, bad_date)))
    assert [(i.code, i.field) for i in issues] == [
        ("model_no.format", "service.models[0].filing_number"),
        ("model_no.date", "service.models[1].filing_number"),
    ]
