"""The filing lifecycle as transition tables: entity, algorithm and procedure state machines.

No Qt, no I/O. The tables follow domain.md Part B §8.4; the store calls ``next_*_state`` before it
writes a new state and ``algorithm_step_for`` to move an algorithm along with its procedure.

Decisions where §8.4 is silent:

* A never-filed algorithm (DRAFT, PREPARED, RETURNED) is ABANDONED, never terminated; TERMINATE
  starts a cancellation (注销) and needs a filing number, so it is allowed from FILED and from the
  two modification states (the service can end while a change is pending). The store should
  withdraw an open modification procedure *before* it terminates (WITHDRAW_CHANGE brings the
  algorithm back to FILED), so both records agree.
* PREPARE leads to PREPARED from DRAFT and, after 补正, from RETURNED (§8.4 "→ PREPARED (after
  fixes)"); one step serves both so the filing procedure's MARK_READY maps to one algorithm step.
* Withdrawing a procedure in the portal is a step of its own for each kind: WITHDRAW_FILING brings
  a not-yet-filed algorithm back to DRAFT (a no-op from DRAFT, so the store may apply it whatever
  the procedure's state was); WITHDRAW_CHANGE and WITHDRAW_CANCEL bring a filed one back to FILED.
* A cancellation can be returned like any procedure (CANCEL_RETURNED → CANCEL_PENDING).
* REVOKE (Algorithm Provisions art. 33(1)) and CANCEL_BY_CAC (art. 33(2)) apply to every state in
  which the algorithm holds a filing number.
* Opening a procedure is not a procedure step: the store applies CHANGE when it opens a
  modification and TERMINATE when it opens a cancellation; opening a filing moves nothing.
* The algorithm machine tracks one modification at a time: a change arriving while CHANGE_PENDING
  joins the open modification (changes.merge_changes) without a step.
* SUBMIT needs an approved entity (portal practice, §8.4); pass ``entity_state`` to enforce it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from filing_desk.domain.enums import (
    AlgorithmState,
    EntityState,
    LabelledEnum,
    ProcedureKind,
    ProcedureState,
)
from filing_desk.domain.errors import IllegalTransition

# Procedure states in which the procedure is still the provider's to finish (its clock runs),
# those in which it is still alive (also waiting at the CAC), and the algorithm states that hold
# a filing number whose record a change must keep up to date.
OPEN_STATES = (ProcedureState.EDITING, ProcedureState.READY, ProcedureState.RETURNED)
LIVE_STATES = (*OPEN_STATES, ProcedureState.SUBMITTED)
FILED_STATES = (
    AlgorithmState.FILED,
    AlgorithmState.CHANGE_PENDING,
    AlgorithmState.CHANGE_SUBMITTED,
)


class AlgorithmStep(LabelledEnum):
    """What can happen to an algorithm; the English label reads as a verb in messages."""

    PREPARE = ("prepare", "标记材料齐备", "prepare")
    UNPREPARE = ("unprepare", "退回草稿编辑", "edit again")
    SUBMIT = ("submit", "提交备案", "submit")
    FILE = ("file", "备案通过", "record filing number")
    RETURN = ("return", "退回补正", "return for correction")
    WITHDRAW_FILING = ("withdraw_filing", "撤回备案申请", "withdraw filing")
    ABANDON = ("abandon", "放弃备案", "abandon")
    CHANGE = ("change", "发生变更", "change")
    SUBMIT_CHANGE = ("submit_change", "提交变更", "submit change")
    CHANGE_ACCEPTED = ("change_accepted", "变更通过", "record change accepted")
    CHANGE_RETURNED = ("change_returned", "变更退回", "record change returned")
    WITHDRAW_CHANGE = ("withdraw_change", "撤回变更", "withdraw change")
    TERMINATE = ("terminate", "终止服务", "terminate")
    SUBMIT_CANCEL = ("submit_cancel", "提交注销", "submit cancellation")
    CANCEL_ACCEPTED = ("cancel_accepted", "注销通过", "record cancellation accepted")
    CANCEL_RETURNED = ("cancel_returned", "注销退回", "record cancellation returned")
    WITHDRAW_CANCEL = ("withdraw_cancel", "撤回注销", "withdraw cancellation")
    REVOKE = ("revoke", "被撤销备案", "revoke")
    CANCEL_BY_CAC = ("cancel_by_cac", "被注销备案", "cancel by CAC")


class ProcedureStep(LabelledEnum):
    """What can happen to one filing, modification or cancellation procedure."""

    MARK_READY = ("mark_ready", "标记待提交", "mark ready")
    REOPEN = ("reopen", "重新编辑", "edit again")
    SUBMIT = ("submit", "记录已提交", "record submission")
    ACCEPT = ("accept", "记录审核通过", "record acceptance")
    RETURN = ("return", "记录退回补正", "record return")
    FIX = ("fix", "补正修改", "fix")
    WITHDRAW = ("withdraw", "撤回", "withdraw")
    DISCARD = ("discard", "作废误开的程序", "discard as opened by mistake")


class EntityStep(LabelledEnum):
    """What can happen to an entity (主体) record in the portal."""

    SUBMIT = ("submit", "提交主体信息", "submit")
    APPROVE = ("approve", "主体审核通过", "record approval")
    RETURN = ("return", "主体退回", "record return")


_A = AlgorithmState
_S = AlgorithmStep

# Algorithm Provisions art. 24, 25, 33 as drawn in domain.md Part B §8.4; step order = menu order.
ALGORITHM_TRANSITIONS: Mapping[AlgorithmState, Mapping[AlgorithmStep, AlgorithmState]] = {
    _A.DRAFT: {_S.PREPARE: _A.PREPARED, _S.WITHDRAW_FILING: _A.DRAFT, _S.ABANDON: _A.ABANDONED},
    _A.PREPARED: {
        _S.SUBMIT: _A.SUBMITTED,
        _S.UNPREPARE: _A.DRAFT,
        _S.WITHDRAW_FILING: _A.DRAFT,
        _S.ABANDON: _A.ABANDONED,
    },
    _A.SUBMITTED: {_S.FILE: _A.FILED, _S.RETURN: _A.RETURNED, _S.WITHDRAW_FILING: _A.DRAFT},
    _A.RETURNED: {_S.PREPARE: _A.PREPARED, _S.WITHDRAW_FILING: _A.DRAFT, _S.ABANDON: _A.ABANDONED},
    _A.FILED: {
        _S.CHANGE: _A.CHANGE_PENDING,
        _S.TERMINATE: _A.CANCEL_PENDING,
        _S.REVOKE: _A.REVOKED,
        _S.CANCEL_BY_CAC: _A.CANCELLED_BY_CAC,
    },
    _A.CHANGE_PENDING: {
        _S.SUBMIT_CHANGE: _A.CHANGE_SUBMITTED,
        _S.WITHDRAW_CHANGE: _A.FILED,
        _S.TERMINATE: _A.CANCEL_PENDING,
        _S.REVOKE: _A.REVOKED,
        _S.CANCEL_BY_CAC: _A.CANCELLED_BY_CAC,
    },
    _A.CHANGE_SUBMITTED: {
        _S.CHANGE_ACCEPTED: _A.FILED,
        _S.CHANGE_RETURNED: _A.CHANGE_PENDING,
        _S.WITHDRAW_CHANGE: _A.FILED,
        _S.TERMINATE: _A.CANCEL_PENDING,
        _S.REVOKE: _A.REVOKED,
        _S.CANCEL_BY_CAC: _A.CANCELLED_BY_CAC,
    },
    _A.CANCEL_PENDING: {
        _S.SUBMIT_CANCEL: _A.CANCEL_SUBMITTED,
        _S.WITHDRAW_CANCEL: _A.FILED,
        _S.REVOKE: _A.REVOKED,
        _S.CANCEL_BY_CAC: _A.CANCELLED_BY_CAC,
    },
    _A.CANCEL_SUBMITTED: {
        _S.CANCEL_ACCEPTED: _A.CANCELLED,
        _S.CANCEL_RETURNED: _A.CANCEL_PENDING,
        _S.WITHDRAW_CANCEL: _A.FILED,
        _S.REVOKE: _A.REVOKED,
        _S.CANCEL_BY_CAC: _A.CANCELLED_BY_CAC,
    },
    _A.CANCELLED: {},
    _A.REVOKED: {},
    _A.CANCELLED_BY_CAC: {},
    _A.ABANDONED: {},
}

_P = ProcedureState
_PS = ProcedureStep

# One machine for all three procedures; RETURNED → EDITING → READY → SUBMITTED is 补正 and
# resubmission (art. 25: the CAC returns incomplete materials with reasons).
PROCEDURE_TRANSITIONS: Mapping[ProcedureState, Mapping[ProcedureStep, ProcedureState]] = {
    _P.EDITING: {_PS.MARK_READY: _P.READY, _PS.WITHDRAW: _P.WITHDRAWN, _PS.DISCARD: _P.DISCARDED},
    _P.READY: {
        _PS.SUBMIT: _P.SUBMITTED,
        _PS.REOPEN: _P.EDITING,
        _PS.WITHDRAW: _P.WITHDRAWN,
        _PS.DISCARD: _P.DISCARDED,
    },
    _P.SUBMITTED: {_PS.ACCEPT: _P.COMPLETED, _PS.RETURN: _P.RETURNED, _PS.WITHDRAW: _P.WITHDRAWN},
    _P.RETURNED: {_PS.FIX: _P.EDITING, _PS.WITHDRAW: _P.WITHDRAWN},
    _P.COMPLETED: {},
    _P.WITHDRAWN: {},
    _P.DISCARDED: {},
}

_E = EntityState
_ES = EntityStep

ENTITY_TRANSITIONS: Mapping[EntityState, Mapping[EntityStep, EntityState]] = {
    _E.DRAFT: {_ES.SUBMIT: _E.SUBMITTED},
    _E.SUBMITTED: {_ES.APPROVE: _E.APPROVED, _ES.RETURN: _E.RETURNED},
    _E.RETURNED: {_ES.SUBMIT: _E.SUBMITTED},
    _E.APPROVED: {},
}

# How a procedure step moves its algorithm; a missing pair means the algorithm stays put.
_ALGORITHM_STEP_FOR: Mapping[ProcedureKind, Mapping[ProcedureStep, AlgorithmStep]] = {
    ProcedureKind.FILING: {
        _PS.MARK_READY: _S.PREPARE,
        _PS.REOPEN: _S.UNPREPARE,
        _PS.SUBMIT: _S.SUBMIT,
        _PS.ACCEPT: _S.FILE,
        _PS.RETURN: _S.RETURN,
        _PS.WITHDRAW: _S.WITHDRAW_FILING,
    },
    ProcedureKind.MODIFICATION: {
        _PS.SUBMIT: _S.SUBMIT_CHANGE,
        _PS.ACCEPT: _S.CHANGE_ACCEPTED,
        _PS.RETURN: _S.CHANGE_RETURNED,
        _PS.WITHDRAW: _S.WITHDRAW_CHANGE,
    },
    ProcedureKind.CANCELLATION: {
        _PS.SUBMIT: _S.SUBMIT_CANCEL,
        _PS.ACCEPT: _S.CANCEL_ACCEPTED,
        _PS.RETURN: _S.CANCEL_RETURNED,
        _PS.WITHDRAW: _S.WITHDRAW_CANCEL,
    },
}

PRE_FILING_STATES: frozenset[AlgorithmState] = frozenset(
    {_A.DRAFT, _A.PREPARED, _A.SUBMITTED, _A.RETURNED}
)
"""States before a filing number exists: the art. 24(1) clock runs from go-live."""

NUMBERED_STATES: frozenset[AlgorithmState] = frozenset(
    {_A.FILED, _A.CHANGE_PENDING, _A.CHANGE_SUBMITTED, _A.CANCEL_PENDING, _A.CANCEL_SUBMITTED}
)
"""States in which the algorithm holds a live filing number (art. 26 display applies)."""

TERMINAL_STATES: frozenset[AlgorithmState] = frozenset(
    state for state, steps in ALGORITHM_TRANSITIONS.items() if not steps
)

StateT = TypeVar("StateT", bound=LabelledEnum)
StepT = TypeVar("StepT", bound=LabelledEnum)


def _advance(
    table: Mapping[StateT, Mapping[StepT, StateT]],
    state: StateT,
    step: StepT,
) -> StateT:
    """Look the step up in the table or raise IllegalTransition naming what is allowed."""
    steps = table[state]
    if step in steps:
        return steps[step]
    allowed = tuple(steps)
    names = ", ".join(s.en for s in allowed) or "none"
    raise IllegalTransition(
        f"Cannot {step.en} from {state.en}; allowed: {names}",
        state=state,
        step=step,
        allowed=allowed,
    )


def next_algorithm_state(
    state: AlgorithmState | str,
    step: AlgorithmStep | str,
    *,
    entity_state: EntityState | str | None = None,
) -> AlgorithmState:
    """The algorithm's state after ``step``; with ``entity_state``, SUBMIT needs ENT_APPROVED."""
    current, move = AlgorithmState(state), AlgorithmStep(step)
    target = _advance(ALGORITHM_TRANSITIONS, current, move)
    if move is _S.SUBMIT and entity_state is not None:
        _require_approved_entity(current, EntityState(entity_state))
    return target


def _require_approved_entity(current: AlgorithmState, entity_state: EntityState) -> None:
    # Portal practice (§8.4): the entity must be approved before any algorithm is submitted.
    if entity_state is not _E.APPROVED:
        raise IllegalTransition(
            f"Cannot submit while the entity is {entity_state.en}; approve the entity first",
            code="lifecycle.entity_not_approved",
            state=current,
            step=_S.SUBMIT,
            entity_state=entity_state,
        )


def allowed_algorithm_steps(state: AlgorithmState | str) -> tuple[AlgorithmStep, ...]:
    return tuple(ALGORITHM_TRANSITIONS[AlgorithmState(state)])


def next_procedure_state(state: ProcedureState | str, step: ProcedureStep | str) -> ProcedureState:
    return _advance(PROCEDURE_TRANSITIONS, ProcedureState(state), ProcedureStep(step))


def allowed_procedure_steps(state: ProcedureState | str) -> tuple[ProcedureStep, ...]:
    return tuple(PROCEDURE_TRANSITIONS[ProcedureState(state)])


def next_entity_state(state: EntityState | str, step: EntityStep | str) -> EntityState:
    return _advance(ENTITY_TRANSITIONS, EntityState(state), EntityStep(step))


def allowed_entity_steps(state: EntityState | str) -> tuple[EntityStep, ...]:
    return tuple(ENTITY_TRANSITIONS[EntityState(state)])


def algorithm_step_for(
    kind: ProcedureKind | str, step: ProcedureStep | str
) -> AlgorithmStep | None:
    """The algorithm step that goes with a procedure step, or None when the algorithm stays put."""
    return _ALGORITHM_STEP_FOR[ProcedureKind(kind)].get(ProcedureStep(step))


def is_terminal(state: AlgorithmState | str) -> bool:
    return AlgorithmState(state) in TERMINAL_STATES
