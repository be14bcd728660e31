"""Restart the app, so a new language applies everywhere: the offer and the relaunch.

``offer_restart`` asks "Restart now?" (opened, not exec'd: no nested event loop). Restart goes
through the usual close path first — the window's close (its questions may keep it open, and
then nothing restarts), the exit steps of ``MainWindow.shutdown`` (opened files wiped, a changed
register backed up and closed, so the new instance finds it free) — then starts the same
executable with the same arguments, detached, and quits. Later keeps the setting for the next
start. No settings are written here: the settings dialog has saved the language already.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Slot
from PySide6.QtWidgets import QMessageBox, QWidget


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments this process was started with (a bundle: its executable;
    from source: the interpreter with its own options, ``-m filing_desk`` and the arguments)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(sys.orig_argv[1:])


def restart(window: Any) -> bool:
    """Close ``window`` the usual way, run its exit steps, start again and quit; False (and
    nothing started) when the window stayed open."""
    if not window.close():
        return False
    window.shutdown()
    program, arguments = relaunch_command()
    started = QProcess.startDetached(program, arguments)
    QCoreApplication.quit()
    return bool(started[0] if isinstance(started, tuple) else started)


class RestartOffer(QMessageBox):
    """ "Restart now?" for a new language; Restart calls ``restart(window)``, Later does nothing."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Restart now?"))
        self.setText(self.tr("The new language applies everywhere after a restart."))
        self.setInformativeText(
            self.tr(
                "Restart now? Filing Desk closes as usual (a changed register is backed up) and "
                "opens again. Later: the language applies the next time you start it."
            )
        )
        self.restart_button = self.addButton(
            self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restart_button)
        self.finished.connect(self._on_finished)

    @Slot()
    def _on_finished(self) -> None:
        if self.clickedButton() is self.restart_button:
            restart(self._window)


def offer_restart(window: Any, parent: QWidget | None = None) -> RestartOffer:
    """Show the offer (opened, not exec'd) and return it."""
    box = RestartOffer(window, parent)
    box.open()
    return box
