"""RecoveryKeyDialog: the new register's recovery key, shown once, in large monospace groups
(also after File ▸ Re-key register…, ``rekeyed``: then it says old backups keep the old key).

The dialog cannot be closed until "I have written it down" is ticked. It can print or save the
recovery sheet (the ``recovery-sheet`` form, rendered in a background job). The key is not kept
anywhere else by the UI.

Signals:
    confirmed(): the user ticked the box and closed the dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.ui.i18n import lang

GROUPS_PER_LINE = 6


def grouped_lines(recovery_key: str) -> str:
    groups = recovery_key.split("-")
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("  ".join(line) for line in lines)


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; closing needs the confirmation box ticked."""

    confirmed = Signal()

    def __init__(
        self,
        recovery_key: str,
        register_id: str,
        register_path: Path,
        today: date,
        parent: QWidget | None = None,
        *,
        rekeyed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._key, self._id, self._path, self._today = (
            recovery_key,
            register_id,
            register_path,
            today,
        )
        self._job: Any = None
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(
            self.tr(
                "This key opens the encrypted register if the key in the system keyring is lost, "
                "the computer is replaced or the passphrase is forgotten. It is shown only now. "
                "Write it down or print the recovery sheet, and keep it as you keep the company "
                "seal."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rekeyed_note = QLabel(
            self.tr(
                "This is the register's NEW recovery key: the old one no longer opens it. "
                "Backups made before the re-key still open only with the old recovery key, so "
                "keep the old sheet with them."
            ),
            self,
        )
        self.rekeyed_note.setWordWrap(True)
        self.rekeyed_note.setStyleSheet("font-weight: bold;")
        self.rekeyed_note.setVisible(rekeyed)
        self.key_label = QLabel(grouped_lines(recovery_key), self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #999;")
        self.written = QCheckBox(self.tr("I have written it down or printed the sheet"), self)
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"), self)
        self.print_button.clicked.connect(lambda: self._render(print_it=True))
        self.save_button = QPushButton(self.tr("Save the sheet as PDF…"), self)
        self.save_button.clicked.connect(lambda: self._render(print_it=False))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.written.toggled.connect(self.close_button.setEnabled)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rekeyed_note)
        layout.addWidget(self.key_label)
        layout.addWidget(self.written)
        layout.addLayout(buttons)

    def accept(self) -> None:
        if not self.written.isChecked():
            return
        super().accept()
        self.key_label.clear()
        self.confirmed.emit()

    def reject(self) -> None:
        self.accept()  # Escape closes only once the box is ticked

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.written.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()

    def _render(self, print_it: bool) -> None:
        from filing_desk.ui import jobs, print_preview

        key, register_id, path, today, language = (
            self._key,
            self._id,
            self._path,
            self._today,
            lang(),
        )

        def work(progress: Any, _cancelled: Any) -> list[tuple[str, bytes]]:
            from filing_desk.domain.records import Entity, FormContext
            from filing_desk.forms import loader, render

            context = FormContext(
                entity=Entity(),
                recovery_key=key,
                register_id=register_id,
                register_path=str(path),
                generated=today,
            )
            progress(0, 1, "")
            pdf = render.render(loader.get("recovery-sheet"), context, lang=language, ready=True)
            return [("recovery-sheet", pdf)]

        def done(documents: list[tuple[str, bytes]]) -> None:
            if print_it:
                print_preview.preview_pdfs(self, documents)
            else:
                print_preview.save_pdfs(self, documents)

        self._job = jobs.run_job(self, self.tr("Preparing the recovery sheet…"), work, done)
