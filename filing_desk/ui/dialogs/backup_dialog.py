"""BackupDialog (File ▸ Back up to a file…) and RestoreDialog (File ▸ Restore from a backup…).

A backup is an encrypted copy taken by ``Register.backup_to`` (optionally under its own backup
passphrase), opened and checked before it counts. A restore (``workflows.restoring``, shared
with the CLI) refuses wrong paths, verifies the backup and writes a NEW file — never the open
register's file — then checks it; the restored register can be opened in a new window. No SQL,
no keys and no rule here.

Signals:
    BackupDialog.backed_up(str), RestoreDialog.restored(str): the file written and verified.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.ui.dialogs.import_base import ERROR_STYLE
from filing_desk.ui.dialogs.new_passphrase import StrengthMeter
from filing_desk.ui.jobs import in_background
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.save_target import confirm_replace
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.written import tell_written

_PASSWORD = QLineEdit.EchoMode.Password
_NO_CONFIRM = QFileDialog.Option.DontConfirmOverwrite
BACKUP_FILTER = "Filing Desk (*.fdesk);;*"


def _path_row(parent: QWidget, edit: QLineEdit, slot: Any) -> QHBoxLayout:
    button = QPushButton(QCoreApplication.translate("BackupDialog", "Browse…"), parent)
    button.clicked.connect(slot)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _show(label: QLabel, text: str, error: bool, detail: str = "") -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setToolTip(detail)


def open_in_new_window(path: Path) -> bool:
    """Start Filing Desk on ``path`` in a process of its own (the open register stays open)."""
    frozen = getattr(sys, "frozen", False)
    args = ["--register", str(path)]
    program = sys.executable
    ok, _pid = QProcess.startDetached(program, args if frozen else ["-m", "filing_desk", *args])
    return bool(ok)


def _frame(
    dialog: QDialog, note: str, form: QFormLayout, actions: tuple[QPushButton, ...]
) -> tuple[QLabel, QDialogButtonBox]:
    """Lay a dialog out as note, form, result line and buttons (Close plus ``actions``)."""
    heading = QLabel(note, dialog)
    heading.setWordWrap(True)
    result = QLabel(dialog)
    result.setWordWrap(True)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading)
    layout.addLayout(form)
    layout.addWidget(result)
    layout.addWidget(buttons)
    return result, buttons


class BackupDialog(QDialog):
    """Where to write the backup and, optionally, a separate backup passphrase."""

    backed_up = Signal(str)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        from filing_desk.paths import app_paths
        from filing_desk.store.backup import new_backup_path

        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Back up the register"))
        folder = app_paths().backups_for(register.path)
        self.target = QLineEdit(str(new_backup_path(folder, register.path)), self)
        self.own_passphrase = QCheckBox(self.tr("Protect with a separate backup passphrase"), self)
        self.passphrase = QLineEdit(self, echoMode=_PASSWORD)
        self.repeat = QLineEdit(self, echoMode=_PASSWORD)
        self.meter = StrengthMeter(self.passphrase, self)  # a new one: the store refuses weak ones
        for widget in (self.passphrase, self.repeat, self.meter):
            self.own_passphrase.toggled.connect(widget.setEnabled)
            widget.setEnabled(False)
        self.backup_button = QPushButton(self.tr("Back up"), self)
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), _path_row(self, self.target, self._on_browse))
        form.addRow(self.own_passphrase)
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        note = self.tr(
            "The backup is encrypted like the register. Without a separate passphrase it "
            "opens with the register's key (keep your recovery key); with one, only that "
            "passphrase opens it."
        )
        self.result_label, self.buttons = _frame(self, note, form, (self.backup_button,))
        fit_size(self, 620, 300)

    @Slot()
    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(  # an existing file is asked about on Back up
            self, self.tr("Backup file"), self.target.text(), BACKUP_FILTER, options=_NO_CONFIRM
        )
        if path:
            self.target.setText(path)

    @Slot()
    def back_up(self) -> str:
        """Write and verify the backup; returns its path ("" when refused or failed)."""
        target = Path(self.target.text().strip())
        passphrase = self.passphrase.text() if self.own_passphrase.isChecked() else None
        if passphrase is not None and (not passphrase or passphrase != self.repeat.text()):
            _show(self.result_label, self.tr("The two passphrases differ or are empty."), True)
            return ""
        if target.resolve() == Path(self.register.path).resolve():
            _show(
                self.result_label, self.tr("Choose another file: this is the open register."), True
            )
            return ""
        replace = target.exists()
        if replace and not confirm_replace(self, self.windowTitle(), target):
            _show(self.result_label, self.tr("Nothing was written."), False)
            return ""
        try:  # off the GUI thread, with a progress dialog (no Cancel: it holds the write lock)
            info = in_background(
                self,
                self.tr("Backing up the register…"),
                lambda: self.register.backup_to(target, passphrase, replace=replace),
            )
        except Exception as exc:  # BackupFailed, RegisterExists: nothing is left behind
            _show(self.result_label, error_text(exc), True, str(exc))
            return ""
        _show(
            self.result_label,
            self.tr("Backup written and verified: %1 (%2 KB, %3 pages checked).")
            .replace("%1", str(info.path))
            .replace("%2", str(max(1, info.size // 1024)))
            .replace("%3", str(info.pages_checked)),
            False,
        )
        tell_written(self, self.windowTitle(), self.tr("Backup written and verified."), [info.path])
        self.backed_up.emit(str(info.path))
        return str(info.path)


class RestoreDialog(QDialog):
    """A backup, its key (this computer's, a backup passphrase or a recovery key), a new file.

    A copy restored from a backup with its own passphrase becomes a register of its own, with a
    new key; its recovery key is shown once (``RecoveryKeyDialog``) as when a register is made."""

    restored = Signal(str)

    def __init__(self, register_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_path = Path(register_path)
        self.restored_path: Path | None = None
        self.recovery_dialog: QDialog | None = None  # the new recovery key, shown once
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.source = QLineEdit(self)
        self.target = QLineEdit(self)
        self.passphrase = QLineEdit(self, echoMode=_PASSWORD)
        self.passphrase.setPlaceholderText(self.tr("only if the backup has its own passphrase"))
        self.recovery = QLineEdit(self)
        self.recovery.setPlaceholderText(self.tr("only if this computer does not hold the key"))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("Open it in a new window"), self)
        self.open_button.clicked.connect(self._on_open)
        self.open_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), _path_row(self, self.source, self._on_browse_source))
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        form.addRow(self.tr("Recovery key:"), self.recovery)
        target_row = _path_row(self, self.target, self._on_browse_target)
        form.addRow(self.tr("Restore into (new file):"), target_row)
        note = self.tr(
            "The backup is checked, then copied into a NEW file and checked again. The open "
            "register is never overwritten."
        )
        actions = (self.restore_button, self.open_button)
        self.result_label, self.buttons = _frame(self, note, form, actions)
        fit_size(self, 680, 320)

    @Slot()
    def _on_browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Backup"), "", BACKUP_FILTER)
        if path:
            self.source.setText(path)
            if not self.target.text():
                stem = Path(path).stem
                self.target.setText(str(self.register_path.with_name(f"{stem}-restored.fdesk")))

    @Slot()
    def _on_browse_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(  # an existing file is refused: never replaced
            self, self.tr("Restore into"), self.target.text(), BACKUP_FILTER, options=_NO_CONFIRM
        )
        if path:
            self.target.setText(path)

    def refusal(self, source: Path, target: Path) -> str:
        """Why these paths cannot be used ("" when they can)."""
        from filing_desk.workflows.restoring import refusal

        refused = refusal(source, target, self.register_path)
        return issue_text(refused) if refused is not None else ""

    @Slot()
    def restore(self) -> str:
        """Verify the backup, restore it into the new file, verify that; returns its path."""
        from filing_desk.workflows.restoring import restore_backup

        source = Path(self.source.text().strip())
        target = Path(self.target.text().strip())
        refused = self.refusal(source, target)
        if refused:
            _show(self.result_label, refused, True)
            return ""
        passphrase, recovery = self.passphrase.text() or None, self.recovery.text().strip() or None
        try:  # off the GUI thread, with a progress dialog (no Cancel: the copy is being checked)
            info = in_background(
                self,
                self.tr("Restoring the backup…"),
                lambda: restore_backup(
                    source,
                    target,
                    open_register=self.register_path,
                    backup_passphrase=passphrase,
                    recovery=recovery,
                ),
            )
        except Exception as exc:  # BackupFailed, WrongKey, RegisterExists: nothing is left
            _show(self.result_label, error_text(exc), True, str(exc))
            return ""
        self.restored_path = Path(info.path)
        if info.recovery_key is None:
            done = self.tr(
                "Restored and verified: %1. Open it to check it; your open register is unchanged."
            )
        else:
            done = self.tr(
                "Restored and verified: %1. It is a register of its own, with a new key: write "
                "down its recovery key now. Your open register and its key are unchanged."
            )
        _show(self.result_label, done.replace("%1", str(info.path)), False)
        tell_written(self, self.windowTitle(), self.tr("Restored and verified."), [info.path])
        self.open_button.setEnabled(True)
        if info.recovery_key is not None:
            self._show_recovery_key(info)
        self.restored.emit(str(info.path))
        return str(info.path)

    def _show_recovery_key(self, info: Any) -> None:
        """The copy's new recovery key, once, as at creation (``RecoveryKeyDialog``)."""
        from datetime import UTC, datetime

        from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog

        today = datetime.now(UTC).astimezone().date()  # the local date, for the recovery sheet
        dialog = RecoveryKeyDialog(info.recovery_key, info.register_id, info.path, today, self)
        dialog.open()
        self.recovery_dialog = dialog

    @Slot()
    def _on_open(self) -> None:
        if self.restored_path is not None and not open_in_new_window(self.restored_path):
            _show(
                self.result_label, self.tr("Filing Desk could not be started for that file."), True
            )
