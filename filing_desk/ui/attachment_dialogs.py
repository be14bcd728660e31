"""The attachments panel's questions: what kind each picked file is (the guess proposed), whether
to remove a file or purge the removed ones, and what to do when no program opens a file.

Each is a window-modal dialog opened with ``open()`` and returned, so the panel goes on and a test
can answer it. No register access here: the panel passes names in and acts on the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.filenames import safe_filename
from filing_desk.domain.records import AttachmentInfo
from filing_desk.ui.i18n import lang

LISTED = 12  # files named in the purge question; the rest are counted


class KindsDialog(QDialog):
    """One row per file: its name and the kind of material it is, preset to a guess (new files)
    or to the kind it has (a correction)."""

    def __init__(
        self,
        names: Sequence[str],
        kinds: Sequence[AttachmentKind],
        parent: QWidget | None = None,
        *,
        correcting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kind of material") if correcting else self.tr("Attach files"))
        intro = QLabel(
            self.tr("What is this file? The kind is what the filing checks for.")
            if correcting
            else self.tr(
                "The kind of each file was guessed from its name. Check it before attaching; "
                "it can be changed later."
            )
        )
        intro.setWordWrap(True)
        rows, form = QWidget(), QFormLayout()
        rows.setLayout(form)
        self.combos: list[QComboBox] = []
        for name, kind in zip(names, kinds, strict=True):
            combo = QComboBox(rows)
            for member in AttachmentKind:
                combo.addItem(member.label(lang()), member.value)
            combo.setCurrentIndex(combo.findData(kind.value))
            label = QLabel(safe_filename(name), rows)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos.append(combo)
        area = QScrollArea(self)  # many files dropped at once still fit a small screen
        area.setWidgetResizable(True)
        area.setWidget(rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if correcting else self.tr("Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def kinds(self) -> list[AttachmentKind]:
        return [AttachmentKind(c.currentData()) for c in self.combos]


class Answer(QMessageBox):
    """A window-modal message with one button that acts (``act_button``: calls ``acted``) and a
    Cancel (question) or Close button, the default, so Enter does nothing rash."""

    def __init__(
        self, parent: QWidget, acted: Callable[[], object], *, question: bool = True
    ) -> None:
        icon = QMessageBox.Icon.Question if question else QMessageBox.Icon.Warning
        super().__init__(icon, "", "", parent=parent)
        self._acted, self._question = acted, question
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _say(self, title: str, text: str, act: str) -> None:
        """Show ``text`` with the acting button ``act`` (and Cancel or Close, the default)."""
        self.setWindowTitle(title)
        self.setText(text)
        role = QMessageBox.ButtonRole.ActionRole
        close = QMessageBox.StandardButton.Close
        if self._question:
            role, close = QMessageBox.ButtonRole.AcceptRole, QMessageBox.StandardButton.Cancel
        self.act_button = self.addButton(act, role)
        self.act_button.clicked.connect(self._acted)
        self.close_button = self.addButton(close)
        self.setDefaultButton(self.close_button)  # Enter does nothing rash
        self.setEscapeButton(self.close_button)
        self.open()


class RemoveQuestion(Answer):
    """Remove a wrong file? Its content stays in the register's history until a purge."""

    def __init__(self, parent: QWidget, info: AttachmentInfo, done: Callable[[], object]) -> None:
        super().__init__(parent, done)
        text = self.tr(
            "Remove “{name}” from this record?\n\nIt leaves the list and no longer counts as "
            "filed material. Its content stays in the register's history until you choose "
            "“Purge removed files…”."
        )
        name = safe_filename(info.filename)
        self._say(self.tr("Remove attachment"), text.format(name=name), self.tr("Remove"))


def _short(filename: str, limit: int = 40) -> str:
    """A file name cut in the middle to fit one line of a message (the extension kept)."""
    name = safe_filename(filename)
    if len(name) <= limit:
        return name
    keep = limit - 1
    return name[: keep - keep // 3] + "…" + name[-(keep // 3) :]


class PurgeQuestion(Answer):
    """Delete the removed files for good? Lists each (and each older version) first."""

    def __init__(
        self, parent: QWidget, removed: Sequence[AttachmentInfo], done: Callable[[], object]
    ) -> None:
        super().__init__(parent, done)
        version = self.tr("{name} (version {version})")
        names = [version.format(name=_short(i.filename), version=i.version) for i in removed]
        listed = "\n".join(f"• {n}" for n in names[:LISTED])
        if len(names) > LISTED:
            listed += "\n" + self.tr("…and {count} more").format(count=len(names) - LISTED)
        text = self.tr(
            "These removed files will be deleted from the register for good:\n\n{files}\n\n"
            "This cannot be undone. The audit log keeps their names and SHA-256; backups made "
            "before now still hold them."
        )
        title = self.tr("Purge removed files")
        self._say(title, text.format(files=listed), self.tr("Delete for good"))


class NoViewerMessage(Answer):
    """No program opened the file: say so plainly and offer its folder."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent, lambda: show_in_folder(path), question=False)
        text = self.tr(
            "No program on this computer opened “{name}”. Install a program for this kind of "
            "file, or show the file in its folder and open it from there.\n\nThis decrypted "
            "copy is deleted when the register locks or Filing Desk closes."
        )
        title = self.tr("Cannot open the file")
        self._say(title, text.format(name=path.name), self.tr("Show in folder"))


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
