"""Fixtures for the use-case tests: a register holding a complete algorithm (its filing forms
pass readiness), a filed one, and ``state``, which reopens a register file and reads every row
of every table, audit events included, so a test can compare the file before and after."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register, open_register
from filing_desk.store.schema import Base
from tests.helpers import factories
from tests.helpers.materials import attach_materials
from tests.helpers.registers import make_register

State = dict[str, list[tuple[Any, ...]]]
LAUNCH = date(2026, 11, 10)
REFERENCES = ("algorithm_id", "product_id", "entity_id")  # a linked product's, set by the register


def _fields(record: object, *dropped: str) -> dict[str, Any]:
    return {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)  # type: ignore[arg-type]
        if f.name not in ("id", *dropped)
    }


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = make_register(tmp_path / "register.fdesk")
    yield reg
    reg.close()


@pytest.fixture
def add_algorithm(register: Register) -> Callable[[str], int]:
    """Add a draft push algorithm with three products, complete for its filing; its id."""
    entity = register.create_entity(**_fields(factories.entity(), "state"))

    def add(name: str = "示例资讯个性化推荐算法") -> int:
        algorithm = factories.push_algorithm(
            name=name, filing_number="", filed_date=None, launch_date=LAUNCH
        )
        ident = register.create_algorithm(
            entity.id, **_fields(algorithm, "entity_id", "model_ids", "state")
        ).id
        for product in factories.products():
            register.add_product(ident, **_fields(product, *REFERENCES))
        attach_materials(register, ident)  # missing materials block "ready" (issue 15.3)
        return ident

    return add


@pytest.fixture
def draft_id(add_algorithm: Callable[[str], int]) -> int:
    return add_algorithm("示例资讯个性化推荐算法")


@pytest.fixture
def filed_id(register: Register, add_algorithm: Callable[[str], int]) -> int:
    """An algorithm taken through its filing to FILED, with a well-formed number."""
    ident = add_algorithm("已备案的推荐算法")
    procedure = register.start_filing(ident)
    register.mark_ready(procedure.id, Report())
    register.submit(procedure.id, date(2026, 11, 16))
    first20 = "110108" + "1234567" + "02" + "26" + "001"
    register.record_filed(procedure.id, date(2026, 11, 20), first20 + filing_check_digit(first20))
    return ident


def read_state(path: Path) -> State:
    """Every row of every table of the register file at ``path``, opened afresh."""
    with open_register(path, lock=False, upgrade=False) as reg:
        assert reg.verify_audit().ok
        with reg.session() as s:
            return {
                table.name: sorted(tuple(row) for row in s.execute(select(table)))
                for table in Base.metadata.sorted_tables
            }


@pytest.fixture
def state() -> Callable[[Path], State]:
    """``state(path)``: the file's rows, table by table (audit events and settings too)."""
    return read_state
