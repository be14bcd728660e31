"""What the forms print of the product registry: an algorithm's current links, a product shared by
two algorithms under each with one name, and readiness asking a provider for a live link."""

from __future__ import annotations

import pytest

from filing_desk.forms import loader, printing, readiness
from filing_desk.store.register import Register
from tests.helpers.pdfcheck import all_text, compact


def _two_algorithms_one_app(register: Register) -> tuple[int, int, int]:
    entity = register.create_entity(name="北京示例科技有限公司")
    push, search = (
        register.create_algorithm(
            entity.id, name=name, algo_type="02", role="provider", launch_date="2026-09-28"
        ).id
        for name in ("个性化推荐算法", "站内检索算法")
    )
    app = register.add_product(
        push, name="示例资讯", form="app", address="各大应用商店", go_live="2026-09-28"
    )
    register.link_product(search, int(app.product_id or 0), go_live="2026-10-15", functions="搜索")
    return int(push or 0), int(search or 0), int(app.product_id or 0)


def _printed(register: Register, algorithm_id: int, lang: str) -> str:
    context = printing.context_for(register, "algorithm-filing", algorithm_id=algorithm_id)
    return all_text(printing.render_form("algorithm-filing", context, lang))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_shared_product_prints_under_each_algorithm_with_one_name(
    register: Register, lang: str
) -> None:
    push, search, product_id = _two_algorithms_one_app(register)
    register.update_product(product_id, name="示例资讯极速版")  # typed once, renamed once
    days = {"zh": ("2026年9月28日", "2026年10月15日"), "en": ("2026-09-28", "2026-10-15")}[lang]
    for algorithm_id, go_live in zip((push, search), days, strict=True):
        text = _printed(register, algorithm_id, lang)
        assert compact("示例资讯极速版") in text and compact("各大应用商店") in text
        assert go_live in text and text.count("示例资讯") == text.count("示例资讯极速版") > 0
        label = {"zh": "关联上线日期", "en": "Liveontheproductsince"}[lang]
        assert label in text
    assert "搜索" in _printed(register, search, "zh") and "搜索" not in _printed(
        register, push, "zh"
    )


def test_a_withdrawn_product_leaves_the_form_and_a_provider_needs_a_live_one(
    register: Register,
) -> None:
    push, _, _ = _two_algorithms_one_app(register)
    spec = loader.get("algorithm-filing")

    def min_items() -> list[str]:
        context = register.form_context(algorithm_id=push)
        return [
            i.field for i in readiness.check(spec, context).errors if i.code == "form.min_items"
        ]

    assert min_items() == []
    (link,) = register.linked_products(push)
    register.withdraw_link(int(link.id or 0), "2026-11-20")
    assert min_items() == ["products"]
    assert compact("示例资讯") not in _printed(register, push, "zh")
