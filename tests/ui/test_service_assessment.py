"""A generative-AI service's GB/T 45654-2025 assessment from the Services view's Annexes tab, on a
real register in the window: Start opens the checklist view on the service with the assessment
started, annex 1 then shows its progress (answered of applicable, complete or not) and follows
the answers; Open shows the existing one without starting another; a viewer is offered Open but
never Start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from filing_desk.domain.assessments import Result
from filing_desk.forms import checklist_loader
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.service_annexes import ServiceAnnexesPanel
from tests.helpers.assessments import answer_all
from tests.helpers.genai_services import own_service, world
from tests.helpers.gui import make_window, type_text

GBT = checklist_loader.get("gbt-45654")
SERVICE = "示例写作大模型服务"  # own_service's name
ANNEX_ONE = "Annex 1 Security assessment report"
START, OPEN = "Start the GB/T 45654 assessment", "Open the GB/T 45654 assessment"


@pytest.fixture
def service_id(register) -> int:
    return int(register.create_service(own_service(world(register))).id)


@pytest.fixture
def window(qtbot, english, register, service_id, prefs, temp_dir) -> Iterator[MainWindow]:
    made = make_window(qtbot, register, prefs, temp_dir)
    yield made
    made.shutdown()


def _annexes(qtbot, window: MainWindow) -> ServiceAnnexesPanel:
    ws = window.workspace
    assert ws is not None
    ws.show_view("services")
    detail = ws.services.detail
    qtbot.waitUntil(lambda: detail.service_id() != 0)
    detail.setCurrentWidget(detail.annexes)
    return detail.annexes


def _applicable(register, service_id: int) -> list[str]:
    subject = register.assessment_subject("service", service_id)
    return [it.id for it in GBT.applicable(subject) if not it.heading]


def _plain(item_ids: list[str]) -> str:
    """The first item answered without a figure (no threshold)."""
    return next(i for i in item_ids if GBT.item(i).threshold is None)


def test_start_from_the_annexes_tab_then_follow_the_answers(
    qtbot, window, register, service_id
) -> None:
    annexes = _annexes(qtbot, window)
    assert annexes.slot_lines()[0].startswith(ANNEX_ONE)
    assert annexes.slot_lines()[0].endswith(": not attached")
    assert annexes.assessment_button.text() == START
    assert annexes.assessment_button.isVisible()

    qtbot.mouseClick(annexes.assessment_button, Qt.MouseButton.LeftButton)
    ws = window.workspace
    assert ws is not None and ws.current_view() == "checklists"
    view = ws.checklists
    assert (view.kind.currentData(), view.subject_combo.currentText()) == ("service", SERVICE)
    assert view.library_combo.currentData() == "gbt-45654"
    started = register.assessment_for("gbt-45654", "service", service_id)
    assert started is not None and view.assessment is not None
    assert view.assessment.id == started.id
    applicable = _applicable(register, service_id)
    total = len(applicable)
    assert view.progress_label.text() == f"0 / {total} answered, 0 non-conforming"

    # answer one item in the checklist view, as a user does
    assert view.select_item(_plain(applicable))
    editor = view.editor
    editor.result.setCurrentIndex(editor.result.findData(Result.CONFORMS.value))
    type_text(editor.owner, "Li Jing")
    assert editor.save(), editor.message_text()

    annexes = _annexes(qtbot, window)
    assert annexes.slot_lines()[0] == (
        f"{ANNEX_ONE}: the GB/T 45654 assessment, 1 of {total} applicable items answered, "
        "not complete"
    )
    assert annexes.assessment_button.text() == OPEN

    answer_all(register, started.id, GBT)
    annexes.show_service(register, service_id)
    assert annexes.slot_lines()[0] == (
        f"{ANNEX_ONE}: the GB/T 45654 assessment, {total} of {total} applicable items answered, "
        "complete"
    )


def test_open_shows_the_existing_assessment_without_starting_another(
    qtbot, window, register, service_id
) -> None:
    started = register.start_assessment(GBT, "service", service_id)
    annexes = _annexes(qtbot, window)
    assert annexes.assessment_button.text() == OPEN
    qtbot.mouseClick(annexes.assessment_button, Qt.MouseButton.LeftButton)
    ws = window.workspace
    assert ws is not None and ws.current_view() == "checklists"
    assert ws.checklists.assessment is not None and ws.checklists.assessment.id == started.id
    assert [a.id for a in register.assessments("service", service_id)] == [started.id]


def test_a_viewer_is_offered_open_but_never_start(qtbot, window, register, service_id) -> None:
    annexes = _annexes(qtbot, window)
    ws = window.workspace
    assert ws is not None
    ws.services.set_read_only(True)  # what ui.role_gate does for a viewer of a team register
    assert annexes.assessment_button.isHidden()
    with qtbot.assertNotEmitted(annexes.assessment_requested):
        annexes.assessment_button.click()  # hidden, yet clicked: still nothing
    assert register.assessments("service", service_id) == []

    register.start_assessment(GBT, "service", service_id)
    annexes.show_service(register, service_id)
    assert not annexes.assessment_button.isHidden()
    assert annexes.assessment_button.text() == OPEN
    ws.services.set_read_only(False)
    assert annexes.assessment_button.text() == OPEN
