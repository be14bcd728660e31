"""A product of an entity (an app, site, mini-program, API, device…), each field declared once.

No Qt, no I/O, no behaviour beyond its printed title (see ``fields.declare``). A product belongs
to its entity and is typed once: the algorithms (and, later, generative-AI services) it serves
are joined to it by ``ProductLink`` (``fields.product_link``), which holds what is really per
algorithm — the go-live and withdrawal dates, the functions that use the algorithm and the
art. 26 display of its number (domain.md Part A item 15). Name, form and address are filed: a
change to them is a change for every filed algorithm the product is linked to.
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass

from filing_desk.domain.enums import ProductForm
from filing_desk.domain.fields.declare import declare


@dataclass(frozen=True)
class Product:
    """An app, site, mini-program… of an entity, whatever algorithms it uses."""

    id: int | None = None
    entity_id: int | None = None
    name: str = declare(
        "",
        label=("产品名称", "Product name"),
        help=(
            "应用、网站、小程序等的名称；同一产品只登记一次，再关联到各个算法。",
            "The app, site or mini-program; entered once, then linked to each algorithm.",
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

    def title(self, lang: str = "zh") -> str:
        """``名称（形态）`` as the CAC lists write it (``Name (form)`` in English)."""
        if lang.startswith("zh"):
            return f"{self.name}（{self.form.zh}）"
        return f"{self.name} ({self.form.en})"
