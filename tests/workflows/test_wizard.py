"""Finish and Save as draft of the procedure wizard (workflows.wizard): everything or nothing.

Each Finish is one transaction. A failure injected at each of its steps — each register command
the use case calls, after that command has run for real, and each audit event written — leaves
the register file exactly as it was: every row of every table, the audit chain included.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.store import audit_log
from filing_desk.store.register import Register
from filing_desk.workflows import wizard

REASON = "主要用途调整为资讯与短视频的综合推荐"  # a reason long enough for the forms
CHANGE = date(2026, 11, 21)
NEW_PRODUCT = {"product[new].name": "示例资讯极速版", "product[new].form": "app"}


class Injected(Exception):
    """The failure a test injects."""


def answers_for(kind: ProcedureKind, product_id: int) -> dict[str, object]:
    """Answers that touch every step of the kind's Finish: the algorithm, a stored product, a
    new product (a filing or a change), and the procedure's own fields."""
    touched: dict[str, object] = {
        "algorithm.main_use": "应用于资讯与短视频信息流场景，为用户推荐个性化内容。",
        f"product[{product_id}].functions": "首页—推荐：资讯与短视频信息流。",
        **NEW_PRODUCT,
        "product[new].address": "各大应用商店搜索“示例资讯极速版”",
        "product[new].users_served": "社会公众",
        "product[new].functions": "首页—推荐：个性化资讯信息流。",
    }
    if kind is ProcedureKind.FILING:
        return touched
    if kind is ProcedureKind.MODIFICATION:
        return {**touched, "procedure.trigger_date": CHANGE, "procedure.reason": REASON}
    return {
        "procedure.trigger_date": CHANGE,
        "procedure.reason": "业务调整，该资讯推荐服务于当日停止运营",
        "procedure.followup": "用户数据已按隐私政策删除。",
    }


STEPS = {
    ProcedureKind.FILING: (
        "update_algorithm",
        "update_link",  # a stored product's functions are its link's
        "add_product",
        "start_filing",
        "save_draft",
        "mark_ready",
    ),
    ProcedureKind.MODIFICATION: (
        "record_change",
        "update_link",  # a stored product's functions are its link's
        "add_product",
        "save_draft",
        "mark_ready",
    ),
    ProcedureKind.CANCELLATION: ("terminate", "save_draft", "mark_ready"),
}


def _target(kind: ProcedureKind, request: pytest.FixtureRequest) -> int:
    return request.getfixturevalue("draft_id" if kind is ProcedureKind.FILING else "filed_id")


def _fail_after(
    monkeypatch: pytest.MonkeyPatch, register: Register, step: str, ran: list[str]
) -> None:
    """Make the register's ``step`` run for real, then raise."""
    real: Callable[..., Any] = getattr(register, step)

    def failing(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        ran.append(step)
        raise Injected(step)

    monkeypatch.setattr(register, step, failing)


@pytest.mark.parametrize(
    ("kind", "step"), [(kind, step) for kind, steps in STEPS.items() for step in steps]
)
def test_a_failure_at_any_step_of_finish_leaves_nothing_applied(
    register: Register,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    state: Callable[[Path], Any],
    kind: ProcedureKind,
    step: str,
) -> None:
    algorithm_id = _target(kind, request)
    product_id = register.linked_products(algorithm_id)[0].id
    assert product_id is not None
    before = state(register.path)
    ran: list[str] = []
    _fail_after(monkeypatch, register, step, ran)

    with pytest.raises(Injected):
        wizard.finish(register, kind, algorithm_id, None, answers_for(kind, product_id))

    assert ran == [step]  # the step was reached, and ran
    assert state(register.path) == before
    monkeypatch.undo()  # the same answers, without the failure, go through
    finished = wizard.finish(register, kind, algorithm_id, None, answers_for(kind, product_id))
    assert finished.report.is_valid, finished.report.errors
    assert finished.procedure.state is ProcedureState.READY


def _finish_events(register: Register, algorithm_id: int) -> int:
    """How many audit events a successful filing Finish writes (measured, then undone)."""
    events_before = len(register.audit_events())
    with pytest.raises(Injected), register.transaction():
        product_id = register.linked_products(algorithm_id)[0].id
        answers = answers_for(ProcedureKind.FILING, product_id or 0)
        wizard.finish(register, ProcedureKind.FILING, algorithm_id, None, answers)
        written = len(register.audit_events()) - events_before
        raise Injected(str(written))
    return written


def test_a_failure_at_any_audit_event_of_finish_leaves_nothing_applied(
    register: Register,
    draft_id: int,
    monkeypatch: pytest.MonkeyPatch,
    state: Callable[[Path], Any],
) -> None:
    written = _finish_events(register, draft_id)
    # the algorithm's edit, a link's edit, the new product and its link, the filing opened, the
    # draft cleared, the filing marked ready
    assert written == 7
    before = state(register.path)
    real = audit_log.append
    for failing_at in range(1, written + 1):
        calls: list[int] = []

        def append(*args: Any, at: int = failing_at, seen: list[int] = calls, **kw: Any) -> Any:
            seen.append(1)
            if len(seen) == at:
                raise Injected(f"audit event {at}")
            return real(*args, **kw)

        monkeypatch.setattr(audit_log, "append", append)
        product_id = register.linked_products(draft_id)[0].id or 0
        with pytest.raises(Injected):
            answers = answers_for(ProcedureKind.FILING, product_id)
            wizard.finish(register, ProcedureKind.FILING, draft_id, None, answers)
        assert state(register.path) == before, f"failing at audit event {failing_at}"


def test_finish_applies_the_answers_and_marks_ready(register: Register, draft_id: int) -> None:
    product = register.linked_products(draft_id)[0]
    assert product.id is not None
    answers = answers_for(ProcedureKind.FILING, product.id)

    finished = wizard.finish(register, ProcedureKind.FILING, draft_id, None, answers)

    assert finished.procedure.state is ProcedureState.READY
    assert finished.procedure.draft == {}
    algorithm = register.algorithm(draft_id)
    assert algorithm.main_use == answers["algorithm.main_use"]
    assert algorithm.state is AlgorithmState.PREPARED  # its forms are complete
    products = {p.id: p for p in register.linked_products(draft_id)}
    assert products[product.id].functions == answers[f"product[{product.id}].functions"]
    assert finished.new_product_id in products
    assert products[finished.new_product_id].name == NEW_PRODUCT["product[new].name"]


def test_finish_with_problems_keeps_a_draft_and_says_why(register: Register, draft_id: int) -> None:
    answers = {"algorithm.purpose": ""}  # the forms require it

    finished = wizard.finish(register, ProcedureKind.FILING, draft_id, None, answers)

    assert finished.procedure.state is ProcedureState.EDITING
    assert "algorithm.purpose" in {i.field for i in finished.report.errors}
    assert register.algorithm(draft_id).purpose == ""


def test_a_refused_answer_leaves_nothing_applied(
    register: Register, filed_id: int, state: Callable[[Path], Any]
) -> None:
    """A change without its date is refused after the algorithm's answers were read: nothing
    of the change is kept, no modification is opened."""
    before = state(register.path)
    answers = {"algorithm.main_use": "新的主要用途", "procedure.reason": REASON}

    with pytest.raises(InvalidInput) as refused:
        wizard.finish(register, ProcedureKind.MODIFICATION, filed_id, None, answers)

    assert [i.code for i in refused.value.issues] == ["field.required"]
    assert state(register.path) == before


def test_save_draft_opens_the_procedure_and_keeps_the_answers_only(
    register: Register, draft_id: int
) -> None:
    texts = {"algorithm.main_use": "还没写完", "_page": "2"}
    answers = {"algorithm.main_use": "还没写完"}

    procedure = wizard.save_draft(register, ProcedureKind.FILING, draft_id, None, answers, texts)

    assert procedure.state is ProcedureState.EDITING
    assert procedure.draft == texts
    assert register.algorithm(draft_id).main_use != "还没写完"  # a draft applies nothing


def test_save_draft_is_one_transaction(
    register: Register, draft_id: int, monkeypatch: pytest.MonkeyPatch, state: Callable[..., Any]
) -> None:
    before = state(register.path)
    _fail_after(monkeypatch, register, "save_draft", [])

    with pytest.raises(Injected):
        wizard.save_draft(register, ProcedureKind.FILING, draft_id, None, {}, {"_page": "1"})

    assert state(register.path) == before  # the filing it opened is gone too
