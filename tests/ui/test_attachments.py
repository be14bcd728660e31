"""Attachments panel and private temp folder: add (dialog, drop), open, replace, save, wipe."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.ui.attachments_panel import AttachmentsPanel
from tests.helpers.attachments_panel import answer_kinds, cells, kinds_shown, select_row


@pytest.fixture
def algorithm_id(register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    return register.create_algorithm(
        entity.id,
        name="示例推荐算法",
        algo_type="02",
        role="provider",
        launch_date=date(2026, 11, 10),
    ).id


@pytest.fixture
def panel(qtbot, register, algorithm_id, temp_dir) -> AttachmentsPanel:
    widget = AttachmentsPanel(temp_dir)
    qtbot.addWidget(widget)
    widget.set_owner(register, OwnerType.ALGORITHM, algorithm_id)
    widget.show()
    return widget


def add_by_dialog(qtbot, monkeypatch, panel, path, *kinds: AttachmentKind) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    answer_kinds(qtbot, panel, *kinds)


def test_add_by_dialog_lists_kind_size_version_and_missing(qtbot, monkeypatch, panel, tmp_path):
    assert "Business licence" in panel.missing_label.text()
    licence = tmp_path / "营业执照.pdf"
    licence.write_bytes(b"%PDF-1.4 licence")
    add_by_dialog(qtbot, monkeypatch, panel, licence)  # the kind guessed from the name
    assert panel.model.rowCount() == 1
    kind, name, size, added, version, status = cells(panel, 0)
    assert (kind, name, version, status) == ("Business licence", "营业执照.pdf", "1", "Current")
    assert "16" in size and added
    assert "Business licence" not in panel.missing_label.text()
    assert "Self-assessment report" in panel.missing_label.text()


def test_drop_files_adds_them(qtbot, panel, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"first")
    second.write_bytes(b"second")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier
    )
    panel.dropEvent(event)
    assert event.isAccepted() and panel.model.rowCount() == 0  # nothing before the kinds
    assert kinds_shown(panel.kinds_dialog) == [AttachmentKind.OTHER, AttachmentKind.OTHER]
    answer_kinds(qtbot, panel, AttachmentKind.SCREENSHOT, AttachmentKind.SCREENSHOT)
    assert sorted(info.filename for info in panel.model.rows()) == ["a.txt", "b.txt"]
    assert {info.kind for info in panel.model.rows()} == {AttachmentKind.SCREENSHOT}


def test_open_decrypts_into_private_folder(qtbot, monkeypatch, panel, temp_dir, tmp_path):
    source = tmp_path / "自评估.pdf"
    source.write_bytes(b"%PDF-1.4 assessment")
    add_by_dialog(qtbot, monkeypatch, panel, source)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select_row(panel, "自评估.pdf", 1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    [path] = temp_dir.files()
    assert path.read_bytes() == b"%PDF-1.4 assessment"
    assert path.name == "自评估.pdf" and opened == [QUrl.fromLocalFile(str(path))]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(temp_dir.path.stat().st_mode) == 0o700
    folder = temp_dir.path
    temp_dir.wipe()
    assert not path.exists() and not folder.exists()
    assert temp_dir.files() == []


def test_replace_keeps_older_version_listed(qtbot, monkeypatch, panel, tmp_path):
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    add_by_dialog(qtbot, monkeypatch, panel, first)
    select_row(panel, "v1.pdf", 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    rows = {(info.filename, info.version): info for info in panel.model.rows()}
    assert set(rows) == {("v1.pdf", 1), ("v2.pdf", 2)}
    assert rows["v1.pdf", 1].superseded and not rows["v2.pdf", 2].superseded
    select_row(panel, "v1.pdf", 1)
    assert cells(panel, panel.view.currentIndex().row())[5] == "Superseded"
    assert not panel.replace_button.isEnabled()


def test_save_a_copy_writes_the_same_bytes(qtbot, monkeypatch, panel, tmp_path):
    source = tmp_path / "letter.pdf"
    source.write_bytes(b"%PDF-1.4 letter")
    add_by_dialog(qtbot, monkeypatch, panel, source)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    select_row(panel, "letter.pdf", 1)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"%PDF-1.4 letter"


def test_clear_hides_everything(panel):
    panel.clear()
    assert panel.model.rowCount() == 0 and not panel.isEnabled()


def test_temp_dir_sanitises_names_and_never_overwrites(temp_dir):
    first = temp_dir.write("../../etc/passwd", b"x")
    second = temp_dir.write("passwd", b"y")
    assert first.parent == temp_dir.path and first.name == "passwd"
    assert second.name == "passwd (2)" and first.read_bytes() == b"x"
    temp_dir.wipe()
    assert not first.exists() and not second.exists()
