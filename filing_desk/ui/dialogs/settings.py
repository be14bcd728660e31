"""SettingsDialog: language and idle minutes (UI preferences); backups kept, import limits,
conservative deadline counting and how often a generative-AI service's keyword list and test bank
are renewed (register settings, written through the register).

The language applies to windows opened afterwards; a restart applies it everywhere, and the
dialog offers one at once (``ui.restart``).

Signals:
    language_changed(str): the new language code (zh_CN or en).
    idle_minutes_changed(int)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.genai_annex_findings import MAX_CADENCE_DAYS, Cadences
from filing_desk.store.keys import KeySource
from filing_desk.ui.prefs import Prefs

BACKUP_KEEP_KEY = "backup.keep"
DEFAULT_BACKUP_KEEP = 10
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


def backups_to_keep(register: Any) -> int:
    try:
        return max(1, int(register.setting(BACKUP_KEEP_KEY, str(DEFAULT_BACKUP_KEEP))))
    except ValueError:
        return DEFAULT_BACKUP_KEEP


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)

    def __init__(self, prefs: Prefs, register: Any | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs, self._register = prefs, register
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.idle = QSpinBox(self, minimum=1, maximum=240)
        self.idle.setValue(prefs.idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.keep = QSpinBox(self, minimum=1, maximum=100)
        self.conservative = QCheckBox(
            self.tr("Count the trigger day too (due dates one working day earlier)"), self
        )
        if register is not None:
            self.keep.setValue(backups_to_keep(register))
            self.conservative.setChecked(register.conservative())
        self.keep.setEnabled(register is not None)
        self.conservative.setEnabled(register is not None)
        self.limits = self._limit_boxes(register)
        self.keyword_days, self.test_bank_days = self._cadence_boxes(register)
        self.note = QLabel(self.tr("A new language applies fully after a restart."), self)
        self.note.setWordWrap(True)
        self.remember = QPushButton(self.tr("Keep the key in this computer's keyring"), self)
        self.remember.setToolTip(
            self.tr("Opened with the recovery key: store the key so it opens without a prompt.")
        )
        self.remember.clicked.connect(self._on_remember_clicked)
        self.remember.setVisible(register is not None and register.key_source is KeySource.RECOVERY)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after idle:"), self.idle)
        form.addRow(self.tr("Automatic backups kept:"), self.keep)
        from filing_desk.ui.backup_folder import BackupFolderRow

        self.backup_folder = BackupFolderRow(register, self)
        form.addRow(self.tr("Automatic backups go to:"), self.backup_folder)
        form.addRow(self.tr("Deadlines:"), self.conservative)
        form.addRow(self.tr("Largest file to import:"), self.limits["import.max_file_mb"])
        form.addRow(self.tr("Largest unpacked size:"), self.limits["import.max_unpacked_mb"])
        form.addRow(self.tr("Most rows in one import:"), self.limits["import.max_rows"])
        form.addRow(self.tr("Renew the keyword list (annex 4) every:"), self.keyword_days)
        form.addRow(self.tr("Renew the test bank (annex 5) every:"), self.test_bank_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    def _limit_boxes(self, register: Any | None) -> dict[str, QSpinBox]:
        """Import limits, kept in the register: a file beyond them is refused before unpacking."""
        from filing_desk.transfer.limits import (
            DEFAULT_LIMITS,
            LIMIT_SETTINGS,
            limits_from_settings,
            setting_value,
        )

        limits = limits_from_settings(register.setting) if register is not None else DEFAULT_LIMITS
        boxes = {}
        for key in LIMIT_SETTINGS:
            box = QSpinBox(self, minimum=1, maximum=10_000_000)
            box.setValue(setting_value(limits, key))
            box.setSuffix(self.tr(" rows") if key == "import.max_rows" else self.tr(" MB"))
            box.setEnabled(register is not None)
            boxes[key] = box
        return boxes

    def _cadence_boxes(self, register: Any | None) -> tuple[QSpinBox, QSpinBox]:
        """Days after which a generative-AI service's keyword list / test bank is due for renewal
        (register settings; weekly and monthly by default, as practice reports)."""
        cadences = register.annex_cadences() if register is not None else Cadences()
        help_text = self.tr(
            "A reminder appears when the latest version attached to a generative-AI service is "
            "older than this. Weekly keyword lists and monthly test banks are what practice "
            "reports, not a legal deadline."
        )
        boxes = []
        for days in (cadences.keyword_days, cadences.test_bank_days):
            box = QSpinBox(self, minimum=1, maximum=MAX_CADENCE_DAYS)
            box.setValue(days)
            box.setSuffix(self.tr(" days"))
            box.setToolTip(help_text)
            box.setEnabled(register is not None)
            boxes.append(box)
        return boxes[0], boxes[1]

    @Slot()
    def _on_remember_clicked(self) -> None:
        from filing_desk.store.errors import RegisterError
        from filing_desk.ui.messages import error_text

        assert self._register is not None  # the button is shown only with a register
        try:
            self._register.remember_key()
        except RegisterError as exc:
            self.note.setText(error_text(exc))
            return
        self.remember.setEnabled(False)
        self.note.setText(self.tr("The key is now in this computer's keyring."))

    @Slot()
    def _on_accepted(self) -> None:
        language = str(self.language.currentData())
        changed_language = language != self._prefs.language
        self._prefs.language = language
        if self.idle.value() != self._prefs.idle_minutes:
            self._prefs.idle_minutes = self.idle.value()
            self.idle_minutes_changed.emit(self.idle.value())
        if self._register is not None:
            self._register.set_setting(BACKUP_KEEP_KEY, str(self.keep.value()))
            if self.conservative.isChecked() != self._register.conservative():
                self._register.set_conservative(self.conservative.isChecked())
            cadences = Cadences(self.keyword_days.value(), self.test_bank_days.value())
            if cadences != self._register.annex_cadences():
                self._register.set_annex_cadences(cadences)
            for key, box in self.limits.items():
                self._register.set_setting(key, str(box.value()))
        self.accept()
        if changed_language:
            self.language_changed.emit(language)
            self.offer_restart()

    def offer_restart(self) -> Any:
        """Ask "Restart now?" over the main window (none: a dialog shown on its own)."""
        from filing_desk.ui.restart import offer_restart

        host = self.parentWidget()
        self.restart_offer = offer_restart(host.window()) if host is not None else None
        return self.restart_offer


def write_backup(register: Any) -> Any:
    """A verified, timestamped backup next to the register; keeps the newest ``backup.keep``."""
    from filing_desk.paths import app_paths
    from filing_desk.store import backup

    folder = app_paths().backups_for(register.path)
    info = register.backup_to(backup.new_backup_path(folder, register.path))
    backup.rotate(folder, backups_to_keep(register))
    return info
