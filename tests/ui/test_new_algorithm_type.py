"""A new algorithm starts with no type chosen: "Choose a type…" is shown, and OK is refused
with a clear message (nothing written) until the user picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.enums import AlgorithmType
from tests.helpers.gui import type_text


def click_ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_no_type_until_chosen(main_window, qtbot, register):
    entity = register.create_entity(name="甲科技有限公司")
    main_window.workspace.refresh_data()
    dialog = main_window.new_algorithm()
    assert dialog.algo_type.currentIndex() == -1
    assert dialog.algo_type.currentText() == ""
    assert dialog.algo_type.placeholderText() == "Choose a type…"
    type_text(dialog.name, "甲推荐算法")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.issues.isVisible()
    assert dialog.issues.text() == "Algorithm type is required."
    assert register.algorithms() == []
    dialog.algo_type.setCurrentIndex(dialog.algo_type.findData(AlgorithmType.RANKING))
    with qtbot.waitSignal(dialog.created, timeout=3000):
        click_ok(qtbot, dialog)
    [algorithm] = register.algorithms()
    assert (algorithm.entity_id, algorithm.algo_type) == (entity.id, AlgorithmType.RANKING)


def test_the_message_in_chinese(main_window, qtbot, register, chinese):
    register.create_entity(name="甲科技有限公司")
    main_window.workspace.refresh_data()
    dialog = main_window.new_algorithm()
    type_text(dialog.name, "甲推荐算法")
    click_ok(qtbot, dialog)
    assert dialog.issues.text() == "算法类型为必填项。"
    assert register.algorithms() == []
