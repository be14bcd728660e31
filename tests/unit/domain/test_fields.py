"""Field declarations: complete, read back in order, and the only place a field is named."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from filing_desk.domain import changes
from filing_desk.domain.enums import AlgorithmType, AttachmentKind, Modality
from filing_desk.domain.fields.declare import Kind, declared, declared_field, shape_of
from filing_desk.domain.records import (
    RECORD_KINDS,
    Algorithm,
    Change,
    Entity,
    declared_key,
)

PACKAGE = Path(__file__).parents[3] / "filing_desk"
DEMO_DATA = {"demo.py", "demo_data.py"}


@pytest.mark.parametrize("record", RECORD_KINDS.values(), ids=list(RECORD_KINDS))
def test_every_field_but_ids_and_links_is_declared_with_both_languages(record: type) -> None:
    names = {d.name for d in declared(record)}
    undeclared = {f.name for f in fields(record)} - names
    links = {"id", "entity_id", "algorithm_id", "product_id", "model_ids"}
    # a service's links and the CAC's reasons (set by a step), stored in tables of their own
    links |= {"product_ids", "algorithm_ids", "models", "returned_reasons"}
    assert undeclared <= links
    for field in declared(record):
        decl = field.decl
        assert decl.label.zh and decl.label.en and decl.help.zh and decl.help.en, field.key
        assert field.shape.kind is not Kind.OTHER or record.__name__ == "Procedure", field.key


def test_shapes_come_from_the_annotations() -> None:
    launch = declared_field(Algorithm, "launch_date")
    modalities = declared_field(Algorithm, "input_modalities")
    assert launch is not None and launch.shape.kind is Kind.DATE and launch.shape.optional
    assert modalities is not None and modalities.shape == (Kind.CHOICES, Modality, False)
    assert declared_field(Algorithm, "model_ids") is None


def test_sheet_headings_and_import_aliases_are_unique() -> None:
    seen: dict[str, str] = {}
    for record in (Entity, Algorithm):
        for field in declared(record):
            words = {field.heading("zh"), field.heading("en"), *field.decl.aliases}
            for word in words:
                folded = word.casefold()
                assert seen.setdefault(folded, field.key) == field.key, (word, field.key)


def test_filed_fields_are_the_declared_ones_in_declaration_order() -> None:
    filed = [d.key for r in (Entity, Algorithm) for d in declared(r) if d.decl.filed]
    assert list(changes.FILED_FIELDS) == [*filed, changes.MODELS_KEY]
    assert changes.PRODUCT_FIELDS == ("name", "form", "address", "functions")
    assert changes.MODEL_FIELDS == ("name", "version")


def test_a_field_that_applies_only_to_some_records() -> None:
    labelling = declared_field(Algorithm, "labelling_method")
    assert labelling is not None
    assert labelling.applies_to(Algorithm(algo_type=AlgorithmType.GENERATION))
    assert not labelling.applies_to(Algorithm(algo_type=AlgorithmType.PUSH))


def test_keys_find_their_declarations() -> None:
    found = declared_key("product[7].form")
    assert found is not None and found.key == "product.form" and found.decl.filed
    assert declared_key("algorithm.models") is None
    assert declared_key("row.name") is None


def test_changes_name_the_attachments_they_make_stale() -> None:
    stale = changes.stale_attachments(
        [
            Change("algorithm.principle", "旧", "新"),
            Change("entity.legal_rep_name", "甲", "乙"),
            Change("product[3].name", "旧", "新"),
        ]
    )
    assert stale == (
        AttachmentKind.ID_COPY,
        AttachmentKind.COMMITMENT_LETTER,
        AttachmentKind.SELF_ASSESSMENT,
        AttachmentKind.PUBLIC_DISCLOSURE,
    )


def test_an_added_field_names_its_revision() -> None:
    url = declared_field(Algorithm, "public_record_url")
    assert url is not None and url.decl.added == "0004" and not url.decl.filed


@pytest.mark.parametrize(
    "name", ["contact_title", "users_served", "data_description", "legal_rep_id_type", "base_model"]
)
def test_a_field_is_named_only_where_it_is_declared(name: str) -> None:
    """Issue 14: at most its declaration and a table mapping name it (demo data aside)."""
    word = re.compile(rf"\b{name}\b")
    naming = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name not in DEMO_DATA and word.search(path.read_text(encoding="utf-8"))
    )
    assert len(naming) <= 2, naming
    assert all(p.startswith(("domain/fields/", "store/schema")) for p in naming), naming


def test_shapes_of_values_that_are_not_fields_of_a_form() -> None:
    assert shape_of(int | str) == (Kind.OTHER, None, False)
    assert shape_of(tuple[int, ...]) == (Kind.OTHER, None, False)
    assert shape_of(int | None) == (Kind.NUMBER, None, True)
    assert declared_field(Entity, "no_such_field") is None
