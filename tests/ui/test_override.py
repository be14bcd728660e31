"""The wizard's Finish when only materials are missing (issue 15 item 3): it asks for a reason;
given one, the procedure is marked ready and the reason is audited; without one it stays a
draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWizard

from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard
from tests.helpers.materials import complete_algorithm

REASON = "营业执照原件在年检中，扫描件于下周补交"


def _finish(qtbot, register, answer: tuple[str, bool]) -> tuple[ProcedureWizard, list[str]]:
    wizard = ProcedureWizard(register, ProcedureKind.FILING, complete_algorithm(register))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.summary:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert "Not attached yet" in wizard.summary.missing_label.text()
    asked: list[str] = []

    def ask(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QInputDialog, "getMultiLineText", ask)
        with qtbot.waitSignal(wizard.procedure_saved, timeout=3000):
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
            )
    return wizard, asked


def test_a_reason_marks_the_filing_ready_and_is_audited(qtbot, register) -> None:
    wizard, asked = _finish(qtbot, register, (REASON, True))

    assert len(asked) == 1 and "Business licence" in asked[0]
    assert wizard.procedure is not None and wizard.procedure.state is ProcedureState.READY
    (event,) = [e for e in register.audit_events() if e.action == "procedure.override"]
    assert event.after is not None and event.after["reason"] == REASON
    assert not wizard.isVisible()


@pytest.mark.parametrize("answer", [("", True), (REASON, False)])
def test_no_reason_keeps_the_draft(qtbot, register, answer: tuple[str, bool]) -> None:
    wizard, asked = _finish(qtbot, register, answer)

    assert len(asked) == 1
    assert wizard.procedure is not None and wizard.procedure.state is ProcedureState.EDITING
    assert not [e for e in register.audit_events() if e.action == "procedure.override"]
    assert wizard.isVisible()
