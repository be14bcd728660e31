"""Realistic demo-like records and FormContexts for tests: 北京示例科技有限公司, its algorithms of
both roles, products of different forms, models, and procedures of each kind with changes.

Every code here is valid: the USCC passes GB 32100-2015 and its GB 11714 sub-check, the filing
numbers carry the right region, type code and inferred check digit. Override any field with
keyword arguments (``entity(name="…")``) to build the case a test needs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from filing_desk.domain.deadlines import due_date
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    DeadlineKind,
    EntityState,
    IdType,
    Modality,
    ModelOrigin,
    ModelTrack,
    ProcedureKind,
    ProcedureState,
    ProductForm,
    Role,
    Triage,
)
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    FormContext,
    LinkedProduct,
    Model,
    Procedure,
    RegisterRow,
)
from filing_desk.domain.workdays import WorkCalendar

GENERATED = date(2026, 3, 2)
USCC = "91110108MA01C2XK2N"
PUSH_NUMBER = "110108721640902240017"  # 网信算备…号, type 02, 2024, serial 001
GENERATION_NUMBER = "110108721640901240011"
SCHEDULING_NUMBER = "110108721640906240011"


def entity(**overrides: object) -> Entity:
    base = Entity(
        id=1,
        name="北京示例科技有限公司",
        uscc=USCC,
        region_code="110108",
        address="北京市海淀区中关村大街27号示例大厦12层1201室",
        website="https://www.shili-tech.example.cn",
        legal_rep_name="王建国",
        legal_rep_id_type=IdType.RESIDENT_ID,
        legal_rep_id_number="110108198001011237",
        officer_name="李安全",
        officer_id_type=IdType.RESIDENT_ID,
        officer_id_number="11010819850505234X",
        officer_phone="13812345678",
        officer_email="anquan@shili-tech.example.cn",
        contact_name="张合规",
        contact_title="法务经理",
        contact_phone="010-62345678",
        contact_email="compliance@shili-tech.example.cn",
        state=EntityState.APPROVED,
    )
    return replace(base, **overrides)


def push_algorithm(**overrides: object) -> Algorithm:
    """A filed personalised-push algorithm of a service provider (three products)."""
    base = Algorithm(
        id=11,
        entity_id=1,
        name="示例资讯个性化推荐算法",
        algo_type=AlgorithmType.PUSH,
        role=Role.PROVIDER,
        state=AlgorithmState.FILED,
        triage=Triage.REQUIRED,
        triage_reason="面向公众的资讯服务，设有评论区，具有舆论属性。",
        public_opinion=True,
        mobilisation=False,
        application_field="新闻资讯",
        scenarios="应用于示例资讯APP首页“推荐”频道及网站、小程序的信息流，为用户推荐资讯文章与短视频。",
        main_use="应用于资讯信息流场景，根据用户兴趣标签与浏览行为，为用户推荐个性化资讯内容。",
        summary="本算法基于用户授权的浏览、点赞、关注等行为数据及内容标签，"
        "计算用户与内容的相关度，为用户生成个性化的资讯推荐列表。",
        principle="采用召回、粗排、精排、重排四阶段架构：多路召回候选内容，"
        "以深度学习模型预估用户点击与阅读时长，结合多样性与内容安全规则重排后展示。",
        mechanism="收集用户授权的行为数据，生成兴趣标签；召回候选内容；模型打分排序；"
        "经内容安全审核与人工干预后，输出推荐结果；用户可关闭个性化推荐或删除兴趣标签。",
        purpose="帮助用户高效获取感兴趣的优质资讯，提升阅读体验，同时保障内容安全与信息多样性。",
        disclosure_text="在示例资讯APP“设置—关于算法”页面公示。",
        input_modalities=(Modality.TEXT, Modality.IMAGE),
        output_modalities=(Modality.TEXT,),
        output_formats="json",
        data_description="训练数据为近六个月用户授权的脱敏行为日志约12亿条及站内文章标签；"
        "线上数据来源于用户实时行为。",
        model_description="双塔召回模型与多目标精排模型，均为自研，按日增量更新。",
        strategy="设置内容安全过滤、热点人工干预、同质内容打散与未成年人模式。",
        risks="存在信息茧房、标签歧视、不良信息传播等风险；采取多样性约束、标签管理、"
        "人工审核与用户关闭个性化推荐等措施。",
        launch_date=date(2024, 3, 1),
        filing_number=PUSH_NUMBER,
        filed_date=date(2024, 6, 18),
    )
    return replace(base, **overrides)


def generation_algorithm(**overrides: object) -> Algorithm:
    """A generation / synthesis algorithm offered by API to business customers (supporter)."""
    base = Algorithm(
        id=12,
        entity_id=1,
        name="示例智能写作生成合成算法",
        algo_type=AlgorithmType.GENERATION,
        role=Role.SUPPORTER,
        state=AlgorithmState.DRAFT,
        triage=Triage.REQUIRED,
        triage_reason="为深度合成服务提供技术支持，依《互联网信息服务深度合成管理规定》第十九条备案。",
        application_field="文本生成",
        scenarios="企业客户通过API调用，为其用户生成营销文案、摘要与问答内容。",
        main_use="应用于文本生成场景，根据用户输入的提示词，生成文案、摘要等文本内容。",
        summary="本算法基于自研大语言模型，根据输入提示生成符合要求的文本，"
        "通过API向企业客户提供文本生成能力。",
        principle="基于Transformer结构的大语言模型，经预训练、指令微调与人类反馈强化学习，"
        "根据上下文逐词预测生成文本。",
        mechanism="接收客户请求，输入内容安全检测；模型推理生成；输出内容安全检测与标识添加；返回结果。",
        purpose="为企业客户提供安全、可靠的文本生成技术服务。",
        input_modalities=(Modality.TEXT,),
        output_modalities=(Modality.TEXT,),
        output_formats="txt、json",
        data_description="预训练语料约2万亿词元，来源于公开网页、图书与授权数据；微调数据约50万条人工标注样本。",
        model_description="自研示例写作大模型v2.1，已完成生成式人工智能服务备案。",
        strategy="输入输出双向内容安全检测，敏感词库每周更新，高风险请求转人工复核。",
        risks="存在生成违法不良信息、虚假信息及被恶意利用的风险；采取安全对齐训练、"
        "内容过滤与调用方审核等措施。",
        service_method="以API和SDK方式向已签约的企业客户提供文本生成能力，"
        "客户须完成实名认证并承诺遵守内容安全要求。",
        labelling_method="在生成文本中添加隐式元数据标识；调用方在展示时添加“AI生成”显式标识。",
        launch_date=date(2026, 2, 9),
        model_ids=(31,),
    )
    return replace(base, **overrides)


def products() -> tuple[LinkedProduct, ...]:
    """The push algorithm's three products as it uses them (link ids 21-23, products 41-43)."""
    return (
        LinkedProduct(
            id=21,
            product_id=41,
            entity_id=1,
            algorithm_id=11,
            go_live=date(2024, 3, 1),
            name="示例资讯",
            form=ProductForm.APP,
            address="各大应用商店搜索“示例资讯”",
            users_served="社会公众",
            real_name_required=True,
            prior_licences="京ICP证110123号",
            functions="首页—推荐：个性化资讯信息流；视频—推荐：个性化短视频推荐。",
            shows_number=True,
            shown_since=date(2024, 6, 25),
            display_link="https://beian.cac.gov.cn/#/index",
        ),
        LinkedProduct(
            id=22,
            product_id=42,
            entity_id=1,
            algorithm_id=11,
            go_live=date(2024, 3, 1),
            name="示例资讯网",
            form=ProductForm.WEBSITE,
            address="https://news.shili-tech.example.cn",
            users_served="社会公众",
            prior_licences="京ICP备12345678号-1",
            functions="首页—为你推荐：个性化资讯列表。",
        ),
        LinkedProduct(
            id=23,
            product_id=43,
            entity_id=1,
            algorithm_id=11,
            go_live=date(2024, 3, 1),
            name="示例资讯小程序",
            form=ProductForm.MINI_PROGRAM,
            address="微信搜索“示例资讯”小程序",
            users_served="社会公众",
            functions="首页—推荐：个性化资讯信息流。",
        ),
    )


def models() -> tuple[Model, ...]:
    return (
        Model(
            id=31,
            entity_id=1,
            name="示例写作大模型",
            version="2.1",
            origin=ModelOrigin.OWN,
            track=ModelTrack.FILING,
            track_number="Beijing-ShiLiXieZuo-202406180001",
            track_date=date(2024, 6, 18),
        ),
    )


def _due(kind: DeadlineKind, trigger: date) -> date:
    """The due date the product computes (never hard-coded: 2026 has adjusted working days)."""
    return due_date(kind, trigger, WorkCalendar()).value


def filing_procedure(**overrides: object) -> Procedure:
    base = Procedure(
        id=41,
        algorithm_id=12,
        kind=ProcedureKind.FILING,
        state=ProcedureState.EDITING,
        trigger_date=date(2026, 2, 9),
        due_date=_due(DeadlineKind.FILING, date(2026, 2, 9)),
    )
    return replace(base, **overrides)


def modification_procedure(**overrides: object) -> Procedure:
    base = Procedure(
        id=42,
        algorithm_id=11,
        kind=ProcedureKind.MODIFICATION,
        state=ProcedureState.EDITING,
        trigger_date=date(2026, 2, 27),
        due_date=_due(DeadlineKind.MODIFICATION, date(2026, 2, 27)),
        filing_number=PUSH_NUMBER,
        reason="新增短视频推荐场景，网站更名，并调整算法安全责任人。",
        changes=(
            Change(
                "algorithm.main_use",
                "应用于资讯信息流场景，为用户推荐个性化资讯内容。",
                "应用于资讯信息流与短视频场景，根据用户兴趣标签与浏览行为，为用户推荐个性化资讯内容。",
            ),
            Change("product[2].name", "示例新闻网", "示例资讯网"),
            Change("entity.officer_name", "赵明", "李安全"),
        ),
    )
    return replace(base, **overrides)


def cancellation_procedure(**overrides: object) -> Procedure:
    base = Procedure(
        id=43,
        algorithm_id=13,
        kind=ProcedureKind.CANCELLATION,
        state=ProcedureState.EDITING,
        trigger_date=date(2026, 1, 30),
        due_date=_due(DeadlineKind.CANCELLATION, date(2026, 1, 30)),
        filing_number=SCHEDULING_NUMBER,
        reason="示例同城配送业务整体下线，配送调度算法停止使用。",
        followup="已提前30日在APP内公告；用户数据按隐私政策删除，网络日志留存六个月后删除；"
        "骑手结算已全部完成。",
    )
    return replace(base, **overrides)


def scheduling_algorithm(**overrides: object) -> Algorithm:
    base = Algorithm(
        id=13,
        entity_id=1,
        name="示例同城配送调度算法",
        algo_type=AlgorithmType.SCHEDULING,
        role=Role.PROVIDER,
        state=AlgorithmState.CANCEL_PENDING,
        triage=Triage.REQUIRED,
        application_field="即时配送",
        main_use="应用于同城配送场景，根据订单与骑手位置，自动派单并规划配送路线。",
        launch_date=date(2024, 1, 15),
        termination_date=date(2026, 1, 30),
        filing_number=SCHEDULING_NUMBER,
    )
    return replace(base, **overrides)


def rows() -> tuple[RegisterRow, ...]:
    owner = entity()
    spec = [
        (push_algorithm(), ProcedureKind.MODIFICATION, modification_procedure().due_date),
        (generation_algorithm(), ProcedureKind.FILING, filing_procedure().due_date),
        (scheduling_algorithm(), ProcedureKind.CANCELLATION, cancellation_procedure().due_date),
    ]
    return tuple(
        RegisterRow(
            algorithm_id=a.id or 0,
            entity_id=owner.id or 0,
            entity_name=owner.name,
            name=a.name,
            algo_type=a.algo_type,
            role=a.role,
            state=a.state,
            triage=a.triage,
            filing_number=a.filing_number,
            launch_date=a.launch_date,
            open_procedure=kind,
            due_date=due,
            due_provisional=False,
            overdue=False,
            search_text=a.name.lower(),
        )
        for a, kind, due in spec
    )


def filing_context(**overrides: object) -> FormContext:
    """The provider's push algorithm with its products, in a filing procedure."""
    base = FormContext(
        entity=entity(),
        algorithm=push_algorithm(filing_number="", state=AlgorithmState.PREPARED),
        products=products(),
        procedure=filing_procedure(algorithm_id=11, trigger_date=date(2024, 3, 1)),
        generated=GENERATED,
    )
    return replace(base, **overrides)


def supporter_context(**overrides: object) -> FormContext:
    """The technical supporter's generation algorithm and its model, in a filing procedure."""
    base = FormContext(
        entity=entity(),
        algorithm=generation_algorithm(),
        models=models(),
        procedure=filing_procedure(),
        generated=GENERATED,
    )
    return replace(base, **overrides)


def modification_context(**overrides: object) -> FormContext:
    base = FormContext(
        entity=entity(),
        algorithm=push_algorithm(state=AlgorithmState.CHANGE_PENDING),
        products=products(),
        procedure=modification_procedure(),
        generated=GENERATED,
    )
    return replace(base, **overrides)


def cancellation_context(**overrides: object) -> FormContext:
    base = FormContext(
        entity=entity(),
        algorithm=scheduling_algorithm(),
        procedure=cancellation_procedure(),
        generated=GENERATED,
    )
    return replace(base, **overrides)


def summary_context(**overrides: object) -> FormContext:
    base = FormContext(
        entity=entity(),
        algorithms=(push_algorithm(), generation_algorithm(), scheduling_algorithm()),
        rows=rows(),
        generated=GENERATED,
    )
    return replace(base, **overrides)


def recovery_context(**overrides: object) -> FormContext:
    base = FormContext(
        entity=entity(),
        recovery_key="K7QM-2XWD-9RTA-HB4E-P3NV-6YJC-UF8L-ZS5G",
        register_id="3f2a9c1e-7b4d-4e0a-9c6f-2d8e1b5a7c30",
        register_path="/home/wang/.local/share/filing-desk/register.fdesk",
        generated=GENERATED,
    )
    return replace(base, **overrides)


def assessed_context(**overrides: object) -> FormContext:
    """The generation algorithm (text and image output) with its labelling assessment, and the
    entity's algorithm-security responsibility assessment (tests/helpers/sheets.py)."""
    from tests.helpers.sheets import labelling_sheet, responsibility_sheet

    algorithm = generation_algorithm(output_modalities=(Modality.TEXT, Modality.IMAGE))
    base = FormContext(
        entity=entity(),
        algorithm=algorithm,
        models=models(),
        generated=GENERATED,
        audit_head="#158 · 3f5a9c01ab12cd34",
        audit_events=158,
        assessments=(labelling_sheet(algorithm), responsibility_sheet(entity())),
    )
    return replace(base, **overrides)


CONTEXTS = {
    "assessment-report": assessed_context,
    "labelling-materials": assessed_context,
    "entity-responsibility": assessed_context,
    "entity-filing": filing_context,
    "algorithm-filing": filing_context,
    "commitment-letter": filing_context,
    "self-assessment": filing_context,
    "public-disclosure": filing_context,
    "modification": modification_context,
    "cancellation": cancellation_context,
    "register-summary": summary_context,
    "recovery-sheet": recovery_context,
    "triage-memo": filing_context,
}


def context_for(form_id: str, **overrides: object) -> FormContext:
    """The demo context each form is usually printed from."""
    return CONTEXTS[form_id](**overrides)
