"""Unlocking a register: the flow (keyring first, then a prompt) and the passphrase /
recovery-key dialog, which shows the exact reason the last attempt failed and lets the user retry
until it opens or they cancel.

``UnlockFlow.start()`` tries the key it has (the keyring opens without a prompt); on a missing
or unreachable key or a wrong key it opens ``UnlockDialog``. Other failures (not a register,
truncated, locked by another window…) cannot be fixed by a key and are reported with ``failed``.

Signals:
    UnlockDialog.unlocked(object), UnlockFlow.unlocked(object): the open Register.
    UnlockFlow.file_unlocked(object): the key opened the file (a store.unlock.UnlockedFile).
    UnlockFlow.failed(object): the exception no key can fix; UnlockFlow.cancelled().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.store.errors import (
    KeyNotFound,
    KeyringUnavailable,
    RecoveryKeyInvalid,
    RegisterError,
    WrongKey,
)

if TYPE_CHECKING:
    from filing_desk.store.unlock import UnlockedFile

PROMPTABLE = (KeyNotFound, KeyringUnavailable, WrongKey, RecoveryKeyInvalid)
Clock = Callable[[], date]


def reason_texts(exc: BaseException) -> tuple[str, str]:
    """The translated sentence and the exception's own (exact) message."""
    from filing_desk.ui.messages import error_text, sentence

    if isinstance(exc, RecoveryKeyInvalid):
        return sentence("recovery.invalid", {}, str(exc)), str(exc)
    return error_text(exc), str(exc)


class UnlockDialog(QDialog):
    """Passphrase or recovery key; retries until the register opens or the user cancels."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        reason: BaseException | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # the namespace loads slowly: not on the way to the window

        super().__init__(parent)
        self._path, self._clock = Path(path), clock
        self.setWindowTitle(self.tr("Unlock the register"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Register file: %1").replace("%1", str(self._path)), self)
        intro.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020; font-weight: bold;")
        self.exact = QLabel(self)
        self.exact.setWordWrap(True)
        self.exact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), self)
        self.use_recovery = QRadioButton(self.tr("Recovery key"), self)
        self.use_passphrase.setChecked(True)
        self.use_passphrase.toggled.connect(self._on_mode_toggled)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.reason, self.exact, self.use_passphrase, self.use_recovery):
            layout.addWidget(w)
        layout.addWidget(self.secret)
        layout.addWidget(buttons)
        self.show_reason(reason)

    def show_reason(self, exc: BaseException | None) -> None:
        if exc is None:
            self.reason.setText(self.tr("Enter the passphrase or the recovery key."))
            self.exact.hide()
            return
        translated, exact = reason_texts(exc)
        self.reason.setText(translated)
        self.exact.setText(self.tr("Details: %1").replace("%1", exact))
        self.exact.setVisible(exact != translated)

    @Slot(bool)
    def _on_mode_toggled(self, passphrase: bool) -> None:
        mode = QLineEdit.EchoMode.Password if passphrase else QLineEdit.EchoMode.Normal
        self.secret.setEchoMode(mode)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.secret.setFont(self.font() if passphrase else font)
        self.secret.setPlaceholderText("" if passphrase else "XXXX-XXXX-XXXX-…")

    @Slot()
    def try_unlock(self) -> None:
        from filing_desk.store.register import open_register

        secret = self.secret.text()
        if not secret.strip():
            self.show_reason(None)
            return
        recovery = self.use_recovery.isChecked()
        try:
            register = open_register(
                self._path,
                passphrase=None if recovery else secret,
                recovery=secret if recovery else None,
                clock=self._clock,
            )
        except (RegisterError, RecoveryKeyInvalid) as exc:
            self.secret.selectAll()
            self.show_reason(exc)
            return
        self.secret.clear()
        self.accept()
        self.unlocked.emit(register)


class UnlockFlow(QObject):
    """Open a register: silently from the keyring (or a known passphrase), else by a prompt.

    In two steps when no prompt is needed: ``file_unlocked`` hands over the keyed, locked file
    (``store.unlock.UnlockedFile``) so the window can show the first rows at once; the store is
    opened on that file on the next turn of the event loop and handed over with ``unlocked``."""

    file_unlocked = Signal(object)
    unlocked = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        path: Path,
        clock: Clock | None = None,
        parent_widget: QWidget | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.path = Path(path)
        self._clock = clock
        self._parent = parent_widget
        self._passphrase = passphrase  # demo registers only: a random passphrase kept in memory
        self.dialog: UnlockDialog | None = None

    def start(self, prompt: bool = False) -> None:
        """Try without a prompt unless ``prompt``; ask for a key when that cannot work."""
        if prompt and self._passphrase is None:
            self._ask(None)
            return
        from filing_desk.store.unlock import unlock_file

        try:
            opened = unlock_file(self.path, passphrase=self._passphrase)
        except PROMPTABLE as exc:
            self._ask(exc)
            return
        except RegisterError as exc:
            self.failed.emit(exc)
            return
        self.file_unlocked.emit(opened)  # the first rows paint now
        QTimer.singleShot(0, self, lambda: self._open(opened))

    def _open(self, opened: UnlockedFile) -> None:
        from filing_desk.store.register import open_register

        try:
            register = open_register(self.path, clock=self._clock, unlocked=opened)
        except RegisterError as exc:
            self.failed.emit(exc)
        else:
            self.unlocked.emit(register)

    def _ask(self, reason: BaseException | None) -> None:
        self.dialog = UnlockDialog(self.path, reason, self._clock, self._parent)
        self.dialog.unlocked.connect(self.unlocked)
        self.dialog.rejected.connect(self.cancelled)
        self.dialog.open()


__all__ = ["UnlockDialog", "UnlockFlow"]
