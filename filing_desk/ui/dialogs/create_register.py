"""CreateRegisterDialog: a new register at a path the welcome page chose, in keyring mode (the
key kept in this computer's system keyring, nothing to type) or passphrase mode (a new passphrase
typed twice under a strength meter); the recovery key is shown next by the caller.

The two modes are the store's (``store.keys``): the dialog only chooses between them and says,
in two sentences, what protects the register and that the recovery key is the only way back.
When the keyring cannot be used it says so in plain words (the technical detail goes to the log)
and offers passphrase mode alone. The file is made by ``store.register.create_register``; a
refusal (a file already there, a weak passphrase) is said by its code and nothing is written.

Signals:
    created(object): the ``store.register.Created`` (the open register and its recovery key).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.store.errors import KeyringUnavailable, RegisterError
from filing_desk.ui.dialogs.new_passphrase import PassphraseFields, passphrase_intro
from filing_desk.ui.dialogs.unlock import KEYRING_NOTICE, plain_reason
from filing_desk.ui.messages import sentence

_log = logging.getLogger(__name__)
_ERROR_STYLE = "color: #b00020;"


def keyring_usable() -> bool:
    """Whether the system keyring answers (asked for an entry no register has)."""
    from filing_desk.store import keys

    try:
        keys.load_from_keyring("0" * 32)
    except KeyringUnavailable as exc:
        _log.info("system keyring unavailable: %s", exc)
        return False
    return True


class CreateRegisterDialog(QDialog):
    """Keyring or passphrase mode for a new register at ``path``; Create makes it."""

    created = Signal(object)

    def __init__(
        self,
        path: Path,
        *,
        keyring: bool,
        clock: Any = None,
        first_time: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        """``keyring``: whether the system keyring can be used (``keyring_usable``);
        ``first_time``: ``Prefs.first_time``, told when the keyring notice has been shown."""
        super().__init__(parent)
        self.path, self._clock, self._first_time = Path(path), clock, first_time
        self.setWindowTitle(self.tr("Create a new register"))
        self.setMinimumWidth(520)
        where = QLabel(self.tr("The register file: %1").replace("%1", str(self.path)), self)
        where.setWordWrap(True)
        where.setToolTip(str(self.path))
        self.use_keyring = QRadioButton(
            self.tr("Keep its key in this computer's system keyring (nothing to type)"), self
        )
        self.use_passphrase = QRadioButton(self.tr("Protect it with a passphrase"), self)
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.explain = QLabel(self)
        self.explain.setObjectName("explain")
        self.explain.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(_ERROR_STYLE)
        self.result_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create the register"))
        buttons.accepted.connect(self.make_register)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        widgets: tuple[QWidget, ...] = (where, self.use_keyring, self.use_passphrase)
        widgets += (self.keyring_note, self.explain, self.fields, self.result_label, buttons)
        for widget in widgets:
            layout.addWidget(widget)
        self.use_keyring.toggled.connect(self._refresh)
        self.fields.changed.connect(self._refresh)
        if keyring:
            self.use_keyring.setChecked(True)
        else:
            self._keyring_unusable()
        self._refresh()

    def _keyring_unusable(self) -> None:
        """Passphrase mode only, and why, in plain words (once marked as said)."""
        self.use_keyring.setEnabled(False)
        self.use_passphrase.setChecked(True)
        self.keyring_note.setText(sentence("keyring.unavailable_create"))
        self.keyring_note.setStyleSheet("font-weight: bold;")
        self.keyring_note.show()
        if self._first_time is not None:
            self._first_time(KEYRING_NOTICE)  # said here: the unlock prompt need not repeat it

    @Slot()
    def _refresh(self) -> None:
        keyring = self.use_keyring.isChecked()
        self.fields.setVisible(not keyring)
        self.explain.setText(self._keyring_text() if keyring else passphrase_intro())
        self.create_button.setEnabled(keyring or self.fields.acceptable)
        if self.isVisible():
            self.adjustSize()  # the passphrase rows come and go

    def _keyring_text(self) -> str:
        return self.tr(
            "The register is encrypted with a random key that this computer's system keyring "
            "keeps for you, unlocked by your login. If that key is lost (a new computer, a "
            "reinstalled system), only the recovery key (shown once, next) opens the register."
        )

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    @property
    def keyring_mode(self) -> bool:
        return self.use_keyring.isChecked()

    @Slot()
    def make_register(self) -> Any:
        """Make the register; the ``Created`` (also emitted), or None when refused."""
        from filing_desk.store.register import create_register

        if not self.create_button.isEnabled():  # Enter while the rules still refuse
            return None
        passphrase = None if self.keyring_mode else self.fields.passphrase.text()
        try:
            created = create_register(self.path, passphrase=passphrase, clock=self._clock)
        except KeyringUnavailable as exc:
            _log.info("system keyring unavailable: %s", exc)
            self._keyring_unusable()
            self._refresh()
            self._say("")
            return None
        except RegisterError as exc:
            self._say(plain_reason(exc))
            return None
        except OSError as exc:
            _log.info("register not created at %s: %s", self.path, exc)
            self._say(self.tr("The register cannot be made in that folder. Choose another place."))
            return None
        self.fields.take()
        self.accept()
        self.created.emit(created)
        return created


__all__ = ["CreateRegisterDialog", "keyring_usable"]
