"""AboutDialog: the version, the register file and its id, how it is encrypted and unlocked,
and which keyring backend holds the key. Shows no register content.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from filing_desk import __version__
from filing_desk.store.keys import KDF_ITERATIONS, KeySource, keyring_backend_name


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
        form.addRow(self.tr("Register file:"), self._value(str(register_path)))
        if register is not None:
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
        form.addRow(self.tr("Keyring backend:"), self._value(keyring_backend_name()))
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
