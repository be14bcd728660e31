"""A product joined to an algorithm, each field declared once; and the two read together.

No Qt, no I/O. ``ProductLink`` holds what belongs to one algorithm on one product (domain.md
Part A items 10 and 15; Part B §4.3(c)): when the algorithm went live on the product
(关联上线日期) and when it was taken off (停用/撤下日期), the function access path and functions
that use it, and whether the product shows the algorithm's filing number (Algorithm Provisions
art. 26). The functions are filed; the dates date the changes the link makes (``product_changes``).

A link names its product and its algorithm. A generative-AI service will link to products the
same way: a ``service_id`` beside ``algorithm_id`` (exactly one of them set), the functions and the
display (the service's 上线编号) being as much per service as they are per algorithm.

``LinkedProduct`` is a product as one algorithm uses it — the product's own fields and its link's,
flat — which is what the algorithm's forms, the procedure wizard and change detection read
(keys ``product.name``, ``product.functions``, ``product[<link id>].name``). Its ``id`` is the
link's: a product linked twice (once withdrawn) is two items.
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import ClassVar

from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.fields.declare import Check, declare
from filing_desk.domain.fields.product import Product


@dataclass(frozen=True)
class ProductLink:
    """One algorithm on one product: its dates, its functions, the display of its number."""

    id: int | None = None
    product_id: int | None = None
    algorithm_id: int | None = None
    go_live: date | None = declare(
        None,
        label=("关联上线日期", "Live on the product since"),
        help=(
            "算法在该产品上线之日；已备案算法新增关联产品的，自该日起办理变更。",
            "The day the algorithm went live on the product; for a filed algorithm the new "
            "product is a change dated by this day.",
        ),
        added="0007",
    )
    withdrawn: date | None = declare(
        None,
        label=("停用日期", "Withdrawn on"),
        help=(
            "算法从该产品撤下之日；已备案算法减少关联产品的，自该日起办理变更。",
            "The day the algorithm was taken off the product; for a filed algorithm this is a "
            "change dated by this day.",
        ),
        added="0007",
    )
    functions: str = declare(
        "",
        label=("产品功能", "Functions"),
        help=(
            "按顺序写明功能访问路径，并介绍使用该算法的功能。",
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

    @property
    def live(self) -> bool:
        """Not withdrawn (a withdrawal recorded ahead of its day counts as withdrawn)."""
        return self.withdrawn is None


PRODUCT_NAMES = tuple(f.name for f in fields(Product) if f.name != "id")
LINK_NAMES = tuple(f.name for f in fields(ProductLink) if f.name != "id")


@dataclass(frozen=True)
class LinkedProduct(ProductLink, Product):
    """A product as one algorithm uses it: the product's fields and the link's (``id`` the
    link's, ``product_id`` the product's)."""

    key_prefix: ClassVar[str] = "product"  # its keys: product.name, product.functions…

    @classmethod
    def of(cls, product: Product, link: ProductLink) -> LinkedProduct:
        own = {name: getattr(product, name) for name in PRODUCT_NAMES}
        linked = {name: getattr(link, name) for name in LINK_NAMES}
        return cls(id=link.id, **own, **{**linked, "product_id": product.id})

    @property
    def product(self) -> Product:
        return Product(id=self.product_id, **{n: getattr(self, n) for n in PRODUCT_NAMES})

    @property
    def link(self) -> ProductLink:
        return ProductLink(id=self.id, **{n: getattr(self, n) for n in LINK_NAMES})


def split(values: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """Field values of a linked product → (the product's, the link's); unknown names stay with
    the product's, where the product's commands name them as unknown."""
    own = {k: v for k, v in values.items() if k not in LINK_NAMES}
    return own, {k: v for k, v in values.items() if k in LINK_NAMES}
