"""Readiness: the demo data is ready; missing, invalid and too-long values are named by key."""

from __future__ import annotations

from dataclasses import replace

import pytest

from filing_desk.domain.enums import AlgorithmType
from filing_desk.forms import loader
from filing_desk.forms.readiness import check
from tests.helpers.factories import (
    CONTEXTS,
    context_for,
    filing_context,
    modification_context,
    supporter_context,
)


@pytest.mark.parametrize("form_id", sorted(CONTEXTS))
def test_demo_contexts_are_ready(form_id: str) -> None:
    report = check(loader.get(form_id), context_for(form_id))
    assert report.is_valid, [i.message for i in report.issues]


def test_supporter_is_ready_without_products_but_needs_its_service_method() -> None:
    spec = loader.get("algorithm-filing")
    assert check(spec, supporter_context()).is_valid
    context = supporter_context()
    missing = replace(context, algorithm=replace(context.algorithm, service_method=""))
    fields = [i.field for i in check(spec, missing).errors]
    assert fields == ["algorithm.service_method"]


def test_provider_needs_a_product_and_each_products_fields() -> None:
    spec = loader.get("algorithm-filing")
    none = check(spec, filing_context(products=()))
    assert [(i.code, i.field) for i in none.errors] == [("form.min_items", "products")]
    context = filing_context()
    products = list(context.products)
    products[1] = replace(products[1], address="")
    report = check(spec, replace(context, products=tuple(products)))
    assert [i.field for i in report.errors] == ["product[2].address"]
    assert report.errors[0].text == "Access address is required"


def test_required_empty_and_invalid_values() -> None:
    context = filing_context()
    entity = replace(context.entity, name="", officer_phone="123", region_code="11010")
    report = check(loader.get("entity-filing"), replace(context, entity=entity))
    by_field = {i.field: i for i in report.errors}
    assert by_field["entity.name"].code == "form.required"
    assert by_field["entity.name"].text == "Entity name is required"
    assert by_field["entity.region_code"].code == "form.pattern"
    assert "entity.officer_phone" in by_field
    assert not report.is_valid


def test_length_limits() -> None:
    context = filing_context()
    algorithm = replace(context.algorithm, name="算" * 51, summary="太短")
    report = check(loader.get("algorithm-filing"), replace(context, algorithm=algorithm))
    codes = {i.field: i.code for i in report.errors}
    assert codes == {"algorithm.name": "form.too_long", "algorithm.summary": "form.too_short"}


def test_generation_algorithms_need_a_labelling_method() -> None:
    context = filing_context()
    algorithm = replace(context.algorithm, algo_type=AlgorithmType.GENERATION)
    report = check(loader.get("algorithm-filing"), replace(context, algorithm=algorithm))
    assert [i.field for i in report.errors] == ["algorithm.labelling_method"]


def test_modification_needs_changes_and_a_reason() -> None:
    context = modification_context()
    procedure = replace(context.procedure, changes=(), reason="")
    report = check(loader.get("modification"), replace(context, procedure=procedure))
    assert {i.field for i in report.errors} == {"procedure.reason", "changes"}


def test_filing_number_type_code_mismatch_is_only_a_warning() -> None:
    pytest.importorskip("filing_desk.domain.codes")
    context = modification_context()
    algorithm = replace(context.algorithm, algo_type=AlgorithmType.RANKING)
    report = check(loader.get("modification"), replace(context, algorithm=algorithm))
    assert report.is_valid
    assert [i.field for i in report.warnings] == ["algorithm.filing_number"]
