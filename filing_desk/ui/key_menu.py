"""File ▸ Change passphrase… and File ▸ Re-key register…: the register's secret, changed in place.

Change passphrase is enabled only when the register was unlocked with its passphrase
(passphrase mode); it opens ``ChangePassphraseDialog``. Re-key asks first, then gives the
register a new random data key kept in this computer's keyring (``Register.new_data_key``) and
shows the NEW recovery key on the recovery sheet dialog. Backups are never touched: each keeps
the key it was made with. The store does the work; this module asks and shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox


class KeyMenu(QObject):
    """Owns the two actions of one MainWindow (added to its File menu by ``MainMenus``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        self.change_passphrase_action = window._action(
            self.tr("Change &passphrase…"), lambda _=False: self.change_passphrase()
        )
        self.rekey_action = window._action(
            self.tr("Re-&key register…"), lambda _=False: self.confirm_rekey()
        )
        window.unlocked.connect(self._on_unlocked)

    @Slot()
    def _on_unlocked(self) -> None:
        from filing_desk.store.keys import KeySource

        register = self.window.register
        keyed = register is not None and getattr(register, "address", None) is None  # not a team
        passphrase_mode = keyed and register.key_source is KeySource.PASSPHRASE
        self.change_passphrase_action.setEnabled(passphrase_mode)

    def change_passphrase(self) -> Any:
        """The Change passphrase dialog (passphrase mode only)."""
        from filing_desk.ui.dialogs.new_passphrase import ChangePassphraseDialog

        if self.window.workspace is None or not self.change_passphrase_action.isEnabled():
            return None
        self.dialog = ChangePassphraseDialog(self.window.register, self.window.workspace)
        self.dialog.accepted.connect(
            lambda: self.window._tell(
                self.tr("Passphrase changed. Backups made before keep the old passphrase.")
            )
        )
        self.dialog.open()
        return self.dialog

    def confirm_rekey(self) -> QMessageBox | None:
        """Ask before re-keying: what changes, and that old backups keep their old key."""
        if self.window.workspace is None:
            return None
        box = QMessageBox(self.window.workspace)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Re-key register"))
        box.setText(self.tr("Give the register a new data key and a new recovery key?"))
        box.setInformativeText(
            self.tr(
                "The register is re-encrypted with a new random key, kept in this computer's "
                "keyring; a passphrase no longer opens it. The new recovery key is shown next: "
                "print or write it down. Backups made before keep the old key and open only "
                "with the old recovery key (or the old passphrase)."
            )
        )
        rekey_button = box.addButton(self.tr("Re-key"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.clickedButton() is rekey_button:
                self.rekey()

        box.finished.connect(answered)
        self.dialog = box
        box.open()
        return box

    def rekey(self) -> Any:
        """Re-key now and show the new recovery key (or say why nothing changed)."""
        from filing_desk.store.errors import RegisterError
        from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog
        from filing_desk.ui.messages import error_text

        register = self.window.register
        try:
            recovery_key = register.new_data_key()
        except RegisterError as exc:
            QMessageBox.warning(self.window, self.tr("Re-key register"), error_text(exc))
            return None
        self.change_passphrase_action.setEnabled(False)  # keyring mode from now on
        self.dialog = RecoveryKeyDialog(
            recovery_key,
            register.register_id,
            register.path,
            register.today(),
            self.window.workspace,
            rekeyed=True,
        )
        self.dialog.open()
        return self.dialog
