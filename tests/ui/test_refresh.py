"""After a write only what it changed is refreshed (``ui.refresh``), and every view still shows
the register as a full reload would: the edited row (moved where the order puts it, hidden or
shown by the filter), the detail pane, the entity's rows, the dashboard and the entities list
(recomputed when shown, if they were hidden). Real register, real widgets."""

from __future__ import annotations

import dataclasses
import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from filing_desk.ui.refresh import Change
from filing_desk.ui.register_columns import Column
from filing_desk.ui.register_model import RegisterTableModel
from tests.helpers.gui import save_field as save
from tests.helpers.gui import table_cells


def resets(model) -> list[int]:
    seen: list[int] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(1))
    model.layoutAboutToBeChanged.connect(lambda *_a: seen.append(2))
    return seen


def test_an_edit_updates_its_row_and_the_detail_pane_only(demo_window, demo_register):
    ws = demo_window.workspace
    ws.show_view("register")
    model = ws.register_view.model
    algo = demo_register.algorithms()[1]
    ws.show_algorithm(algo.id)
    others = {r.algorithm_id: r for r in model.rows() if r.algorithm_id != algo.id}
    seen = resets(model)
    save(ws, "algorithm", algo.id, "name", algo.name, "改名后的算法")
    assert "改名后的算法" in table_cells(demo_window, Column.NAME)
    assert algo.name not in table_cells(demo_window, Column.NAME)
    assert ws.detail.title.text() == "改名后的算法"
    assert ws.detail.form._record.name == "改名后的算法"
    assert seen == []  # no reset, no re-layout: only that row signalled
    assert all(model.row_by_id(a) is r for a, r in others.items())  # not read again
    ws.undo_stack.undo()
    assert algo.name in table_cells(demo_window, Column.NAME)
    assert ws.detail.title.text() == algo.name


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_renamed_row_moves_where_the_sort_puts_it(demo_window, demo_register, order):
    ws = demo_window.workspace
    ws.show_view("register")
    ws.register_view.table.sortByColumn(Column.NAME, order)
    algo = demo_register.algorithms()[2]
    save(ws, "algorithm", algo.id, "name", algo.name, "Aaa first by name")
    shown = table_cells(demo_window, Column.NAME)
    reloaded = RegisterTableModel()
    reloaded.sort(Column.NAME, order)
    reloaded.set_rows(demo_register.register_rows())
    reloaded.fetch_all()
    assert shown == [reloaded.index(r, Column.NAME).data() for r in range(reloaded.rowCount())]
    assert "Aaa first by name" in shown and algo.name not in shown


def test_the_filter_hides_and_shows_an_edited_row(demo_window, demo_register, qtbot):
    ws = demo_window.workspace
    ws.show_view("register")
    algo = demo_register.algorithms()[0]
    ws.register_view.search.setText(algo.name)
    ws.register_view.apply_pending_filter()
    assert algo.name in table_cells(demo_window, Column.NAME)
    save(ws, "algorithm", algo.id, "name", algo.name, "完全不同的名字")
    assert "完全不同的名字" not in table_cells(demo_window, Column.NAME)  # filtered out
    ws.undo_stack.undo()
    assert algo.name in table_cells(demo_window, Column.NAME)  # back, still filtered
    label = demo_window.counts_label.text()
    assert str(ws.register_view.model.matching()) in label


def test_a_new_algorithm_appears_and_a_removed_one_goes(demo_window, demo_register):
    ws = demo_window.workspace
    ws.show_view("register")
    entity = demo_register.entities()[0]
    new = demo_register.create_algorithm(entity.id, name="刚建的算法")
    demo_window._on_algorithm_created(int(new.id))
    assert "刚建的算法" in table_cells(demo_window, Column.NAME)
    assert ws.register_view.selected_algorithm_id() == new.id
    assert ws.detail.title.text() == "刚建的算法"
    total = ws.register_view.model.total()
    ws.apply(Change.of(removed=[int(new.id)]))
    assert "刚建的算法" not in table_cells(demo_window, Column.NAME)
    assert ws.register_view.model.total() == total - 1
    assert ws.detail.algorithm_id() != new.id  # the pane no longer shows it
    assert ws.detail.algorithm_id() == ws.register_view.selected_algorithm_id()


def test_the_hidden_dashboard_is_recomputed_when_shown(demo_window, demo_register):
    ws = demo_window.workspace
    ws.show_view("register")
    before = ws.dashboard.undecided.model.rowCount(QModelIndex())
    entity = demo_register.entities()[0]
    new = demo_register.create_algorithm(entity.id, name="待判断的新算法")
    ws.apply(Change.of([int(new.id)]))  # an undecided row appeared: the dashboard is stale
    assert "dashboard" in ws.refresher.stale
    assert ws.dashboard.undecided.model.rowCount(QModelIndex()) == before  # not yet
    ws.show_view("dashboard")
    assert ws.dashboard.undecided.model.rowCount(QModelIndex()) == before + 1
    assert "dashboard" not in ws.refresher.stale


def test_the_visible_dashboard_follows_a_rename_at_once(demo_window, demo_register):
    ws = demo_window.workspace
    ws.show_view("dashboard")
    first = demo_register.dashboard().overdue[0]
    algorithm_id = int(first.procedure.algorithm_id)
    save(ws, "algorithm", algorithm_id, "name", first.algorithm_name, "逾期算法新名")
    assert any("逾期算法新名" in t for t in ws.dashboard.overdue.model.texts())


def test_an_entity_rename_reaches_its_rows_the_filter_and_the_entities_list(
    demo_window, demo_register
):
    ws = demo_window.workspace
    ws.show_view("register")
    entity = demo_register.entities()[0]
    save(ws, "entity", int(entity.id), "name", entity.name, "改名后的主体有限公司")
    names = table_cells(demo_window, Column.ENTITY)
    assert "改名后的主体有限公司" in names and entity.name not in names
    combo = ws.register_view.entity_filter
    assert "改名后的主体有限公司" in [combo.itemText(i) for i in range(combo.count())]
    ws.show_view("entities")
    texts = [ws.entities.model.index(r, 0).data() for r in range(ws.entities.model.rowCount())]
    assert any(t.startswith("改名后的主体有限公司") for t in texts)


def test_one_by_one_updates_give_the_order_and_filter_of_a_reload(demo_register):
    """Table-driven over sort columns and directions, with a filter on: a few rows changed
    one at a time end exactly where a full reload of the same rows puts them."""
    rows = demo_register.register_rows()
    rng = random.Random(7)
    for column in (Column.NAME, Column.DUE, Column.STATE, Column.ENTITY, -1):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model, reference = RegisterTableModel(), RegisterTableModel()
            for m in (model, reference):
                m.sort(column, order)
                m.set_rows(rows)
            current = {r.algorithm_id: r for r in rows}
            for step in range(8):
                pick = rng.choice(list(current.values()))
                changed = dataclasses.replace(pick, name=f"{rng.choice('阿Zb中')}{step}")
                current[pick.algorithm_id] = changed
                model.update_rows([changed])
            reference.set_rows(list(current.values()))
            assert [r.algorithm_id for r in model.rows()] == [
                r.algorithm_id for r in reference.rows()
            ], (column, order)
