"""Register snapshots for the exporter and JSON tests: every field filled, any size."""

from __future__ import annotations

from datetime import UTC, date, datetime

from filing_desk.domain import codes
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    Modality,
    ModelTrack,
    ProcedureKind,
    ProductForm,
    Role,
    Triage,
)
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.transfer.batch import RegisterSnapshot

TYPES = list(AlgorithmType)


def big_snapshot(n_algorithms: int, per_entity: int = 10) -> RegisterSnapshot:
    """``n_algorithms`` filed algorithms using their entity's two products, every text field set."""
    n_entities = max(1, n_algorithms // per_entity)
    entities = tuple(
        Entity(id=e + 1, name=f"测试科技有限公司{e:05d}", uscc="91110000600037341L",
               region_code="110108", address=f"北京市海淀区{e}号", officer_name="张三",
               officer_phone="13800138000", officer_email="a@example.com", notes="主体备注")
        for e in range(n_entities)
    )  # fmt: skip
    models = tuple(
        Model(id=e + 1, entity_id=e + 1, name=f"模型{e}", version="1.0",
              track=ModelTrack.FILING, track_number="Beijing-Test-20240428001",
              track_date=date(2024, 4, 28))
        for e in range(n_entities)
    )  # fmt: skip
    algorithms = tuple(_algorithm(i, n_entities) for i in range(n_algorithms))
    products = tuple(  # two per entity, each linked to every algorithm of its entity
        Product(id=2 * e + k + 1, entity_id=e + 1, name=f"产品{e}-{k}",
                form=(ProductForm.APP, ProductForm.MINI_PROGRAM)[k], address="https://example.com",
                users_served="社会公众", prior_licences="京ICP备12345678号-1")
        for e in range(n_entities) for k in range(2)
    )  # fmt: skip
    links = tuple(
        ProductLink(id=2 * i + k + 1, product_id=2 * (algo.entity_id - 1) + k + 1,
                    algorithm_id=i + 1, go_live=algo.launch_date, functions=f"首页—推荐{k}",
                    shows_number=bool(k), shown_since=date(2025, 1, 1) if k else None,
                    display_link="https://example.com/beian" if k else "")
        for i, algo in enumerate(algorithms) if algo.entity_id is not None for k in range(2)
    )  # fmt: skip
    procedures = tuple(
        Procedure(id=i // 3 + 1, algorithm_id=i + 1, kind=ProcedureKind.MODIFICATION,
                  trigger_date=date(2025, 6, 1), due_date=date(2025, 6, 16),
                  changes=(Change("algorithm.main_use", "旧", "新"),),
                  snapshot={"algorithm.name": "旧名"},
                  created_at=datetime(2025, 6, 1, 8, 30, tzinfo=UTC))
        for i in range(0, n_algorithms, 3)
    )  # fmt: skip
    return RegisterSnapshot(entities, algorithms, products, models, procedures, links)


def _algorithm(i: int, n_entities: int) -> Algorithm:
    entity = i % n_entities + 1
    algo_type = TYPES[i % len(TYPES)]
    return Algorithm(
        id=i + 1, entity_id=entity, name=f"算法{i:06d}", algo_type=algo_type,
        role=Role.SUPPORTER if i % 7 == 0 else Role.PROVIDER, state=AlgorithmState.FILED,
        triage=Triage.REQUIRED, triage_reason="面向公众", public_opinion=True,
        application_field="资讯", scenarios="推荐", main_use="应用于资讯推荐场景。", summary="简介",
        principle="原理", mechanism="机制", purpose="目的", disclosure_text="公示",
        input_modalities=(Modality.TEXT,), output_modalities=(Modality.TEXT, Modality.IMAGE),
        output_formats="json", data_description="数据", model_description="模型", strategy="策略",
        risks="风险", service_method="API", labelling_method="显式标识",
        launch_date=date(2024, 1, 1 + i % 28), filing_number=_number(entity, algo_type, i),
        filed_date=date(2024, 3, 1), notes="算法备注", model_ids=(entity,),
    )  # fmt: skip


def _number(entity: int, algo_type: AlgorithmType, i: int) -> str:
    first20 = f"110108{entity:07d}{algo_type.value}24{i // 60 % 1000:03d}"
    return first20 + codes.filing_check_digit(first20)
