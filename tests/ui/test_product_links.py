"""The product registry in the window: an algorithm's Products tab links one of the entity's
products (picked from a list, not typed again), withdraws it with a day; the entity's Products
tab lists each product once with the number of algorithms it serves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.issues import Report
from filing_desk.ui.dialogs.new_record import NewProductDialog
from filing_desk.ui.product_links import WithdrawDialog


def _entity_with_two_algorithms(register) -> tuple[int, int, int]:
    entity = register.create_entity(name="北京示例科技有限公司")
    push, search = (
        register.create_algorithm(entity.id, name=n, algo_type="02", launch_date="2026-10-12").id
        for n in ("个性化推荐算法", "站内检索算法")
    )
    register.add_product(push, name="示例资讯", form="app", address="各大应用商店")
    return int(entity.id), int(push), int(search)


def _cells(panel) -> list[list[str]]:
    model = panel.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_linking_an_existing_product_to_a_second_algorithm(main_window, qtbot, register):
    entity_id, push, search = _entity_with_two_algorithms(register)
    main_window.workspace.refresh_data()
    detail = main_window.workspace.detail
    detail.show_algorithm(search)
    assert detail.products.model.rowCount() == 0

    detail.add_product_button.click()
    dialog = detail._dialogs[-1]
    assert isinstance(dialog, NewProductDialog)
    items = [dialog.existing.itemText(i) for i in range(dialog.existing.count())]
    assert items == ["A new product", "示例资讯 (App)"]  # the entity's, named as typed once
    dialog.existing.setCurrentIndex(1)
    assert not dialog.name.isEnabled()  # nothing to type again
    assert dialog.go_live.date() == QDate(2026, 10, 12)  # the algorithm's launch, to change
    dialog.go_live.setDate(QDate(2026, 11, 2))
    with qtbot.waitSignal(dialog.created, timeout=3000):
        dialog.ok_button.click()

    assert _cells(detail.products) == [["示例资讯 (App)", "各大应用商店", "2026-11-02", "", "No"]]
    assert detail.product_form.record().name == "示例资讯"
    assert detail.products.link_form.record().go_live == date(2026, 11, 2)
    (first,) = register.linked_products(push)
    (second,) = register.linked_products(search)
    assert first.product_id == second.product_id and len(register.products()) == 1

    entities = main_window.workspace.entities
    entities.select_entity(entity_id)
    assert _cells(entities.products) == [["示例资讯 (App)", "各大应用商店", "2"]]


def test_withdrawing_a_product_with_its_day(main_window, qtbot, register):
    _, push, _ = _entity_with_two_algorithms(register)
    main_window.workspace.refresh_data()
    detail = main_window.workspace.detail
    detail.show_algorithm(push)
    detail.products.table.selectRow(0)
    detail.products.withdraw_button.click()
    dialog = detail._dialogs[-1]
    assert isinstance(dialog, WithdrawDialog)
    dialog.day.setDate(QDate(2026, 11, 20))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(detail.products.changed, timeout=3000):
        ok.click()
    assert _cells(detail.products)[0][2:4] == ["", "2026-11-20"]
    assert not detail.products.withdraw_button.isEnabled()
    assert register.linked_products(push, live=True) == []


def test_a_refused_unlink_is_said_in_the_panel(main_window, qtbot, register):
    _, push, _ = _entity_with_two_algorithms(register)
    proc = register.start_filing(push)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 11, 2))  # filed with the app: a link no longer undone
    detail = main_window.workspace.detail
    detail.show_algorithm(push)
    detail.products.table.selectRow(0)
    assert not detail.products.unlink()
    assert detail.products.message.isVisibleTo(detail.products)
    assert "withdraw it with the day" in detail.products.message.text()
    assert detail.products.model.rowCount() == 1
