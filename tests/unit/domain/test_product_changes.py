"""The day a product link's change happened (domain.product_changes), and what a link may hold."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.fields.product_link import LinkedProduct, ProductLink, split
from filing_desk.domain.product_changes import change_date, link_issues
from filing_desk.domain.records import Product

SUBMITTED = date(2026, 3, 2)
GIVEN = date(2026, 5, 20)


@pytest.mark.parametrize(
    ("case", "link", "filed", "expected"),
    [
        ("new link: its go-live", ProductLink(go_live=date(2026, 4, 1)), False, date(2026, 4, 1)),
        ("new link live before the submission: the submission",
         ProductLink(go_live=date(2026, 1, 5)), False, SUBMITTED),
        ("new link without a go-live: the day given", ProductLink(), False, GIVEN),
        ("filed link withdrawn: its day", ProductLink(go_live=date(2025, 1, 1),
         withdrawn=date(2026, 4, 30)), True, date(2026, 4, 30)),
        ("filed link withdrawn before the submission: the submission",
         ProductLink(withdrawn=date(2026, 2, 1)), True, SUBMITTED),
        ("filed link edited: the day given", ProductLink(go_live=date(2025, 1, 1)), True, GIVEN),
        ("new link withdrawn again: the day given",
         ProductLink(go_live=date(2026, 4, 1), withdrawn=date(2026, 4, 9)), False, GIVEN),
    ],
)  # fmt: skip
def test_change_date(case: str, link: ProductLink, filed: bool, expected: date) -> None:
    assert change_date(link, filed, SUBMITTED, GIVEN) == expected, case


def test_before_any_submission_the_link_keeps_its_day() -> None:
    assert change_date(ProductLink(go_live=date(2020, 1, 1)), False, None, None) == date(2020, 1, 1)
    assert change_date(ProductLink(), False, None, None) is None  # the caller's today


@pytest.mark.parametrize(
    ("link", "codes"),
    [
        (ProductLink(go_live=date(2026, 4, 1), withdrawn=date(2026, 3, 1)),
         ["link.withdrawn_before_go_live"]),
        (ProductLink(shown_since=date(2026, 4, 1)), ["product.shown_since"]),
        (ProductLink(go_live=date(2026, 4, 1), withdrawn=date(2026, 4, 1), shows_number=True,
                     shown_since=date(2026, 4, 1)), []),
    ],
)  # fmt: skip
def test_link_issues(link: ProductLink, codes: list[str]) -> None:
    assert [i.code for i in link_issues(link).errors] == codes


def test_a_linked_product_splits_back_into_its_product_and_its_link() -> None:
    product = Product(id=4, entity_id=1, name="示例APP", address="应用商店")
    link = ProductLink(id=9, product_id=4, algorithm_id=2, functions="首页", shows_number=True)
    linked = LinkedProduct.of(product, link)
    assert (linked.id, linked.product_id, linked.name, linked.functions) == (
        9,
        4,
        "示例APP",
        "首页",
    )
    assert linked.product == product and linked.link == link
    assert split({"name": "新", "functions": "搜索", "go_live": None}) == (
        {"name": "新"},
        {"functions": "搜索", "go_live": None},
    )
