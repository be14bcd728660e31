"""Material changes of a generative-AI service and whether the track must be re-run."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from filing_desk.domain.enums import Modality, ModelOrigin, ModelTrack
from filing_desk.domain.genai_changes import MaterialKind, Rerun, material_change
from filing_desk.domain.genai_services import GenAIService, ServiceModel

OWN = ServiceModel(name="XiaoShi", version="1.0", origin=ModelOrigin.OWN, developer="本公司")
YUNQUE = ServiceModel(
    name="YunQue",
    version="pro",
    origin=ModelOrigin.THIRD_PARTY,
    developer="北京某科技",
    filing_number="Beijing-YunQue-20230821",
)
DEEPSEEK = ServiceModel(
    name="DeepseekChat",
    origin=ModelOrigin.THIRD_PARTY,
    developer="杭州某公司",
    filing_number="Beijing-DeepseekChat-202404280016",
)
TEXT_ONLY = {"input_modalities": (Modality.TEXT,), "output_modalities": (Modality.TEXT,)}
ON = date(2026, 11, 30)


def svc(*models: ServiceModel, **kw) -> GenAIService:
    return GenAIService(name="小石助手", models=models, **{**TEXT_ONLY, **kw})


F, R = ModelTrack.FILING, ModelTrack.REGISTRATION


@pytest.mark.parametrize(
    ("before", "after", "kinds", "rerun", "tracks"),
    [
        (svc(OWN), svc(OWN), (), Rerun.NO, (F, F)),
        (svc(OWN), svc(OWN, notes="内部备注"), (), Rerun.NO, (F, F)),
        (
            svc(OWN),
            svc(replace(OWN, version="2.0")),
            (MaterialKind.MODEL_VERSION,),
            Rerun.ASK,
            (F, F),
        ),
        (
            svc(YUNQUE),
            svc(replace(YUNQUE, version="lite")),
            (MaterialKind.MODEL_VERSION,),
            Rerun.ASK,
            (R, R),
        ),
        # a called model fine-tuned: 登记 → 备案
        (
            svc(YUNQUE),
            svc(replace(YUNQUE, origin=ModelOrigin.FINE_TUNED)),
            (MaterialKind.FINE_TUNED,),
            Rerun.REQUIRED,
            (R, F),
        ),
        (svc(YUNQUE), svc(DEEPSEEK), (MaterialKind.UPSTREAM,), Rerun.ASK, (R, R)),
        (svc(YUNQUE), svc(YUNQUE, DEEPSEEK), (MaterialKind.UPSTREAM,), Rerun.ASK, (R, R)),
        (svc(YUNQUE, DEEPSEEK), svc(YUNQUE), (MaterialKind.UPSTREAM,), Rerun.ASK, (R, R)),
        (svc(YUNQUE), svc(YUNQUE, OWN), (MaterialKind.NEW_MODEL,), Rerun.REQUIRED, (R, F)),
        (svc(OWN, YUNQUE), svc(OWN), (MaterialKind.UPSTREAM,), Rerun.ASK, (F, F)),
        (svc(OWN, YUNQUE), svc(YUNQUE), (), Rerun.REQUIRED, (F, R)),  # own model dropped
        (
            svc(OWN),
            svc(OWN, output_modalities=(Modality.TEXT, Modality.IMAGE)),
            (MaterialKind.MODALITIES,),
            Rerun.ASK,
            (F, F),
        ),
        (
            svc(OWN),
            svc(OWN, input_modalities=(Modality.AUDIO,)),
            (MaterialKind.MODALITIES,),
            Rerun.ASK,
            (F, F),
        ),
        # a modality dropped is not new
        (
            svc(OWN, output_modalities=(Modality.TEXT, Modality.IMAGE)),
            svc(OWN),
            (),
            Rerun.NO,
            (F, F),
        ),
    ],
)
def test_material_change(before, after, kinds, rerun, tracks) -> None:
    change = material_change(before, after, ON)
    assert change.kinds == kinds
    assert change.rerun is rerun
    assert (change.track_before, change.track_after) == tracks
    assert change.is_material is (rerun is not Rerun.NO)
    assert change.on == ON


def test_the_change_names_what_changed() -> None:
    after = svc(replace(OWN, version="2.0"), DEEPSEEK, output_modalities=(Modality.VIDEO,))
    change = material_change(svc(OWN), after, ON)
    assert change.details == ("XiaoShi 2.0", "DeepseekChat", "video")
    assert [k.label("zh") for k in change.kinds] == [
        "模型版本更新",
        "更换所调用的第三方模型",
        "新增模态",
    ]


def test_names_match_across_spacing_and_case() -> None:
    renamed = replace(YUNQUE, name="yunque ", developer="北京某科技")
    assert material_change(svc(YUNQUE), svc(renamed), ON).rerun is Rerun.NO
