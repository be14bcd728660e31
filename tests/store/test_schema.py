"""The tables' columns are built from the field declarations (the migrations must agree: see
test_migrations): one column per declared field, typed and defaulted by its declaration."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Date, String, Text

from filing_desk.domain.fields.declare import Kind, declared
from filing_desk.domain.records import Algorithm, Entity, Model, Procedure, Product
from filing_desk.store.schema import AlgorithmRow, EntityRow, ModelRow, ProcedureRow, ProductRow

TABLES = [
    (Entity, EntityRow),
    (Algorithm, AlgorithmRow),
    (Model, ModelRow),
    (Product, ProductRow),
    (Procedure, ProcedureRow),
]
TYPES = {
    Kind.TEXT: Text,
    Kind.CHOICES: Text,
    Kind.BOOL: Boolean,
    Kind.DATE: Date,
    Kind.CHOICE: String,
}


@pytest.mark.parametrize(("record", "row"), TABLES, ids=[r.__name__ for r, _ in TABLES])
def test_every_declared_field_has_its_column(record: type, row: type) -> None:
    columns = row.__table__.c
    for field in declared(record):
        if field.shape.kind not in TYPES:
            continue  # a procedure's changes, snapshot and draft: JSON columns mapped by hand
        column = columns[field.name]
        assert isinstance(column.type, TYPES[field.shape.kind]), field.key
        assert column.nullable is (field.shape.kind is Kind.DATE), field.key
        if field.shape.kind is Kind.TEXT:
            default = column.server_default.arg if column.server_default is not None else None
            assert default == (None if field.decl.required else ""), field.key


def test_the_new_field_has_a_column_like_any_other() -> None:
    column = AlgorithmRow.__table__.c.public_record_url
    assert isinstance(column.type, Text) and not column.nullable
