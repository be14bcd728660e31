"""The window hides what the role cannot do, on a team register on a real throwaway PostgreSQL
cluster: a viewer is offered no write (menus, detail pane, read-only fields) but reads and
exports; a reviewer is offered Procedure ▸ Approve… on a procedure awaiting approval, and
approving it records the approval; an editor sees no Approve…; a file register is as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from filing_desk.store.team import password
from filing_desk.ui.main_window import MainWindow
from tests.helpers.gui import make_window
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase
from tests.helpers.team_logins import ALGORITHM, open_as, team_with_people


@pytest.fixture
def team(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch, no_network: NetworkGuard
) -> tuple[TeamDatabase, dict[str, str], int]:
    """A team register whose editor opened the algorithm's filing and filled in an answer: the
    database, its people and the procedure's id."""
    database = pg_cluster.new_database()
    no_network.allow(*database.address)
    monkeypatch.setenv(password.PASSWORD_ENV, database.password)
    people = team_with_people(database)
    with open_as(database, people["editor"]) as reg:
        procedure = reg.start_filing(reg.algorithms()[0].id)
        reg.save_draft(procedure.id, {"algorithm.main_use": "个性化推荐"})
    return database, people, int(procedure.id)


def _window(qtbot, team, who: str, prefs, temp_dir) -> MainWindow:
    database, people, _ = team
    register = open_as(database, people[who])
    window = make_window(qtbot, register, prefs, temp_dir)
    window.workspace.show_algorithm(int(register.algorithms()[0].id))
    qtbot.waitUntil(lambda: window.workspace.detail.algorithm_id() != 0)
    return window


def _writes(window: MainWindow) -> dict[str, bool]:
    """Whether each write the window offers is shown (menus and the detail pane)."""
    detail = window.workspace.detail
    return {
        "new entity": window.new_entity_action.isVisible(),
        "new algorithm": window.new_algorithm_action.isVisible(),
        "start filing": window.procedure_actions["filing"].isVisible(),
        "import": window.transfer.import_action.isVisible(),
        "record a change (pane)": not detail.change_button.isHidden(),
        "continue (pane)": not detail.continue_button.isHidden(),
        "add attachment (pane)": not detail.attachments.add_button.isHidden(),
        "fields editable": detail.form.isEnabled(),
    }


def test_a_viewer_is_offered_no_write(qtbot, english, prefs, temp_dir, team) -> None:
    window = _window(qtbot, team, "viewer", prefs, temp_dir)
    try:
        assert _writes(window) == dict.fromkeys(_writes(window), False)
        assert window.transfer.export_action.isVisible()  # reading, printing and export stay
        assert not window.workspace.detail.print_button.isHidden()
        assert not window.role_gate.approve_action.isVisible()
        assert ALGORITHM["name"] in window.workspace.detail.title.text()
    finally:
        window.shutdown()


def test_a_reviewer_approves_a_procedure_awaiting_approval(
    qtbot, english, prefs, temp_dir, team
) -> None:
    _, people, procedure_id = team
    window = _window(qtbot, team, "reviewer", prefs, temp_dir)
    try:
        approve = window.role_gate.approve_action
        assert approve.isVisible() and approve.isEnabled()
        assert all(_writes(window).values())  # a reviewer edits as well
        approve.trigger()
        box = window.role_gate.confirm
        assert box is not None and f"#{procedure_id}" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: not approve.isEnabled())
        assert window.statusBar().currentMessage() == f"Procedure #{procedure_id} approved."
        status = window.register.approval_status(procedure_id)
        assert status.reviewer == people["reviewer"]
        assert approve.isVisible()  # still the reviewer's, with nothing awaiting now
    finally:
        window.shutdown()


def test_an_editor_is_not_offered_approve(qtbot, english, prefs, temp_dir, team) -> None:
    window = _window(qtbot, team, "editor", prefs, temp_dir)
    try:
        assert not window.role_gate.approve_action.isVisible()
        assert all(_writes(window).values())
    finally:
        window.shutdown()


def test_a_file_register_shows_everything_as_before(main_window) -> None:
    assert main_window.new_entity_action.isVisible()
    assert main_window.transfer.import_action.isVisible()
    assert not main_window.role_gate.approve_action.isVisible()
