"""Demo generative-AI services (issue 17 item 9), written through the Register facade (audited).

Three stories, one per demo entity, resting on the demo's models (``demo_data.MODELS``):

* 云启知行智能助手 (北京云启): 备案 on its own 云启知行大模型, approved with the model's 备案号; its
  APP shows the model name and number (with a screenshot), its desktop app does not yet — the
  dashboard's display-duty alert.
* 数智客服助手 (深圳前海数智): 登记, calling 云启's filed model unmodified, approved with its
  上线编号; both its products show it — no alert.
* 星河灵感写作 (杭州星河): 备案 on a model fine-tuned from 云启's, submitted to the Zhejiang CAC
  and live for weeks without a number — the most severe alert, live without a number.

Services are created in the state they stand in (the register keeps a given state, as an import
does), so no step history is invented. Names and numbers are fictional and well formed (domain.md
Part B §3.2); the approved numbers are the demo models' own. Dates of the live-without-number
story are relative to the register's today; the entity acts on working days.
"""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta
from typing import Any

from filing_desk.demo_data import MODELS
from filing_desk.domain.enums import (
    AttachmentKind,
    CorpusSource,
    Modality,
    ModelOrigin,
    OwnerType,
    ServiceForm,
    ServiceFunction,
    ServiceState,
)
from filing_desk.domain.genai_alerts import ProductDisplay
from filing_desk.domain.genai_services import GenAIService, ServiceModel

OWN_MODEL = str(MODELS[0][1]["name"])  # 云启知行大模型
OWN_NUMBER = str(MODELS[0][1]["track_number"])  # Beijing-…-2024…0015
REGISTRATION_NUMBER = str(MODELS[3][1]["track_number"])  # Guangdong-…-2025…S0009
FILED, REGISTERED, LIVE = "云启知行智能助手", "数智客服助手", "星河灵感写作"
_YUNQI = "北京云启智能科技有限公司"
_COMMON: dict[str, Any] = dict(
    input_modalities=(Modality.TEXT,),
    corpus_sources=(CorpusSource.OPEN_SOURCE, CorpusSource.SELF_COLLECTED),
    compute="自建GPU集群，推理卡64张",
)


def fill_services(reg: Any) -> list[GenAIService]:
    """Write the three demo services, their displays and a screenshot; returns them."""
    with reg.transaction():
        return _fill(reg, reg.today())


def _fill(reg: Any, today: date) -> list[GenAIService]:
    entities = reg.entities()
    yunqi, xinghe, shuzhi = (e.id for e in entities[:3])
    filed = reg.create_service(
        GenAIService(
            entity_id=yunqi,
            name=FILED,
            functions=(ServiceFunction.CHAT, ServiceFunction.TEXT, ServiceFunction.CODE),
            output_modalities=(Modality.TEXT,),
            forms=(ServiceForm.APP, ServiceForm.WEB),
            product_ids=_products(reg, yunqi, "云启APP", "云启桌面版"),
            algorithm_ids=_algorithms(reg, yunqi, "云启智能写作生成算法", "云启大模型技术服务算法"),
            models=(
                ServiceModel(
                    _model_id(reg, yunqi), OWN_MODEL, "2.1", ModelOrigin.OWN, _YUNQI, "", ""
                ),
            ),
            province="北京市",
            corpus_scale="开源语料约1.2万亿词元；自采语料约3000亿词元（含人工标注问答对80万条）。",
            concurrency=2000,
            go_live_date=date(2024, 10, 8),
            state=ServiceState.APPROVED,
            number=OWN_NUMBER,
            approved_date=date(2024, 9, 12),
            **_COMMON,
        )
    )
    shot = reg.add_attachment(
        OwnerType.SERVICE, filed.id, AttachmentKind.SCREENSHOT, "云启APP-关于页.png", _tiny_png()
    )
    app = filed.product_ids[0]  # its desktop app (the second) does not show it yet
    where = "云启APP“我的—关于”页及对话页底部"
    reg.set_service_display(
        filed.id, ProductDisplay(app, "", True, date(2024, 10, 8), where, shot.id)
    )
    registered = reg.create_service(_registered(reg, shuzhi))
    for product in registered.product_ids:
        shown = ProductDisplay(product, "", True, date(2025, 7, 21), "对话窗口顶部提示栏")
        reg.set_service_display(registered.id, shown)
    live = reg.create_service(_live(reg, xinghe, today))
    return [filed, registered, live]


def _registered(reg: Any, shuzhi: int) -> GenAIService:
    return GenAIService(
        entity_id=shuzhi,
        name=REGISTERED,
        functions=(ServiceFunction.CHAT,),
        output_modalities=(Modality.TEXT, Modality.AUDIO),
        forms=(ServiceForm.MINI_PROGRAM, ServiceForm.DEVICE),
        product_ids=_products(reg, shuzhi, "数智公众号", "数智智能音箱技能"),
        algorithm_ids=_algorithms(reg, shuzhi, "数智客服对话生成算法"),
        models=(
            ServiceModel(
                _model_id(reg, shuzhi),
                OWN_MODEL,
                "2.1",
                ModelOrigin.THIRD_PARTY,
                _YUNQI,
                "",
                OWN_NUMBER,
            ),
        ),
        province="广东省",
        corpus_scale="不训练模型；知识库为本单位客服问答文档约2万篇。",
        concurrency=300,
        third_party_cloud="云启知行大模型开放平台（调用接口）",
        go_live_date=date(2025, 7, 21),
        state=ServiceState.APPROVED,
        number=REGISTRATION_NUMBER,
        approved_date=date(2025, 7, 10),
        **_COMMON,
    )


def _live(reg: Any, xinghe: int, today: date) -> GenAIService:
    """Submitted about ten weeks ago, live for a month: no number yet."""
    return GenAIService(
        entity_id=xinghe,
        name=LIVE,
        functions=(ServiceFunction.TEXT,),
        output_modalities=(Modality.TEXT,),
        forms=(ServiceForm.APP,),
        product_ids=_products(reg, xinghe, "星河APP"),
        models=(
            ServiceModel(
                None,
                "星河灵感写作大模型",
                "1.0",
                ModelOrigin.FINE_TUNED,
                "杭州星河网络有限公司",
                OWN_MODEL,
                "",
            ),
        ),
        province="浙江省",
        corpus_scale="在基础模型上以自采写作语料约200亿词元微调；商业语料约30亿词元。",
        concurrency=500,
        go_live_date=_workday(reg, today - timedelta(days=30)),
        state=ServiceState.SUBMITTED,
        notes="已于上线前报浙江省网信办，等待初审意见。",
        **_COMMON,
    )


def _products(reg: Any, entity_id: int, *names: str) -> tuple[int, ...]:
    ids = {p.name: p.id for p in reg.products() if p.entity_id == entity_id}
    return tuple(ids[n] for n in names)


def _algorithms(reg: Any, entity_id: int, *names: str) -> tuple[int, ...]:
    ids = {a.name: a.id for a in reg.algorithms(entity_id)}
    return tuple(ids[n] for n in names)


def _model_id(reg: Any, entity_id: int) -> int:
    return next(m.id for m in reg.models() if m.entity_id == entity_id and m.name == OWN_MODEL)


def _workday(reg: Any, day: date) -> date:
    calendar = reg.calendar()
    while not calendar.is_workday(day):
        day -= timedelta(days=1)
    return day


def _tiny_png() -> bytes:
    """A valid 1×1 grey PNG made here (the screenshot's stand-in; nothing is read or fetched)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
