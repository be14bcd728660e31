"""Marking ready (workflows.readiness): the forms' readiness is computed inside, from what the
register holds, in the same transaction as the step; the caller passes no report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from filing_desk.domain.enums import ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.store.register import Register
from filing_desk.workflows import readiness


def test_a_complete_procedure_is_marked_ready(register: Register, draft_id: int) -> None:
    procedure = register.start_filing(draft_id)

    ready = readiness.mark_ready(register, procedure.id)

    assert ready.state is ProcedureState.READY
    assert register.procedure(procedure.id).state is ProcedureState.READY


def test_an_incomplete_procedure_is_refused_with_every_problem(
    register: Register, draft_id: int, state: Callable[[Path], Any]
) -> None:
    register.update_algorithm(draft_id, purpose="", principle="")
    procedure = register.start_filing(draft_id)
    before = state(register.path)

    with pytest.raises(InvalidInput) as refused:
        readiness.mark_ready(register, procedure.id)

    fields = {i.field for i in refused.value.issues}
    assert {"algorithm.purpose", "algorithm.principle"} <= fields
    assert state(register.path) == before


def test_readiness_sees_the_edits_of_the_same_transaction(
    register: Register, draft_id: int
) -> None:
    """Inside one unit of work the report is computed on what it has written so far."""
    procedure = register.start_filing(draft_id)
    with pytest.raises(InvalidInput), register.transaction():
        register.update_algorithm(draft_id, purpose="")
        readiness.mark_ready(register, procedure.id)
    assert register.procedure(procedure.id).state is ProcedureState.EDITING
    assert register.algorithm(draft_id).purpose != ""  # the edit went with the refusal


def test_settle_sends_a_ready_procedure_back_when_its_forms_no_longer_pass(
    register: Register, draft_id: int
) -> None:
    procedure = register.start_filing(draft_id)
    readiness.mark_ready(register, procedure.id)
    with register.transaction():  # an edit that does not reopen the filing by itself
        register.update_product(register.linked_products(draft_id)[0].product_id or 0, address="")

    settled, report = readiness.settle(register, procedure.id)

    assert not report.is_valid
    assert settled.state is ProcedureState.EDITING
