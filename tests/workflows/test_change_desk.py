"""Edits of filed fields through ``workflows.changes.ChangeDesk`` on a real register file: the
preview writes nothing, the save dates the modification, undo discards the one it alone opened,
the user's discard is audited and leaves ``deadlines`` and ``check`` clean."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register
from filing_desk.workflows.changes import ChangeDesk
from tests.helpers.changes import filed


def modifications(register: Register, algo_id: int) -> list:
    return [p for p in register.procedures(algo_id) if p.kind is ProcedureKind.MODIFICATION]


def discards(register: Register) -> list:
    return [e for e in register.audit_events() if e.action == "procedure.discard"]


def test_preview_says_opens_and_writes_nothing(register: Register, state: Any) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    before = state(register.path)
    (effect,) = desk.preview("algorithm", algo_id, {"main_use": "新的用途"})
    assert effect.opens and effect.algorithm_name == "推荐算法"
    assert effect.fields == ("algorithm.main_use",)
    assert effect.floor == date(2026, 8, 10)
    assert state(register.path) == before  # type: ignore[operator]
    # a field that is not filed opens nothing
    assert desk.preview("algorithm", algo_id, {"notes": "内部备注"}) == ()
    # today (2026-11-23) → day 10 is 2026-12-07;
    # 2026-09-30 → after National Day (1-7 Oct), 2026-10-20
    assert desk.due_on(effect, date(2026, 11, 23)).value == date(2026, 12, 7)
    assert desk.due_on(effect, date(2026, 9, 30)).value == date(2026, 10, 20)


def test_preview_of_a_refused_value_raises_and_keeps_the_chain(register: Register) -> None:
    _, algo_id = filed(register)
    with pytest.raises(InvalidInput):
        ChangeDesk(register).preview("algorithm", algo_id, {"name": ""})
    assert register.verify_audit().ok


def test_save_dates_the_modification_and_joining_keeps_its_due(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    opened = desk.save("algorithm", algo_id, {"main_use": "新的用途"}, date(2026, 9, 30))
    (mod,) = modifications(register, algo_id)
    assert opened == (mod.id,)
    assert (mod.trigger_date, mod.due_date) == (date(2026, 9, 30), date(2026, 10, 20))
    opened_event = next(e for e in register.audit_events() if e.action == "procedure.open")
    assert opened_event.after["trigger_date"] == "2026-09-30"
    (effect,) = desk.preview("algorithm", algo_id, {"scenarios": "首页推荐"})
    assert effect.joins == mod.id and effect.due == date(2026, 10, 20)
    assert desk.due_on(effect, date(2026, 11, 23)).value == date(2026, 10, 20)
    assert desk.due_on(effect, date(2026, 9, 29)).value < date(2026, 10, 20)


def test_change_date_limits(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    effects = desk.preview("algorithm", algo_id, {"main_use": "新的用途"})
    assert desk.date_issue(date(2026, 11, 23), effects) is None
    assert desk.date_issue(date(2026, 11, 24), effects).code == "date.future"  # type: ignore[union-attr]
    assert desk.date_issue(date(2026, 8, 9), effects).code == "change.before_filing"  # type: ignore[union-attr]


def test_undo_discards_the_modification_the_edit_alone_opened(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    opened = desk.save("algorithm", algo_id, {"main_use": "新的用途"}, None)
    assert register.algorithm(algo_id).state is AlgorithmState.CHANGE_PENDING
    assert desk.undo("algorithm", algo_id, {"main_use": "个性化推荐"}, opened) == ()
    (mod,) = modifications(register, algo_id)
    assert mod.state is ProcedureState.DISCARDED
    assert register.algorithm(algo_id).main_use == "个性化推荐"
    assert register.algorithm(algo_id).state is AlgorithmState.FILED
    assert [d for d in register.deadlines() if d.procedure.id == mod.id] == []
    (event,) = discards(register)
    assert event.after["discarded"] == "undo" and event.object_id == mod.id
    report = register.check()
    assert report.exit_code == 0, [str(line) for line in report.lines]


def test_undo_keeps_a_modification_another_change_joined(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    opened = desk.save("algorithm", algo_id, {"main_use": "新的用途"}, None)
    desk.save("algorithm", algo_id, {"scenarios": "首页推荐"}, None)
    (kept,) = desk.undo("algorithm", algo_id, {"main_use": "个性化推荐"}, opened)
    assert kept.reason == "joined" and kept.fields == ("algorithm.scenarios",)
    (mod,) = modifications(register, algo_id)
    assert mod.state is ProcedureState.EDITING
    assert [c.field for c in mod.changes] == ["algorithm.scenarios"]
    assert discards(register) == []


def test_discard_needs_a_reason_and_is_not_the_withdrawal(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    (pid,) = desk.save("algorithm", algo_id, {"main_use": "新的用途"}, None)
    assert any(d.procedure.id == pid for d in register.deadlines())
    with pytest.raises(InvalidInput) as refused:
        desk.discard(pid, "  ")
    assert refused.value.issues[0].code == "field.required"
    discarded = desk.discard(pid, "误操作：用途字段填错")
    assert discarded.state is ProcedureState.DISCARDED
    assert [d for d in register.deadlines() if d.procedure.id == pid] == []
    (event,) = discards(register)
    assert event.after["discarded"] == "user"
    assert event.after["discard_reason"] == "误操作：用途字段填错"
    assert not any(e.action == "procedure.withdraw" for e in register.audit_events())
    assert register.algorithm(algo_id).state is AlgorithmState.FILED
    report = register.check()
    assert report.exit_code == 0, [str(line) for line in report.lines]
    with pytest.raises(InvalidInput) as again:
        desk.discard(pid, "再次")
    assert again.value.issues[0].code == "discard.submitted"


def test_a_submitted_modification_cannot_be_discarded(register: Register) -> None:
    _, algo_id = filed(register)
    desk = ChangeDesk(register)
    (pid,) = desk.save("algorithm", algo_id, {"main_use": "新的用途"}, None)
    register.mark_ready(pid, Report())
    register.submit(pid, date(2026, 11, 23))
    with pytest.raises(InvalidInput) as refused:
        desk.discard(pid, "误操作")
    assert refused.value.issues[0].code == "discard.submitted"
    # the CAC's answer "withdrawn" is still its own path
    register.withdraw(pid)
    assert modifications(register, algo_id)[0].state is ProcedureState.WITHDRAWN
    assert discards(register) == []


def test_entity_edit_previews_every_filed_algorithm(register: Register, tmp_path: Path) -> None:
    entity_id, algo_id = filed(register)
    (effect,) = ChangeDesk(register).preview("entity", entity_id, {"legal_rep_name": "赵敏"})
    assert effect.algorithm_id == algo_id and effect.fields == ("entity.legal_rep_name",)
