"""BackupFolderRow: where the automatic backups of the open register go (read-only), with
"Show in folder"; shown in Settings under "Automatic backups kept".

The folder comes from ``paths.app_paths().backups_for`` (the same call that writes them). Nothing
is created here: before the first backup the button is off and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from filing_desk.ui.written import show_in_folder


class BackupFolderRow(QWidget):
    """A read-only path and a "Show in folder" button (off without a register or a backup)."""

    def __init__(self, register: Any | None, parent: QWidget | None = None) -> None:
        from filing_desk.paths import app_paths

        super().__init__(parent)
        self.folder: Path | None = None
        if register is not None:
            self.folder = app_paths().backups_for(Path(register.path))
        self.path = QLineEdit(str(self.folder or ""), self)
        self.path.setReadOnly(True)
        self.path.setToolTip(str(self.folder or ""))
        self.path.setCursorPosition(0)
        self.show_button = QPushButton(self.tr("Show in folder"), self)
        self.show_button.clicked.connect(self._on_show_clicked)
        exists = self.folder is not None and self.folder.is_dir()
        self.show_button.setEnabled(exists)
        if self.folder is not None and not exists:
            self.show_button.setToolTip(self.tr("No automatic backup has been written yet."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.show_button)

    @Slot()
    def _on_show_clicked(self) -> None:
        if self.folder is not None:
            show_in_folder(self.folder)
