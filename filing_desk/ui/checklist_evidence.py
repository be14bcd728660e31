"""EvidencePanel: the files given as evidence for one checklist item — listed with their version,
date and whether their content still matches its SHA-256 — with attach (dialog, or files dropped
on the item in the tree) and remove.

Files go into the subject's attachments through ``Register.attach_evidence`` (the attachment
store, versioned); a file is read only once it is known to be within the size limit
(``read_attachment_file``), and a link is followed only when the user agrees. Removing only
unlinks the file (it stays among the attachments). No SQL, no rules.

Signals:
    changed(str): a file was attached to the item or removed from it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.checklists import Item, Library
from filing_desk.domain.errors import DomainError
from filing_desk.domain.filenames import safe_filename
from filing_desk.store.attachments import read_attachment_file
from filing_desk.store.errors import RegisterError
from filing_desk.ui.messages import error_text
from filing_desk.ui.wizard.editors import issue_row, show_issue_row

ID_ROLE = Qt.ItemDataRole.UserRole  # an entry's attachment id


class EvidencePanel(QWidget):
    """The evidence of the item set with ``set_item``; read-only without an assessment."""

    changed = Signal(str)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.assessment_id: int | None = None
        self.library: Library | None = None
        self.item: Item | None = None
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.message = issue_row(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Evidence (drop files on an item to attach them)"), self))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message[0])
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def set_item(
        self, assessment_id: int | None, library: Library | None, item: Item | None
    ) -> None:
        self.assessment_id, self.library, self.item = assessment_id, library, item
        self._message("")
        self.reload()

    def _target(self) -> tuple[int, Library, Item] | None:
        """The assessment, library and item files go to (None: no item that takes them)."""
        a, library, item = self.assessment_id, self.library, self.item
        if a is None or library is None or item is None or item.heading:
            return None
        return a, library, item

    def reload(self) -> None:
        self.list.clear()
        target = self._target()
        self.attach_button.setEnabled(target is not None)
        if target is not None:
            for ev in self._register.evidence(target[0], target[2].id):
                info = ev.info
                added = f"{info.added_at:%Y-%m-%d}"
                text = f"{safe_filename(info.filename)} · v{info.version} · {added}"
                if not ev.verified:
                    text += " · " + self.tr("⚠ content does not match its SHA-256")
                entry = QListWidgetItem(text, self.list)
                entry.setData(ID_ROLE, info.id)
                entry.setToolTip(f"SHA-256 {info.sha256}")
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.remove_button.setEnabled(self._target() is not None and chosen)

    def attach_files(self, paths: list[Path]) -> int:
        """Attach the files as evidence for the item; how many were attached."""
        target = self._target()
        if target is None:
            return 0
        added = 0
        for path in paths:
            source = self._source_of(path)
            if source is not None and self._attempt(partial(self._attach, target, source)):
                added += 1
        if added:
            self.reload()
            self.changed.emit(target[2].id)
        return added

    def _attach(self, target: tuple[int, Library, Item], source: Path) -> None:
        assessment_id, library, item = target
        content = read_attachment_file(source)  # refused before reading when it is too large
        self._register.attach_evidence(assessment_id, library, item.id, source.name, content)

    def _source_of(self, path: Path) -> Path | None:
        """The file itself, or for a link the file it points to once the user agrees."""
        if not path.is_symlink():
            return path
        target = path.resolve()
        answer = QMessageBox.question(
            self,
            self.tr("Attach a linked file?"),
            self.tr("“%1” is a link to another file:\n%2\n\nAttach the file it points to?")
            .replace("%1", safe_filename(path.name))
            .replace("%2", str(target)),
        )
        return target if answer == QMessageBox.StandardButton.Yes else None

    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (DomainError, RegisterError, OSError) as exc:
            self._message(str(exc) if isinstance(exc, OSError) else error_text(exc))
            return False
        self._message("")
        return True

    def _message(self, text: str) -> None:
        show_issue_row(*self.message, [text] if text else [], error=True)

    @Slot()
    def _on_attach_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
        self.attach_files([Path(n) for n in names])

    @Slot()
    def _on_remove_clicked(self) -> None:
        chosen, target = self.list.selectedItems(), self._target()
        if not chosen or target is None:
            return
        assessment_id, _library, item = target
        attachment_id = int(chosen[0].data(ID_ROLE))
        if self._attempt(
            lambda: self._register.unlink_evidence(assessment_id, item.id, attachment_id)
        ):
            self.reload()
            self.changed.emit(item.id)
