"""RoleGate: what the window offers on a team register, by the user's database roles.

A viewer (no editor or reviewer role) is not offered what would change the register: the write
actions of the menus, the detail pane and the Services view are hidden and the record's fields
are read-only (the server refuses such writes anyway; this spares the user the refusal). A
reviewer is offered Procedure ▸ Approve… while the shown algorithm's procedure awaits approval
(four eyes, ``store.approvals``). A file register (``register.roles`` is None) shows everything
as before. It holds no rule: the register says who may do what and what awaits approval. Built
with the menus, before the window first shows: heavy imports wait until used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

# The role names, as store.team.roles grants them (not imported: nothing of the store loads
# before the window first shows, tests/ui/test_startup_path.py; tests/team/test_roles checks).
EDITOR, REVIEWER = "filing_desk_editor", "filing_desk_reviewer"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

# The detail pane's buttons that write (its own, its products', attachments' and assessments').
_PANE_WRITES = (
    "filing_button", "change_button", "terminate_button", "answer_button", "answer_button2",
    "continue_button", "discard_button", "add_product_button",
)  # fmt: skip
_PANEL_WRITES = {
    "products": ("withdraw_button", "unlink_button"),
    "attachments": ("add_button", "replace_button", "kind_button", "remove_button", "purge_button"),
    "security": ("new_button", "edit_button", "submit_button"),
}


class RoleGate(QObject):
    """Hides a viewer's write actions and offers a reviewer ``approve_action``."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._register: Any = None
        self._workspace: Any = None
        self.confirm: QMessageBox | None = None  # the open "Approve?" question
        self.approve_action = QAction(self.tr("&Approve…"), window)
        self.approve_action.setToolTip(
            self.tr("Approve the procedure as it stands: four eyes before it is ready to submit")
        )
        self.approve_action.setVisible(False)
        self.approve_action.triggered.connect(self.ask_approval)

    @property
    def read_only(self) -> bool:
        """The user holds no role that writes (a viewer on a team register)."""
        roles = getattr(self._register, "roles", None)
        return roles is not None and not roles & {EDITOR, REVIEWER}

    @property
    def reviewer(self) -> bool:
        return REVIEWER in (getattr(self._register, "roles", None) or ())

    def attach(self, register: Any, workspace: Any) -> None:
        """Gate the window for ``register`` (shown in ``workspace``)."""
        self._register, self._workspace = register, workspace
        for action in self._window_writes():
            action.setVisible(not self.read_only)
        workspace.services.set_read_only(self.read_only)  # its pane and wizard, the same way
        view, detail = workspace.register_view, workspace.detail
        view.algorithm_selected.connect(self._on_shown)  # after the pane has shown it
        detail.changed.connect(self._on_shown)
        self._on_shown()

    def _window_writes(self) -> list[QAction]:
        w = self._window
        return [*w.write_actions, w.transfer.import_action, w.transfer.cac_list_action]

    @Slot()
    def _on_shown(self, *_args: Any) -> None:
        """The pane shows another algorithm or reloaded: gate it again."""
        detail = self._workspace.detail if self._workspace is not None else None
        if detail is None:
            return
        if self.read_only:
            self._hide_pane_writes(detail)
        procedure = self.awaiting()
        self.approve_action.setVisible(self.reviewer)
        self.approve_action.setEnabled(procedure is not None)

    def _hide_pane_writes(self, detail: Any) -> None:
        widgets: list[QWidget] = [getattr(detail, name) for name in _PANE_WRITES]
        for panel, names in _PANEL_WRITES.items():
            widgets += [getattr(getattr(detail, panel), name) for name in names]
        for widget in widgets:
            widget.setVisible(False)
        form = getattr(detail, "_form", None)  # built when an algorithm is first shown
        if form is not None:
            form.setEnabled(False)  # its values stay readable

    def awaiting(self) -> Any:
        """The shown algorithm's procedure awaiting a reviewer's approval, or None."""
        if not self.reviewer or self._workspace is None:
            return None
        procedure = self._workspace.detail.live_procedure()
        if procedure is None or not self._register.awaits_approval(int(procedure.id)):
            return None
        return procedure

    @Slot()
    def ask_approval(self) -> None:
        """Ask before approving (the question is ``confirm``; Yes approves)."""
        from PySide6.QtWidgets import QMessageBox  # built with the menus: loaded when used

        procedure = self.awaiting()
        if procedure is None:
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Approve procedure"))
        box.setText(
            self.tr(
                "Approve procedure #{id} as it stands now? Any later edit voids the approval."
            ).format(id=procedure.id)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        pid = int(procedure.id)
        box.accepted.connect(lambda: self.approve(pid))
        self.confirm = box
        box.open()

    def approve(self, procedure_id: int) -> bool:
        """Record the approval; a refusal is said in the status bar. True when approved."""
        from filing_desk.domain.errors import DomainError
        from filing_desk.store.errors import RegisterError
        from filing_desk.ui.messages import error_text

        try:
            self._register.approve(procedure_id)
        except (DomainError, RegisterError) as exc:
            self._window._tell(error_text(exc))
            return False
        self._workspace.detail.refresh()
        self._on_shown()
        self._window._tell(self.tr("Procedure #{id} approved.").format(id=procedure_id))
        return True
