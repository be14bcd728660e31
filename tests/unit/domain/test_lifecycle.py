"""Lifecycle state machines: the §8.4 tables, messages, the procedure→algorithm mapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.enums import AlgorithmState, EntityState, ProcedureKind, ProcedureState
from filing_desk.domain.errors import IllegalTransition
from filing_desk.domain.lifecycle import (
    ALGORITHM_TRANSITIONS,
    NUMBERED_STATES,
    PRE_FILING_STATES,
    PROCEDURE_TRANSITIONS,
    TERMINAL_STATES,
    AlgorithmStep,
    EntityStep,
    ProcedureStep,
    algorithm_step_for,
    allowed_algorithm_steps,
    allowed_entity_steps,
    allowed_procedure_steps,
    is_terminal,
    next_algorithm_state,
    next_entity_state,
    next_procedure_state,
)

A, S = AlgorithmState, AlgorithmStep
P, PS = ProcedureState, ProcedureStep
K = ProcedureKind
E, ES = EntityState, EntityStep


@pytest.mark.parametrize(
    ("state", "step", "expected"),
    [
        (A.DRAFT, S.PREPARE, A.PREPARED),
        (A.DRAFT, S.ABANDON, A.ABANDONED),
        (A.PREPARED, S.UNPREPARE, A.DRAFT),
        (A.PREPARED, S.SUBMIT, A.SUBMITTED),
        (A.PREPARED, S.ABANDON, A.ABANDONED),
        (A.SUBMITTED, S.FILE, A.FILED),
        (A.SUBMITTED, S.RETURN, A.RETURNED),
        (A.SUBMITTED, S.WITHDRAW_FILING, A.DRAFT),
        (A.RETURNED, S.PREPARE, A.PREPARED),
        (A.RETURNED, S.ABANDON, A.ABANDONED),
        (A.FILED, S.CHANGE, A.CHANGE_PENDING),
        (A.FILED, S.TERMINATE, A.CANCEL_PENDING),
        (A.FILED, S.REVOKE, A.REVOKED),
        (A.FILED, S.CANCEL_BY_CAC, A.CANCELLED_BY_CAC),
        (A.CHANGE_PENDING, S.SUBMIT_CHANGE, A.CHANGE_SUBMITTED),
        (A.CHANGE_PENDING, S.TERMINATE, A.CANCEL_PENDING),
        (A.CHANGE_SUBMITTED, S.CHANGE_ACCEPTED, A.FILED),
        (A.CHANGE_SUBMITTED, S.CHANGE_RETURNED, A.CHANGE_PENDING),
        (A.CHANGE_SUBMITTED, S.TERMINATE, A.CANCEL_PENDING),
        (A.CANCEL_PENDING, S.SUBMIT_CANCEL, A.CANCEL_SUBMITTED),
        (A.CANCEL_PENDING, S.WITHDRAW_CANCEL, A.FILED),
        (A.CANCEL_SUBMITTED, S.CANCEL_ACCEPTED, A.CANCELLED),
        (A.CANCEL_SUBMITTED, S.CANCEL_RETURNED, A.CANCEL_PENDING),
        (A.CANCEL_SUBMITTED, S.REVOKE, A.REVOKED),
    ],
)
def test_algorithm_transitions(state: A, step: S, expected: A) -> None:
    assert next_algorithm_state(state, step) is expected


@pytest.mark.parametrize(
    ("state", "step"),
    [
        (A.DRAFT, S.SUBMIT),  # must be prepared first
        (A.DRAFT, S.TERMINATE),  # never filed: abandon instead
        (A.PREPARED, S.TERMINATE),
        (A.RETURNED, S.TERMINATE),
        (A.SUBMITTED, S.ABANDON),  # withdraw in the portal first
        (A.FILED, S.SUBMIT),
        (A.FILED, S.ABANDON),
        (A.CHANGE_PENDING, S.CHANGE),
        (A.CANCEL_PENDING, S.CHANGE),
        (A.CANCELLED, S.CHANGE),
        (A.ABANDONED, S.PREPARE),
    ],
)
def test_illegal_algorithm_steps(state: A, step: S) -> None:
    with pytest.raises(IllegalTransition):
        next_algorithm_state(state, step)


def test_illegal_message_names_state_and_allowed_steps() -> None:
    with pytest.raises(IllegalTransition) as info:
        next_algorithm_state(A.FILED, S.SUBMIT)
    assert str(info.value) == (
        "Cannot submit from Filed; allowed: change, terminate, revoke, cancel by CAC"
    )
    assert info.value.code == "lifecycle.illegal"
    assert info.value.params["state"] is A.FILED
    assert info.value.params["step"] is S.SUBMIT
    assert info.value.params["allowed"] == (S.CHANGE, S.TERMINATE, S.REVOKE, S.CANCEL_BY_CAC)


def test_terminal_state_message_says_none() -> None:
    with pytest.raises(IllegalTransition, match="allowed: none"):
        next_algorithm_state(A.CANCELLED, S.REVOKE)


def test_accepts_stored_codes() -> None:
    assert next_algorithm_state("filed", "change") is A.CHANGE_PENDING
    assert allowed_algorithm_steps("draft") == (S.PREPARE, S.WITHDRAW_FILING, S.ABANDON)


def test_submit_needs_approved_entity() -> None:
    ok = next_algorithm_state(A.PREPARED, S.SUBMIT, entity_state=EntityState.APPROVED)
    assert ok is A.SUBMITTED
    with pytest.raises(IllegalTransition, match="entity") as info:
        next_algorithm_state(A.PREPARED, S.SUBMIT, entity_state=EntityState.SUBMITTED)
    assert info.value.code == "lifecycle.entity_not_approved"
    # Other steps ignore the entity.
    assert next_algorithm_state(A.DRAFT, S.PREPARE, entity_state="ent_draft") is A.PREPARED


def test_state_groups() -> None:
    assert {A.CANCELLED, A.REVOKED, A.CANCELLED_BY_CAC, A.ABANDONED} == TERMINAL_STATES
    assert set(A) == PRE_FILING_STATES | NUMBERED_STATES | TERMINAL_STATES
    assert not PRE_FILING_STATES & NUMBERED_STATES
    assert is_terminal("abandoned") and not is_terminal(A.FILED)
    for state in NUMBERED_STATES:
        assert {S.REVOKE, S.CANCEL_BY_CAC} <= set(allowed_algorithm_steps(state))


def test_every_state_has_a_row_and_every_step_is_used() -> None:
    assert set(ALGORITHM_TRANSITIONS) == set(A)
    used = {step for steps in ALGORITHM_TRANSITIONS.values() for step in steps}
    assert used == set(S)
    assert set(PROCEDURE_TRANSITIONS) == set(P)
    assert {s for steps in PROCEDURE_TRANSITIONS.values() for s in steps} == set(PS)


def test_steps_have_labels() -> None:
    for enum in (AlgorithmStep, ProcedureStep, EntityStep):
        for member in enum:
            assert member.zh != member.value and member.en


# --- procedure machine ---------------------------------------------------------------------------


def test_procedure_happy_path_and_resubmission() -> None:
    path = [
        (PS.MARK_READY, P.READY),
        (PS.REOPEN, P.EDITING),
        (PS.MARK_READY, P.READY),
        (PS.SUBMIT, P.SUBMITTED),
        (PS.RETURN, P.RETURNED),
        (PS.FIX, P.EDITING),
        (PS.MARK_READY, P.READY),
        (PS.SUBMIT, P.SUBMITTED),
        (PS.ACCEPT, P.COMPLETED),
    ]
    state = P.EDITING
    for step, expected in path:
        state = next_procedure_state(state, step)
        assert state is expected
    assert allowed_procedure_steps(state) == ()


@pytest.mark.parametrize("state", [P.EDITING, P.READY, P.SUBMITTED, P.RETURNED])
def test_procedure_can_be_withdrawn_until_closed(state: P) -> None:
    assert next_procedure_state(state, PS.WITHDRAW) is P.WITHDRAWN


@pytest.mark.parametrize(
    ("state", "step"),
    [(P.EDITING, PS.SUBMIT), (P.SUBMITTED, PS.FIX), (P.RETURNED, PS.SUBMIT), (P.WITHDRAWN, PS.FIX)],
)
def test_illegal_procedure_steps(state: P, step: PS) -> None:
    with pytest.raises(IllegalTransition, match=f"from {state.en}"):
        next_procedure_state(state, step)


# --- entity machine ------------------------------------------------------------------------------


def test_entity_machine() -> None:
    assert next_entity_state(E.DRAFT, ES.SUBMIT) is E.SUBMITTED
    assert next_entity_state(E.SUBMITTED, ES.RETURN) is E.RETURNED
    assert next_entity_state(E.RETURNED, ES.SUBMIT) is E.SUBMITTED
    assert next_entity_state(E.SUBMITTED, ES.APPROVE) is E.APPROVED
    assert allowed_entity_steps(E.APPROVED) == ()
    with pytest.raises(IllegalTransition, match="Cannot record approval from Entity draft"):
        next_entity_state(E.DRAFT, ES.APPROVE)


# --- procedure → algorithm ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "step", "expected"),
    [
        (K.FILING, PS.MARK_READY, S.PREPARE),
        (K.FILING, PS.REOPEN, S.UNPREPARE),
        (K.FILING, PS.SUBMIT, S.SUBMIT),
        (K.FILING, PS.ACCEPT, S.FILE),
        (K.FILING, PS.RETURN, S.RETURN),
        (K.FILING, PS.FIX, None),
        (K.FILING, PS.WITHDRAW, S.WITHDRAW_FILING),
        (K.MODIFICATION, PS.MARK_READY, None),
        (K.MODIFICATION, PS.SUBMIT, S.SUBMIT_CHANGE),
        (K.MODIFICATION, PS.ACCEPT, S.CHANGE_ACCEPTED),
        (K.MODIFICATION, PS.RETURN, S.CHANGE_RETURNED),
        (K.MODIFICATION, PS.WITHDRAW, S.WITHDRAW_CHANGE),
        (K.CANCELLATION, PS.SUBMIT, S.SUBMIT_CANCEL),
        (K.CANCELLATION, PS.ACCEPT, S.CANCEL_ACCEPTED),
        (K.CANCELLATION, PS.RETURN, S.CANCEL_RETURNED),
        (K.CANCELLATION, PS.WITHDRAW, S.WITHDRAW_CANCEL),
        (K.CANCELLATION, PS.REOPEN, None),
    ],
)
def test_algorithm_step_for(kind: K, step: PS, expected: S | None) -> None:
    assert algorithm_step_for(kind, step) is expected


# The algorithm state each procedure's opening leaves the algorithm in (the store applies CHANGE or
# TERMINATE when it opens a modification or cancellation).
OPENING = {K.FILING: A.DRAFT, K.MODIFICATION: A.CHANGE_PENDING, K.CANCELLATION: A.CANCEL_PENDING}
CLOSING = {K.FILING: A.FILED, K.MODIFICATION: A.FILED, K.CANCELLATION: A.CANCELLED}


@given(
    kind=st.sampled_from(list(K)),
    choices=st.lists(st.integers(min_value=0, max_value=10), max_size=30),
)
def test_algorithm_follows_any_legal_procedure_run(kind: K, choices: list[int]) -> None:
    """Every legal procedure run moves the algorithm legally (the store never hits an error)."""
    proc, algo = P.EDITING, OPENING[kind]
    for choice in choices:
        allowed = allowed_procedure_steps(proc)
        if not allowed:
            break
        step = allowed[choice % len(allowed)]
        proc = next_procedure_state(proc, step)
        algo_step = algorithm_step_for(kind, step)
        if algo_step is not None:
            algo = next_algorithm_state(algo, algo_step)
    if proc is P.COMPLETED:
        assert algo is CLOSING[kind]
    if proc is P.WITHDRAWN:
        assert algo in (A.DRAFT, A.FILED)


# --- random walks --------------------------------------------------------------------------------


@given(start=st.sampled_from(list(A)), steps=st.lists(st.sampled_from(list(S)), max_size=40))
def test_random_algorithm_steps_stay_in_the_machine(start: A, steps: list[S]) -> None:
    state = start
    for step in steps:
        allowed = allowed_algorithm_steps(state)
        if step in allowed:
            state = next_algorithm_state(state, step)
        else:
            with pytest.raises(IllegalTransition) as info:
                next_algorithm_state(state, step)
            assert info.value.params["allowed"] == allowed
        assert state in ALGORITHM_TRANSITIONS


@given(choices=st.lists(st.integers(min_value=0, max_value=20), max_size=40))
def test_allowed_algorithm_walks_never_fail(choices: list[int]) -> None:
    state = A.DRAFT
    for choice in choices:
        allowed = allowed_algorithm_steps(state)
        if not allowed:
            assert state in TERMINAL_STATES
            break
        state = next_algorithm_state(state, allowed[choice % len(allowed)])
        assert isinstance(state, A)


@given(start=st.sampled_from(list(P)), steps=st.lists(st.sampled_from(list(PS)), max_size=40))
def test_random_procedure_steps_stay_in_the_machine(start: P, steps: list[PS]) -> None:
    state = start
    for step in steps:
        if step in allowed_procedure_steps(state):
            state = next_procedure_state(state, step)
        else:
            with pytest.raises(IllegalTransition):
                next_procedure_state(state, step)
        assert isinstance(state, P)


@given(
    start=st.sampled_from(list(EntityState)),
    steps=st.lists(st.sampled_from(list(EntityStep)), max_size=20),
)
def test_random_entity_steps_stay_in_the_machine(
    start: EntityState, steps: list[EntityStep]
) -> None:
    state = start
    for step in steps:
        if step in allowed_entity_steps(state):
            state = next_entity_state(state, step)
        else:
            with pytest.raises(IllegalTransition):
                next_entity_state(state, step)
        assert isinstance(state, EntityState)
