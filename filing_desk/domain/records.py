"""The records shared by store, forms, transfer and ui: frozen dataclasses, no behaviour but shape.

No Qt, no database. The store maps table rows to these; form specs address their fields by dotted
keys such as ``algorithm.launch_date`` or ``entity.officer_name``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    AttachmentKind,
    EntityState,
    EntityType,
    Modality,
    ModelOrigin,
    ModelTrack,
    OwnerType,
    ProcedureKind,
    ProcedureState,
    ProductForm,
    Role,
    Triage,
)


@dataclass(frozen=True)
class Entity:
    """主体: the company (or other body) that files."""

    id: int | None = None
    name: str = ""
    uscc: str = ""  # 统一社会信用代码
    entity_type: EntityType = EntityType.ENTERPRISE
    region_code: str = ""  # GB/T 2260, 6 digits
    address: str = ""
    website: str = ""
    legal_rep_name: str = ""  # 法定代表人
    legal_rep_id_type: str = ""
    legal_rep_id_number: str = ""
    officer_name: str = ""  # 算法安全责任人
    officer_id_type: str = ""
    officer_id_number: str = ""
    officer_phone: str = ""
    officer_email: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    state: EntityState = EntityState.DRAFT
    notes: str = ""


@dataclass(frozen=True)
class Model:
    """A model the firm deploys, with its generative-AI track (备案 / 登记 / none)."""

    id: int | None = None
    entity_id: int | None = None
    name: str = ""
    version: str = ""
    origin: ModelOrigin = ModelOrigin.OWN
    base_model: str = ""
    developer: str = ""  # who built it (for third-party models)
    track: ModelTrack = ModelTrack.NOT_REQUIRED
    track_number: str = ""  # Province-Name-YYYYMMDD[NNNN] or …SNNNN
    track_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Product:
    """An app, site, mini-program… that uses an algorithm (Art. 26 display tracked here)."""

    id: int | None = None
    algorithm_id: int | None = None
    name: str = ""
    form: ProductForm = ProductForm.APP
    address: str = ""  # access address: URL, store name, mini-program name
    users_served: str = ""
    real_name_required: bool = False
    prior_licences: str = ""
    functions: str = ""
    shows_number: bool = False  # Algorithm Provisions art. 26
    shown_since: date | None = None
    display_link: str = ""


@dataclass(frozen=True)
class Algorithm:
    """One algorithm in the register, with everything the filing forms ask for."""

    id: int | None = None
    entity_id: int | None = None
    name: str = ""
    algo_type: AlgorithmType = AlgorithmType.PUSH
    role: Role = Role.PROVIDER
    state: AlgorithmState = AlgorithmState.DRAFT
    triage: Triage = Triage.UNDECIDED
    triage_reason: str = ""
    public_opinion: bool = False  # 舆论属性
    mobilisation: bool = False  # 社会动员能力
    application_field: str = ""  # 应用领域
    scenarios: str = ""  # 使用场景
    main_use: str = ""  # 主要用途 (the one sentence the CAC list prints)
    summary: str = ""  # 算法简介
    principle: str = ""  # 算法基本原理
    mechanism: str = ""  # 算法运行机制
    purpose: str = ""  # 算法目的意图
    disclosure_text: str = ""  # 拟公示内容 (free text in addition to the four headings)
    input_modalities: tuple[Modality, ...] = ()
    output_modalities: tuple[Modality, ...] = ()
    output_formats: str = ""
    data_description: str = ""  # 算法数据
    model_description: str = ""  # 算法模型 (free text; linked models are in ``models``)
    strategy: str = ""  # 算法策略 / 干预策略
    risks: str = ""  # 算法风险与防范机制
    service_method: str = ""  # 技术服务方式 (technical supporters)
    labelling_method: str = ""  # 结果标识 (generation/synthesis, Labeling Measures)
    launch_date: date | None = None  # 上线时间: starts the art. 24(1) clock
    termination_date: date | None = None
    filing_number: str = ""  # 21 digits, normalised
    filed_date: date | None = None
    notes: str = ""
    model_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Change:
    """One changed filed field: the basis of a modification (变更)."""

    field: str  # dotted key, e.g. "algorithm.main_use" or "product[3].name"
    old: str
    new: str


@dataclass(frozen=True)
class Procedure:
    """A filing, modification or cancellation of one algorithm."""

    id: int | None = None
    algorithm_id: int | None = None
    kind: ProcedureKind = ProcedureKind.FILING
    state: ProcedureState = ProcedureState.EDITING
    trigger_date: date | None = None  # go-live, change or termination date
    due_date: date | None = None
    due_provisional: bool = False
    submitted_date: date | None = None
    decision_expected: date | None = None  # art. 25: 30 working days after submission
    decision_date: date | None = None
    filing_number: str = ""
    reason: str = ""  # change reason, or termination reason
    followup: str = ""  # cancellation: how follow-up work is handled (妥善安排)
    return_reason: str = ""  # 补正 reason from the CAC
    changes: tuple[Change, ...] = ()
    snapshot: dict[str, str] = field(default_factory=dict)  # frozen filed fields, on submission
    draft: dict[str, str] = field(default_factory=dict)  # wizard answers not yet applied
    created_at: datetime | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment's metadata (the content stays in the register until opened or saved)."""

    id: int
    owner_type: OwnerType
    owner_id: int
    kind: AttachmentKind
    filename: str
    size: int
    sha256: str
    version: int
    superseded: bool
    added_at: datetime


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime  # UTC
    os_user: str
    action: str
    object_type: str
    object_id: int | None
    before: dict[str, object] | None
    after: dict[str, object] | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register table: what the list view and dashboard need, nothing more."""

    algorithm_id: int
    entity_id: int
    entity_name: str
    name: str
    algo_type: AlgorithmType
    role: Role
    state: AlgorithmState
    triage: Triage
    filing_number: str
    launch_date: date | None
    open_procedure: ProcedureKind | None
    due_date: date | None
    due_provisional: bool
    overdue: bool
    search_text: str  # lower-cased haystack for the filter box


@dataclass(frozen=True)
class FormContext:
    """Everything a form may read: the loader resolves spec keys against these attributes."""

    entity: Entity
    algorithm: Algorithm | None = None
    products: tuple[Product, ...] = ()
    models: tuple[Model, ...] = ()
    procedure: Procedure | None = None
    algorithms: tuple[Algorithm, ...] = ()  # the entity's algorithms (register summary)
    rows: tuple[RegisterRow, ...] = ()  # with next due dates (register summary)
    recovery_key: str = ""  # recovery-sheet only
    register_id: str = ""
    register_path: str = ""
    generated: date | None = None
    audit_head: str = ""  # "#158 · 3f5a…": the newest audit event (summary, recovery sheet)
    audit_events: int | None = None


def field_names(record_type: type) -> tuple[str, ...]:
    """The field names of a record dataclass (the spec loader checks keys against these)."""
    return tuple(f.name for f in fields(record_type))
