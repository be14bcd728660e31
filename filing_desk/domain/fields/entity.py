"""主体: the entity that files, each of its fields declared once (see ``fields.declare``).

No Qt, no I/O, no behaviour. Labels are the register sheet's words, which need no heading around
them; a form spec overrides them where its printed page words a field differently.
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import (
    AttachmentKind,
    EntityState,
    EntityType,
    IdType,
    LicenceType,
)
from filing_desk.domain.fields.declare import Check, declare

_ID_TYPE_HELP = (
    "居民身份证的号码按 GB 11643-1999 校验码核对；其他证件不核对。",
    "A resident identity card's number is checked by its GB 11643-1999 check digit; other "
    "documents are not checked.",
)
_ID_NUMBER_HELP = ("证件上的号码。", "The number on the ID document.")


@dataclass(frozen=True)
class Entity:
    """主体: the company (or other body) that files."""

    id: int | None = None
    name: str = declare(
        "",
        label=("主体名称", "Entity name"),
        column=("主体名称", "Entity"),
        help=("与营业执照上的名称完全一致。", "Exactly as on the business licence."),
        required=True,
        filed=True,
        stale=(AttachmentKind.BUSINESS_LICENCE, AttachmentKind.COMMITMENT_LETTER),
        aliases=("备案主体", "公司名称", "企业名称"),
    )
    uscc: str = declare(
        "",
        label=("统一社会信用代码", "Unified social credit code"),
        help=(
            "18位，含校验码（GB 32100-2015）。",
            "18 characters including the check character (GB 32100-2015).",
        ),
        check=Check.USCC,
        aliases=("USCC", "社会信用代码", "信用代码", "Credit code"),
    )
    entity_type: EntityType = declare(
        EntityType.ENTERPRISE,
        label=("主体类型", "Entity type"),
        help=(
            "企业、事业单位、社会团体或其他。",
            "Enterprise, public institution, social organisation or other.",
        ),
        aliases=("单位类型",),
    )
    region_code: str = declare(
        "",
        label=("行政区划代码", "Region code"),
        help=(
            "GB/T 2260 六位行政区划代码，如 110108（北京市海淀区）。",
            "Six-digit GB/T 2260 region code, e.g. 110108 (Haidian, Beijing).",
        ),
        check=Check.REGION_CODE,
        aliases=("地区代码", "注册地（行政区划代码）"),
    )
    address: str = declare(
        "",
        label=("主体地址", "Address"),
        help=(
            "营业执照所载住所，精确到门牌号。",
            "The address on the business licence, down to the street number.",
        ),
        aliases=("住所", "注册地址", "详细地址"),
    )
    website: str = declare(
        "",
        label=("主体网站", "Website"),
        help=("主体官方网站（如有）。", "The entity's official website, if any."),
        check=Check.URL,
        aliases=("网址",),
    )
    licence_type: LicenceType = declare(  # 主体证件 (domain.md Part B §4.2)
        LicenceType.NOT_GIVEN,
        label=("主体证件类型", "Licence type"),
        help=(
            "营业执照、事业单位法人证书、社会团体法人登记证书等。",
            "Business licence, public institution or social organisation certificate, etc.",
        ),
        aliases=("证件类型",),
        added="0006",
    )
    licence_number: str = declare(
        "",
        label=("主体证件号码", "Licence number"),
        help=(
            "证件上的号码，通常即统一社会信用代码。",
            "The number on the licence, usually the unified social credit code.",
        ),
        aliases=("证件号码",),
        added="0006",
    )
    licence_address: str = declare(
        "",
        label=("证件地址", "Address on licence"),
        help=("主体证件所载地址。", "The address the licence states."),
        aliases=("证件住所",),
        added="0006",
    )
    licence_valid_from: date | None = declare(
        None,
        label=("证件有效期起", "Licence valid from"),
        help=("证件有效期的起始日。", "The first day the licence is valid."),
        aliases=("有效期起",),
        added="0006",
    )
    licence_valid_until: date | None = declare(
        None,
        label=("证件有效期至", "Licence valid until"),
        help=("长期有效的留空。", "Leave blank when the licence has no end date (长期)."),
        aliases=("有效期至",),
        added="0006",
    )
    icp_number: str = declare(
        "",
        label=("ICP备案号或许可证号", "ICP filing or licence number"),
        help=(
            "如 京ICP备12345678号-1 或 京B2-20201234，照录。",
            "E.g. 京ICP备12345678号-1 or 京B2-20201234, as written.",
        ),
        check=Check.ICP_NUMBER,
        aliases=("ICP备案号", "ICP许可证号", "ICP"),
        added="0006",
    )
    news_licence_number: str = declare(
        "",
        label=("互联网新闻信息服务许可证编号", "News information service licence number"),
        help=("持有该许可证的填写。", "Only where the entity holds this licence."),
        aliases=("新闻许可证编号",),
        added="0006",
    )
    monthly_active_users: int | None = declare(
        None,
        label=("月活跃用户量", "Monthly active users"),
        help=("整数，不知道的留空。", "A whole number; blank when not known."),
        aliases=("月活", "MAU"),
        added="0006",
    )
    legal_rep_name: str = declare(
        "",
        label=("法定代表人", "Legal representative"),
        help=(
            "与营业执照一致；需上传身份证件正反面。",
            "As on the business licence; ID copies (both sides) are uploaded.",
        ),
        filed=True,
        stale=(AttachmentKind.ID_COPY, AttachmentKind.COMMITMENT_LETTER),
        aliases=("法人", "法定代表人姓名"),
    )
    legal_rep_id_type: IdType = declare(  # was free text: store.schema keeps its TEXT column
        IdType.NOT_GIVEN,
        label=("法定代表人证件类型", "Legal representative ID type"),
        help=_ID_TYPE_HELP,
    )
    legal_rep_id_number: str = declare(
        "",
        label=("法定代表人证件号码", "Legal representative ID number"),
        help=_ID_NUMBER_HELP,
        check=Check.ID_NUMBER,
    )
    officer_name: str = declare(  # 算法安全责任人
        "",
        label=("算法安全责任人", "Algorithm security officer"),
        help=(
            "本单位在职人员，负责算法安全管理。",
            "A named employee responsible for algorithm security.",
        ),
        filed=True,
        stale=(AttachmentKind.ID_COPY, AttachmentKind.RESPONSIBILITY_STATEMENT),
        aliases=("安全责任人", "Security officer", "算法安全责任人姓名"),
    )
    officer_id_type: IdType = declare(
        IdType.NOT_GIVEN,
        label=("算法安全责任人证件类型", "Officer ID type"),
        help=_ID_TYPE_HELP,
    )
    officer_id_number: str = declare(
        "",
        label=("算法安全责任人证件号码", "Officer ID number"),
        help=_ID_NUMBER_HELP,
        check=Check.ID_NUMBER,
    )
    officer_phone: str = declare(
        "",
        label=("算法安全责任人电话", "Officer phone"),
        help=("用于接收备案系统短信。", "Receives the filing system's text messages."),
        check=Check.PHONE,
    )
    officer_email: str = declare(
        "",
        label=("算法安全责任人邮箱", "Officer email"),
        help=("用于接收备案系统通知。", "Receives the filing system's notices."),
        check=Check.EMAIL,
    )
    contact_name: str = declare(
        "",
        label=("联系人", "Contact name"),
        help=("日常办理备案事务的人员。", "The person who handles filing day to day."),
        aliases=("Contact", "联系人姓名"),
    )
    contact_title: str = declare(
        "", label=("联系人职务", "Contact title"), help=("如法务经理。", "E.g. legal manager.")
    )
    contact_phone: str = declare(
        "",
        label=("联系人电话", "Contact phone"),
        help=("手机号码。", "Mobile number."),
        check=Check.PHONE,
    )
    contact_email: str = declare(
        "",
        label=("联系人邮箱", "Contact email"),
        help=("电子邮箱地址。", "E-mail address."),
        check=Check.EMAIL,
    )
    state: EntityState = declare(
        EntityState.DRAFT,
        label=("主体状态", "Entity state"),
        help=("主体信息在备案系统中的审核状态。", "Review state of the entity information."),
        edited=False,
    )
    notes: str = declare(
        "",
        label=("主体备注", "Entity notes"),
        help=("本单位内部备注，不报送。", "Internal notes; never submitted."),
    )
