"""Generative-AI services for store tests: an entity with a 生成合成类 algorithm and two products
written as a user would, and two services on it — one on an own model (备案), one calling a
third-party filed model (登记) — with every field filled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import (
    CorpusSource,
    Modality,
    ModelOrigin,
    ServiceDomain,
    ServiceForm,
    ServiceFunction,
)
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.store.register import Register
from tests.helpers.assessments import entity_with_algorithms

FILED_UPSTREAM = "Beijing-YunQue-20230821"  # a third-party model's 备案号 (Part B §3.2 shape)
OWN_NUMBER = "Beijing-ShiLiXieZuo-202406180001"  # a 备案号 granted to an own model
REGISTRATION_NUMBER = "Beijing-ShiLiKeFu-20250310S0001"  # a 上线编号


@dataclass(frozen=True)
class World:
    entity_id: int
    algorithm_id: int
    other_algorithm_id: int
    product_ids: tuple[int, int]


def world(register: Register) -> World:
    entity, gen, push = entity_with_algorithms(register)
    app = register.create_product(entity, name="示例写作助手", form="app").id
    web = register.create_product(entity, name="示例写作网页版", form="website").id
    return World(entity, gen, push, (app, web))


def own_service(w: World, **changes: object) -> GenAIService:
    """A 备案 service on an own model, every field filled."""
    values: dict[str, object] = dict(
        entity_id=w.entity_id,
        name="示例写作大模型服务",
        functions=(ServiceFunction.CHAT, ServiceFunction.TEXT),
        input_modalities=(Modality.TEXT,),
        output_modalities=(Modality.TEXT, Modality.IMAGE),
        forms=(ServiceForm.APP, ServiceForm.WEB),
        domain=ServiceDomain.RESTRICTED,
        domain_note="新闻写作",
        product_ids=w.product_ids,
        algorithm_ids=(w.algorithm_id,),
        models=(
            ServiceModel(None, "示例写作大模型", "2.1", ModelOrigin.OWN, "北京示例科技有限公司"),
        ),
        province="北京",
        corpus_sources=(CorpusSource.OPEN_SOURCE, CorpusSource.SELF_COLLECTED),
        corpus_scale="开源语料约 2TB，自采语料约 500GB",
        compute="自建 GPU 集群 64 卡",
        concurrency=500,
        third_party_cloud="某云",
        go_live_date=date(2026, 12, 1),
        notes="内部备注",
    )
    values.update(changes)
    return GenAIService(**values)  # type: ignore[arg-type]


def called_service(w: World, **changes: object) -> GenAIService:
    """A 登记 service calling a third-party filed model, unmodified."""
    upstream = ServiceModel(
        None, "云雀大模型", "3.0", ModelOrigin.THIRD_PARTY, "北京春田知韵科技有限公司",
        filing_number=FILED_UPSTREAM,
    )  # fmt: skip
    values: dict[str, object] = dict(
        entity_id=w.entity_id,
        name="示例智能客服",
        functions=(ServiceFunction.CHAT,),
        input_modalities=(Modality.TEXT,),
        output_modalities=(Modality.TEXT,),
        forms=(ServiceForm.API,),
        product_ids=(w.product_ids[0],),
        models=(upstream,),
        province="北京",
    )
    values.update(changes)
    return GenAIService(**values)  # type: ignore[arg-type]
