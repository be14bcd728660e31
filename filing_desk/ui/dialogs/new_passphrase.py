"""Choosing a NEW passphrase (a new register's, or a backup's own): a strength meter that follows
the typing, the two entries (``PassphraseFields``, also used by the create-register dialog), and
a dialog that will not accept a passphrase the rules refuse; and File ▸ Change passphrase…,
which asks the current passphrase before the new one (``ChangePassphraseDialog``).

The rules are ``domain.passphrase`` (at least 12 characters, not easy to guess by zxcvbn); the
advice is said in the UI language by the refusal's code (ui/messages.py). Unlocking an existing
register never goes through here, so an old, shorter passphrase still opens it.

Signals:
    StrengthMeter.changed(object): the ``Strength`` of the text just typed.
    PassphraseFields.changed(): either entry changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.passphrase import MAX_SCORE, Strength, assess
from filing_desk.ui.messages import sentence

# The sentences shared by the dialog and the fields keep the dialog's translation context.
translate = QCoreApplication.translate

_PASSWORD = QLineEdit.EchoMode.Password
_BAR_COLOURS = ("#b00020", "#b00020", "#c77700", "#2e7d32", "#2e7d32")  # by level 0-4


class StrengthMeter(QWidget):
    """A bar (0-4) and a line of advice for the passphrase typed into ``field``."""

    changed = Signal(object)

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength: Strength | None = None
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strength_bar")
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strength_verdict")
        self.advice = QLabel(self)
        self.advice.setObjectName("strength_advice")
        self.advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bar, self.verdict, self.advice):
            layout.addWidget(widget)
        field.textChanged.connect(self.measure)
        self.measure(field.text())

    @Slot(str)
    def measure(self, text: str) -> None:
        self.strength = assess(text) if text else None
        level = self.strength.level if self.strength else 0
        self.bar.setValue(level)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_BAR_COLOURS[level]}; }}")
        self.verdict.setText(self._verdict())
        refused = self.strength is not None and not self.strength.acceptable
        self.advice.setText(sentence(self.strength.code) if refused and self.strength else "")
        self.advice.setVisible(refused)
        self.changed.emit(self.strength)

    def _verdict(self) -> str:
        s = self.strength
        if s is None:
            return ""
        if s.code == "passphrase.too_short":
            return self.tr("Too short: %1 of at least 12 characters").replace("%1", str(s.length))
        if not s.acceptable:
            return self.tr("Weak")
        return self.tr("Strong") if s.score >= MAX_SCORE else self.tr("Good")

    @property
    def acceptable(self) -> bool:
        return self.strength is not None and self.strength.acceptable


class PassphraseFields(QWidget):
    """A new passphrase typed twice, under a strength meter, with a line saying when the two
    entries differ. ``acceptable`` once the rules accept it and both entries match.

    Signals:
        changed(): the typing changed whether the passphrase is acceptable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self, echoMode=_PASSWORD)
        self.passphrase.setObjectName("new_passphrase")
        self.repeat = QLineEdit(self, echoMode=_PASSWORD)
        self.repeat.setObjectName("repeat_passphrase")
        self.meter = StrengthMeter(self.passphrase, self)
        self.mismatch = QLabel(self)
        self.mismatch.setObjectName("mismatch")
        self.mismatch.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("NewPassphraseDialog", "Passphrase:"), self.passphrase)
        form.addRow(translate("NewPassphraseDialog", "Type it again:"), self.repeat)
        form.addRow(translate("NewPassphraseDialog", "Strength:"), self.meter)
        form.addRow(self.mismatch)
        self.passphrase.textChanged.connect(self._refresh)
        self.repeat.textChanged.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        typed, again = self.passphrase.text(), self.repeat.text()
        differs = bool(again) and typed != again
        self.mismatch.setText(
            translate("NewPassphraseDialog", "The two entries differ.") if differs else ""
        )
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        return self.meter.acceptable and self.passphrase.text() == self.repeat.text()

    def take(self) -> str:
        """The passphrase typed; both fields are cleared once it is read."""
        text = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        return text


def passphrase_intro() -> str:
    """What a register's passphrase protects and why only the recovery key can replace it."""
    return translate(
        "NewPassphraseDialog",
        "This passphrase encrypts the register: every algorithm, filing, attachment and "
        "the audit log. Filing Desk keeps it nowhere, so no one can reset it: if it is "
        "forgotten, only the recovery key (shown once, next) opens the register.",
    )


class NewPassphraseDialog(QDialog):
    """The passphrase of a new register: typed twice, measured as it is typed, and accepted only
    when the rules accept it and both entries match."""

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a passphrase"))
        self.setMinimumWidth(540)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        intro = QLabel(passphrase_intro(), self)
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.meter, self.mismatch = self.fields.meter, self.fields.mismatch
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.reason, intro, self.fields, buttons):
            layout.addWidget(widget)
        self.fields.changed.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        self.ok_button.setEnabled(self.fields.acceptable)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():  # Enter in a field while the rules still refuse
            return
        super().accept()

    def chosen(self) -> str:
        """The accepted passphrase; the fields are cleared once it is read."""
        return self.fields.take()

    @classmethod
    def ask(cls, reason: str = "", parent: QWidget | None = None) -> str | None:
        """Run the dialog; the accepted passphrase, or None when cancelled."""
        dialog = cls(reason, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.chosen()
        dialog.deleteLater()
        return text if accepted else None


class ChangePassphraseDialog(QDialog):
    """File ▸ Change passphrase…: the current passphrase, then the new one typed twice; OK
    re-keys the register (``Register.change_passphrase``), or says inline why it did not and
    changes nothing."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(540)
        intro = QLabel(
            self.tr(
                "The register is re-encrypted under the new passphrase. Backups made before "
                "keep the old one: they open with it, or with the recovery key."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(self, echoMode=_PASSWORD)
        self.current.setObjectName("current_passphrase")
        current_row = QFormLayout()
        current_row.addRow(self.tr("Current passphrase:"), self.current)
        self.fields = PassphraseFields(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change the passphrase"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(current_row)
        for widget in (self.fields, self.problem, buttons):
            layout.addWidget(widget)
        self.fields.changed.connect(self._refresh)
        self.current.textChanged.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        self.ok_button.setEnabled(bool(self.current.text()) and self.fields.acceptable)

    def accept(self) -> None:
        """Re-key; a wrong current passphrase or a refused new one is said here."""
        from filing_desk.store.errors import RegisterError
        from filing_desk.ui.messages import error_text

        if not self.ok_button.isEnabled():
            return
        try:
            self.register.change_passphrase(self.current.text(), self.fields.passphrase.text())
        except RegisterError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.current.clear()
        self.fields.take()
        super().accept()


__all__ = [
    "ChangePassphraseDialog",
    "NewPassphraseDialog",
    "PassphraseFields",
    "StrengthMeter",
    "passphrase_intro",
]
