"""MainWindow: the status bar, locking (the register closed and the
Workspace — every view holding its data — destroyed) and unlocking, and the exit steps.

Its menus and shortcuts are built by ``ui.menus.MainMenus``. No SQL and no rules here: views call
the Register; this module wires them together.

Signals:
    MainWindow.locked(), MainWindow.unlocked(): the lock state changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
)

from filing_desk.ui.autolock import IdleWatcher, LockScreen, jobs_running
from filing_desk.ui.dialogs.unlock import UnlockFlow
from filing_desk.ui.drafts import DraftKeeper
from filing_desk.ui.menus import MainMenus
from filing_desk.ui.prefs import Prefs
from filing_desk.ui.screen_fit import ElidedLabel, fit_size
from filing_desk.ui.views import VIEWS

if TYPE_CHECKING:
    from filing_desk.domain.enums import ProcedureKind
    from filing_desk.store.keys import KeySource
    from filing_desk.ui.workspace import Workspace


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # there is a MainWindow, so there is a QApplication
    return app


DEFAULT_SIZE = (1280, 800)
MIN_SIZE = (800, 500)  # a remembered geometry smaller than this is not restored


class MainWindow(QMainWindow, MainMenus):
    """The application window; shows the Workspace while unlocked, the LockScreen otherwise."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        register_path: Path,
        prefs: Prefs,
        temp_dir: Any,
        register: Any = None,
        passphrase: str | None = None,
        *,
        defer_shortcuts: bool = False,
    ) -> None:
        """``register``: an open register to show at once (tests); ``passphrase``: a throw-away
        demo register's random passphrase, so a click on Unlock re-opens it; ``defer_shortcuts``:
        the caller calls ``install_shortcuts()`` once the window is on screen (the app)."""
        super().__init__()
        self.register_path = Path(register_path)
        self.prefs, self.temp_dir = prefs, temp_dir
        self.register: Any = None
        self.workspace: Workspace | None = None
        self._clock = register.today if register is not None else None
        self.flow = UnlockFlow(self.register_path, self._clock, self, passphrase)
        self.flow.file_unlocked.connect(self.show_first_rows)
        self.flow.unlocked.connect(self.set_register)
        self.flow.failed.connect(self._on_flow_failed)
        self._last_source: KeySource | None = None
        self.backup_on_exit = True  # off for throw-away demo registers
        # X11 and Windows end every title with the display name unless it already ends so: the
        # name in the UI language, so the window reads "Filing Desk 算法备案台账", not twice.
        QGuiApplication.setApplicationDisplayName(self.tr("Filing Desk"))
        self.setWindowTitle(self.tr("Filing Desk"))
        self.central = QStackedWidget(self)  # the lock screen or the workspace, made when needed
        self._lock_screen: LockScreen | None = None
        self.setCentralWidget(self.central)
        self.idle = IdleWatcher(prefs.idle_minutes, self, busy=jobs_running)
        self.idle.idle.connect(self.lock)
        self.idle.attach(_app())
        self.drafts = DraftKeeper(self)  # typed input kept through a lock, offered back after
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if not defer_shortcuts:
            self.install_shortcuts()
        if register is not None:
            self.set_register(register)
        else:
            self._show_opening()

    def _build_status_bar(self) -> None:
        self.file_label = ElidedLabel(self.register_path.name, self)
        self.lock_label = QLabel(self)
        self.counts_label = ElidedLabel("", self)
        status = self.statusBar()
        status.addWidget(self.file_label)
        status.addWidget(self.lock_label)
        status.addPermanentWidget(self.counts_label)

    def _restore_geometry(self) -> None:
        """Where and how large the window was; the default size when nothing usable was kept
        (a geometry saved on another screen, or a window shrunk to a sliver, would otherwise
        open too small to show the register)."""
        restored = self.prefs.geometry is not None and self.restoreGeometry(self.prefs.geometry)
        if not restored or self.width() < MIN_SIZE[0] or self.height() < MIN_SIZE[1]:
            fit_size(self, *DEFAULT_SIZE)  # or less, on a smaller screen

    # --- lock and unlock ----------------------------------------------------------------

    def _new_workspace(self) -> Workspace:
        from filing_desk.ui.workspace import Workspace  # the views: after the window is shown

        workspace = Workspace(self.temp_dir, self)
        workspace.counts_changed.connect(self._on_counts_changed)
        workspace.nav.currentRowChanged.connect(self._on_view_changed)
        workspace.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        workspace.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.central.addWidget(workspace)
        self.central.setCurrentWidget(workspace)
        return workspace

    @Slot(object)
    def show_first_rows(self, unlocked: Any) -> None:
        """The key opened the file: when the register table is the view to come back to, show
        its first page now, read on the file's first connection, and paint it before the rest
        of the store loads (``set_register`` follows on the next turn of the event loop)."""
        if self.workspace is not None or (self.prefs.last_view or "dashboard") != "register":
            return
        from filing_desk.ui.workspace import FIRST_PAGE

        rows = unlocked.first_rows((self._clock or date.today)(), FIRST_PAGE)
        if rows is None:  # an older schema: the upgrade (and its backup) comes first
            return
        self.workspace = self._new_workspace()
        self.workspace.show_view("register")
        self.workspace.show_first_rows(rows)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.workspace.register_view.table.viewport().repaint()

    @Slot(object)
    def set_register(self, register: Any) -> None:
        """Show an open register: build the views, load them, start the idle timer."""
        team = getattr(register, "address", None) is not None  # no data key on a server
        self.register, self._last_source = register, None if team else register.key_source
        self._clock = register.today
        if self.workspace is None:
            self.workspace = self._new_workspace()
        self.workspace.attach(register)
        start = self.workspace.dashboard.getting_started  # an empty register's first steps
        start.import_list_requested.connect(self.transfer.cac_list_action.trigger)
        start.new_entity_requested.connect(self.new_entity_action.trigger)
        start.demo_requested.connect(self.registers.demo_requested)
        self.workspace.show_view(self.prefs.last_view or "dashboard")  # visible first, then fill
        self.workspace.load()
        for a in self._register_actions:
            a.setEnabled(True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.role_gate.attach(register, self.workspace)  # a team register: what the role may do
        self.lock_label.setText(self.tr("Unlocked"))
        self.lock_label.setToolTip(str(self.register_path))
        self.idle.start()
        self.unlocked.emit()

    @Slot()
    def lock(self) -> None:
        """Close the register and drop every widget and model that showed its data."""
        if self.register is None:
            return
        self.prefs.last_view = self.workspace.current_view() if self.workspace else ""
        self.drafts.keep()  # open editors' typed input, kept encrypted in the register
        self._drop_workspace()
        self.temp_dir.wipe()
        self.register.close()
        self.register = None
        self._show_locked()
        self.locked.emit()

    def _drop_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        self.central.removeWidget(workspace)
        workspace.hide()
        shiboken6.delete(workspace)  # now, not later: nothing of the register may linger

    @property
    def lock_screen(self) -> LockScreen:
        """What the window shows while locked (made the first time it is needed: on start-up
        the window shows nothing but its menus until the register's rows arrive)."""
        if self._lock_screen is None:
            self._lock_screen = LockScreen(self)
            self._lock_screen.unlock_requested.connect(self.unlock)
            self.central.addWidget(self._lock_screen)
        return self._lock_screen

    def _show_opening(self) -> None:
        self._disable_register_actions()
        self.lock_label.setText(self.tr("Opening the register…"))

    def _show_locked(self) -> None:
        self.idle.stop()
        self.central.setCurrentWidget(self.lock_screen)
        self._disable_register_actions()
        self.lock_label.setText(self.tr("Locked"))
        self.counts_label.clear()

    def _disable_register_actions(self) -> None:
        for a in self._register_actions:
            a.setEnabled(False)
        self.lock_action.setEnabled(False)

    @Slot()
    def unlock(self) -> None:
        """Re-open through the unlock flow (keyring: at once; passphrase: the dialog)."""
        self.lock_screen.set_detail("")
        if self.team.unlock():  # a team register: the server is asked again
            return
        from filing_desk.store.keys import KeySource

        self.flow.start(prompt=self._last_source in (KeySource.PASSPHRASE, KeySource.RECOVERY))

    @Slot(object)
    def _on_flow_failed(self, exc: BaseException) -> None:
        from filing_desk.ui.dialogs.unlock import plain_reason

        if self.register is None:  # rows shown from the file, then the store failed to open
            self._drop_workspace()
            self._show_locked()
        self.lock_screen.set_detail(plain_reason(exc))

    # --- actions ------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        if self.workspace is not None:
            self.workspace.show_view(name)

    def new_entity(self) -> Any:
        from filing_desk.ui.dialogs.new_record import NewEntityDialog

        if self.workspace is None:
            return None
        dialog = NewEntityDialog(self.register, self.workspace)
        dialog.created.connect(self._on_entity_created)
        dialog.open()
        return dialog

    def new_algorithm(self, entity_id: int | None = None) -> Any:
        from filing_desk.ui.dialogs.new_record import NewAlgorithmDialog

        if self.workspace is None:
            return None
        entities = self.register.entities()
        chosen = entity_id or self.workspace.entities.selected_entity_id() or None
        dialog = NewAlgorithmDialog(self.register, entities, chosen, self.workspace)
        dialog.created.connect(self._on_algorithm_created)
        dialog.open()
        return dialog

    def open_wizard(self, kind: ProcedureKind | str) -> Any:
        from filing_desk.domain.enums import ProcedureKind

        kind = ProcedureKind(kind)
        if self.workspace is None:
            return None
        if not self.workspace.detail.algorithm_id():
            self._tell(self.tr("Select an algorithm in the register first."))
            return None
        return self.workspace.detail.open_wizard(kind)

    def cac_answer(self) -> Any:
        if self.workspace is None:
            return None
        dialog = self.workspace.detail.open_cac_answer()
        if dialog is None:
            self._tell(self.tr("The selected algorithm has no procedure in progress."))
        return dialog

    def print_selected(self) -> None:
        if self.workspace is None:
            return
        if not self.workspace.detail.algorithm_id():
            self._tell(self.tr("Select an algorithm in the register first."))
            return
        self.workspace.detail.print_packet()

    def backup_now(self) -> None:
        from filing_desk.ui.backup_jobs import backup_now

        backup_now(self, self.register)  # with progress; then where it went

    def undo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None:
            self.workspace.undo_stack.redo()

    def find_rows(self) -> None:
        if self.workspace is not None:
            self.workspace.show_view("register")
            self.workspace.register_view.focus_search()

    def open_settings(self) -> Any:
        from filing_desk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.register, self.workspace or self)
        dialog.idle_minutes_changed.connect(self.idle.set_minutes)
        dialog.accepted.connect(self._on_settings_accepted)
        dialog.open()
        return dialog

    def open_about(self) -> Any:
        from filing_desk.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.register, self.register_path, self.workspace or self)
        dialog.open()
        return dialog

    def _tell(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # --- slots --------------------------------------------------------------------------

    @Slot(int)
    def _on_entity_created(self, entity_id: int) -> None:
        assert self.workspace is not None  # the dialog that emits this is the workspace's child
        from filing_desk.ui.refresh import Change

        self.workspace.apply(Change.of(entities=[entity_id]))
        self.workspace.show_view("entities")
        self.workspace.entities.select_entity(entity_id)

    @Slot(int)
    def _on_algorithm_created(self, algorithm_id: int) -> None:
        assert self.workspace is not None  # the dialog that emits this is the workspace's child
        from filing_desk.ui.refresh import Change

        self.workspace.apply(Change.of([algorithm_id], deadlines=True))
        self.workspace.show_algorithm(algorithm_id)

    @Slot()
    def _on_settings_accepted(self) -> None:
        if self.workspace is not None:
            self.workspace.refresh_data()

    @Slot(int)
    def _on_view_changed(self, row: int) -> None:
        action = self.view_actions.get(VIEWS[max(row, 0)])
        if action is not None:
            action.setChecked(True)

    @Slot(int, int, int)
    def _on_counts_changed(self, shown: int, total: int, overdue: int) -> None:
        self.counts_label.setText(
            self.tr("%1 of %n algorithm(s) shown · %2 overdue", "", total)
            .replace("%1", str(shown))
            .replace("%2", str(overdue))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.geometry = self.saveGeometry()
        if self.workspace is not None:
            self.prefs.last_view = self.workspace.current_view()
        self.prefs.sync()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """On exit: wipe opened files, back up a changed register, close it."""
        from filing_desk.ui.backup_jobs import write_backup

        self.idle.detach(_app())
        self._drop_workspace()
        self.temp_dir.wipe()
        if self.register is None:
            return
        try:
            if self.register.changed and self.backup_on_exit:
                write_backup(self, self.register)  # off the GUI thread, with progress
        finally:
            self.register.close()
            self.register = None
