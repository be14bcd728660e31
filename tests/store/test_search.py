"""Full-text search over the FTS5 trigram index: Chinese 2- and 3-character terms, English words."""

from __future__ import annotations

import pytest

from filing_desk.store.register import Register


@pytest.fixture
def filled(register: Register) -> dict[str, int]:
    e1 = register.create_entity(name="北京云启智能科技有限公司")
    e2 = register.create_entity(name="Hangzhou River Networks Ltd")
    ids = {
        "push": register.create_algorithm(
            e1.id,
            name="个性化推荐算法",
            algo_type="02",
            role="provider",
            main_use="短视频个性化推送",
        ).id,
        "search": register.create_algorithm(
            e1.id,
            name="站内搜索算法",
            algo_type="04",
            role="provider",
            summary="Keyword search ranking",
        ).id,
        "dispatch": register.create_algorithm(
            e2.id, name="Rider dispatch", algo_type="06", role="provider", main_use="配送调度"
        ).id,
    }
    register.add_product(ids["dispatch"], name="骑手APP", form="app")
    return ids


def test_chinese_three_character_term(register: Register, filled: dict[str, int]) -> None:
    assert register.search("推荐算") == [filled["push"]]


def test_chinese_two_character_term(register: Register, filled: dict[str, int]) -> None:
    assert register.search("调度") == [filled["dispatch"]]
    assert register.search("云启") == sorted([filled["push"], filled["search"]])


def test_english_words_any_case(register: Register, filled: dict[str, int]) -> None:
    assert register.search("KEYWORD") == [filled["search"]]
    assert register.search("river dispatch") == [filled["dispatch"]]


def test_every_term_must_match(register: Register, filled: dict[str, int]) -> None:
    assert register.search("云启 配送") == []


def test_index_follows_edits_products_and_entity_renames(
    register: Register, filled: dict[str, int]
) -> None:
    register.update_algorithm(filled["push"], name="内容推送算法")
    assert register.search("个性化推荐") == []
    assert filled["push"] in register.search("内容推送")
    product = register.add_product(filled["search"], name="云启小程序", form="mini_program")
    assert filled["search"] in register.search("小程序")
    register.unlink(product.id)  # a link made by mistake (never filed)
    assert register.search("小程序") == []
    product = register.add_product(filled["search"], name="云启小程序", form="mini_program")
    register.update_product(product.product_id, name="云启轻应用")  # renamed once, found anew
    assert register.search("小程序") == [] and register.search("轻应用") == [filled["search"]]
    entity = register.algorithm(filled["dispatch"]).entity_id
    register.update_entity(entity, name="杭州星河网络有限公司")
    assert register.search("星河") == [filled["dispatch"]]


@pytest.mark.parametrize("term", ['"', "%", "_", 'a"b', "NEAR(", "*", "OR(", "\\"])
def test_query_syntax_characters_are_plain_text(
    register: Register, filled: dict[str, int], term: str
) -> None:
    assert register.search(term) == []


def test_register_rows_first_page_matches_the_full_rows(
    register: Register, filled: dict[str, int]
) -> None:
    full = register.register_rows()
    assert register.register_rows(limit=len(full) + 5) == full
    most_urgent = sorted(full, key=lambda r: (r.due_date is None, r.due_date, r.algorithm_id))
    assert register.register_rows(limit=2) == sorted(most_urgent[:2], key=lambda r: r.algorithm_id)
