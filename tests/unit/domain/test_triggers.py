"""Change triggers (domain.md Part A item 8, revised 2026-12): every filed field a change to which
opens a modification, and the attachments each makes stale."""

from __future__ import annotations

from dataclasses import replace

import pytest

from filing_desk.domain import changes
from filing_desk.domain.enums import AlgorithmType, AttachmentKind, Modality
from filing_desk.domain.records import Algorithm, Change, Entity, Model, Product
from tests.helpers import factories

A = AttachmentKind
ENTITY = factories.entity()
PUSH = factories.push_algorithm()
GENERATION = factories.generation_algorithm(launch_date=PUSH.launch_date)
PRODUCTS = factories.products()
MODELS = factories.models()


def _snapshot(
    entity: Entity = ENTITY,
    algorithm: Algorithm = PUSH,
    products: tuple[Product, ...] = PRODUCTS,
    models: tuple[Model, ...] = MODELS,
) -> dict[str, str]:
    return changes.snapshot(entity, algorithm, products, models)


# (record, field, new value, stale for a push algorithm, stale for a 生成合成类 one)
TRIGGERS = [
    ("entity", "legal_rep_name", "赵法人", (A.ID_COPY, A.COMMITMENT_LETTER), None),
    ("entity", "officer_name", "周安全", (A.ID_COPY, A.RESPONSIBILITY_STATEMENT), None),
    (
        "algorithm",
        "algo_type",
        AlgorithmType.RANKING,
        (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE),
        None,  # no longer 生成合成类: no labelling materials
    ),
    (
        "algorithm",
        "input_modalities",
        (Modality.TEXT, Modality.AUDIO),
        (A.SELF_ASSESSMENT,),
        (A.SELF_ASSESSMENT, A.LABELLING),
    ),
    (
        "algorithm",
        "output_modalities",
        (Modality.VIDEO,),
        (A.SELF_ASSESSMENT,),
        (A.SELF_ASSESSMENT, A.LABELLING),
    ),
    ("algorithm", "data_description", "新增训练数据集。", (A.SELF_ASSESSMENT,), None),
    (
        "algorithm",
        "model_description",
        "更换为多模态模型。",
        (A.SELF_ASSESSMENT,),
        (A.SELF_ASSESSMENT, A.LABELLING),
    ),
    ("algorithm", "strategy", "新增人工复核环节。", (A.SELF_ASSESSMENT,), None),
    ("algorithm", "principle", "新的原理。", (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE), None),
    ("algorithm", "mechanism", "新的机制。", (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE), None),
    ("algorithm", "purpose", "新的目的。", (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE), None),
    ("product", "functions", "首页—新功能。", (A.SELF_ASSESSMENT,), None),
]


def _changed(record: str, field: str, value: object, algorithm: Algorithm) -> dict[str, str]:
    if record == "entity":
        return _snapshot(replace(ENTITY, **{field: value}), algorithm)
    if record == "algorithm":
        return _snapshot(algorithm=replace(algorithm, **{field: value}))
    products = (replace(PRODUCTS[0], **{field: value}), *PRODUCTS[1:])
    return _snapshot(algorithm=algorithm, products=products)


@pytest.mark.parametrize(("record", "field", "value", "push", "generation"), TRIGGERS)
def test_each_trigger_is_a_change_and_names_what_it_makes_stale(
    record: str,
    field: str,
    value: object,
    push: tuple[AttachmentKind, ...],
    generation: tuple[AttachmentKind, ...] | None,
) -> None:
    for algorithm, stale in ((PUSH, push), (GENERATION, generation or push)):
        before = _snapshot(algorithm=algorithm)
        found = changes.diff(before, _changed(record, field, value, algorithm))
        key = f"product[{PRODUCTS[0].id}].{field}" if record == "product" else f"{record}.{field}"
        # a 生成合成类 algorithm changing type also leaves the field only it has
        assert [c.field for c in found if c.field != "algorithm.labelling_method"] == [key]
        assert changes.is_filed_field(key) or record == "product"
        changed = replace(algorithm, **{field: value}) if record == "algorithm" else algorithm
        assert set(changes.stale_attachments(found, changed)) == set(stale)


def test_becoming_generation_makes_the_labelling_materials_stale() -> None:
    now = replace(PUSH, algo_type=AlgorithmType.GENERATION, labelling_method="显式与隐式标识。")
    found = changes.diff(_snapshot(), _snapshot(algorithm=now))
    assert [c.field for c in found] == ["algorithm.algo_type", "algorithm.labelling_method"]
    stale = (A.SELF_ASSESSMENT, A.PUBLIC_DISCLOSURE, A.LABELLING)
    assert changes.stale_attachments(found, now) == stale


def test_the_linked_models_make_the_report_stale() -> None:
    other = (replace(MODELS[0], version="3.0"),)
    found = changes.diff(_snapshot(), _snapshot(models=other))
    assert [c.field for c in found] == [changes.MODELS_KEY]
    assert changes.stale_attachments(found, PUSH) == (A.SELF_ASSESSMENT,)
    assert changes.stale_attachments(found, GENERATION) == (A.SELF_ASSESSMENT, A.LABELLING)


def test_a_field_filed_only_since_the_baseline_is_not_reported_as_changed() -> None:
    """A submission snapshotted before a field became filed lacks its key: it is completed
    from the current values, not read as a change from ""."""
    now = _snapshot()
    old = {k: v for k, v in now.items() if not k.endswith((".strategy", ".functions"))}
    assert changes.diff(changes.complete(old, now), now) == ()
    # a product the old snapshot lacks entirely was added: that stays a change
    without_product = {k: v for k, v in old.items() if not k.startswith("product[21].")}
    added = changes.diff(changes.complete(without_product, now), now)
    assert {c.field for c in added} == {f"product[21].{n}" for n in changes.PRODUCT_FIELDS}


def test_without_the_algorithm_every_named_attachment_counts() -> None:
    found = (Change("algorithm.model_description", "旧", "新"),)
    assert changes.stale_attachments(found) == (A.SELF_ASSESSMENT, A.LABELLING)
