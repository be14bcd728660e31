"""The import preview announces exactly the rows the import writes: rows with errors left out,
rows already in the register and rows repeating an earlier row are counted as skipped, and
why; the numbers are compared with what the register then holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.workbooks import write_xlsx

HEADERS = ["主体名称", "算法名称", "算法类别", "上线时间"]
ROWS = [
    ["甲科技有限公司", "甲推荐算法", "个性化推送类", "2024-01-05"],  # already in the register
    ["甲科技有限公司", "甲排序算法", "排序精选类", "not a date"],  # an error: left out
    ["乙数据有限公司", "乙检索算法", "信息检索类", "2024-03-01"],  # new
    ["乙数据有限公司", "乙检索算法", "信息检索类", "2024-03-02"],  # repeats the row above
    ["丙网络有限公司", "丙调度算法", "调度决策类", "2024-04-01"],  # new
]


def open_file(main_window, qtbot, path: Path):
    dialog = main_window.transfer.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.load(path)
    return dialog


@pytest.mark.parametrize(
    ("suffix", "update", "announced", "created", "updated", "skipped"),
    [
        (".xlsx", False, "Ready: 2 rows will be imported", 2, 0, 2),
        (".csv", False, "Ready: 2 rows will be imported", 2, 0, 2),
        (".xlsx", True, "Ready: 4 rows will be imported", 2, 2, 0),
    ],
)
def test_preview_count_equals_rows_written(
    main_window, qtbot, tmp_path, register, suffix, update, announced, created, updated, skipped
):
    entity = register.create_entity(name="甲科技有限公司")
    register.create_algorithm(entity.id, name="甲推荐算法", algo_type="02")
    main_window.workspace.refresh_data()
    if suffix == ".xlsx":
        path = write_xlsx(tmp_path / "list.xlsx", [HEADERS, *ROWS])
    else:
        path = tmp_path / "list.csv"
        path.write_text("\n".join(",".join(r) for r in [HEADERS, *ROWS]), encoding="utf-8")
    dialog = open_file(main_window, qtbot, path)
    assert not dialog.import_button.isEnabled()  # the bad row blocks until left out
    dialog.report.model.exclude_rows_with_errors()
    if update:
        dialog.existing_choice.setCurrentIndex(dialog.existing_choice.findData(True))
    status = dialog.status.text()
    assert announced in status
    assert "1 row with errors left out." in status
    if update:
        assert "will be skipped" not in status
    else:
        assert "1 row already in the register will be skipped." in status
        assert "1 row names an algorithm of an earlier row and will be skipped." in status
    before = len(register.algorithms())
    result = dialog.import_rows()
    assert (result.created, result.updated, result.skipped) == (created, updated, skipped)
    assert len(register.algorithms()) - before == created
    assert {a.name for a in register.algorithms()} == {"甲推荐算法", "乙检索算法", "丙调度算法"}


def test_every_row_new_has_no_skipped_sentence(main_window, qtbot, tmp_path, register):
    dialog = open_file(main_window, qtbot, write_xlsx(tmp_path / "one.xlsx", [HEADERS, ROWS[4]]))
    assert dialog.status.text() == "Ready: 1 row will be imported in one step."
    assert dialog.import_rows().created == 1
