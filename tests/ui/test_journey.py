"""The journey through the GUI: create an entity and an algorithm, file it with the wizard,
record the CAC's answers, change a filed field (a modification appears on the dashboard),
file the change, terminate the service and see the cancellation through to "Cancelled".
At each step the register table, the detail pane and the dashboard are checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QRadioButton, QWizard

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.enums import AlgorithmType, Modality, ProcedureState, ProductForm
from filing_desk.ui.register_model import Column
from tests.helpers.gui import type_text
from tests.helpers.materials import attach_materials
from tests.helpers.registers import TODAY

pytestmark = pytest.mark.e2e

NUMBER20 = "110108" + "1234567" + "02" + "26" + "001"
NUMBER = NUMBER20 + filing_check_digit(NUMBER20)
ENTITY_FIELDS = {
    "address": "北京市海淀区示例路1号",
    "legal_rep_id_type": "居民身份证",
    "legal_rep_id_number": "110101199001011237",
    "officer_id_type": "居民身份证",
    "officer_id_number": "110101199002021234",
    "officer_phone": "13800138000",
    "officer_email": "officer@example.com",
}
ALGORITHM_FIELDS = {
    "application_field": "短视频",
    "summary": "根据用户兴趣向用户推荐短视频内容的个性化推送算法。",
    "scenarios": "首页推荐",
    "principle": "协同过滤",
    "mechanism": "输入、处理、输出",
    "purpose": "提升内容分发效率",
    "data_description": "用户行为数据",
    "model_description": "双塔模型",
    "risks": "信息茧房；人工复核",
}
WIZARD_VALUES = {
    "algorithm.input_modalities": (Modality.TEXT,),
    "algorithm.output_modalities": (Modality.VIDEO,),
    "procedure.trigger_date": TODAY,
    "procedure.reason": "产品下线，算法停止使用。",
    "procedure.followup": "已告知用户，日志留存六个月。",
}


# --- helpers: a user at the keyboard ------------------------------------------------------


def edit(form, name: str, text: str) -> None:
    widget = form.editor_for(name)
    if isinstance(widget, QComboBox):  # a choice: pick the item as a user would
        index = next(i for i in range(widget.count()) if widget.itemData(i) == text)
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
        return
    widget.clear()
    type_text(widget, text)
    if isinstance(widget, QLineEdit):
        widget.editingFinished.emit()
    else:
        QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_row(window) -> dict[str, str]:
    model = window.workspace.register_view.model
    assert model.rowCount() == 1
    return {c.name: model.index(0, c).data() or "" for c in Column}


def dashboard(window) -> dict[str, list[str]]:
    """The dashboard as the user sees it on looking (a hidden view recomputes when shown)."""
    ws = window.workspace
    back = ws.current_view()
    ws.show_view("dashboard")
    ws.show_view(back)
    dash = ws.dashboard
    return {
        "overdue": dash.overdue.model.texts(),
        "due_soon": dash.due_soon.model.texts(),
        "awaiting": dash.awaiting.model.texts(),
        "products": dash.products.model.texts(),
        "later": dash.later.model.texts(),
    }


def run_wizard(qtbot, wizard) -> int:
    """Fill what the pages still need, go to the summary, finish; returns the procedure id."""
    while True:
        page = wizard.currentPage()
        for key, row in getattr(page, "rows", {}).items():
            if key in WIZARD_VALUES and row.editor.value() in (None, "", ()):
                row.editor.set_value(WIZARD_VALUES[key])
        if page is wizard.summary:
            break
        missing = getattr(page, "missing_label", None)
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), (
            wizard.currentId(),
            missing.text() if missing else "",
        )
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    summary = wizard.summary
    assert "Ready to submit" in summary.status_label.text(), [
        summary.issue_list.item(i).text() for i in range(summary.issue_list.count())
    ]
    with qtbot.waitSignal(wizard.procedure_saved, timeout=3000) as saved:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    return int(saved.args[0])


def answer(qtbot, window, which: str, number: str = "") -> None:
    """Record the CAC's answer through the detail pane's button and the dialog's radios."""
    click(qtbot, window.workspace.detail.answer_button)
    dialog = window.workspace.detail._dialogs[-1]
    radio = next(r for r in dialog.findChildren(QRadioButton) if r.text().startswith(which))
    click(qtbot, radio)
    if number:
        qtbot.keyClicks(dialog.number_edit, number)
    with qtbot.waitSignal(dialog.answered, timeout=3000):
        click(qtbot, dialog.box.button(dialog.box.StandardButton.Ok))


# --- the journey --------------------------------------------------------------------------


def create_records(window, qtbot, register) -> int:
    dialog = window.new_entity()
    type_text(dialog.name, "北京示例科技有限公司")
    qtbot.keyClicks(dialog.uscc, "91110000600037341L")
    qtbot.keyClicks(dialog.region, "110108")
    type_text(dialog.legal_rep, "张三")
    type_text(dialog.officer, "李四")
    with qtbot.waitSignal(dialog.created, timeout=3000):
        click(qtbot, dialog.ok_button)
    for name, value in ENTITY_FIELDS.items():
        edit(window.workspace.entities.form, name, value)
    dialog = window.new_algorithm()
    type_text(dialog.name, "示例推荐算法")
    dialog.algo_type.setCurrentIndex(dialog.algo_type.findData(AlgorithmType.PUSH))
    dialog.launch.setDate(QDate(2026, 11, 10))
    type_text(dialog.main_use, "用于短视频推荐")
    with qtbot.waitSignal(dialog.created, timeout=3000) as created:
        click(qtbot, dialog.ok_button)
    detail = window.workspace.detail
    for name, value in ALGORITHM_FIELDS.items():
        edit(detail.form, name, value)
    click(qtbot, detail.add_product_button)
    product = detail._dialogs[-1]
    type_text(product.name, "示例视频")
    product.product_form.setCurrentIndex(product.product_form.findData(ProductForm.APP))
    type_text(product.address, "应用商店：示例视频")
    type_text(product.functions, "首页 > 推荐")
    with qtbot.waitSignal(product.created, timeout=3000):
        click(qtbot, product.ok_button)
    assert detail.products.model.rowCount() == 1
    edit(detail.product_form, "users_served", "社会公众")
    assert register.entity(register.entities()[0].id).officer_email == "officer@example.com"
    return int(created.args[0])


def test_journey(main_window, qtbot, register):
    window = main_window
    algo_id = create_records(window, qtbot, register)
    attach_materials(register, algo_id)  # missing materials block "ready" (issue 15.3)
    detail = window.workspace.detail
    row = table_row(window)
    assert (row["NAME"], row["STATE"], row["FILING_NUMBER"]) == ("示例推荐算法", "Draft", "")
    assert detail.title.text() == "示例推荐算法"

    # File it with the wizard: ready to submit, due ten working days after go-live.
    click(qtbot, detail.filing_button)
    run_wizard(qtbot, detail._dialogs[-1])
    row = table_row(window)
    assert (row["STATE"], row["NEXT_PROCEDURE"], row["DUE"]) == ("Prepared", "Filing", "2026-11-24")
    assert any("示例推荐算法 — Filing, due 2026-11-24" in t for t in dashboard(window)["due_soon"])
    assert "Filing due 2026-11-24" in detail.summary.text()

    # The CAC: submitted, then filed with a number.
    answer(qtbot, window, "Submitted")
    assert table_row(window)["STATE"] == "Submitted"
    awaiting = dashboard(window)["awaiting"]
    assert any("示例推荐算法" in t and "decision expected by" in t for t in awaiting)
    answer(qtbot, window, "Filed", NUMBER)
    row = table_row(window)
    assert (row["STATE"], row["FILING_NUMBER"]) == ("Filed", f"网信算备{NUMBER}号")
    assert row["NEXT_PROCEDURE"] == "" and row["DUE"] == ""
    assert dashboard(window)["products"] == ["示例视频 — uses 示例推荐算法"]
    assert f"网信算备{NUMBER}号" in detail.summary.text()
    assert "Completed" in detail.history.toPlainText()

    # A filed field changes in the overview: the editor says a modification opens, due ten
    # working days later, and asks the change date (today) before it saves (issue 19.3).
    edit(detail.form, "main_use", "用于短视频和直播推荐")
    confirm = window.workspace.editor.confirm_dialog
    assert confirm is not None and "2026-12-07" in confirm.texts()[0]
    click(qtbot, confirm.save_button)
    row = table_row(window)
    assert (row["STATE"], row["NEXT_PROCEDURE"], row["DUE"]) == (
        "Change pending",
        "Modification",
        "2026-12-07",
    )
    later = dashboard(window)["later"]
    assert any("示例推荐算法 — Modification, due 2026-12-07, 10 working days left" in t
               for t in later), later  # fmt: skip
    history = detail.history.toPlainText()
    assert "用于短视频推荐 → 用于短视频和直播推荐" in history
    click(qtbot, detail.continue_button)
    WIZARD_VALUES["procedure.reason"] = "主要用途扩展至直播。"
    run_wizard(qtbot, detail._dialogs[-1])
    answer(qtbot, window, "Submitted")
    assert table_row(window)["STATE"] == "Change submitted"
    answer(qtbot, window, "Filed")
    row = table_row(window)
    assert (row["STATE"], row["NEXT_PROCEDURE"]) == ("Filed", "")
    assert not any("示例推荐算法" in t for t in dashboard(window)["due_soon"])

    # The service ends: a cancellation, then cancelled.
    click(qtbot, detail.terminate_button)
    WIZARD_VALUES["procedure.reason"] = "产品下线，算法停止使用。"
    run_wizard(qtbot, detail._dialogs[-1])
    row = table_row(window)
    assert (row["STATE"], row["NEXT_PROCEDURE"], row["DUE"]) == (
        "Cancellation pending",
        "Cancellation",
        "2026-12-21",
    )
    dashboard(window)  # looked at
    texts = window.workspace.dashboard.all_texts()
    assert any("示例推荐算法 — Cancellation, due 2026-12-21" in t for t in texts), texts
    answer(qtbot, window, "Submitted")
    answer(qtbot, window, "Filed")
    row = table_row(window)
    assert (row["STATE"], row["NEXT_PROCEDURE"]) == ("Cancelled", "")
    dashboard(window)  # looked at
    assert not any("示例推荐算法" in t for t in window.workspace.dashboard.all_texts())
    assert not detail.terminate_button.isEnabled() and not detail.answer_button.isEnabled()
    states = [p.state for p in register.procedures(algo_id)]
    assert states == [ProcedureState.COMPLETED] * 3
    assert register.verify_audit().ok
    assert window.workspace.entities.model.rowCount(QModelIndex()) == 1
    assert date(2026, 11, 23) == TODAY
