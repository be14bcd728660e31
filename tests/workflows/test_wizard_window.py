"""The wizard's Finish through its button, when the register fails at the last step: the window
stays open with the reason, the register is as before, and a second Finish goes through."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.store.errors import StorageError
from filing_desk.store.register import Register
from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard


def _click_finish(qtbot: Any, wizard: ProcedureWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_finish_failing_at_its_last_step_applies_nothing_and_can_be_retried(
    qtbot: Any,
    register: Register,
    draft_id: int,
    monkeypatch: pytest.MonkeyPatch,
    state: Callable[[Path], Any],
) -> None:
    wizard = ProcedureWizard(register, ProcedureKind.FILING, draft_id)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.summary:
        wizard.next()
    assert "Ready to submit" in wizard.summary.status_label.text()
    before = state(register.path)
    real = register.mark_ready

    def full_disk(*args: Any) -> Any:
        real(*args)
        raise StorageError("The register could not be written (the disk is full)")

    monkeypatch.setattr(register, "mark_ready", full_disk)

    _click_finish(qtbot, wizard)

    assert wizard.isVisible()
    assert "could not be written" in wizard.summary.message_widgets[2].text()
    assert state(register.path) == before  # no filing opened, no draft kept, nothing ready
    assert wizard.procedure is None
    monkeypatch.undo()
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000) as saved:
        _click_finish(qtbot, wizard)
    assert register.procedure(saved.args[0]).state is ProcedureState.READY
    assert not wizard.isVisible()
