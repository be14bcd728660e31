"""Change detection: which edits need a modification (变更), diff order, merging."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.changes import (
    FILED_FIELDS,
    MODELS_KEY,
    diff,
    is_filed_field,
    merge_changes,
    snapshot,
)
from filing_desk.domain.enums import AlgorithmType, ProductForm, Role
from filing_desk.domain.records import Algorithm, Change, Entity, LinkedProduct, Model

ENTITY = Entity(id=1, name="北京示例科技有限公司", legal_rep_name="张三", officer_name="李四")
ALGORITHM = Algorithm(
    id=7,
    entity_id=1,
    name="示例推荐算法",
    algo_type=AlgorithmType.PUSH,
    main_use="应用于信息推送场景。",
    application_field="资讯",
    scenarios="首页推荐",
    summary="简介",
    notes="内部备注",
    model_ids=(3,),
)
PRODUCTS = (  # the algorithm's links (ids 12 and 4) with their products
    LinkedProduct(id=12, algorithm_id=7, name="示例新闻", form=ProductForm.APP, address="应用商店"),
    LinkedProduct(
        id=4, algorithm_id=7, name="示例网", form=ProductForm.WEBSITE, address="https://x.cn"
    ),
)
MODELS = (Model(id=3, name="示例大模型", version="2.0"), Model(id=5, name="Base", version="1"))


def snap(
    entity: Entity = ENTITY,
    algorithm: Algorithm = ALGORITHM,
    products: tuple[LinkedProduct, ...] = PRODUCTS,
    models: tuple[Model, ...] = MODELS,
) -> dict[str, str]:
    return snapshot(entity, algorithm, products, models)


def test_snapshot_holds_only_filed_fields() -> None:
    s = snap()
    assert s["entity.name"] == "北京示例科技有限公司"
    assert s["algorithm.algo_type"] == "02"
    assert s["algorithm.role"] == "provider"
    assert s["product[12].name"] == "示例新闻"
    assert s["product[4].form"] == "website"
    assert s[MODELS_KEY] == "Base 1\n示例大模型 2.0"
    assert "algorithm.labelling_method" not in s  # not a generation/synthesis algorithm
    assert "algorithm.summary" not in s and "algorithm.notes" not in s
    assert all(is_filed_field(key) for key in s)
    assert all(isinstance(value, str) for value in s.values())


def test_labelling_method_is_filed_for_generation() -> None:
    genai = replace(ALGORITHM, algo_type=AlgorithmType.GENERATION, labelling_method="显式标识")
    assert snap(algorithm=genai)["algorithm.labelling_method"] == "显式标识"


def test_snapshot_needs_stored_products() -> None:
    with pytest.raises(ValueError, match="no id"):
        snap(products=(LinkedProduct(name="新产品"),))


@pytest.mark.parametrize(
    ("entity", "algorithm", "field"),
    [
        (replace(ENTITY, name="北京新名科技有限公司"), ALGORITHM, "entity.name"),
        (replace(ENTITY, legal_rep_name="王五"), ALGORITHM, "entity.legal_rep_name"),
        (replace(ENTITY, officer_name="赵六"), ALGORITHM, "entity.officer_name"),
        (ENTITY, replace(ALGORITHM, name="新算法名"), "algorithm.name"),
        (ENTITY, replace(ALGORITHM, algo_type=AlgorithmType.RANKING), "algorithm.algo_type"),
        (ENTITY, replace(ALGORITHM, role=Role.SUPPORTER), "algorithm.role"),
        (ENTITY, replace(ALGORITHM, main_use="新用途"), "algorithm.main_use"),
        (ENTITY, replace(ALGORITHM, scenarios="新场景"), "algorithm.scenarios"),
        (ENTITY, replace(ALGORITHM, disclosure_text="新公示"), "algorithm.disclosure_text"),
        (ENTITY, replace(ALGORITHM, principle="新原理"), "algorithm.principle"),
    ],
)
def test_filed_field_change_is_detected(entity: Entity, algorithm: Algorithm, field: str) -> None:
    changes = diff(snap(), snap(entity=entity, algorithm=algorithm))
    assert [c.field for c in changes] == [field]
    assert changes[0].old != changes[0].new


@pytest.mark.parametrize(
    ("entity", "algorithm"),
    [
        (
            replace(ENTITY, notes="改了备注", address="新地址", officer_phone="13800000000"),
            ALGORITHM,
        ),
        (ENTITY, replace(ALGORITHM, summary="新简介", notes="新备注", risks="新风险")),
        (ENTITY, replace(ALGORITHM, main_use=ALGORITHM.main_use + "  ")),  # whitespace only
    ],
)
def test_non_filed_field_change_gives_nothing(entity: Entity, algorithm: Algorithm) -> None:
    assert diff(snap(), snap(entity=entity, algorithm=algorithm)) == ()


def test_product_changes() -> None:
    renamed = replace(PRODUCTS[0], name="示例新闻极速版", users_served="all")
    moved = replace(PRODUCTS[1], address="https://y.cn", form=ProductForm.H5)
    added = LinkedProduct(id=20, algorithm_id=7, name="小程序版", form=ProductForm.MINI_PROGRAM)
    changes = diff(snap(), snap(products=(renamed, moved, added)))
    assert changes == (
        Change("product[4].form", "website", "h5"),
        Change("product[4].address", "https://x.cn", "https://y.cn"),
        Change("product[12].name", "示例新闻", "示例新闻极速版"),
        Change("product[20].name", "", "小程序版"),
        Change("product[20].form", "", "mini_program"),
    )
    removed = diff(snap(), snap(products=PRODUCTS[:1]))
    assert [(c.field, c.new) for c in removed] == [
        ("product[4].name", ""),
        ("product[4].form", ""),
        ("product[4].address", ""),
    ]


def test_model_change() -> None:
    swapped = (MODELS[0], Model(id=6, name="Base", version="2"))
    [change] = diff(snap(), snap(models=swapped))
    assert change == Change(MODELS_KEY, "Base 1\n示例大模型 2.0", "Base 2\n示例大模型 2.0")


def test_diff_order_is_deterministic() -> None:
    old = {"product[10].name": "a", "zzz": "1", "algorithm.name": "x", "entity.name": "e"}
    new = {"product[9].name": "b", "zzz": "2", "algorithm.name": "y", "entity.name": "f"}
    new |= {"product[9].users_served": "all", "product[9].address": "https://z.cn"}
    assert [c.field for c in diff(old, new)] == [
        "entity.name",
        "algorithm.name",
        "product[9].name",
        "product[9].address",
        "product[9].users_served",  # not a filed field, but ordered all the same
        "product[10].name",
        "zzz",
    ]


def test_is_filed_field() -> None:
    assert all(is_filed_field(key) for key in FILED_FIELDS)
    assert is_filed_field("product[3].address")
    assert not is_filed_field("product[3].users_served")
    assert not is_filed_field("algorithm.summary")
    assert not is_filed_field("entity.notes")


def test_merge_keeps_first_old_and_latest_new() -> None:
    existing = (Change("algorithm.name", "A", "B"), Change("algorithm.main_use", "u1", "u2"))
    new = (Change("algorithm.name", "B", "C"), Change("entity.name", "E1", "E2"))
    assert merge_changes(existing, new) == (
        Change("entity.name", "E1", "E2"),
        Change("algorithm.name", "A", "C"),
        Change("algorithm.main_use", "u1", "u2"),
    )


def test_merge_drops_a_field_changed_back() -> None:
    existing = (Change("algorithm.name", "A", "B"), Change("algorithm.scenarios", "s1", "s2"))
    assert merge_changes(existing, (Change("algorithm.name", "B", "A"),)) == (
        Change("algorithm.scenarios", "s1", "s2"),
    )
    assert merge_changes((), ()) == ()


values = st.sampled_from(["", "a", "b", "c"])
snapshots = st.dictionaries(st.sampled_from(FILED_FIELDS[:6]), values, max_size=6)


@given(first=snapshots, second=snapshots, third=snapshots)
def test_merging_successive_diffs_equals_the_overall_diff(
    first: dict[str, str], second: dict[str, str], third: dict[str, str]
) -> None:
    assert merge_changes(diff(first, second), diff(second, third)) == diff(first, third)


@given(first=snapshots, second=snapshots)
def test_diff_of_identical_snapshots_is_empty(
    first: dict[str, str], second: dict[str, str]
) -> None:
    assert diff(first, dict(first)) == ()
    assert all(c.old != c.new for c in diff(first, second))
