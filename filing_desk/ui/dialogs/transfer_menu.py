"""The File menu's data-in, data-out and backup entries, and the dialogs they open.

Import…, Import from a CAC list…, Check against a CAC list…, Export…, Back up to a file… and
Restore from a backup… are added through ``MainWindow.add_file_action`` (enabled only while a
register is open). Dialogs are parented to the Workspace, so locking the window destroys them
with every other widget that shows register data. Dialog modules are imported when first used,
so start-up pays nothing for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget


class TransferMenu(QObject):
    """Owns the File menu's transfer and backup actions of one MainWindow."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: list[QWidget] = []
        self.import_action = self._add(self.tr("&Import…"), self.open_import, "Ctrl+Shift+I")
        self.cac_list_action = self._add(self.tr("Import from a &CAC list…"), self.open_cac_list)
        self.check_action = self._add(self.tr("Chec&k against a CAC list…"), self.check_list)
        self.export_action = self._add(self.tr("E&xport…"), self.open_export, "Ctrl+Shift+E")
        separator = QAction(self)
        separator.setSeparator(True)
        window.add_file_action(separator)
        self.backup_action = self._add(self.tr("Back &up to a file…"), self.open_backup)
        self.restore_action = self._add(self.tr("&Restore from a backup…"), self.open_restore)

    def _add(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _=False: slot())
        self.window.add_file_action(action, shortcut)
        return action

    def _parent(self) -> QWidget | None:
        return self.window.workspace

    def _open(self, dialog: Any) -> Any:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.open()
        return dialog

    # --- import -------------------------------------------------------------------------

    def open_import(self) -> Any:
        """The spreadsheet/JSON import dialog (a chosen .docx goes to the CAC-list dialog)."""
        from filing_desk.ui.dialogs.import_dialog import ImportDialog

        if self._parent() is None:
            return None
        dialog = ImportDialog(self.window.register, self._parent())
        dialog.imported.connect(self._on_imported)
        dialog.cac_list_chosen.connect(self._on_cac_list_chosen)
        return self._open(dialog)

    def open_cac_list(self, path: str | None = None) -> Any:
        """The CAC-list import dialog, reading ``path`` at once when given."""
        from filing_desk.ui.dialogs.cac_list_dialog import CacListDialog

        if self._parent() is None:
            return None
        dialog = CacListDialog(self.window.register, self._parent())
        dialog.imported.connect(self._on_imported)
        self._open(dialog)
        if path:
            dialog.load(path)
        return dialog

    @Slot(str)
    def _on_cac_list_chosen(self, path: str) -> None:
        sender = self.sender()
        if isinstance(sender, QWidget):
            sender.close()
        self.open_cac_list(path)

    @Slot(object)
    def _on_imported(self, result: Any) -> None:
        if self.window.workspace is not None:
            self.window.workspace.refresh_data()
            self.window.workspace.register_view.fit_columns()  # new names may be longer
        self.window.statusBar().showMessage(
            self.tr("Imported: %1 created, %2 updated, %3 skipped.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped)),
            8000,
        )

    def check_list(self, path: str | None = None) -> Any:
        """Ask for a CAC list (unless given) and show the check-against-list report."""
        from filing_desk.ui.dialogs.check_list_dialog import CheckListDialog

        parent = self._parent()
        if parent is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                parent, self.tr("Check against a CAC list"), "", self.tr("CAC lists (*.docx)")
            )
        if not path:
            return None
        return self._open(CheckListDialog(self.window.register, path, parent))

    # --- export and backups -------------------------------------------------------------

    def open_export(self) -> Any:
        from filing_desk.ui.dialogs.export_dialog import ExportDialog

        if self._parent() is None:
            return None
        return self._open(ExportDialog(self.window.register, self._parent()))

    def open_backup(self) -> Any:
        from filing_desk.ui.dialogs.backup_dialog import BackupDialog

        if self._parent() is None:
            return None
        return self._open(BackupDialog(self.window.register, self._parent()))

    def open_restore(self) -> Any:
        from filing_desk.ui.dialogs.backup_dialog import RestoreDialog

        if self._parent() is None:
            return None
        return self._open(RestoreDialog(self.window.register_path, self._parent()))
