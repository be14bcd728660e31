"""The Services view on a real register: the table's rows (live-without-number first, in the
error colour), the filter, the detail pane's track explanation, the step buttons following the
state, a refused step's message, and the display duty written through the register; the
dashboard's service sections and the services listed from an algorithm and a product."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt

from filing_desk.domain.enums import ModelOrigin, ServiceState
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.ui.service_model import ERROR_COLOUR, ServiceTableModel

T = ServiceStep
YUNQUE = ServiceModel(
    name="云雀",
    origin=ModelOrigin.THIRD_PARTY,
    developer="北京云雀科技有限公司",
    filing_number="Beijing-YunQue-20230821",
)
OWN = ServiceModel(name="图绘大模型", origin=ModelOrigin.OWN, developer="北京示例科技有限公司")
NUMBER = "Beijing-ZhiDa-20261120S0001"


def _fill(register) -> dict[str, int]:
    """An entity with an algorithm, a product, and two services: 智答助手 (登记, live since
    2026-11-01 without a number) and 图绘服务 (备案 on its own model, not live)."""
    entity = register.create_entity(name="北京示例科技有限公司")
    algorithm = register.create_algorithm(
        entity.id, name="示例生成合成算法", algo_type="02", launch_date="2026-10-12"
    )
    product = register.create_product(entity.id, name="智答", form="app", address="应用商店")
    ids = {"entity": int(entity.id), "algorithm": int(algorithm.id), "product": int(product.id)}
    for key, name, model, live in (
        ("draw", "图绘服务", OWN, None),
        ("chat", "智答助手", YUNQUE, date(2026, 11, 1)),
    ):
        service = GenAIService(
            entity_id=entity.id,
            name=name,
            models=(model,),
            product_ids=(product.id,) if key == "chat" else (),
            algorithm_ids=(algorithm.id,) if key == "chat" else (),
            go_live_date=live,
            province="北京",
        )
        ids[key] = int(register.create_service(service).id)
    return ids


@pytest.fixture
def ids(register):
    return _fill(register)


@pytest.fixture
def view(main_window, ids):
    ws = main_window.workspace
    ws.show_view("services")
    return ws.services


def _cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_rows_put_live_without_number_first_in_the_error_colour(view):
    assert _cells(view.model) == [
        [
            "智答助手",
            "北京示例科技有限公司",
            "Registration",
            "Draft",
            "",
            "2026-11-01",
            "Live without a number",
        ],
        ["图绘服务", "北京示例科技有限公司", "Model filing", "Draft", "", "", ""],
    ]
    alert = view.model.index(0, ServiceTableModel.ALERTS)
    assert alert.data(Qt.ItemDataRole.ForegroundRole).color() == ERROR_COLOUR
    quiet = view.model.index(1, ServiceTableModel.ALERTS)
    assert quiet.data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("", ["智答助手", "图绘服务"]),
        ("图绘", ["图绘服务"]),
        ("yunque", []),  # a model's filing number is not searched, its name is
        ("云雀", ["智答助手"]),
        ("registration", ["智答助手"]),
        ("北京示例 draft", ["智答助手", "图绘服务"]),
        ("nothing like it", []),
    ],
)
def test_filter(view, text, names):
    view.filter_edit.setText(text)
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == names


def test_detail_explains_the_derived_track(view, register, ids):
    view.select_service(ids["chat"])
    detail = view.detail
    assert detail.title.text() == "智答助手"
    assert detail.track_label.text() == "Track: Registration (derived)"
    expected = decide_track(register.service(ids["chat"])).explain("en")
    assert detail.explain_label.text() == expected and "云雀" in expected
    assert detail.hint_label.text().startswith("Practice: Reported in practice")
    assert "since 2026-11-01 without a filing or registration number" in detail.alerts_label.text()
    view.select_service(ids["draw"])
    assert detail.track_label.text() == "Track: Model filing (derived)"


@pytest.mark.parametrize(
    ("taken", "buttons"),
    [
        ((), [T.PREPARE, T.WITHDRAW]),
        ((T.PREPARE,), [T.SUBMIT, T.UNPREPARE, T.WITHDRAW]),
        ((T.PREPARE, T.SUBMIT), [T.APPROVE, T.RETURN, T.WITHDRAW]),
        ((T.PREPARE, T.SUBMIT, T.RETURN), [T.RESUBMIT, T.WITHDRAW]),
        ((T.PREPARE, T.SUBMIT, T.APPROVE), [T.REVOKE]),
        ((T.WITHDRAW,), [T.REOPEN]),
    ],
)
def test_step_buttons_follow_the_state(view, register, ids, taken, buttons):
    for step in taken:
        register.step_service(ids["chat"], step, number=NUMBER, reasons=["材料不全"])
    view.refresh()
    view.select_service(ids["chat"])
    shown = view.detail.step_buttons
    assert list(shown) == buttons
    assert [b.text() for b in shown.values()] == [s.en[0].upper() + s.en[1:] for s in buttons]


def test_a_refused_step_says_why_and_changes_nothing(view, register, ids, qtbot):
    unfiled = GenAIService(
        entity_id=ids["entity"],
        name="问答服务",
        models=(ServiceModel(name="某模型", origin=ModelOrigin.THIRD_PARTY, developer="某公司"),),
    )
    service_id = int(register.create_service(unfiled).id)
    view.refresh()
    view.select_service(service_id)
    dialog = view.detail.open_step(T.PREPARE)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "某模型 has no filing number" in dialog.message[2].text()
    assert register.service(service_id).state is ServiceState.DRAFT


def test_approve_checks_the_number_as_typed(view, register, ids, qtbot):
    for step in (T.PREPARE, T.SUBMIT):
        register.step_service(ids["chat"], step)
    view.refresh()
    view.select_service(ids["chat"])
    dialog = view.detail.open_step(T.APPROVE)
    assert not dialog.ok_button.isEnabled()  # nothing typed
    dialog.number_edit.setText("Beijing-ZhiDa-2026")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message[2].text()  # what the number should look like
    dialog.number_edit.setText(NUMBER)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.stepped, timeout=3000):
        dialog.ok_button.click()
    service = register.service(ids["chat"])
    assert (service.state, service.number) == (ServiceState.APPROVED, NUMBER)
    assert _cells(view.model)[0][3:5] == ["Approved", NUMBER]


def test_display_edit_writes_through_the_register(view, register, ids, main_window):
    for step in (T.PREPARE, T.SUBMIT, T.APPROVE):
        register.step_service(ids["chat"], step, number=NUMBER)
    view.refresh()
    view.select_service(ids["chat"])
    assert view.model.index(0, ServiceTableModel.ALERTS).data() == "Number not shown: 1 product"
    panel = view.detail.display
    assert panel.model.index(0, 5).data() == "Not shown"
    panel.shows_box.setChecked(True)
    panel.where_edit.setText("首页底部")
    assert panel.save()
    (display,) = register.service_displays(ids["chat"])
    assert (display.shows_number, display.shown_since, display.where) == (
        True,
        date(2026, 11, 23),
        "首页底部",
    )
    assert view.model.index(0, ServiceTableModel.ALERTS).data() == ""
    ws = main_window.workspace
    ws.show_view("dashboard")
    assert ws.dashboard.display_duty.model.rowCount() == 0


def test_dashboard_sections_lead_to_the_service(main_window, ids):
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_view("dashboard")
    assert ws.dashboard.sections()[0] is ws.dashboard.live_services
    (text,) = ws.dashboard.live_services.model.texts()
    assert text.startswith("智答助手 — live since 2026-11-01 without a filing or registration")
    view = ws.dashboard.live_services.view
    view.clicked.emit(view.model().index(0, 0))
    assert ws.current_view() == "services"
    assert ws.services.selected_id() == ids["chat"]


def test_services_shown_from_algorithm_and_product_and_back(main_window, ids):
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_algorithm(ids["algorithm"])
    box = ws.algorithm_services
    assert box.texts() == ["智答助手 — Registration · Draft"]
    box.view.clicked.emit(box.model.index(0, 0))
    assert ws.current_view() == "services" and ws.services.selected_id() == ids["chat"]
    links = ws.services.detail.links
    assert [links.products.index(0, 0).data()] == ["智答 (App)"]
    links.product_list.clicked.emit(links.products.index(0, 0))
    assert ws.current_view() == "entities"
    assert ws.entities.products.selected().id == ids["product"]
    assert ws.product_services.texts() == ["智答助手 — Registration · Draft"]
    links.algorithm_list.clicked.emit(links.algorithms.index(0, 0))
    assert ws.current_view() == "register" and ws.detail.algorithm_id() == ids["algorithm"]


def test_empty_register_shows_the_empty_state(main_window):
    ws = main_window.workspace
    ws.show_view("services")
    assert ws.services.stack.currentIndex() == 1
    assert "No generative-AI service yet" in ws.services.empty_label.text()


def test_screenshot_attaches_to_the_service_and_fills_its_slot(view, register, ids, tmp_path):
    view.select_service(ids["chat"])
    shot = tmp_path / "首页底部.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    panel = view.detail.display
    panel.shows_box.setChecked(True)
    panel.where_edit.setText("首页底部")
    assert panel.attach_screenshot(shot)
    (display,) = register.service_displays(ids["chat"])
    (info,) = register.attachments("service", ids["chat"])
    assert (display.screenshot_id, info.filename, info.kind.value) == (
        info.id,
        "首页底部.png",
        "screenshot",
    )
    assert panel.model.index(0, 4).data() == "Yes"
    annexes = view.detail.annexes
    assert annexes.attachments.model.rowCount() == 1  # the service's attachments panel


def test_annex_slots_show_the_current_version_and_date(view, register, ids):
    for content in (b"v1", b"v2"):
        current = [a for a in register.attachments("service", ids["chat"]) if not a.superseded]
        if current:
            register.replace_attachment(current[0].id, "关键词.xlsx", content)
        else:
            register.add_attachment("service", ids["chat"], "keyword_list", "关键词.xlsx", content)
    view.refresh()
    lines = view.detail.annexes.slot_lines()
    assert lines[0] == "Annex 1 Security assessment report: not attached"
    assert lines[3].startswith("Annex 4 Blocked-keyword list: version 2 of 20")
    assert lines[5] == "Test account for the regulator: not attached"


def test_a_material_change_is_answered_from_the_pane(view, register, ids):
    for step in (T.PREPARE, T.SUBMIT):
        register.step_service(ids["chat"], step)
    service = register.service(ids["chat"])
    newer = (dataclasses.replace(YUNQUE, version="2.0"),)
    register.update_service(dataclasses.replace(service, models=newer))
    view.refresh()
    view.select_service(ids["chat"])
    panel = view.detail.changes
    assert panel.summary.text().startswith("1 change awaiting an answer")
    assert panel.model.index(0, 3).data() == "Awaiting your answer"
    panel.rerun_combo.setCurrentIndex(panel.rerun_combo.findData("no"))
    panel.note_edit.setText("仅小版本更新")
    assert panel.answer()
    (change,) = register.service_changes(ids["chat"])
    assert (change.rerun.value, change.note) == ("no", "仅小版本更新")
    assert not panel.answer_button.isEnabled()


def test_columns_fit_the_rows_on_first_show(main_window, register, ids):
    """The table is sized to its rows, not to its headers alone, when it first shows."""
    long = register.service(ids["draw"])
    register.update_service(dataclasses.replace(long, name="图绘服务（面向设计师的长名称版本）"))
    ws = main_window.workspace
    ws.show_view("services")
    table = ws.services.table
    cap = table.horizontalHeader().maximumSectionSize()  # long names end in … with a tooltip
    assert table.columnWidth(0) >= min(table.sizeHintForColumn(0), cap) > 100
