"""The UI's item models: every one under Qt's model tester (``qtmodeltester``), fed from real
registers, lists and files; the column-table base's sorting (raw values, Chinese collation) as a
header click gives it; the register model's targeted updates (only the touched rows signal, the
order a reload would give, batches respected)."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QTableView

from filing_desk.domain.enums import AlgorithmState, OwnerType
from filing_desk.domain.records import RegisterRow
from filing_desk.transfer.cac_list import parse_cac_list
from filing_desk.transfer.register_io import CHECKED, prepare
from filing_desk.transfer.tabular import read_table
from filing_desk.ui.attachments_panel import AttachmentsPanel
from filing_desk.ui.audit_view import AuditTableModel
from filing_desk.ui.calendar_view import SpecialDaysModel
from filing_desk.ui.dashboard import TARGET_ROLE, DashboardView
from filing_desk.ui.dialogs.cac_list_dialog import CacRowsModel, EntityNamesModel
from filing_desk.ui.dialogs.check_list_dialog import CheckListDialog
from filing_desk.ui.dialogs.column_mapping import PreviewModel
from filing_desk.ui.dialogs.import_report import ImportReportModel
from filing_desk.ui.entities_view import ID_ROLE, EntityListModel
from filing_desk.ui.register_filter import RowFilter
from filing_desk.ui.register_model import BATCH, RECORD_ID_ROLE, Column, RegisterTableModel
from filing_desk.ui.row_steps import Insert, Move, Remove, plan_steps
from tests.helpers.cac_lists import CAC_LISTS_DIR

SIGNALS = ("modelReset", "layoutChanged", "dataChanged", "rowsMoved", "rowsInserted", "rowsRemoved")


def column_texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def shown_ids(model: RegisterTableModel) -> list[int]:
    return [model.index(r, 0).data(RECORD_ID_ROLE) for r in range(model.rowCount())]


def record_signals(model) -> list[str]:
    seen: list[str] = []
    for name in SIGNALS:
        getattr(model, name).connect(lambda *_args, name=name: seen.append(name))
    return seen


# --- the column-table base, through the attachments table ---------------------------------


@pytest.fixture
def panel(qtbot, register, temp_dir, tmp_path) -> AttachmentsPanel:
    """The attachments of an algorithm: three files, their names and sizes chosen so that
    neither the order added nor the text of a cell is the order asked for."""
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type="02", role="provider"
    )
    widget = AttachmentsPanel(temp_dir)
    qtbot.addWidget(widget)
    widget.set_owner(register, OwnerType.ALGORITHM, algorithm.id)
    widget.resize(900, 300)
    widget.show()
    paths = []
    for name, size in (("张三.txt", 100), ("李四.txt", 2), ("阿强.txt", 10)):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(b"x" * size)
    assert widget.add_files(paths) == 3
    return widget


def click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_header_clicks_sort_by_raw_values_and_pinyin_keeping_the_selection(
    qtbot, qtmodeltester, panel, english
):
    model, table = panel.model, panel.view
    qtmodeltester.check(model)
    assert table.horizontalHeader().sortIndicatorSection() == -1  # the order added, at first
    table.selectRow(column_texts(model, 1).index("张三.txt"))
    click_header(qtbot, table, 1)  # file name: 阿 (a) < 李 (li) < 张 (zhang)
    assert column_texts(model, 1) == ["阿强.txt", "李四.txt", "张三.txt"]
    assert panel.selected().filename == "张三.txt"  # the selection followed its row
    click_header(qtbot, table, 2)  # size: in bytes, not by the text "100 bytes" < "2 bytes"
    assert column_texts(model, 1) == ["李四.txt", "阿强.txt", "张三.txt"]
    click_header(qtbot, table, 2)
    assert column_texts(model, 1) == ["张三.txt", "阿强.txt", "李四.txt"]
    assert panel.selected().filename == "张三.txt"
    right = model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(right) & Qt.AlignmentFlag.AlignRight
    panel.reload()  # a reload keeps the order the user chose
    assert column_texts(model, 1) == ["张三.txt", "阿强.txt", "李四.txt"]


# --- the register model ---------------------------------------------------------------------


def test_register_model_passes_the_tester_through_batches_filters_and_sorts(
    qtmodeltester, demo_register, english
):
    row = demo_register.register_rows()[0]
    many = [dataclasses.replace(row, algorithm_id=n, name=f"算法{n}") for n in range(1, BATCH + 8)]
    model = RegisterTableModel()
    model.set_rows(many)
    qtmodeltester.check(model)
    model.set_rows(demo_register.register_rows())
    for column in Column:
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    model.set_filter(RowFilter(overdue_only=True))
    assert 0 < model.rowCount() == model.matching() < model.total()
    model.set_filter(RowFilter(terms=("星河",)))
    model.set_filter(RowFilter())
    assert model.rowCount() == model.total() == len(demo_register.register_rows())


@pytest.fixture
def demo_rows(demo_register) -> list[RegisterRow]:
    return demo_register.register_rows()


def test_update_rows_signals_only_the_rows_it_touches(qtmodeltester, demo_rows, english):
    model = RegisterTableModel()
    model.set_rows(demo_rows)
    model.sort(Column.NAME)
    qtmodeltester.check(model)
    selection = QItemSelectionModel(model)
    kept = model.row_at(2)
    flags = QItemSelectionModel.SelectionFlag
    selection.select(model.index(2, 0), flags.Select | flags.Rows)
    seen = record_signals(model)

    last = model.row_at(model.rowCount() - 1)
    model.update_rows([dataclasses.replace(last, name="阿尔法推荐算法")])  # a (pinyin): first
    assert seen == ["rowsMoved", "dataChanged"]
    assert model.index(0, Column.NAME).data() == "阿尔法推荐算法"
    assert selection.selectedRows()[0].data(RECORD_ID_ROLE) == kept.algorithm_id

    seen.clear()
    row = model.row_of(kept.algorithm_id)
    model.update_rows([dataclasses.replace(kept, state=AlgorithmState.CANCELLED)])
    assert seen == ["dataChanged"]  # same place: the state column changed
    assert model.index(row, Column.STATE).data() == "Cancelled"

    seen.clear()
    new = dataclasses.replace(kept, algorithm_id=999, name="新增算法")
    model.update_rows([new])
    assert seen == ["rowsInserted"]
    assert model.total() == len(demo_rows) + 1 and model.row_of(999) is not None

    seen.clear()
    model.remove_rows([999, kept.algorithm_id])
    assert seen == ["rowsRemoved", "rowsRemoved"]
    assert model.total() == len(demo_rows) - 1 and model.row_of(kept.algorithm_id) is None
    assert not selection.selectedRows()  # the selected row went with its algorithm


def test_update_rows_under_a_filter_shows_and_hides_rows(qtmodeltester, demo_rows, english):
    model = RegisterTableModel()
    model.set_rows(demo_rows)
    model.sort(Column.DUE)
    model.set_filter(RowFilter(overdue_only=True))
    qtmodeltester.check(model)
    seen = record_signals(model)
    overdue = model.row_at(0)
    model.update_rows([dataclasses.replace(overdue, overdue=False)])
    assert seen == ["rowsRemoved"] and model.row_of(overdue.algorithm_id) is None
    seen.clear()
    calm = next(r for r in demo_rows if not r.overdue and r.due_date)
    model.update_rows([dataclasses.replace(calm, overdue=True, due_date=date(2000, 1, 1))])
    assert seen == ["rowsInserted"] and model.row_of(calm.algorithm_id) == 0
    assert set(column_texts(model, Column.OVERDUE)) == {"Overdue"}


def test_update_rows_respects_the_batches_not_yet_fetched(demo_rows, english):
    base = demo_rows[0]
    rows = [
        dataclasses.replace(base, algorithm_id=n, name=f"算法{n:05}") for n in range(1, 2 * BATCH)
    ]
    model = RegisterTableModel()
    model.sort(Column.NAME)
    model.set_rows(rows)
    seen = record_signals(model)
    assert model.rowCount() == BATCH
    first = model.row_at(0)
    model.update_rows([dataclasses.replace(first, name="算法99999")])  # to the unfetched end
    assert seen == ["rowsRemoved"] and model.rowCount() == BATCH - 1
    seen.clear()
    unfetched = rows[-1]
    model.update_rows([dataclasses.replace(unfetched, name="算法00000")])  # to the top
    assert seen == ["rowsInserted"] and shown_ids(model)[0] == unfetched.algorithm_id
    seen.clear()
    model.update_rows([dataclasses.replace(rows[-2], state=AlgorithmState.FILED)])
    assert seen == []  # not fetched yet: nothing on screen changed
    model.fetch_all()
    assert model.index(model.row_of(first.algorithm_id), Column.NAME).data() == "算法99999"


def test_random_updates_give_the_order_and_rows_a_reload_gives(demo_rows, english):
    rng = random.Random(14)
    names = [
        "阿强推荐",
        "北京排序",
        "张三调度",
        "李四检索",
        "王五合成",
        "赵六生成",
        "Alpha",
        "beta",
    ]
    rows = [
        dataclasses.replace(
            rng.choice(demo_rows),
            algorithm_id=n,
            name=rng.choice(names) + str(n),
            due_date=date(2026, 1, 1) + timedelta(days=rng.randrange(400)),
            overdue=rng.random() < 0.3,
        )
        for n in range(1, BATCH + 200)
    ]
    model = RegisterTableModel()
    model.set_rows(rows)
    current = {r.algorithm_id: r for r in rows}
    order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
    for round_ in range(60):
        if round_ % 10 == 0:
            order = (rng.choice(list(Column)), rng.choice(list(Qt.SortOrder)))
            model.sort(*order)
        if round_ % 15 == 7:
            model.set_filter(rng.choice([RowFilter(), RowFilter(overdue_only=True)]))
        changed = []
        for algorithm_id in rng.sample(sorted(current), 3):
            changed.append(
                dataclasses.replace(
                    current[algorithm_id],
                    name=rng.choice(names) + str(algorithm_id),
                    due_date=current[algorithm_id].due_date
                    + timedelta(days=rng.randrange(-90, 90)),
                    overdue=rng.random() < 0.3,
                )
            )
        changed.append(dataclasses.replace(rows[0], algorithm_id=10_000 + round_, name="新增"))
        model.update_rows(changed)
        current.update({r.algorithm_id: r for r in changed})
        gone = rng.choice(sorted(current))
        model.remove_rows([gone])
        del current[gone]
        reference = RegisterTableModel()
        reference.sort(*order)
        reference.set_filter(model.row_filter)
        reference.set_rows(list(current.values()))
        reference.fetch_all()
        assert [r.algorithm_id for r in model.rows()] == [r.algorithm_id for r in reference.rows()]
        assert model.matching() == reference.matching()
        assert shown_ids(model) == shown_ids(reference)[: model.rowCount()]


def test_row_steps_move_only_the_touched_keys():
    assert plan_steps([1, 2, 3, 4], [1, 3, 2, 4], {2}) == [Move(2, 1, 2)]
    assert plan_steps([1, 2, 3], [1, 2, 3], {2}) == [Move(2, 1, 1)]  # changed in place
    assert plan_steps([1, 2, 3, 4], [4, 1, 3, 5], {2, 4, 5}) == [
        Remove(1),
        Move(4, 2, 0),
        Insert(5, 3),
    ]
    assert plan_steps([1, 2, 3], [2, 1, 3], {3}) is None  # untouched rows changed order


# --- the other models, each fed as its view feeds it -----------------------------------------


def test_audit_and_special_days_models(qtmodeltester, demo_register, english):
    audit = AuditTableModel()
    audit.set_events(demo_register.audit_events(limit=200))
    qtmodeltester.check(audit)
    assert audit.rowCount() > 10 and audit.headerData(2, Qt.Orientation.Horizontal) == (
        "What happened"
    )
    audit.sort(0, Qt.SortOrder.AscendingOrder)
    times = column_texts(audit, 0)
    assert times == sorted(times)
    days = SpecialDaysModel()
    days.set_days(list(demo_register.calendar().days_of_year(2026)))
    qtmodeltester.check(days)
    assert "2026-02-17" in column_texts(days, 0)  # Spring Festival
    assert {"Working day", "Day off"} == set(column_texts(days, 1))


def test_dashboard_and_entity_lists(qtbot, qtmodeltester, demo_register, english):
    dashboard = DashboardView(demo_register)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    for section in dashboard.sections():
        qtmodeltester.check(section.model)
    overdue = dashboard.overdue.model
    assert overdue.rowCount() and overdue.index(0, 0).data(TARGET_ROLE)[0] == "algorithm"
    entities = EntityListModel()
    entities.set_entities(demo_register.entities())
    qtmodeltester.check(entities)
    first = demo_register.entities()[0]
    assert entities.index(0, 0).data().startswith(first.name)
    assert entities.index(0, 0).data(ID_ROLE) == first.id == entities.row_at(0).id


def test_cac_list_models(qtbot, qtmodeltester, demo_register, english):
    path = CAC_LISTS_DIR / "algorithm-list-2022-08.docx"
    batch = parse_cac_list(path)
    names = EntityNamesModel()
    names.set_batch(batch)
    qtmodeltester.check(names)
    chosen = names.index(0).data(Qt.ItemDataRole.EditRole)
    names.set_checked(chosen)
    assert names.checked() == [chosen]
    rows = CacRowsModel()
    rows.set_rows(batch.rows)
    qtmodeltester.check(rows)
    assert rows.rowCount() == 30 and column_texts(rows, 0)[0] == str(batch.rows[0].line)
    remarked = [n for n, r in enumerate(batch.rows) if r.remark]
    for n in remarked:
        assert rows.index(n, 6).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert rows.remarks() == len(remarked)
    dialog = CheckListDialog(demo_register, path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    filed = {a.name for a in demo_register.algorithms() if a.state in CHECKED}
    assert set(column_texts(dialog.model, 2)) == filed  # the demo's, none of them in that list
    assert set(column_texts(dialog.model, 0)) == {"Missing from this list"}
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Outcome"


def test_import_preview_and_report_models(qtmodeltester, english, tmp_path: Path):
    path = tmp_path / "rows.csv"
    lines = ["主体名称,算法名称,算法类别"] + [f"公司{n},算法{n},个性化推送类" for n in range(12)]
    lines.append("公司X,,不存在的类别")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    preview = PreviewModel()
    preview.set_table(read_table(path))
    qtmodeltester.check(preview)
    assert preview.rowCount() == 10 and preview.columnCount() == 3
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "主体名称"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"  # the sheet's row number
    report = ImportReportModel()
    report.set_batch(prepare(path).batch, {})
    qtmodeltester.check(report)
    assert report.rowCount() and set(column_texts(report, 0)) == {"14"}
    check = report.index(0, 0)
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert report.setData(check, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert report.excluded == {14}
    report.set_batch(None, {})
    assert report.rowCount() == 0 and report.index(0, 0) == QModelIndex()
