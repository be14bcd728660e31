"""File ▸ Export…: one entity to .xlsx read back with openpyxl, the not-encrypted note, and a
read-only folder reported with nothing left behind."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def make_two_entities(register) -> int:
    a = register.create_entity(name="甲科技有限公司")
    b = register.create_entity(name="乙数据有限公司")
    register.create_algorithm(a.id, name="甲推荐算法", algo_type="02", main_use="=1+1 推荐")
    register.create_algorithm(b.id, name="乙检索算法", algo_type="04")
    return int(a.id)


def test_one_entity_to_xlsx_read_back(main_window, qtbot, register, tmp_path, monkeypatch):
    entity_id = make_two_entities(register)
    dialog = main_window.transfer.open_export()
    assert "NOT encrypted" in dialog.note.text()
    dialog.scope.setCurrentIndex(dialog.scope.findData(entity_id))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.headers.currentData() == "en"  # the UI language by default
    dialog.headers.setCurrentIndex(dialog.headers.findData("zh"))
    assert dialog.suggested_name() == "甲科技有限公司.xlsx"
    target = tmp_path / "out" / "甲"  # the suffix is added when the user leaves it out
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".xlsx")
    assert "not encrypted" in dialog.result_label.text()
    book = openpyxl.load_workbook(written, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    names = [r[header.index("算法名称")] for r in rows[1:]]
    assert names == ["甲推荐算法"]
    uses = [r[header.index("主要用途")] for r in rows[1:]]
    assert uses == ["'=1+1 推荐"]  # neutralised against formula injection
    book.close()


def test_read_only_folder_is_reported_and_nothing_left(
    main_window, register, tmp_path, monkeypatch
):
    """A read-only folder (simulated: as root, chmod would not stop the write) refuses the final
    rename; the dialog says so and no partial file is left."""
    import errno

    from filing_desk.transfer import register_io

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    make_two_entities(register)
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(register_io.os, "replace", refuse)
    dialog = main_window.transfer.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.export_to(folder / "register.csv") == ""
    assert "could not be written" in dialog.result_label.text()
    assert "Permission denied" in dialog.result_label.text()
    assert list(folder.iterdir()) == []


def test_export_failure_is_reported_in_chinese(qtbot, chinese, register, prefs, temp_dir, tmp_path):
    from tests.helpers.gui import make_window

    make_two_entities(register)
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        dialog = window.transfer.open_export()
        assert dialog.export_to(blocker / "register.json") == ""
        assert "导出" in dialog.result_label.text()
        assert "could not be written" in dialog.result_label.toolTip()
        assert not (tmp_path / "file").is_dir()
    finally:
        window.shutdown()
