"""File ▸ Import…: a spreadsheet read in a job, the column mapping, the row-by-row report,
rows left out, existing rows skipped or updated, hostile files refused, the report saved."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from filing_desk.ui.register_model import Column
from tests.helpers.gui import table_cells
from tests.helpers.workbooks import write_xlsx

HEADERS = ["主体名称", "算法名称", "算法类别", "上线时间", "备注"]
GOOD = [
    ["甲科技有限公司", "甲推荐算法", "个性化推送类", "2024-01-05", ""],
    ["甲科技有限公司", "甲排序算法", "排序精选类", "not a date", ""],
    ["乙数据有限公司", "乙检索算法", "信息检索类", "2024-03-01", "内部"],
]


def load(qtbot, dialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.load(path)


def report_lines(dialog) -> list[tuple[str, str, str, str]]:
    m = dialog.report.model
    return [
        tuple(m.index(r, c).data() for c in range(4))  # type: ignore[misc]
        for r in range(m.rowCount())
    ]


def test_bad_row_is_named_and_blocks_the_import_until_left_out(main_window, qtbot, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *GOOD])
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, path)
    assert dialog.tabs.isVisible()
    assert dialog.preview_model.rowCount() == 3
    assert dialog.mapping.mapping() == {0: "entity.name", 1: "algorithm.name",
                                        2: "algorithm.algo_type", 3: "algorithm.launch_date",
                                        4: "remark"}  # fmt: skip
    [line] = report_lines(dialog)
    assert line[:3] == ("3", "上线时间", "Error")
    assert "not a date" in line[3]
    assert "Rows: 3 · OK: 2 · with warnings: 0 · with errors: 1" in dialog.report.counts.text()
    assert not dialog.import_button.isEnabled()
    assert "Import is disabled: 1 row has errors" in dialog.status.text()
    assert "leave those rows out" in dialog.status.text()
    # untick the bad row in the report, as a click on its box does
    index = dialog.report.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.report.model.setData(
        index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.import_button.isEnabled()
    assert "left out: 1" in dialog.report.counts.text()
    with qtbot.waitSignal(dialog.imported, timeout=5000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].created == 2
    assert "2 algorithms created, 0 updated, 0 skipped" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert sorted(table_cells(main_window, Column.NAME)) == ["乙检索算法", "甲推荐算法"]


def test_fixed_file_imports_every_row(main_window, qtbot, tmp_path, register):
    rows = [r.copy() for r in GOOD]
    rows[1][3] = "2024-02-01"
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, write_xlsx(tmp_path / "fixed.xlsx", [HEADERS, *rows]))
    assert dialog.import_button.isEnabled()
    assert "Ready: 3 rows will be imported" in dialog.status.text()
    dialog.import_rows()
    assert len(table_cells(main_window, Column.NAME)) == 3
    assert {e.name for e in register.entities()} == {"甲科技有限公司", "乙数据有限公司"}


def test_mapping_edit_changes_the_result(main_window, qtbot, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("公司,名字,算法类别\n丙公司,丙算法,调度决策类\n", encoding="utf-8-sig")
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, path)
    assert dialog.mapping.mapping() == {2: "algorithm.algo_type"}
    assert "no column: Entity, Algorithm name" in dialog.missing.text()
    assert dialog.report.batch.counts().errors == 1
    assert not dialog.import_button.isEnabled()
    dialog.mapping.set_field(0, "entity.name")
    assert dialog.report.batch.counts().errors == 1
    assert dialog.missing.text().endswith(": Algorithm name")
    dialog.mapping.set_field(1, "algorithm.name")
    assert not dialog.missing.isVisible()
    assert dialog.report.batch.counts().errors == 0
    assert dialog.import_button.isEnabled()
    dialog.import_rows()
    assert table_cells(main_window, Column.NAME) == ["丙算法"]


@pytest.mark.parametrize("update", [False, True])
def test_existing_rows_are_skipped_or_updated(main_window, qtbot, tmp_path, register, update):
    entity = register.create_entity(name="甲科技有限公司")
    register.create_algorithm(entity.id, name="甲推荐算法", algo_type="02", main_use="旧用途")
    path = tmp_path / "again.csv"
    path.write_text(
        "主体名称,算法名称,算法类别,主要用途\n甲科技有限公司,甲推荐算法,个性化推送类,新用途\n"
        "甲科技有限公司,甲新算法,排序精选类,排序\n",
        encoding="utf-8",
    )
    main_window.workspace.refresh_data()
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, path)
    assert dialog.existing_choice.isVisible()
    [line] = report_lines(dialog)
    assert line[0] == "2" and line[2] == "Exists" and "will be skipped" in line[3]
    if update:
        dialog.existing_choice.setCurrentIndex(dialog.existing_choice.findData(True))
        assert "will be updated" in report_lines(dialog)[0][3]
    result = dialog.import_rows()
    assert (result.created, result.updated, result.skipped) == (1, int(update), int(not update))
    [old] = [a for a in register.algorithms() if a.name == "甲推荐算法"]
    assert old.main_use == ("新用途" if update else "旧用途")


def make_zip_bomb(path: Path) -> Path:
    """One 2 MiB member of zeros: a ratio far beyond the limit, small and quick to write."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 << 20))
    return path


def test_zip_bomb_is_refused_with_its_message_and_nothing_written(
    main_window, qtbot, tmp_path, register, monkeypatch
):
    bomb = make_zip_bomb(tmp_path / "bomb.xlsx")
    opened: list[object] = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append(a))
    before = register.audit_events(limit=1)
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, bomb)
    assert dialog.problem.isVisible()
    assert "possible zip bomb" in dialog.problem.text()
    assert "bomb.xlsx" in dialog.problem.text()
    assert not opened
    assert not dialog.import_button.isEnabled()
    assert dialog.report.model.rowCount() == 0
    assert register.audit_events(limit=1) == before
    assert register.algorithms() == []


def test_malformed_file_names_the_file(main_window, qtbot, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"this is not a zip archive")
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, path)
    assert "broken.xlsx is not a valid .xlsx file" in dialog.problem.text()


def test_report_is_saved_through_the_file_dialog(main_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, write_xlsx(tmp_path / "register.xlsx", [HEADERS, *GOOD]))
    qtbot.mouseClick(dialog.report.save_button, Qt.MouseButton.LeftButton)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("row 3, column 上线时间: error:")
    assert lines[-1] == "rows: 3  ok: 2  warnings: 0  errors: 1"


def test_choosing_a_file_through_the_menu_action(main_window, qtbot, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "register.xlsx", [HEADERS, *GOOD])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert main_window.transfer.import_action.shortcut().toString() == "Ctrl+Shift+I"
    main_window.transfer.import_action.trigger()
    dialog = main_window.transfer.dialogs[-1]
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.report.batch.counts().rows == 3


def test_leave_out_button_and_whole_register_json(main_window, qtbot, tmp_path, register):
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, write_xlsx(tmp_path / "register.xlsx", [HEADERS, *GOOD]))
    qtbot.mouseClick(dialog.report.leave_out_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert [r.line for r in dialog.kept().batch.rows] == [2, 4]
    dialog.import_rows()
    from filing_desk.transfer.register_io import export_register

    exported = export_register(register, "json", tmp_path / "whole.json")
    dialog.close()
    other = main_window.transfer.open_import()
    load(qtbot, other, exported)
    assert not other.tabs.isVisible()
    assert other.report.batch.counts().rows == 2
    assert not other.report.leave_out_button.isVisible()


def test_every_transfer_error_code_has_a_sentence():
    from filing_desk.transfer import errors
    from filing_desk.ui.messages import SENTENCES

    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.TransferError)
    }
    assert codes | {"transfer.export_failed", "transfer.malformed_cell"} <= set(SENTENCES)


def test_transfer_and_readiness_messages_in_chinese(chinese):
    from filing_desk.domain.issues import Issue
    from filing_desk.transfer.errors import MalformedFile, ZipBomb
    from filing_desk.ui.messages import error_text, issue_text

    cell = MalformedFile("a cell cannot be read", row=3, column="D (上线时间)", file="a.xlsx")
    assert error_text(cell) == "a.xlsx：第 3 行 D (上线时间) 列的单元格无法读取。"
    assert error_text(ZipBomb("…", file="b.docx")).startswith("b.docx 解压后会远大于其本身")
    short = Issue("form.too_short", "algorithm.summary", params={"limit": 20, "length": 3})
    assert "至少需要 20 个字，现有 3 个" in issue_text(short)


def test_import_limits_set_in_settings_refuse_a_larger_file(main_window, qtbot, tmp_path, register):
    from PySide6.QtWidgets import QDialogButtonBox

    settings = main_window.open_settings()
    settings.limits["import.max_file_mb"].setValue(1)
    qtbot.mouseClick(
        settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert register.setting("import.max_file_mb") == "1"
    big = tmp_path / "big.csv"
    big.write_text(
        "主体名称,算法名称,算法类别\n" + "甲公司,推荐算法,个性化推送类\n" * 60_000, encoding="utf-8"
    )
    assert big.stat().st_size > 1024 * 1024
    dialog = main_window.transfer.open_import()
    load(qtbot, dialog, big)
    assert dialog.problem.isVisible()
    assert "big.csv" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    assert register.algorithms() == []
