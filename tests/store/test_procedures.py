"""Procedures through the register: filing, change detection, return, termination, dashboard."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.demo import filing_number
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    ProcedureKind,
    ProcedureState,
)
from filing_desk.domain.errors import IllegalTransition, InvalidInput
from filing_desk.domain.issues import Issue, Report
from filing_desk.store.register import Register
from filing_desk.store.schema import ProcedureRow

NUMBER = filing_number("110108", "8234839", AlgorithmType.PUSH, 2026, 1)


def _filed(register: Register, launch: str = "2026-09-28") -> tuple[int, int]:
    entity = register.create_entity(
        name="北京示例科技有限公司", legal_rep_name="王建国", officer_name="李静"
    )
    algo = register.create_algorithm(
        entity.id,
        name="个性化推荐算法",
        algo_type="02",
        role="provider",
        launch_date=launch,
        main_use="个性化推荐",
    )
    register.add_product(algo.id, name="示例APP", form="app")
    proc = register.start_filing(algo.id)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 10, 9))
    register.record_filed(proc.id, date(2026, 11, 2), NUMBER)
    return entity.id, algo.id


def _open_modifications(register: Register, algo_id: int) -> list:
    return [
        p
        for p in register.procedures(algo_id)
        if p.kind is ProcedureKind.MODIFICATION and p.state is not ProcedureState.WITHDRAWN
    ]


def test_filing_due_date_and_number(register: Register) -> None:
    _, algo_id = _filed(register)
    filing = register.procedures(algo_id)[0]
    # launch Mon 2026-09-28; 29, 30 Sep are days 1-2; 1-7 Oct holiday; 9, 10 (make-up Sat),
    # 12, 13, 14, 15, 16 → day 10 is Fri 16 Oct (domain.md §8.3)
    assert filing.due_date == date(2026, 10, 16)
    assert filing.decision_expected is not None
    algo = register.algorithm(algo_id)
    assert algo.state is AlgorithmState.FILED and algo.filing_number == NUMBER


def test_filed_field_change_opens_one_modification(register: Register) -> None:
    _, algo_id = _filed(register)
    register.update_algorithm(algo_id, main_use="新的主要用途", change_date=date(2026, 11, 20))
    mods = _open_modifications(register, algo_id)
    assert len(mods) == 1
    # change Fri 2026-11-20 → 23 24 25 26 27 30 Nov, 1 2 3 4 Dec: day 10 = Fri 4 Dec
    assert mods[0].trigger_date == date(2026, 11, 20)
    assert mods[0].due_date == date(2026, 12, 4)
    assert [c.field for c in mods[0].changes] == ["algorithm.main_use"]
    assert register.algorithm(algo_id).state is AlgorithmState.CHANGE_PENDING


def test_non_filed_field_change_opens_nothing(register: Register) -> None:
    _, algo_id = _filed(register)
    register.update_algorithm(algo_id, notes="internal note", summary="longer summary")
    assert _open_modifications(register, algo_id) == []
    assert register.algorithm(algo_id).state is AlgorithmState.FILED


def test_several_changes_join_the_open_modification(register: Register) -> None:
    entity_id, algo_id = _filed(register)
    register.update_algorithm(algo_id, main_use="用途二", change_date=date(2026, 11, 18))
    product = register.linked_products(algo_id)[0]
    register.update_product(product.product_id, name="示例APP Pro", change_date=date(2026, 11, 20))
    register.update_entity(entity_id, officer_name="周婷", change_date=date(2026, 11, 19))
    mods = _open_modifications(register, algo_id)
    assert len(mods) == 1
    fields = {c.field for c in mods[0].changes}
    assert {"algorithm.main_use", "entity.officer_name"} <= fields
    assert any(f.endswith(".name") and f.startswith("product") for f in fields)
    assert mods[0].trigger_date == date(2026, 11, 18)  # the earliest change starts the clock


def test_a_change_joins_a_modification_that_has_no_change_date(register: Register) -> None:
    """An open modification without a trigger date (a whole-register JSON restore may hold one)
    is joined by a later change; comparing the change date with None used to raise TypeError."""
    _, algo_id = _filed(register)
    proc = register.record_change(algo_id, date(2026, 11, 20), main_use="用途二")
    with register.transaction() as s:
        row = s.get(ProcedureRow, proc.id)
        assert row is not None
        row.trigger_date = None
    register.update_algorithm(algo_id, main_use="用途三", change_date=date(2026, 11, 18))
    mods = _open_modifications(register, algo_id)
    assert [m.id for m in mods] == [proc.id]
    assert [c.new for c in mods[0].changes] == ["用途三"]


def test_modification_filed_keeps_the_number(register: Register) -> None:
    _, algo_id = _filed(register)
    proc = register.record_change(
        algo_id, date(2026, 11, 20), "主要用途调整", main_use="新的主要用途"
    )
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 11, 23))
    register.record_filed(proc.id, date(2026, 11, 23))
    algo = register.algorithm(algo_id)
    assert algo.state is AlgorithmState.FILED and algo.filing_number == NUMBER
    # a later edit compares with the new snapshot: the reverted value is a change again
    register.update_algorithm(algo_id, main_use="个性化推荐")
    assert [c.old for c in _open_modifications(register, algo_id)[-1].changes] == ["新的主要用途"]


def test_returned_for_correction_goes_back_to_editing(register: Register) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(
        entity.id, name="搜索算法", algo_type="04", role="provider", launch_date="2026-11-02"
    )
    proc = register.start_filing(algo.id)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 11, 10))
    back = register.record_returned(proc.id, date(2026, 11, 20), "自评估报告不完整")
    assert back.state is ProcedureState.EDITING and back.return_reason == "自评估报告不完整"
    assert register.algorithm(algo.id).state is AlgorithmState.RETURNED
    register.mark_ready(proc.id, Report())
    again = register.submit(proc.id, date(2026, 11, 23))
    assert again.state is ProcedureState.SUBMITTED
    assert register.algorithm(algo.id).state is AlgorithmState.SUBMITTED


def test_terminate_opens_the_cancellation(register: Register) -> None:
    _, algo_id = _filed(register)
    proc = register.terminate(algo_id, date(2026, 11, 20), "业务调整", "日志依法留存")
    # 20 working days from Fri 20 Nov: Nov 23-27 (5), Nov 30-Dec 4 (10), 7-11 (15), 14-18 (20)
    assert proc.kind is ProcedureKind.CANCELLATION and proc.due_date == date(2026, 12, 18)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 11, 23))
    register.record_filed(proc.id, date(2026, 11, 23))
    assert register.algorithm(algo_id).state is AlgorithmState.CANCELLED


def test_illegal_steps_and_bad_numbers_change_nothing(register: Register) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(entity.id, name="搜索算法", algo_type="02", role="provider")
    proc = register.start_filing(algo.id)
    events = len(register.audit_events())
    with pytest.raises(IllegalTransition, match="allowed"):
        register.submit(proc.id, date(2026, 11, 20))
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 11, 20))
    events = len(register.audit_events())
    with pytest.raises(InvalidInput, match="22 digits"):
        register.record_filed(proc.id, date(2026, 11, 23), "网信算备1101082242366066220017号")
    with pytest.raises(InvalidInput, match="in the future"):
        register.record_filed(proc.id, date(2026, 12, 23), NUMBER)
    assert len(register.audit_events()) == events
    assert register.algorithm(algo.id).state is AlgorithmState.SUBMITTED


def test_mark_ready_refuses_a_failing_report(register: Register) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(entity.id, name="搜索算法", algo_type="02", role="provider")
    proc = register.start_filing(algo.id)
    missing = Report.of([Issue("field.required", "algorithm.launch_date", text="required")])
    with pytest.raises(InvalidInput, match="required"):
        register.mark_ready(proc.id, missing)
    assert register.procedure(proc.id).state is ProcedureState.EDITING


def test_entering_2027_days_makes_a_provisional_due_date_exact(register: Register) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(
        entity.id, name="推送算法", algo_type="02", role="provider", launch_date="2026-12-28"
    )
    proc = register.start_filing(algo.id)
    assert proc.due_provisional and proc.due_date == date(2027, 1, 12)
    assert 2027 in register.provisional_years()
    # a (hypothetical) notice: 1-3 Jan 2027 holiday, Sun 10 Jan a make-up working day
    days = {date(2027, 1, d): (False, "元旦") for d in (1, 2, 3)}
    days[date(2027, 1, 10)] = (True, "元旦调休上班")
    register.set_calendar_days(days)
    exact = register.procedure(proc.id)
    # 29 30 31 Dec (3), 4-8 Jan (8), Sun 10 Jan (9), Mon 11 Jan (10)
    assert not exact.due_provisional and exact.due_date == date(2027, 1, 11)
    assert 2027 not in register.provisional_years()


def test_dashboard_buckets(register: Register) -> None:
    _, algo_id = _filed(register)
    register.update_algorithm(algo_id, main_use="新的主要用途", change_date=date(2026, 11, 20))
    entity = register.entities()[0]
    late = register.create_algorithm(
        entity.id, name="迟到算法", algo_type="03", role="provider", launch_date="2026-10-01"
    )
    register.start_filing(late.id)
    board = register.dashboard()
    assert [d.algorithm_name for d in board.overdue] == ["迟到算法"]
    assert [d.procedure.kind for d in board.due_soon] == []  # 9 working days left
    assert [p.name for p, _ in board.products_without_number] == ["示例APP"]
    rows = {r.name: r for r in register.register_rows()}
    assert rows["迟到算法"].overdue and rows["个性化推荐算法"].open_procedure is (
        ProcedureKind.MODIFICATION
    )


def test_editing_a_ready_filing_sends_it_back_to_editing(register: Register) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(
        entity.id, name="推送算法", algo_type="02", role="provider", launch_date="2026-11-02"
    )
    proc = register.start_filing(algo.id)
    register.mark_ready(proc.id, Report())
    assert register.algorithm(algo.id).state is AlgorithmState.PREPARED
    register.update_algorithm(algo.id, launch_date="2026-11-09")
    again = register.procedure(proc.id)
    assert again.state is ProcedureState.EDITING
    assert again.trigger_date == date(2026, 11, 9)
    assert register.algorithm(algo.id).state is AlgorithmState.DRAFT


def test_redate_an_open_cancellation(register: Register) -> None:
    _, algo_id = _filed(register)
    proc = register.terminate(algo_id, date(2026, 11, 20), "业务调整")
    moved = register.redate(proc.id, date(2026, 11, 13))
    # 20 working days from Fri 13 Nov 2026: Nov 16-20 (5) … Dec 7-11 (20)
    assert moved.due_date == date(2026, 12, 11)
    assert register.algorithm(algo_id).termination_date == date(2026, 11, 13)
    with pytest.raises(InvalidInput, match="launch date"):
        register.redate(register.procedures(algo_id)[0].id, date(2026, 11, 1))


def test_entity_filing_steps(register: Register) -> None:
    from filing_desk.domain.enums import EntityState

    entity = register.create_entity(name="北京示例科技有限公司")
    assert register.entity_step(entity.id, "submit").state is EntityState.SUBMITTED
    returned = register.entity_step(entity.id, "return", reason="营业执照不清晰")
    assert returned.state is EntityState.RETURNED
    register.entity_step(entity.id, "submit")
    assert register.entity_step(entity.id, "approve").state is EntityState.APPROVED
    with pytest.raises(IllegalTransition, match="allowed"):
        register.entity_step(entity.id, "approve")
    assert register.audit_events("entity", entity.id)[0].action == "entity.approve"
