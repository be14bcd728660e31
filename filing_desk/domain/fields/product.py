"""An app, site, mini-program… that uses an algorithm, each field declared once.

No Qt, no I/O, no behaviour (see ``fields.declare``). Name, form and address are filed: the id
keeps a renamed product the same product in change detection. Whether and where the filing number
is shown is tracked for Algorithm Provisions art. 26.
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import AttachmentKind, ProductForm
from filing_desk.domain.fields.declare import Check, declare


@dataclass(frozen=True)
class Product:
    """An app, site, mini-program… that uses an algorithm (Art. 26 display tracked here)."""

    id: int | None = None
    algorithm_id: int | None = None
    name: str = declare(
        "",
        label=("产品名称", "Product name"),
        help=(
            "使用该算法的应用、网站、小程序等的名称。",
            "The app, site or mini-program using the algorithm.",
        ),
        required=True,
        filed=True,
    )
    form: ProductForm = declare(
        ProductForm.APP,
        label=("产品形态", "Product form"),
        help=("APP、网站、小程序、公众账号等。", "App, website, mini-program, official account…"),
        filed=True,
    )
    address: str = declare(  # access address: URL, store name, mini-program name
        "",
        label=("访问地址", "Access address"),
        help=("网址、应用商店名称或小程序名称。", "URL, app-store name or mini-program name."),
        filed=True,
    )
    users_served: str = declare(
        "",
        label=("服务对象", "Users served"),
        help=("社会公众、企业用户或特定人群。", "The public, enterprises or specific groups."),
    )
    real_name_required: bool = declare(
        False,
        label=("是否实名", "Real-name verification"),
        help=("用户使用前是否需实名认证。", "Whether users must verify their real name."),
    )
    prior_licences: str = declare(
        "",
        label=("已取得的许可", "Prior licences"),
        help=("ICP备案号或经营许可证号等。", "ICP filing or licence number and other permits."),
    )
    functions: str = declare(
        "",
        label=("产品功能", "Functions"),
        help=(
            "按顺序写明访问路径，并介绍使用该算法的功能。",
            "The navigation path in order, and the functions that use the algorithm.",
        ),
        long=True,
        filed=True,
        stale=(AttachmentKind.SELF_ASSESSMENT,),
    )
    shows_number: bool = declare(  # Algorithm Provisions art. 26
        False,
        label=("是否展示备案编号", "Shows the filing number"),
        help=(
            "备案后在显著位置标明备案编号并提供公示信息链接。",
            "After filing, the number is shown prominently with a link to the public record.",
        ),
    )
    shown_since: date | None = declare(
        None,
        label=("展示起始日期", "Number shown since"),
        help=("开始展示备案编号之日。", "The day the filing number was first shown."),
    )
    display_link: str = declare(
        "",
        label=("展示链接", "Where the number is shown"),
        help=("展示备案编号的页面链接。", "A link to the page that shows the filing number."),
        check=Check.URL,
    )
