"""The register table: model checks, batches, filters, search (Chinese and English), sorting."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt

from filing_desk.domain.enums import AlgorithmState, AlgorithmType
from filing_desk.ui.register_model import BATCH, Column, RegisterTableModel
from tests.helpers.gui import type_text


def visible_names(view) -> list[str]:
    model = view.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_checks(qtmodeltester, demo_register, english):
    model = RegisterTableModel()
    model.set_rows(demo_register.register_rows())
    qtmodeltester.check(model)


def test_cells_show_labels_number_due_and_overdue(demo_register, english):
    model = RegisterTableModel()
    rows = demo_register.register_rows()
    model.set_rows(rows)
    filed = next(n for n, r in enumerate(rows) if r.filing_number)
    assert model.index(filed, Column.FILING_NUMBER).data().startswith("网信算备")
    assert model.index(filed, Column.FILING_NUMBER).data().endswith("号")
    overdue = next(n for n, r in enumerate(rows) if r.overdue)
    assert model.index(overdue, Column.OVERDUE).data() == "Overdue"
    assert model.index(overdue, Column.OVERDUE).data(Qt.ItemDataRole.DecorationRole) is not None
    state = model.index(overdue, Column.STATE)
    assert state.data() == rows[overdue].state.en
    assert not state.data(Qt.ItemDataRole.DecorationRole).isNull()  # text and icon, not colour


def test_rows_arrive_in_batches(demo_register):
    row = demo_register.register_rows()[0]
    many = [dataclasses.replace(row, algorithm_id=n) for n in range(1, BATCH * 2 + 11)]
    model = RegisterTableModel()
    model.set_rows(many)
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH * 2
    model.fetch_all()
    assert model.rowCount() == len(many)
    assert not model.canFetchMore(QModelIndex())


def test_filters_by_type_state_and_overdue(demo_window, qtbot):
    view = demo_window.workspace.register_view
    total = view.model.rowCount()
    view.type_filter.setCurrentIndex(view.type_filter.findData(AlgorithmType.GENERATION))
    types = {view.model.index(r, Column.TYPE).data() for r in range(view.model.rowCount())}
    assert types == {AlgorithmType.GENERATION.en}
    view.type_filter.setCurrentIndex(0)
    view.state_filter.setCurrentIndex(view.state_filter.findData(AlgorithmState.FILED))
    states = {view.model.index(r, Column.STATE).data() for r in range(view.model.rowCount())}
    assert states == {"Filed"}
    view.state_filter.setCurrentIndex(0)
    qtbot.mouseClick(view.overdue_filter, Qt.MouseButton.LeftButton)
    assert 0 < view.model.rowCount() < total
    overdue = {view.model.index(r, Column.OVERDUE).data() for r in range(view.model.rowCount())}
    assert overdue == {"Overdue"}
    assert f"of {total} algorithms shown" in demo_window.counts_label.text()


def search_for(qtbot, view, text: str) -> set[str]:
    """Type into the search box like a user, wait for the debounce, return the shown types."""
    view.search.clear()
    if text.isascii():
        qtbot.keyClicks(view.search, text)
    else:
        type_text(view.search, text)
    assert view.search.text() == text
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=2000)
    return {view.model.index(r, Column.TYPE).data() for r in range(view.model.rowCount())}


def test_search_finds_chinese_and_english_text(demo_window, qtbot):
    view = demo_window.workspace.register_view
    demo_window.find_action.trigger()
    assert view.search.hasFocus()
    search_for(qtbot, view, "星河")
    assert 0 < view.model.rowCount() < view.model.total()
    assert all("星河" in view.model.index(r, Column.ENTITY).data() or "星河" in name
               for r, name in enumerate(visible_names(view)))  # fmt: skip
    assert search_for(qtbot, view, "ranking") == {AlgorithmType.RANKING.en}
    assert search_for(qtbot, view, "排序精选") == {AlgorithmType.RANKING.en}
    assert search_for(qtbot, view, "星河 ranking") == {AlgorithmType.RANKING.en}
    assert search_for(qtbot, view, "no such thing") == set()
    assert "0 of 20 algorithms shown" in demo_window.counts_label.text()


def test_sorting_by_name_uses_the_collator_and_due_uses_dates(demo_window):
    view = demo_window.workspace.register_view
    view.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    dues = [view.model.index(r, Column.DUE).data() for r in range(view.model.rowCount())]
    dated = [d[:10] for d in dues if d]
    assert dated == sorted(dated)
    view.table.sortByColumn(Column.ENTITY, Qt.SortOrder.AscendingOrder)
    entities = [view.model.index(r, Column.ENTITY).data() for r in range(view.model.rowCount())]
    # pinyin order: Beijing (北京) < Hangzhou (杭州) < Shenzhen (深圳)
    firsts = list(dict.fromkeys(e[:2] for e in entities))
    assert firsts == ["北京", "杭州", "深圳"]


def test_selecting_a_row_fills_the_detail_pane(demo_window):
    view = demo_window.workspace.register_view
    detail = demo_window.workspace.detail
    view.table.selectRow(0)
    name = view.model.index(0, Column.NAME).data()
    assert detail.title.text() == name
    assert detail.form.editor_for("name").text() == name
