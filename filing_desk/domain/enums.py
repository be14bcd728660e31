"""The domain's enumerations, each value the code stored in the register, with zh and en labels.

No Qt, no database. Form specs name these enums by class name (``choices = "AlgorithmType"``);
``ENUMS`` is the table they are looked up in.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Chinese and an English label.

    Members are declared as ``NAME = ("stored-code", "中文", "English")``.
    """

    zh: str
    en: str

    def __new__(cls, value: str, zh: str = "", en: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh or value
        obj.en = en or value
        return obj

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Find a member by stored code, name, or either label (case-insensitive for English)."""
        key = text.strip()
        for member in cls:
            if key in (member.value, member.name, member.zh) or key.lower() == member.en.lower():
                return member
        raise ValueError(f"{text!r} is not a {cls.__name__}")


class AlgorithmType(LabelledEnum):
    """The six type codes embedded in filing numbers (domain.md Part A item 6)."""

    GENERATION = ("01", "生成合成类", "Generation / synthesis")
    PUSH = ("02", "个性化推送类", "Personalised push")
    RANKING = ("03", "排序精选类", "Ranking / curation")
    RETRIEVAL = ("04", "信息检索类", "Information retrieval")
    FILTERING = ("05", "内容过滤类", "Content filtering")
    SCHEDULING = ("06", "调度决策类", "Scheduling / decision-making")

    @property
    def statutory_family(self) -> str:
        """The Algorithm Provisions art. 2 family (04 and 05 share 检索过滤类)."""
        if self in (AlgorithmType.RETRIEVAL, AlgorithmType.FILTERING):
            return "检索过滤类"
        return self.zh


class Role(LabelledEnum):
    PROVIDER = ("provider", "服务提供者", "Service provider")
    SUPPORTER = ("supporter", "服务技术支持者", "Technical supporter")


class Triage(LabelledEnum):
    """Whether the user judged that the algorithm must be filed (domain.md Part A item 5)."""

    REQUIRED = ("required", "需要备案", "Filing required")
    NOT_REQUIRED = ("not_required", "无需备案", "Filing not required")
    UNDECIDED = ("undecided", "待判断", "Undecided")


class ProductForm(LabelledEnum):
    APP = ("app", "APP", "App")
    WEBSITE = ("website", "网站", "Website")
    MINI_PROGRAM = ("mini_program", "小程序", "Mini-program")
    OFFICIAL_ACCOUNT = ("official_account", "公众账号", "Official account")
    DESKTOP = ("desktop", "桌面应用程序", "Desktop application")
    PLUGIN = ("plugin", "插件", "Plug-in")
    API = ("api", "API", "API")
    QUICK_APP = ("quick_app", "快应用", "Quick app")
    H5 = ("h5", "H5", "H5 page")
    OTHER = ("other", "其他", "Other")


class EntityType(LabelledEnum):
    ENTERPRISE = ("enterprise", "企业", "Enterprise")
    PUBLIC_INSTITUTION = ("public_institution", "事业单位", "Public institution")
    SOCIAL_ORGANISATION = ("social_organisation", "社会团体", "Social organisation")
    OTHER = ("other", "其他", "Other")


class LicenceType(LabelledEnum):
    """主体证件类型: the document that constitutes the entity (domain.md Part B §4.2)."""

    NOT_GIVEN = ("", "", "")
    BUSINESS_LICENCE = ("business_licence", "营业执照", "Business licence")
    INSTITUTION_CERTIFICATE = (
        "institution_certificate",
        "事业单位法人证书",
        "Public institution legal person certificate",
    )
    SOCIAL_ORGANISATION_CERTIFICATE = (
        "social_org_certificate",
        "社会团体法人登记证书",
        "Social organisation registration certificate",
    )
    PRIVATE_NON_ENTERPRISE_CERTIFICATE = (
        "private_non_enterprise",
        "民办非企业单位登记证书",
        "Private non-enterprise unit registration certificate",
    )
    OTHER = ("other", "其他", "Other")


class EntityState(LabelledEnum):
    """Entity (主体) filing state (domain.md Part B §8.4)."""

    DRAFT = ("ent_draft", "主体草稿", "Entity draft")
    SUBMITTED = ("ent_submitted", "主体审核中", "Entity submitted")
    RETURNED = ("ent_returned", "主体退回", "Entity returned")
    APPROVED = ("ent_approved", "主体已通过", "Entity approved")


class AlgorithmState(LabelledEnum):
    """One algorithm's filing life (domain.md Part B §8.4)."""

    DRAFT = ("draft", "草稿", "Draft")
    PREPARED = ("prepared", "材料齐备", "Prepared")
    SUBMITTED = ("submitted", "已提交审核中", "Submitted")
    RETURNED = ("returned", "退回补正", "Returned for correction")
    FILED = ("filed", "已备案", "Filed")
    CHANGE_PENDING = ("change_pending", "变更待办", "Change pending")
    CHANGE_SUBMITTED = ("change_submitted", "变更审核中", "Change submitted")
    CANCEL_PENDING = ("cancel_pending", "注销待办", "Cancellation pending")
    CANCEL_SUBMITTED = ("cancel_submitted", "注销审核中", "Cancellation submitted")
    CANCELLED = ("cancelled", "已注销", "Cancelled")
    REVOKED = ("revoked", "被撤销备案", "Filing revoked")
    CANCELLED_BY_CAC = ("cancelled_by_cac", "被注销备案", "Cancelled by the CAC")
    ABANDONED = ("abandoned", "已放弃", "Abandoned")


class ProcedureKind(LabelledEnum):
    """Algorithm Provisions art. 24: the three procedures."""

    FILING = ("filing", "备案", "Filing")
    MODIFICATION = ("modification", "变更", "Modification")
    CANCELLATION = ("cancellation", "注销", "Cancellation")


class ProcedureState(LabelledEnum):
    """One procedure's state; RETURNED goes back to EDITING for 补正 and resubmission."""

    EDITING = ("editing", "填报中", "Editing")
    READY = ("ready", "待提交", "Ready to submit")
    SUBMITTED = ("submitted", "已提交", "Submitted")
    RETURNED = ("returned", "退回补正", "Returned for correction")
    COMPLETED = ("completed", "已办结", "Completed")
    WITHDRAWN = ("withdrawn", "已撤回", "Withdrawn")
    # Opened by mistake and discarded by the user (never submitted): not a withdrawal the CAC saw.
    DISCARDED = ("discarded", "误开已作废", "Discarded (opened by mistake)")


class DeadlineKind(LabelledEnum):
    """The clocks of Algorithm Provisions arts. 24 and 25 and of the 2018 security-assessment
    rules art. 7 (working days)."""

    FILING = ("filing", "备案期限", "Filing deadline")
    MODIFICATION = ("modification", "变更期限", "Modification deadline")
    CANCELLATION = ("cancellation", "注销期限", "Cancellation deadline")
    REVIEW = ("review", "预计审核决定", "Decision expected by")
    # 2018 security-assessment rules art. 7: triggers (3)-(5), thirty working days
    SECURITY_ASSESSMENT = ("security-assessment", "安全评估报送期限", "Security assessment due")


class ModelOrigin(LabelledEnum):
    OWN = ("own", "自研", "Own model")
    FINE_TUNED = ("fine_tuned", "微调", "Fine-tuned")
    THIRD_PARTY = ("third_party", "第三方", "Third-party")


class ModelTrack(LabelledEnum):
    """Generative-AI model track: 备案 (filing), 登记 (registration) or none."""

    FILING = ("filing", "大模型备案", "Model filing")
    REGISTRATION = ("registration", "登记", "Registration")
    NOT_REQUIRED = ("not_required", "无需", "Not required")


class ServiceFunction(LabelledEnum):
    """A generative-AI service's main functions, as the online-filing form lists them (§3.2)."""

    CHAT = ("chat", "人机对话", "Conversation")
    TEXT = ("text", "文字生成", "Text generation")
    IMAGE = ("image", "图片生成", "Image generation")
    VOICE = ("voice", "声音合成", "Voice synthesis")
    VIDEO = ("video", "视频合成", "Video synthesis")
    CODE = ("code", "代码生成或优化", "Code generation or optimisation")
    OTHER = ("other", "其他", "Other")


class ServiceForm(LabelledEnum):
    APP = ("app", "APP", "App")
    WEB = ("web", "网页", "Web")
    MINI_PROGRAM = ("mini_program", "小程序", "Mini-program")
    API = ("api", "API", "API")
    DEVICE = ("device", "智能终端设备", "Device")


class ServiceDomain(LabelledEnum):
    GENERAL = ("general", "通用", "General")
    RESTRICTED = ("restricted", "限定领域", "Restricted domain")


class CorpusSource(LabelledEnum):
    OPEN_SOURCE = ("open_source", "开源语料", "Open-source")
    SELF_COLLECTED = ("self_collected", "自采语料", "Self-collected")
    COMMERCIAL = ("commercial", "商业语料", "Commercial")


class ServiceState(LabelledEnum):
    """A generative-AI service's 备案 / 登记 (domain.md Part A item 14; steps in genai_states)."""

    DRAFT = ("draft", "草稿", "Draft")
    PREPARED = ("prepared", "材料齐备", "Materials ready")
    SUBMITTED = ("submitted", "已报属地网信办", "Submitted to the local CAC")
    PROVINCIAL_PASSED = ("provincial_passed", "省级初审通过", "Provincial review passed")
    NATIONAL_REVIEW = ("national_review", "国家复审中", "In national review")
    RETURNED = ("returned", "退回补正", "Returned for correction")
    APPROVED = ("approved", "已备案/已登记", "Approved")
    WITHDRAWN = ("withdrawn", "已撤回", "Withdrawn")
    REVOKED = ("revoked", "被撤销", "Approval revoked")


class Modality(LabelledEnum):
    TEXT = ("text", "文本", "Text")
    IMAGE = ("image", "图像", "Image")
    AUDIO = ("audio", "音频", "Audio")
    VIDEO = ("video", "视频", "Video")
    VIRTUAL_SCENE = ("virtual_scene", "虚拟场景", "Virtual scene")


class AttachmentKind(LabelledEnum):
    """Materials the procedures need (domain.md Part A item 11)."""

    BUSINESS_LICENCE = ("business_licence", "营业执照", "Business licence")
    ID_COPY = ("id_copy", "身份证件复印件", "ID copy")
    COMMITMENT_LETTER = ("commitment_letter", "算法备案承诺书", "Commitment letter")
    RESPONSIBILITY_STATEMENT = (
        "responsibility_statement",
        "落实算法安全主体责任基本情况",
        "Statement on algorithm-security responsibility",
    )
    SELF_ASSESSMENT = ("self_assessment", "算法安全自评估报告", "Self-assessment report")
    PUBLIC_DISCLOSURE = ("public_disclosure", "拟公示内容", "Public disclosure text")
    LABELLING = ("labelling", "标识相关材料", "Labelling materials")
    CAC_NOTICE = ("cac_notice", "网信部门通知", "CAC notice")
    SCREENSHOT = ("screenshot", "截图", "Screenshot")
    # a generative-AI service's online filing (上线备案表) and its annexes (domain.md Part B §3.2)
    GENAI_ASSESSMENT = ("genai_assessment", "安全评估报告", "Security assessment report")
    SERVICE_AGREEMENT = ("service_agreement", "模型服务协议", "Model service agreement")
    ANNOTATION_RULES = ("annotation_rules", "语料标注规则", "Corpus annotation rules")
    KEYWORD_LIST = ("keyword_list", "拦截关键词列表", "Blocked-keyword list")
    TEST_QUESTIONS = ("test_questions", "评估测试题集", "Test question bank")
    TEST_ACCOUNT = ("test_account", "测试账号", "Test account for the regulator")
    OTHER = ("other", "其他", "Other")


class IdType(LabelledEnum):
    """An identity document's type (domain.md Part A item 16).

    The codes are the documents' Chinese names: the field was free text before, and these are
    the words it held, so a stored value loads as it is. Other stored words load by
    ``_missing_`` (variants such as 身份证 or 台胞证; anything else is OTHER); "" is not given.
    """

    NOT_GIVEN = ("", "", "")
    RESIDENT_ID = ("居民身份证", "居民身份证", "Resident identity card")
    HK_MACAO_PERMIT = (
        "港澳居民来往内地通行证",
        "港澳居民来往内地通行证",
        "Mainland travel permit for Hong Kong and Macao residents",
    )
    TAIWAN_PERMIT = (
        "台湾居民来往大陆通行证",
        "台湾居民来往大陆通行证",
        "Mainland travel permit for Taiwan residents",
    )
    PASSPORT = ("护照", "护照", "Passport")
    FOREIGN_PERMANENT_RESIDENT = (
        "外国人永久居留身份证",
        "外国人永久居留身份证",
        "Foreign permanent resident ID card",
    )
    OTHER = ("其他", "其他", "Other")

    @classmethod
    def _missing_(cls, value: object) -> IdType:
        """A word stored when the type was free text: a known variant, else OTHER."""
        text = "".join(str(value).split()).lower()
        for words, member in _ID_TYPE_WORDS:
            if any(w in text for w in words):
                return member
        return cls.OTHER

    @classmethod
    def parse(cls, text: str) -> IdType:
        """A code, name or label, or a common variant (身份证, 台胞证…); other words raise."""
        try:
            return cls(super().parse(text))
        except ValueError:
            found = cls._missing_(text)
            if found is cls.OTHER:
                raise
            return found


class Severity(LabelledEnum):
    ERROR = ("error", "错误", "Error")
    WARNING = ("warning", "警告", "Warning")


class OwnerType(LabelledEnum):
    """What an attachment or audit event belongs to."""

    ENTITY = ("entity", "主体", "Entity")
    ALGORITHM = ("algorithm", "算法", "Algorithm")
    MODEL = ("model", "模型", "Model")
    PRODUCT = ("product", "产品", "Product")
    PROCEDURE = ("procedure", "办理事项", "Procedure")
    SERVICE = ("service", "生成式人工智能服务", "Generative-AI service")
    ATTACHMENT = ("attachment", "附件", "Attachment")
    CALENDAR = ("calendar", "工作日历", "Calendar")
    SETTING = ("setting", "设置", "Setting")


ENUMS: dict[str, type[LabelledEnum]] = {
    cls.__name__: cls
    for cls in (
        AlgorithmType,
        Role,
        Triage,
        ProductForm,
        EntityType,
        LicenceType,
        EntityState,
        AlgorithmState,
        ProcedureKind,
        ProcedureState,
        DeadlineKind,
        ModelOrigin,
        ModelTrack,
        ServiceFunction,
        ServiceForm,
        ServiceDomain,
        CorpusSource,
        ServiceState,
        Modality,
        AttachmentKind,
        Severity,
        OwnerType,
        IdType,
    )
}

_ID_TYPE_WORDS: tuple[tuple[tuple[str, ...], IdType], ...] = (
    # order matters: 外国人永久居留身份证 contains 身份证
    (("外国人永久居留", "永居证", "permanent"), IdType.FOREIGN_PERMANENT_RESIDENT),
    (("港澳", "回乡证", "hongkong", "macao", "macau"), IdType.HK_MACAO_PERMIT),
    (("台湾居民", "台胞证", "taiwan"), IdType.TAIWAN_PERMIT),
    (("护照", "passport"), IdType.PASSPORT),
    (("身份证", "resident", "identitycard", "idcard"), IdType.RESIDENT_ID),
)
"""Words that name an ID type in text stored before the type was an enumeration (lower-cased,
without spaces: ``_missing_`` folds the text the same way)."""
