"""After a file is written: an information box naming what was written where, with "Show in
folder" (the folder opened by the desktop's file manager through a local ``file:`` URL).

Used after export, backups, saving PDFs, saving an import or CAC-list report, and restore. The
box is opened with ``open()`` (never ``exec()``), so the caller goes on and tests are not held.
No writing, no register access here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

OBJECT_NAME = "written_box"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WrittenBox", text)


def folder_of(paths: Sequence[Path]) -> Path:
    """The folder to show: the one folder all paths are in (a written folder itself counts)."""
    folders = {p if p.is_dir() else p.parent for p in paths}
    return folders.pop() if len(folders) == 1 else paths[0].parent


def show_in_folder(folder: Path) -> bool:
    """Open ``folder`` in the file manager; False when the desktop could not."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class WrittenBox(QMessageBox):
    """The information box: ``text`` (what happened), then the paths, one a line."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, paths: Sequence[Path]
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.paths = [Path(p) for p in paths]
        self.folder = folder_of(self.paths)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(text)
        self.setInformativeText("\n".join(str(p) for p in self.paths))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.show_button: QPushButton = self.addButton(
            _tr("Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.show_button.clicked.connect(self._on_show_clicked)
        self.shown_folder: Path | None = None

    @Slot()
    def _on_show_clicked(self) -> None:
        self.shown_folder = self.folder
        if not show_in_folder(self.folder):  # the box closes with the click: say it in another
            QMessageBox.warning(
                self.parentWidget(),
                self.windowTitle(),
                _tr("The folder could not be opened: %1").replace("%1", str(self.folder)),
            )


def tell_written(
    parent: QWidget | None, title: str, text: str, paths: Sequence[Path | str]
) -> WrittenBox | None:
    """Open (non-blocking) the box for ``paths``; None when nothing was written."""
    if not paths:
        return None
    box = WrittenBox(parent, title, text, [Path(p) for p in paths])
    box.open()
    return box
