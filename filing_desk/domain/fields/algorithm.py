"""One algorithm in the register, each of its fields declared once (see ``fields.declare``).

No Qt, no I/O, no behaviour. The order is the record form's; the filed fields (a change opens a
modification) follow domain.md Part A item 8 and Part B §8.4; the CAC's filing form asks for the
rest (domain.md Part B §4.3).
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    AttachmentKind,
    Modality,
    Role,
    Triage,
)
from filing_desk.domain.fields.declare import Check, declare

_DISCLOSED = (AttachmentKind.PUBLIC_DISCLOSURE, AttachmentKind.SELF_ASSESSMENT)
# type, model, modality: the report, and for 生成合成类 the labelling materials (changes.py
# keeps LABELLING only where the algorithm needs it; domain.md Part A item 8)
_ASSESSED = (AttachmentKind.SELF_ASSESSMENT, AttachmentKind.LABELLING)
_MODALITIES = ("文本、图像、音频、视频等；须与自评估报告一致。", "Text, image, audio, video…")


@dataclass(frozen=True)
class Algorithm:
    """One algorithm in the register, with everything the filing forms ask for."""

    id: int | None = None
    entity_id: int | None = None
    name: str = declare(
        "",
        label=("算法名称", "Algorithm name"),
        help=(
            "须与拟公示内容、自评估报告中的名称完全一致。",
            "Must be identical in the disclosure text and the self-assessment report.",
        ),
        required=True,
        filed=True,
        stale=(AttachmentKind.COMMITMENT_LETTER, *_DISCLOSED),
        aliases=("算法", "Algorithm"),
    )
    algo_type: AlgorithmType = declare(
        AlgorithmType.PUSH,
        label=("算法类别", "Algorithm type"),
        help=(
            "生成合成类、个性化推送类、排序精选类、信息检索类、内容过滤类、调度决策类。",
            "Generation, push, ranking, retrieval, filtering or scheduling.",
        ),
        required=True,
        filed=True,
        stale=(*_DISCLOSED, AttachmentKind.LABELLING),
        aliases=("算法类型", "类别", "类型", "Type"),
    )
    role: Role = declare(
        Role.PROVIDER,
        label=("角色", "Role"),
        help=(
            "服务提供者填写产品及功能；服务技术支持者填写技术服务方式。",
            "Providers list products and functions; technical supporters describe their "
            "service method.",
        ),
        filed=True,
        aliases=("算法角色", "主体角色", "填报角色"),
    )
    state: AlgorithmState = declare(
        AlgorithmState.DRAFT,
        label=("状态", "Status"),
        help=("算法在备案生命周期中的状态。", "Where the algorithm is in its filing life."),
        edited=False,
        aliases=("备案状态", "State", "Filing status"),
    )
    triage: Triage = declare(
        Triage.UNDECIDED,
        label=("是否需要备案", "Filing triage"),
        help=(
            "本单位对是否需要备案的判断；属内部法律意见，只打印在备案判断备忘录上。",
            "The entity's own judgement whether filing is required; internal legal advice, "
            "printed only on the triage memo.",
        ),
        aliases=("Triage", "备案判断"),
    )
    triage_reason: str = declare(
        "",
        label=("判断理由", "Triage reason"),
        help=(
            "作出上述判断的理由；仅用于内部备忘录，不报送。",
            "Why the triage answer was given; for the internal memo only, never submitted.",
        ),
        long=True,
    )
    launch_date: date | None = declare(  # 上线时间: starts the art. 24(1) clock
        None,
        label=("上线时间", "Go-live date"),
        help=(
            "开始提供服务之日；备案期限自此起算十个工作日。",
            "The day the service went live; the ten-working-day filing clock starts here.",
        ),
        aliases=("上线日期", "Launch date"),
    )
    main_use: str = declare(  # the one sentence the CAC list prints
        "",
        label=("主要用途", "Main use"),
        help=(
            "一句话：应用于何种场景，通过何种方式，实现何种功能。",
            "One sentence: used in which scenario, doing what, by what means.",
        ),
        filed=True,
        aliases=("用途",),
    )
    application_field: str = declare(
        "",
        label=("应用领域", "Field of application"),
        help=(
            "如用户内容生成、短视频、电子商务。",
            "E.g. user-generated content, short video, e-commerce.",
        ),
        filed=True,
        aliases=("Field", "Application field"),
    )
    scenarios: str = declare(
        "",
        label=("使用场景", "Usage scenarios"),
        help=(
            "算法在哪些业务环节、以何种方式被使用。",
            "Where and how the algorithm is used in the service.",
        ),
        long=True,
        filed=True,
        stale=_DISCLOSED,
        aliases=("应用场景", "Scenario", "Scenarios"),
    )
    public_opinion: bool = declare(
        False,
        label=("舆论属性", "Public-opinion attributes"),
        help=(  # citations.py "sa-rules:2/1" (per-se categories) and "sa-rules:2/2"
            "开办论坛、博客、微博客、聊天室、通讯群组、公众账号、短视频、网络直播、信息分享、"
            "小程序等信息服务或附设相应功能的，本身即具有舆论属性（2018年安全评估规定第二条第"
            "（一）项）；其他服务看是否提供公众舆论表达渠道（第二条第（二）项）。",
            "Forums, blogs, microblogs, chat rooms, communication groups, public accounts, short "
            "video, live streaming, information sharing or mini-programs, or such a function "
            "added, have the attribute as such (2018 Security Assessment Provisions art. 2(1)); "
            "any other service has it when it gives the public a channel to voice opinions "
            "(art. 2(2)).",
        ),
    )
    mobilisation: bool = declare(
        False,
        label=("社会动员能力", "Social-mobilisation capability"),
        help=(
            "是否能够发动社会公众从事特定活动。",
            "Whether the service can mobilise the public to take specific actions.",
        ),
        aliases=("Mobilisation capability",),
    )
    summary: str = declare(
        "",
        label=("算法简介", "Summary"),
        help=(
            "概述算法的功能、服务对象与范围。",
            "What the algorithm does, for whom, and its scope.",
        ),
        long=True,
    )
    principle: str = declare(
        "",
        label=("算法基本原理", "Basic principle"),
        help=("以公众可理解的方式说明算法原理。", "The principle, in words the public can follow."),
        long=True,
        filed=True,
        stale=_DISCLOSED,
        aliases=("基本原理", "Principle"),
    )
    mechanism: str = declare(
        "",
        label=("算法运行机制", "Operating mechanism"),
        help=(
            "输入、处理、输出及人工干预的主要环节。",
            "The main steps: input, processing, output and human intervention.",
        ),
        long=True,
        filed=True,
        stale=_DISCLOSED,
        aliases=("运行机制", "Mechanism"),
    )
    purpose: str = declare(
        "",
        label=("算法目的意图", "Purpose"),
        help=("使用算法要达到的目的。", "What the algorithm is meant to achieve."),
        long=True,
        filed=True,
        stale=_DISCLOSED,
        aliases=("目的意图",),
    )
    disclosure_text: str = declare(  # free text besides the four headings of the disclosure
        "",
        label=("拟公示内容", "Disclosure text"),
        help=(
            "原理、机制、场景、目的四项之外拟公示的内容。",
            "What is to be published besides principle, mechanism, scenarios and purpose.",
        ),
        long=True,
        filed=True,
        stale=(AttachmentKind.PUBLIC_DISCLOSURE,),
    )
    input_modalities: tuple[Modality, ...] = declare(
        (),
        label=("输入模态", "Input modalities"),
        help=_MODALITIES,
        filed=True,
        stale=_ASSESSED,
        aliases=("输入数据模态",),
    )
    output_modalities: tuple[Modality, ...] = declare(
        (),
        label=("输出模态", "Output modalities"),
        help=_MODALITIES,
        filed=True,
        stale=_ASSESSED,
        aliases=("输出数据模态",),
    )
    output_formats: str = declare(
        "",
        label=("输出格式", "Output file formats"),
        help=("如 txt、json、png、mp3、mp4。", "E.g. txt, json, png, mp3, mp4."),
        aliases=("输出文件格式", "Output formats"),
    )
    data_description: str = declare(
        "",
        label=("算法数据", "Algorithm data"),
        help=(
            "训练数据集的来源、规模、标注方式及线上数据来源。",
            "Training data sources, scale and labelling; online data sources.",
        ),
        long=True,
        filed=True,
        stale=(AttachmentKind.SELF_ASSESSMENT,),
        aliases=("Data",),
    )
    model_description: str = declare(  # free text; the linked models are ``model_ids``
        "",
        label=("算法模型", "Algorithm model"),
        help=(
            "模型结构、训练目标与评价指标；调用第三方模型的注明其备案号。",
            "Model structure, objective and metrics; third-party models with their filing numbers.",
        ),
        long=True,
        filed=True,
        stale=_ASSESSED,
        aliases=("Model description",),
    )
    strategy: str = declare(
        "",
        label=("算法策略", "Strategy"),
        help=("干预策略、审核机制及人工复核。", "Intervention strategy, review and human checks."),
        long=True,
        filed=True,
        stale=(AttachmentKind.SELF_ASSESSMENT,),
        aliases=("干预策略",),
    )
    risks: str = declare(
        "",
        label=("算法风险与防范机制", "Risks and safeguards"),
        help=("主要风险及对应的防范措施。", "The main risks and the measures against them."),
        long=True,
        aliases=("风险与防范机制", "Risks"),
    )
    service_method: str = declare(  # technical supporters
        "",
        label=("技术服务方式", "Technical service method"),
        help=(
            "如 API、SDK、私有化部署；服务的企业客户类型。",
            "E.g. API, SDK, on-premises; which business customers are served.",
        ),
        long=True,
        aliases=("Service method",),
    )
    labelling_method: str = declare(  # Labeling Measures 2025: generation/synthesis only
        "",
        label=("结果标识", "Labelling method"),
        help=(
            "显式标识与隐式标识的方式（生成合成类）。",
            "Explicit and implicit labels (generation / synthesis).",
        ),
        long=True,
        filed=True,
        when=(("algo_type", (AlgorithmType.GENERATION.value,)),),
        stale=(AttachmentKind.LABELLING,),
        aliases=("标识方法", "生成合成内容标识方式"),
    )
    termination_date: date | None = declare(
        None,
        label=("终止服务时间", "Termination date"),
        help=("停止提供服务之日；注销期限自此起算。", "The day the service ended."),
        edited=False,
        aliases=("终止日期",),
    )
    filing_number: str = declare(  # 21 digits, normalised
        "",
        label=("备案编号", "Filing number"),
        help=(
            "已备案的填写网信算备编号；首次备案留空。",
            "The filing number once issued; blank for a first filing.",
        ),
        check=Check.FILING_NUMBER,
        edited=False,
        aliases=("备案号", "算法备案编号"),
    )
    filed_date: date | None = declare(
        None,
        label=("备案时间", "Filed date"),
        help=("网信部门准予备案之日。", "The day the CAC granted the filing."),
        edited=False,
        aliases=("备案日期",),
    )
    public_record_url: str = declare(  # art. 26: the number is shown with this link
        "",
        label=("公示信息链接", "Public record link"),
        help=(
            "网信部门公示本算法备案信息的网页链接（备案后取得）。",
            "The link to the CAC's published record of this filing (once filed).",
        ),
        check=Check.URL,
        aliases=("公示链接", "Public record URL"),
        added="0004",
    )
    list_batch: str = declare(  # set by a CAC-list import: the first list it appeared in
        "",
        label=("公示批次", "List batch"),
        help=(
            "首次列入网信部门公布的备案清单的批次，如 2025年7月。",
            "The batch of the CAC's published list it first appeared in, e.g. 2025年7月.",
        ),
        aliases=("批次", "Batch"),
        added="0006",
    )
    list_published: date | None = declare(
        None,
        label=("公示日期", "List publication date"),
        help=(
            "该批清单的发布日期。",
            "The day the CAC published that list.",
        ),
        aliases=("公布日期", "Published"),
        added="0006",
    )
    notes: str = declare(
        "",
        label=("算法备注", "Algorithm notes"),
        help=("本单位内部备注，不报送。", "Internal notes; never submitted."),
        aliases=("Notes",),
    )
    model_ids: tuple[int, ...] = ()
