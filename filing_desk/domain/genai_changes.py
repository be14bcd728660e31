"""Material changes of a generative-AI service, and whether its track must be run again.

A material change (domain.md Part A item 14, issue 17 item 3): a new version of a model the
service runs, a model newly fine-tuned or re-trained, a different upstream (third-party) model,
a new model of its own, or new input or output modalities. Each opens a "change" dated by the
caller. The track must be re-run when the derived track differs after the change (e.g. a called
model was fine-tuned: 登记 → 备案); for any other material change the user is asked.

Pure: no Qt, no I/O; compares two ``GenAIService`` values and says what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import LabelledEnum, ModelOrigin, ModelTrack
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.genai_tracks import derive_track


class MaterialKind(LabelledEnum):
    MODEL_VERSION = ("model_version", "模型版本更新", "New model version")
    FINE_TUNED = ("fine_tuned", "模型经微调或再训练", "Model fine-tuned or re-trained")
    UPSTREAM = ("upstream", "更换所调用的第三方模型", "Different upstream model")
    NEW_MODEL = ("new_model", "新增自有模型", "New model of its own")
    MODALITIES = ("modalities", "新增模态", "New modalities")


class Rerun(LabelledEnum):
    """Whether the track must be run again after the change."""

    NO = ("no", "无需重新办理", "No")
    ASK = ("ask", "请确认是否需要重新办理", "Ask the user")
    REQUIRED = ("required", "须重新办理", "Required")


@dataclass(frozen=True)
class MaterialChange:
    on: date | None
    kinds: tuple[MaterialKind, ...]
    details: tuple[str, ...]  # one line per finding: the model or modality concerned
    track_before: ModelTrack | None
    track_after: ModelTrack | None

    @property
    def is_material(self) -> bool:
        return bool(self.kinds) or self.track_before != self.track_after

    @property
    def rerun(self) -> Rerun:
        if self.track_before != self.track_after:
            return Rerun.REQUIRED
        return Rerun.ASK if self.kinds else Rerun.NO


def _by_key(models: tuple[ServiceModel, ...]) -> dict[tuple[str, str], ServiceModel]:
    return {m.key: m for m in models}


def _model_findings(
    before: tuple[ServiceModel, ...], after: tuple[ServiceModel, ...]
) -> list[tuple[MaterialKind, str]]:
    old, found = _by_key(before), []
    for model in after:
        previous = old.get(model.key)
        if previous is None:
            kind = MaterialKind.UPSTREAM if model.is_third_party else MaterialKind.NEW_MODEL
            if model.origin is ModelOrigin.FINE_TUNED:
                kind = MaterialKind.FINE_TUNED
            found.append((kind, model.name))
            continue
        if previous.is_third_party and model.origin is ModelOrigin.FINE_TUNED:
            found.append((MaterialKind.FINE_TUNED, model.name))
        if previous.version.strip() != model.version.strip():
            found.append((MaterialKind.MODEL_VERSION, f"{model.name} {model.version}".strip()))
    new_keys = {m.key for m in after}
    found += [
        (MaterialKind.UPSTREAM, m.name)
        for m in before
        if m.is_third_party and m.key not in new_keys
    ]
    return found


def material_change(
    before: GenAIService, after: GenAIService, on: date | None = None
) -> MaterialChange:
    """What material change ``after`` makes to ``before`` (dated ``on``) and whether to re-run."""
    findings = _model_findings(before.models, after.models)
    seen = before.modalities
    new_modalities = [
        m for m in (*after.input_modalities, *after.output_modalities) if m not in seen
    ]
    for modality in dict.fromkeys(new_modalities):
        findings.append((MaterialKind.MODALITIES, modality.value))
    kinds = tuple(dict.fromkeys(kind for kind, _ in findings))
    return MaterialChange(
        on,
        kinds,
        tuple(detail for _, detail in findings),
        derive_track(before.models).track,
        derive_track(after.models).track,
    )
