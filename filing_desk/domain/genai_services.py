"""A generative-AI service (生成式人工智能服务) of an entity and the models it relies on.

Owns the shape of the record only: ``GenAIService`` with its fields declared once (labels, help,
checks) and ``ServiceModel``, one model the service runs or calls. What the record means lives
beside it: the track in ``genai_tracks``, the 备案 / 登记 states in ``genai_states``, the
dashboard alerts in ``genai_alerts`` and material changes in ``genai_changes``.

Pure: no Qt, no database, no I/O. The store, forms and UI build on these records; the record is
``records.RECORD_KINDS["service"]`` (stored by store.genai_services, migration 0014).
Basis: Generative AI Measures arts. 2, 17 and 22; the CAC's notices (domain.md Part A item 14,
Part B §3.2).
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import (
    CorpusSource,
    Modality,
    ModelOrigin,
    ModelTrack,
    ServiceDomain,
    ServiceForm,
    ServiceFunction,
    ServiceState,
)
from filing_desk.domain.fields.declare import Check, declare

CITES = ("genai-measures:2", "genai-measures:17", "genai-measures:22", "cac-genai-notice")
"""What the service record and its tracks rest on (citation ids)."""


@dataclass(frozen=True)
class ServiceModel:
    """A model a service relies on: its own, one it fine-tuned, or a third party's it calls."""

    model_id: int | None = None  # the register's Model record, where one is linked
    name: str = declare(
        "", label=("模型名称", "Model"), help=("模型名称。", "Model name."), required=True
    )
    version: str = declare("", label=("版本", "Version"), help=("模型版本。", "Model version."))
    origin: ModelOrigin = declare(
        ModelOrigin.OWN,
        label=("模型来源", "Origin"),
        help=(
            "自研、微调（含对第三方或开源模型再训练）或调用第三方模型。",
            "Own, fine-tuned (a third-party or open-source model re-trained) or a third party's "
            "model called as it is.",
        ),
    )
    developer: str = declare(
        "",
        label=("开发者", "Developer"),
        help=("模型的研发单位。", "Who built the model."),
    )
    tuned_from: str = declare(
        "",
        label=("基础模型", "Base model"),
        help=("微调所基于的模型。", "The model a fine-tuned model was trained from."),
    )
    filing_number: str = declare(
        "",
        label=("模型备案号", "Model filing number"),
        help=(
            "第三方模型的生成式人工智能服务备案号，如 Beijing-YunQue-20230821。",
            "A third-party model's filing number, e.g. Beijing-YunQue-20230821.",
        ),
        check=Check.MODEL_NUMBER,
    )

    @property
    def is_third_party(self) -> bool:
        return self.origin is ModelOrigin.THIRD_PARTY

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the model across versions: its name and developer, folded."""
        return ("".join(self.name.split()).casefold(), "".join(self.developer.split()).casefold())


@dataclass(frozen=True)
class GenAIService:
    """A public generative-AI service and what its 备案 or 登记 needs (online-filing form)."""

    id: int | None = None
    entity_id: int | None = None
    name: str = declare(
        "", label=("服务名称", "Service"), help=("服务名称。", "Service name."), required=True
    )
    functions: tuple[ServiceFunction, ...] = declare(
        (), label=("主要功能", "Functions"), help=("服务的主要功能。", "What the service does.")
    )
    input_modalities: tuple[Modality, ...] = declare(
        (), label=("输入模态", "Input modalities"), help=("输入的内容类型。", "What it takes in.")
    )
    output_modalities: tuple[Modality, ...] = declare(
        (),
        label=("输出模态", "Output modalities"),
        help=("生成的内容类型。", "What it generates."),
    )
    forms: tuple[ServiceForm, ...] = declare(
        (), label=("服务形式", "Service forms"), help=("提供服务的形式。", "How it is offered.")
    )
    domain: ServiceDomain = declare(
        ServiceDomain.GENERAL,
        label=("服务领域", "Domain"),
        help=("通用或限定领域。", "General or a restricted domain."),
    )
    domain_note: str = declare(
        "",
        label=("限定领域说明", "Restricted domain"),
        help=("限定领域时说明领域。", "The domain, where it is restricted."),
    )
    product_ids: tuple[int, ...] = ()  # the products it powers (product registry)
    algorithm_ids: tuple[int, ...] = ()  # the 生成合成类 algorithm(s) it is filed under
    models: tuple[ServiceModel, ...] = ()
    province: str = declare(
        "",
        label=("属地网信办所在省份", "Province of the local CAC"),
        help=(
            "服务提供者住所地所在省份。",
            "The province of the provider's registered seat, whose CAC receives the filing.",
        ),
    )
    corpus_sources: tuple[CorpusSource, ...] = declare(
        (),
        label=("语料来源", "Corpus sources"),
        help=("训练、标注语料来源。", "Where the training and annotation corpus comes from."),
    )
    corpus_scale: str = declare(
        "",
        label=("语料规模", "Corpus scale"),
        help=("各来源语料的规模。", "How large the corpus is, per source."),
        long=True,
    )
    compute: str = declare(
        "",
        label=("推理算力", "Inference compute"),
        help=("推理所用算力。", "The compute the service infers on."),
    )
    concurrency: int | None = declare(
        None,
        label=("并发量", "Concurrency"),
        help=("可支持的并发请求数。", "How many requests it serves at once."),
    )
    third_party_cloud: str = declare(
        "",
        label=("第三方云服务", "Third-party cloud"),
        help=("使用的第三方云平台（如有）。", "The third-party cloud it runs on, if any."),
    )
    go_live_date: date | None = declare(
        None,
        label=("上线日期", "Go-live date"),
        help=("服务向公众提供之日。", "The day the service is offered to the public."),
    )
    state: ServiceState = declare(
        ServiceState.DRAFT,
        label=("备案/登记状态", "State"),
        help=("备案或登记的进展。", "Where its filing or registration stands."),
        edited=False,
    )
    number: str = declare(
        "",
        label=("备案号/上线编号", "Number"),
        help=(
            "备案通过的备案号或登记的上线编号。",
            "The filing number granted, or the registration number (上线编号).",
        ),
        check=Check.MODEL_NUMBER,
        edited=False,
    )
    approved_date: date | None = declare(
        None,
        label=("备案/登记日期", "Approved on"),
        help=("取得编号之日。", "The day the number was granted."),
        edited=False,
    )
    returned_reasons: tuple[str, ...] = ()  # the CAC's reasons at the latest return (补正)
    track_override: ModelTrack | None = declare(
        None,
        label=("改定的办理方式", "Track chosen by the user"),
        help=(
            "不采用推定的备案或登记时选择，并写明理由。",
            "Choose only to depart from the derived track, with a reason.",
        ),
    )
    override_reason: str = declare(
        "",
        label=("改定理由", "Reason for the choice"),
        help=("为何不采用推定的办理方式。", "Why the derived track does not apply."),
        long=True,
    )
    notes: str = declare(
        "",
        label=("备注", "Notes"),
        help=("本单位内部备注，不报送。", "Internal notes; never submitted."),
    )

    @property
    def modalities(self) -> frozenset[Modality]:
        return frozenset(self.input_modalities) | frozenset(self.output_modalities)

    def is_live(self, today: date) -> bool:
        """Offered to the public: a go-live date on or before ``today``."""
        return self.go_live_date is not None and self.go_live_date <= today

    @property
    def has_approved_number(self) -> bool:
        """Approved and holding its number (a revoked approval holds none)."""
        return self.state is ServiceState.APPROVED and bool(self.number.strip())
