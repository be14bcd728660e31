"""ExportDialog (File ▸ Export…): the whole register or one entity to .xlsx, .csv or .json.

It writes the whole register or one entity as .xlsx, .csv or .json through
``register_io.export_register``, which writes beside the target and renames, so a full disk or a
read-only folder leaves nothing behind; its message is shown. The dialog says plainly that the
exported file is not encrypted. No file format and no rule here.

Signals:
    ExportDialog.exported(str): the path written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.transfer.register_io import export_register
from filing_desk.ui.dialogs.import_base import ERROR_STYLE
from filing_desk.ui.i18n import lang
from filing_desk.ui.jobs import in_background
from filing_desk.ui.messages import error_text
from filing_desk.ui.save_target import ask_save_path
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.written import tell_written

FORMATS = (("xlsx", "Excel (.xlsx)"), ("csv", "CSV (.csv)"), ("json", "JSON (.json)"))
HEADER_LANGUAGES = (("zh", "中文"), ("en", "English"))
WARNING_STYLE = "background: #fff3c4; color: #5c4300; padding: 6px; border-radius: 3px;"


class ExportDialog(QDialog):
    """Choose what (register or one entity), the format and the file; then export."""

    exported = Signal(str)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Export"))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole register"), 0)
        for entity in register.entities():
            self.scope.addItem(entity.name, int(entity.id))
        self.format = QComboBox(self)
        for code, text in FORMATS:
            self.format.addItem(text, code)
        self.headers = QComboBox(self)
        for code, name in HEADER_LANGUAGES:  # each language by its own name, as in Settings
            self.headers.addItem(name, code)
        self.headers.setCurrentIndex(0 if lang() == "zh" else 1)
        self.note = QLabel(
            self.tr(
                "⚠ The exported file is NOT encrypted: anyone who gets it can read every entry. "
                "Keep it in a safe place and delete it when it is no longer needed."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARNING_STYLE)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.scope)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Column headers:"), self.headers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        fit_size(self, 520, 280)

    def entity_id(self) -> int | None:
        return int(self.scope.currentData()) or None

    def suggested_name(self) -> str:
        fmt = self.format.currentData()
        stem = "register" if self.entity_id() is None else self.scope.currentText()
        return f"{stem}.{fmt}"

    @Slot()
    def choose_and_export(self) -> str:
        """Ask for the file, then export; returns the path written ("" when not)."""
        fmt = self.format.currentData()
        path = ask_save_path(  # the suffix added first, then asked about an existing file
            self, self.tr("Export"), self.suggested_name(), f"{fmt.upper()} (*.{fmt})", f".{fmt}"
        )
        return "" if path is None else self.export_to(path)

    def export_to(self, path: str | Path) -> str:
        fmt, headers = self.format.currentData(), self.headers.currentData()
        entity_id = self.entity_id()
        try:  # off the GUI thread with a progress dialog; no Cancel once the file is being written
            written = in_background(
                self,
                self.tr("Exporting…"),
                lambda: export_register(self.register, fmt, Path(path), entity_id, headers),
            )
        except Exception as exc:  # ExportFailed (disk full, read-only) or an unknown entity
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(error_text(exc))
            self.result_label.setToolTip(str(exc))
            return ""
        self.result_label.setStyleSheet("")
        self.result_label.setText(
            self.tr("Exported to %1 (not encrypted).").replace("%1", str(written))
        )
        tell_written(self, self.tr("Export"), self.tr("Exported (not encrypted)."), [written])
        self.exported.emit(str(written))
        return str(written)
