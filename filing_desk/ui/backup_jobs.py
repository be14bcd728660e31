"""Automatic backups (File ▸ Backup now, on closing a register, on exit) off the GUI thread.

The copy runs in a pool thread (``jobs.run_and_wait``) with a progress dialog and no Cancel: it
holds the register's write lock while it copies, and a half-made copy is never kept anyway. The
backup itself is ``dialogs.settings.write_backup`` (readable name, verified, old ones rotated);
afterwards "Backup now" says what was written where. No store logic here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from filing_desk.ui.jobs import Cancelled, Progress, run_and_wait
from filing_desk.ui.written import tell_written


def _tr(text: str, context: str = "BackupJob") -> str:
    return QCoreApplication.translate(context, text)


def write_backup(parent: QWidget | None, register: Any) -> Any:
    """Write the automatic backup of ``register`` with progress; its ``BackupInfo``. Raises
    what the backup raises (the register itself is untouched then)."""
    from filing_desk.ui.dialogs.settings import write_backup as write

    def work(progress: Progress, _cancelled: Cancelled) -> Any:
        progress(0, 1, _tr("Copying and checking the register…"))
        info = write(register)
        progress(1, 1, "")
        return info

    return run_and_wait(parent, _tr("Backing up the register…"), work, cancellable=False)


def backup_now(window: Any, register: Any) -> Any:
    """File ▸ Backup now: the backup, then where it went (status bar and a box with "Show in
    folder"); a failure is shown as a warning. Returns the ``BackupInfo`` or None."""
    try:
        info = write_backup(window, register)
    except Exception as exc:  # a RegisterError or OSError with a message fit to show
        from filing_desk.ui.messages import error_text

        QMessageBox.warning(window, _tr("Backup", "MainWindow"), error_text(exc))
        return None
    written = _tr("Backup written: %1", "MainWindow")  # the sentences File ▸ Backup now had
    window.statusBar().showMessage(written.replace("%1", str(info.path)), 8000)
    title = _tr("Backup", "MainWindow")
    tell_written(window, title, _tr("Backup written and verified."), [info.path])
    return info
