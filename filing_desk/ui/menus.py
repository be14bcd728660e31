"""MainMenus: the main window's menu bar, its actions and their keyboard shortcuts.

A mixin of ``MainWindow`` (it calls the window's slots: ``lock``, ``undo``, ``open_wizard``…).
It runs before the window is first shown, so it must not touch PySide6's ``Qt`` namespace
(≈ 20 ms to load): shortcuts are only recorded here and set by ``install_shortcuts``.
No register access here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from filing_desk.ui.views import VIEWS, view_titles

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QWidget

    class _Base(QWidget):
        """What the mixin uses of ``MainWindow``, for the type checker. A QWidget rather than a
        QMainWindow, so that ``MainWindow(QMainWindow, MainMenus)`` has a consistent MRO."""

        register: Any
        workspace: Any

        def menuBar(self) -> QMenuBar: ...
        def new_entity(self) -> Any: ...
        def new_algorithm(self, entity_id: int | None = None) -> Any: ...
        def open_wizard(self, kind: str) -> Any: ...
        def cac_answer(self) -> Any: ...
        def print_selected(self) -> None: ...
        def backup_now(self) -> None: ...
        def lock(self) -> None: ...
        def undo(self) -> None: ...
        def redo(self) -> None: ...
        def find_rows(self) -> None: ...
        def show_view(self, name: str) -> None: ...
        def open_settings(self) -> Any: ...
        def open_about(self) -> Any: ...
        def _tell(self, text: str) -> None: ...
else:
    _Base = object

# The Procedure menu, keyed by ProcedureKind's codes (domain.enums loads after the window shows).
_PROCEDURE_MENU = ("filing", "modification", "cancellation")


class MainMenus(_Base):
    """File, Edit, Procedure, View, Settings and Help, built by ``_build_menus``."""

    def _action(self, text: str, slot: Any, shortcut: Any = None, needs_register=True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        if needs_register:
            self._register_actions.append(action)
        return action

    def install_shortcuts(self) -> None:
        """Give the menu actions their keyboard shortcuts.

        Kept apart from building the menus: the first ``QAction.setShortcut`` makes PySide6 load
        its whole ``Qt`` namespace (about 20 ms), so the app calls this once the window is on
        screen (``defer_shortcuts``); otherwise the constructor does."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def _build_menus(self) -> None:
        self._register_actions: list[QAction] = []
        self._shortcuts: list[tuple[QAction, Any]] = []
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        from filing_desk.ui.register_menu import RegisterMenu

        self.registers = RegisterMenu(self)  # Open register…, Open recent, Close; the welcome
        from filing_desk.ui.team_menu import TeamMenu

        self.team = TeamMenu(self)  # Open team register…; team URLs in Open recent
        self.new_entity_action = self._action(self.tr("New &entity…"), self.new_entity)
        self.file_menu.addAction(self.new_entity_action)
        self.new_algorithm_action = self._action(
            self.tr("&New algorithm…"), self.new_algorithm, QKeySequence.StandardKey.New
        )
        self.file_menu.addAction(self.new_algorithm_action)
        self.file_menu.addSeparator()
        self._file_slot = self.file_menu.addSeparator()  # Import…/Export… go above this line
        self.file_menu.addAction(
            self._action(self.tr("&Print…"), self.print_selected, QKeySequence.StandardKey.Print)
        )
        self.file_menu.addAction(self._action(self.tr("&Backup now"), self.backup_now))
        from filing_desk.ui.key_menu import KeyMenu

        self.key_menu = KeyMenu(self)  # Change passphrase… (passphrase mode), Re-key register…
        self.file_menu.addAction(self.key_menu.change_passphrase_action)
        self.file_menu.addAction(self.key_menu.rekey_action)
        self.file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.file_menu.addAction(self.lock_action)
        quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", needs_register=False)
        self.file_menu.addAction(quit_action)
        from filing_desk.ui.dialogs.transfer_menu import TransferMenu

        self.transfer = TransferMenu(self)  # Import…, Export…, backups: above Print…
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.find_action = self._action(
            self.tr("&Find"), self.find_rows, QKeySequence.StandardKey.Find
        )
        for a in (self.undo_action, self.redo_action, self.find_action):
            edit.addAction(a)
        procedure = bar.addMenu(self.tr("&Procedure"))
        self.procedure_actions = {
            kind: self._action(text, lambda _=False, k=kind: self.open_wizard(k))
            for kind, text in zip(
                _PROCEDURE_MENU,
                (
                    self.tr("Start &filing…"),
                    self.tr("Record a &change…"),
                    self.tr("&Terminate service…"),
                ),
                strict=True,
            )
        }
        # what a viewer of a team register is not offered (ui.role_gate hides them)
        self.write_actions = [
            self.new_entity_action,
            self.new_algorithm_action,
            *self.procedure_actions.values(),
            self._action(self.tr("Record the CAC's &answer…"), self.cac_answer),
            self._action(self.tr("C&ontinue in the wizard"), self.continue_live),
            self._action(self.tr("&Discard modification…"), self.discard_modification),
        ]
        for a in self.write_actions[2:]:
            procedure.addAction(a)
        from filing_desk.ui.role_gate import RoleGate

        self.role_gate = RoleGate(self)  # Approve… for a reviewer of a team register
        procedure.addAction(self.role_gate.approve_action)
        self._register_actions.append(self.role_gate.approve_action)  # off while locked
        procedure.addSeparator()
        procedure.addAction(self._action(self.tr("Chec&klists…"), self.open_checklists))
        self._build_view_menu(bar.addMenu(self.tr("&View")))
        settings = bar.addMenu(self.tr("&Settings"))
        settings.addAction(
            self._action(self.tr("&Preferences…"), self.open_settings, needs_register=False)
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&About Filing Desk"), self.open_about, needs_register=False)
        )

    def continue_live(self) -> Any:
        """The selected algorithm's procedure in progress, in its wizard (as the pane's button)."""
        ws = self.workspace
        live = ws.detail.live_procedure() if ws is not None else None
        if live is None:
            self._tell(self.tr("The selected algorithm has no procedure in progress."))
            return None
        return ws.detail.open_wizard(live.kind)

    def discard_modification(self) -> Any:
        """Discard a modification opened by mistake (the detail pane's button; it asks why)."""
        ws = self.workspace
        dialog = ws.detail.discard_modification() if ws is not None else None
        if dialog is None:
            self._tell(self.tr("The selected algorithm has no modification to discard."))
        return dialog

    def open_checklists(self) -> None:
        """The checklist view, on the entity shown in the entities view or else the algorithm
        selected in the register (the view's own pickers choose when neither is)."""
        ws = self.workspace
        if ws is None:
            return
        entity_id = ws.entities.selected_entity_id() if ws.current_view() == "entities" else 0
        if entity_id:
            ws.show_checklists("entity", entity_id)
        elif ws.detail.algorithm_id():
            ws.show_checklists("algorithm", ws.detail.algorithm_id())
        else:
            ws.show_view("checklists")

    def _build_view_menu(self, menu: Any) -> None:
        group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for n, (name, text) in enumerate(zip(VIEWS, view_titles(), strict=True), start=1):
            action = self._action(text, lambda _=False, v=name: self.show_view(v), f"Ctrl+{n}")
            action.setCheckable(True)
            group.addAction(action)
            menu.addAction(action)
            self.view_actions[name] = action

    def add_file_action(self, action: QAction, shortcut: str | None = None) -> None:
        """Put an action (Import…, Export…) into the File menu, above Print…."""
        if shortcut:
            self._shortcuts.append((action, shortcut))
        self.file_menu.insertAction(self._file_slot, action)
        self._register_actions.append(action)
        action.setEnabled(self.register is not None)
