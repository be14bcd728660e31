"""The CAC answer dialog: allowed answers only, live filing-number check, register refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.enums import AlgorithmState, ProcedureState
from filing_desk.domain.issues import Report
from filing_desk.domain.lifecycle import ProcedureStep
from filing_desk.ui.dialogs.cac_answer import CacAnswerDialog

FIRST20 = "110108" + "1234567" + "02" + "26" + "001"
NUMBER = FIRST20 + filing_check_digit(FIRST20)


@pytest.fixture
def procedure_id(register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id,
        name="示例推荐算法",
        algo_type="02",
        role="provider",
        launch_date=date(2026, 11, 10),
    )
    procedure = register.start_filing(algorithm.id)
    register.mark_ready(procedure.id, Report())
    return procedure.id


def open_dialog(qtbot, register, procedure_id: int) -> CacAnswerDialog:
    dialog = CacAnswerDialog(register, procedure_id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def ok_button(dialog: CacAnswerDialog):
    return dialog.box.button(QDialogButtonBox.StandardButton.Ok)


def choose(qtbot, dialog: CacAnswerDialog, step: ProcedureStep) -> None:
    radio = dialog.radios[step]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.radios[step].isChecked()


def test_only_allowed_answers_are_enabled(qtbot, register, procedure_id):
    dialog = open_dialog(qtbot, register, procedure_id)  # READY: submit or withdraw
    enabled = {step for step, radio in dialog.radios.items() if radio.isEnabled()}
    assert enabled == {ProcedureStep.SUBMIT, ProcedureStep.WITHDRAW}
    assert dialog.radios[ProcedureStep.SUBMIT].isChecked()


def test_submitted_then_invalid_number_blocked_then_filed(qtbot, register, procedure_id):
    dialog = open_dialog(qtbot, register, procedure_id)
    dialog.date_edit.setDate(QDate(2026, 11, 16))
    with qtbot.waitSignal(dialog.answered, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert register.procedure(procedure_id).state is ProcedureState.SUBMITTED

    dialog = open_dialog(qtbot, register, procedure_id)
    enabled = {step for step, radio in dialog.radios.items() if radio.isEnabled()}
    assert enabled == {ProcedureStep.ACCEPT, ProcedureStep.RETURN, ProcedureStep.WITHDRAW}
    choose(qtbot, dialog, ProcedureStep.ACCEPT)
    assert dialog.number_edit.isVisible() and not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.number_edit, "12345")
    _row, icon, text = dialog.number_issues
    assert text.isVisible() and "21" in text.text()
    assert not icon.pixmap().isNull()
    assert not ok_button(dialog).isEnabled()
    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, NUMBER)
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.answered, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert register.procedure(procedure_id).state is ProcedureState.COMPLETED
    algorithm = register.algorithm(register.procedure(procedure_id).algorithm_id)
    assert algorithm.state is AlgorithmState.FILED and algorithm.filing_number == NUMBER


def test_number_warning_is_shown_but_does_not_block(qtbot, register, procedure_id):
    register.submit(procedure_id, date(2026, 11, 16))
    dialog = open_dialog(qtbot, register, procedure_id)
    choose(qtbot, dialog, ProcedureStep.ACCEPT)
    wrong_type = FIRST20[:13] + "03" + FIRST20[15:]
    qtbot.keyClicks(dialog.number_edit, wrong_type + filing_check_digit(wrong_type))
    assert "do not match" in dialog.number_issues[2].text()
    assert ok_button(dialog).isEnabled()


def test_returned_goes_back_to_editing_with_reason(qtbot, register, procedure_id):
    register.submit(procedure_id, date(2026, 11, 16))
    dialog = open_dialog(qtbot, register, procedure_id)
    choose(qtbot, dialog, ProcedureStep.RETURN)
    assert dialog.reason_edit.isVisible() and not dialog.number_edit.isVisible()
    for char in "自评估报告缺少风险防范措施":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, dialog.reason_edit, Qt.Key.Key_unknown, char, Qt.NoModifier
        )
    with qtbot.waitSignal(dialog.answered, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    procedure = register.procedure(procedure_id)
    assert procedure.state is ProcedureState.EDITING
    assert procedure.return_reason == "自评估报告缺少风险防范措施"


def test_register_refusal_is_shown_and_nothing_written(qtbot, register, procedure_id):
    register.submit(procedure_id, date(2026, 11, 16))
    dialog = open_dialog(qtbot, register, procedure_id)
    choose(qtbot, dialog, ProcedureStep.RETURN)  # no reason typed: the register refuses
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message[2].text()
    assert register.procedure(procedure_id).state is ProcedureState.SUBMITTED


def test_withdrawn(qtbot, register, procedure_id):
    dialog = open_dialog(qtbot, register, procedure_id)
    choose(qtbot, dialog, ProcedureStep.WITHDRAW)
    assert not dialog.date_edit.isVisible()
    with qtbot.waitSignal(dialog.answered, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert register.procedure(procedure_id).state is ProcedureState.WITHDRAWN
