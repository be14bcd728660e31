"""TeamMenu: File ▸ Open team register…, a team register shown in the main window (its address
in the status bar, no backup on exit: the server's are pg_dump's), the team registers' URLs under
Open recent (never a password; kept in the preferences file under their own key), and Unlock after
a lock asking the server again.

A partner of ``MainWindow`` like ``RegisterMenu``, built with the menus before the window first
shows: the dialog and the store are imported only when chosen. No SQL here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Slot

if TYPE_CHECKING:
    from filing_desk.store.team.address import TeamAddress
    from filing_desk.ui.dialogs.open_team import OpenTeamDialog

RECENT_KEY = "registers/team_recent"  # URLs without password, newest first
RECENT_TEAM = 5


class TeamMenu(QObject):
    """File ▸ Open team register…, the team URLs under Open recent, and a team register shown
    in the window (its label, no backup on exit, Unlock after a lock asks the server again)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.current: TeamAddress | None = None
        self.dialog: OpenTeamDialog | None = None
        self.action = window._action(
            self.tr("Open &team register…"), lambda _=False: self.choose(), needs_register=False
        )
        recent = window.registers.recent_menu
        window.file_menu.insertAction(recent.menuAction(), self.action)
        recent.aboutToShow.connect(self.add_recent)  # after RegisterMenu's own refresh
        window.unlocked.connect(self._on_unlocked)

    def _settings(self) -> QSettings:
        return QSettings(str(self.window.prefs.path), QSettings.Format.IniFormat)

    def recent(self) -> list[str]:
        value = self._settings().value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in items if v][:RECENT_TEAM]

    def choose(self, url: str = "") -> OpenTeamDialog:
        """The Open team register dialog (``url``: filled in, from Open recent or a lock)."""
        from filing_desk.ui.dialogs.open_team import OpenTeamDialog

        self.dialog = OpenTeamDialog(self.window, url)
        self.dialog.opened.connect(self.show_register)
        self.dialog.open()
        return self.dialog

    @Slot(object, bool)
    def show_register(self, register: Any, kept: bool = True) -> None:
        """Close the open register as a switch does, then show the team register here
        (``kept`` False: the keyring refused the password, which is said)."""
        window = self.window
        window.registers.close_current()
        address: TeamAddress = register.address
        self.current = address
        window.register_path = Path(register.path)
        window.backup_on_exit = False  # the server's backups are pg_dump's
        window.set_register(register)
        window.prefs.forget_register(window.register_path)  # not a file to open at start
        window.file_label.setText(address.display)
        window.file_label.setStyleSheet("")
        window.file_label.setToolTip(str(address))
        window.lock_label.setToolTip(str(address))
        settings = self._settings()
        urls = [str(address), *(u for u in self.recent() if u != str(address))]
        settings.setValue(RECENT_KEY, urls[:RECENT_TEAM])
        settings.sync()
        if not kept:
            window._tell(self.tr("The password could not be kept in this computer's keyring."))

    @Slot()
    def add_recent(self) -> list[Any]:
        """The team registers opened lately, by URL, below the files in Open recent."""
        menu, urls = self.window.registers.recent_menu, self.recent()
        if not urls:
            return []
        placeholder = [a for a in menu.actions() if not a.isEnabled() and not a.toolTip()]
        if len(menu.actions()) == 1 and placeholder:
            menu.removeAction(placeholder[0])  # "No recent registers"
        elif menu.actions():
            menu.addSeparator()
        actions = []
        for url in urls:
            action = menu.addAction(url)
            action.setToolTip(url)
            action.triggered.connect(lambda _=False, u=url: self.choose(u))
            actions.append(action)
        return actions

    def unlock(self) -> bool:
        """After a lock of a team register, Unlock asks the server again (the dialog, filled
        in); False when the window's register is a file (its own unlock flow applies)."""
        if self.current is None:
            return False
        self.choose(str(self.current))
        return True

    @Slot()
    def _on_unlocked(self) -> None:
        if getattr(self.window.register, "address", None) is None:
            self.current = None  # a file register now: Unlock is the file's again


__all__ = ["TeamMenu"]
