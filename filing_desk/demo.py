"""Demo register content, made locally: entities, models, algorithms in every lifecycle state.

Written through the Register facade like any user edit (so the audit chain is real). Dates are
relative to the register's "today", so the dashboard always has something overdue, due soon,
and awaiting the CAC; the days the entity or the CAC acts on are working days. Realistic and
fictional (domain.md Part A item 18): invented names, numbers outside every real filer's range,
each filing number's year digits the year it was granted, its serial counted per entity, type
and year. The sample tables live in demo_data.py; this module must not hold data tables or
bypass the Register facade.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from filing_desk.demo_checklists import fill_assessments
from filing_desk.demo_data import (
    ALGORITHM_MODELS,
    ALGORITHM_TEXTS,
    ALGORITHMS,
    ENTITIES,
    ENTITY_NUMBERS,
    MODELS,
    PRODUCT_NAMES,
    SUPPORTER_METHOD,
    TYPE_TEXTS,
    filing_number,
    product_address,
    uscc,
)
from filing_desk.demo_genai import fill_services
from filing_desk.demo_security import fill_security
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    AttachmentKind,
    OwnerType,
    Role,
    Triage,
)
from filing_desk.domain.issues import Report
from filing_desk.domain.lifecycle import AlgorithmStep, EntityStep

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
    serials: Counter  # (entity index, type, year) → filing numbers granted so far

    def workday(self, day: date) -> date:
        """``day`` or the working day before it (the entity and the CAC act on working days)."""
        calendar = self.reg.calendar()
        while not calendar.is_workday(day):
            day -= timedelta(days=1)
        return day


def fill(reg: Any) -> str:
    """Write the demo content into ``reg``; returns a one-line summary."""
    plan = _Plan(reg, reg.today(), Counter(), Counter())
    entities = [reg.create_entity(**data) for data in ENTITIES]
    for entity in entities:  # the entity filing (主体备案) comes before any algorithm's
        reg.entity_step(entity.id, EntityStep.SUBMIT)
        reg.entity_step(entity.id, EntityStep.APPROVE)
    models = {
        (index, data["name"]): reg.create_model(entities[index].id, **data)
        for index, data in MODELS
    }
    for index, (name, algo_type, role, target, forms) in enumerate(ALGORITHMS):
        entity_index = 0 if index < 7 else (1 if index < 14 else 2)
        entity = entities[entity_index]
        algo = reg.create_algorithm(
            entity.id, **_algorithm_fields(name, algo_type, role, index, plan.today)
        )
        if name in ALGORITHM_MODELS:
            model = models[entity_index, ALGORITHM_MODELS[name]]
            reg.update_algorithm(algo.id, model_ids=[model.id])
        for form in forms:
            reg.add_product(
                algo.id,
                name=f"{name[:2]}{PRODUCT_NAMES[form]}",
                form=form,
                address=product_address(form, name[:2], str(ENTITIES[entity_index]["website"])),
                users_served="社会公众",
                functions=f"在{name[:2]}{PRODUCT_NAMES[form]}中用于{name[2:-2]}。",
                go_live=algo.launch_date,  # one product per entity, name and form; a link each
            )
        _drive(plan, algo, target, entity_index, index)
        plan.counts[target] += 1
    _attachments(reg, entities)
    fill_assessments(reg, entities[0])  # one per checklist library (demo_checklists)
    fill_security(reg)  # security assessments under the 2018 rules (demo_security)
    fill_services(reg)  # generative-AI services, 备案 and 登记 (demo_genai)
    states = len(plan.counts)
    return (
        f"{len(entities)} entities, {len(ALGORITHMS)} algorithms in {states} states, "
        f"{len(models)} models"
    )


def _algorithm_fields(
    name: str, algo_type: AlgorithmType, role: Role, index: int, today: date
) -> dict[str, Any]:
    launch = today - timedelta(days=200 - index * 7)
    service = algo_type.zh[:-1]
    supporter = role is Role.SUPPORTER
    fields: dict[str, Any] = dict(
        name=name,
        algo_type=algo_type,
        role=role,
        triage=Triage.REQUIRED,
        triage_reason="为生成合成服务提供技术支持，依深度合成管理规定第十九条备案。"
        if supporter
        else "面向社会公众提供信息服务，产品设有评论、分享等功能，属于安全评估规定第二条"
        "第（一）项所列情形，具有舆论属性，应当备案。",
        public_opinion=not supporter,
        scenarios=f"应用于{name[:2]}旗下产品的{name[2:-2]}场景。"
        if not supporter
        else f"企业客户通过接口调用{name[2:-2]}能力，用于其面向用户的服务。",
        main_use=f"应用于{name[2:-2]}场景，根据用户需求提供{service}服务。",
        summary=f"{name}是{name[:2]}自研的{algo_type.zh}算法，用于{name[2:-2]}。",
        purpose="提升信息服务质量与效率，保障用户合法权益与内容安全。",
        disclosure_text="在产品“设置—关于算法”页面及官方网站“算法公示”栏目公示。",
        launch_date=launch,
    )
    fields.update(TYPE_TEXTS[algo_type])
    fields.update(ALGORITHM_TEXTS.get(name, {}))
    if supporter:
        fields["service_method"] = SUPPORTER_METHOD
    return fields


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
    submitted = plan.workday(min(today - timedelta(days=20), algo.launch_date + timedelta(days=9)))
    proc = reg.submit(proc.id, submitted)
    if target is AlgorithmState.SUBMITTED:
        return
    if target is AlgorithmState.RETURNED:
        reg.record_returned(
            proc.id,
            plan.workday(submitted + timedelta(days=15)),
            "算法安全自评估报告内容不完整，请补充风险防控措施。",
        )
        return
    granted = plan.workday(submitted + timedelta(days=10))
    group = (entity_index, algo.algo_type, granted.year)
    plan.serials[group] += 1
    region = str(ENTITIES[entity_index]["region_code"])
    number = filing_number(
        region, ENTITY_NUMBERS[entity_index], algo.algo_type, granted.year, plan.serials[group]
    )
    reg.record_filed(proc.id, granted, number)
    if index % 3 == 0:
        for product in reg.linked_products(algo.id):  # the display is per link (art. 26)
            reg.update_link(
                product.id,
                shows_number=True,
                shown_since=granted + timedelta(days=2),
                display_link="https://beian.cac.gov.cn/#/index",
            )
    _after_filing(plan, algo, target)


def _after_filing(plan: _Plan, algo: Any, target: AlgorithmState) -> None:
    reg, today = plan.reg, plan.today
    if target in (AlgorithmState.CHANGE_PENDING, AlgorithmState.CHANGE_SUBMITTED):
        change = today - timedelta(days=3 if target is AlgorithmState.CHANGE_PENDING else 30)
        main_use = algo.main_use.removesuffix("。") + "，并扩展至短视频与直播场景。"
        proc = reg.record_change(
            algo.id, change, "主要用途扩展至短视频与直播场景。", main_use=main_use
        )
        if target is AlgorithmState.CHANGE_SUBMITTED:
            reg.mark_ready(proc.id, Report())
            reg.submit(proc.id, plan.workday(change + timedelta(days=5)))
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
            reg.submit(proc.id, plan.workday(ended + timedelta(days=5)))
        if target is AlgorithmState.CANCELLED:
            reg.record_filed(proc.id, plan.workday(ended + timedelta(days=20)))
    elif target is AlgorithmState.REVOKED:
        reg.record_cac_action(
            algo.id,
            AlgorithmStep.REVOKE,
            plan.workday(today - timedelta(days=5)),
            "经核查，该算法备案系以提供虚假材料的方式取得。",
        )
    elif target is AlgorithmState.CANCELLED_BY_CAC:
        reg.record_cac_action(
            algo.id,
            AlgorithmStep.CANCEL_BY_CAC,
            plan.workday(today - timedelta(days=5)),
            "该算法已终止服务，未按规定办理注销备案手续。",
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
        f"算法名称：{first.name}\n算法基本原理：{first.principle}\n"
        f"算法运行机制：{first.mechanism}\n算法应用场景：{first.scenarios}\n"
        f"算法目的意图：{first.purpose}\n".encode(),
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
