"""The entities view's 主体备案 state and its Submitted / Approved / Returned actions; the detail
pane's audit tab from one history query; "Verify chain" speaking the chain check's code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from filing_desk.domain.audit import ChainCheck
from filing_desk.domain.enums import EntityState
from filing_desk.domain.lifecycle import EntityStep
from tests.helpers.gui import make_window


def entities_view(window, register, name: str = "状态测试有限公司"):
    entity = register.create_entity(name=name)
    window.workspace.refresh_data()
    window.workspace.show_view("entities")
    view = window.workspace.entities
    view.select_entity(int(entity.id))
    return view, int(entity.id)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_entity_filing_steps_from_the_entities_view(main_window, qtbot, register, monkeypatch):
    view, entity_id = entities_view(main_window, register)
    buttons = view.step_buttons
    assert view.state_label.text() == "Entity filing (主体备案): Entity draft"
    assert [b.isEnabled() for b in buttons.values()] == [True, False, False]
    with qtbot.waitSignal(view.entity_changed, timeout=2000):
        click(qtbot, buttons[EntityStep.SUBMIT])
    assert register.entity(entity_id).state is EntityState.SUBMITTED
    assert view.state_label.text().endswith("Entity submitted")
    assert [b.isEnabled() for b in buttons.values()] == [False, True, True]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("材料不全", True))
    click(qtbot, buttons[EntityStep.RETURN])
    assert register.entity(entity_id).state is EntityState.RETURNED
    [event] = register.audit_events("entity", entity_id, limit=1)
    assert event.action == "entity.return"
    assert event.after == {"state": "ent_returned", "reason": "材料不全"}
    click(qtbot, buttons[EntityStep.SUBMIT])
    click(qtbot, buttons[EntityStep.APPROVE])
    assert register.entity(entity_id).state is EntityState.APPROVED
    assert not any(b.isEnabled() for b in buttons.values())
    main_window.workspace.show_view("audit")
    audit = main_window.workspace.audit
    actions = [audit.model.index(r, 2).data() for r in range(audit.model.rowCount())]
    name = register.entity(entity_id).name
    assert actions[:2] == [
        f'Recorded entity "{name}" as approved',
        f'Recorded entity "{name}" as submitted',
    ]
    assert f'Recorded entity "{name}" as returned: Reason: "材料不全"' in actions


def test_returned_needs_a_reason_dialog_answer(main_window, qtbot, register, monkeypatch):
    view, entity_id = entities_view(main_window, register)
    click(qtbot, view.step_buttons[EntityStep.SUBMIT])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    click(qtbot, view.step_buttons[EntityStep.RETURN])
    assert register.entity(entity_id).state is EntityState.SUBMITTED


def test_detail_audit_tab_uses_the_algorithm_history(main_window, qtbot, register, monkeypatch):
    entity = register.create_entity(name="历史测试有限公司")
    algo = register.create_algorithm(entity.id, name="历史算法", algo_type="02")
    register.add_product(algo.id, name="历史APP", form="app")
    calls: list[int] = []
    real = register.algorithm_history
    monkeypatch.setattr(
        register, "algorithm_history", lambda i, limit=None: calls.append(i) or real(i, limit)
    )
    detail = main_window.workspace.detail
    detail.show_algorithm(int(algo.id))
    assert calls == [int(algo.id)]
    actions = [detail.audit_model.index(r, 2).data() for r in range(detail.audit_model.rowCount())]
    assert actions == [
        'Created the link of algorithm "历史算法" to product "历史APP"',
        'Created product "历史APP"',
        'Created algorithm "历史算法"',
    ]


def test_verify_chain_translates_the_code(qtbot, chinese, register, prefs, temp_dir, monkeypatch):
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        audit = window.workspace.audit
        broken = ChainCheck(
            False, 2, 3, "event 3 was altered after it was written", "audit.altered"
        )
        monkeypatch.setattr(register, "verify_audit", lambda: broken)
        click(qtbot, audit.verify_button)
        text = audit.result.text()
        assert text.startswith("✗ 审计链在第 3 条记录处断开：")
        assert "altered" not in text
    finally:
        window.shutdown()
