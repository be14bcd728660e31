"""Discard a modification (变更) opened by mistake: which ones may be, and the asking.

``discardable`` says whether a procedure is an open modification nothing was submitted for (the
domain's ``change_plans.DISCARD_STATES``); ``ask_discard`` builds the dialog that asks for the
reason and, when accepted, discards through ``workflows.changes.ChangeDesk`` (audited), then
calls ``done``. A refusal (attachments, submitted meanwhile) is said in words, nothing changed.
Recording that the portal withdrew a procedure is the CAC-answer dialog's, not this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from filing_desk.domain.change_plans import DISCARD_STATES
from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.errors import DomainError
from filing_desk.domain.records import Procedure
from filing_desk.store.errors import RegisterError
from filing_desk.ui.change_confirm import DiscardModificationDialog
from filing_desk.ui.messages import error_text
from filing_desk.workflows.changes import ChangeDesk


def discardable(procedure: Procedure | None) -> bool:
    return (
        procedure is not None
        and procedure.kind is ProcedureKind.MODIFICATION
        and procedure.state in DISCARD_STATES
        and procedure.submitted_date is None
    )


def ask_discard(
    desk: ChangeDesk,
    procedure: Procedure,
    algorithm_name: str,
    parent: QWidget,
    done: Callable[[], None],
) -> DiscardModificationDialog:
    """The dialog (not yet shown) that discards ``procedure`` with the reason typed in it."""
    dialog = DiscardModificationDialog(algorithm_name, procedure.due_date, parent)
    assert procedure.id is not None  # a stored procedure

    def discard() -> None:
        try:
            desk.discard(int(procedure.id or 0), dialog.reason_text())
        except (DomainError, RegisterError) as exc:
            QMessageBox.warning(parent, dialog.windowTitle(), error_text(exc))
            return
        done()

    dialog.accepted.connect(discard)
    return dialog
