"""Which track a generative-AI service takes — 备案 (filing) or 登记 (registration) — and why.

Owns the derivation (domain.md Part A item 14): a self-built model, or a third-party or
open-source model that was fine-tuned or re-trained, puts the service on 备案 (local CAC first
review, national review); calling only models that are already filed, unmodified, puts it on 登记
(local CAC). A user override with a reason wins; it is the store's job to audit it. Also owns the
readiness issues of the model links (a 登记 cannot rest on an unfiled model).

Pure: no Qt, no I/O. ``TrackDecision.explain`` gives the reason in zh or en; the UI shows it
as it is (like an enum's label).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from filing_desk.domain import codes
from filing_desk.domain.enums import ModelOrigin, ModelTrack, Severity
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.issues import Issue

CITES = ("genai-measures:17", "cac-genai-notice", "cac-genai-notice-2025", "genai-practice")


class Basis(StrEnum):
    """What decided the track."""

    NO_MODELS = "no_models"
    OWN_MODEL = "own_model"
    FINE_TUNED = "fine_tuned"
    FILED_UPSTREAM = "filed_upstream"  # only third-party models, called as they are
    OVERRIDE = "override"


@dataclass(frozen=True)
class TrackDecision:
    """The track a service takes, what decided it, and the models that did."""

    track: ModelTrack | None  # None: no model is linked yet, nothing can be derived
    derived: ModelTrack | None
    basis: Basis
    models: tuple[str, ...] = ()  # the names of the models that decided it
    reason: str = ""  # the user's reason, for an override

    @property
    def overridden(self) -> bool:
        return self.basis is Basis.OVERRIDE

    def explain(self, lang: str = "zh") -> str:
        zh = lang.startswith("zh")
        names = ("、" if zh else ", ").join(self.models)
        if self.basis is Basis.OVERRIDE:
            return _explain_override(self, zh)
        return (_ZH if zh else _EN)[self.basis].format(names=names)


_ZH = {
    Basis.NO_MODELS: "尚未关联模型，无法推定办理备案还是登记。",
    Basis.OWN_MODEL: "服务使用自研模型（{names}），应办理生成式人工智能服务备案："
    "属地网信办初审，国家网信办复审。",
    Basis.FINE_TUNED: "服务使用经微调或再训练的模型（{names}），应办理生成式人工智能服务备案："
    "属地网信办初审，国家网信办复审。",
    Basis.FILED_UPSTREAM: "服务仅调用第三方已备案模型（{names}）且未作修改，由属地网信办登记。",
}
_EN = {
    Basis.NO_MODELS: "No model is linked yet: neither filing nor registration can be derived.",
    Basis.OWN_MODEL: "The service runs its own model ({names}): it needs a filing (备案), "
    "first reviewed by the local CAC, then by the national CAC.",
    Basis.FINE_TUNED: "The service runs a fine-tuned or re-trained model ({names}): it needs a "
    "filing (备案), first reviewed by the local CAC, then by the national CAC.",
    Basis.FILED_UPSTREAM: "The service only calls third-party models ({names}) as they are: "
    "the local CAC registers it (登记).",
}


def _track_name(track: ModelTrack | None, zh: bool) -> str:
    if track is None:
        return "未推定" if zh else "none derived"
    return track.label("zh" if zh else "en")


def _explain_override(decision: TrackDecision, zh: bool) -> str:
    chosen, derived = _track_name(decision.track, zh), _track_name(decision.derived, zh)
    if zh:
        return f"用户改定为{chosen}（推定为{derived}），理由：{decision.reason}"
    return f"Set by the user to {chosen} (derived: {derived}); reason: {decision.reason}"


def derive_track(models: Sequence[ServiceModel]) -> TrackDecision:
    """The track the models alone call for; an own model decides before a fine-tuned one."""
    for origin, basis in (
        (ModelOrigin.OWN, Basis.OWN_MODEL),
        (ModelOrigin.FINE_TUNED, Basis.FINE_TUNED),
    ):
        names = tuple(m.name for m in models if m.origin is origin)
        if names:
            return TrackDecision(ModelTrack.FILING, ModelTrack.FILING, basis, names)
    if not models:
        return TrackDecision(None, None, Basis.NO_MODELS)
    names = tuple(m.name for m in models)
    return TrackDecision(
        ModelTrack.REGISTRATION, ModelTrack.REGISTRATION, Basis.FILED_UPSTREAM, names
    )


def decide_track(service: GenAIService) -> TrackDecision:
    """The service's track: the user's override where one is set, else the derived one."""
    derived = derive_track(service.models)
    if service.track_override is None:
        return derived
    return TrackDecision(
        service.track_override,
        derived.track,
        Basis.OVERRIDE,
        derived.models,
        service.override_reason.strip(),
    )


def track_issues(service: GenAIService) -> list[Issue]:
    """Readiness issues of the track and the model links (errors block 'materials ready')."""
    decision = decide_track(service)
    issues = [*_model_issues(service.models), *_override_issues(service, decision)]
    if decision.track is None:
        text = "Link the models the service runs or calls: the track is derived from them."
        issues.append(Issue("genai_track.no_models", "service.models", Severity.ERROR, {}, text))
    return issues


def _model_issues(models: Sequence[ServiceModel]) -> list[Issue]:
    issues: list[Issue] = []
    for index, model in enumerate(models):
        field = f"service.models[{index}].filing_number"
        if not model.is_third_party:
            continue
        if not model.filing_number.strip():
            text = (
                f"The third-party model {model.name} has no filing number: a service may only "
                "call models that are already filed, and a registration cannot rest on an "
                "unfiled model."
            )
            params = {"model": model.name}
            issues.append(
                Issue("genai_track.unfiled_upstream", field, Severity.ERROR, params, text)
            )
        else:
            issues += codes.check_model_number(model.filing_number, ModelTrack.FILING, field)
    return issues


def _override_issues(service: GenAIService, decision: TrackDecision) -> list[Issue]:
    if not decision.overridden:
        return []
    field = "service.override_reason"
    if not decision.reason:
        text = "Give the reason for departing from the derived track."
        return [Issue("genai_track.override_reason", field, Severity.ERROR, {}, text)]
    if decision.derived is ModelTrack.FILING and decision.track is not ModelTrack.FILING:
        text = (
            "The service runs its own or a fine-tuned model, which the CAC's notices put on "
            "filing (备案); check the override."
        )
        params = {"models": "、".join(decision.models)}
        return [
            Issue(
                "genai_track.override_weaker",
                "service.track_override",
                Severity.WARNING,
                params,
                text,
            )
        ]
    return []
