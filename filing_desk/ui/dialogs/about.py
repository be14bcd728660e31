"""AboutDialog: the version, the register file and its id, how it is encrypted and unlocked,
and which keyring holds the key (named in words, never by a class name). Shows no register content.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from filing_desk import __version__
from filing_desk.store.keys import (
    KDF_ITERATIONS,
    KeyringKind,
    KeySource,
    keyring_backend_kind,
)


class AboutDialog(QDialog):
    def __init__(self, register: Any | None, register_path: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Filing Desk"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Filing Desk %1 — an offline, encrypted register of algorithms and their CAC "
                "filing, modification and cancellation procedures."
            ).replace("%1", __version__),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        team = getattr(register, "address", None)  # a team register: the server's address
        if register is not None and team is not None:
            form.addRow(self.tr("Team register:"), self._value(str(team.display)))
            form.addRow(self.tr("Register id:"), self._value(register.register_id))
            form.addRow(
                self.tr("Protected by:"),
                self._value(
                    self.tr(
                        "the server: TLS to it, its disk encryption and the database roles. "
                        "A team register is not encrypted with SQLCipher."
                    )
                ),
            )
        else:
            form.addRow(self.tr("Register file:"), self._value(str(register_path)))
        if register is not None and team is None:
            form.addRow(self.tr("Register id:"), self._value(register.register_id))
            form.addRow(self.tr("Unlocked with:"), self._value(self._source(register.key_source)))
        form.addRow(
            self.tr("Encryption:"),
            self._value(
                self.tr(
                    "SQLCipher 4 (AES-256 in CBC mode, HMAC-SHA512 per page); the data key is a "
                    "random 256-bit raw key, or derived from a passphrase with PBKDF2-HMAC-SHA512 "
                    "(%1 iterations)."
                ).replace("%1", f"{KDF_ITERATIONS:,}")
            ),
        )
        form.addRow(
            self.tr("Keyring backend:"), self._value(self.keyring_words(keyring_backend_kind()))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _source(self, source: KeySource) -> str:
        return {
            KeySource.KEYRING: self.tr("the raw key in the system keyring"),
            KeySource.PASSPHRASE: self.tr("a passphrase"),
            KeySource.RECOVERY: self.tr("the recovery key"),
        }[source]

    def keyring_words(self, kind: KeyringKind) -> str:
        """The keyring in words, as the user knows it from their system."""
        return {
            KeyringKind.WINDOWS: self.tr("Windows Credential Manager"),
            KeyringKind.MACOS: self.tr("macOS Keychain"),
            KeyringKind.SECRET_SERVICE: self.tr("Secret Service (GNOME Keyring / KWallet)"),
            KeyringKind.KWALLET: self.tr("KDE Wallet (KWallet)"),
            KeyringKind.OTHER: self.tr("another keyring, set up on this computer"),
            KeyringKind.NONE: self.tr("none available — passphrase mode only"),
        }[kind]
