"""File ▸ Back up to a file… and Restore from a backup…: a verified backup (with or without its
own passphrase), restored into a new file and offered to open; the open register is refused."""

from __future__ import annotations

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QFileDialog

from filing_desk.store.register import open_register
from filing_desk.transfer.register_io import snapshot_of
from tests.helpers.gui import type_text


def fill(register) -> None:
    entity = register.create_entity(name="备份测试有限公司")
    register.create_algorithm(entity.id, name="备份推荐算法", algo_type="02")


def test_backup_then_restore_into_a_new_file(main_window, qtbot, register, tmp_path, monkeypatch):
    fill(register)
    dialog = main_window.transfer.open_backup()
    assert dialog.target.text().endswith(".fdesk")
    target = tmp_path / "copies" / "b.fdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    browse = [b for b in dialog.findChildren(type(dialog.backup_button)) if b.text() == "Browse…"]
    qtbot.mouseClick(browse[0], Qt.MouseButton.LeftButton)
    assert dialog.target.text() == str(target)
    with qtbot.waitSignal(dialog.backed_up, timeout=10000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "Backup written and verified" in dialog.result_label.text()
    assert target.exists()

    restore = main_window.transfer.open_restore()
    new = tmp_path / "restored.fdesk"
    restore.source.setText(str(target))
    restore.target.setText(str(new))
    assert not restore.open_button.isEnabled()
    with qtbot.waitSignal(restore.restored, timeout=20000):
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    assert "Restored and verified" in restore.result_label.text()
    with open_register(new, lock=False) as copy:
        assert snapshot_of(copy) == snapshot_of(register)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append((program, args)) or (True, 1),
    )
    qtbot.mouseClick(restore.open_button, Qt.MouseButton.LeftButton)
    assert started and started[0][1][-2:] == ["--register", str(new)]


def test_restore_onto_the_open_register_is_refused(main_window, qtbot, register, tmp_path):
    fill(register)
    backup = tmp_path / "b.fdesk"
    register.backup_to(backup)
    before = register.path.read_bytes()
    dialog = main_window.transfer.open_restore()
    dialog.source.setText(str(backup))
    dialog.target.setText(str(register.path))
    assert dialog.restore() == ""
    assert "that is the open register" in dialog.result_label.text()
    assert register.path.read_bytes() == before
    dialog.target.setText(str(backup))
    assert dialog.restore() == ""
    assert "not onto the backup itself" in dialog.result_label.text()


def test_backup_with_its_own_passphrase(main_window, qtbot, register, tmp_path, monkeypatch):
    fill(register)
    dialog = main_window.transfer.open_backup()
    target = tmp_path / "own.fdesk"
    dialog.target.setText(str(target))
    dialog.own_passphrase.setChecked(True)
    type_text(dialog.passphrase, "备份口令-2026 walnut harbour")
    type_text(dialog.repeat, "备份口令-2025 walnut harbour")
    assert dialog.back_up() == ""
    assert "differ" in dialog.result_label.text()
    dialog.repeat.clear()
    type_text(dialog.repeat, "备份口令-2026 walnut harbour")
    assert dialog.back_up() == str(target)
    restore = main_window.transfer.open_restore()
    restore.source.setText(str(target))
    restore.target.setText(str(tmp_path / "r2.fdesk"))
    assert restore.restore() == ""  # the register's key does not open it
    assert not (tmp_path / "r2.fdesk").exists()
    type_text(restore.passphrase, "备份口令-2026 walnut harbour")
    monkeypatch.delenv("FILING_DESK_PASSPHRASE", raising=False)
    assert restore.restore() == str(tmp_path / "r2.fdesk")
