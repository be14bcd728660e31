"""RegisterMenu: which register the main window shows. The File menu's Open register…, Open
recent and Close register, the welcome page (create, open, restore, demo) when none is open, and
switching the window from one register file to another.

Opening another register closes the open one as the exit does (opened files wiped, a changed
register backed up) and opens the new file through the window's unlock flow. The register opened
last is remembered (``Prefs.remember_register``: paths only, never keys) so that a plain start
opens it again; a throw-away demo register never is. Making the demo's content is the app's job
(``demo_requested``; the UI may not import ``filing_desk.demo``).

A mixin partner of ``MainWindow`` like ``TransferMenu``: built by ``MainMenus._build_menus``
before the window shows, so nothing heavy (store, dialogs, PySide6's ``Qt`` namespace) is imported
until a choice is made.

Signals:
    demo_requested(): the user chose Try the demo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from filing_desk.paths import app_paths

DEMO_LABEL_STYLE = "background: #fff3cd; color: #5c4400; padding: 0 6px;"


def _same(a: Path, b: Path) -> bool:
    return a.absolute() == b.absolute() or (a.exists() and b.exists() and a.samefile(b))


class RegisterMenu(QObject):
    """Owns the window's register-choosing actions and its welcome page."""

    demo_requested = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = window.prefs
        self.welcome: Any = None
        self.demo_path: Path | None = None
        self.recovery_dialog: Any = None  # a new register's recovery key, shown once
        self.dialog: Any = None  # the create or restore dialog last opened
        self._opening = False  # a register is being opened by a choice (not a re-unlock)
        menu = window.file_menu
        self.open_action = window._action(
            self.tr("&Open register…"),
            self.choose_file,
            QKeySequence.StandardKey.Open,
            needs_register=False,
        )
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.refresh_recent)
        self.close_action = window._action(self.tr("&Close register"), self.close_register)
        menu.addAction(self.close_action)
        menu.addSeparator()
        window.flow.first_time = self.prefs.first_time
        window.flow.cancelled.connect(self._on_flow_cancelled)
        window.flow.failed.connect(self._on_flow_failed)
        window.unlocked.connect(self._on_unlocked)

    # --- starting and switching ---------------------------------------------------------

    def start(self, gone: Path | None = None) -> None:
        """The app's first step once the window shows: open the window's register, or the
        welcome page when its file does not exist yet (``gone``: the register opened last,
        no longer where it was)."""
        path = self.window.register_path
        if not path.exists():
            note = ""
            if gone is not None:
                note = self.tr("The register opened last is no longer at %1.").replace(
                    "%1", str(gone)
                )
            self.show_welcome(note)
            return
        self._opening = True
        self._label()
        self.window.flow.start()

    def open_file(
        self,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery: str | None = None,
        demo: bool = False,
    ) -> None:
        """Close the open register and open ``path`` in this window (``passphrase``: a demo
        register's, kept in memory; ``recovery``: a recovery key just typed, tried once)."""
        path = Path(path)
        if self.window.register is not None and _same(path, self.window.register_path):
            self.window.statusBar().showMessage(self.tr("That register is already open."), 6000)
            return
        self.close_current()
        self._retarget(path, passphrase, demo)
        self._opening = True
        self.window.flow.start(recovery=recovery)

    @Slot()
    def choose_file(self) -> None:
        """File ▸ Open register…: a .fdesk file, opened in this window."""
        from filing_desk.ui.dialogs.welcome import REGISTER_FILTER

        start = str(self.window.register_path.parent)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a register"), start, f"{REGISTER_FILTER};;*"
        )
        if path:
            self.open_file(Path(path))

    @Slot()
    def close_register(self) -> None:
        """File ▸ Close register: close it (backed up when changed) and show the welcome page."""
        self.close_current()
        self.show_welcome()

    def close_current(self) -> None:
        """Close the open register (backing it up first when it changed), e.g. before another
        one opens (also the team menu's)."""
        window = self.window
        register = window.register
        if register is None:
            return
        if register.changed and window.backup_on_exit:
            from filing_desk.ui.backup_jobs import write_backup

            try:
                write_backup(window, register)  # off the GUI thread, with progress
            except Exception as exc:  # the register itself is intact: say so and close it
                from filing_desk.ui.dialogs.unlock import plain_reason

                QMessageBox.warning(window, self.tr("Backup"), plain_reason(exc))
        window.lock()

    def _retarget(self, path: Path, passphrase: str | None, demo: bool) -> None:
        window = self.window
        window.register_path = path
        window.backup_on_exit = not demo
        window.flow.retarget(path, passphrase)
        if demo:
            self.demo_path = path
        self._label()

    def is_demo(self, path: Path) -> bool:
        return self.demo_path is not None and _same(path, self.demo_path)

    def _label(self) -> None:
        """The status bar's file label: the file's name, or a plain warning for the demo."""
        label, path = self.window.file_label, self.window.register_path
        demo = self.is_demo(path)
        label.setText(self.tr("Demo register: deleted on exit") if demo else path.name)
        label.setStyleSheet(DEMO_LABEL_STYLE if demo else "")
        label.setToolTip(str(path))

    # --- the welcome page ---------------------------------------------------------------

    def show_welcome(self, note: str = "") -> Any:
        """Show the welcome page in the window (no register is open)."""
        from filing_desk.ui.dialogs.welcome import WelcomePage

        window = self.window
        self._opening = False
        if self.welcome is None:
            self.welcome = WelcomePage(self.new_register_path(), window.central)
            self.welcome.create_requested.connect(self.create)
            self.welcome.open_requested.connect(self.choose_file)
            self.welcome.restore_requested.connect(self.restore)
            self.welcome.demo_requested.connect(self.demo_requested)
            self.welcome.recent_chosen.connect(lambda path: self.open_file(Path(path)))
            window.central.addWidget(self.welcome)
        self.welcome.set_create_path(self.new_register_path())
        self.welcome.set_recent([p for p in self.prefs.recent_registers if p.exists()])
        self.welcome.set_note(note)
        window.central.setCurrentWidget(self.welcome)
        window.lock_label.setText(self.tr("No register open"))
        window.file_label.setText("")
        window.file_label.setStyleSheet("")
        self.welcome.create_button.setFocus()
        return self.welcome

    def new_register_path(self) -> Path:
        """Where a new register goes: the window's file or the default one when it does not
        exist yet, else a free name next to the default."""
        for candidate in (self.window.register_path, app_paths().default_register):
            if not candidate.exists() and not self.is_demo(candidate):
                return candidate
        default = app_paths().default_register
        n = 2
        while (free := default.with_name(f"{default.stem}-{n}{default.suffix}")).exists():
            n += 1
        return free

    def create(self, path: str) -> Any:
        """The create-register dialog for ``path``; the register opens here once made."""
        from filing_desk.ui.dialogs.create_register import CreateRegisterDialog, keyring_usable

        dialog = CreateRegisterDialog(
            Path(path),
            keyring=keyring_usable(),
            first_time=self.prefs.first_time,
            parent=self.window,
        )
        dialog.created.connect(lambda created: self._on_created(Path(path), created))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_created(self, path: Path, created: Any) -> None:
        from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog

        self.close_current()
        self._retarget(path, None, demo=False)
        self.window.set_register(created.register)
        reg = created.register
        dialog = RecoveryKeyDialog(
            created.recovery_key, reg.register_id, reg.path, reg.today(), self.window
        )
        dialog.open()
        self.recovery_dialog = dialog

    def restore(self) -> Any:
        """Restore a register from a backup (recovery key) and open it here."""
        from filing_desk.ui.dialogs.restore_here import RestoreHereDialog

        dialog = RestoreHereDialog(self.new_register_path(), self.window)
        dialog.restored.connect(self._on_restored)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_restored(self, info: Any, recovery: str) -> None:
        self.open_file(Path(info.path), recovery=recovery or None)
        if info.recovery_key:  # a copy under a new key of its own: its recovery key, once
            from datetime import UTC, datetime

            from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog

            today = datetime.now(UTC).astimezone().date()
            dialog = RecoveryKeyDialog(
                info.recovery_key, info.register_id, info.path, today, self.window
            )
            dialog.open()
            self.recovery_dialog = dialog

    # --- recent registers ---------------------------------------------------------------

    @Slot()
    def refresh_recent(self) -> list[Any]:
        """Rebuild File ▸ Open recent: the registers opened lately, a missing file disabled."""
        self.recent_menu.clear()
        actions = []
        for n, path in enumerate(self.prefs.recent_registers, start=1):
            text = f"&{n}  {path.name} — {path.parent}"
            if not path.exists():
                text += "  " + self.tr("(not found)")
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
            actions.append(action)
        if not actions:
            self.recent_menu.addAction(self.tr("No recent registers")).setEnabled(False)
        return actions

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_unlocked(self) -> None:
        self._opening = False
        path = self.window.register_path
        if not self.is_demo(path):
            self.prefs.remember_register(path)

    @Slot()
    def _on_flow_cancelled(self) -> None:
        if self._opening and self.window.register is None:
            self.show_welcome()

    @Slot(object)
    def _on_flow_failed(self, exc: BaseException) -> None:
        if self._opening and self.window.register is None:
            from filing_desk.ui.dialogs.unlock import plain_reason

            self.show_welcome(plain_reason(exc))


__all__ = ["RegisterMenu"]
