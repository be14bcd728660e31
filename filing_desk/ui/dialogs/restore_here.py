"""RestoreHereDialog: from the welcome page, bring a register back from a backup — typically on
a new computer, with the backup file and the register's recovery key — into a file of the
user's choice (by default the register's usual place), to be opened in this window.

The restore is ``workflows.restoring.restore_backup`` (shared with the CLI and File ▸ Restore
from a backup…): the paths are refused before anything is read, the backup and the new file are
checked, and a failure leaves nothing behind. What the user reads is a sentence chosen by code,
never an exception's text (that goes to the log). No SQL and no rule here.

Signals:
    restored(object, str): the ``store.restore.Restored`` and the recovery key that opened the
    backup ("" when the keyring or a backup passphrase did), to open the copy with.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
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

from filing_desk.store.errors import BackupFailed, RecoveryKeyInvalid, WrongKey
from filing_desk.ui.dialogs.unlock import plain_reason
from filing_desk.ui.dialogs.welcome import REGISTER_FILTER
from filing_desk.ui.jobs import in_background
from filing_desk.ui.messages import issue_text
from filing_desk.ui.written import tell_written

_log = logging.getLogger(__name__)


def _path_row(parent: QWidget, edit: QLineEdit, slot: object) -> QHBoxLayout:
    button = QPushButton(QCoreApplication.translate("RestoreHereDialog", "Browse…"), parent)
    button.clicked.connect(slot)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class RestoreHereDialog(QDialog):
    """A backup, the key that opens it, and where the restored register goes."""

    restored = Signal(object, str)

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a register from a backup"))
        self.setMinimumWidth(560)
        note = QLabel(
            self.tr(
                "Choose the backup file and type the register's recovery key (from its recovery "
                "sheet). The backup is checked, copied into a new file and checked again; then "
                "the register opens here."
            ),
            self,
        )
        note.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setObjectName("backup_file")
        self.recovery = QLineEdit(self)
        self.recovery.setObjectName("recovery_key")
        self.recovery.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.passphrase = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("only if the backup has its own passphrase"))
        self.target = QLineEdit(str(target), self)
        self.target.setObjectName("restore_target")
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), _path_row(self, self.source, self._on_browse_source))
        form.addRow(self.tr("Recovery key:"), self.recovery)
        form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        form.addRow(self.tr("Restore into:"), _path_row(self, self.target, self._on_browse_target))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore and open"))
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    @Slot()
    def _on_browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), self.source.text(), f"{REGISTER_FILTER};;*"
        )
        if path:
            self.source.setText(path)

    @Slot()
    def _on_browse_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(  # an existing file is refused: never replaced
            self,
            self.tr("Restore into"),
            self.target.text(),
            REGISTER_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.target.setText(path)

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, RecoveryKeyInvalid):
            return plain_reason(exc)
        if isinstance(exc, BackupFailed | WrongKey):
            _log.info("backup not restored: %s", exc)
            return self.tr(
                "The backup could not be restored: it does not open with this recovery key (or "
                "backup passphrase), or it is damaged. Check the key and the file; nothing was "
                "written."
            )
        return plain_reason(exc)

    @Slot()
    def restore(self) -> object:
        """Restore into the new file and announce it; the ``Restored``, or None when refused."""
        from filing_desk.domain.errors import InvalidInput
        from filing_desk.store.errors import RegisterError
        from filing_desk.workflows.restoring import restore_backup

        source = Path(self.source.text().strip()) if self.source.text().strip() else Path()
        target = Path(self.target.text().strip()) if self.target.text().strip() else Path()
        recovery = self.recovery.text().strip()
        passphrase = self.passphrase.text() or None
        try:  # off the GUI thread, with a progress dialog (no Cancel: the copy is being checked)
            info = in_background(
                self,
                self.tr("Restoring the backup…"),
                lambda: restore_backup(
                    source, target, backup_passphrase=passphrase, recovery=recovery or None
                ),
            )
        except InvalidInput as exc:
            self.result_label.setText("\n".join(issue_text(issue) for issue in exc.issues))
            return None
        except (RegisterError, RecoveryKeyInvalid, OSError) as exc:
            self.result_label.setText(self._failure_text(exc))
            return None
        self.passphrase.clear()
        self.recovery.clear()
        self.accept()
        done = self.tr("Restored and verified.")
        tell_written(self.parentWidget(), self.windowTitle(), done, [Path(info.path)])
        # a copy re-keyed under a new key (a backup passphrase opened it) no longer opens with
        # the recovery key typed here; the new one is shown by the caller
        self.restored.emit(info, "" if info.recovery_key else recovery)
        return info


__all__ = ["RestoreHereDialog"]
