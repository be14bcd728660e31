"""After a file is written, a box says what was written where, and "Show in folder" opens that
folder through a local file: URL (``ui.written``): on every save path, and after a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from filing_desk.ui.written import WrittenBox, tell_written
from tests.helpers.save_paths import SAVE_PATHS


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def written_boxes() -> list[WrittenBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, WrittenBox) and w.isVisible()
    ]


def test_the_box_lists_the_files_and_opens_their_folder(qtbot, english, tmp_path, opened):
    first, second = tmp_path / "01-a.pdf", tmp_path / "02-b.pdf"
    box = tell_written(None, "Save as PDF", "The PDF files were saved.", [first, second])
    assert box is not None
    qtbot.addWidget(box)
    assert box.text() == "The PDF files were saved."
    assert box.informativeText().splitlines() == [str(first), str(second)]
    assert box.show_button.text() == "Show in folder"
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].isLocalFile() and opened[0].scheme() == "file"
    assert Path(opened[0].toLocalFile()) == tmp_path
    assert tell_written(None, "x", "nothing", []) is None


@pytest.mark.parametrize("name", sorted(SAVE_PATHS))
def test_every_save_path_says_where_the_file_went(
    name, main_window, qtbot, register, tmp_path, monkeypatch, opened
):
    case = SAVE_PATHS[name]
    folder = tmp_path / "out"
    folder.mkdir()
    chosen = folder / case.chosen
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    case.save(main_window, qtbot, register, tmp_path)
    (box,) = written_boxes()
    assert box.paths == [folder / case.written]
    assert (folder / case.written).exists()
    assert str(folder / case.written) in box.informativeText()
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [folder]


def test_restore_says_where_the_register_went(main_window, qtbot, register, tmp_path, opened):
    register.create_entity(name="恢复位置有限公司")
    backup = tmp_path / "b.fdesk"
    register.backup_to(backup)
    dialog = main_window.transfer.open_restore()
    target = tmp_path / "restored" / "r.fdesk"
    dialog.source.setText(str(backup))
    dialog.target.setText(str(target))
    assert dialog.restore() == str(target)
    (box,) = written_boxes()
    assert box.paths == [target]
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [target.parent]
