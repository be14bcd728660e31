"""The states of a generative-AI service's 备案 (filing) or 登记 (registration), one table per
track, the step function that refuses what a table does not allow, and the planning hints.

States (domain.md Part A item 14): draft → materials ready → submitted to the local CAC →
(备案 only: provincial review passed → national review) → approved with its number, or returned
for correction with the CAC's reasons → resubmitted; withdrawn; approval revoked.

Decisions where the sources are silent:

* A return may come at any review stage; resubmission goes back to the local CAC (SUBMITTED).
* Withdrawn and revoked are not dead ends: REOPEN starts a new attempt from DRAFT.
* APPROVE needs the number, checked against the track's format (``codes.check_model_number``);
  RETURN needs at least one of the CAC's reasons.
* There is no statutory clock (no article sets one); ``PLANNING_HINTS`` are the durations agents
  report, labelled as practice, for planning only.

Pure: no Qt, no I/O. ``step`` never raises for a refused step: it returns the state unchanged
with an Issue whose code says why, so the store can refuse before it writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from filing_desk.domain import codes
from filing_desk.domain.enums import LabelledEnum, ModelTrack, ServiceState, Severity
from filing_desk.domain.issues import Issue


class ServiceStep(LabelledEnum):
    """What can happen to a service's 备案 / 登记; the English label reads as a verb."""

    PREPARE = ("prepare", "标记材料齐备", "mark materials ready")
    UNPREPARE = ("unprepare", "退回草稿编辑", "edit again")
    SUBMIT = ("submit", "报属地网信办", "submit to the local CAC")
    PASS_PROVINCIAL = ("pass_provincial", "省级初审通过", "record provincial review passed")
    START_NATIONAL = ("start_national", "报国家复审", "record national review started")
    APPROVE = ("approve", "取得编号", "record approval with its number")
    RETURN = ("return", "退回补正", "record return for correction")
    RESUBMIT = ("resubmit", "补正后重新报送", "resubmit")
    WITHDRAW = ("withdraw", "撤回", "withdraw")
    REVOKE = ("revoke", "被撤销", "record approval revoked")
    REOPEN = ("reopen", "重新办理", "start again")


_S, _T = ServiceState, ServiceStep
_COMMON: Mapping[ServiceState, Mapping[ServiceStep, ServiceState]] = {
    _S.DRAFT: {_T.PREPARE: _S.PREPARED, _T.WITHDRAW: _S.WITHDRAWN},
    _S.PREPARED: {_T.SUBMIT: _S.SUBMITTED, _T.UNPREPARE: _S.DRAFT, _T.WITHDRAW: _S.WITHDRAWN},
    _S.RETURNED: {_T.RESUBMIT: _S.SUBMITTED, _T.WITHDRAW: _S.WITHDRAWN},
    _S.APPROVED: {_T.REVOKE: _S.REVOKED},
    _S.WITHDRAWN: {_T.REOPEN: _S.DRAFT},
    _S.REVOKED: {_T.REOPEN: _S.DRAFT},
}
_IN_REVIEW = {_T.RETURN: _S.RETURNED, _T.WITHDRAW: _S.WITHDRAWN}

TRANSITIONS: Mapping[ModelTrack, Mapping[ServiceState, Mapping[ServiceStep, ServiceState]]] = {
    # 备案: the local (provincial) CAC reviews first, the national CAC decides.
    ModelTrack.FILING: {
        **_COMMON,
        _S.SUBMITTED: {_T.PASS_PROVINCIAL: _S.PROVINCIAL_PASSED, **_IN_REVIEW},
        _S.PROVINCIAL_PASSED: {_T.START_NATIONAL: _S.NATIONAL_REVIEW, **_IN_REVIEW},
        _S.NATIONAL_REVIEW: {_T.APPROVE: _S.APPROVED, **_IN_REVIEW},
    },
    # 登记: the local CAC alone.
    ModelTrack.REGISTRATION: {
        **_COMMON,
        _S.SUBMITTED: {_T.APPROVE: _S.APPROVED, **_IN_REVIEW},
    },
}
"""Track → state → step → the state after it; a step's order is its menu order."""


@dataclass(frozen=True)
class StepOutcome:
    """The state after a step, or the state unchanged and the issues that refused it."""

    state: ServiceState
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(i.is_error for i in self.issues)


def allowed_steps(track: ModelTrack | str, state: ServiceState | str) -> tuple[ServiceStep, ...]:
    table = TRANSITIONS.get(ModelTrack(track), {})
    return tuple(table.get(ServiceState(state), {}))


def step(
    track: ModelTrack | str,
    state: ServiceState | str,
    move: ServiceStep | str,
    *,
    number: str = "",
    reasons: Sequence[str] = (),
    readiness: Sequence[Issue] = (),
) -> StepOutcome:
    """Apply ``move``: the new state, or the same state with the issues that refuse it.

    ``number`` is the number an APPROVE records, ``reasons`` the CAC's reasons a RETURN records;
    ``readiness`` is the service's readiness check (e.g. ``genai_tracks.track_issues``): its
    errors refuse the steps that hand materials over (PREPARE, SUBMIT, RESUBMIT).
    """
    current, what, on = ServiceState(state), ServiceStep(move), ModelTrack(track)
    refused = _refusal(on, current, what) or _guard(on, what, number, reasons, readiness)
    if refused:
        return StepOutcome(current, tuple(refused))
    return StepOutcome(TRANSITIONS[on][current][what])


_HAND_OVER = frozenset({ServiceStep.PREPARE, ServiceStep.SUBMIT, ServiceStep.RESUBMIT})


def _guard(
    track: ModelTrack,
    move: ServiceStep,
    number: str,
    reasons: Sequence[str],
    readiness: Sequence[Issue],
) -> list[Issue] | None:
    if move is _T.APPROVE:
        return _number_issues(track, number)
    if move is _T.RETURN and not any(r.strip() for r in reasons):
        text = "Record the CAC's reasons for returning the application."
        field = "service.returned_reasons"
        return [Issue("genai_state.reasons_missing", field, _ERROR, {}, text)]
    if move in _HAND_OVER:
        return [i for i in readiness if i.is_error] or None
    return None


_ERROR = Severity.ERROR


def _refusal(track: ModelTrack, state: ServiceState, move: ServiceStep) -> list[Issue] | None:
    table = TRANSITIONS.get(track)
    if table is None:
        text = "A service that needs neither filing nor registration has no steps to take."
        return [
            Issue("genai_state.no_track", "service.state", _ERROR, {"track": track.value}, text)
        ]
    if state not in table:
        text = f"{state.en} is a stage of filing only, not of {track.en.lower()}."
        params = {"state": state.value, "track": track.value}
        return [Issue("genai_state.not_on_track", "service.state", _ERROR, params, text)]
    if move in table[state]:
        return None
    allowed = ", ".join(s.en for s in table[state]) or "none"
    text = f"Cannot {move.en} from {state.en}; allowed: {allowed}."
    given: dict[str, object] = {
        "state": state.value,
        "step": move.value,
        "allowed": tuple(s.value for s in table[state]),
    }
    return [Issue("genai_state.step_refused", "service.state", _ERROR, given, text)]


def _number_issues(track: ModelTrack, number: str) -> list[Issue] | None:
    field = "service.number"
    if not number.strip():
        text = f"Enter the {track.en.lower()} number the CAC granted."
        return [Issue("genai_state.number_missing", field, _ERROR, {"track": track.value}, text)]
    found = [i for i in codes.check_model_number(number, track, field) if i.is_error]
    return found or None


# --- planning hints (practice, not law) -----------------------------------------------------


@dataclass(frozen=True)
class PlanningHint:
    """How long a track reportedly takes from submission: practice, never a deadline."""

    track: ModelTrack
    min_months: int
    max_months: int
    cites: tuple[str, ...] = ("genai-practice",)
    is_practice: bool = True

    def text(self, lang: str = "zh") -> str:
        if lang.startswith("zh"):
            return (
                f"据实务报道，{self.track.zh}约需 {self.min_months}–{self.max_months} 个月"
                "（仅供规划参考，非法定期限）。"
            )
        return (
            f"Reported in practice: {self.track.en.lower()} takes about "
            f"{self.min_months}-{self.max_months} months (a planning hint, not a legal deadline)."
        )


PLANNING_HINTS: Mapping[ModelTrack, PlanningHint] = {
    ModelTrack.FILING: PlanningHint(ModelTrack.FILING, 3, 8),
    ModelTrack.REGISTRATION: PlanningHint(ModelTrack.REGISTRATION, 3, 4),
}
