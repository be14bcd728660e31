"""Where to save a file the user asked for, never replacing an existing one without asking.

``ask_save_path`` shows the file dialog with Qt's own overwrite question switched off and asks
here instead, about the path that will really be written (after a missing suffix is added, which
the dialog never saw), so every save path asks the same question once, on every platform.
``confirm_replace`` is the question alone, for paths typed into a field. No writing here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveTarget", text)


def confirm_replace(parent: QWidget | None, title: str, path: Path) -> bool:
    """Ask whether to replace the existing ``path``; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        _tr("%1 already exists. Replace it?").replace("%1", str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str = "", suffix: str = ""
) -> Path | None:
    """The file to write (``suffix`` such as ".json" added when missing), or None when the user
    cancelled or declined to replace an existing file."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, filters, options=QFileDialog.Option.DontConfirmOverwrite
    )
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    if path.exists() and not confirm_replace(parent, title, path):
        return None
    return path
