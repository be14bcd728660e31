"""Settings shows where the automatic backups go (read-only) with "Show in folder"; File ▸
Backup now writes there under a readable name and says so."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from filing_desk.paths import app_paths


def test_settings_shows_the_backup_folder_and_opens_it(main_window, qtbot, register, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = app_paths().backups_for(register.path)
    dialog = main_window.open_settings()
    row = dialog.backup_folder
    assert row.path.text() == str(folder)
    assert row.path.isReadOnly()
    assert not row.show_button.isEnabled()  # no backup yet: nothing to show
    assert "No automatic backup" in row.show_button.toolTip()
    dialog.close()

    folder.mkdir(parents=True)
    row = main_window.open_settings().backup_folder
    assert row.show_button.isEnabled()
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [folder]
    assert opened[0].isLocalFile()


def test_settings_without_a_register_shows_no_folder(qtbot, prefs) -> None:
    from filing_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(prefs, None)
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.path.text() == ""
    assert not dialog.backup_folder.show_button.isEnabled()


def test_backup_now_uses_a_readable_name(main_window, register) -> None:
    main_window.backup_now()
    (written,) = app_paths().backups_for(register.path).glob("*.fdesk")
    stem = re.escape(register.path.stem)  # register.fdesk → register-2026-12-06-2305.fdesk
    assert re.fullmatch(stem + r"-\d{4}-\d\d-\d\d-\d{4}\.fdesk", written.name), written.name
