"""The procedure wizard, driven through its widgets: required fields, drafts, finishing, changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWizard

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.deadlines import DeadlineKind, due_date
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.domain.issues import Report
from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard
from tests.helpers.materials import attach_materials

ENTITY = {
    "name": "北京示例科技有限公司",
    "uscc": "91110000600037341L",
    "region_code": "110108",
    "address": "北京市海淀区示例路1号",
    "legal_rep_name": "张三",
    "legal_rep_id_type": "居民身份证",
    "legal_rep_id_number": "110101199001011237",
    "officer_name": "李四",
    "officer_id_type": "居民身份证",
    "officer_id_number": "110101199002021234",
    "officer_phone": "13800138000",
    "officer_email": "officer@example.com",
}
ALGORITHM = {
    "name": "示例推荐算法",
    "algo_type": "02",
    "role": "provider",
    "launch_date": date(2026, 11, 10),
}
DETAILS = {
    "application_field": "短视频",
    "summary": "根据用户兴趣向用户推荐短视频内容的个性化推送算法。",
    "scenarios": "首页推荐",
    "principle": "协同过滤",
    "mechanism": "输入、处理、输出",
    "purpose": "提升内容分发效率",
    "input_modalities": "text",
    "output_modalities": "video",
    "data_description": "用户行为数据",
    "model_description": "双塔模型",
    "risks": "信息茧房；人工复核",
}
PRODUCT = {
    "name": "示例视频",
    "form": "app",
    "address": "应用商店：示例视频",
    "users_served": "社会公众",
    "functions": "首页 > 推荐",
}


@pytest.fixture
def algorithm_id(register) -> int:
    entity = register.create_entity(**ENTITY)
    return register.create_algorithm(entity.id, **ALGORITHM).id


@pytest.fixture
def complete_id(register, algorithm_id) -> int:
    """Everything a filing needs, except the main use (typed in the wizard)."""
    register.update_algorithm(algorithm_id, **DETAILS)
    register.add_product(algorithm_id, **PRODUCT)
    attach_materials(register, algorithm_id)  # missing materials block "ready" (issue 15.3)
    return algorithm_id


def filed(register, algorithm_id: int) -> None:
    """Take the algorithm through filing to FILED with a well-formed number."""
    register.update_algorithm(algorithm_id, main_use="用于短视频推荐", **DETAILS)
    register.add_product(algorithm_id, **PRODUCT)
    procedure = register.start_filing(algorithm_id)
    register.mark_ready(procedure.id, Report())
    register.submit(procedure.id, date(2026, 11, 16))
    first20 = "110108" + "1234567" + "02" + "26" + "001"
    register.record_filed(procedure.id, date(2026, 11, 20), first20 + filing_check_digit(first20))


def type_text(widget, text: str) -> None:
    """Type character by character (keyClicks aborts on non-ASCII text)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.NoModifier)


def open_wizard(qtbot, register, kind: ProcedureKind, algorithm_id: int) -> ProcedureWizard:
    wizard = ProcedureWizard(register, kind, algorithm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot, wizard: ProcedureWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def editor_widget(wizard: ProcedureWizard, key: str):
    page = wizard.currentPage()
    return page.rows[key].editor.widget


def test_required_field_blocks_next_with_inline_message(qtbot, register, algorithm_id):
    wizard = open_wizard(qtbot, register, ProcedureKind.FILING, algorithm_id)
    next_page(qtbot, wizard)  # the entity page is read-only
    page = wizard.currentPage()
    name = editor_widget(wizard, "algorithm.name")
    assert isinstance(name, QLineEdit)
    name.selectAll()
    QTest.keyClick(name, Qt.Key.Key_Delete)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _row, icon, text = page.rows["algorithm.name"].issue_widgets
    assert text.isVisible() and "required" in text.text()
    assert not icon.pixmap().isNull()  # not colour alone
    assert "Algorithm name" in page.missing_label.text()
    type_text(name, "新算法")
    assert not text.isVisible() or "Algorithm name" not in text.text()
    assert "Algorithm name" not in page.missing_label.text()


def test_help_and_article_shown_for_each_field(qtbot, register, algorithm_id):
    wizard = open_wizard(qtbot, register, ProcedureKind.FILING, algorithm_id)
    next_page(qtbot, wizard)
    row = wizard.currentPage().rows["algorithm.launch_date"]
    # the citation comes from domain.citations in the UI language (English here)
    assert "Algorithm Provisions art. 24(1)" in row.label.toolTip()
    assert any(
        "Algorithm Provisions art. 24(1)" in w.text() for w in row.box.findChildren(type(row.label))
    )


def test_save_draft_then_reopen_on_same_page(qtbot, register, complete_id):
    algorithm_id = complete_id
    wizard = open_wizard(qtbot, register, ProcedureKind.FILING, algorithm_id)
    next_page(qtbot, wizard)
    type_text(editor_widget(wizard, "algorithm.main_use"), "用于短视频推荐")
    next_page(qtbot, wizard)
    strategy = editor_widget(wizard, "algorithm.strategy")
    assert isinstance(strategy, QPlainTextEdit)
    type_text(strategy, "草稿里的算法策略")
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton
        )
    procedure = register.procedure(saved.args[0])
    assert procedure.kind is ProcedureKind.FILING and procedure.state is ProcedureState.EDITING
    assert procedure.draft["algorithm.strategy"] == "草稿里的算法策略"
    assert procedure.draft["algorithm.main_use"] == "用于短视频推荐"
    assert register.algorithm(algorithm_id).strategy == ""  # a draft applies nothing
    wizard.close()

    again = open_wizard(qtbot, register, ProcedureKind.FILING, algorithm_id)
    assert again.currentId() == 2
    assert editor_widget(again, "algorithm.strategy").toPlainText() == "草稿里的算法策略"
    back = again.button(QWizard.WizardButton.BackButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert again.currentId() == 1


def test_finish_complete_filing_marks_ready_and_shows_due_date(qtbot, register, complete_id):
    wizard = open_wizard(qtbot, register, ProcedureKind.FILING, complete_id)
    next_page(qtbot, wizard)
    type_text(editor_widget(wizard, "algorithm.main_use"), "用于短视频推荐")
    while wizard.currentPage() is not wizard.summary:
        next_page(qtbot, wizard)
    expected = due_date(DeadlineKind.FILING, date(2026, 11, 10), register.calendar()).value
    assert expected == date(2026, 11, 24)  # counted by hand: Nov 11 is day 1, Nov 24 day 10
    assert wizard.summary.due_label.text() == "2026-11-24"
    assert "Ready to submit" in wizard.summary.status_label.text()
    titles = [
        wizard.summary.form_list.item(i).text() for i in range(wizard.summary.form_list.count())
    ]
    assert titles == [  # the filing packet, entity stage first (a push algorithm: no labelling)
        "Algorithm filing: entity information",
        "Statement on algorithm-security responsibility",
        "Algorithm filing form",
        "Algorithm filing commitment letter",
        "Algorithm security self-assessment report",
        "Text to be published",
    ]
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    procedure = register.procedure(saved.args[0])
    assert procedure.state is ProcedureState.READY
    assert procedure.due_date == date(2026, 11, 24)
    assert register.algorithm(complete_id).main_use == "用于短视频推荐"
    assert register.algorithm(complete_id).state is AlgorithmState.PREPARED
    assert not wizard.isVisible()


def test_finish_incomplete_keeps_draft_and_says_what_is_missing(qtbot, register, algorithm_id):
    wizard = open_wizard(qtbot, register, ProcedureKind.FILING, algorithm_id)
    wizard.summary_target = None
    for page_id in wizard.pageIds()[:-1]:
        wizard.page(page_id).enforce = False
    while wizard.currentPage() is not wizard.summary:
        wizard.next()
    assert "Not ready to submit" in wizard.summary.status_label.text()
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert register.procedure(saved.args[0]).state is ProcedureState.EDITING
    assert wizard.isVisible()
    assert wizard.summary.issue_list.count() > 0
    assert "stays a draft" in wizard.summary.message_widgets[2].text()


def test_record_a_change_opens_modification_due_from_change_date(qtbot, register, algorithm_id):
    filed(register, algorithm_id)
    wizard = open_wizard(qtbot, register, ProcedureKind.MODIFICATION, algorithm_id)
    page = wizard.currentPage()
    page.rows["procedure.trigger_date"].editor.set_value(date(2026, 11, 23))
    type_text(page.rows["procedure.reason"].editor.widget, "产品功能调整导致主要用途变更。")
    next_page(qtbot, wizard)
    main_use = editor_widget(wizard, "algorithm.main_use")
    main_use.selectAll()
    type_text(main_use, "用于短视频和直播推荐")
    while wizard.currentPage() is not wizard.summary:
        next_page(qtbot, wizard)
    expected = due_date(DeadlineKind.MODIFICATION, date(2026, 11, 23), register.calendar()).value
    assert expected == date(2026, 12, 7)  # Nov 24 is day 1; Dec 7 (Monday) is day 10
    assert wizard.summary.due_label.text() == "2026-12-07"
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    procedure = register.procedure(saved.args[0])
    assert procedure.kind is ProcedureKind.MODIFICATION
    assert procedure.due_date == date(2026, 12, 7)
    assert procedure.reason == "产品功能调整导致主要用途变更。"
    assert [c.field for c in procedure.changes] == ["algorithm.main_use"]
    assert procedure.state is ProcedureState.READY
    assert register.algorithm(algorithm_id).state is AlgorithmState.CHANGE_PENDING
    # Finish closed the wizard and says what happened, as information (issue 19.5)
    assert not wizard.isVisible()
    notice = wizard.finished_notice
    assert notice is not None and notice.icon() is QMessageBox.Icon.Information
    assert (
        notice.text()
        == f"Modification of {register.algorithm(algorithm_id).name} marked ready; due 2026-12-07."
    )


def test_terminate_service_opens_cancellation_twenty_working_days(qtbot, register, algorithm_id):
    filed(register, algorithm_id)
    wizard = open_wizard(qtbot, register, ProcedureKind.CANCELLATION, algorithm_id)
    next_page(qtbot, wizard)  # the filing, read-only
    page = wizard.currentPage()
    page.rows["procedure.trigger_date"].editor.set_value(date(2026, 11, 20))
    type_text(page.rows["procedure.reason"].editor.widget, "产品下线，算法停止使用。")
    type_text(page.rows["procedure.followup"].editor.widget, "已告知用户，日志留存六个月。")
    next_page(qtbot, wizard)
    expected = due_date(DeadlineKind.CANCELLATION, date(2026, 11, 20), register.calendar()).value
    assert expected == date(2026, 12, 18)  # 20 working days after Friday 20 November
    assert wizard.summary.due_label.text() == "2026-12-18"
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    procedure = register.procedure(saved.args[0])
    assert procedure.kind is ProcedureKind.CANCELLATION
    assert procedure.due_date == date(2026, 12, 18)
    assert procedure.followup == "已告知用户，日志留存六个月。"
    assert procedure.state is ProcedureState.READY
    assert register.algorithm(algorithm_id).state is AlgorithmState.CANCEL_PENDING
