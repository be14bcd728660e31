"""Unlocking a register: the flow (keyring first, then a prompt) and the passphrase /
recovery-key dialog, which says in the UI language why the last attempt failed and lets the user
retry until it opens or they cancel.

``UnlockFlow.start()`` tries the key it has (the keyring opens without a prompt); on a missing
or unreachable key or a wrong key it opens ``UnlockDialog``. Other failures (not a register,
truncated, locked by another window…) cannot be fixed by a key and are reported with ``failed``.

What the user reads is always a sentence chosen by the failure's code (``plain_reason``), never
an exception's own text: the technical detail goes to the log (no key material is in it). That
the system keyring cannot be used is said once (``UnlockFlow.first_time``); later prompts just
ask for the passphrase or the recovery key.

Signals:
    UnlockDialog.unlocked(object), UnlockFlow.unlocked(object): the open Register.
    UnlockFlow.file_unlocked(object): the key opened the file (a store.unlock.UnlockedFile).
    UnlockFlow.failed(object): the exception no key can fix; UnlockFlow.cancelled().
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QShowEvent
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
KEYRING_NOTICE = "credential_store_unavailable"  # Prefs.first_time: that the keyring is unusable
Clock = Callable[[], date]
_log = logging.getLogger(__name__)


def plain_reason(exc: BaseException) -> str:
    """Why a register did not open, in the UI language, chosen by the failure's code; the
    exception's text (English, technical) is logged, never shown."""
    from filing_desk.ui.messages import SENTENCES, sentence

    code = "recovery.invalid" if isinstance(exc, RecoveryKeyInvalid) else getattr(exc, "code", "")
    _log.info("register not opened (%s): %s", type(exc).__name__, exc)
    return sentence(code if code in SENTENCES else "register.error")


class UnlockDialog(QDialog):
    """Passphrase or recovery key; retries until the register opens or the user cancels.

    The key field has the focus whenever the dialog shows; Enter unlocks; a wrong key is said
    and the field keeps the focus with its text selected, ready to be typed over."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        reason: BaseException | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path, self._clock = Path(path), clock
        self.setWindowTitle(self.tr("Unlock the register"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Register file: %1").replace("%1", str(self._path)), self)
        intro.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020; font-weight: bold;")
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), self)
        self.use_recovery = QRadioButton(self.tr("Recovery key"), self)
        self.use_passphrase.setChecked(True)
        self.use_passphrase.toggled.connect(self._on_mode_toggled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        self.ok_button.setDefault(True)  # Enter in the key field unlocks
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.reason, self.use_passphrase, self.use_recovery, self.secret):
            layout.addWidget(w)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.secret, self.ok_button)
        self.show_reason(reason)
        self.secret.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.secret.setFocus()

    def show_reason(self, exc: BaseException | None) -> None:
        if exc is None:
            self.reason.setText(self.tr("Enter the passphrase or the recovery key."))
            return
        self.reason.setText(plain_reason(exc))

    @Slot(bool)
    def _on_mode_toggled(self, passphrase: bool) -> None:
        mode = QLineEdit.EchoMode.Password if passphrase else QLineEdit.EchoMode.Normal
        self.secret.setEchoMode(mode)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.secret.setFont(self.font() if passphrase else font)
        self.secret.setPlaceholderText("" if passphrase else "XXXX-XXXX-XXXX-…")
        self.secret.setFocus()

    @Slot()
    def try_unlock(self) -> None:
        from filing_desk.store.register import open_register

        secret = self.secret.text()
        if not secret.strip():
            self.show_reason(None)
            self.secret.setFocus()
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
            self.show_reason(exc)
            self.secret.setFocus()
            self.secret.selectAll()
            return
        self.secret.clear()
        self.accept()
        self.unlocked.emit(register)


class UnlockFlow(QObject):
    """Open a register: silently from the keyring (or a known passphrase), else by a prompt.

    In two steps when no prompt is needed: ``file_unlocked`` hands over the keyed, locked file
    (``store.unlock.UnlockedFile``) so the window can show the first rows at once; the store is
    opened on that file on the next turn of the event loop and handed over with ``unlocked``.

    ``first_time(notice) -> bool`` (``Prefs.first_time``), when set, says whether a one-off
    notice is still to be shown; without it the notice is shown every time."""

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
        self.first_time: Callable[[str], bool] | None = None

    def retarget(self, path: Path, passphrase: str | None = None) -> None:
        """Open another register from now on (``passphrase``: a demo register's, in memory)."""
        if self.dialog is not None:
            self.dialog.rejected.disconnect(self.cancelled)
            self.dialog.reject()
            self.dialog = None
        self.path, self._passphrase = Path(path), passphrase

    def start(self, prompt: bool = False, recovery: str | None = None) -> None:
        """Try without a prompt unless ``prompt``; ask for a key when that cannot work.
        ``recovery``: a recovery key the user has just typed elsewhere (a restore), tried once."""
        if prompt and self._passphrase is None:
            self._ask(None)
            return
        from filing_desk.store.unlock import unlock_file

        try:
            opened = unlock_file(self.path, passphrase=self._passphrase, recovery=recovery)
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
        if isinstance(reason, KeyringUnavailable):
            _log.info("system keyring unavailable: %s", reason)
            if self.first_time is not None and not self.first_time(KEYRING_NOTICE):
                reason = None  # said once already: just ask for the key
        self.dialog = UnlockDialog(self.path, reason, self._clock, self._parent)
        self.dialog.unlocked.connect(self.unlocked)
        self.dialog.rejected.connect(self.cancelled)
        self.dialog.open()


__all__ = ["KEYRING_NOTICE", "UnlockDialog", "UnlockFlow", "plain_reason"]
