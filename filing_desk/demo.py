"""Demo register content, made locally: entities, models, algorithms in every lifecycle state.

Written through the Register facade like any user edit (so the audit chain is real). Dates are
relative to the register's "today", so the dashboard always has something overdue, due soon,
and awaiting the CAC. The names are invented; the numbers are well-formed and pass the checks.
The sample tables live in demo_data.py; this module must not hold data tables or bypass the
Register facade.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from filing_desk.demo_data import (
    ALGORITHMS,
    ENTITIES,
    ENTITY_NUMBERS,
    PRODUCT_NAMES,
    filing_number,
    uscc,
)
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    AttachmentKind,
    ModelOrigin,
    ModelTrack,
    OwnerType,
    Role,
    Triage,
)
from filing_desk.domain.issues import Report
from filing_desk.domain.lifecycle import AlgorithmStep

__all__ = [
    "ALGORITHMS",
    "ENTITIES",
    "ENTITY_NUMBERS",
    "PRODUCT_NAMES",
    "filing_number",
    "fill",
    "uscc",
]


@dataclass
class _Plan:
    reg: Any
    today: date
    counts: Counter


def fill(reg: Any) -> str:
    """Write the demo content into ``reg``; returns a one-line summary."""
    plan = _Plan(reg, reg.today(), Counter())
    entities = [reg.create_entity(**data) for data in ENTITIES]
    models = _models(reg, entities)
    for index, (name, algo_type, role, target, forms) in enumerate(ALGORITHMS):
        entity_index = 0 if index < 7 else (1 if index < 14 else 2)
        entity = entities[entity_index]
        algo = reg.create_algorithm(
            entity.id, **_algorithm_fields(name, algo_type, role, index, plan.today)
        )
        if algo_type is AlgorithmType.GENERATION:
            reg.update_algorithm(algo.id, model_ids=[models[entity_index][index % 2].id])
        for form in forms:
            reg.add_product(
                algo.id,
                name=f"{name[:2]}{PRODUCT_NAMES[form]}",
                form=form,
                address=f"https://{index}.example.cn/{form.value}",
                users_served="社会公众",
                functions="首页推荐、搜索结果展示",
            )
        _drive(plan, algo, target, entity_index, index)
        plan.counts[target] += 1
    _attachments(reg, entities)
    states = len(plan.counts)
    return (
        f"{len(entities)} entities, {len(ALGORITHMS)} algorithms in {states} states, "
        f"{sum(len(m) for m in models)} models"
    )


def _algorithm_fields(
    name: str, algo_type: AlgorithmType, role: Role, index: int, today: date
) -> dict[str, Any]:
    launch = today - timedelta(days=200 - index * 7)
    fields: dict[str, Any] = dict(
        name=name,
        algo_type=algo_type,
        role=role,
        triage=Triage.REQUIRED,
        triage_reason="面向社会公众提供信息服务，具有舆论属性。",
        public_opinion=True,
        application_field="信息资讯",
        scenarios=f"{name}用于为用户提供相关内容与服务。",
        main_use=f"应用于{name[:2]}平台，根据用户需求提供{algo_type.zh[:-1]}服务。",
        summary=f"{name}是{algo_type.zh}算法。Algorithm summary in English for search.",
        principle="基于用户行为数据与内容特征进行建模。",
        mechanism="采集数据 → 特征处理 → 模型计算 → 结果输出与人工审核。",
        purpose="提升信息服务质量，保障用户合法权益。",
        launch_date=launch,
    )
    if role is Role.SUPPORTER:
        fields["service_method"] = "通过API接口向企业客户提供技术服务。"
    if algo_type is AlgorithmType.GENERATION:
        fields["labelling_method"] = "生成内容添加显式标识与元数据隐式标识。"
    return fields


def _models(reg: Any, entities: list[Any]) -> list[list[Any]]:
    out = []
    for i, entity in enumerate(entities):
        own = reg.create_model(
            entity.id,
            name=f"示例大模型{i + 1}",
            version="2.0",
            origin=ModelOrigin.OWN,
            track=ModelTrack.FILING,
            track_number=f"Beijing-ShiLi{i + 1}-20240428{i + 1:04d}",
            track_date=date(2024, 4, 28),
        )
        third = reg.create_model(
            entity.id,
            name="第三方通用模型",
            version="v3",
            origin=ModelOrigin.THIRD_PARTY,
            developer="某模型公司",
            track=ModelTrack.REGISTRATION,
            track_number=f"Shanghai-TongYong{i + 1}-20251031S{i + 1:04d}",
            track_date=date(2025, 10, 31),
        )
        out.append([own, third])
    return out


def _drive(plan: _Plan, algo: Any, target: AlgorithmState, entity_index: int, index: int) -> None:
    """Take a fresh algorithm through real steps until it is in ``target``."""
    reg, today = plan.reg, plan.today
    if target is AlgorithmState.ABANDONED:
        reg.abandon(algo.id)
        return
    proc = reg.start_filing(algo.id)
    if target is AlgorithmState.DRAFT:
        return
    proc = reg.mark_ready(proc.id, Report())
    if target is AlgorithmState.PREPARED:
        return
    submitted = min(today - timedelta(days=20), algo.launch_date + timedelta(days=9))
    proc = reg.submit(proc.id, submitted)
    if target is AlgorithmState.SUBMITTED:
        return
    if target is AlgorithmState.RETURNED:
        reg.record_returned(
            proc.id,
            submitted + timedelta(days=15),
            "算法安全自评估报告内容不完整，请补充风险防控措施。",
        )
        return
    number = filing_number(
        ENTITIES[entity_index]["region_code"],
        ENTITY_NUMBERS[entity_index],
        algo.algo_type,
        today.year if index % 2 else today.year - 1,
        index + 1,
    )
    reg.record_filed(proc.id, submitted + timedelta(days=10), number)
    if index % 3 == 0:
        for product in reg.products(algo.id):
            reg.update_product(
                product.id,
                shows_number=True,
                shown_since=submitted + timedelta(days=12),
                display_link="https://beian.cac.gov.cn/#/index",
            )
    _after_filing(reg, algo, target, today)


def _after_filing(reg: Any, algo: Any, target: AlgorithmState, today: date) -> None:
    if target in (AlgorithmState.CHANGE_PENDING, AlgorithmState.CHANGE_SUBMITTED):
        change = today - timedelta(days=3 if target is AlgorithmState.CHANGE_PENDING else 30)
        proc = reg.record_change(
            algo.id, change, "主要用途调整。", main_use=f"{algo.main_use}（扩展至新业务场景）"
        )
        if target is AlgorithmState.CHANGE_SUBMITTED:
            reg.mark_ready(proc.id, Report())
            reg.submit(proc.id, change + timedelta(days=5))
    elif target in (
        AlgorithmState.CANCEL_PENDING,
        AlgorithmState.CANCEL_SUBMITTED,
        AlgorithmState.CANCELLED,
    ):
        ended = today - timedelta(days=40 if target is AlgorithmState.CANCELLED else 25)
        proc = reg.terminate(
            algo.id, ended, "业务调整，停止提供该服务。", "已通知用户并下线相关功能，日志依法留存。"
        )
        if target is not AlgorithmState.CANCEL_PENDING:
            reg.mark_ready(proc.id, Report())
            reg.submit(proc.id, ended + timedelta(days=5))
        if target is AlgorithmState.CANCELLED:
            reg.record_filed(proc.id, ended + timedelta(days=20))
    elif target is AlgorithmState.REVOKED:
        reg.record_cac_action(
            algo.id,
            AlgorithmStep.REVOKE,
            today - timedelta(days=5),
            "以提供虚假材料方式取得备案（示例）。",
        )
    elif target is AlgorithmState.CANCELLED_BY_CAC:
        reg.record_cac_action(
            algo.id,
            AlgorithmStep.CANCEL_BY_CAC,
            today - timedelta(days=5),
            "终止服务未办理注销手续（示例）。",
        )


def _attachments(reg: Any, entities: list[Any]) -> None:
    for entity in entities:
        reg.add_attachment(
            OwnerType.ENTITY,
            entity.id,
            AttachmentKind.BUSINESS_LICENCE,
            "营业执照.pdf",
            _tiny_pdf(entity.name),
        )
    first = reg.algorithms(entities[0].id)[0]
    reg.add_attachment(
        OwnerType.ALGORITHM,
        first.id,
        AttachmentKind.SELF_ASSESSMENT,
        "算法安全自评估报告.pdf",
        _tiny_pdf(first.name),
    )
    reg.add_attachment(
        OwnerType.ALGORITHM,
        first.id,
        AttachmentKind.PUBLIC_DISCLOSURE,
        "拟公示内容.txt",
        f"算法名称：{first.name}\n算法基本原理：……\n".encode(),
    )


def _tiny_pdf(title: str) -> bytes:
    """A minimal, valid one-page PDF made here (no file is read or fetched)."""
    text = title.encode("utf-16-be").hex().upper()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    ]
    stream = f"% demo attachment <FEFF{text}>\n".encode()
    objects.append(b"<< /Length %d >>stream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
