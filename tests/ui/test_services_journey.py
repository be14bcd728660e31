"""Issue 17's GUI journey, driven through the widgets of the window in Chinese on a real register:
create a service calling a third-party filed model (the service wizard) → 登记 shown as derived →
submit → approved with a 上线编号 → the product not yet showing it is flagged on the dashboard and
in the Services view → marked as shown → the flag is gone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from filing_desk.domain.enums import Modality, ModelOrigin, ServiceForm, ServiceFunction
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.ui.service_model import ServiceTableModel
from tests.helpers.gui import make_window, type_text

FILED_UPSTREAM = "Beijing-YunQue-20230821"
NUMBER = "Beijing-ZhiDa-20261120S0001"
T = ServiceStep


@pytest.fixture
def window(qtbot, chinese, register, prefs, temp_dir) -> Iterator:
    entity = register.create_entity(
        name="北京示例智能科技有限公司", uscc="91110000600037341L", region_code="110108"
    )
    register.create_product(entity.id, name="智答", form="app", address="各大应用商店")
    register.create_algorithm(entity.id, name="智答生成算法", algo_type="01", role="provider")
    prefs.language = "zh_CN"
    window = make_window(qtbot, register, prefs, temp_dir)
    yield window
    window.shutdown()


def _create_in_wizard(qtbot, view) -> int:
    view.empty_button.click()
    wizard = view.wizard
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    for key, value in {
        "service.name": "智答助手",
        "service.functions": (ServiceFunction.CHAT,),
        "service.input_modalities": (Modality.TEXT,),
        "service.output_modalities": (Modality.TEXT,),
        "service.forms": (ServiceForm.APP,),
        "service.go_live_date": date(2026, 10, 8),  # live before TODAY (2026-11-23)
    }.items():
        page.rows[key].editor.set_value(value)
    wizard.next()
    models = wizard.currentPage()
    models.add_button.click()
    models.origin.setCurrentIndex(models.origin.findData(ModelOrigin.THIRD_PARTY.value))
    texts = (("name", "云雀"), ("developer", "北京云雀"), ("filing_number", FILED_UPSTREAM))
    for name, text in texts:
        models.lines[name].setText(text)
        models.lines[name].textEdited.emit(text)
    wizard.next()
    assert wizard.currentPage().track_label.text() == "登记"  # derived in the wizard too
    wizard.next()
    resources = wizard.currentPage()
    resources.rows["service.compute"].editor.set_value("云服务器")
    resources.rows["service.concurrency"].editor.set_value("100")
    wizard.next()
    links = wizard.currentPage()
    for widget in (links.products, links.algorithms):
        widget.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    with qtbot.waitSignal(wizard.saved, timeout=3000) as saved:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return int(saved.args[0])


def _step(qtbot, detail, step: ServiceStep, number: str = "") -> None:
    detail.step_buttons[step].click()
    dialog = detail.step_dialog
    if number:
        type_text(dialog.number_edit, number)
    with qtbot.waitSignal(dialog.stepped, timeout=3000):
        dialog.ok_button.click()


def _alert_cell(view) -> str:
    return view.model.index(0, ServiceTableModel.ALERTS).data()


def test_journey_third_party_model_to_registration_and_display(qtbot, window, register):
    ws = window.workspace
    ws.show_view("services")
    view = ws.services
    assert view.stack.currentIndex() == 1  # no service yet: the empty state
    service_id = _create_in_wizard(qtbot, view)

    # 登记, derived from the filed third-party model; live without a number
    assert view.model.rowCount() == 1 and view.selected_id() == service_id
    assert view.model.index(0, 2).data() == "登记"
    detail = view.detail
    assert "仅调用第三方已备案模型（云雀）" in detail.explain_label.text()
    assert _alert_cell(view)
    ws.show_view("dashboard")
    assert [t.startswith("智答助手") for t in ws.dashboard.live_services.model.texts()] == [True]

    # submitted, then approved with its 上线编号
    ws.show_view("services")
    _step(qtbot, detail, T.PREPARE)
    _step(qtbot, detail, T.SUBMIT)
    assert list(detail.step_buttons) == [T.APPROVE, T.RETURN, T.WITHDRAW]
    _step(qtbot, detail, T.APPROVE, NUMBER)
    assert view.model.index(0, 4).data() == NUMBER
    assert view.model.index(0, 3).data() == "已备案/已登记"

    # the product does not show the number yet: flagged on the dashboard and in the view
    assert _alert_cell(view) and detail.display.model.index(0, 5).data()
    ws.show_view("dashboard")
    assert ws.dashboard.live_services.model.rowCount() == 0
    (flag,) = ws.dashboard.display_duty.model.texts()
    assert flag.startswith("智答") and NUMBER in flag

    # marked as shown, since today, on the home page: the flag is gone
    ws.show_view("services")
    detail.setCurrentWidget(detail.display)
    display = detail.display
    display.shows_box.click()
    type_text(display.where_edit, "首页底部")
    display.save_button.click()
    (shown,) = register.service_displays(service_id)
    assert (shown.shows_number, shown.where) == (True, "首页底部")
    assert _alert_cell(view) == "" and display.model.index(0, 5).data() == ""
    ws.show_view("dashboard")
    assert ws.dashboard.display_duty.model.rowCount() == 0
    assert ws.dashboard.live_services.model.rowCount() == 0
